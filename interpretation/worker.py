"""The worker: ``python manage.py runworker interpretation``.

It takes utterances off the channel layer (Redis), interprets them with the
models it loaded once, stores each segment and fans it out to the visit. Run as
many as the machines allow, GPU machines included: each takes the next
utterance waiting.

While it works on an utterance it tells the connection that sent it (``reply_to``) every
``HEARTBEAT_S``, so a worker that dies is noticed in seconds and its utterance sent again
(``interpretation.inflight``). When Redis goes away it neither exits nor drops what it
holds: it waits for Redis with a growing pause, says so in the log, and goes on.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from asgiref.sync import async_to_sync, sync_to_async
from channels.consumer import AsyncConsumer
from channels.db import aclose_old_connections
from channels.worker import Worker

from interpretation import messages as m
from interpretation.inflight import HAND_ON_WAIT_S, HEARTBEAT_S
from interpretation.outage import (
    LAYER_ERRORS,
    REJOIN_GRACE_S,
    RETRY_FIRST_S,
    RETRY_MAX_S,
)

if TYPE_CHECKING:
    from interpretation.live import Emit

logger = logging.getLogger(__name__)

_PROBE_GROUP = "interpretation-probe"
# On SIGTERM, how long a worker waits for the utterances it took to be done.
STOP_WAIT_S = 20.0
STOP_POLL_S = 0.1


_in_hand = 0  # utterances this worker process took and has not finished
_background: set[asyncio.Future[None]] = set()  # drafts and interims under way
# Cuts a worker interprets at once. More than one, so that a cut whose draft is made goes
# out while another visit's cut waits for its own draft (the engines still make one
# caption at a time, ``live``). A cut beyond them waits in the worker, beating, for a
# slot: the jobs behind it (another visit's draft or interim) are taken at once all the
# same. Channels' listener takes jobs off Redis as they come whatever this says: more
# workers share the load by each taking the next job, not by leaving jobs in Redis.
JOBS_IN_HAND_MAX = 2


class InterpretationWorker(AsyncConsumer):
    slots: asyncio.Semaphore | None = None
    last_of_visit: dict[int, asyncio.Future[None]]  # each visit's latest cut in hand

    async def utterance_interpret(self, message: m.InterpretJob) -> None:
        """Taken at once and worked on beside the next jobs, once the visit's previous cut
        is done and one of ``JOBS_IN_HAND_MAX`` slots is free. Not awaited: a cut waiting
        for a slot held up the drafts and interims behind it (their words came late, and
        a cut waiting for its draft waited longer). The cuts of one visit still run in
        the order taken, so that its segments keep their order."""
        global _in_hand
        if self.slots is None:  # made in the worker's own event loop
            self.slots, self.last_of_visit = asyncio.Semaphore(JOBS_IN_HAND_MAX), {}
        _in_hand += 1
        visit_id = message["visit_id"]
        task = asyncio.ensure_future(
            self._interpret(message, self.last_of_visit.get(visit_id), self.slots))
        self.last_of_visit[visit_id] = task
        task.add_done_callback(lambda done: self._done(visit_id, message, done))

    async def _interpret(self, message: m.InterpretJob, before: asyncio.Future[None] | None,
                         slots: asyncio.Semaphore) -> None:
        global _in_hand
        try:
            if before is not None:  # the visit's previous cut first; its outcome is its own
                await beat_while(self.channel_layer, message, before)  # (``_done``)
            if slots.locked():  # beat while the other cuts in hand go first
                slot = asyncio.ensure_future(slots.acquire())
                try:
                    await beat_while(self.channel_layer, message, slot)
                except BaseException:
                    if not slot.cancel() and not slot.cancelled():
                        slots.release()  # acquired as we were stopped: not ours to keep
                    raise
            else:
                await slots.acquire()  # free: at once
            try:
                await aclose_old_connections()
                await work_on(self.channel_layer, message)
            finally:
                slots.release()
        finally:
            _in_hand -= 1

    def _done(self, visit_id: int, message: m.InterpretJob, task: asyncio.Future[None]) -> None:
        if self.last_of_visit.get(visit_id) is task:
            del self.last_of_visit[visit_id]
        if not task.cancelled() and (error := task.exception()) is not None:
            # Not interpreted here: its connection hears nothing more and sends it again.
            logger.error("utterance %s failed in the worker (%s)", message["utterance_id"],
                         type(error).__name__)

    async def utterance_draft(self, message: m.DraftJob) -> None:
        """Start early (``interpretation.drafts``): no heartbeats, nothing published. Not
        awaited, as an interim: the jobs behind it are taken at once, so the cut of
        another visit whose draft is made already goes out without waiting for this
        draft's recognition (a cut of this draft's audio waits for it, ``live._text``)."""
        from interpretation import live  # the engines: loaded where inference runs

        await aclose_old_connections()
        live.draft_taken(message)
        _in_background(sync_to_async(live.draft, thread_sensitive=False)(
            message, _teller(self.channel_layer, message.get("reply_to"))))

    async def utterance_interim(self, message: m.InterimJob) -> None:
        await aclose_old_connections()
        start_interim(self.channel_layer, message)


def start_interim(layer: Any, message: m.InterimJob) -> None:
    """Words while they are spoken (``interpretation.interim``), in a worker or in the
    server process alike: no heartbeats, nothing stored; an event lost to a Redis outage is
    not waited for (the final follows). Not awaited: the next job (a draft or a final) is
    taken at once, and the interim gives it the CPU at its next step (``live.interim``)."""
    from interpretation import live  # the engines: loaded where inference runs

    _in_background(sync_to_async(live.interim, thread_sensitive=False)(
        message, live.emitter(layer, message["visit_id"])))


def _teller(layer: Any, reply_to: str | None) -> Callable[[m.WordsEvent], None] | None:
    """Send a draft's verdict to its connection from the inference thread."""
    if not reply_to:
        return None

    def tell(event: m.WordsEvent) -> None:
        async_to_sync(layer.send)(reply_to, event)

    return tell


