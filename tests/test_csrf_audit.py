"""Every CSRF refusal is audited under the caller's identity (issue 12, defect 11): the
portal's refusals left no entry, the API's said ``anonymous`` for a signed-in session."""

from __future__ import annotations

import pytest
from django.test import Client
from rest_framework.test import APIClient

from audit.events import AuditEvent
from audit.models import AuditEntry
from telehealth.models import Participant, User, Visit, VisitStatus
from tests.conftest import verified_client

pytestmark = pytest.mark.django_db


def _csrf_refusals() -> list[AuditEntry]:
    return list(AuditEntry.objects.filter(event=AuditEvent.ACCESS_DENIED,
                                          metadata__reason="csrf"))


def _strict(client: Client) -> Client:
    """The client as a browser on another site would post: no CSRF token."""
    client.handler.enforce_csrf_checks = True
    return client


def test_a_portal_post_without_a_token_is_refused_and_audited_as_the_clinician(
    clinician: User, visit: Visit
) -> None:
    browser = _strict(verified_client(clinician, Client))
    response = browser.post(f"/visits/{visit.pk}/cancel/")
    assert response.status_code == 403
    visit.refresh_from_db()
    assert visit.status == VisitStatus.SCHEDULED  # nothing happened
    [refusal] = _csrf_refusals()
    assert (refusal.actor_kind, refusal.actor_id) == ("user", clinician.pk)
    assert refusal.visit_id == visit.pk
    assert refusal.outcome == "denied"


def test_a_patient_page_post_without_a_token_is_audited_as_the_participant(
    visit: Visit, patient_participant: Participant, patient_client: APIClient
) -> None:
    response = _strict(patient_client).post(f"/visit/{visit.pk}/consent/",
                                            {"interpretation": "granted"}, format="multipart")
    assert response.status_code == 403
    [refusal] = _csrf_refusals()
    assert (refusal.actor_kind, refusal.actor_id) == ("participant", patient_participant.pk)


def test_an_anonymous_post_without_a_token_is_audited_as_anonymous() -> None:
    response = _strict(Client()).post("/signin/", {"username": "x", "password": "y"})
    assert response.status_code == 403
    [refusal] = _csrf_refusals()
    assert (refusal.actor_kind, refusal.actor_id) == ("anonymous", None)


def test_an_api_post_without_a_token_is_audited_as_the_signed_in_clinician(
    clinician: User, visit: Visit
) -> None:
    api = _strict(verified_client(clinician, APIClient))
    response = api.post(f"/api/visits/{visit.pk}/cancel/", format="json")
    assert response.status_code == 403
    visit.refresh_from_db()
    assert visit.status == VisitStatus.SCHEDULED
    [refusal] = _csrf_refusals()
    assert (refusal.actor_kind, refusal.actor_id) == ("user", clinician.pk)
    assert refusal.visit_id == visit.pk
    assert not AuditEntry.objects.filter(actor_kind="anonymous").exists()  # once, not twice


def test_an_api_post_without_a_token_is_audited_as_the_participant(
    visit: Visit, patient_participant: Participant, patient_client: APIClient
) -> None:
    response = _strict(patient_client).post(
        f"/api/visits/{visit.pk}/interpreter-requests/", format="json")
    assert response.status_code == 403
    [refusal] = _csrf_refusals()
    assert (refusal.actor_kind, refusal.actor_id) == ("participant", patient_participant.pk)
