"""Who is here, what was lost on the way, and speech that will not come (issue 12, defect 1,
server side; docs/protocol.md): ``presence``, ``leave``, ``audio_lost`` and
``speech_failed``, through the real ASGI application."""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from channels.testing import WebsocketCommunicator

from audit.events import AuditEvent
from audit.models import AuditEntry
from interpretation.models import Segment
from telehealth.broadcast import group_name
from telehealth.models import Visit
from tests.test_live import connect, live_visit, open_and_read, person  # noqa: F401


async def events_of(communicator: WebsocketCommunicator, kind: str,
                    timeout: float = 5) -> dict[str, Any]:
    """The next event of a kind, past any other."""
    while True:
        event = json.loads(await communicator.receive_from(timeout=timeout))
        if event["type"] == kind:
            return event


def test_the_others_see_a_drop_then_the_return_then_a_goodbye(
        live_visit: Visit) -> None:  # noqa: F811
    clinician, patient = person(live_visit, "clinician"), person(live_visit, "patient")

    async def scenario() -> list[dict[str, Any]]:
        watching = connect(live_visit.pk, clinician)
        await open_and_read(watching)
        seen = []
        for goodbye in (False, True):
            dropping = connect(live_visit.pk, patient)
            await open_and_read(dropping)
            seen.append(await events_of(watching, "presence"))
            if goodbye:
                await dropping.send_to(text_data=json.dumps({"type": "leave"}))
            await dropping.disconnect(code=1001 if goodbye else 1006)
            seen.append(await events_of(watching, "presence"))
        await watching.disconnect()
        return seen

    states = [(e["participant_id"], e["role"], e["state"]) for e in async_to_sync(scenario)()]
    me = (person(live_visit, "patient").pk, "patient")
    assert states == [(*me, "connected"), (*me, "reconnecting"), (*me, "connected"),
                      (*me, "left")]


def test_an_old_connection_closing_after_the_new_one_opened_is_not_news(
        live_visit: Visit) -> None:  # noqa: F811
    clinician, patient = person(live_visit, "clinician"), person(live_visit, "patient")

    async def scenario() -> bool:
        watching = connect(live_visit.pk, clinician)
        await open_and_read(watching)
        old, new = connect(live_visit.pk, patient), connect(live_visit.pk, patient)
        await open_and_read(old)
        await events_of(watching, "presence")
        await open_and_read(new)  # the page came back before the server saw the drop
        await events_of(watching, "presence")
        await old.disconnect(code=1006)
        quiet = await watching.receive_nothing(timeout=1)
        await new.disconnect()
        await watching.disconnect()
        return quiet

    assert async_to_sync(scenario)(), "the patient is back: 'reconnecting' would be wrong"


def test_speech_lost_during_a_drop_is_a_stored_audited_gap_everyone_sees(
        live_visit: Visit) -> None:  # noqa: F811
    clinician, patient = person(live_visit, "clinician"), person(live_visit, "patient")

    async def scenario() -> tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]:
        watching, back = connect(live_visit.pk, clinician), connect(live_visit.pk, patient)
        await open_and_read(watching)
        await open_and_read(back)
        await back.send_to(text_data=json.dumps({"type": "audio_lost", "duration_ms": 4_200}))
        to_clinician = await events_of(watching, "gap")
        to_patient = await events_of(back, "gap")
        refused = []
        for bad in (0, 600_001, "4200", None):
            await back.send_to(text_data=json.dumps({"type": "audio_lost", "duration_ms": bad}))
            refused.append(await events_of(back, "error"))
        await back.disconnect()
        await watching.disconnect()
        return to_clinician, to_patient, refused

    to_clinician, to_patient, refused = async_to_sync(scenario)()
    patient = person(live_visit, "patient")
    assert to_clinician == to_patient == {"type": "gap", "seq": 1, "speaker_id": patient.pk,
                                          "reason": "network"}
    assert all(e["code"] == "bad_message" for e in refused)
    gap = Segment.objects.get(visit=live_visit)
    assert (gap.seq, gap.kind, gap.gap_reason, gap.speaker_id) == (1, "gap", "network",
                                                                    patient.pk)
    assert round(gap.end_s - gap.start_s, 1) == 4.2
    entry = AuditEntry.objects.get(event=AuditEvent.SEGMENT_GAP)
    assert entry.metadata["reason"] == "network" and entry.metadata["seq"] == 1


