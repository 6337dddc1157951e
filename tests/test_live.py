"""Live visits through the real ASGI application: authentication and refusals, frame
validation, fan-out in each listener's language, consent and the end of a visit.

These tests commit (the consumer reaches the database from other threads), so they
use ``transactional_db``; ``audit_flushable`` lets the final flush empty the audit table.
"""

from __future__ import annotations

import json
import struct
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from asgiref.sync import async_to_sync
from channels.testing import WebsocketCommunicator
from django.test import override_settings
from django.utils import timezone

from audit.events import SYSTEM, AuditEvent
from audit.models import AuditEntry
from interpretation import tokens
from interpretation.audio import float_to_pcm16, load_audio
from interpretation.models import Segment
from telehealth import services
from telehealth.asgi import application
from telehealth.models import (
    CaptureMethod,
    ConsentDecision,
    ConsentScope,
    ConsentText,
    Language,
    Participant,
    Visit,
)
from tests.cascade_helpers import SPEECH, engines  # noqa: F401
from tests.conftest import make_staff

SECOND = 32_000  # bytes of 16 kHz 16-bit mono


@pytest.fixture
def live_visit(audit_flushable: None, django_db_serialized_rollback: None,
               transactional_db: None) -> Iterator[Visit]:
    clinician = make_staff("dr.live", "clinician")
    patient = services.patient_register(
        registered_by=clinician, given_name="Rosa", family_name="Synthetica",
        date_of_birth=timezone.now().date() - timedelta(days=20000),
        preferred_language=Language.objects.get(code="es"))
    visit = services.visit_create(clinician=clinician, patient=patient,
                                  scheduled_for=timezone.now(),
                                  clinician_language=Language.objects.get(code="en"))
    for participant in visit.participants.all():
        consent(participant, ConsentScope.INTERPRETATION, ConsentDecision.GRANTED)
    services.visit_transition(visit=visit, actor=clinician, event=AuditEvent.VISIT_STARTED)
    visit.refresh_from_db()
    yield visit


def consent(participant: Participant, scope: str, decision: str) -> None:
    services.consent_record(
        participant=participant, scope=scope, decision=decision,  # type: ignore[arg-type]
        captured_via=CaptureMethod.CLINICIAN_ATTESTED, recorded_by=participant.visit.clinician,
        consent_text=ConsentText.objects.get(scope=scope, language_id="en"), actor=SYSTEM)


def connect(visit_id: int, participant: Participant | None = None,
            token: str | None = None) -> WebsocketCommunicator:
    headers = [(b"origin", b"http://localhost")]
    if participant is not None or token is not None:
        token = token or tokens.issue(participant.pk, visit_id)  # type: ignore[union-attr]
        headers.append((b"authorization", f"Bearer {token}".encode()))
    return WebsocketCommunicator(application, f"/ws/visits/{visit_id}/", headers=headers)


async def open_and_read(communicator: WebsocketCommunicator) -> dict[str, Any]:
    connected, _ = await communicator.connect()
    assert connected
    return json.loads(await communicator.receive_from())


async def one_speaks(visit: Visit, speaker: Participant, listener: Participant,
                     wav: str) -> tuple[WebsocketCommunicator, WebsocketCommunicator]:
    """Both connected; the speaker's fixture sentence sent."""
    speaking, listening = connect(visit.pk, speaker), connect(visit.pk, listener)
    await open_and_read(speaking)
    await open_and_read(listening)
    for frame in speech_frames(wav):
        await speaking.send_to(bytes_data=frame)
    return speaking, listening


async def next_event(communicator: WebsocketCommunicator, timeout: float = 60) -> Any:
    """The next event, past ``speaking`` and ``presence`` notices (sent whenever someone
    starts or stops talking, or connects or leaves)."""
    while True:
        event = json.loads(await communicator.receive_from(timeout=timeout))
        if event["type"] not in ("speaking", "presence"):
            return event


async def drain(communicator: WebsocketCommunicator) -> list[dict[str, Any]]:
    """Everything a connection has been sent so far, text or binary."""
    received = []
    while not await communicator.receive_nothing(timeout=1):
        received.append(await communicator.receive_output())
    return received


async def closed_with(communicator: WebsocketCommunicator) -> int:
    await communicator.connect()
    message = await communicator.receive_output(timeout=5)
    await communicator.disconnect()
    assert message["type"] == "websocket.close"
    return int(message["code"])


def person(visit: Visit, role: str) -> Participant:
    return visit.participants.get(role=role)


