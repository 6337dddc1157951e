"""Staff users and the languages a clinic offers."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models


class Role(models.TextChoices):
    CLINICIAN = "clinician", "Clinician"
    COMPLIANCE = "compliance", "Compliance officer"
    ADMIN = "admin", "Administrator"


class User(AbstractUser):
    """A member of staff. Patients are not users: they join with an invitation."""

    role = models.CharField(max_length=20, choices=Role.choices, default=Role.CLINICIAN)
    preferred_language = models.ForeignKey(
        "telehealth.Language", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    @property
    def is_clinician(self) -> bool:
        return self.role == Role.CLINICIAN

    @property
    def is_compliance_officer(self) -> bool:
        return self.role == Role.COMPLIANCE


class Language(models.Model):
    """A language the clinic interprets, by BCP 47 code (``en``, ``es``)."""

    code = models.CharField(max_length=16, primary_key=True)
    name = models.CharField(max_length=64)
    enabled = models.BooleanField(default=True)

    class Meta:
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"
