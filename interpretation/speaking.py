"""Which piece of speech to make next, and which speech is too late to make at all.

One speech lane (a thread) per language spoken in a process makes that language's
speech for every visit it serves, piece by piece (``pipeline.clauses``), so a slow voice
delays only its own listeners (``lanes._SpeechLanes``). Each listening language of a visit is a
*stream*: its segments must be heard in order, so they are made in order. Across
streams, the lane makes next the piece its listener will need soonest (earliest
deadline first): a new segment's first piece is needed as soon as its caption is
shown, a later piece only when the piece before it has finished playing. So a
visit's first words never wait behind another visit's long speech.

Speech that would start more than ``MAX_SPEECH_LAG_S`` after its caption is not
made at all: a caption without speech is better than speech a minute late, and a
newer segment is never held behind speech that stale. Django-free, with an
injectable clock, so the policy is unit-tested without threads or engines.
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

MAX_SPEECH_LAG_S = 10.0  # about one long utterance behind: later than that, the listener
# has read the caption and the conversation has moved on, so the speech is dropped


def lower_priority(niceness: int) -> bool:
    """Lower the calling thread's CPU priority by ``niceness`` steps (Linux keeps a nice
    value per thread), so that where the cores are few, the lane that makes speech takes
    what the recogniser leaves: a caption is never late because a voice was being made.
    The voices run their models on the calling thread (one intra-op thread) or in a child
    process, which inherits the value. False where the system does not allow it."""
    if niceness <= 0:
        return False
    try:
        thread = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, thread, os.getpriority(os.PRIO_PROCESS, thread) + niceness)
    except (AttributeError, OSError):  # not Linux, or a sandbox that forbids it
        return False
    return True


@dataclass(eq=False)
class SpeechJob:
    """One segment's speech in one language, made piece by piece."""

    stream: Hashable  # (visit id, language): one listener's speech, heard in order
    seq: int
    pieces: list[str] = field(repr=False)
    captioned_at: float  # clock time the caption went out
    payload: Any = field(default=None, repr=False)  # what the lane needs to speak it
    part: int = 0  # the next piece to make
    voice: Any = field(default=None, repr=False)  # chosen once, for the first piece

    @property
    def last_part(self) -> int:
        return len(self.pieces) - 1


@dataclass
class _Stream:
    jobs: deque[SpeechJob] = field(default_factory=deque)
    plays_until: float = 0.0  # when the audio sent so far ends, if played as it arrives


@dataclass(frozen=True)
class Next:
    """What the lane does next: make ``job``'s piece ``job.part``, or, when ``stale``,
    tell its listeners its speech will not come."""

    job: SpeechJob
    stale: bool = False

    @property
    def seq(self) -> int:
        return self.job.seq


class SpeechQueue:
    """Speech jobs waiting, per stream, and the choice of what to make next."""

    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 max_lag_s: float = MAX_SPEECH_LAG_S) -> None:
        self.clock, self.max_lag_s = clock, max_lag_s
        self._streams: dict[Hashable, _Stream] = {}
        self._ready = threading.Condition()

    def put(self, job: SpeechJob) -> None:
        with self._ready:
            now = self.clock()
            for key in [key for key, stream in self._streams.items()
                        if not stream.jobs and stream.plays_until <= now]:
                del self._streams[key]  # nothing queued, nothing playing: forgotten
            self._streams.setdefault(job.stream, _Stream()).jobs.append(job)
            self._ready.notify()

    def get(self, timeout_s: float | None = None) -> Next | None:
        """The next thing to do, waiting up to ``timeout_s`` for work (None: no work)."""
        with self._ready:
            if not self._ready.wait_for(self._pending, timeout_s):
                return None
            return self._next()

    def sent(self, job: SpeechJob, duration_s: float) -> None:
        """Piece ``job.part`` went out, ``duration_s`` long: move on to the next one."""
        with self._ready:
            stream = self._streams.get(job.stream)
            if stream is None:  # given up meanwhile (``take_all``): nothing more to do
                return
            stream.plays_until = max(stream.plays_until, self.clock()) + duration_s
            job.part += 1
            if job.part > job.last_part:
                self._finish(job)

    def drop(self, job: SpeechJob) -> None:
        """No more of ``job``'s speech will be made (it failed)."""
        with self._ready:
            self._finish(job)

    def take_all(self) -> list[SpeechJob]:
        """Every job still waiting (a piece or more of it unsent), removed, in the order
        they were captioned: what a worker that stops hands back as given up."""
        with self._ready:
            jobs = [job for stream in self._streams.values() for job in stream.jobs]
            self._streams.clear()
        return sorted(jobs, key=lambda job: job.captioned_at)

    def waiting(self) -> int:
        with self._ready:
            return sum(len(stream.jobs) for stream in self._streams.values())

    def _pending(self) -> bool:
        return any(stream.jobs for stream in self._streams.values())

    def _finish(self, job: SpeechJob) -> None:
        stream = self._streams.get(job.stream)
        if stream is not None and job in stream.jobs:
            stream.jobs.remove(job)

    def _next(self) -> Next:
        now = self.clock()
        best: tuple[float, float, SpeechJob] | None = None
        for stream in self._streams.values():
            if not stream.jobs:
                continue
            job = stream.jobs[0]
            starts = max(now, stream.plays_until)
            if job.part == 0 and starts - job.captioned_at > self.max_lag_s:
                stream.jobs.popleft()  # never started, and too late to start now
                return Next(job, stale=True)
            due = stream.plays_until if job.part else max(stream.plays_until, job.captioned_at)
            if best is None or (due, job.captioned_at) < best[:2]:
                best = (due, job.captioned_at, job)
        assert best is not None  # only called while some stream has a job
        return Next(best[2])
