"""What the audit trail records: event types, outcomes and who acted.

Entries say who did what, when, to which visit; never what was said. The
actor (who acted) is kept apart from the subject (what was affected), as in
Zulip's audit log.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from django.db import models


class HasRole(Protocol):
    """What the audit log knows of a person: an id and a role (a ``User`` or a visit's
    ``Participant``), so that the log depends on no other app."""

    @property
    def pk(self) -> int | None: ...

    @property
    def role(self) -> str: ...


class AuditEvent(models.TextChoices):
    SIGNIN = "auth.signin", "Signed in"
    SIGNIN_FAILED = "auth.signin_failed", "Sign-in failed"
    SIGNIN_THROTTLED = "auth.signin_throttled", "Sign-in throttled"
    SIGNOUT = "auth.signout", "Signed out"
    OTP_DEVICE_ENROLLED = "auth.device_enrolled", "Second-factor device enrolled"
    OTP_DEVICE_RESET = "auth.device_reset", "Second-factor device reset"
    ACCESS_DENIED = "access.denied", "Access refused"
    PATIENT_REGISTERED = "patient.registered", "Patient registered"
    PATIENT_VIEWED = "patient.viewed", "Patient record viewed"
    VISIT_CREATED = "visit.created", "Visit scheduled"
    VISIT_LISTED = "visit.listed", "Visits listed"
    VISIT_VIEWED = "visit.viewed", "Visit viewed"
    VISIT_STARTED = "visit.started", "Visit started"
    VISIT_ENDED = "visit.ended", "Visit ended"
    VISIT_CANCELLED = "visit.cancelled", "Visit cancelled"
    PARTICIPANT_ADDED = "participant.added", "Participant added"
    PARTICIPANT_JOINED = "participant.joined", "Participant joined with an invitation"
    INVITATION_CREATED = "invitation.created", "Invitation created"
    INVITATION_REFUSED = "invitation.refused", "Invitation refused"
    CONSENT_RECORDED = "consent.recorded", "Consent recorded"
    VOICE_PROFILE_STORED = "voice_profile.stored", "Voice profile stored"
    VOICE_PROFILE_DELETED = "voice_profile.deleted", "Voice profile deleted"
    LIVE_CONNECTED = "live.connected", "Joined the live visit"
    LIVE_DISCONNECTED = "live.disconnected", "Left the live visit"
    LIVE_REFUSED = "live.refused", "Live connection refused"
    LIVE_ERROR = "live.error", "Live connection error"
    INTERPRETER_REQUESTED = "interpreter.requested", "Human interpreter requested"
    SEGMENT_STORED = "segment.stored", "Segment stored"
    SEGMENT_GAP = "segment.gap", "Segment lost or skipped"
    SEGMENT_REVISED = "segment.revised", "Segment's translation revised"
    SEGMENT_SPEECH_FAILED = "segment.speech_failed", "Segment's speech not delivered"
    AUDIT_VERIFIED = "audit.verified", "Audit trail verified"
    AUDIT_EXPORTED = "audit.exported", "Audit trail exported"
    AUDIT_VIEWED = "audit.viewed", "Audit trail viewed"
    TRANSCRIPTS_PURGED = "segment.purged", "Kept transcripts deleted after retention"
    KEYS_ROTATED = "encryption.rotated", "Encryption keys rotated"


class Outcome(models.TextChoices):
    OK = "ok", "Succeeded"
    DENIED = "denied", "Refused"
    FAILED = "failed", "Failed"


class ActorKind(models.TextChoices):
    USER = "user", "Staff user"
    PARTICIPANT = "participant", "Visit participant"
    SYSTEM = "system", "System"
    ANONYMOUS = "anonymous", "Unauthenticated"


@dataclass(frozen=True)
class Actor:
    """Who acted: a kind, an id and a role; never a name."""

    kind: str
    id: int | None = None
    role: str = ""

    @classmethod
    def for_user(cls, user: HasRole) -> Actor:
        return cls(ActorKind.USER, user.pk, user.role)

    @classmethod
    def for_participant(cls, participant: HasRole) -> Actor:
        return cls(ActorKind.PARTICIPANT, participant.pk, participant.role)


SYSTEM = Actor(ActorKind.SYSTEM)
ANONYMOUS = Actor(ActorKind.ANONYMOUS)
