from __future__ import annotations

from typing import Any

from rest_framework.permissions import BasePermission
from rest_framework.request import Request

from telehealth.api.auth import request_participant


class IsVerifiedStaff(BasePermission):
    """Signed in with password and a second factor."""

    message = "Sign in with your password and authenticator code."

    def has_permission(self, request: Request, view: Any) -> bool:
        user = request.user
        # is_verified() is attached to request.user by django_otp's OTPMiddleware.
        return bool(user and user.is_authenticated and user.is_verified())  # type: ignore[union-attr,attr-defined]


class IsClinician(IsVerifiedStaff):
    message = "Only clinicians can do this."

    def has_permission(self, request: Request, view: Any) -> bool:
        return super().has_permission(request, view) and request.user.is_clinician  # type: ignore[union-attr]


class IsParticipant(BasePermission):
    """A participant who joined a visit with an invitation."""

    def has_permission(self, request: Request, view: Any) -> bool:
        return request_participant(request) is not None
