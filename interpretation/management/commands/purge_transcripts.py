"""Delete kept redacted transcripts once their retention has passed (run it daily).

Segments of speakers without transcript consent are already deleted when a visit ends;
this removes the consented ones ``TRANSCRIPT_RETENTION_DAYS`` after the visit ended.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from audit.events import SYSTEM, AuditEvent
from audit.models import AuditEntry
from interpretation.models import Segment
from telehealth.models import Visit


class Command(BaseCommand):
    help = "Delete redacted transcripts of visits that ended more than the retention ago."

    def handle(self, *args: Any, **options: Any) -> None:
        cutoff = timezone.now() - timedelta(days=settings.TRANSCRIPT_RETENTION_DAYS)
        visits = Visit.objects.filter(ended_at__lt=cutoff, segments__isnull=False).distinct()
        total = 0
        for visit in visits:
            with transaction.atomic():
                deleted = Segment.objects.filter(visit=visit).delete()[0]
                AuditEntry.objects.record(
                    AuditEvent.TRANSCRIPTS_PURGED, actor=SYSTEM, visit_id=visit.pk,
                    patient_id=visit.patient_id, segments_deleted=deleted,
                    retention_days=settings.TRANSCRIPT_RETENTION_DAYS)
            total += deleted
        self.stdout.write(f"deleted {total} segments of {len(visits)} visits")
