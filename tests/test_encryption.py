"""Patient identifiers are encrypted at rest, and keys can be rotated."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from audit.events import AuditEvent
from telehealth.models import Patient
from tests.conftest import entries

pytestmark = pytest.mark.django_db

COLUMNS = "given_name, family_name, date_of_birth, medical_record_number"


def raw_row(patient: Patient) -> tuple[str, ...]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {COLUMNS} FROM telehealth_patient WHERE id = %s", [patient.pk])
        return cursor.fetchone()


def test_the_raw_columns_hold_no_plaintext(patient: Patient) -> None:
    raw = " ".join(raw_row(patient))
    for plaintext in ("Rosa", "Synthetica", "1961-03-14", "MRN-555-0199", "0199"):
        assert plaintext not in raw


def test_the_model_reads_the_plaintext_back(patient: Patient) -> None:
    fresh = Patient.objects.get(pk=patient.pk)
    assert (fresh.given_name, fresh.date_of_birth, fresh.medical_record_number) == (
        "Rosa", "1961-03-14", "MRN-555-0199")


def test_str_and_repr_show_only_the_id(patient: Patient) -> None:
    assert str(patient) == repr(patient) == f"Patient #{patient.pk}"


def test_rotation_re_encrypts_under_the_new_key(patient: Patient, settings: object) -> None:
    old_keys = list(settings.FIELD_ENCRYPTION_KEYS)  # type: ignore[attr-defined]
    new_key = Fernet.generate_key().decode()
    before = raw_row(patient)
    with override_settings(FIELD_ENCRYPTION_KEYS=[new_key, *old_keys]):
        call_command("rotate_encryption_keys", stdout=open("/dev/null", "w"))
    after = raw_row(patient)
    assert before != after
    assert Fernet(new_key.encode()).decrypt(after[0].encode()) == b"Rosa"
    with override_settings(FIELD_ENCRYPTION_KEYS=[new_key]):  # old key retired
        assert Patient.objects.get(pk=patient.pk).family_name == "Synthetica"
    assert entries(AuditEvent.KEYS_ROTATED)[0].metadata["patient_rows"] == 1


def test_a_value_no_key_opens_is_a_clear_error(patient: Patient) -> None:
    from django.core.exceptions import ImproperlyConfigured

    with override_settings(FIELD_ENCRYPTION_KEYS=[Fernet.generate_key().decode()]):
        with pytest.raises(ImproperlyConfigured, match="cannot be read") as failure:
            Patient.objects.get(pk=patient.pk)
    assert "Rosa" not in str(failure.value)
