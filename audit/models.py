"""Audit entries: append-only, hash-chained, written in the caller's transaction."""

from __future__ import annotations

import re
from collections.abc import Generator
from typing import Any, cast

from django.db import connection, models, transaction
from django.utils import timezone

from audit.chain import GENESIS_HASH, ChainReport, entry_hash, verify_chain
from audit.events import Actor, ActorKind, AuditEvent, Outcome

# One advisory-lock key for the whole chain: whoever holds it appends the next
# entry, so two writers can never link to the same predecessor.
_CHAIN_LOCK_KEY = 0x4155_4449_5400  # "AUDIT"
_CHUNK_ENTRIES = 2000

# Metadata holds ids, counts, durations and short machine codes only. Free text
# (names, words) is refused here so it cannot reach the trail by accident.
_CODE_RE = re.compile(r"^[a-z0-9_.:-]{0,64}$")


class AuditMetadataError(ValueError):
    """Raised when metadata could carry PHI; the message names only the key."""


def _check_metadata(metadata: dict[str, Any]) -> None:
    for key, value in metadata.items():
        if not _CODE_RE.match(key):
            raise AuditMetadataError(f"audit metadata key {key!r} is not a plain code")
        if value is None or isinstance(value, bool | int):
            continue
        if isinstance(value, str) and _CODE_RE.match(value):
            continue
        raise AuditMetadataError(
            f"audit metadata {key!r} must be an id, a count or a short code"
        )


class AuditEntryQuerySet(models.QuerySet["AuditEntry"]):
    def for_visit(self, visit_id: int) -> AuditEntryQuerySet:
        return self.filter(visit_id=visit_id)

    def up_to_now(self) -> AuditEntryQuerySet:
        """These entries as of now: a count and an export that follow agree, whatever
        is appended meanwhile."""
        head = AuditEntry.objects.aggregate(head=models.Max("seq"))["head"] or 0
        return self.filter(seq__lte=head)


class AuditEntryManager(models.Manager["AuditEntry"]):
    def get_queryset(self) -> AuditEntryQuerySet:
        return AuditEntryQuerySet(self.model, using=self._db)

    def for_visit(self, visit_id: int) -> AuditEntryQuerySet:
        return self.get_queryset().for_visit(visit_id)

    def verify(self) -> ChainReport:
        """Walk the whole chain from the first entry; see ``audit.chain.verify_chain``."""
        # Django's iterator() is a generator: closing it releases its server-side cursor.
        entries = cast("Generator[AuditEntry, None, None]",
                       self.order_by("seq").iterator(chunk_size=_CHUNK_ENTRIES))
        try:
            return verify_chain(entries)
        finally:
            entries.close()

    def record(
        self,
        event: AuditEvent,
        *,
        actor: Actor,
        outcome: Outcome = Outcome.OK,
        visit_id: int | None = None,
        patient_id: int | None = None,
        subject: models.Model | None = None,
        **metadata: Any,
    ) -> AuditEntry:
        """Append one entry to the chain inside the caller's transaction.

        Call it in the same ``transaction.atomic`` block as the change it
        describes: both commit or neither does. The chain lock is held until
        that transaction ends, so keep the work after it short.
        """
        _check_metadata(metadata)
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_CHAIN_LOCK_KEY])
            last = self.order_by("-seq").only("seq", "entry_hash").first()
            entry = self.model(
                seq=(last.seq + 1) if last else 1,
                prev_hash=last.entry_hash if last else GENESIS_HASH,
                recorded_at=timezone.now(),
                event=event,
                outcome=outcome,
                actor_kind=actor.kind,
                actor_id=actor.id,
                actor_role=actor.role,
                visit_id=visit_id,
                patient_id=patient_id,
                subject_type=(subject._meta.model_name or "") if subject is not None else "",
                subject_id=subject.pk if subject is not None else None,
                metadata=metadata,
            )
            entry.entry_hash = entry_hash(entry.canonical_fields())
            entry.save(force_insert=True)
        return entry


class AuditEntry(models.Model):
    """One audited action. Ids only (no foreign keys): deleting a user or a
    visit must never delete or alter its trail."""

    seq = models.BigIntegerField(unique=True, editable=False)
    recorded_at = models.DateTimeField(db_index=True, editable=False)
    event = models.CharField(max_length=40, choices=AuditEvent.choices, db_index=True)
    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    actor_kind = models.CharField(max_length=12, choices=ActorKind.choices)
    actor_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    actor_role = models.CharField(max_length=20, blank=True)
    visit_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    patient_id = models.BigIntegerField(null=True, blank=True)
    subject_type = models.CharField(max_length=40, blank=True)
    subject_id = models.BigIntegerField(null=True, blank=True)
    metadata = models.JSONField(default=dict, blank=True)
    prev_hash = models.CharField(max_length=64, unique=True, editable=False)
    entry_hash = models.CharField(max_length=64, unique=True, editable=False)

    objects = AuditEntryManager()

    class Meta:
        ordering = ["seq"]
        verbose_name_plural = "audit entries"

    def __str__(self) -> str:
        return f"#{self.seq} {self.event} ({self.outcome})"

    def as_record(self) -> dict[str, Any]:
        """What an export carries of an entry: everything hashed, and the hash."""
        return self.canonical_fields() | {"entry_hash": self.entry_hash}

    def canonical_fields(self) -> dict[str, Any]:
        """Everything the hash covers: every column but the hash itself."""
        return {
            "seq": self.seq,
            "prev_hash": self.prev_hash,
            "recorded_at": self.recorded_at,
            "event": self.event,
            "outcome": self.outcome,
            "actor_kind": self.actor_kind,
            "actor_id": self.actor_id,
            "actor_role": self.actor_role,
            "visit_id": self.visit_id,
            "patient_id": self.patient_id,
            "subject_type": self.subject_type,
            "subject_id": self.subject_id,
            "metadata": self.metadata,
        }
