"""Create, idempotently, a demo clinic and print how to use it.

Everything here is synthetic. Staff passwords come from DEMO_PASSWORD (the
demo script writes a generated one to .env); each run issues a fresh patient
invitation, since only the hash of the last one is kept.
"""

from __future__ import annotations

import base64
import os
from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from telehealth import services
from telehealth.models import Language, ParticipantRole, Patient, Role, User, Visit, VisitStatus

STAFF = [
    ("demo.clinician", Role.CLINICIAN, "en"),
    ("demo.compliance", Role.COMPLIANCE, "en"),
    ("demo.admin", Role.ADMIN, "en"),
]
DEMO_MRN = "DEMO-0001"


class Command(BaseCommand):
    help = "Create a demo clinic: three staff users, a patient and a scheduled visit."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--base-url", default="http://127.0.0.1:8000")
        parser.add_argument(
            "--allow-production", action="store_true",
            help="seed even with DEBUG off (demo accounts do not belong on a real clinic)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not options["allow_production"]:
            raise CommandError("refusing to create demo accounts with DEBUG off")
        password = os.environ.get("DEMO_PASSWORD", "")
        if len(password) < 12:
            raise CommandError("set DEMO_PASSWORD (12 characters or more) first")
        with transaction.atomic():
            users = {name: self._staff(name, role, lang, password) for name, role, lang in STAFF}
            clinician = users["demo.clinician"]
            patient = self._patient(clinician)
            visit = self._visit(clinician, patient)
            participant = visit.participants.get(role=ParticipantRole.PATIENT)
            _, token = services.invitation_create(participant=participant, actor=clinician)
        self._print(users, visit, token, options["base_url"])

    @staticmethod
    def _staff(username: str, role: str, language: str, password: str) -> User:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"role": role, "is_staff": role == Role.ADMIN,
                      "is_superuser": role == Role.ADMIN, "preferred_language_id": language},
        )
        if created or not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
        TOTPDevice.objects.get_or_create(user=user, name="demo", defaults={"confirmed": True})
        return user

    @staticmethod
    def _patient(clinician: User) -> Patient:
        for patient in Patient.objects.filter(registered_by=clinician):
            if patient.medical_record_number == DEMO_MRN:  # encrypted: compare in Python
                return patient
        return services.patient_register(
            registered_by=clinician, given_name="Ana", family_name="Ejemplo",
            date_of_birth=date(1980, 1, 1), preferred_language=Language.objects.get(code="es"),
            medical_record_number=DEMO_MRN,
        )

    @staticmethod
    def _visit(clinician: User, patient: Patient) -> Visit:
        visit = Visit.objects.filter(
            clinician=clinician, patient=patient,
            status__in=[VisitStatus.SCHEDULED, VisitStatus.LIVE],
        ).first()
        return visit or services.visit_create(
            clinician=clinician, patient=patient,
            scheduled_for=timezone.now() + timedelta(minutes=15),
            clinician_language=Language.objects.get(code="en"),
        )

    def _print(self, users: dict[str, User], visit: Visit, token: str, base_url: str) -> None:
        out = self.stdout.write
        out("Demo clinic ready (synthetic data only).")
        out(f"Sign in at {base_url}/signin/ (clinician portal, compliance review; the admin")
        out(f"is at {base_url}/admin/) with the password in DEMO_PASSWORD (.env) and a code")
        out("from an authenticator app:")
        for name, user in users.items():
            device = TOTPDevice.objects.get(user=user, name="demo")
            secret = base64.b32encode(device.bin_key).decode()
            code = totp(device.bin_key, step=device.step, digits=device.digits)
            code_text = f"{code:0{device.digits}d}"
            out(f"  {name:<17} {user.role:<11} TOTP secret {secret}  (code now: {code_text})")
        out(f"Visit #{visit.pk} ({visit.status}), languages {', '.join(visit.languages)}.")
        out(f"Patient invitation (single use, expires in {settings.INVITATION_TTL_S // 3600} h;")
        out("open it in another browser or a private window):")
        out(f"  {base_url}/join/{visit.pk}/#{token}")
        out(f"  headless: POST {base_url}/api/visits/{visit.pk}/join/")
        out(f'            with {{"token": "{token}"}}')
