"""Start early, commit late, on the worker's side: text made from a draft, kept for its cut.

At a pause the connection sends the utterance under way as a draft
(``StreamingEndpointer.take_draft``): a worker recognises, redacts and translates it
at once, while the turn model and the silence rule decide, and keeps the result here.
When the cut comes and it is the same audio (same visit, speaker, language, span and
samples), the worker that holds the draft's text publishes it without doing the work
again; speech that resumed makes a different cut, which finds nothing and is worked on
as usual, and the unused draft is forgotten after ``DRAFT_TTL_S``. With several
workers the cut may reach another one, which simply works on it: a draft only ever
saves time, it never decides what is published.

A draft's text is what the speaker said: memory only, never stored, logged or in a
repr, and short-lived. Nothing here imports Django.
"""

from __future__ import annotations

import logging
import threading
import time
import zlib
from collections import OrderedDict
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

# A cut comes at most UNFINISHED_CAP_S after its draft, plus the queue: past this, the
# draft's speaker spoke again (or its cut went to another worker).
DRAFT_TTL_S = 10.0
DRAFTS_MAX = 64  # kept at once, per worker; the oldest go first
# A draft that waited this long for a worker has no time left to save (its cut is due,
# or already queued behind it): it is not worked on.
DRAFT_MAX_WAIT_S = 0.5
# How long a cut waits for its draft still being made (``Drafts.take``) before it makes the
# text itself.
DRAFT_WAIT_S = 5.0

logger = logging.getLogger(__name__)
T = TypeVar("T")
DraftKey = tuple[int, int, str, float, float, int]


def draft_key(message: Mapping[str, Any]) -> DraftKey:
    """What makes a draft and a cut the same utterance: visit, speaker, language, span,
    and a checksum of the samples."""
    return (int(message["visit_id"]), int(message["speaker_id"]), str(message["language"]),
            round(float(message["start_s"]), 4), round(float(message["end_s"]), 4),
            zlib.crc32(message["pcm"]))


class Drafts(Generic[T]):
    """Results made from drafts, by ``draft_key``, for ``DRAFT_TTL_S``; thread-safe."""

    def __init__(self, *, ttl_s: float = DRAFT_TTL_S, size: int = DRAFTS_MAX,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._ttl_s, self._size, self._clock = ttl_s, size, clock
        self._lock = threading.Lock()
        self._made: OrderedDict[DraftKey, tuple[float, T]] = OrderedDict()
        self._under_way: dict[DraftKey, threading.Event] = {}  # taken, not yet made
        self._taken: OrderedDict[DraftKey, float] = OrderedDict()  # taken, cut not yet come
        self.reused = 0  # cuts that found their draft's result (bench/live.py, tests)

    def __repr__(self) -> str:  # counts only: the results hold what was said
        return f"<Drafts kept={len(self._made)} reused={self.reused}>"

    def __len__(self) -> int:
        return len(self._made)

    def expect(self, key: DraftKey) -> None:
        """A worker took this draft; its work runs beside the next jobs, so its cut may
        come first: ``take`` then waits for it (``done``)."""
        with self._lock:
            self._under_way.setdefault(key, threading.Event())
            self._taken[key] = self._clock()
            while len(self._taken) > self._size:
                self._taken.popitem(last=False)

    def done(self, key: DraftKey) -> None:
        """The draft of ``key`` was made, failed or was left alone: its cut waits no more."""
        with self._lock:
            under_way = self._under_way.pop(key, None)
        if under_way is not None:
            under_way.set()

    def put(self, key: DraftKey, result: T) -> None:
        with self._lock:
            self._expire()
            self._made[key] = (self._clock(), result)
            while len(self._made) > self._size:
                self._made.popitem(last=False)

    def take(self, key: DraftKey, wait_s: float = DRAFT_WAIT_S) -> T | None:
        """The result made from this cut's draft, once; None when there is none. A draft
        still under way is waited for, ``wait_s`` at most. Each cut logs what it found and
        how long it waited (ids, span and ms only: ``bench/live.py`` reads it): "reused",
        "unmade" (taken, but skipped or failed) or "none" (never taken here)."""
        started = time.monotonic()
        with self._lock:
            under_way = self._under_way.get(key)
        if under_way is not None:
            under_way.wait(wait_s)
        with self._lock:
            self._expire()
            found = self._made.pop(key, None)
            taken = self._taken.pop(key, None) is not None
            if found is not None:
                self.reused += 1
        logger.info("cut of visit %s speaker %s span %.4f-%.4f: draft %s, waited %.0f ms",
                    key[0], key[1], key[3], key[4],
                    "reused" if found else "unmade" if taken else "none",
                    (time.monotonic() - started) * 1000)
        return None if found is None else found[1]

    def _expire(self) -> None:
        oldest = self._clock() - self._ttl_s
        while self._made and next(iter(self._made.values()))[0] < oldest:
            self._made.popitem(last=False)
        while self._taken and next(iter(self._taken.values())) < oldest:
            self._taken.popitem(last=False)


def too_late(message: Mapping[str, Any], now: float | None = None,
             max_wait_s: float = DRAFT_MAX_WAIT_S) -> bool:
    """Did the draft (or interim) wait so long for a worker that it can save nothing?"""
    sent = message.get("sent_at")
    return sent is None or (time.time() if now is None else now) - float(sent) > max_wait_s
