"""Turn refusals into responses, auditing every refusal of access."""

from __future__ import annotations

from typing import Any

from rest_framework import exceptions, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from audit.events import ANONYMOUS, Actor
from telehealth.api.auth import CsrfRefused, request_participant
from telehealth.services import InvitationRefused, WorkflowError, access_denied

_REFUSALS = (exceptions.NotAuthenticated, exceptions.AuthenticationFailed,
             exceptions.PermissionDenied)


def actor_of(request: Request) -> Actor:
    participant = request_participant(request)
    if participant is not None:
        return Actor.for_participant(participant)
    if request.user.is_authenticated:
        return Actor.for_user(request.user)  # type: ignore[arg-type]
    return ANONYMOUS


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, InvitationRefused):
        # Audited by the service. Expired and used links say so; the rest say only "invalid".
        reason = exc.code if exc.code in ("expired", "already_used", "visit_closed") else "invalid"
        return Response({"code": "invitation_refused", "reason": reason,
                         "detail": str(exc)}, status=status.HTTP_403_FORBIDDEN)
    if isinstance(exc, WorkflowError):
        return Response({"code": exc.code, "detail": str(exc)}, status=status.HTTP_409_CONFLICT)
    if isinstance(exc, _REFUSALS):
        request: Request = context["request"]
        visit_id = context["kwargs"].get("visit_id") if context.get("kwargs") else None
        if isinstance(exc, CsrfRefused):  # the session's caller, whom DRF has forgotten
            access_denied(exc.actor, reason="csrf", visit_id=visit_id)
        else:
            access_denied(actor_of(request), reason=str(exc.default_code), visit_id=visit_id)
    return drf_exception_handler(exc, context)
