"""The audit trail as CSV rows or as a FHIR R4 Bundle of AuditEvent resources.

Both carry exactly what an entry holds (ids, codes, counts and the hash chain), so an
export can be checked against the chain outside this system.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from audit.chain import canonical_json
from audit.events import AuditEvent, Outcome
from audit.models import AuditEntry

COLUMNS = ["seq", "recorded_at", "event", "outcome", "actor_kind", "actor_id", "actor_role",
           "visit_id", "patient_id", "subject_type", "subject_id", "metadata", "prev_hash",
           "entry_hash"]

# FHIR R4 AuditEvent.outcome: 0 success, 4 minor failure (a refusal), 8 serious failure.
_FHIR_OUTCOME: dict[str, str] = {Outcome.OK: "0", Outcome.DENIED: "4", Outcome.FAILED: "8"}
_SYSTEM = "urn:telehealth-interpretation"


def csv_rows(entries: Iterable[AuditEntry]) -> Iterator[list[Any]]:
    yield COLUMNS
    for entry in entries:
        row = entry.as_record()
        row["recorded_at"] = entry.recorded_at.isoformat()
        row["metadata"] = canonical_json(entry.metadata).decode()
        yield [row[column] for column in COLUMNS]


def _action(event: str) -> str:
    """FHIR's create/read/update/delete/execute, from our event's verb."""
    verb = event.rsplit(".", 1)[-1]
    if verb in ("viewed", "listed", "exported", "verified"):
        return "R"
    if verb in ("created", "registered", "stored", "recorded", "added", "requested"):
        return "C"
    if verb in ("deleted", "purged"):
        return "D"
    return "E"


def fhir_audit_event(entry: AuditEntry) -> dict[str, Any]:
    agent: dict[str, Any] = {"type": {"text": entry.actor_kind}, "requestor": True}
    if entry.actor_id is not None:
        agent["who"] = {"identifier": {"system": f"{_SYSTEM}/{entry.actor_kind}",
                                       "value": str(entry.actor_id)}}
    if entry.actor_role:
        agent["role"] = [{"text": entry.actor_role}]
    entities = []
    named: set[tuple[str, int]] = set()
    for kind, value in (("visit", entry.visit_id), ("patient", entry.patient_id),
                        (entry.subject_type, entry.subject_id)):
        # The subject is often the visit or patient already named: one entity per record.
        if value is not None and kind and (kind, value) not in named:
            named.add((kind, value))
            entities.append({"what": {"identifier": {"system": f"{_SYSTEM}/{kind}",
                                                     "value": str(value)}},
                             "type": {"code": kind}})
    chain = {"what": {"identifier": {"system": f"{_SYSTEM}/audit-entry",
                                     "value": str(entry.seq)}},
             "type": {"code": "audit-entry"},
             "detail": [{"type": "prev_hash", "valueString": entry.prev_hash},
                        {"type": "entry_hash", "valueString": entry.entry_hash},
                        *({"type": key, "valueString": str(value)}
                          for key, value in sorted(entry.metadata.items()))]}
    return {
        "resourceType": "AuditEvent",
        "id": str(entry.seq),
        "type": {"system": f"{_SYSTEM}/event", "code": entry.event,
                 "display": AuditEvent(entry.event).label if entry.event in AuditEvent.values
                 else entry.event},
        "action": _action(entry.event),
        "recorded": entry.recorded_at.isoformat(),
        "outcome": _FHIR_OUTCOME.get(entry.outcome, "8"),
        "agent": [agent],
        "source": {"observer": {"display": "telehealth-interpretation"}},
        "entity": [*entities, chain],
    }


def full_url(entry: AuditEntry) -> str:
    """A stable ``urn:uuid:`` for the entry, derived from its place in the chain."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"{_SYSTEM}/audit-entry/{entry.seq}/"
                                          f"{entry.entry_hash}").urn


def fhir_bundle(entries: Iterable[AuditEntry]) -> dict[str, Any]:
    """A ``collection`` Bundle. No ``total``: R4 allows it only for search results and
    histories (bdl-1); the number of entries is the count."""
    return {"resourceType": "Bundle", "type": "collection",
            "entry": [{"fullUrl": full_url(entry), "resource": fhir_audit_event(entry)}
                      for entry in entries]}
