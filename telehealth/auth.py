"""Staff sign-in: throttled and audited password check, then the second factor.

The throttle lives in the authentication backend so that every way in (the
JSON API, the admin site) shares it. Counters are kept in the cache (Redis
when ``REDIS_URL`` is set), keyed by hashes: no username or address is stored.
"""

from __future__ import annotations

import hashlib
from typing import Any

from django.conf import settings
from django.contrib.auth import authenticate, get_user_model, login
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest
from django_otp import login as otp_login
from django_otp import match_token
from django_otp.admin import OTPAdminAuthenticationForm, OTPAdminSite

from audit.events import ANONYMOUS, Actor, AuditEvent, Outcome
from audit.models import AuditEntry

# A clinic's staff often share one address (NAT): allow more failures per address.
_IP_FAILURE_FACTOR = 5


def _keys(request: HttpRequest | None, username: str) -> list[tuple[str, int]]:
    def digest(value: str) -> str:
        return hashlib.sha256(value.encode()).hexdigest()[:32]

    limit = settings.SIGNIN_MAX_FAILURES
    keys = [(f"signin:user:{digest(username.strip().lower())}", limit)]
    address = request.META.get("REMOTE_ADDR") if request is not None else None
    if address:
        keys.append((f"signin:addr:{digest(address)}", limit * _IP_FAILURE_FACTOR))
    return keys


def is_throttled(request: HttpRequest | None, username: str) -> bool:
    return any(cache.get(key, 0) >= limit for key, limit in _keys(request, username))


def note_failure(request: HttpRequest | None, username: str) -> None:
    for key, _limit in _keys(request, username):
        cache.add(key, 0, timeout=settings.SIGNIN_LOCKOUT_S)
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=settings.SIGNIN_LOCKOUT_S)


def clear_failures(request: HttpRequest | None, username: str) -> None:
    cache.delete(_keys(request, username)[0][0])


def _known_user_id(username: str) -> int | None:
    user_model = get_user_model()
    return (
        user_model._default_manager.filter(**{user_model.USERNAME_FIELD: username})
        .values_list("pk", flat=True)
        .first()
    )


def audit_signin_failure(event: AuditEvent, username: str, reason: str) -> None:
    with transaction.atomic():
        AuditEntry.objects.record(
            event, actor=ANONYMOUS, outcome=Outcome.DENIED,
            target_user_id=_known_user_id(username), reason=reason,
        )


def sign_in(request: HttpRequest, username: str, password: str, otp_token: str) -> Any:
    """Password, then the authenticator code; the signed-in user, or a refusal code.

    Returns the user on success, ``"throttled"`` or ``"refused"`` otherwise. Every
    failure is counted and audited. Shared by the JSON API and the sign-in page.
    """
    if is_throttled(request, username):
        audit_signin_failure(AuditEvent.SIGNIN_THROTTLED, username, "too_many_failures")
        return "throttled"
    try:
        user = authenticate(request, username=username, password=password)
    except PermissionDenied:  # throttled between the check above and now
        return "throttled"
    if user is None:
        return "refused"  # audited and counted by the backend
    device = match_token(user, otp_token)
    if device is None:
        note_failure(request, username)
        audit_signin_failure(AuditEvent.SIGNIN_FAILED, username, "second_factor")
        return "refused"
    login(request, user)  # audited by the user_logged_in receiver
    otp_login(request, device)
    return user


class ThrottledModelBackend(ModelBackend):
    # Django calls backends with username/password keywords; the stubs only say **kwargs.
    def authenticate(  # type: ignore[override]
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> AbstractBaseUser | None:
        if username is None or password is None:
            return None
        if is_throttled(request, username):
            audit_signin_failure(AuditEvent.SIGNIN_THROTTLED, username, "too_many_failures")
            raise PermissionDenied("too many failed sign-ins; try again later")
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None:
            note_failure(request, username)
            audit_signin_failure(AuditEvent.SIGNIN_FAILED, username, "password")
        return user


def on_user_logged_in(sender: object, request: HttpRequest, user: Any, **kwargs: Any) -> None:
    clear_failures(request, user.get_username())
    with transaction.atomic():
        AuditEntry.objects.record(AuditEvent.SIGNIN, actor=Actor.for_user(user))


def on_user_logged_out(sender: object, request: HttpRequest, user: Any, **kwargs: Any) -> None:
    if user is not None:
        with transaction.atomic():
            AuditEntry.objects.record(AuditEvent.SIGNOUT, actor=Actor.for_user(user))


class AuditedOTPAdminAuthenticationForm(OTPAdminAuthenticationForm):
    """The admin's sign-in form: a wrong second factor is counted and audited as in the API."""

    def clean_otp(self, user: Any) -> None:
        try:
            super().clean_otp(user)
        except ValidationError:
            if user is not None:  # the password was right; the code was not
                note_failure(self.request, user.get_username())
                audit_signin_failure(
                    AuditEvent.SIGNIN_FAILED, user.get_username(), "second_factor"
                )
            raise


class ClinicAdminSite(OTPAdminSite):
    """The admin site: second factor required, sign-in failures audited."""

    login_form = AuditedOTPAdminAuthenticationForm
