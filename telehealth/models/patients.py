"""Patients. Every identifier is PHI and is encrypted at rest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import models
from django.db.models import Q

from telehealth.crypto import EncryptedTextField

if TYPE_CHECKING:
    from telehealth.models.staff import User


class PatientQuerySet(models.QuerySet["Patient"]):
    def visible_to(self, user: User) -> PatientQuerySet:
        """Patients a clinician registered or has a visit with."""
        if not user.is_clinician:
            return self.none()
        return self.filter(Q(registered_by=user) | Q(visits__clinician=user)).distinct()


class Patient(models.Model):
    """Minimal demographics. ``__str__`` and admin lists show the id only."""

    given_name = EncryptedTextField()
    family_name = EncryptedTextField()
    date_of_birth = EncryptedTextField(help_text="ISO date, encrypted at rest")
    medical_record_number = EncryptedTextField(blank=True)
    preferred_language = models.ForeignKey(
        "telehealth.Language", on_delete=models.PROTECT, related_name="+"
    )
    registered_by = models.ForeignKey(
        "telehealth.User", on_delete=models.PROTECT, related_name="registered_patients"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = PatientQuerySet.as_manager()

    def __str__(self) -> str:
        return f"Patient #{self.pk}"

    __repr__ = __str__
