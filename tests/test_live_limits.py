"""A live connection under abuse and refusals under a name (issue 12, defects 9 and 11):
a flood of frames is one audited episode, not one entry a frame; text frames are
rate-limited; every refusal, a foreign ``Origin`` included, is audited under the caller's
identity."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from asgiref.sync import async_to_sync
from channels.testing import WebsocketCommunicator
from django.test import Client
from django.utils import timezone

from audit.events import AuditEvent
from audit.models import AuditEntry
from interpretation.limits import (
    MAX_FRAME_BURST,
    MAX_TEXT_BURST,
    MAX_TEXT_FRAMES_PER_S,
    TokenBucket,
)
from telehealth import services
from telehealth.asgi import application
from telehealth.models import Language, Participant, Visit
from tests.conftest import make_staff, verified_client
from tests.test_live import browser, connect, live_visit, open_and_read, person  # noqa: F401
from tests.test_pages import patient_client

TINY_FRAME = b"\x00\x00"  # one sample: valid PCM, so only the rate limit refuses it


async def until_closed(communicator: WebsocketCommunicator) -> tuple[int, list[dict[str, Any]]]:
    """The close code, and every text event before it."""
    events: list[dict[str, Any]] = []
    while True:
        message = await communicator.receive_output(timeout=20)
        if message["type"] == "websocket.close":
            await communicator.disconnect(timeout=20)  # lets the consumer finish its queue
            return int(message["code"]), events
        if message.get("text"):
            events.append(json.loads(message["text"]))


def abuse_entries() -> list[AuditEntry]:
    return list(AuditEntry.objects.filter(event=AuditEvent.LIVE_ERROR,
                                          metadata__reason="frame_abuse"))


def test_a_flood_of_tiny_frames_is_one_audited_episode(live_visit: Visit) -> None:  # noqa: F811
    patient = person(live_visit, "patient")

    async def scenario() -> tuple[int, list[dict[str, Any]]]:
        communicator = connect(live_visit.pk, patient)
        await open_and_read(communicator)
        for _ in range(1_000):
            await communicator.send_to(bytes_data=TINY_FRAME)
        return await until_closed(communicator)

    code, events = async_to_sync(scenario)()
    assert code == 4408
    errors = [e for e in events if e["type"] == "error"]
    assert [e["code"] for e in errors] == ["too_many_frames"] * 10  # then nothing more
    [abuse] = abuse_entries()
    assert (abuse.actor_kind, abuse.actor_id) == ("participant", patient.pk)
    # Every refused frame is counted, those that came after the close was decided too.
    assert 1_000 - MAX_FRAME_BURST - 100 <= abuse.metadata["frames"] <= 1_000 - MAX_FRAME_BURST


def test_a_fresh_connection_may_send_two_seconds_of_audio_at_once(
        live_visit: Visit) -> None:  # noqa: F811
    patient = person(live_visit, "patient")

    async def scenario() -> bool:
        communicator = connect(live_visit.pk, patient)
        await open_and_read(communicator)
        for _ in range(MAX_FRAME_BURST):  # 2 s of 20 ms frames, buffered during a reconnect
            await communicator.send_to(bytes_data=b"\x00\x00" * 320)
        quiet = await communicator.receive_nothing(timeout=2)
        await communicator.disconnect()
        return quiet

    assert async_to_sync(scenario)(), "a burst within the limits was answered with errors"
    assert not abuse_entries()


def test_a_flood_of_pings_is_rate_limited(live_visit: Visit,  # noqa: F811
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    patient = person(live_visit, "patient")
    # The buckets' clock stands still, so none refills while the flood is sent: exactly
    # the burst is answered, however fast this machine sends (refilling is tested below).
    monkeypatch.setattr(TokenBucket, "clock", staticmethod(lambda: 0.0))

    async def scenario() -> tuple[int, list[dict[str, Any]]]:
        communicator = connect(live_visit.pk, patient)
        await open_and_read(communicator)
        for number in range(5_000):
            await communicator.send_to(text_data=json.dumps({"type": "ping", "id": number}))
        return await until_closed(communicator)

    code, events = async_to_sync(scenario)()
    pongs = [e for e in events if e["type"] == "pong"]
    assert code == 4408
    assert len(pongs) == MAX_TEXT_BURST
    assert len(abuse_entries()) == 1


def test_a_token_bucket_refills_at_its_rate(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [100.0]
    monkeypatch.setattr(TokenBucket, "clock", staticmethod(lambda: now[0]))
    bucket = TokenBucket(MAX_TEXT_FRAMES_PER_S, MAX_TEXT_BURST)
    assert [bucket.take() for _ in range(MAX_TEXT_BURST + 1)] == [True] * MAX_TEXT_BURST + [False]
    now[0] += 0.5  # half a second: half the rate's frames, no more
    taken = [bucket.take() for _ in range(MAX_TEXT_FRAMES_PER_S)]
    assert taken.count(True) == MAX_TEXT_FRAMES_PER_S // 2
    now[0] += 60  # a long pause refills the burst, never beyond it
    assert sum(bucket.take() for _ in range(MAX_TEXT_BURST * 2)) == MAX_TEXT_BURST


def test_a_ping_id_longer_than_64_characters_is_a_bad_message(
        live_visit: Visit) -> None:  # noqa: F811
    patient = person(live_visit, "patient")

    async def scenario() -> list[dict[str, Any]]:
        communicator = connect(live_visit.pk, patient)
        await open_and_read(communicator)
        answers = []
        for ping_id in ["x" * 65, "x" * 64, {"nested": 1}, "y" * 1_000_000]:
            await communicator.send_to(text_data=json.dumps({"type": "ping", "id": ping_id}))
            answers.append(json.loads(await communicator.receive_from(timeout=5)))
        await communicator.disconnect()
        return answers

    too_long, longest, nested, huge = async_to_sync(scenario)()
    assert too_long["type"] == nested["type"] == huge["type"] == "error"
    assert too_long["code"] == nested["code"] == huge["code"] == "bad_message"
    assert longest == {"type": "pong", "id": "x" * 64}



def test_json_nested_too_deep_is_a_bad_message_and_the_connection_stays(
        live_visit: Visit) -> None:  # noqa: F811
    """Two thousand nested lists fit the size limit but exhaust the parser's recursion:
    that is a malformed frame like any other, not a dead connection."""
    patient = person(live_visit, "patient")

    async def scenario() -> list[dict[str, Any]]:
        communicator = connect(live_visit.pk, patient)
        await open_and_read(communicator)
        await communicator.send_to(text_data="[" * 2040 + "]" * 2040)
        refused = json.loads(await communicator.receive_from(timeout=5))
        await communicator.send_to(text_data=json.dumps({"type": "ping", "id": "after"}))
        answer = json.loads(await communicator.receive_from(timeout=5))
        await communicator.disconnect()
        return [refused, answer]

    refused, answer = async_to_sync(scenario)()
    assert refused["type"] == "error" and refused["code"] == "bad_message"
    assert answer == {"type": "pong", "id": "after"}

# --- refusals under the caller's name ---------------------------------------------------

def _refusal_code(communicator: WebsocketCommunicator) -> Any:
    async def scenario() -> Any:
        connected, code = await communicator.connect()
        if connected:
            message = await communicator.receive_output(timeout=5)
            code = message.get("code")
        await communicator.disconnect()
        return connected, code

    return async_to_sync(scenario)()


def _refusal() -> AuditEntry:
    [entry] = AuditEntry.objects.filter(event=AuditEvent.LIVE_REFUSED)
    return entry


def test_a_signed_in_clinician_of_another_visit_is_refused_under_their_name(
        live_visit: Visit) -> None:  # noqa: F811
    outsider = make_staff("dr.elsewhere", "clinician")
    assert _refusal_code(browser(live_visit.pk, verified_client(outsider, Client))) == (
        True, 4403)
    refusal = _refusal()
    assert (refusal.actor_kind, refusal.actor_id, refusal.metadata["reason"]) == (
        "user", outsider.pk, "forbidden")


def test_a_compliance_officer_is_refused_under_their_name(
        live_visit: Visit) -> None:  # noqa: F811
    officer = make_staff("compliance.live", "compliance")
    assert _refusal_code(browser(live_visit.pk, verified_client(officer, Client)))[1] == 4403
    assert (_refusal().actor_kind, _refusal().actor_id) == ("user", officer.pk)


def test_another_visits_patient_is_refused_under_their_name(
        live_visit: Visit) -> None:  # noqa: F811
    clinician = live_visit.clinician
    other_visit = services.visit_create(
        clinician=clinician, patient=live_visit.patient,
        scheduled_for=timezone.now() + timedelta(days=1),
        clinician_language=Language.objects.get(code="en"))
    stranger = Participant.objects.get(visit=other_visit, role="patient")
    assert _refusal_code(browser(live_visit.pk, patient_client(stranger)))[1] == 4403
    assert (_refusal().actor_kind, _refusal().actor_id) == ("participant", stranger.pk)


def test_a_foreign_origin_is_refused_and_audited_under_the_callers_name(
        live_visit: Visit) -> None:  # noqa: F811
    clinician = live_visit.clinician
    client = verified_client(clinician, Client)
    communicator = browser(live_visit.pk, client)
    communicator.scope["headers"] = [
        (name, b"https://evil.example" if name == b"origin" else value)
        for name, value in communicator.scope["headers"]]
    connected, _ = _refusal_code(communicator)
    assert not connected  # refused at the handshake, as before
    refusal = _refusal()
    assert (refusal.actor_kind, refusal.actor_id, refusal.metadata["reason"]) == (
        "user", clinician.pk, "origin")


def test_a_missing_origin_is_refused_and_audited(live_visit: Visit) -> None:  # noqa: F811
    communicator = WebsocketCommunicator(application, f"/ws/visits/{live_visit.pk}/")
    assert _refusal_code(communicator)[0] is False
    refusal = _refusal()
    assert (refusal.actor_kind, refusal.metadata["reason"]) == ("anonymous", "origin")


def test_frame_limits_without_a_socket() -> None:
    """``limits.FrameLimits``: the rate is checked first, then the frame; ten refusals in a
    second are an episode; a connection makes three ``audio_lost`` reports at most."""
    from interpretation import limits

    frame_limits = limits.FrameLimits()
    assert frame_limits.audio_problem(TINY_FRAME) == ""
    assert frame_limits.audio_problem(b"\x00") == "not_pcm16"
    assert frame_limits.audio_problem(b"\x00" * (limits.MAX_FRAME_BYTES + 2)) == \
        "frame_too_large"
    frame_limits.audio.tokens = 0
    frame_limits.audio.rate_per_s = 0  # no refill during the test
    assert frame_limits.audio_problem(b"\x00") == "too_many_frames"
    assert [frame_limits.bad.refuse(0.01 * i) for i in range(limits.MAX_BAD_FRAMES)] == \
        [False] * (limits.MAX_BAD_FRAMES - 1) + [True]
    assert not limits.BadFrames().refuse(0.0) and len(frame_limits.bad) == limits.MAX_BAD_FRAMES
    spaced = limits.BadFrames()  # a refusal a second never adds up to an episode
    assert not any(spaced.refuse(float(i)) for i in range(3 * limits.MAX_BAD_FRAMES))
    assert [frame_limits.report_lost() for _ in range(limits.MAX_AUDIO_LOST_REPORTS + 1)] == \
        [True] * limits.MAX_AUDIO_LOST_REPORTS + [False]