def _in_background(work: Awaitable[None]) -> None:
    """Run ``work`` beside the next jobs, kept until done (the loop holds tasks weakly)."""
    task = asyncio.ensure_future(work)
    _background.add(task)
    task.add_done_callback(_background.discard)


async def beat(layer: Any, message: m.InterpretJob) -> None:
    """Tell the utterance's connection that this worker holds it (``inflight``)."""
    if reply_to := message.get("reply_to"):
        with contextlib.suppress(*LAYER_ERRORS):  # unheard, it is sent again: no loss
            await layer.send(reply_to, m.WorkingEvent(type="utterance.working",
                                                      utterance_id=message["utterance_id"]))


async def beat_while(layer: Any, message: m.InterpretJob, work: asyncio.Future[Any]) -> None:
    """Beat for this utterance now and every ``HEARTBEAT_S`` until ``work`` is done: its
    own interpretation, or the visit's earlier cut it waits behind. A cut queued behind a
    slow one (waiting seconds for its draft on a busy CPU) is held, not lost: silent, it was
    sent again after ``inflight.WORKER_SILENCE_S``, its copies queued behind it too, until
    its connection gave it up and a visit's captions stopped (bench/live.py lost 28-34 of
    ~45 segments on long sentences at load ~6)."""
    await beat(layer, message)
    while not (await asyncio.wait({work}, timeout=HEARTBEAT_S))[0]:
        await beat(layer, message)


async def work_on(layer: Any, message: m.InterpretJob) -> None:
    """Interpret one utterance, telling its connection that we are at it meanwhile."""
    utterance_id = message["utterance_id"]

    from interpretation import live  # the engines: loaded where inference runs

    logger.info("utterance %s taken (attempt %s)", utterance_id, message.get("attempt", 1))
    emit = job_emitter(layer, message)
    work = asyncio.ensure_future(
        sync_to_async(live.interpret, thread_sensitive=False)(message, emit))
    await beat_while(layer, message, work)  # taken: from now on, silence means it died
    with contextlib.suppress(*LAYER_ERRORS):  # logged below; the consumer resends
        work.result()
        return
    logger.warning("utterance %s: the channel layer stayed away; it will be sent again",
                   utterance_id)