def test_no_credentials_closes_4401_and_is_audited(live_visit: Visit) -> None:
    assert async_to_sync(closed_with)(connect(live_visit.pk)) == 4401
    assert AuditEntry.objects.filter(event=AuditEvent.LIVE_REFUSED,
                                     metadata__reason="unauthenticated").count() == 1


def test_a_token_for_another_visit_is_refused(live_visit: Visit) -> None:
    foreign = tokens.issue(person(live_visit, "patient").pk, live_visit.pk + 1000)
    assert async_to_sync(closed_with)(connect(live_visit.pk, token=foreign)) == 4401


def test_a_forged_token_is_refused(live_visit: Visit) -> None:
    assert async_to_sync(closed_with)(connect(live_visit.pk, token="forged:token")) == 4401


def test_a_visit_that_is_not_live_is_refused(live_visit: Visit) -> None:
    Visit.objects.filter(pk=live_visit.pk).update(status="scheduled")
    assert async_to_sync(closed_with)(connect(live_visit.pk, person(live_visit, "patient"))) \
        == 4409


def test_no_interpretation_consent_is_refused(live_visit: Visit) -> None:
    patient = person(live_visit, "patient")
    consent(patient, ConsentScope.INTERPRETATION, ConsentDecision.REVOKED)
    assert async_to_sync(closed_with)(connect(live_visit.pk, patient)) == 4451


def test_ready_says_who_and_where_in_the_sequence(live_visit: Visit) -> None:
    patient = person(live_visit, "patient")

    async def scenario() -> dict[str, Any]:
        communicator = connect(live_visit.pk, patient)
        ready = await open_and_read(communicator)
        await communicator.disconnect()
        return ready

    ready = async_to_sync(scenario)()
    assert (ready["type"], ready["protocol"], ready["language"], ready["last_seq"]) == (
        "ready", 2, "es", 0)
    assert set(ready["translation"]) == {"en-es", "es-en"}  # engine and tier, per pair
    assert ready["translation"]["en-es"]["tier"] in ("test", "basic", "good")


@pytest.mark.parametrize(("frame", "code"), [
    (b"\x00" * 3, "not_pcm16"), (b"\x00" * (SECOND + 2), "frame_too_large")])
def test_bad_frames_are_answered_not_fatal(live_visit: Visit, frame: bytes, code: str) -> None:
    patient = person(live_visit, "patient")

    async def scenario() -> dict[str, Any]:
        communicator = connect(live_visit.pk, patient)
        await open_and_read(communicator)
        await communicator.send_to(bytes_data=frame)
        error = json.loads(await communicator.receive_from())
        await communicator.send_to(text_data=json.dumps({"type": "ping", "id": 7}))
        pong = json.loads(await communicator.receive_from())
        await communicator.disconnect()
        return {"error": error, "pong": pong}

    answers = async_to_sync(scenario)()
    assert answers["error"]["code"] == code
    assert answers["pong"] == {"type": "pong", "id": 7}


def test_garbage_text_gets_an_error(live_visit: Visit) -> None:
    patient = person(live_visit, "patient")

    async def scenario() -> dict[str, Any]:
        communicator = connect(live_visit.pk, patient)
        await open_and_read(communicator)
        await communicator.send_to(text_data="{not json")
        error = json.loads(await communicator.receive_from())
        await communicator.disconnect()
        return error

    assert async_to_sync(scenario)()["code"] == "bad_message"


def test_a_flood_of_bad_frames_closes_the_connection(live_visit: Visit) -> None:
    patient = person(live_visit, "patient")

    async def scenario() -> int:
        communicator = connect(live_visit.pk, patient)
        await open_and_read(communicator)
        for _ in range(10):
            await communicator.send_to(bytes_data=b"\x00")
        while True:
            message = await communicator.receive_output(timeout=5)
            if message["type"] == "websocket.close":
                return int(message["code"])

    assert async_to_sync(scenario)() == 4408


def speech_frames(name: str) -> list[bytes]:
    pcm = float_to_pcm16(np.concatenate([load_audio(SPEECH / name),
                                         np.zeros(16_000 * 2, np.float32)]))
    return [pcm[i:i + SECOND] for i in range(0, len(pcm), SECOND)]


