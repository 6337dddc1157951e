"""``manage.py seed_demo`` makes a usable demo clinic, once, however often it runs."""

from __future__ import annotations

import io
import re

import pytest
from django.core.management import CommandError, call_command
from rest_framework.test import APIClient

from telehealth.models import Patient, User, Visit

pytestmark = pytest.mark.django_db


def seed(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("DEMO_PASSWORD", "demo-password-for-tests")
    out = io.StringIO()
    call_command("seed_demo", "--allow-production", stdout=out)
    return out.getvalue()


def test_seeding_twice_creates_nothing_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    seed(monkeypatch)
    seed(monkeypatch)
    assert sorted(User.objects.values_list("role", flat=True)) == [
        "admin", "clinician", "compliance"]
    assert (Patient.objects.count(), Visit.objects.count()) == (1, 1)


def test_the_printed_invitation_lets_the_patient_join(monkeypatch: pytest.MonkeyPatch) -> None:
    out = seed(monkeypatch)
    visit_id, token = re.search(r"/join/(\d+)/#(\S+)", out).groups()  # type: ignore[union-attr]
    response = APIClient().post(f"/api/visits/{visit_id}/join/", {"token": token}, format="json")
    assert response.status_code == 200


def test_seeding_refuses_a_production_server_unless_told(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEMO_PASSWORD", "demo-password-for-tests")
    with pytest.raises(CommandError, match="DEBUG off"):
        call_command("seed_demo")
