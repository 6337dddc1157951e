"""Who is on the other end of a live connection, decided before anything is accepted."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.models import Device

from audit.events import ANONYMOUS, Actor
from interpretation import tokens
from telehealth.api.auth import PARTICIPANT_SESSION_KEY
from telehealth.models import Consent, ConsentScope, Participant, Visit, VisitStatus


@dataclass(frozen=True)
class Access:
    participant_id: int | None = None
    role: str = ""
    language: str = ""
    refusal: str = ""  # a key of consumer.CLOSE
    caller: Actor = ANONYMOUS  # who knocked, for the audit entry of a refusal


def _bearer(scope: dict[str, Any]) -> str:
    for name, value in scope.get("headers", []):
        if name.lower() == b"authorization" and value.lower().startswith(b"bearer "):
            return value[7:].decode("ascii", "replace").strip()
    return ""


def _verified_staff(scope: dict[str, Any]) -> Any:
    """The signed-in user, if their session passed the second factor (OTP middleware does
    not run on websockets, so the session's device is checked here)."""
    user, session = scope.get("user"), scope.get("session")
    if user is None or not user.is_authenticated or session is None:
        return None
    device = Device.from_persistent_id(session.get(DEVICE_ID_SESSION_KEY) or "")
    return user if device is not None and device.user_id == user.pk else None


def caller(scope: dict[str, Any]) -> Actor:
    """Who knocked, for the audit entry of a refusal: staff (signed in, even without the
    second factor), a participant (session or token, of any visit), or nobody."""
    user = scope.get("user")
    if user is not None and user.is_authenticated:
        return Actor.for_user(user)
    session = scope.get("session")
    participant_id = session.get(PARTICIPANT_SESSION_KEY) if session is not None else None
    if participant_id is None and _bearer(scope):
        participant_id = tokens.read(_bearer(scope))
    participant = Participant.objects.filter(pk=participant_id).first() if participant_id else None
    return Actor.for_participant(participant) if participant is not None else ANONYMOUS


def authenticate(scope: dict[str, Any], visit_id: int) -> Access:
    access = _authenticate(scope, visit_id)
    if access.refusal and access.participant_id is None:
        return Access(refusal=access.refusal, caller=caller(scope))
    return access


def _authenticate(scope: dict[str, Any], visit_id: int) -> Access:
    visit = Visit.objects.filter(pk=visit_id).first()
    token = _bearer(scope)
    session = scope.get("session")
    participant = None
    if token:
        participant_id = tokens.read(token, visit_id)
        if participant_id is None:
            return Access(refusal="unauthenticated")
        participant = Participant.objects.filter(pk=participant_id).first()
    elif session is not None and session.get(PARTICIPANT_SESSION_KEY):
        participant = Participant.objects.filter(pk=session[PARTICIPANT_SESSION_KEY]).first()
    else:
        staff = _verified_staff(scope)
        if staff is None:
            return Access(refusal="unauthenticated")
        if visit is not None:
            participant = visit.participants.filter(user=staff).first()
    if visit is None:
        return Access(refusal="no_visit")
    if participant is None or participant.visit_id != visit.pk:
        return Access(refusal="forbidden")
    # From here the caller is known: the refusal's audit entry names them. Consent first:
    # someone who declined is told so, whether or not the visit has started.
    if not Consent.objects.is_active(participant, ConsentScope.INTERPRETATION):
        return Access(participant.pk, participant.role, refusal="no_consent")
    if visit.status != VisitStatus.LIVE:
        return Access(participant.pk, participant.role, refusal="not_live")
    return Access(participant.pk, participant.role, participant.language_id)
