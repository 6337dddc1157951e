"""Encryption at rest for patient identifiers and voice references.

Values are Fernet tokens (AES-128-CBC with an HMAC) under the keys in
``FIELD_ENCRYPTION_KEYS``, newest first. ``MultiFernet`` decrypts with any
listed key and encrypts with the first, so rotation is: prepend a new key,
run ``manage.py rotate_encryption_keys``, then drop the old key.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models


@lru_cache(maxsize=1)
def _fernet_for(keys: tuple[str, ...]) -> MultiFernet:
    try:
        return MultiFernet([Fernet(key.encode()) for key in keys])
    except (ValueError, TypeError) as exc:
        raise ImproperlyConfigured(
            "FIELD_ENCRYPTION_KEYS must hold url-safe base64 Fernet keys of 32 bytes"
        ) from exc


def fernet() -> MultiFernet:
    return _fernet_for(tuple(settings.FIELD_ENCRYPTION_KEYS))


def encrypt(data: bytes) -> bytes:
    return fernet().encrypt(data)


def decrypt(token: bytes) -> bytes:
    try:
        return fernet().decrypt(token)
    except InvalidToken as exc:
        # No key in FIELD_ENCRYPTION_KEYS opens this value; say so without the value.
        raise ImproperlyConfigured(
            "an encrypted value cannot be read with the configured keys"
        ) from exc


def rotate(token: bytes) -> bytes:
    return fernet().rotate(token)


class EncryptedTextField(models.TextField):
    """A text column that holds only a Fernet token; Python sees the plaintext."""

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encrypt(str(value).encode()).decode()

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> str | None:
        if value is None or value == "":
            return value
        return decrypt(value.encode()).decode()


class EncryptedBinaryField(models.BinaryField):
    """A binary column that holds only a Fernet token; Python sees the plaintext bytes."""

    def get_db_prep_value(self, value: Any, connection: Any, prepared: bool = False) -> Any:
        if value is None:
            return None
        return super().get_db_prep_value(encrypt(bytes(value)), connection, prepared)

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> bytes | None:
        if value is None:
            return None
        return decrypt(bytes(value))
