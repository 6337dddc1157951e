"""What happens to a sentence still being spoken when the speaker changes language or
withdraws consent: the first is interpreted as said, the second never leaves the server
(a stored ``no_consent`` gap records it)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from asgiref.sync import async_to_sync, sync_to_async
from django.test import override_settings

from interpretation import consumer, worker
from interpretation.audio import float_to_pcm16, load_audio
from interpretation.frames import Utterance
from interpretation.models import Segment, SegmentKind
from telehealth.models import ConsentDecision, ConsentScope, Visit
from tests.cascade_helpers import SPEECH, engines  # noqa: F401
from tests.test_live import (  # noqa: F401  (live_visit is a fixture)
    SECOND,
    connect,
    consent,
    live_visit,
    next_event,
    open_and_read,
    person,
)


def unfinished_frames(name: str) -> list[bytes]:
    """A sentence with no silence after it: the endpointer is still waiting for its end."""
    pcm = float_to_pcm16(load_audio(SPEECH / name).astype(np.float32))
    return [pcm[i:i + SECOND // 10] for i in range(0, len(pcm), SECOND // 10)]


@override_settings(INTERPRETATION_WORKERS=False)
def test_changing_language_mid_sentence_keeps_the_sentence(
        live_visit: Visit, engines: Any) -> None:  # noqa: F811
    speaker, listener = person(live_visit, "clinician"), person(live_visit, "patient")

    async def scenario() -> dict[str, Any]:
        speaking, listening = connect(live_visit.pk, speaker), connect(live_visit.pk, listener)
        await open_and_read(speaking)
        await open_and_read(listening)
        for frame in unfinished_frames("en-pain.wav"):
            await speaking.send_to(bytes_data=frame)
        await speaking.send_json_to({"type": "set_language", "language": "es"})
        event = await next_event(listening, timeout=120)
        await speaking.disconnect()
        await listening.disconnect()
        return event

    event = async_to_sync(scenario)()
    assert event["type"] == "segment" and event["source_language"] == "en"
    assert event["transcript"].strip()


@override_settings(INTERPRETATION_WORKERS=False)
def test_a_sentence_unfinished_when_consent_is_withdrawn_is_a_gap_not_interpreted(
        live_visit: Visit, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    """The endpointer is made to hold one unfinished sentence when the connection closes
    (mechanics only: which audio it holds does not matter here)."""
    speaker, listener = person(live_visit, "patient"), person(live_visit, "clinician")
    held = Utterance(0, 1.0, 2.5, "es", np.zeros(24_000, np.float32))
    # Only the speaker's (Spanish) endpointer holds it; the listener's holds nothing.
    monkeypatch.setattr(consumer.StreamingEndpointer, "flush",
                        lambda self: [held] if self.language == "es" else [])
    handed_on: list[str] = []

    async def work_on(layer: Any, message: dict[str, Any]) -> None:
        handed_on.append(message["utterance_id"])

    monkeypatch.setattr(worker, "work_on", work_on)

    async def scenario() -> None:
        speaking, listening = connect(live_visit.pk, speaker), connect(live_visit.pk, listener)
        await open_and_read(speaking)
        await open_and_read(listening)
        await sync_to_async(consent)(speaker, ConsentScope.INTERPRETATION,
                                     ConsentDecision.REVOKED)
        closed = None
        while closed is None:  # its own consent_changed, then the close
            output = await speaking.receive_output(timeout=10)
            if output["type"] == "websocket.close":
                closed = output["code"]
        assert closed == 4451
        await speaking.disconnect()  # the browser's side of the close: the consumer leaves
        event = await next_event(listening, timeout=30)
        while event["type"] == "consent_changed":
            event = await next_event(listening, timeout=30)
        assert event["type"] == "gap" and event["reason"] == "no_consent"
        await listening.disconnect()

    async_to_sync(scenario)()
    assert handed_on == []  # the held sentence went to no inference
    gaps = Segment.objects.filter(visit=live_visit, kind=SegmentKind.GAP)
    assert list(gaps.values_list("gap_reason", flat=True)) == ["no_consent"]
