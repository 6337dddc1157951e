"""Export audit entries as JSON lines, CSV or FHIR; the export is itself audited."""

from __future__ import annotations

import csv
import json
from datetime import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction
from django.utils.dateparse import parse_datetime

from audit.chain import canonical_json
from audit.events import SYSTEM, AuditEvent
from audit.export import csv_rows, fhir_bundle
from audit.models import AuditEntry


def _when(text: str) -> datetime:
    value = parse_datetime(text)
    if value is None:
        raise ValueError(f"not an ISO date-time: {text!r}")
    return value


class Command(BaseCommand):
    help = ("Export audit entries (optionally a date range or one visit) as JSON lines, CSV "
            "or a FHIR R4 Bundle of AuditEvent resources.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--format", choices=["jsonl", "csv", "fhir"], default="jsonl")
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
        entries = entries.up_to_now()  # type: ignore[attr-defined]
        count = entries.count()
        if options["format"] == "csv":
            writer = csv.writer(self.stdout, lineterminator="\n")
            for row in csv_rows(entries.iterator(chunk_size=2000)):
                writer.writerow(row)
        elif options["format"] == "fhir":
            self.stdout.write(json.dumps(fhir_bundle(entries.iterator(chunk_size=2000))))
        else:
            for entry in entries.iterator(chunk_size=2000):
                self.stdout.write(canonical_json(entry.as_record()).decode())
        with transaction.atomic():
            AuditEntry.objects.record(
                AuditEvent.AUDIT_EXPORTED,
                actor=SYSTEM,
                visit_id=options["visit"],
                count=count,
                export_format=options["format"],
            )
