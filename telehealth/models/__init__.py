"""The visit and consent domain."""

from telehealth.models.consent import (
    CaptureMethod,
    Consent,
    ConsentDecision,
    ConsentScope,
    ConsentText,
    VoiceProfile,
    current_consent_texts,
)
from telehealth.models.patients import Patient
from telehealth.models.staff import Language, Role, User
from telehealth.models.visits import (
    InterpreterRequest,
    Invitation,
    Participant,
    ParticipantRole,
    Visit,
    VisitStatus,
    hash_token,
)

__all__ = [
    "CaptureMethod",
    "Consent",
    "ConsentDecision",
    "ConsentScope",
    "ConsentText",
    "InterpreterRequest",
    "Invitation",
    "Language",
    "Participant",
    "ParticipantRole",
    "Patient",
    "Role",
    "User",
    "Visit",
    "VisitStatus",
    "VoiceProfile",
    "current_consent_texts",
    "hash_token",
]
