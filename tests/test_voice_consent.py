"""``interpret --voice-profile``: a voice is cloned only while its consent is active."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from audit.events import SYSTEM
from telehealth import services
from telehealth.models import (
    CaptureMethod,
    ConsentDecision,
    ConsentScope,
    ConsentText,
    Participant,
)
from tests.cascade_helpers import SPEECH

pytestmark = pytest.mark.django_db


def voice_consent(participant: Participant, decision: str) -> None:
    services.consent_record(
        participant=participant, scope=ConsentScope.VOICE_CLONING,
        decision=decision, captured_via=CaptureMethod.JOIN_PAGE,  # type: ignore[arg-type]
        consent_text=ConsentText.objects.get(scope="voice_cloning", language_id="es"),
        actor=SYSTEM)


def run(profile_id: int, tmp_path: object, capsys: pytest.CaptureFixture[str]) -> str:
    call_command("interpret", str(SPEECH / "en-followup.wav"), "--source", "en", "--target",
                 "es", "--json", "--out", f"{tmp_path}/out.wav", "--voice-profile",
                 str(profile_id), stdout=io.StringIO())
    return capsys.readouterr().err


def test_without_active_consent_the_stock_voice_speaks(
    patient_participant: Participant, tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    voice_consent(patient_participant, ConsentDecision.GRANTED)
    profile = services.voice_profile_store(participant=patient_participant, audio=b"\0" * 3200,
                                           sample_rate_hz=16000, duration_ms=100, actor=SYSTEM)
    voice_consent(patient_participant, ConsentDecision.REVOKED)  # deletes the profile
    with pytest.raises(Exception, match=f"no voice profile {profile.pk}"):
        run(profile.pk, tmp_path, capsys)
