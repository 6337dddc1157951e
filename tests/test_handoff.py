"""Utterances handed on by a connection (``interpretation.handoff``), against a fake channel
layer: to a worker over the layer, or to the same ``work_on`` in this process; what the
layer never took becomes a gap when the connection closes."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from asgiref.sync import async_to_sync
from django.test import override_settings

from interpretation import handoff, worker
from interpretation import messages as m
from interpretation import utterances as jobs
from interpretation.frames import Utterance
from interpretation.outage import Outage
from tests.test_outage import FlakyLayer


class RecordingLayer(FlakyLayer):
    async def send(self, channel: str, message: Any) -> None:
        self._check()
        self.sent.append((channel, message))


def a_job() -> m.InterpretJob:
    return jobs.job(1, 2, Utterance(0, 0.0, 1.0, "en", np.zeros(16_000, np.float32)))


def handoff_on(layer: RecordingLayer) -> tuple[handoff.Handoff, list[tuple[str, str]]]:
    gaps: list[tuple[str, str]] = []

    async def gap(job: m.UtteranceRef, reason: m.GapReason) -> None:
        gaps.append((job["utterance_id"], reason))

    async def tell(running: bool) -> None:
        pass

    outage = Outage(layer, "conn", tell)
    async_to_sync(outage.join)("visit-1", "visit 1 participant 2")
    return handoff.Handoff(layer, "conn", outage, gap), gaps


@override_settings(INTERPRETATION_WORKERS=True)
def test_with_workers_a_job_goes_to_the_worker_channel_as_attempt_one() -> None:
    layer = RecordingLayer()
    hand, gaps = handoff_on(layer)
    job = a_job()
    async_to_sync(hand.hand_on)(job)
    [(channel, sent)] = layer.sent
    assert channel == m.WORKER_CHANNEL
    assert (sent["utterance_id"], sent["reply_to"], sent["attempt"]) == (
        job["utterance_id"], "conn", 1)
    async_to_sync(hand.abandon)()
    assert gaps == []  # a worker has it: its answer still comes


@override_settings(INTERPRETATION_WORKERS=True)
def test_a_job_the_layer_refused_is_a_lost_gap_when_the_connection_closes() -> None:
    layer = RecordingLayer()
    hand, gaps = handoff_on(layer)
    layer.down = True
    job = a_job()
    async_to_sync(hand.hand_on)(job)
    assert hand.outage.paused and layer.sent == []
    async_to_sync(hand.abandon)()
    assert gaps == [(job["utterance_id"], "lost")]


@override_settings(INTERPRETATION_WORKERS=False)
def test_without_workers_the_job_runs_here_through_the_workers_own_code(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One inference path: the in-process mode calls the function the worker calls."""
    ran: list[str] = []

    async def work_on(layer: Any, job: m.InterpretJob) -> None:
        ran.append(job["utterance_id"])

    monkeypatch.setattr(worker, "work_on", work_on)
    layer = RecordingLayer()
    hand, _ = handoff_on(layer)
    job = a_job()

    async def scenario() -> None:
        await hand.hand_on(job)
        for task in list(hand.tasks):
            await task

    async_to_sync(scenario)()
    assert ran == [job["utterance_id"]] and layer.sent == []


class FullLayer(RecordingLayer):
    """Redis answers, but the workers' queue holds its capacity: every worker is behind."""

    async def send(self, channel: str, message: Any) -> None:
        from channels.exceptions import ChannelFull

        raise ChannelFull(channel)


@override_settings(INTERPRETATION_WORKERS=True)
def test_a_full_worker_queue_is_overload_not_an_outage() -> None:
    """Before, a full queue paused the connection as if Redis were down ('paused', then
    'running' at the next rejoin) and the utterance was offered again until it was 'lost'."""
    layer = FullLayer()
    hand, gaps = handoff_on(layer)
    assert not async_to_sync(hand.hand_on)(a_job())  # the caller makes it 'overloaded'
    assert not hand.outage.paused and len(hand.inflight) == 0
    async_to_sync(hand.abandon)()
    assert gaps == []  # not counted twice as 'lost'