@override_settings(INTERPRETATION_WORKERS=False)
def test_the_listener_gets_the_segment_in_their_language_with_speech(
    live_visit: Visit, engines: Any  # noqa: F811
) -> None:
    speaker, listener = person(live_visit, "clinician"), person(live_visit, "patient")

    async def scenario() -> tuple[dict[str, Any], dict[str, Any], bytes]:
        clinician, patient = await one_speaks(live_visit, speaker, listener, "en-followup.wav")
        segment = await next_event(patient)  # captions first
        announced = await next_event(patient, timeout=30)  # then the speech
        # Say what came instead (a speech_failed when the lane fell 10 s behind on a
        # starved CPU) rather than time out waiting for audio that will not come.
        assert announced["type"] == "audio", {k: announced.get(k) for k in ("type", "reason")}
        audio = await patient.receive_output(timeout=30)
        to_speaker = await drain(clinician)
        assert not any(output.get("bytes") for output in to_speaker)  # nobody hears themselves
        own = [json.loads(o["text"]) for o in to_speaker if o.get("text")]
        assert [e["seq"] for e in own if e["type"] == "segment"] == [1]  # but sees the caption
        assert {"type": "speaking", "participant_id": speaker.pk, "active": True} in own
        await clinician.disconnect()
        await patient.disconnect()
        return segment, announced, audio["bytes"]

    segment, announced, audio = async_to_sync(scenario)()
    assert segment["type"] == "segment" and segment["seq"] == 1
    assert (segment["source_language"], segment["target_language"]) == ("en", "es")
    assert "blood pressure" in segment["transcript"]
    assert segment["text"] == segment["transcript"]  # its protocol-1 name, until version 3
    assert "presión arterial" in segment["translation"]  # the glossary, through every engine
    assert segment["engine"] and segment["flags"] == []
    assert {"asr", "redact", "mt", "total"} <= set(segment["timings_ms"])
    assert (announced["type"], announced["seq"], announced["voice"]) == (
        "audio", 1, f"stock:{engines.voices['es'].name}")
    assert {"tts", "total"} <= set(announced["timings_ms"])
    assert announced["part"] == 0 and isinstance(announced["last"], bool)  # first piece
    assert audio[:4] == b"SEG1"
    assert struct.unpack("<II", audio[4:12]) == (1, 22_050)
    assert len(audio) > 12 + 22_050  # over half a second of speech
    stored = Segment.objects.get(visit=live_visit, seq=1)
    assert "blood pressure" in stored.redacted_text and "es" in stored.translations


@override_settings(INTERPRETATION_WORKERS=False)
def test_with_back_translation_only_the_speaker_sees_their_words_said_back(
    live_visit: Visit, engines: object  # noqa: F811
) -> None:
    Visit.objects.filter(pk=live_visit.pk).update(back_translation=True)
    speaker, listener = person(live_visit, "clinician"), person(live_visit, "patient")

    async def scenario() -> tuple[dict[str, Any], dict[str, Any]]:
        clinician, patient = await one_speaks(live_visit, speaker, listener, "en-followup.wav")
        to_listener = await next_event(patient)
        to_speaker = await next_event(clinician)
        await clinician.disconnect()
        await patient.disconnect()
        return to_speaker, to_listener

    to_speaker, to_listener = async_to_sync(scenario)()
    assert to_speaker["type"] == to_listener["type"] == "segment"
    assert "back_translations" not in to_listener
    said_back = to_speaker["back_translations"]["es"]
    assert said_back and said_back != to_speaker["translations"]["es"]
    assert "blood pressure" in said_back  # the glossary term went there and back


@override_settings(INTERPRETATION_WORKERS=False)
def test_identifiers_are_heard_but_not_stored(
    live_visit: Visit, engines: object  # noqa: F811
) -> None:
    speaker, listener = person(live_visit, "clinician"), person(live_visit, "patient")

    async def scenario() -> dict[str, Any]:
        clinician, patient = await one_speaks(live_visit, speaker, listener, "en-phone.wav")
        segment = await next_event(patient)
        await clinician.disconnect()
        await patient.disconnect()
        return segment

    segment = async_to_sync(scenario)()
    assert "Ellen Marsh" in segment["transcript"]
    stored = Segment.objects.get(visit=live_visit)
    assert "Ellen" not in stored.redacted_text and "[PERSON_1]" in stored.redacted_text


