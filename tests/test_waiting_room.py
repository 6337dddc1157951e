"""The waiting room: the patient's page calls in while the visit is scheduled; the clinician
sees on the visit list and the visit page who is waiting; the patient reads that the
clinician will be with them shortly, in their language. An arrival is audited once."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.test import Client

from audit.events import AuditEvent
from telehealth import services
from telehealth.models import Participant, User, Visit
from telehealth.models.visits import WAITING_EXPIRES_S
from tests.conftest import entries, verified_client
from tests.test_pages import patient_client

pytestmark = pytest.mark.django_db


def call_in(client: Client, visit: Visit) -> dict[str, object]:
    response = client.post(f"/visit/{visit.pk}/waiting/")
    assert response.status_code == 200, response.content
    answer: dict[str, object] = json.loads(response.content)
    return answer


def who_is_waiting(clinician: User) -> dict[str, list[dict[str, str]]]:
    response = verified_client(clinician, Client).get("/visits/waiting/")
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    answer: dict[str, list[dict[str, str]]] = json.loads(response.content)["visits"]
    return answer


def go_quiet(participant: Participant, seconds: float = WAITING_EXPIRES_S + 1) -> None:
    """As if the waiting page had stopped calling in that long ago."""
    participant.refresh_from_db()
    assert participant.waiting_seen_at is not None
    Participant.objects.filter(pk=participant.pk).update(
        waiting_seen_at=participant.waiting_seen_at - timedelta(seconds=seconds))


def test_the_clinician_sees_who_is_waiting(clinician: User, visit: Visit,
                                           patient_participant: Participant) -> None:
    assert who_is_waiting(clinician) == {}
    assert call_in(patient_client(patient_participant), visit)["status"] == "scheduled"
    [waiting] = who_is_waiting(clinician)[str(visit.pk)]
    assert waiting["role"] == "Patient" and waiting["since"]

    client = verified_client(clinician, Client)
    for page in (client.get("/visits/"), client.get(f"/visits/{visit.pk}/")):
        badge = page.content.decode().split(f'data-waiting-for="{visit.pk}"')[1].split(">")[0]
        assert "hidden" not in badge
        assert "Waiting: Patient" in page.content.decode()


def test_nobody_waits_once_the_page_stops_calling_in(clinician: User, visit: Visit,
                                                    patient_participant: Participant) -> None:
    call_in(patient_client(patient_participant), visit)
    go_quiet(patient_participant)
    assert who_is_waiting(clinician) == {}
    page = verified_client(clinician, Client).get("/visits/").content.decode()
    assert page.split(f'data-waiting-for="{visit.pk}"')[1].split(">")[0].strip().endswith(
        "hidden")


def test_an_arrival_is_audited_once_not_every_call(visit: Visit,
                                                   patient_participant: Participant) -> None:
    client = patient_client(patient_participant)
    for _ in range(3):
        call_in(client, visit)
    [arrived] = entries(AuditEvent.VISIT_VIEWED, visit_id=visit.pk, actor_kind="participant")
    assert arrived.actor_id == patient_participant.pk
    assert arrived.metadata == {"via": "waiting_room"}
    go_quiet(patient_participant)  # left, and came back: a second arrival
    call_in(client, visit)
    assert len(entries(AuditEvent.VISIT_VIEWED, actor_kind="participant")) == 2


def test_a_started_visit_has_no_waiting_room(clinician: User, visit: Visit,
                                             patient_participant: Participant) -> None:
    client = patient_client(patient_participant)
    call_in(client, visit)
    services.visit_transition(visit=visit, actor=clinician, event=AuditEvent.VISIT_STARTED)
    assert call_in(client, visit)["status"] == "live"  # the page moves on into the visit
    assert who_is_waiting(clinician) == {}
    assert len(entries(AuditEvent.VISIT_VIEWED, actor_kind="participant")) == 1


def test_another_clinician_does_not_see_my_waiting_room(
        other_clinician: User, visit: Visit, patient_participant: Participant) -> None:
    call_in(patient_client(patient_participant), visit)
    assert who_is_waiting(other_clinician) == {}


def test_calling_in_needs_the_invitation_session_and_a_post(
        visit: Visit, patient_participant: Participant) -> None:
    assert Client().post(f"/visit/{visit.pk}/waiting/").status_code == 403
    assert entries(AuditEvent.ACCESS_DENIED, visit_id=visit.pk,
                   metadata__reason="no_invitation_session")
    assert patient_client(patient_participant).get(
        f"/visit/{visit.pk}/waiting/").status_code == 405
    patient_participant.refresh_from_db()
    assert patient_participant.waiting_seen_at is None


def test_calling_in_is_protected_from_cross_site_requests(
        visit: Visit, patient_participant: Participant) -> None:
    client = patient_client(patient_participant)
    client.handler.enforce_csrf_checks = True  # type: ignore[attr-defined]
    assert client.post(f"/visit/{visit.pk}/waiting/").status_code == 403


def test_who_is_waiting_is_for_clinicians(compliance_officer: User) -> None:
    assert verified_client(compliance_officer, Client).get("/visits/waiting/").status_code == 403
    assert Client().get("/visits/waiting/").status_code == 302


def test_the_patient_reads_that_the_clinician_will_be_with_them_shortly(
        clinician: User, visit: Visit, patient_participant: Participant) -> None:
    client = patient_client(patient_participant)
    client.post(f"/visit/{visit.pk}/consent/", {"interpretation": "granted"})
    page = client.get(f"/visit/{visit.pk}/").content.decode()
    assert 'id="waiting-room"' in page
    assert "Su profesional de salud le atenderá en breve." in page
    assert f'data-url="/visit/{visit.pk}/waiting/"' in page
    services.visit_transition(visit=visit, actor=clinician, event=AuditEvent.VISIT_STARTED)
    assert 'id="waiting-room"' not in client.get(f"/visit/{visit.pk}/").content.decode()
