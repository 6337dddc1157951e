"""Visits through the JSON API: each clinician sees only their own, and every refusal
is audited."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from audit.events import AuditEvent, Outcome
from telehealth.models import Patient, User, Visit, VisitStatus
from tests.conftest import entries, verified_client

pytestmark = pytest.mark.django_db


def test_a_clinician_registers_a_patient_and_schedules_a_visit(clinician_client: APIClient) -> None:
    patient = clinician_client.post("/api/patients/", {
        "given_name": "Luis", "family_name": "Synthetico", "date_of_birth": "1970-05-06",
        "preferred_language": "es"}, format="json")
    assert patient.status_code == 201
    visit = clinician_client.post("/api/visits/", {
        "patient_id": patient.json()["id"], "scheduled_for": "2026-12-01T10:00:00Z",
        "clinician_language": "en"}, format="json")
    assert visit.status_code == 201
    body = visit.json()
    assert body["status"] == "scheduled"
    assert sorted((p["role"], p["language"]) for p in body["participants"]) == [
        ("clinician", "en"), ("patient", "es")]


def test_scheduling_is_audited_without_names(clinician_client: APIClient, patient: Patient) -> None:
    clinician_client.post("/api/visits/", {"patient_id": patient.pk,
                                           "scheduled_for": "2026-12-01T10:00:00Z",
                                           "clinician_language": "en"}, format="json")
    [entry] = entries(AuditEvent.VISIT_CREATED)
    assert entry.patient_id == patient.pk
    assert "Rosa" not in str(entry.canonical_fields())


def test_the_list_holds_only_the_clinicians_own_visits(
    visit: Visit, other_clinician_client: APIClient
) -> None:
    assert other_clinician_client.get("/api/visits/").json() == []


def test_another_clinicians_visit_answers_404(
    visit: Visit, other_clinician_client: APIClient, other_clinician: User
) -> None:
    assert other_clinician_client.get(f"/api/visits/{visit.pk}/").status_code == 404
    [entry] = entries(AuditEvent.ACCESS_DENIED)
    assert (entry.visit_id, entry.actor_id, entry.outcome) == (
        visit.pk, other_clinician.pk, Outcome.DENIED)


def test_another_clinicians_visit_cannot_be_ended(
    visit: Visit, other_clinician_client: APIClient
) -> None:
    assert other_clinician_client.post(f"/api/visits/{visit.pk}/end/").status_code == 404
    visit.refresh_from_db()
    assert visit.status == VisitStatus.SCHEDULED
    assert len(entries(AuditEvent.ACCESS_DENIED)) == 1


def test_another_clinicians_patient_answers_404(
    patient: Patient, other_clinician_client: APIClient
) -> None:
    assert other_clinician_client.get(f"/api/patients/{patient.pk}/").status_code == 404
    assert entries(AuditEvent.ACCESS_DENIED)[0].patient_id == patient.pk


def test_a_visit_cannot_be_scheduled_for_another_clinicians_patient(
    patient: Patient, other_clinician_client: APIClient
) -> None:
    response = other_clinician_client.post("/api/visits/", {
        "patient_id": patient.pk, "scheduled_for": "2026-12-01T10:00:00Z",
        "clinician_language": "en"}, format="json")
    assert response.status_code == 404
    assert not Visit.objects.filter(clinician__username="dr.other").exists()


def test_reading_a_patient_record_is_audited(patient: Patient, clinician_client: APIClient) -> None:
    response = clinician_client.get(f"/api/patients/{patient.pk}/")
    assert response.json()["given_name"] == "Rosa"
    assert len(entries(AuditEvent.PATIENT_VIEWED, patient_id=patient.pk)) == 1


def test_a_compliance_officer_cannot_read_visits(visit: Visit, compliance_officer: User) -> None:
    client = verified_client(compliance_officer)
    assert client.get(f"/api/visits/{visit.pk}/").status_code == 403
    assert entries(AuditEvent.ACCESS_DENIED)[0].actor_role == "compliance"


def test_an_outsider_is_refused_and_audited(visit: Visit, outsider_client: APIClient) -> None:
    assert outsider_client.get(f"/api/visits/{visit.pk}/").status_code == 403
    [entry] = entries(AuditEvent.ACCESS_DENIED)
    assert (entry.actor_kind, entry.visit_id) == ("anonymous", visit.pk)


def test_a_visit_starts_and_ends(visit: Visit, clinician_client: APIClient) -> None:
    assert clinician_client.post(f"/api/visits/{visit.pk}/start/").json()["status"] == "live"
    ended = clinician_client.post(f"/api/visits/{visit.pk}/end/").json()
    assert ended["status"] == "ended"
    assert ended["ended_at"] is not None
    assert [e.event for e in entries(AuditEvent.VISIT_STARTED)
            + entries(AuditEvent.VISIT_ENDED)] == ["visit.started", "visit.ended"]


def test_an_ended_visit_cannot_restart(visit: Visit, clinician_client: APIClient) -> None:
    clinician_client.post(f"/api/visits/{visit.pk}/end/")
    response = clinician_client.post(f"/api/visits/{visit.pk}/start/")
    assert response.status_code == 409
    assert response.json()["code"] == "invalid_status"


def test_a_family_member_can_be_added(visit: Visit, clinician_client: APIClient) -> None:
    response = clinician_client.post(f"/api/visits/{visit.pk}/participants/",
                                     {"role": "family", "language": "es"}, format="json")
    assert response.status_code == 201
    assert visit.participants.count() == 3


def test_a_second_patient_cannot_be_added(visit: Visit, clinician_client: APIClient) -> None:
    response = clinician_client.post(f"/api/visits/{visit.pk}/participants/",
                                     {"role": "patient", "language": "es"}, format="json")
    assert response.status_code == 400


def test_the_openapi_schema_is_served(clinician_client: APIClient) -> None:
    schema = clinician_client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert schema.status_code == 200
    paths = schema.json()["paths"]
    assert {"/api/auth/signin/", "/api/visits/", "/api/visits/{visit_id}/join/",
            "/api/visits/{visit_id}/consents/", "/api/visits/{visit_id}/end/"} <= set(paths)
    [visit_id] = [p for p in paths["/api/visits/{visit_id}/"]["get"]["parameters"]
                  if p["name"] == "visit_id"]
    assert visit_id["schema"]["type"] == "integer" and visit_id["schema"]["maximum"] == 2**63 - 1
