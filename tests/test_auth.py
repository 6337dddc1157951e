"""Staff sign-in: password plus TOTP, throttled, audited; idle sessions expire."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client, override_settings
from rest_framework.test import APIClient

from audit.events import AuditEvent, Outcome
from telehealth.models import User
from tests.conftest import PASSWORD, current_code, entries

pytestmark = pytest.mark.django_db


def sign_in(client: APIClient, username: str, password: str, code: str) -> int:
    response = client.post(
        "/api/auth/signin/",
        {"username": username, "password": password, "otp_token": code},
        format="json",
    )
    return response.status_code


def test_password_and_code_sign_a_clinician_in(clinician: User) -> None:
    client = APIClient()
    assert sign_in(client, clinician.username, PASSWORD, current_code(clinician)) == 200
    assert client.get("/api/visits/").status_code == 200


def test_sign_in_is_audited(clinician: User) -> None:
    sign_in(APIClient(), clinician.username, PASSWORD, current_code(clinician))
    [entry] = entries(AuditEvent.SIGNIN)
    assert (entry.actor_id, entry.actor_role) == (clinician.pk, "clinician")


def test_wrong_password_is_refused_and_audited(clinician: User) -> None:
    assert (
        sign_in(APIClient(), clinician.username, "wrong password!", current_code(clinician)) == 401
    )
    [entry] = entries(AuditEvent.SIGNIN_FAILED)
    assert entry.outcome == Outcome.DENIED
    assert entry.metadata == {"target_user_id": clinician.pk, "reason": "password"}


def test_wrong_code_is_refused_and_audited(clinician: User) -> None:
    wrong = f"{(int(current_code(clinician)) + 1) % 1_000_000:06d}"
    assert sign_in(APIClient(), clinician.username, PASSWORD, wrong) == 401
    assert entries(AuditEvent.SIGNIN_FAILED)[0].metadata["reason"] == "second_factor"


def test_unknown_user_failure_names_no_one() -> None:
    assert sign_in(APIClient(), "nobody", "wrong password!", "123456") == 401
    assert entries(AuditEvent.SIGNIN_FAILED)[0].metadata == {
        "target_user_id": None,
        "reason": "password",
    }


def test_password_alone_gets_no_access(clinician: User) -> None:
    client = APIClient()
    client.force_login(clinician)  # first factor only
    assert client.get("/api/visits/").status_code == 403


@override_settings(SIGNIN_MAX_FAILURES=3)
def test_repeated_failures_lock_the_account_even_for_the_right_password(clinician: User) -> None:
    client = APIClient()
    for _ in range(3):
        assert sign_in(client, clinician.username, "wrong password!", "000000") == 401
    assert sign_in(client, clinician.username, PASSWORD, current_code(clinician)) == 429
    assert len(entries(AuditEvent.SIGNIN_THROTTLED)) == 1


@override_settings(SIGNIN_MAX_FAILURES=2)
def test_admin_sign_in_shares_the_throttle(admin_user: User) -> None:
    client = Client()
    for _ in range(2):
        client.post(
            "/admin/login/",
            {"username": admin_user.username, "password": "wrong password!", "otp_token": "000000"},
        )
    client.post(
        "/admin/login/",
        {
            "username": admin_user.username,
            "password": PASSWORD,
            "otp_token": current_code(admin_user),
        },
    )
    assert len(entries(AuditEvent.SIGNIN_FAILED)) == 2
    assert len(entries(AuditEvent.SIGNIN_THROTTLED)) == 1
    assert client.get("/admin/").status_code == 302  # still signed out


def test_admin_site_requires_the_second_factor(admin_user: User) -> None:
    client = Client()
    client.force_login(admin_user)
    assert client.get("/admin/").status_code == 302


def test_sign_out_is_audited(clinician: User) -> None:
    client = APIClient()
    sign_in(client, clinician.username, PASSWORD, current_code(clinician))
    assert client.post("/api/auth/signout/").status_code == 204
    assert len(entries(AuditEvent.SIGNOUT)) == 1
    assert client.get("/api/visits/").status_code == 403


def test_idle_sessions_expire_after_the_configured_timeout(clinician: User) -> None:
    client = APIClient()
    sign_in(client, clinician.username, PASSWORD, current_code(clinician))
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    assert settings.SESSION_SAVE_EVERY_REQUEST  # every request pushes the expiry forward
    assert client.session.get_expiry_age() == settings.SESSION_IDLE_TIMEOUT_S
    assert cookie["httponly"]


def test_an_expired_session_is_signed_out(clinician: User) -> None:
    from django.contrib.sessions.models import Session
    from django.utils import timezone

    client = APIClient()
    sign_in(client, clinician.username, PASSWORD, current_code(clinician))
    Session.objects.update(expire_date=timezone.now())  # as if idle past the timeout
    assert client.get("/api/visits/").status_code == 403


def test_sign_in_needs_a_csrf_token_from_a_browser(clinician: User) -> None:
    browser = APIClient(enforce_csrf_checks=True)
    assert sign_in(browser, clinician.username, PASSWORD, current_code(clinician)) == 403
    browser.get("/api/auth/csrf/")
    token = browser.cookies[settings.CSRF_COOKIE_NAME].value
    response = browser.post(
        "/api/auth/signin/",
        {
            "username": clinician.username,
            "password": PASSWORD,
            "otp_token": current_code(clinician),
        },
        format="json",
        HTTP_X_CSRFTOKEN=token,
    )
    assert response.status_code == 200


def test_a_wrong_code_at_the_admin_login_is_audited(admin_user: User) -> None:
    client = Client()
    wrong = f"{(int(current_code(admin_user)) + 1) % 1_000_000:06d}"
    client.post("/admin/login/", {"username": admin_user.username, "password": PASSWORD,
                                  "otp_token": wrong})
    assert entries(AuditEvent.SIGNIN_FAILED)[0].metadata["reason"] == "second_factor"
    assert client.get("/admin/").status_code == 302