def job_emitter(layer: Any, message: m.InterpretJob) -> Emit:
    """``live.emitter`` for this utterance: a caption that comes from a second attempt is
    marked ``late``, and an event waits for Redis (up to ``HAND_ON_WAIT_S``) rather than
    being lost when Redis is away."""
    from interpretation import live

    emit = live.emitter(layer, message["visit_id"])
    late = int(message.get("attempt", 1)) > 1

    def patient_emit(event: m.LiveEvent) -> None:
        if late and event["type"] == "visit.segment":
            event = event.copy()
            event["late"] = True
        try:
            emit(event)
        except LAYER_ERRORS as exc:
            logger.warning("channel layer unreachable (%s); an event of visit %s waits",
                           type(exc).__name__, message["visit_id"])
            _wait_for_layer(layer)
            emit(event)
            logger.info("channel layer reachable again; the event of visit %s went out",
                        message["visit_id"])

    return patient_emit


def _wait_for_layer(layer: Any) -> None:
    """Block this (inference or speech) thread until Redis answers, then let connections
    join their groups again; raise the last error after ``HAND_ON_WAIT_S``."""
    deadline = time.monotonic() + HAND_ON_WAIT_S
    delay = RETRY_FIRST_S
    while True:
        time.sleep(delay)
        try:
            async_to_sync(layer.group_send)(_PROBE_GROUP, m.ProbeEvent(type="probe"))
        except LAYER_ERRORS:
            if time.monotonic() > deadline:
                raise
            delay = min(2 * delay, RETRY_MAX_S)
            continue
        time.sleep(REJOIN_GRACE_S)
        return


async def backoff_forever(attempt: Callable[[], Awaitable[Any]], what: str) -> Any:
    """``attempt()`` until the channel layer answers, with a growing pause, logged once
    when it goes away and once when it is back."""
    delay = RETRY_FIRST_S
    failed = False
    while True:
        try:
            result = await attempt()
        except LAYER_ERRORS as exc:
            if not failed:
                logger.warning("%s: channel layer unreachable (%s); retrying with backoff",
                               what, type(exc).__name__)
            failed = True
            await asyncio.sleep(delay)
            delay = min(2 * delay, RETRY_MAX_S)
            continue
        if failed:
            logger.info("%s: channel layer reachable again", what)
        return result


class ReconnectingWorker(Worker):
    """Channels' worker, whose listener survives a Redis outage (channels' own exits with
    the first connection error, and only a supervisor would start it again), and which
    stops cleanly on SIGTERM (a deploy, ``docker stop``): it takes no new job, finishes the
    utterances it already took (up to ``STOP_WAIT_S``; one still unfinished then is sent
    again by its connection, as after a crash), and gives up the speech still waiting as
    stored, audited, told ``shutdown`` failures (``lanes.stop``) rather than losing it with
    the process. Channels' own worker dies on SIGTERM with whatever it held."""

    async def handle(self) -> None:
        stopping = asyncio.Event()
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stopping.set)
        listeners = {asyncio.ensure_future(self.listener(channel)) for channel in self.channels}
        asked = asyncio.ensure_future(stopping.wait())
        await asyncio.wait(listeners | {asked}, return_when=asyncio.FIRST_COMPLETED)
        for listener in listeners:
            listener.cancel()
        if not asked.done():  # a listener failed: as channels' worker does, raise it
            asked.cancel()
            for listener in listeners:
                if listener.done() and not listener.cancelled() \
                        and (error := listener.exception()) is not None:
                    raise error
        logger.info("stopping: %d utterances in hand", _in_hand)
        deadline = time.monotonic() + STOP_WAIT_S
        while (_in_hand or self._queued()) and time.monotonic() < deadline:
            await asyncio.sleep(STOP_POLL_S)
        from interpretation import lanes

        await sync_to_async(lanes.stop, thread_sensitive=False)()
        logger.info("stopped")

    def _queued(self) -> int:
        """Jobs taken off Redis into an application instance, not yet begun."""
        return sum(details["input_queue"].qsize()
                   for details in self.application_instances.values())

    async def listener(self, channel: str) -> None:
        while True:
            message = await backoff_forever(lambda: self.channel_layer.receive(channel),
                                            f"worker on {channel!r}")
            if not message.get("type", None):
                raise ValueError("Worker received message with no type.")
            scope = {"type": "channel", "channel": channel}
            instance_queue = self.get_or_create_application_instance(channel, scope)
            await instance_queue.put(message)
