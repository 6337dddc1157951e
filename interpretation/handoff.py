"""A live connection's utterances on their way to be interpreted, and back.

Each goes to a worker over the channel layer when workers run
(``INTERPRETATION_WORKERS``), else to a task in this process running the same
``worker.work_on``: one inference path either way. ``watch`` sends again what a silent
worker or an unreachable layer held up and gives up, as a gap, what could not be
interpreted in time (``inflight`` decides when; this module does the sending).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from channels.exceptions import ChannelFull
from django.conf import settings

from interpretation import messages as m
from interpretation.inflight import InFlight
from interpretation.outage import Outage

WATCH_EVERY_S = 0.5  # how often in-flight utterances are checked (worker silence: 3 s)

Gap = Callable[[m.UtteranceRef, m.GapReason], Awaitable[None]]
"""Store, audit and fan out a gap of this connection."""


class Handoff:
    def __init__(self, layer: Any, reply_to: str, outage: Outage, gap: Gap) -> None:
        self.layer, self.reply_to, self.outage, self.gap = layer, reply_to, outage, gap
        self.inflight = InFlight()
        self.tasks: set[asyncio.Future[None]] = set()  # in-process work, kept until done

    def full(self) -> bool:
        """As many utterances wait as a connection may have: the next one is a gap."""
        return self.inflight.full()

    async def hand_on(self, job: m.InterpretJob) -> bool:
        """False when the workers' queue is full: every worker is that far behind, and the
        utterance would be interpreted too late (the caller makes it an ``overloaded``
        gap). Kept and offered again when the layer is unreachable."""
        job["reply_to"] = self.reply_to  # the worker's heartbeats come here
        if await self._send(self.inflight.add(job, time.monotonic())):
            return True
        self.inflight.answered(job["utterance_id"])
        return False

    async def _send(self, job: m.InterpretJob) -> bool:
        """False only when the workers' queue is full; an offer ``watch`` repeats (a job
        sent again after its worker died) is simply refused until it gives up."""
        utterance_id = job["utterance_id"]
        if not settings.INTERPRETATION_WORKERS:
            # Imported here: only a server without workers loads the cascade.
            from interpretation.worker import work_on

            task = asyncio.ensure_future(work_on(self.layer, job))
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)
            self.inflight.sent(utterance_id, time.monotonic())
            return True
        try:
            sent = not self.outage.paused and await self.outage.call(
                lambda: self.layer.send(m.WORKER_CHANNEL, job))
        except ChannelFull:
            self.inflight.refused(utterance_id)
            return False
        if sent:
            self.inflight.sent(utterance_id, time.monotonic())
        else:
            self.inflight.refused(utterance_id)  # ``watch`` offers it again
        return True

    def heard(self, utterance_id: str) -> None:
        """A worker took one of these utterances, or is still at it."""
        self.inflight.heard(utterance_id, time.monotonic())

    def answered(self, utterance_id: str) -> None:
        self.inflight.answered(utterance_id)

    async def watch(self) -> None:
        """Utterances whose worker went silent or never took them are sent again, then
        reported lost; while the channel layer is away, it is tried with backoff."""
        while True:
            await asyncio.sleep(self.outage.retry_s if self.outage.paused else WATCH_EVERY_S)
            if self.outage.paused:
                await self.outage.try_resume()
            due = self.inflight.due(time.monotonic())
            for job in due.resend:
                await self._send(job)
            for job in due.give_up:
                await self.gap(job, "lost")

    async def abandon(self) -> None:
        """The connection is closing: what the layer never took becomes a gap, not a loss
        (what a worker took still comes back to the visit)."""
        for job in self.inflight.unsent():
            await self.gap(job, "lost")
