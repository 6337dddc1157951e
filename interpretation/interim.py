"""Words while they are spoken, on the connection's side: when to ask for an interim
caption of the utterance under way, under which utterance id, and where it goes.

The endpointer says when one is due (``StreamingEndpointer.take_interim``: at most every
``streaming.INTERIM_EVERY_S`` of stream audio). A connection asks for one only if its
client asked for interim captions (``interim_captions``: off by default, so a client
written for protocol 1 costs no interim work and receives no new message type), the
setting is on (``INTERPRETATION_INTERIM``), interpretation is not paused, none of its
own utterances waits to be interpreted (finals first), and no interim of it is
outstanding: so one speaker never has more than one interim in the queue. A worker
answers each one, with no words when it skipped it (busy, or it waited too long:
``live.interim``); one whose answer was lost holds up the next for ``INTERIM_ANSWER_S``.
After an answer the connection rests as long as that interim took, so one speaker's
interims keep a worker busy half the time at most: on two cores, two visits' interims
made back to back delayed the final captions (``bench/live.py --compare
INTERPRETATION_INTERIM=0,1``: +133 ms p50, +326 ms p95).

The interim carries the utterance id its final segment will carry, given when the first
interim of the utterance goes out: the page replaces the interim with the segment, and a
listener ignores an interim whose segment it already has (``fanout.Listener``). Nothing
of it is stored; its words pass through memory and the channel layer only.
"""

from __future__ import annotations

import contextlib
import time
import uuid
from collections.abc import Callable
from typing import Any

from channels.exceptions import ChannelFull
from django.conf import settings

from interpretation import messages as m
from interpretation.outage import Outage

# An interim that brought no ``visit.interim`` back within this (a worker skipped it, or
# it is slow) no longer holds up the next one.
INTERIM_ANSWER_S = 1.0


class InterimCaptions:
    """One connection's interim captions: wanted or not, the one outstanding, and the id
    each utterance under way will carry."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.enabled = False  # the client asked for interim captions
        self._clock = clock
        self._ids: dict[int, str] = {}  # endpointer's utterance index -> utterance id
        self._outstanding: tuple[str, float] | None = None  # (utterance id, sent when)
        self._rest_until = 0.0  # no interim before this (clock), after the last answer

    def __repr__(self) -> str:  # ids and counts only
        return f"<InterimCaptions enabled={self.enabled} utterances={len(self._ids)}>"

    def wanted(self, *, paused: bool, waiting: int) -> bool:
        """May an interim go out now? ``waiting``: this speaker's utterances in flight."""
        if not (self.enabled and settings.INTERPRETATION_INTERIM) or paused or waiting:
            return False
        now = self._clock()
        if self._outstanding is not None and now - self._outstanding[1] < INTERIM_ANSWER_S:
            return False
        self._outstanding = None
        return now >= self._rest_until

    def utterance_id(self, index: int) -> str:
        """The id of the utterance under way with this endpointer index: made by its first
        interim, kept for its cut."""
        return self._ids.setdefault(index, str(uuid.uuid4()))

    def final_id(self, index: int) -> str | None:
        """The id the cut with this index carries: its interims', or None (no interim went
        out: the cut makes its own)."""
        return self._ids.pop(index, None)

    def sent(self, utterance_id: str) -> None:
        self._outstanding = (utterance_id, self._clock())

    def answered(self, utterance_id: str) -> None:
        """A ``visit.interim`` came back: the next may go, after as long a rest."""
        if self._outstanding is not None and self._outstanding[0] == utterance_id:
            now = self._clock()
            self._rest_until = now + (now - self._outstanding[1])
            self._outstanding = None

    def restart(self) -> None:
        """A new endpointer (another language): its indexes start again."""
        self._ids.clear()

    async def send(self, layer: Any, outage: Outage, job: m.InterimJob) -> None:
        """To a worker when workers run, else to a task in this process running the
        worker's own ``start_interim``."""
        self.sent(job["utterance_id"])
        if settings.INTERPRETATION_WORKERS:
            with contextlib.suppress(ChannelFull):  # the workers are behind: no interim
                await outage.call(lambda: layer.send(m.WORKER_CHANNEL, job))
            return
        from interpretation.worker import start_interim  # the cascade, in this process

        start_interim(layer, job)
