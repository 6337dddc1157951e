"""Segments: every finished utterance of a live visit, stored before it is fanned out.

Only redacted text is stored. ``seq`` numbers a visit's segments and gaps from 1
without holes, so a client that missed a fan-out (the channel layer may drop)
can ask for everything after the last ``seq`` it saw.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.db import models, transaction
from django.db.models import Max

from audit.events import SYSTEM, AuditEvent, Outcome
from audit.models import AuditEntry


class SegmentKind(models.TextChoices):
    SPEECH = "speech", "Speech"
    GAP = "gap", "Gap"


class SegmentQuerySet(models.QuerySet["Segment"]):
    def after(self, visit_id: int, seq: int) -> SegmentQuerySet:
        return self.filter(visit_id=visit_id, seq__gt=seq).order_by("seq")

    def last_seq(self, visit_id: int) -> int:
        return self.filter(visit_id=visit_id).aggregate(last=Max("seq"))["last"] or 0


class SegmentManager(models.Manager["Segment"]):
    def get_queryset(self) -> SegmentQuerySet:
        return SegmentQuerySet(self.model, using=self._db)

    def after(self, visit_id: int, seq: int) -> SegmentQuerySet:
        return self.get_queryset().after(visit_id, seq)

    def last_seq(self, visit_id: int) -> int:
        return self.get_queryset().last_seq(visit_id)

    def append(self, *, visit_id: int, utterance_id: uuid.UUID, redaction_failed: bool = False,
               **fields: Any) -> tuple[Segment | None, bool]:
        """Store the next segment (or gap) of a visit, with its audit entry, in one
        transaction. Idempotent per utterance: a retried utterance gets its segment back,
        with ``False`` for "already stored (and fanned out)". Nothing is stored once the
        visit is over (``None, False``): an utterance still in flight when it ended would
        otherwise outlive the purge of unconsented transcripts."""
        from telehealth.models import Visit, VisitStatus

        with transaction.atomic():
            # One writer a visit, and it sees the status the end of the visit committed.
            visit = Visit.objects.select_for_update().only("pk", "status").get(pk=visit_id)
            if visit.status != VisitStatus.LIVE:
                return None, False
            existing = self.filter(utterance_id=utterance_id).first()
            if existing is not None:
                return existing, False
            segment = self.create(visit_id=visit_id, utterance_id=utterance_id,
                                  seq=self.last_seq(visit_id) + 1, **fields)
            gap = segment.kind == SegmentKind.GAP
            AuditEntry.objects.record(
                AuditEvent.SEGMENT_GAP if gap else AuditEvent.SEGMENT_STORED,
                actor=SYSTEM, outcome=Outcome.FAILED if gap else Outcome.OK,
                visit_id=visit_id, subject=segment, seq=segment.seq,
                speaker_id=segment.speaker_id, reason=segment.gap_reason or None,
                error=segment.gap_error.lower() or None,
                mt_flags=sum(len(f) for f in segment.translation_flags.values()) or None,
                redaction_failed=redaction_failed or None,
                **{f"entities_{k.lower()}": v for k, v in segment.entity_counts.items()},
            )
        return segment, True

    def revise(self, segment: Segment, language: str, text: str, engine: str,
               flags: tuple[str, ...]) -> bool:
        """Store the better translation of a segment that already went out, with its audit
        entry. False when the visit is over (its transcripts may be purging)."""
        from telehealth.models import Visit, VisitStatus

        with transaction.atomic():
            visit = Visit.objects.select_for_update().only("pk", "status").get(
                pk=segment.visit_id)
            if visit.status != VisitStatus.LIVE:
                return False
            fresh = self.select_for_update().get(pk=segment.pk)
            fresh.translations = {**fresh.translations, language: text}
            fresh.translation_flags = {**fresh.translation_flags, language: list(flags)}
            fresh.translation_engines = {**fresh.translation_engines, language: engine}
            fresh.save(update_fields=["translations", "translation_flags",
                                      "translation_engines"])
            AuditEntry.objects.record(
                AuditEvent.SEGMENT_REVISED, actor=SYSTEM, visit_id=visit.pk, subject=fresh,
                seq=fresh.seq, language=language, mt_flags=len(flags) or None)
        return True


class Segment(models.Model):
    visit = models.ForeignKey("telehealth.Visit", on_delete=models.CASCADE,
                              related_name="segments")
    seq = models.PositiveIntegerField()
    kind = models.CharField(max_length=8, choices=SegmentKind.choices,
                            default=SegmentKind.SPEECH)
    utterance_id = models.UUIDField(unique=True, default=uuid.uuid4)
    speaker = models.ForeignKey("telehealth.Participant", on_delete=models.SET_NULL,
                                null=True, related_name="+")
    source_language = models.CharField(max_length=16, blank=True)
    redacted_text = models.TextField(blank=True)
    translations = models.JSONField(default=dict, blank=True,
                                    help_text="language -> redacted translation")
    translation_flags = models.JSONField(
        default=dict, blank=True,
        help_text="language -> safety flags (numbers_changed, ...): check with an interpreter")
    translation_engines = models.JSONField(default=dict, blank=True,
                                           help_text="language -> engine that translated it")
    entity_counts = models.JSONField(default=dict, blank=True)
    gap_reason = models.CharField(max_length=20, blank=True)
    gap_error = models.CharField(
        max_length=64, blank=True,
        help_text="stage:Type:retryable of the failure behind an engine_error gap (no words)")
    start_s = models.FloatField(default=0.0, help_text="seconds into the speaker's stream")
    end_s = models.FloatField(default=0.0)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SegmentManager()

    class Meta:
        ordering = ["visit", "seq"]
        constraints = [models.UniqueConstraint(fields=["visit", "seq"],
                                               name="segment_unique_seq")]

    def __str__(self) -> str:
        return f"Segment {self.visit_id}/{self.seq} ({self.kind})"

    def as_catch_up(self) -> dict[str, Any]:
        """A stored segment or gap for ``GET .../segments/``: ``redacted_text`` is the
        stored (redacted) text; ``text`` carries it under its protocol-1 name until
        version 3 (a live ``segment``'s ``text`` is the raw transcript instead)."""
        return {"seq": self.seq, "kind": self.kind, "speaker_id": self.speaker_id,
                "source_language": self.source_language, "redacted_text": self.redacted_text,
                "text": self.redacted_text,
                "translations": self.translations, "flags": self.translation_flags,
                "engines": self.translation_engines, "entities": self.entity_counts,
                "reason": self.gap_reason, "created_at": self.created_at.isoformat()}
