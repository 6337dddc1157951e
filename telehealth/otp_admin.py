"""Second-factor devices in the admin: enrol one or reset one, never read one.

django-otp's own admin shows and edits every device's TOTP key and serves its QR code
at any time, so an admin could copy a clinician's second factor. Here a secret is shown
exactly once, on the response that made it (a new device, or a reset that replaces a
lost one), like an invitation link; afterwards no page, form or URL carries it, and a
device can be neither edited into a known key nor moved to another person.
"""

from __future__ import annotations

import io
from base64 import b32encode
from typing import Any

from django.contrib import admin
from django.db import transaction
from django.db.models import QuerySet
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.safestring import mark_safe
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp.qr import write_qrcode_image

from audit.events import Actor, AuditEvent
from audit.models import AuditEntry

_ADD_FIELDS = ("user", "name")
_CHANGE_FIELDS = ("user", "name", "confirmed", "created_at", "last_used_at", "step",
                  "digits", "tolerance", "drift", "throttling_failure_count",
                  "throttling_failure_timestamp")
_EDITABLE_ON_CHANGE = ("name", "confirmed")


def _qr_svg(device: TOTPDevice) -> str:
    """The enrolment QR code as inline SVG, or "" without a QR library (the text serves)."""
    out = io.BytesIO()
    try:
        write_qrcode_image(device.config_url, out)
    except ModuleNotFoundError:
        return ""
    svg = out.getvalue().decode()
    return svg[svg.find("<svg"):] if "<svg" in svg else ""


class TOTPDeviceAdmin(admin.ModelAdmin):
    list_display = ("user", "name", "confirmed", "created_at", "last_used_at")
    list_filter = ("confirmed",)
    search_fields = ("user__username",)
    raw_id_fields = ("user",)
    actions = ["reset_devices"]

    def get_fields(self, request: HttpRequest, obj: Any = None) -> tuple[str, ...]:
        return _ADD_FIELDS if obj is None else _CHANGE_FIELDS

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        if obj is None:
            return []
        return [field for field in _CHANGE_FIELDS if field not in _EDITABLE_ON_CHANGE]

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        """Removal goes through the audited reset; a leaver's account is deactivated."""
        return False

    def has_reset_permission(self, request: HttpRequest) -> bool:
        return bool(request.user.is_superuser)

    def save_model(self, request: HttpRequest, obj: Any, form: ModelForm[Any],
                   change: bool) -> None:
        # The admin's change view already runs in a transaction: both commit or neither.
        super().save_model(request, obj, form, change)
        if not change:
            AuditEntry.objects.record(
                AuditEvent.OTP_DEVICE_ENROLLED, actor=Actor.for_user(request.user),  # type: ignore[arg-type]
                subject=obj, staff_id=obj.user_id, via="admin")

    def response_add(self, request: HttpRequest, obj: Any,
                     post_url_continue: str | None = None) -> HttpResponse:
        return self._show_once(request, [obj], "Device enrolled")

    @admin.action(description="Reset the selected devices (new secret, shown once)",
                  permissions=["reset"])
    def reset_devices(self, request: HttpRequest,
                      queryset: QuerySet[TOTPDevice]) -> HttpResponse:
        actor = Actor.for_user(request.user)  # type: ignore[arg-type]
        made = []
        with transaction.atomic():
            for old in queryset.select_related("user"):
                new = TOTPDevice.objects.create(user=old.user, name=old.name, confirmed=True)
                AuditEntry.objects.record(AuditEvent.OTP_DEVICE_RESET, actor=actor,
                                          subject=new, staff_id=old.user_id,
                                          replaced_device_id=old.pk, via="admin")
                old.delete()
                made.append(new)
        return self._show_once(request, made, "Devices reset")

    def _show_once(self, request: HttpRequest, devices: list[TOTPDevice],
                   title: str) -> HttpResponse:
        """The only page that ever carries these secrets (never cached: no-store)."""
        shown = [{"device": device, "qr_svg": mark_safe(_qr_svg(device)),  # noqa: S308  (our own SVG)
                  "secret": b32encode(device.bin_key).decode(),
                  "config_url": device.config_url} for device in devices]
        context = {**self.admin_site.each_context(request), "title": title, "shown": shown,
                   "opts": self.model._meta}
        response = TemplateResponse(request, "admin/otp_totp/show_once.html", context)
        response["Cache-Control"] = "no-store"
        return response
