"""Walk the audit hash chain; exit 0 when intact, 1 naming the first broken entry."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from audit.events import SYSTEM, AuditEvent, Outcome
from audit.models import AuditEntry


class Command(BaseCommand):
    help = "Verify that the audit trail has not been altered, removed from or reordered."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--anchor", metavar="SEQ:HASH",
            help="a head printed by an earlier run and kept elsewhere: that entry must "
                 "still exist with that hash (catches removal of the newest entries)",
        )
        parser.add_argument(
            "--no-record", action="store_true",
            help="do not append an audit.verified entry for this check",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        report = AuditEntry.objects.verify()
        problem = ""
        broken_seq = report.broken_seq
        if not report.ok:
            problem = f"audit chain BROKEN at entry seq={broken_seq}: {report.reason}"
        elif options["anchor"]:
            problem = self._check_anchor(options["anchor"])
        if not options["no_record"]:
            with transaction.atomic():
                AuditEntry.objects.record(
                    AuditEvent.AUDIT_VERIFIED, actor=SYSTEM,
                    outcome=Outcome.FAILED if problem else Outcome.OK,
                    checked=report.checked, broken_seq=broken_seq,
                )
        if problem:
            raise CommandError(problem, returncode=1)
        self.stdout.write(
            f"audit chain intact: {report.checked} entries; "
            f"head {report.head_seq}:{report.head_hash}"
        )

    @staticmethod
    def _check_anchor(anchor: str) -> str:
        seq_text, _, expected_hash = anchor.partition(":")
        if not seq_text.isdigit() or len(expected_hash) != 64:
            raise CommandError("--anchor takes SEQ:HASH as printed by audit_verify", returncode=2)
        entry = AuditEntry.objects.filter(seq=int(seq_text)).first()
        if entry is None:
            return f"audit chain BROKEN at entry seq={seq_text}: anchored entry is missing"
        if entry.entry_hash != expected_hash:
            return f"audit chain BROKEN at entry seq={seq_text}: hash differs from the anchor"
        return ""
