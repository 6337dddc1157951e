"""Who is here, what was lost on the way, and speech that will not come (issue 12, defect 1,
server side; docs/protocol.md): ``presence``, ``leave``, ``audio_lost`` and
``speech_failed``, through the real ASGI application."""

from __future__ import annotations

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
