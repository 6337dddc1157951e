"""Admin for staff: users and roles, languages, consent wording, voice profiles.

Clinical records (patients, visits, consents) are read-only here: they change
only through the audited workflows. Patient identifiers are never shown.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.db import transaction
from django.db.models import Model, QuerySet
from django.http import HttpRequest, HttpResponse
from django_otp.plugins.otp_totp.models import TOTPDevice

from audit.events import Actor, AuditEvent
from audit.models import AuditEntry
from telehealth.models import (
    Consent,
    ConsentText,
    InterpreterRequest,
    Language,
    Patient,
    User,
    Visit,
    VoiceProfile,
)
from telehealth.otp_admin import TOTPDeviceAdmin

# django-otp's own device admin shows every secret: replaced by one that never does.
if admin.site.is_registered(TOTPDevice):
    admin.site.unregister(TOTPDevice)
admin.site.register(TOTPDevice, TOTPDeviceAdmin)


class ReadOnlyAdmin(admin.ModelAdmin):
    #: Opening one record writes this audit event (None: not audited).
    view_event: AuditEvent | None = None

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        response = super().change_view(request, object_id, form_url, extra_context)
        obj = getattr(response, "context_data", {}).get("original")
        if self.view_event is not None and obj is not None:
            with transaction.atomic():
                visit_id, patient_id = self.record_ids(obj)
                AuditEntry.objects.record(
                    self.view_event, actor=Actor.for_user(request.user),  # type: ignore[arg-type]
                    visit_id=visit_id, patient_id=patient_id, subject=obj, via="admin",
                )
        return response

    def record_ids(self, obj: Any) -> tuple[int | None, int | None]:
        """The (visit id, patient id) an audit entry about ``obj`` names."""
        return None, None

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


@admin.register(User)
class StaffAdmin(UserAdmin):
    list_display = ("username", "role", "is_active", "is_staff", "last_login")
    list_filter = ("role", "is_active", "is_staff")
    fieldsets = (
        *(UserAdmin.fieldsets or ()),
        ("Clinic", {"fields": ("role", "preferred_language")}),
    )
    add_fieldsets = (*UserAdmin.add_fieldsets, ("Clinic", {"fields": ("role",)}))


@admin.register(Language)
class LanguageAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "enabled")
    list_editable = ("enabled",)


@admin.register(ConsentText)
class ConsentTextAdmin(admin.ModelAdmin):
    """Texts are added as new versions, never edited: consents point at the exact words shown."""

    list_display = ("scope", "version", "language", "created_at")
    list_filter = ("scope", "language")

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return obj is None

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


@admin.register(Patient)
class PatientAdmin(ReadOnlyAdmin):
    view_event = AuditEvent.PATIENT_VIEWED
    list_display = ("id", "preferred_language", "registered_by", "created_at")
    fields = ("id", "preferred_language", "registered_by", "created_at")
    readonly_fields = fields

    def record_ids(self, obj: Any) -> tuple[int | None, int | None]:
        return None, obj.pk


@admin.register(Visit)
class VisitAdmin(ReadOnlyAdmin):
    view_event = AuditEvent.VISIT_VIEWED
    list_display = ("id", "status", "scheduled_for", "clinician", "patient")
    list_filter = ("status",)

    def record_ids(self, obj: Any) -> tuple[int | None, int | None]:
        return obj.pk, obj.patient_id


@admin.register(InterpreterRequest)
class InterpreterRequestAdmin(ReadOnlyAdmin):
    """Who asked for a human interpreter, in which visit, when: staff arrange one."""

    list_display = ("id", "visit", "requested_by", "created_at")


@admin.register(Consent)
class ConsentAdmin(ReadOnlyAdmin):
    list_display = ("id", "scope", "decision", "captured_via", "participant", "visit",
                    "patient", "recorded_at")
    list_filter = ("scope", "decision", "captured_via")


@admin.register(VoiceProfile)
class VoiceProfileAdmin(ReadOnlyAdmin):
    """Listed without audio; an admin may delete one (audited), never read or edit it."""

    list_display = ("id", "participant", "duration_ms", "sample_rate_hz", "created_at")
    fields = ("participant", "duration_ms", "sample_rate_hz", "created_at")
    readonly_fields = fields

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return bool(request.user.is_superuser)

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        self.delete_queryset(request, VoiceProfile.objects.filter(pk=obj.pk))

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        actor = Actor.for_user(request.user)  # type: ignore[arg-type]
        with transaction.atomic():
            for profile in queryset.select_related("participant"):
                AuditEntry.objects.record(
                    AuditEvent.VOICE_PROFILE_DELETED, actor=actor,
                    visit_id=profile.participant.visit_id,
                    patient_id=profile.participant.patient_id, subject=profile,
                    reason="admin",
                )
                profile.delete()