def test_revoking_interpretation_consent_closes_that_speakers_connection(
    live_visit: Visit,
) -> None:
    patient, other = person(live_visit, "patient"), person(live_visit, "clinician")

    async def scenario() -> tuple[dict[str, Any], int]:
        clinician = connect(live_visit.pk, other)
        listener = connect(live_visit.pk, patient)
        await open_and_read(clinician)
        await open_and_read(listener)
        from asgiref.sync import sync_to_async

        await sync_to_async(consent)(patient, ConsentScope.INTERPRETATION,
                                     ConsentDecision.REVOKED)
        notice = await next_event(clinician, timeout=5)
        await listener.receive_from(timeout=5)  # its own consent_changed
        closed = await listener.receive_output(timeout=5)
        await clinician.disconnect()
        return notice, int(closed["code"])

    notice, code = async_to_sync(scenario)()
    assert notice == {"type": "consent_changed", "participant_id": patient.pk,
                      "scope": "interpretation", "active": False}
    assert code == 4451


def test_ending_the_visit_tells_everyone_and_closes(live_visit: Visit) -> None:
    participant, clinician = person(live_visit, "patient"), live_visit.clinician

    async def scenario() -> tuple[dict[str, Any], int]:
        patient = connect(live_visit.pk, participant)
        await open_and_read(patient)
        from asgiref.sync import sync_to_async

        await sync_to_async(services.visit_transition)(
            visit=live_visit, actor=clinician, event=AuditEvent.VISIT_ENDED)
        ended = json.loads(await patient.receive_from(timeout=5))
        closed = await patient.receive_output(timeout=5)
        return ended, int(closed["code"])

    ended, code = async_to_sync(scenario)()
    assert ended == {"type": "visit_ended"} and code == 4410


def browser(visit_id: int, client: Any) -> WebsocketCommunicator:
    from django.conf import settings

    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    return WebsocketCommunicator(application, f"/ws/visits/{visit_id}/", headers=[
        (b"origin", b"http://localhost"),
        (b"cookie", f"{settings.SESSION_COOKIE_NAME}={cookie}".encode())])


def test_the_patients_browser_joins_with_its_invitation_session(live_visit: Visit) -> None:
    from django.test import Client

    patient = person(live_visit, "patient")
    _, invitation = services.invitation_create(participant=patient, actor=live_visit.clinician)
    client = Client()
    joined = client.post(f"/api/visits/{live_visit.pk}/join/", {"token": invitation},
                         content_type="application/json")
    assert joined.status_code == 200

    async def scenario() -> dict[str, Any]:
        communicator = browser(live_visit.pk, client)
        ready = await open_and_read(communicator)
        await communicator.disconnect()
        return ready

    assert async_to_sync(scenario)()["participant_id"] == patient.pk


def test_a_clinician_session_needs_its_second_factor(live_visit: Visit) -> None:
    from django.test import Client

    from tests.conftest import verified_client

    password_only = Client()
    password_only.force_login(live_visit.clinician)
    assert async_to_sync(closed_with)(browser(live_visit.pk, password_only)) == 4401
    both_factors = verified_client(live_visit.clinician, Client)

    async def scenario() -> dict[str, Any]:
        communicator = browser(live_visit.pk, both_factors)
        ready = await open_and_read(communicator)
        await communicator.disconnect()
        return ready

    assert async_to_sync(scenario)()["role"] == "clinician"


def test_a_better_translation_revises_the_caption_and_is_audited(
    live_visit: Visit, tmp_path: Path
) -> None:
    """The quality tier (here the small test LLM: its words are noise, its plumbing real)
    replaces a segment's translation: stored, audited, and sent as a revision."""
    from interpretation import lanes
    from interpretation.builder import _LlmPair
    from interpretation.engines.apertium_mt import ApertiumTranslator, available_pairs
    from interpretation.engines.espeak import EspeakVoice
    from interpretation.engines.llm_mt import LlmTranslator
    from interpretation.frames import Redacted, Transcript, Utterance
    from interpretation.pipeline import Cascade
    from interpretation.test_models import build_test_llm
    from interpretation.translation import Glossary, Translator

    if "en-es" not in available_pairs():
        pytest.skip("apt-get install apertium apertium-eng-spa")
    build_test_llm(tmp_path / "llm")
    translator = Translator({"en-es": ApertiumTranslator("en-es")}, Glossary({}),
                            quality={"en-es": _LlmPair(LlmTranslator(tmp_path / "llm"), "en-es")})
    pipeline = Cascade(None, None, translator, {"es": EspeakVoice()})  # type: ignore[arg-type]
    speaker = person(live_visit, "clinician")
    utterance = Utterance(0, 0.0, 1.0, "en", np.zeros(16_000, np.float32))
    redacted = Redacted(Transcript(utterance, "Take 500 mg now."), "Take 500 mg now.")
    fast = pipeline.translate(redacted, "es")
    segment, _ = Segment.objects.append(
        visit_id=live_visit.pk, utterance_id=uuid.uuid4(), speaker=speaker,
        source_language="en", redacted_text=redacted.text, translations={"es": fast.text},
        translation_flags={"es": list(fast.flags)}, translation_engines={"es": fast.engine})
    assert segment is not None
    events: list[dict[str, Any]] = []
    lanes._revise(lanes.Revision(speaker.pk, segment, redacted, ("es",), 0.0, events.append),
                 pipeline)

    revision = next(e for e in events if e["type"] == "visit.revision")
    assert (revision["seq"], revision["language"], revision["engine"]) == (
        segment.seq, "es", "test-llm")
    assert "500 mg" in revision["translation"]  # protected, even through noise
    segment.refresh_from_db()
    assert segment.translations["es"] == revision["translation"]
    assert segment.translation_engines["es"] == "test-llm"
    assert "test_model" in segment.translation_flags["es"]
    entry = AuditEntry.objects.filter(event=AuditEvent.SEGMENT_REVISED).get()
    assert entry.metadata["seq"] == segment.seq


