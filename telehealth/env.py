"""Typed readers for settings that come from the environment.

Each helper refuses a malformed value with ``ImproperlyConfigured`` so a bad
deployment stops at start-up instead of failing on the first request. A
``NAME_FILE`` variable, when set, supplies the value of ``NAME`` from a file
(Docker and Kubernetes secrets).
"""

from __future__ import annotations

import os
import zoneinfo
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def _raw(name: str) -> str | None:
    file_path = os.environ.get(f"{name}_FILE")
    if file_path:
        try:
            return Path(file_path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ImproperlyConfigured(f"{name}_FILE points to an unreadable file") from exc
    return os.environ.get(name)


def env_str(name: str, default: str = "") -> str:
    value = _raw(name)
    return default if value is None else value


def env_bool(name: str, default: bool = False) -> bool:
    value = _raw(name)
    if value is None:
        return default
    lowered = value.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), got {value!r}")


def env_int(name: str, default: int, *, minimum: int | None = None) -> int:
    value = _raw(name)
    if value is None or value.strip() == "":
        return default
    try:
        number = int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be an integer, got {value!r}") from exc
    if minimum is not None and number < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}, got {number}")
    return number


def env_choice(name: str, default: str, choices: list[str]) -> str:
    value = env_str(name, default).strip() or default
    if value not in choices:
        raise ImproperlyConfigured(f"{name} must be one of {', '.join(choices)}, got {value!r}")
    return value


def env_time_zone(name: str, default: str = "UTC") -> str:
    """An IANA time zone name (``America/Bogota``), known to this machine's zone data."""
    value = env_str(name, default).strip() or default
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError) as exc:  # OSError: a folder
        raise ImproperlyConfigured(
            f"{name} must be an IANA time zone name such as Europe/Madrid, got {value!r}"
        ) from exc
    return value


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    value = _raw(name)
    if value is None:
        return list(default or [])
    return [item.strip() for item in value.split(",") if item.strip()]


def env_secret(name: str, *, required: bool, dev_fallback: str = "") -> str:
    """A secret: never defaulted in production, and never echoed in errors."""
    value = _raw(name)
    if value:
        return value
    if required:
        raise ImproperlyConfigured(
            f"{name} is not set. Set it in the environment (or {name}_FILE); "
            "scripts/demo writes a .env with generated values for local use."
        )
    return dev_fallback
