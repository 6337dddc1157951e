"""Consent records and the voice references that depend on them.

Consent is a log, not a flag: each grant, decline or revocation is a new row,
and whether a consent is active is read from the latest row that applies.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from django.db import models
from django.db.models import Q
from django.utils import timezone

from telehealth.crypto import EncryptedBinaryField
from telehealth.models.visits import Participant

if TYPE_CHECKING:
    from telehealth.models.staff import User


class ConsentScope(models.TextChoices):
    INTERPRETATION = "interpretation", "AI interpretation"
    TRANSCRIPT = "transcript", "Keep a redacted transcript"
    VOICE_CLONING = "voice_cloning", "Voice cloning"


class ConsentDecision(models.TextChoices):
    GRANTED = "granted", "Granted"
    DECLINED = "declined", "Declined"
    REVOKED = "revoked", "Revoked"


class CaptureMethod(models.TextChoices):
    JOIN_PAGE = "join_page", "Given by the participant on the join page"
    CLINICIAN_ATTESTED = "clinician_attested", "Verbal consent attested by the clinician"
    STAFF_PORTAL = "staff_portal", "Given by the staff member, for their own speech"


class ConsentText(models.Model):
    """The exact wording shown, by scope, version and language."""

    scope = models.CharField(max_length=20, choices=ConsentScope.choices)
    version = models.CharField(max_length=20)
    language = models.ForeignKey("telehealth.Language", on_delete=models.PROTECT, related_name="+")
    body = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["scope", "version", "language"], name="consent_text_unique_version"
            )
        ]
        ordering = ["scope", "language", "-created_at"]

    def __str__(self) -> str:
        return f"{self.scope} v{self.version} ({self.language_id})"


class ConsentQuerySet(models.QuerySet["Consent"]):
    def applying_to_any(self, participants: Iterable[Participant]) -> ConsentQuerySet:
        """These participants' visit consents, plus the standing ones of their patients and
        of the staff members they are."""
        participants = list(participants)
        applies = Q(participant__in=participants)
        patient_ids = {p.patient_id for p in participants if p.patient_id is not None}
        if patient_ids:
            applies |= Q(patient_id__in=patient_ids, visit__isnull=True)
        staff_ids = {p.user_id for p in participants if p.user_id is not None}
        if staff_ids:
            applies |= Q(staff_member_id__in=staff_ids, visit__isnull=True)
        return self.filter(applies)

    def standing_for_staff(self, user: User, scope: str) -> Consent | None:
        """A staff member's latest standing decision in this scope, if any."""
        return (self.filter(staff_member=user, visit__isnull=True, scope=scope)
                .order_by("-recorded_at", "-id").first())

    def decided(self, participant: Participant, scope: str) -> bool:
        """Has any decision (grant, decline or revocation) applied to them in this scope?"""
        return self.applying_to_any([participant]).filter(scope=scope).exists()

    def in_force(self, participant: Participant, scope: str,
               at: datetime | None = None) -> Consent | None:
        """The decision in force now (or at ``at``): the latest applicable record."""
        return (
            self.applying_to_any([participant])
            .filter(scope=scope, recorded_at__lte=at or timezone.now())
            .order_by("-recorded_at", "-id")
            .first()
        )

    def is_active(self, participant: Participant, scope: str, at: datetime | None = None) -> bool:
        """Is this consent in force now (or at ``at``)? The latest applicable record decides."""
        latest = self.in_force(participant, scope, at)
        return latest is not None and latest.decision == ConsentDecision.GRANTED


class Consent(models.Model):
    """One consent decision. Never edited: a revocation is a new record.

    ``visit`` empty means a standing consent, valid for every visit until revoked: of
    a patient, or of a staff member for their own speech (so a clinician consents once,
    not before every visit); otherwise it belongs to one participant in one visit.
    """

    participant = models.ForeignKey(
        Participant, on_delete=models.PROTECT, null=True, blank=True, related_name="consents"
    )
    visit = models.ForeignKey(
        "telehealth.Visit", on_delete=models.PROTECT, null=True, blank=True, related_name="consents"
    )
    patient = models.ForeignKey(
        "telehealth.Patient",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="consents",
    )
    staff_member = models.ForeignKey(
        "telehealth.User",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="standing_consents",
        help_text="A staff member's standing consent for their own speech, in each of their "
                  "visits until revoked.",
    )
    scope = models.CharField(max_length=20, choices=ConsentScope.choices)
    decision = models.CharField(max_length=10, choices=ConsentDecision.choices)
    captured_via = models.CharField(max_length=20, choices=CaptureMethod.choices)
    consent_text = models.ForeignKey(ConsentText, on_delete=models.PROTECT, related_name="+")
    recorded_by = models.ForeignKey(
        "telehealth.User",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="The attesting clinician; empty when the participant consented themselves.",
    )
    recorded_at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = ConsentQuerySet.as_manager()

    class Meta:
        ordering = ["recorded_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(participant__isnull=False, visit__isnull=False,
                            staff_member__isnull=True)
                | Q(participant__isnull=True, visit__isnull=True, patient__isnull=False,
                    staff_member__isnull=True)
                | Q(participant__isnull=True, visit__isnull=True, patient__isnull=True,
                    staff_member__isnull=False),
                name="consent_visit_or_standing",
            )
        ]

    def __str__(self) -> str:
        return f"Consent #{self.pk} {self.scope} {self.decision}"


class VoiceProfile(models.Model):
    """Reference audio for cloning one participant's voice, encrypted at rest.

    It exists only while that participant's voice-cloning consent is active;
    revoking the consent deletes the row (see ``services.consent_record``).
    """

    participant = models.OneToOneField(
        Participant, on_delete=models.CASCADE, related_name="voice_profile"
    )
    audio = EncryptedBinaryField(help_text="16-bit PCM WAV bytes, encrypted")
    sample_rate_hz = models.PositiveIntegerField()
    duration_ms = models.PositiveIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"VoiceProfile #{self.pk} (participant #{self.participant_id})"


def current_consent_texts(language_code: str) -> list[ConsentText]:
    """The newest text of each scope in a language, falling back to English."""
    texts: list[ConsentText] = []
    for scope in ConsentScope.values:
        for code in dict.fromkeys([language_code, "en"]):
            text = (
                ConsentText.objects.filter(scope=scope, language_id=code)
                .order_by("-created_at", "-id")
                .first()
            )
            if text is not None:
                texts.append(text)
                break
    return texts