def test_a_failed_redaction_and_translation_flags_are_counted_in_the_audit(
    live_visit: Visit
) -> None:
    segment, created = Segment.objects.append(
        visit_id=live_visit.pk, utterance_id=uuid.uuid4(), speaker=person(live_visit, "patient"),
        source_language="es", redacted_text="[REDACTED_1]", translations={"en": "[REDACTED_1]"},
        translation_flags={"en": ["numbers_changed"]}, redaction_failed=True)
    assert created and segment is not None
    entry = AuditEntry.objects.filter(event=AuditEvent.SEGMENT_STORED).get()
    assert entry.metadata["redaction_failed"] is True
    assert entry.metadata["mt_flags"] == 1


class BrokenVoice:
    """A voice whose engine fails on every call, after the caption went out."""

    name = "broken"

    def synthesize(self, text: str, language: str) -> tuple[np.ndarray, int]:
        raise RuntimeError("synthesis crashed")


def events_until(events: list[dict[str, Any]], kind: str, timeout_s: float = 60) -> None:
    import time

    deadline = time.monotonic() + timeout_s
    while not any(e["type"] == kind for e in events):
        assert time.monotonic() < deadline, f"no {kind} within {timeout_s} s"
        time.sleep(0.05)


@override_settings(INTERPRETATION_WORKERS=False)
def test_a_speech_failure_after_the_caption_is_audited_and_told(
    live_visit: Visit, engines: Any, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    """Issue 13: the caption stands, the listener is told its speech will not come, and
    the audit trail says where it failed, never with the words."""
    from interpretation import lanes, live
    from interpretation import utterances as jobs
    from interpretation.endpointing import utterances

    monkeypatch.setitem(engines.voices, "es", BrokenVoice())
    # Earlier tests' speech may still be on the lane: this one must fail, not go stale.
    monkeypatch.setattr(lanes._speech, "max_lag_s", 3600.0)
    speaker = person(live_visit, "clinician")
    utterance = utterances(load_audio(SPEECH / "en-followup.wav"), "en")[0]
    events: list[dict[str, Any]] = []
    live.interpret(jobs.job(live_visit.pk, speaker.pk, utterance), events.append)
    events_until(events, "visit.speech_failed")

    segment = next(e for e in events if e["type"] == "visit.segment")
    failed = next(e for e in events if e["type"] == "visit.speech_failed")
    assert not any(e["type"] == "visit.audio" for e in events)
    assert failed == {"type": "visit.speech_failed", "seq": segment["seq"],
                      "speaker_id": speaker.pk, "language": "es", "reason": "tts_error"}
    # (earlier tests' speech may fail on the lane too: only this visit's entry counts)
    entry = AuditEntry.objects.get(event=AuditEvent.SEGMENT_SPEECH_FAILED,
                                   visit_id=live_visit.pk)
    assert entry.outcome == "failed"
    assert entry.metadata["seq"] == segment["seq"] and entry.metadata["language"] == "es"
    assert entry.metadata["error"] == "tts:runtimeerror:failed"
    assert "crashed" not in json.dumps(entry.metadata)
    assert Segment.objects.get(visit=live_visit, seq=segment["seq"]).translations["es"]