def test_failed_speech_is_told_to_the_listeners_of_that_language_only(
        live_visit: Visit) -> None:  # noqa: F811
    clinician, patient = person(live_visit, "clinician"), person(live_visit, "patient")

    async def scenario() -> tuple[dict[str, Any], bool]:
        speaker, listener = connect(live_visit.pk, clinician), connect(live_visit.pk, patient)
        await open_and_read(speaker)
        await open_and_read(listener)
        await events_of(speaker, "presence")  # the listener arrived
        await get_channel_layer().group_send(group_name(live_visit.pk), {
            "type": "visit.speech_failed", "seq": 7, "speaker_id": clinician.pk,
            "language": "es", "reason": "stale"})
        told = await events_of(listener, "speech_failed")
        speaker_quiet = await speaker.receive_nothing(timeout=1)
        await speaker.disconnect()
        await listener.disconnect()
        return told, speaker_quiet

    told, speaker_quiet = async_to_sync(scenario)()
    assert told == {"type": "speech_failed", "seq": 7, "language": "es", "reason": "stale"}
    assert speaker_quiet


def test_a_client_that_pings_and_goes_quiet_is_closed_and_the_others_told(
        live_visit: Visit, monkeypatch: Any) -> None:  # noqa: F811
    """A phone that lost its network leaves its TCP connection open: the server notices the
    missing pings itself (``limits.SILENT_AFTER_S``), closes it (``silent``) and tells the
    others the patient is reconnecting; the leave is audited with that code."""
    from interpretation import limits
    from interpretation.protocol import CLOSE

    monkeypatch.setattr(limits, "SILENT_AFTER_S", 0.5)
    monkeypatch.setattr(limits, "HEARTBEAT_PROVEN_S", 0.2)
    clinician, patient = person(live_visit, "clinician"), person(live_visit, "patient")

    async def scenario() -> tuple[int, dict[str, Any]]:
        watching = connect(live_visit.pk, clinician)
        await open_and_read(watching)
        quiet = connect(live_visit.pk, patient)
        await open_and_read(quiet)
        await events_of(watching, "presence")  # connected
        for ping in range(3):  # a steady heartbeat, then nothing
            await quiet.send_to(text_data=json.dumps({"type": "ping", "id": str(ping)}))
            await asyncio.sleep(0.15)
        while (closed := await quiet.receive_output(timeout=5))["type"] != "websocket.close":
            pass  # its pongs
        await quiet.disconnect(code=1006)  # the peer is gone: Daphne reports no close frame
        told = await events_of(watching, "presence")
        await watching.disconnect()
        return int(closed["code"]), told

    code, told = async_to_sync(scenario)()
    assert code == CLOSE["silent"]
    assert (told["participant_id"], told["state"]) == (patient.pk, "reconnecting")
    [left] = AuditEntry.objects.filter(event=AuditEvent.LIVE_DISCONNECTED,
                                       actor_id=patient.pk)
    assert (left.metadata["code"], left.metadata["server_code"]) == (1006, CLOSE["silent"])


def test_the_first_reason_to_close_stands() -> None:
    """A silent client's 4499 that comes after the visit ended (4410) or consent was revoked
    (4451) must not make that close a drop ('reconnecting', its last words interpreted)."""
    from interpretation.consumer import VisitConsumer

    consumer = VisitConsumer()
    sent: list[dict[str, Any]] = []

    async def base_send(message: dict[str, Any]) -> None:
        sent.append(message)

    consumer.base_send = base_send

    async def scenario() -> None:
        await consumer.close(code=4410)
        await consumer.close(code=4499)

    async_to_sync(scenario)()
    assert consumer.closed_with == 4410


