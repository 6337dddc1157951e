"""Who is calling: a signed-in staff user, or a participant who joined by invitation."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser
from rest_framework.authentication import SessionAuthentication
from rest_framework.exceptions import AuthenticationFailed, PermissionDenied
from rest_framework.request import Request

from audit.events import Actor
from telehealth.models import Participant

PARTICIPANT_SESSION_KEY = "participant_id"


class CsrfRefused(PermissionDenied):
    """A request refused for a missing or wrong CSRF token, and who made it.

    DRF forgets the session's user when an authenticator raises, so the refusal carries
    the caller to ``telehealth.api.errors``, which audits it under their identity.
    """

    def __init__(self, detail: str, actor: Actor) -> None:
        super().__init__(detail)
        self.actor = actor


class AuditedCsrfMixin(SessionAuthentication):
    def enforce_csrf(self, request: Request) -> None:
        try:
            super().enforce_csrf(request)
        except PermissionDenied as exc:
            from telehealth.web.errors import request_actor  # it imports this module

            raise CsrfRefused(str(exc.detail), request_actor(request._request)) from exc


class ParticipantSessionAuthentication(AuditedCsrfMixin):
    """Staff sessions as usual; otherwise the participant an invitation put in the session.

    A participant authenticates as ``(AnonymousUser, participant)``: they are
    no user of the clinic, and ``request.auth`` says which participant they are.
    CSRF is enforced for session cookies; a headless client sends its participant token
    as `Authorization: Bearer`, which needs none (it is no ambient credential).
    """

    def authenticate(self, request: Request) -> tuple[Any, Any] | None:
        header = request.META.get("HTTP_AUTHORIZATION", "")
        if header.lower().startswith("bearer "):  # a headless client's participant token
            from interpretation import tokens

            participant_id = tokens.read(header[7:].strip())
            if participant_id is None:
                raise AuthenticationFailed("invalid or expired participant token")
            return self._participant(participant_id)
        staff = super().authenticate(request)
        if staff is not None:
            return staff
        participant_id = request._request.session.get(PARTICIPANT_SESSION_KEY)
        if participant_id is None:
            return None
        result = self._participant(participant_id)
        if result is not None:
            self.enforce_csrf(request)
        return result

    @staticmethod
    def _participant(participant_id: int) -> tuple[Any, Any] | None:
        participant = (
            Participant.objects.select_related("visit").filter(pk=participant_id).first()
        )
        if participant is None or not participant.visit.is_open:
            return None
        return AnonymousUser(), participant


class CsrfOnly(AuditedCsrfMixin):
    """Authenticates nobody, but enforces CSRF on the endpoints that start a session."""

    def authenticate(self, request: Request) -> None:
        self.enforce_csrf(request)
        return None


def request_participant(request: Request) -> Participant | None:
    return request.auth if isinstance(request.auth, Participant) else None
