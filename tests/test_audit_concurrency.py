"""Concurrent audit writers: the chain lock must keep one line of entries.

Kept apart from the other audit tests because it commits for real (threads
use their own connections) and needs its fixtures set up in a fixed order.
"""

from __future__ import annotations

import threading

from django.core.management import call_command
from django.db import connection, transaction

from audit.events import SYSTEM, AuditEvent
from audit.models import AuditEntry


def test_concurrent_writers_do_not_fork_the_chain(
    audit_flushable: None, django_db_serialized_rollback: None, transactional_db: None
) -> None:
    writers, per_writer = 4, 15
    start = threading.Barrier(writers)
    errors: list[BaseException] = []

    def write() -> None:
        try:
            start.wait()
            for _ in range(per_writer):
                with transaction.atomic():
                    AuditEntry.objects.record(AuditEvent.VISIT_VIEWED, actor=SYSTEM)
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=write) for _ in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    seqs = list(AuditEntry.objects.order_by("seq").values_list("seq", flat=True))
    assert seqs == list(range(1, writers * per_writer + 1))
    call_command("audit_verify", "--no-record")