def test_a_connection_whose_handler_raised_stops_marking_its_participant(
        live_visit: Visit, monkeypatch: Any) -> None:  # noqa: F811
    """Channels ends a consumer whose handler raised without calling ``disconnect``: its
    marks must stop too, or its visit counts as attended for ever."""
    from interpretation import consumer
    from telehealth.models import Participant

    async def broken(self: Any, text: str) -> None:
        raise RuntimeError("a bug in a handler")

    monkeypatch.setattr(consumer, "LIVE_SEEN_EVERY_S", 0.1)
    monkeypatch.setattr(consumer.VisitConsumer, "_control", broken)
    patient = person(live_visit, "patient")

    async def marks_after_the_crash() -> tuple[Any, Any]:
        crashing = connect(live_visit.pk, patient)
        await open_and_read(crashing)
        await crashing.send_to(text_data=json.dumps({"type": "ping", "id": "1"}))
        with contextlib.suppress(RuntimeError):
            await crashing.receive_output(timeout=2)  # the application's error
        await asyncio.sleep(0.3)
        first = await Participant.objects.values_list("live_seen_at", flat=True).aget(
            pk=patient.pk)
        await asyncio.sleep(0.5)
        return first, await Participant.objects.values_list(
            "live_seen_at", flat=True).aget(pk=patient.pk)

    first, later = async_to_sync(marks_after_the_crash)()
    assert first is not None and later == first


def test_a_client_that_pinged_only_to_measure_is_not_held_to_pings(
        live_visit: Visit, monkeypatch: Any) -> None:  # noqa: F811
    """A client written from the protocol may ping once or twice, then only listen: it
    stays."""
    from interpretation import limits

    monkeypatch.setattr(limits, "SILENT_AFTER_S", 0.3)
    patient = person(live_visit, "patient")

    async def scenario() -> bool:
        listening = connect(live_visit.pk, patient)
        await open_and_read(listening)
        for ping in range(2):
            await listening.send_to(text_data=json.dumps({"type": "ping", "id": str(ping)}))
            await listening.receive_from()
        stayed = await listening.receive_nothing(timeout=1.5)
        await listening.send_to(text_data=json.dumps({"type": "ping", "id": "late"}))
        pong = json.loads(await listening.receive_from())
        await listening.disconnect()
        return stayed and pong == {"type": "pong", "id": "late"}

    assert async_to_sync(scenario)()


def test_the_heartbeat_holds_only_a_steady_pinger_and_counts_from_its_last_frame() -> None:
    from interpretation.limits import (
        HEARTBEAT_GAP_MAX_S,
        HEARTBEAT_PROVEN_S,
        SILENT_AFTER_S,
        Heartbeat,
    )

    heartbeat = Heartbeat(now=100.0)
    assert heartbeat.silent_in(500.0) is None  # never pinged: never silent
    for at in (101.0, 101.2, 101.4):  # a few pings to measure the round trip
        heartbeat.heard(at, ping=True)
    assert heartbeat.silent_in(500.0) is None
    at, step = 200.0, HEARTBEAT_GAP_MAX_S - 0.5
    while at < 200.0 + HEARTBEAT_PROVEN_S:  # steady, like the page's pings
        heartbeat.heard(at, ping=True)
        assert heartbeat.silent_in(at) is None  # not proven yet
        at += step
    heartbeat.heard(at, ping=True)
    assert heartbeat.silent_in(at) == SILENT_AFTER_S
    heartbeat.heard(at)  # an audio frame: still alive
    assert heartbeat.silent_in(at + 1.0) == SILENT_AFTER_S - 1.0
    assert heartbeat.silent_in(at + SILENT_AFTER_S + 1) == 0.0


def test_an_open_connection_keeps_marking_its_participant_connected(
        live_visit: Visit, monkeypatch: Any) -> None:  # noqa: F811
    """What ``Visit.abandoned`` reads, since a killed server never audits its leaves."""
    from django.utils import timezone

    from interpretation import consumer
    from telehealth.models import Participant

    monkeypatch.setattr(consumer, "LIVE_SEEN_EVERY_S", 0.2)
    patient = person(live_visit, "patient")
    before = timezone.now()

    async def scenario() -> list[Any]:
        marks = []
        connected = connect(live_visit.pk, patient)
        await open_and_read(connected)
        for _ in range(2):
            await connected.receive_nothing(timeout=0.5)
            marks.append(await Participant.objects.values_list(
                "live_seen_at", flat=True).aget(pk=patient.pk))
        await connected.disconnect()
        return marks

    first, second = async_to_sync(scenario)()
    assert before < first < second
