"""Visits, the people in them, and the invitations that let patients in."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from telehealth.models.staff import User


class VisitStatus(models.TextChoices):
    SCHEDULED = "scheduled", "Scheduled"
    LIVE = "live", "Live"
    ENDED = "ended", "Ended"
    CANCELLED = "cancelled", "Cancelled"


class VisitQuerySet(models.QuerySet["Visit"]):
    def for_clinician(self, user: User) -> VisitQuerySet:
        if not user.is_clinician:
            return self.none()
        return self.filter(clinician=user)

    def abandoned(self, *, idle_for: timedelta) -> VisitQuerySet:
        """Live visits nobody is connected to, and nobody was for ``idle_for``: a clinician
        who left without ending the visit. Connected means a live connection marked its
        participant seen within ``LIVE_EXPIRES_S``; the audit trail, which records every
        connection's opening and closing and every utterance stored, says when anyone was
        last there."""
        from audit.events import AuditEvent
        from audit.models import AuditEntry

        presence = [AuditEvent.VISIT_STARTED, AuditEvent.LIVE_CONNECTED,
                    AuditEvent.LIVE_DISCONNECTED, AuditEvent.SEGMENT_STORED,
                    AuditEvent.SEGMENT_GAP]
        now = timezone.now()
        live = self.filter(status=VisitStatus.LIVE)
        cutoff = now - idle_for
        recent = (AuditEntry.objects.filter(visit_id__in=live.values("pk"), event__in=presence)
                  .values("visit_id").order_by("visit_id")
                  .annotate(last=models.Max("recorded_at")).filter(last__gte=cutoff)
                  .values("visit_id"))
        connected = Participant.objects.filter(
            visit__status=VisitStatus.LIVE,
            live_seen_at__gte=now - timedelta(seconds=LIVE_EXPIRES_S)).values("visit_id")
        return (live.exclude(pk__in=recent).exclude(pk__in=connected)
                .filter(started_at__lt=cutoff))


class Visit(models.Model):
    clinician = models.ForeignKey(
        "telehealth.User", on_delete=models.PROTECT, related_name="visits"
    )
    patient = models.ForeignKey(
        "telehealth.Patient", on_delete=models.PROTECT, related_name="visits"
    )
    scheduled_for = models.DateTimeField()
    status = models.CharField(
        max_length=12, choices=VisitStatus.choices, default=VisitStatus.SCHEDULED
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    back_translation = models.BooleanField(
        default=False,
        help_text="Show each speaker what the others received, translated back, so a "
                  "mistranslated instruction can be caught")

    objects = VisitQuerySet.as_manager()

    class Meta:
        ordering = ["scheduled_for"]

    def __str__(self) -> str:
        return f"Visit #{self.pk} ({self.status})"

    @property
    def is_open(self) -> bool:
        """Scheduled or live: people may still join and consent."""
        return self.status in (VisitStatus.SCHEDULED, VisitStatus.LIVE)

    @property
    def languages(self) -> list[str]:
        return sorted({p.language_id for p in self.participants.all()})

    def waiting_participants(self) -> list[Participant]:
        """Who is in the waiting room of this scheduled visit now."""
        if self.status != VisitStatus.SCHEDULED:
            return []
        now = timezone.now()
        return [p for p in self.participants.all() if p.is_waiting(now)]


# A waiting page calls in every 5 s; 30 s without a call (the tab was closed, the phone
# slept) and its person is no longer waiting. Generous, so a slow network does not flicker.
WAITING_EXPIRES_S = 30
# An open live connection marks its participant seen every LIVE_SEEN_EVERY_S; a mark older
# than LIVE_EXPIRES_S means no server holds one any more. The audit trail cannot say this
# alone: a server that was killed (OOM, a host reboot) audited its joins but never their
# leaves, and such a visit would count as attended for ever.
LIVE_SEEN_EVERY_S = 30
LIVE_EXPIRES_S = 3 * LIVE_SEEN_EVERY_S


class ParticipantRole(models.TextChoices):
    # Translated: patients see these on their own pages, in their language.
    CLINICIAN = "clinician", _("Clinician")
    PATIENT = "patient", _("Patient")
    FAMILY = "family", _("Family member")
    INTERPRETER = "interpreter", _("Human interpreter")


class Participant(models.Model):
    """A person in a visit, speaking and listening in their own language."""

    visit = models.ForeignKey(Visit, on_delete=models.CASCADE, related_name="participants")
    role = models.CharField(max_length=12, choices=ParticipantRole.choices)
    language = models.ForeignKey("telehealth.Language", on_delete=models.PROTECT, related_name="+")
    user = models.ForeignKey(
        "telehealth.User", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    patient = models.ForeignKey(
        "telehealth.Patient", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # The waiting room: when this person's waiting page started calling in, and its latest
    # call. Presence only, no words; a stale call means they are no longer waiting.
    waiting_since = models.DateTimeField(null=True, blank=True)
    waiting_seen_at = models.DateTimeField(null=True, blank=True)
    # The latest mark of an open live connection of this person (``LIVE_SEEN_EVERY_S``).
    live_seen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"Participant #{self.pk} ({self.role})"

    @classmethod
    def seen_live(cls, participant_id: int) -> None:
        """An open live connection of this participant is alive (``Visit.abandoned``)."""
        cls.objects.filter(pk=participant_id).update(live_seen_at=timezone.now())

    def is_waiting(self, at: datetime | None = None) -> bool:
        """On their waiting page now: it called in within ``WAITING_EXPIRES_S``."""
        now = at or timezone.now()
        return (self.waiting_seen_at is not None
                and now - self.waiting_seen_at < timedelta(seconds=WAITING_EXPIRES_S))


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Invitation(models.Model):
    """A single-use, expiring link for one participant. Only the token's hash is kept."""

    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="invitations"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey("telehealth.User", on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Invitation #{self.pk}"

    @staticmethod
    def new_token() -> str:
        return secrets.token_urlsafe(32)

    @staticmethod
    def default_expiry() -> timedelta:
        return timedelta(seconds=settings.INVITATION_TTL_S)

    def is_expired(self) -> bool:
        return timezone.now() >= self.expires_at


class InterpreterRequest(models.Model):
    """Someone in a visit asked for a human interpreter (listed in the admin site)."""

    visit = models.ForeignKey(Visit, on_delete=models.CASCADE,
                              related_name="interpreter_requests")
    requested_by = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"InterpreterRequest #{self.pk} (visit #{self.visit_id})"
