from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from audit.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """Read-only: the trail is append-only, in the admin as in the database."""

    list_display = ("seq", "recorded_at", "event", "outcome", "actor_kind", "actor_id",
                    "actor_role", "visit_id", "subject_type", "subject_id")
    list_filter = ("event", "outcome", "actor_kind", "actor_role")
    search_fields = ("=visit_id", "=actor_id", "=seq")
    date_hierarchy = "recorded_at"
    readonly_fields = [f.name for f in AuditEntry._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
