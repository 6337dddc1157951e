"""Visits are scheduled and listed in the clinic's time zone (``CLINIC_TIME_ZONE``), never in
bare UTC; the pages carry each moment as an ISO time for the browser to show its own zone."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import Client

from telehealth.env import env_time_zone
from telehealth.models import Patient, User, Visit
from tests.conftest import verified_client

NEW_YORK = "America/New_York"


@pytest.fixture
def in_new_york(settings: Any) -> None:
    settings.CLINIC_TIME_ZONE = NEW_YORK


def test_the_clinic_time_zone_is_an_iana_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLINIC_TIME_ZONE", raising=False)
    assert env_time_zone("CLINIC_TIME_ZONE") == "UTC"
    monkeypatch.setenv("CLINIC_TIME_ZONE", "Europe/Madrid")
    assert env_time_zone("CLINIC_TIME_ZONE") == "Europe/Madrid"
    for bad in ("Mars/Olympus_Mons", "EST5EDT/../../etc/passwd", "America", "+05:00"):
        monkeypatch.setenv("CLINIC_TIME_ZONE", bad)
        with pytest.raises(ImproperlyConfigured, match="CLINIC_TIME_ZONE"):
            env_time_zone("CLINIC_TIME_ZONE")


def test_a_bad_clinic_time_zone_stops_start_up() -> None:
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], capture_output=True, text=True, timeout=120,
        env=os.environ | {"CLINIC_TIME_ZONE": "Nowhere/At_All"}, check=False)
    assert result.returncode != 0 and "CLINIC_TIME_ZONE must be an IANA time zone" in (
        result.stderr)


@pytest.mark.django_db
@pytest.mark.usefixtures("in_new_york")
def test_the_time_entered_is_the_clinics(clinician: User, patient: Patient) -> None:
    client = verified_client(clinician, Client)
    form = client.get("/visits/").content.decode()
    assert f"Date and time (clinic time, {NEW_YORK})" in form
    client.post("/visits/new/", {"patient": patient.pk, "scheduled_for": "2030-01-02T09:30",
                                 "clinician_language": "en"})
    visit = Visit.objects.get(patient=patient)
    assert visit.scheduled_for == datetime(2030, 1, 2, 14, 30, tzinfo=UTC)


@pytest.mark.django_db
@pytest.mark.usefixtures("in_new_york")
def test_visits_are_listed_in_the_clinics_time_with_the_moment_for_the_browser(
        clinician: User, visit: Visit) -> None:
    Visit.objects.filter(pk=visit.pk).update(
        scheduled_for=datetime(2030, 7, 1, 13, 0, tzinfo=UTC))
    client = verified_client(clinician, Client)
    for page in (client.get("/visits/"), client.get(f"/visits/{visit.pk}/")):
        html = page.content.decode()
        assert ('<time datetime="2030-07-01T09:00:00-04:00" data-local '
                f'data-zone="{NEW_YORK}"') in html
        assert "2030-07-01 09:00 EDT" in html
        assert f"Times are in the clinic's time zone, {NEW_YORK}." in html
        assert "UTC" not in html


@pytest.mark.django_db
@pytest.mark.usefixtures("in_new_york")
def test_a_time_that_does_not_exist_in_the_clinic_is_refused(clinician: User,
                                                             patient: Patient) -> None:
    response = verified_client(clinician, Client).post("/visits/new/", {
        "patient": patient.pk, "scheduled_for": "2030-03-10T02:30",  # clocks go 2:00 -> 3:00
        "clinician_language": "en"})
    assert response.status_code == 400 and "America/New_York" in response.content.decode()
    assert not Visit.objects.exists()


@pytest.mark.django_db
def test_the_patients_page_shows_the_visits_time_for_their_browser(
        visit: Visit, patient_client_page: str) -> None:
    assert f'<time datetime="{visit.scheduled_for.isoformat()}"' in patient_client_page
    assert 'data-yours="su hora"' in patient_client_page


@pytest.fixture
def patient_client_page(visit: Visit) -> str:
    from tests.test_pages import patient_client

    participant = visit.participants.get(role="patient")
    client = patient_client(participant)
    client.post(f"/visit/{visit.pk}/consent/", {"interpretation": "granted"})
    return client.get(f"/visit/{visit.pk}/").content.decode()
