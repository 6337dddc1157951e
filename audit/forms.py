"""Filters of the compliance review; the same filters select what is exported."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from django import forms
from django.utils import timezone

from audit.events import ActorKind, AuditEvent, Outcome
from audit.models import AuditEntryQuerySet


def _blank(choices: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [("", "Any"), *choices]


class AuditFilterForm(forms.Form):
    since = forms.DateField(required=False, label="From (UTC)",
                            widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(required=False, label="To (UTC, inclusive)",
                            widget=forms.DateInput(attrs={"type": "date"}))
    visit = forms.IntegerField(required=False, min_value=1, label="Visit id")
    actor_kind = forms.ChoiceField(required=False, choices=_blank(ActorKind.choices),
                                   label="Actor kind")
    actor_id = forms.IntegerField(required=False, min_value=1, label="Actor id")
    event = forms.ChoiceField(required=False, choices=_blank(AuditEvent.choices),
                              label="Event type")
    outcome = forms.ChoiceField(required=False, choices=_blank(Outcome.choices))

    def apply(self, entries: AuditEntryQuerySet) -> AuditEntryQuerySet:
        data = self.cleaned_data
        if data.get("since"):
            entries = entries.filter(recorded_at__gte=_start_of(data["since"]))
        if data.get("until"):
            entries = entries.filter(recorded_at__lt=_start_of(data["until"]) + timedelta(days=1))
        for field, column in (("visit", "visit_id"), ("actor_kind", "actor_kind"),
                              ("actor_id", "actor_id"), ("event", "event"),
                              ("outcome", "outcome")):
            if data.get(field):
                entries = entries.filter(**{column: data[field]})
        return entries

    def as_metadata(self) -> dict[str, Any]:
        """The filters used, for the audit entry of this view: codes and ids only (none
        when the form was not filled in, or not validly)."""
        if not self.is_bound or not self.is_valid():
            return {}
        return {f"filter_{key}": value.isoformat() if hasattr(value, "isoformat") else value
                for key, value in self.cleaned_data.items() if value}


def _start_of(day: object) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))  # type: ignore[arg-type]
