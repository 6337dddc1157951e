"""Short-lived participant tokens for headless clients: signed, never stored, never in URLs."""

from __future__ import annotations

from django.core import signing

TOKEN_MAX_AGE_S = 5 * 60
_SALT = "interpretation.participant-token"


def issue(participant_id: int, visit_id: int) -> str:
    return signing.TimestampSigner(salt=_SALT).sign_object(
        {"participant": participant_id, "visit": visit_id})


def read(token: str, visit_id: int | None = None) -> int | None:
    """The participant id, if the token is genuine, fresh and (when given) for this visit."""
    try:
        data = signing.TimestampSigner(salt=_SALT).unsign_object(token, max_age=TOKEN_MAX_AGE_S)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if not isinstance(data, dict) or (visit_id is not None and data.get("visit") != visit_id):
        return None
    participant = data.get("participant")
    return participant if isinstance(participant, int) else None
