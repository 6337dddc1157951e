"""``interpret --voice-profile``: a voice is cloned only while its consent is active."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from audit.events import SYSTEM
from telehealth import services
from telehealth.models import (
    ConsentDecision,
    Participant,
)
from tests.cascade_helpers import SPEECH
from tests.conftest import voice_consent

pytestmark = pytest.mark.django_db



def run(profile_id: int, tmp_path: object, capsys: pytest.CaptureFixture[str]) -> str:
    call_command("interpret", str(SPEECH / "en-followup.wav"), "--source", "en", "--target",
                 "es", "--json", "--out", f"{tmp_path}/out.wav", "--voice-profile",
                 str(profile_id), stdout=io.StringIO())
    return capsys.readouterr().err


def test_a_revoked_consent_leaves_no_voice_profile_to_clone(
    patient_participant: Participant, tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    voice_consent(patient_participant, ConsentDecision.GRANTED)
    profile = services.voice_profile_store(participant=patient_participant, audio=b"\0" * 3200,
                                           sample_rate_hz=16000, duration_ms=100, actor=SYSTEM)
    voice_consent(patient_participant, ConsentDecision.REVOKED)  # deletes the profile
    with pytest.raises(Exception, match=f"no voice profile {profile.pk}"):
        run(profile.pk, tmp_path, capsys)
