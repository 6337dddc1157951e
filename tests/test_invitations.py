"""Patient invitations: single use, expiring, bound to one visit, stored hashed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone
from rest_framework.test import APIClient

from audit.events import AuditEvent
from audit.models import AuditEntry
from telehealth import services
from telehealth.models import Invitation, Language, Participant, User, Visit

pytestmark = pytest.mark.django_db


def join(visit_id: int, token: str, client: APIClient | None = None) -> tuple[int, dict]:
    response = (client or APIClient()).post(f"/api/visits/{visit_id}/join/", {"token": token},
                                            format="json")
    return response.status_code, response.json()


@pytest.fixture
def token(patient_participant: Participant, clinician: User) -> str:
    return services.invitation_create(participant=patient_participant, actor=clinician)[1]


def test_a_clinician_invites_the_patient(visit: Visit, clinician_client: APIClient) -> None:
    response = clinician_client.post(f"/api/visits/{visit.pk}/invitations/", {}, format="json")
    assert response.status_code == 201
    body = response.json()
    assert body["join_url"].endswith(f"/join/{visit.pk}/#{body['token']}")


def test_joining_shows_the_consent_texts_in_the_patients_language(visit: Visit, token: str) -> None:
    status, body = join(visit.pk, token)
    assert status == 200
    assert body["participant"]["role"] == "patient"
    assert {t["scope"] for t in body["consent_texts"]} == {
        "interpretation", "transcript", "voice_cloning"}
    assert {t["language"] for t in body["consent_texts"]} == {"es"}


def test_the_joined_session_can_read_its_visit(visit: Visit, token: str) -> None:
    client = APIClient()
    join(visit.pk, token, client)
    assert client.get(f"/api/visits/{visit.pk}/").json()["id"] == visit.pk


def test_an_invitation_works_only_once(visit: Visit, token: str) -> None:
    join(visit.pk, token)
    status, body = join(visit.pk, token)
    assert (status, body["reason"]) == (403, "already_used")
    assert entries_reason() == ["already_used"]


def test_an_expired_invitation_is_refused(visit: Visit, token: str) -> None:
    Invitation.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    status, body = join(visit.pk, token)
    assert (status, body["reason"]) == (403, "expired")
    assert entries_reason() == ["expired"]


def test_an_invitation_for_another_visit_is_refused(
    visit: Visit, token: str, clinician: User, english: Language
) -> None:
    other = services.visit_create(clinician=clinician, patient=visit.patient,
                                  scheduled_for=timezone.now(), clinician_language=english)
    status, body = join(other.pk, token)
    assert (status, body["reason"]) == (403, "invalid")
    assert entries_reason() == ["wrong_visit"]
    assert Invitation.objects.get().used_at is None  # still good for its own visit


def test_a_made_up_token_is_refused(visit: Visit) -> None:
    status, _ = join(visit.pk, "not-a-token")
    assert status == 403
    assert entries_reason() == ["unknown_token"]


def test_an_invitation_to_an_ended_visit_is_refused(
    visit: Visit, token: str, clinician: User
) -> None:
    services.visit_transition(visit=visit, actor=clinician, event=AuditEvent.VISIT_ENDED)
    status, _ = join(visit.pk, token)
    assert status == 403


def test_a_new_invitation_retires_the_old_one(
    visit: Visit, token: str, patient_participant: Participant, clinician: User
) -> None:
    _, fresh = services.invitation_create(participant=patient_participant, actor=clinician)
    assert join(visit.pk, token)[0] == 403
    assert join(visit.pk, fresh)[0] == 200


def test_only_the_tokens_hash_is_stored(token: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT token_hash FROM telehealth_invitation")
        [(stored,)] = cursor.fetchall()
    assert token not in stored
    assert len(stored) == 64


def test_joining_is_audited_as_the_participant(
    visit: Visit, token: str, patient_participant: Participant
) -> None:
    join(visit.pk, token)
    entry = Invitation.objects.get()
    joined = AuditEntry.objects.get(event=AuditEvent.PARTICIPANT_JOINED)
    assert (joined.actor_kind, joined.actor_id, joined.subject_id) == (
        "participant", patient_participant.pk, entry.pk)


def entries_reason() -> list[str]:
    return [e.metadata["reason"]
            for e in AuditEntry.objects.filter(event=AuditEvent.INVITATION_REFUSED)]


def test_joining_on_a_staff_browser_leaves_only_the_participant(
    visit: Visit, token: str, clinician_client: APIClient
) -> None:
    status, _ = join(visit.pk, token, clinician_client)
    assert status == 200
    assert clinician_client.get("/api/visits/").status_code == 403  # no longer the clinician
    assert clinician_client.get(f"/api/visits/{visit.pk}/").status_code == 200  # the patient
    assert len(AuditEntry.objects.filter(event=AuditEvent.SIGNOUT)) == 1
