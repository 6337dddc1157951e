"""Nothing a signed-in person sees may be kept by a browser or a proxy on a shared clinic
workstation: every response to a request with credentials says ``no-store`` (issue 12,
defect 12)."""

from __future__ import annotations

import pytest
from django.http.response import HttpResponseBase
from django.test import Client
from rest_framework.test import APIClient

from interpretation import tokens
from telehealth.models import Participant, Patient, User, Visit
from tests.conftest import verified_client
from tests.test_pages import patient_client

pytestmark = pytest.mark.django_db


def never_stored(response: HttpResponseBase) -> bool:
    directives = {d.strip() for d in response.get("Cache-Control", "").split(",")}
    return "no-store" in directives and "public" not in directives


def test_a_patient_record_is_never_stored(clinician: User, patient: Patient) -> None:
    response = verified_client(clinician, Client).get(f"/api/patients/{patient.pk}/")
    assert response.status_code == 200 and response.json()["given_name"]
    assert never_stored(response)


@pytest.mark.parametrize("path", ["/visits/", "/visits/{visit}/", "/api/visits/",
                                  "/api/visits/{visit}/", "/api/visits/{visit}/consents/",
                                  "/api/visits/99999/"])
def test_every_clinician_response_is_never_stored(clinician: User, visit: Visit,
                                                  path: str) -> None:
    response = verified_client(clinician, Client).get(path.format(visit=visit.pk))
    assert response.status_code in (200, 404)
    assert never_stored(response)


def test_the_live_page_is_never_stored(clinician: User, visit: Visit) -> None:
    client = verified_client(clinician, Client)
    me = visit.participants.get(role="clinician")
    client.post(f"/visits/{visit.pk}/consent/", {"participant_id": me.pk,
                                                  "scope": "interpretation",
                                                  "decision": "granted"})
    client.post(f"/visits/{visit.pk}/start/")
    page = client.get(f"/visits/{visit.pk}/live/")
    assert page.status_code == 200 and never_stored(page)


def test_the_patients_pages_are_never_stored(patient_participant: Participant) -> None:
    client = patient_client(patient_participant)
    for path in (f"/visit/{patient_participant.visit_id}/",
                 f"/api/visits/{patient_participant.visit_id}/consents/"):
        response = client.get(path)
        assert response.status_code == 200
        assert never_stored(response), path


def test_a_headless_clients_responses_are_never_stored(patient_participant: Participant) -> None:
    token = tokens.issue(patient_participant.pk, patient_participant.visit_id)
    response = APIClient().get(f"/api/visits/{patient_participant.visit_id}/consents/",
                               HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 200 and never_stored(response)


def test_an_admin_page_is_never_stored(admin_user: User) -> None:
    response = verified_client(admin_user, Client).get("/admin/")
    assert response.status_code == 200 and never_stored(response)


def test_a_public_page_without_credentials_is_left_alone() -> None:
    response = Client().get("/signin/")
    assert response.status_code == 200
    assert not never_stored(response)
