"""Close abandoned visits, then delete kept redacted transcripts whose retention has passed
(run it daily, or more often to close abandoned visits sooner).

Segments of speakers without transcript consent are kept during a visit, for catch-up, and
deleted when it ends. A visit its clinician left without ending would keep them for ever:
once nobody has been connected to it for ``ABANDONED_VISIT_AFTER_MIN``, it is ended here
(audited, actor: system) and they go. The consented ones are removed
``TRANSCRIPT_RETENTION_DAYS`` after the visit ended.
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
from telehealth.services import visit_close_abandoned


class Command(BaseCommand):
    help = ("End visits nobody has been connected to for ABANDONED_VISIT_AFTER_MIN, and delete "
            "redacted transcripts of visits that ended more than the retention ago.")

    def handle(self, *args: Any, **options: Any) -> None:
        idle_for = timedelta(minutes=settings.ABANDONED_VISIT_AFTER_MIN)
        abandoned = list(Visit.objects.abandoned(idle_for=idle_for).values_list("pk", flat=True))
        closed = sum(visit_close_abandoned(visit_id=visit_id, idle_for=idle_for)
                     for visit_id in abandoned)
        self.stdout.write(f"closed {closed} abandoned visits")

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
