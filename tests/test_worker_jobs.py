"""A worker's cuts in hand (``worker.InterpretationWorker.utterance_interpret``): another
visit's cut does not wait behind one that waits (for its draft, say); one visit's cuts run
in the order taken; at most ``JOBS_IN_HAND_MAX`` are interpreted at once, and a cut
waiting for a slot holds up no job behind it."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from asgiref.sync import async_to_sync

from interpretation import messages as m
from interpretation import worker


@pytest.fixture(autouse=True)
def _no_database(monkeypatch: pytest.MonkeyPatch) -> None:
    """Scheduling only: closing stale database connections (a job's first step) is not
    under test, and pytest-django refuses it where an earlier test left a connection."""
    async def nothing() -> None:
        return None

    monkeypatch.setattr(worker, "aclose_old_connections", nothing)


def new_worker() -> worker.InterpretationWorker:
    consumer = worker.InterpretationWorker()
    consumer.channel_layer = None  # work_on is replaced: nothing is sent
    return consumer


def job(visit_id: int, name: str) -> m.InterpretJob:
    return {"type": "utterance.interpret", "visit_id": visit_id,  # type: ignore[typeddict-item]
            "utterance_id": name}  # what the scheduling reads; work_on is replaced


class Scripted:
    """``work_on`` stand-in: each job runs until the test releases it."""

    def __init__(self) -> None:
        self.release: dict[str, asyncio.Event] = {}
        self.log: list[str] = []

    async def __call__(self, layer: Any, message: m.InterpretJob) -> None:
        name = message["utterance_id"]
        self.log.append(f"start {name}")
        await self.release.setdefault(name, asyncio.Event()).wait()
        self.log.append(f"end {name}")


def test_cuts_of_other_visits_pass_one_that_waits_and_one_visits_cuts_keep_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scripted = Scripted()
    monkeypatch.setattr(worker, "work_on", scripted)
    monkeypatch.setattr(worker, "JOBS_IN_HAND_MAX", 3)

    async def scenario() -> list[str]:
        consumer = new_worker()
        for message in (job(1, "a1"), job(2, "b1"), job(1, "a2")):  # taken, not awaited
            await asyncio.wait_for(consumer.utterance_interpret(message), HANG_GUARD_S)
        await asyncio.sleep(0.05)
        for name in ("b1", "a1", "a2"):  # a1 waits (for its draft) until b1 is out
            scripted.release.setdefault(name, asyncio.Event()).set()
            await asyncio.sleep(0.05)
        return scripted.log

    assert async_to_sync(scenario)() == [
        "start a1", "start b1",  # a2 waits for a1, its visit's earlier cut
        "end b1", "end a1", "start a2", "end a2"]
    assert worker._in_hand == 0


def test_a_worker_interprets_at_most_its_slots_and_a_cut_beyond_them_holds_up_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A third cut is taken at once (the drafts and interims behind it are not held up)
    and starts when a slot is free, telling its connection meanwhile that it is held."""
    scripted = Scripted()
    monkeypatch.setattr(worker, "work_on", scripted)
    monkeypatch.setattr(worker, "JOBS_IN_HAND_MAX", 2)
    monkeypatch.setattr(worker, "HEARTBEAT_S", 0.02)
    layer = Layer()

    async def scenario() -> tuple[list[str], int]:
        consumer = new_worker()
        consumer.channel_layer = layer
        third = job(3, "c")
        third["reply_to"] = "connection-3"
        for message in (job(1, "a"), job(2, "b"), third):  # each handler returns at once
            await asyncio.wait_for(consumer.utterance_interpret(message), HANG_GUARD_S)
        await asyncio.wait_for(_until(lambda: len(layer.sent) >= 3), HANG_GUARD_S)
        held = list(scripted.log)
        scripted.release.setdefault("a", asyncio.Event()).set()
        await asyncio.wait_for(_until(lambda: "start c" in scripted.log), HANG_GUARD_S)
        for name in ("b", "c"):
            scripted.release.setdefault(name, asyncio.Event()).set()
        await asyncio.wait_for(_until(lambda: "end c" in scripted.log), HANG_GUARD_S)
        return held, sum(channel == "connection-3" for channel, _ in layer.sent)

    held, beats = async_to_sync(scenario)()
    assert held == ["start a", "start b"]  # c waited for a slot, beating
    assert beats >= 3
    assert worker._in_hand == 0


def test_a_cut_that_fails_does_not_stop_its_visits_next_cut(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ran: list[str] = []

    async def work_on(layer: Any, message: m.InterpretJob) -> None:
        ran.append(message["utterance_id"])
        if message["utterance_id"] == "bad":
            raise RuntimeError("boom")

    monkeypatch.setattr(worker, "work_on", work_on)

    async def scenario() -> None:
        consumer = new_worker()
        await consumer.utterance_interpret(job(1, "bad"))
        await consumer.utterance_interpret(job(1, "next"))
        await asyncio.sleep(0.05)

    async_to_sync(scenario)()
    assert ran == ["bad", "next"] and worker._in_hand == 0


class Layer:
    """The channel layer as the worker sends on it: what went to which connection."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, dict[str, Any]]] = []

    async def send(self, channel: str, message: dict[str, Any]) -> None:
        self.sent.append((channel, message))


def test_a_cut_waiting_behind_its_visits_slow_cut_tells_its_connection_it_is_held(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Its connection sends a cut again after ``inflight.WORKER_SILENCE_S`` without a word
    from a worker: a cut queued behind a slow one must beat from the moment it is taken,
    or it and then its copies queue up until the connection gives them up (seen live)."""
    scripted = Scripted()
    monkeypatch.setattr(worker, "work_on", scripted)
    monkeypatch.setattr(worker, "HEARTBEAT_S", 0.02)
    layer = Layer()

    def beats() -> list[dict[str, Any]]:
        return [message for channel, message in layer.sent if channel == "connection-1"]

    async def scenario() -> tuple[int, list[str]]:
        consumer = new_worker()
        consumer.channel_layer = layer
        slow, queued = job(1, "slow"), job(1, "queued")
        queued["reply_to"] = "connection-1"
        await consumer.utterance_interpret(slow)
        await consumer.utterance_interpret(queued)
        # the slow cut is held until three beats came for the queued one: counted, not timed
        await asyncio.wait_for(_until(lambda: len(beats()) >= 3), HANG_GUARD_S)
        held = list(scripted.log)
        scripted.release.setdefault("slow", asyncio.Event()).set()
        scripted.release.setdefault("queued", asyncio.Event()).set()
        await asyncio.wait_for(_until(lambda: "end queued" in scripted.log), HANG_GUARD_S)
        return len(beats()), held

    count, held = async_to_sync(scenario)()
    assert held == ["start slow"]  # the beats came while the queued cut waited its turn
    assert scripted.log == ["start slow", "end slow", "start queued", "end queued"]
    assert count >= 3
    assert all(b == {"type": "utterance.working", "utterance_id": "queued"} for b in beats())
    assert worker._in_hand == 0


HANG_GUARD_S = 10.0  # only a hang reaches it: the test waits for events, not for time


async def _until(condition: Callable[[], bool]) -> None:
    while not condition():
        await asyncio.sleep(0.005)
