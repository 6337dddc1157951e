"""The compliance export as FHIR: a Bundle of AuditEvent resources that keeps R4's rules
(issue 12, defect 7).

Structure is checked by ``fhir.resources``' R4B models (R4B changed neither Bundle nor
AuditEvent from R4; the package's R4-only releases need pydantic 1). Those models check
types and cardinality but not FHIR's invariants, so the ones this export relies on are
asserted here from the specification's text:

- bdl-1: ``total`` only when the type is ``searchset`` or ``history``;
- bdl-2/3/4: ``entry.search``, ``entry.request``, ``entry.response`` only in the bundle
  types that have them (none of them in a ``collection``);
- bdl-7: each ``fullUrl`` unique; ours is a ``urn:uuid:`` so it is absolute and never a
  version-specific RESTful URL (bdl-8);
- ele-1: every element has a value or children (no empty strings, lists or objects);
- AuditEvent: ``type``, ``recorded``, ``agent`` (each with ``requestor``) and
  ``source.observer`` present; sev-1: an entity has a name or a query, not both.
And ours: each entity names a record once.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from django.test import Client
from fhir.resources.R4B.bundle import Bundle

from audit.events import SYSTEM, Actor, AuditEvent, Outcome
from audit.models import AuditEntry
from telehealth import services
from telehealth.models import (
    CaptureMethod,
    ConsentDecision,
    ConsentScope,
    ConsentText,
    Participant,
    User,
    Visit,
)
from tests.conftest import verified_client

pytestmark = pytest.mark.django_db

_UUID_URN = re.compile(r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@pytest.fixture
def trail(visit: Visit, patient_participant: Participant, clinician: User,
          other_clinician: User) -> int:
    """A varied trail: created records, a consent, a refusal, a system entry."""
    services.consent_record(
        participant=patient_participant, scope=ConsentScope.INTERPRETATION,
        decision=ConsentDecision.GRANTED, captured_via=CaptureMethod.CLINICIAN_ATTESTED,
        consent_text=ConsentText.objects.get(scope="interpretation", language_id="es"),
        recorded_by=clinician, actor=Actor.for_user(clinician))
    services.access_denied(Actor.for_user(other_clinician), reason="not_found_or_not_yours",
                           visit_id=visit.pk)
    services.invitation_create(participant=patient_participant, actor=clinician)
    AuditEntry.objects.record(AuditEvent.AUDIT_VERIFIED, actor=SYSTEM, outcome=Outcome.OK,
                              count=3)
    return AuditEntry.objects.count()


def export(compliance_officer: User, **filters: Any) -> dict[str, Any]:
    response = verified_client(compliance_officer, Client).get("/compliance/export.json",
                                                               filters)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/fhir+json"
    bundle: dict[str, Any] = json.loads(response.content)
    return bundle


def _empty_elements(value: Any, where: str = "") -> list[str]:
    """Paths of elements with neither a value nor children (ele-1)."""
    if value in ("", [], {}, None):
        return [where or "/"]
    if isinstance(value, dict):
        return [p for key, item in value.items() for p in _empty_elements(item, f"{where}/{key}")]
    if isinstance(value, list):
        return [p for i, item in enumerate(value) for p in _empty_elements(item, f"{where}/{i}")]
    return []


def test_the_export_parses_as_a_fhir_bundle_of_audit_events(compliance_officer: User,
                                                            trail: int) -> None:
    bundle = export(compliance_officer)
    parsed = Bundle.parse_obj(bundle)  # raises on any structural error
    assert parsed.type == "collection"
    entries: list[Any] = parsed.entry  # typed by the package as its field type, not the model
    assert len(entries) == trail + 1  # the export's own entry is written before the read
    assert {entry.resource.resource_type for entry in entries} == {"AuditEvent"}


def test_a_collection_keeps_the_bundle_invariants(compliance_officer: User, trail: int) -> None:
    bundle = export(compliance_officer)
    assert bundle["type"] == "collection"
    assert "total" not in bundle  # bdl-1
    full_urls = [entry["fullUrl"] for entry in bundle["entry"]]
    assert len(set(full_urls)) == len(full_urls) == trail + 1  # bdl-7
    assert all(_UUID_URN.match(url) for url in full_urls)
    for entry in bundle["entry"]:
        assert not {"search", "request", "response"} & set(entry)  # bdl-2, bdl-3, bdl-4
    assert _empty_elements(bundle) == []  # ele-1


def test_each_audit_event_has_what_r4_requires(compliance_officer: User, trail: int) -> None:
    for entry in export(compliance_officer)["entry"]:
        event = entry["resource"]
        assert event["type"]["code"] and event["recorded"]
        assert event["agent"] and all(isinstance(a["requestor"], bool) for a in event["agent"])
        assert event["source"]["observer"]
        for entity in event.get("entity", []):
            assert not ("name" in entity and "query" in entity)  # sev-1


def test_each_record_is_named_once_per_event(compliance_officer: User, visit: Visit,
                                             trail: int) -> None:
    bundle = export(compliance_officer)
    for entry in bundle["entry"]:
        named = [(e["what"]["identifier"]["system"], e["what"]["identifier"]["value"])
                 for e in entry["resource"].get("entity", [])]
        assert len(named) == len(set(named)), entry["resource"]["type"]["code"]
    [created] = [e["resource"] for e in bundle["entry"]
                 if e["resource"]["type"]["code"] == "visit.created"]
    visits = [e for e in created["entity"] if e["type"]["code"] == "visit"]
    assert [v["what"]["identifier"]["value"] for v in visits] == [str(visit.pk)]


def test_the_full_url_is_stable_for_an_entry(compliance_officer: User, visit: Visit,
                                             trail: int) -> None:
    first = export(compliance_officer, visit=visit.pk)
    second = export(compliance_officer, visit=visit.pk)
    assert [e["fullUrl"] for e in first["entry"]] == [e["fullUrl"] for e in second["entry"]]
    assert len(first["entry"]) == AuditEntry.objects.filter(visit_id=visit.pk).count()
