"""Settings come from the environment, refuse bad values, and pass the deploy check."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured

from telehealth.env import env_bool, env_int, env_list, env_secret

ROOT = Path(__file__).resolve().parent.parent


def manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run manage.py in a clean environment holding only ``env`` (and no .env file values
    that ``env`` does not override: DATA_DIR keeps the SQLite default away from the repo)."""
    base = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp")}
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=base | env,
                          capture_output=True, text=True, timeout=120)


def production_env() -> dict[str, str]:
    return {
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "clinic.example.org",
        "DATABASE_URL": os.environ["DATABASE_URL"],
        "REDIS_URL": os.environ.get("REDIS_URL", ""),
        "FIELD_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
    }


def test_production_settings_pass_the_deploy_check() -> None:
    result = manage("check", "--deploy", "--fail-level", "WARNING", **production_env())
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key() -> None:
    env = production_env()
    del env["SECRET_KEY"]
    result = manage("check", **env)
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_startup_refuses_a_malformed_boolean() -> None:
    result = manage("check", **(production_env() | {"DEBUG": "maybe"}))
    assert result.returncode != 0
    assert "DEBUG must be a boolean" in result.stderr


def test_debug_is_off_unless_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DEBUG", raising=False)
    assert env_bool("DEBUG") is False


def test_a_secret_can_come_from_a_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    secret_file = tmp_path / "secret"
    secret_file.write_text("s3cret-from-file\n")
    monkeypatch.setenv("SECRET_KEY_FILE", str(secret_file))
    assert env_secret("SECRET_KEY", required=True) == "s3cret-from-file"


def test_integers_are_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SESSION_IDLE_TIMEOUT_S", "ten minutes")
    with pytest.raises(ImproperlyConfigured):
        env_int("SESSION_IDLE_TIMEOUT_S", 900)
    monkeypatch.setenv("SESSION_IDLE_TIMEOUT_S", "5")
    with pytest.raises(ImproperlyConfigured):
        env_int("SESSION_IDLE_TIMEOUT_S", 900, minimum=60)


def test_lists_split_on_commas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALLOWED_HOSTS", "a.example, b.example,")
    assert env_list("ALLOWED_HOSTS") == ["a.example", "b.example"]


def test_every_variable_read_is_listed_in_env_example() -> None:
    import re

    read = set()
    for module in ("telehealth/settings.py",):
        read |= set(re.findall(r'env_\w+\(\s*"([A-Z_]+)"', (ROOT / module).read_text()))
    listed = set(re.findall(r"^([A-Z_]+)=", (ROOT / ".env.example").read_text(), re.M))
    assert read - listed == set()
