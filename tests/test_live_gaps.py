"""Issue 13: a gap says which stage failed and whether retrying could help
(``stage:Type:retryable``), in the stored gap and its audit entry, never with words."""

from __future__ import annotations

import json
import uuid
from typing import Any

import numpy as np
import pytest
from django.test import Client

from audit.events import AuditEvent
from audit.models import AuditEntry
from interpretation import live, tokens
from interpretation import utterances as jobs
from interpretation.audio import load_audio
from interpretation.endpointing import utterances
from interpretation.engines.base import EngineError
from interpretation.models import Segment
from telehealth.models import Visit
from tests.cascade_helpers import SPEECH, engines  # noqa: F401
from tests.test_live import live_visit, person  # noqa: F401


class BusyRecognizer:
    """An ASR engine that is overloaded right now: retrying later may help."""

    def transcribe(self, audio: np.ndarray, language: str | None) -> tuple[str, float]:
        raise EngineError("device busy", retryable=True)


def test_an_asr_failure_is_a_gap_that_names_its_stage_and_retryability(
    live_visit: Visit, engines: Any, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    monkeypatch.setattr(engines, "recognizer", BusyRecognizer())
    speaker = person(live_visit, "clinician")
    utterance = utterances(load_audio(SPEECH / "en-followup.wav"), "en")[0]
    events: list[dict[str, Any]] = []

    live.interpret(jobs.job(live_visit.pk, speaker.pk, utterance), events.append)

    assert [e["type"] for e in events] == ["visit.gap"]
    assert events[0]["reason"] == "engine_error"  # what clients see is unchanged
    gap = Segment.objects.get(visit=live_visit, seq=events[0]["seq"])
    assert gap.gap_error == "asr:EngineError:retryable"
    entry = AuditEntry.objects.get(event=AuditEvent.SEGMENT_GAP, visit_id=live_visit.pk)
    assert entry.metadata["reason"] == "engine_error"
    assert entry.metadata["error"] == "asr:engineerror:retryable"
    assert "busy" not in json.dumps(entry.metadata)


def test_a_gap_with_no_failure_behind_it_records_no_error(live_visit: Visit) -> None:  # noqa: F811
    speaker = person(live_visit, "patient")
    message = jobs.job(live_visit.pk, speaker.pk, utterances(
        load_audio(SPEECH / "en-followup.wav"), "en")[0])

    event = jobs.gap(message, "overloaded")

    assert event is not None and event["reason"] == "overloaded"
    assert Segment.objects.get(visit=live_visit, seq=event["seq"]).gap_error == ""
    entry = AuditEntry.objects.get(event=AuditEvent.SEGMENT_GAP, visit_id=live_visit.pk)
    assert entry.metadata.get("error") is None


def test_catch_up_names_the_stored_words_redacted_text_and_keeps_text_a_version(
    live_visit: Visit,  # noqa: F811
) -> None:
    """A live segment's words are the raw transcript (``transcript``), a stored one's the
    redacted text (``redacted_text``): two names for two things; ``text`` stays a version."""
    speaker = person(live_visit, "clinician")
    Segment.objects.append(
        visit_id=live_visit.pk, utterance_id=uuid.uuid4(), speaker=speaker,
        source_language="en", redacted_text="Hello [PERSON_1].", translations={"es": "Hola."})
    token = tokens.issue(person(live_visit, "patient").pk, live_visit.pk)

    response = Client().get(f"/api/visits/{live_visit.pk}/segments/?after=0",
                            HTTP_AUTHORIZATION=f"Bearer {token}")

    assert response.status_code == 200
    [stored] = response.json()
    assert stored["redacted_text"] == stored["text"] == "Hello [PERSON_1]."
    assert "transcript" not in stored  # never stored: only redacted text is kept


def test_an_utterance_the_full_worker_queue_refused_is_an_overloaded_gap(
    live_visit: Visit, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    """Through the connection: the speaker is told, and the gap is stored, audited and sent,
    with no 'interpretation paused' (Redis answers)."""
    from asgiref.sync import async_to_sync
    from channels.exceptions import ChannelFull
    from channels.layers import get_channel_layer
    from django.test import override_settings

    from interpretation import messages as m
    from interpretation.audio import float_to_pcm16
    from tests.test_live import connect, open_and_read

    layer = get_channel_layer()
    sent_before = layer.send

    async def send(channel: str, message: Any) -> None:
        if channel == m.WORKER_CHANNEL:
            raise ChannelFull(channel)
        await sent_before(channel, message)

    monkeypatch.setattr(layer, "send", send)
    speaker = person(live_visit, "clinician")
    pcm = float_to_pcm16(np.concatenate([load_audio(SPEECH / "en-meds.wav"),
                                         np.zeros(16_000, np.float32)]))

    async def scenario() -> list[dict[str, Any]]:
        speaking = connect(live_visit.pk, speaker)
        await open_and_read(speaking)
        for at in range(0, len(pcm), 6_400):
            await speaking.send_to(bytes_data=pcm[at:at + 6_400])
        events = []
        while not any(e["type"] == "gap" for e in events):
            events.append(json.loads(await speaking.receive_from(timeout=10)))
        await speaking.disconnect()
        return events

    with override_settings(INTERPRETATION_WORKERS=True, INTERPRETATION_DRAFTS=True):
        events = async_to_sync(scenario)()
    kinds = [e["type"] for e in events]
    assert "interpretation" not in kinds  # no outage was announced
    assert {"type": "error", "code": "overloaded"}.items() <= next(
        e for e in events if e["type"] == "error").items()
    gap = next(e for e in events if e["type"] == "gap")
    assert gap["reason"] == "overloaded"
    assert Segment.objects.get(visit=live_visit, seq=gap["seq"]).kind == "gap"
    assert AuditEntry.objects.get(event=AuditEvent.SEGMENT_GAP,
                                  visit_id=live_visit.pk).metadata["reason"] == "overloaded"
