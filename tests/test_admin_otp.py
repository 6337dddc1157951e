"""Second factors in the admin: a secret is shown once, when a device is enrolled or reset,
and never again; resetting a device is audited (issue 12, defect 4)."""

from __future__ import annotations

from base64 import b32encode

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from audit.events import AuditEvent
from telehealth.models import Role, User
from tests.conftest import PASSWORD, current_code, entries, make_staff, verified_client

pytestmark = pytest.mark.django_db

DEVICES = "/admin/otp_totp/totpdevice/"


def secrets_of(device: TOTPDevice) -> list[str]:
    """Every form a TOTP secret is written in: hex (the model), base32 (apps), the URL."""
    return [device.key, b32encode(device.bin_key).decode(), device.config_url]


@pytest.fixture
def admin_client(admin_user: User) -> Client:
    return verified_client(admin_user, Client)


def test_no_page_shows_an_enrolled_secret(admin_client: Client, clinician: User) -> None:
    device = TOTPDevice.objects.get(user=clinician)
    pages = [admin_client.get(DEVICES), admin_client.get(f"{DEVICES}{device.pk}/change/"),
             admin_client.get(f"{DEVICES}{device.pk}/history/")]
    for page in pages:
        assert page.status_code == 200
        html = page.content.decode()
        for secret in secrets_of(device):
            assert secret not in html
        assert "qrcode" not in html.lower()


@pytest.mark.parametrize("view", ["config", "qrcode"])
def test_the_qr_code_pages_are_gone(admin_client: Client, clinician: User, view: str) -> None:
    device = TOTPDevice.objects.get(user=clinician)
    response = admin_client.get(f"{DEVICES}{device.pk}/{view}/", follow=True)
    assert "svg" not in response["Content-Type"]
    assert not any(secret in response.content.decode() for secret in secrets_of(device))


def test_an_admin_cannot_set_a_secret(admin_client: Client, clinician: User) -> None:
    device = TOTPDevice.objects.get(user=clinician)
    admin_client.post(f"{DEVICES}{device.pk}/change/", {
        "user": clinician.pk, "name": "phone", "confirmed": "on", "key": "00" * 20,
        "step": 30, "t0": 0, "digits": 6, "tolerance": 1, "drift": 0,
        "throttling_failure_count": 0})
    device.refresh_from_db()
    assert device.key != "00" * 20


def test_enrolling_a_new_device_shows_its_secret_once(admin_client: Client,
                                                      admin_user: User) -> None:
    newcomer = User.objects.create_user(username="dr.new", password=PASSWORD,
                                        role=Role.CLINICIAN)
    response = admin_client.post(f"{DEVICES}add/", {"user": newcomer.pk, "name": "phone"})
    assert response.status_code == 200
    device = TOTPDevice.objects.get(user=newcomer)
    assert device.confirmed
    assert b32encode(device.bin_key).decode() in response.content.decode()  # shown now...
    assert response["Cache-Control"] and "no-store" in response["Cache-Control"]
    page = admin_client.get(f"{DEVICES}{device.pk}/change/").content.decode()
    assert not any(secret in page for secret in secrets_of(device))  # ...and never again
    [enrolled] = entries(AuditEvent.OTP_DEVICE_ENROLLED)
    assert (enrolled.actor_id, enrolled.subject_id) == (admin_user.pk, device.pk)
    assert enrolled.metadata["staff_id"] == newcomer.pk

    signin = Client().post("/signin/", {"username": "dr.new", "password": PASSWORD,
                                        "otp_token": current_code(newcomer)})
    assert signin.status_code == 302 and signin["Location"] == "/visits/"


def test_resetting_a_device_replaces_its_secret_and_is_audited(
        admin_client: Client, admin_user: User) -> None:
    staff = make_staff("dr.lost_phone", Role.CLINICIAN)
    old = TOTPDevice.objects.get(user=staff)
    old_code = current_code(staff)
    response = admin_client.post(DEVICES, {"action": "reset_devices",
                                           "_selected_action": [old.pk]})
    assert response.status_code == 200
    new = TOTPDevice.objects.get(user=staff)
    assert new.pk != old.pk and new.key != old.key and new.confirmed
    assert not TOTPDevice.objects.filter(pk=old.pk).exists()
    html = response.content.decode()
    assert b32encode(new.bin_key).decode() in html and old.key not in html
    [reset] = entries(AuditEvent.OTP_DEVICE_RESET)
    assert (reset.actor_id, reset.subject_id) == (admin_user.pk, new.pk)
    assert reset.metadata == {"staff_id": staff.pk, "replaced_device_id": old.pk,
                              "via": "admin"}

    # The new secret signs in; the old one is worthless. (New first: a failure would make
    # django-otp hold the device back for a second.)
    assert Client().post("/signin/", {"username": "dr.lost_phone", "password": PASSWORD,
                                      "otp_token": current_code(staff)}).status_code == 302
    assert Client().post("/signin/", {"username": "dr.lost_phone", "password": PASSWORD,
                                      "otp_token": old_code}).status_code == 400


def test_a_reset_needs_a_superuser(clinician: User) -> None:
    """Staff who may see and change devices still may not reset one."""
    staff = make_staff("ops", Role.ADMIN)
    staff.is_superuser = False
    staff.save()
    staff.user_permissions.set(Permission.objects.filter(
        content_type__app_label="otp_totp", codename__in=["view_totpdevice",
                                                          "change_totpdevice"]))
    listing = verified_client(staff, Client).get(DEVICES)
    assert listing.status_code == 200 and "reset_devices" not in listing.content.decode()
    device = TOTPDevice.objects.get(user=clinician)
    verified_client(staff, Client).post(DEVICES, {
        "action": "reset_devices", "_selected_action": [device.pk]})
    assert TOTPDevice.objects.filter(pk=device.pk).exists()
    assert entries(AuditEvent.OTP_DEVICE_RESET) == []
