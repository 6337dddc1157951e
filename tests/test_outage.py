"""A connection's view of the channel layer going away and back (``interpretation.outage``),
against a layer that fails on demand: pause once, keep events in order, back off, resume."""

from __future__ import annotations

import asyncio
from typing import Any

from asgiref.sync import async_to_sync

from interpretation import messages as m
from interpretation.outage import REJOIN_EVERY_MAX_S, RETRY_FIRST_S, Outage


class FlakyLayer:
    """A channel layer whose calls raise ``ConnectionError`` while ``down``."""

    def __init__(self) -> None:
        self.down = False
        self.sent: list[tuple[str, Any]] = []
        self.groups: set[tuple[str, str]] = set()

    def _check(self) -> None:
        if self.down:
            raise ConnectionError("redis is down")

    async def group_add(self, group: str, channel: str) -> None:
        self._check()
        self.groups.add((group, channel))

    async def group_discard(self, group: str, channel: str) -> None:
        self._check()
        self.groups.discard((group, channel))

    async def group_send(self, group: str, event: Any) -> None:
        self._check()
        self.sent.append((group, event))

    async def receive(self, channel: str) -> Any:
        self._check()
        return {"type": "utterance.working", "utterance_id": "u1"}


def speaking(active: bool) -> m.SpeakingEvent:
    return m.SpeakingEvent(type="visit.speaking", participant_id=1, active=active)


def outage_on(layer: FlakyLayer) -> tuple[Outage, list[bool]]:
    told: list[bool] = []

    async def tell(running: bool) -> None:
        told.append(running)

    return Outage(layer, "chan", tell), told


def test_before_joining_a_failure_pauses_nothing() -> None:
    layer = FlakyLayer()
    layer.down = True
    outage, told = outage_on(layer)
    assert not async_to_sync(outage.call)(lambda: layer.group_send("g", speaking(True)))
    assert not outage.paused and told == []


def test_an_outage_pauses_once_keeps_events_in_order_and_sends_them_on_resume() -> None:
    layer = FlakyLayer()
    outage, told = outage_on(layer)

    async def scenario() -> None:
        assert await outage.join("visit-1", "visit 1 participant 1")
        layer.down = True
        assert not await outage.fan_out(speaking(True))
        assert not await outage.fan_out(speaking(False))  # paused: kept without trying
        assert outage.paused and told == [False]
        assert not await outage.try_resume()  # still down: wait longer next time
        assert outage.retry_s == 2 * RETRY_FIRST_S
        layer.groups.clear()  # a restarted Redis has forgotten the groups
        layer.down = False
        assert await outage.try_resume()

    async_to_sync(scenario)()
    assert told == [False, True] and not outage.paused
    assert ("visit-1", "chan") in layer.groups
    assert [event["active"] for _, event in layer.sent] == [True, False]
    assert outage.unsent == []


def test_the_rejoin_pause_grows_to_a_ceiling() -> None:
    layer = FlakyLayer()
    outage, _ = outage_on(layer)

    async def scenario() -> None:
        await outage.join("visit-1", "visit 1 participant 1")
        layer.down = True
        await outage.to_group(speaking(True))
        for _ in range(10):
            await outage.try_resume()

    async_to_sync(scenario)()
    assert outage.retry_s == REJOIN_EVERY_MAX_S


def test_receive_waits_out_an_outage_instead_of_raising() -> None:
    layer = FlakyLayer()
    outage, told = outage_on(layer)

    async def scenario() -> Any:
        await outage.join("visit-1", "visit 1 participant 1")
        layer.down = True
        reading = asyncio.ensure_future(outage.receive())
        await asyncio.sleep(RETRY_FIRST_S / 2)
        assert not reading.done() and outage.paused
        layer.down = False
        return await asyncio.wait_for(reading, timeout=5 * RETRY_FIRST_S)

    assert async_to_sync(scenario)()["type"] == "utterance.working"
    assert told == [False]
