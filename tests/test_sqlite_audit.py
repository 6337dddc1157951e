"""The demo's embedded SQLite database under concurrent audited writes.

Issue 12, defect 5: on the embedded default two "database is locked" errors dropped audit
entries during a two-person visit. These tests run the project against a file SQLite
database of their own, in separate processes (``DATABASE_URL`` unset, a ``DATA_DIR`` of
their own), never through pytest-django's PostgreSQL test database.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
DB_FILE = "telehealth.sqlite3"
MANAGE_TIMEOUT_S = 300

# Each writer process runs this with ``manage.py shell -c``: threads that each append
# audited entries at once, as a live visit's websockets and interpretation threads do.
WRITER = """
import json, threading
from django.db import connection, transaction
from audit.events import SYSTEM, AuditEvent
from audit.models import AuditEntry

threads, each = {threads}, {each}
start = threading.Barrier(threads)
written, errors = [], []

def write():
    try:
        start.wait()
        for _ in range(each):
            try:
                with transaction.atomic():
                    entry = AuditEntry.objects.record(AuditEvent.VISIT_VIEWED, actor=SYSTEM)
                written.append(entry.seq)
            except Exception as exc:
                errors.append(type(exc).__name__ + ": " + str(exc)[:80])
    finally:
        connection.close()

pool = [threading.Thread(target=write) for _ in range(threads)]
for thread in pool:
    thread.start()
for thread in pool:
    thread.join()
print(json.dumps({{"written": written, "errors": errors}}))
"""


def embedded_env(data_dir: Path) -> dict[str, str]:
    """The demo's configuration: no PostgreSQL, no Redis, interpretation in the server."""
    return os.environ | {
        "DATABASE_URL": "", "REDIS_URL": "", "DATA_DIR": str(data_dir),
        "INTERPRETATION_WORKERS": "0", "DEBUG": "0", "SECURE_SSL_REDIRECT": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost", "PYTHONUNBUFFERED": "1"}


def manage(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=embedded_env(data_dir),
        capture_output=True, text=True, timeout=MANAGE_TIMEOUT_S, check=False)


def query(data_dir: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
    """Read the embedded database directly, as an auditor with the file would."""
    with sqlite3.connect(data_dir / DB_FILE, timeout=30) as db:
        return db.execute(sql, params).fetchall()


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated embedded database, copied for each test (migrating takes a while)."""
    data_dir = tmp_path_factory.mktemp("sqlite-template")
    result = manage(data_dir, "migrate", "--noinput")
    assert result.returncode == 0, result.stderr[-2000:]
    return data_dir / DB_FILE


@pytest.fixture
def sqlite_dir(migrated_sqlite: Path, tmp_path: Path) -> Iterator[Path]:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(migrated_sqlite, data_dir / DB_FILE)
    yield data_dir


def test_the_embedded_database_runs_in_wal_mode(sqlite_dir: Path) -> None:
    result = manage(sqlite_dir, "shell", "-v", "0", "-c",
                    "from django.db import connection\n"
                    "with connection.cursor() as c:\n"
                    "    c.execute('PRAGMA journal_mode')\n"
                    "    print(c.fetchone()[0])")
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["wal"]


def test_concurrent_audited_writes_lose_nothing_and_keep_one_chain(sqlite_dir: Path) -> None:
    processes, threads, each = 3, 4, 10
    before = query(sqlite_dir, "SELECT COUNT(*) FROM audit_auditentry")[0][0]
    script = WRITER.format(threads=threads, each=each)
    writers = [subprocess.Popen(
        [sys.executable, "manage.py", "shell", "-v", "0", "-c", script], cwd=ROOT,
        env=embedded_env(sqlite_dir), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True) for _ in range(processes)]
    reports = []
    for writer in writers:
        out, err = writer.communicate(timeout=MANAGE_TIMEOUT_S)
        assert writer.returncode == 0, err[-2000:]
        reports.append(json.loads(out.strip().splitlines()[-1]))

    errors = [error for report in reports for error in report["errors"]]
    assert errors == [], f"{len(errors)} audited writes failed, first: {errors[0]}"
    written = sorted(seq for report in reports for seq in report["written"])
    expected = processes * threads * each
    assert written == list(range(before + 1, before + expected + 1))  # none lost or doubled
    seqs = [row[0] for row in query(sqlite_dir, "SELECT seq FROM audit_auditentry ORDER BY seq")]
    assert seqs == list(range(1, before + expected + 1))
    verified = manage(sqlite_dir, "audit_verify", "--no-record")
    assert verified.returncode == 0, verified.stdout + verified.stderr[-2000:]
    assert f"audit chain intact: {before + expected} entries" in verified.stdout


def test_an_action_whose_audit_entry_fails_does_not_happen(sqlite_dir: Path) -> None:
    """The state change and its entry share a transaction: a refused entry undoes both."""
    script = (
        "from datetime import date\n"
        "from audit.models import AuditMetadataError\n"
        "from telehealth import services\n"
        "from telehealth.models import Language, Patient, User\n"
        "from unittest import mock\n"
        "clinician = User.objects.create_user(username='dr.sqlite', password='x' * 16, "
        "role='clinician')\n"
        "boom = AuditMetadataError('refused')\n"
        "with mock.patch('telehealth.services.visits.record', side_effect=boom):\n"
        "    try:\n"
        "        services.patient_register(registered_by=clinician, given_name='A', "
        "family_name='B', date_of_birth=date(1970, 1, 1), "
        "preferred_language=Language.objects.get(code='es'))\n"
        "    except AuditMetadataError:\n"
        "        pass\n"
        "print(Patient.objects.count())")
    result = manage(sqlite_dir, "shell", "-v", "0", "-c", script)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["0"]
