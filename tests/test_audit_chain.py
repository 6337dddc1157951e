"""The audit trail: hash-chained, append-only in the database, verifiable."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction

from audit.events import SYSTEM, AuditEvent
from audit.models import AuditEntry, AuditMetadataError
from telehealth.models import User, Visit

pytestmark = pytest.mark.django_db


def _as_attacker(sql: str, params: list[object]) -> None:
    """Run SQL with triggers off, as a database superuser going behind the application."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute(sql, params)
        cursor.execute("SET LOCAL session_replication_role = origin")


def _write(n: int) -> list[AuditEntry]:
    return [AuditEntry.objects.record(AuditEvent.VISIT_VIEWED, actor=SYSTEM, visit_id=i)
            for i in range(n)]


def _verify() -> str:
    with pytest.raises(CommandError) as failure:
        call_command("audit_verify", "--no-record")
    assert failure.value.returncode == 1
    return str(failure.value)


def test_an_untouched_chain_verifies(capsys: pytest.CaptureFixture[str]) -> None:
    _write(5)
    call_command("audit_verify")
    assert "audit chain intact: 5 entries" in capsys.readouterr().out


def test_each_entry_links_to_the_previous_hash() -> None:
    first, second = _write(2)
    assert first.prev_hash == "0" * 64
    assert second.prev_hash == first.entry_hash


def test_verify_names_an_altered_entry() -> None:
    written = _write(5)
    _as_attacker("UPDATE audit_auditentry SET visit_id = 999 WHERE seq = %s", [written[2].seq])
    assert f"seq={written[2].seq}" in _verify()


def test_verify_names_the_entry_after_a_deleted_one() -> None:
    written = _write(5)
    _as_attacker("DELETE FROM audit_auditentry WHERE seq = %s", [written[1].seq])
    message = _verify()
    assert f"seq={written[2].seq}" in message
    assert "missing" in message


def test_verify_catches_reordered_entries() -> None:
    written = _write(4)
    a, b = written[1].seq, written[2].seq
    _as_attacker(
        "UPDATE audit_auditentry SET seq = CASE seq WHEN %s THEN %s ELSE %s END "
        "WHERE seq IN (%s, %s)", [a, -b, -a, a, b])
    _as_attacker("UPDATE audit_auditentry SET seq = -seq WHERE seq < 0", [])
    assert f"seq={a}" in _verify()


def test_verify_catches_a_rewritten_metadata_count() -> None:
    entry = AuditEntry.objects.record(AuditEvent.VISIT_LISTED, actor=SYSTEM, count=3)
    _as_attacker("UPDATE audit_auditentry SET metadata = '{\"count\": 0}' WHERE id = %s",
                 [entry.pk])
    assert f"seq={entry.seq}" in _verify()


def test_anchor_catches_removal_of_the_newest_entries() -> None:
    written = _write(3)
    head = written[-1]
    _as_attacker("DELETE FROM audit_auditentry WHERE seq = %s", [head.seq])
    with pytest.raises(CommandError, match="anchored entry is missing"):
        call_command("audit_verify", "--no-record", "--anchor", f"{head.seq}:{head.entry_hash}")


def test_the_database_refuses_an_update() -> None:
    entry = _write(1)[0]
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        AuditEntry.objects.filter(pk=entry.pk).update(event=AuditEvent.SIGNIN)


def test_the_database_refuses_a_delete() -> None:
    _write(1)
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM audit_auditentry")


def test_the_database_refuses_a_truncate() -> None:
    _write(1)
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("TRUNCATE audit_auditentry")


def test_metadata_refuses_free_text() -> None:
    with pytest.raises(AuditMetadataError):
        AuditEntry.objects.record(AuditEvent.VISIT_VIEWED, actor=SYSTEM, note="Rosa Synthetica")


def test_deleting_a_visit_keeps_its_audit_entries(visit: Visit) -> None:
    before = AuditEntry.objects.for_visit(visit.pk).count()
    visit_id = visit.pk
    visit.participants.all().delete()
    visit.delete()
    assert before > 0
    assert AuditEntry.objects.for_visit(visit_id).count() == before


def test_deleting_a_user_keeps_their_audit_entries(compliance_officer: User) -> None:
    AuditEntry.objects.record(AuditEvent.SIGNIN, actor=SYSTEM, target_user_id=compliance_officer.pk)
    user_id = compliance_officer.pk
    compliance_officer.delete()
    assert AuditEntry.objects.filter(metadata__target_user_id=user_id).count() == 1


def test_audit_verify_records_its_own_check() -> None:
    _write(2)
    call_command("audit_verify")
    check = AuditEntry.objects.get(event=AuditEvent.AUDIT_VERIFIED)
    assert check.metadata == {"checked": 2, "broken_seq": None}


def test_export_is_itself_audited(capsys: pytest.CaptureFixture[str]) -> None:
    _write(3)
    call_command("audit_export", "--format", "csv")
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith("seq,recorded_at,event")
    assert len(lines) == 4
    assert AuditEntry.objects.get(event=AuditEvent.AUDIT_EXPORTED).metadata["count"] == 3
