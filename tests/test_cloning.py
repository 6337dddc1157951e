"""Voice cloning: OpenVoice through coqui-tts on a small converter the project builds,
and the rule that a voice is cloned only while its consent is active."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest
from django.core.management import call_command
from django.test import override_settings

from audit.events import SYSTEM
from interpretation.audio import float_to_pcm16, load_audio, resample
from interpretation.engines.espeak import EspeakVoice
from interpretation.engines.openvoice_clone import OpenVoiceConverter
from interpretation.test_models import build_test_voice_converter
from interpretation.voices import VoiceCloning
from telehealth import services
from telehealth.models import (
    ConsentDecision,
    Participant,
    VoiceProfile,
)
from tests.cascade_helpers import SPEECH, engines  # noqa: F401  (the session's cascade)
from tests.conftest import voice_consent

pytest.importorskip("TTS", reason="the cloning extra is not installed")  # scripts/test has it


@pytest.fixture(scope="module")
def converter(tmp_path_factory: pytest.TempPathFactory) -> OpenVoiceConverter:
    folder = build_test_voice_converter(tmp_path_factory.mktemp("vc") / "openvoice")
    return OpenVoiceConverter(folder)


def reference_wav(name: str = "en-pain.wav") -> bytes:
    buffer = io.BytesIO()
    import wave

    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16_000)
        out.writeframes(float_to_pcm16(load_audio(SPEECH / name)))
    return buffer.getvalue()


def test_the_converter_turns_stock_speech_into_audio_of_the_same_length(
    converter: OpenVoiceConverter,
) -> None:
    embedding = converter.embed(load_audio(SPEECH / "en-pain.wav"), 16_000)
    stock, rate = EspeakVoice().synthesize("take one tablet twice a day", "en")
    converted, out_rate = converter.convert(stock, rate, embedding)
    expected = len(resample(stock, rate, out_rate))
    assert out_rate == 22_050
    assert abs(len(converted) - expected) < 1024  # one hop of padding at most
    assert np.isfinite(converted).all()


def test_two_speakers_get_different_embeddings(converter: OpenVoiceConverter) -> None:
    first = converter.embed(load_audio(SPEECH / "en-pain.wav"), 16_000)
    second = converter.embed(load_audio(SPEECH / "es-nombre.wav"), 16_000)
    again = converter.embed(load_audio(SPEECH / "en-pain.wav"), 16_000)
    assert not np.allclose(first.numpy(), second.numpy())
    assert np.allclose(first.numpy(), again.numpy())


def test_a_reference_under_a_second_is_refused(converter: OpenVoiceConverter) -> None:
    from interpretation.engines.base import EngineError

    with pytest.raises(EngineError):
        converter.embed(np.zeros(8000, np.float32), 16_000)


def test_the_test_converter_is_marked_as_such(converter: OpenVoiceConverter) -> None:
    assert converter.real is False



def store_profile(participant: Participant) -> VoiceProfile:
    return services.voice_profile_store(participant=participant, audio=reference_wav(),
                                        sample_rate_hz=16_000, duration_ms=5000, actor=SYSTEM)


@pytest.mark.django_db
def test_a_consenting_speaker_is_cloned(
    converter: OpenVoiceConverter, patient_participant: Participant
) -> None:
    voice_consent(patient_participant, ConsentDecision.GRANTED)
    store_profile(patient_participant)
    voice, reason = VoiceCloning(converter, allow_test_model=True).voice_for(
        patient_participant, EspeakVoice())
    assert reason == "cloned"
    assert voice is not None and voice.name == f"clone:participant-{patient_participant.pk}"


@pytest.mark.django_db
def test_revoking_consent_stops_cloning_from_the_next_utterance(
    converter: OpenVoiceConverter, patient_participant: Participant
) -> None:
    cloning = VoiceCloning(converter, allow_test_model=True)
    voice_consent(patient_participant, ConsentDecision.GRANTED)
    store_profile(patient_participant)
    assert cloning.voice_for(patient_participant, EspeakVoice())[1] == "cloned"
    voice_consent(patient_participant, ConsentDecision.REVOKED)
    assert cloning.voice_for(patient_participant, EspeakVoice()) == (None, "no_consent")
    assert cloning._embeddings == {}  # the speaker's embedding left memory too


@pytest.mark.django_db
def test_the_test_converter_is_not_used_unless_allowed(
    converter: OpenVoiceConverter, patient_participant: Participant
) -> None:
    voice_consent(patient_participant, ConsentDecision.GRANTED)
    store_profile(patient_participant)
    assert VoiceCloning(converter, allow_test_model=False).voice_for(
        patient_participant, EspeakVoice()) == (None, "test_model_only")


@pytest.mark.django_db
@override_settings(VOICE_CLONING_ALLOW_TEST_MODEL=True)
def test_interpret_speaks_in_the_cloned_voice(
    patient_participant: Participant, tmp_path: Path, engines: object  # noqa: F811
) -> None:
    voice_consent(patient_participant, ConsentDecision.GRANTED)
    profile = store_profile(patient_participant)
    out = io.StringIO()
    call_command("interpret", str(SPEECH / "en-followup.wav"), "--source", "en", "--target",
                 "es", "--json", "--out", str(tmp_path / "out.wav"), "--voice-profile",
                 str(profile.pk), stdout=out)
    [line] = [json.loads(text) for text in out.getvalue().splitlines()]
    assert line["voice"] == f"clone:participant-{patient_participant.pk}"
    assert "tts" in line["timings_ms"] and line["error"] == ""
