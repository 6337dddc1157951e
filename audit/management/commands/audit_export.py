"""Export audit entries as JSON lines or CSV; the export is itself audited."""

from __future__ import annotations

import csv
from datetime import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction
from django.utils.dateparse import parse_datetime

from audit.chain import canonical_json
from audit.events import SYSTEM, AuditEvent
from audit.models import AuditEntry

_COLUMNS = [
    "seq",
    "recorded_at",
    "event",
    "outcome",
    "actor_kind",
    "actor_id",
    "actor_role",
    "visit_id",
    "patient_id",
    "subject_type",
    "subject_id",
    "metadata",
    "prev_hash",
    "entry_hash",
]


def _when(text: str) -> datetime:
    value = parse_datetime(text)
    if value is None:
        raise ValueError(f"not an ISO date-time: {text!r}")
    return value


class Command(BaseCommand):
    help = "Export audit entries (optionally a date range or one visit) as JSON lines or CSV."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
        parser.add_argument("--since", type=_when)
        parser.add_argument("--until", type=_when)
        parser.add_argument("--visit", type=int)

    def handle(self, *args: Any, **options: Any) -> None:
        entries = AuditEntry.objects.order_by("seq")
        if options["since"]:
            entries = entries.filter(recorded_at__gte=options["since"])
        if options["until"]:
            entries = entries.filter(recorded_at__lt=options["until"])
        if options["visit"]:
            entries = entries.for_visit(options["visit"])  # type: ignore[attr-defined]
        count = 0
        writer = (
            csv.writer(self.stdout, lineterminator="\n") if options["format"] == "csv" else None
        )
        if writer:
            writer.writerow(_COLUMNS)
        for entry in entries.iterator(chunk_size=2000):
            row = entry.canonical_fields() | {"entry_hash": entry.entry_hash}
            if writer:
                row["recorded_at"] = entry.recorded_at.isoformat()
                row["metadata"] = canonical_json(entry.metadata).decode()
                writer.writerow([row[column] for column in _COLUMNS])
            else:
                self.stdout.write(canonical_json(row).decode())
            count += 1
        with transaction.atomic():
            AuditEntry.objects.record(
                AuditEvent.AUDIT_EXPORTED,
                actor=SYSTEM,
                visit_id=options["visit"],
                count=count,
                export_format=options["format"],
            )
