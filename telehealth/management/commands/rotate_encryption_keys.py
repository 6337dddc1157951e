"""Re-encrypt every encrypted column with the newest key in FIELD_ENCRYPTION_KEYS.

Rotation: put a new key first in FIELD_ENCRYPTION_KEYS, keep the old one after
it, run this command, then remove the old key.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction

from audit.events import SYSTEM, AuditEvent
from audit.models import AuditEntry
from telehealth.crypto import EncryptedBinaryField, EncryptedTextField
from telehealth.models import Patient, VoiceProfile


class Command(BaseCommand):
    help = "Re-encrypt patient identifiers and voice references with the newest key."

    def handle(self, *args: Any, **options: Any) -> None:
        with transaction.atomic():
            patients = self._reencrypt(Patient)
            profiles = self._reencrypt(VoiceProfile)
            AuditEntry.objects.record(
                AuditEvent.KEYS_ROTATED, actor=SYSTEM,
                patient_rows=patients, voice_profile_rows=profiles,
            )
        self.stdout.write(f"re-encrypted {patients} patients and {profiles} voice profiles")

    @staticmethod
    def _reencrypt(model: type[Patient] | type[VoiceProfile]) -> int:
        fields = [
            f.name for f in model._meta.fields
            if isinstance(f, EncryptedTextField | EncryptedBinaryField)
        ]
        rows = 0
        for row in model.objects.select_for_update().iterator(chunk_size=500):
            row.save(update_fields=fields)  # loaded with any key, saved with the first
            rows += 1
        return rows
