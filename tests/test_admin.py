"""The admin site: audit entries read-only, clinical records read-only and audited."""

from __future__ import annotations

import pytest
from django.test import Client

from audit.events import SYSTEM, AuditEvent
from audit.models import AuditEntry
from telehealth.models import Patient, User, Visit
from tests.conftest import entries, verified_client

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client_verified(admin_user: User) -> Client:
    return verified_client(admin_user, Client)


def test_audit_entries_can_be_read_but_not_added(admin_client_verified: Client) -> None:
    entry = AuditEntry.objects.record(AuditEvent.VISIT_VIEWED, actor=SYSTEM)
    page = admin_client_verified.get(f"/admin/audit/auditentry/{entry.pk}/change/")
    assert page.status_code == 200
    assert admin_client_verified.get("/admin/audit/auditentry/add/").status_code == 403


def test_audit_entries_cannot_be_deleted_in_the_admin(admin_client_verified: Client) -> None:
    entry = AuditEntry.objects.record(AuditEvent.VISIT_VIEWED, actor=SYSTEM)
    response = admin_client_verified.post(f"/admin/audit/auditentry/{entry.pk}/delete/",
                                          {"post": "yes"})
    assert response.status_code == 403
    assert AuditEntry.objects.filter(pk=entry.pk).exists()


def test_audit_entries_cannot_be_changed_in_the_admin(admin_client_verified: Client) -> None:
    entry = AuditEntry.objects.record(AuditEvent.VISIT_VIEWED, actor=SYSTEM)
    admin_client_verified.post(f"/admin/audit/auditentry/{entry.pk}/change/",
                               {"event": AuditEvent.SIGNIN})
    entry.refresh_from_db()
    assert entry.event == AuditEvent.VISIT_VIEWED


def test_the_patient_list_shows_no_identifiers(
    admin_client_verified: Client, patient: Patient
) -> None:
    page = admin_client_verified.get("/admin/telehealth/patient/").content.decode()
    assert "1 patient" in page  # the record is listed...
    for identifier in ("Rosa", "Synthetica", "1961-03-14", "MRN-555-0199"):
        assert identifier not in page  # ...without who it is


def test_opening_a_patient_record_in_the_admin_is_audited(
    admin_client_verified: Client, patient: Patient, admin_user: User
) -> None:
    page = admin_client_verified.get(f"/admin/telehealth/patient/{patient.pk}/change/")
    assert "Rosa" not in page.content.decode()
    [entry] = entries(AuditEvent.PATIENT_VIEWED)
    assert (entry.actor_id, entry.patient_id, entry.metadata) == (
        admin_user.pk, patient.pk, {"via": "admin"})


def test_opening_a_visit_in_the_admin_is_audited(
    admin_client_verified: Client, visit: Visit
) -> None:
    admin_client_verified.get(f"/admin/telehealth/visit/{visit.pk}/change/")
    assert entries(AuditEvent.VISIT_VIEWED)[0].visit_id == visit.pk
