"""Every engine loads and runs with real weights: Whisper base, the Piper voice and
espeak-ng (translation engines: ``test_translation.py``). No mock of the engine under test."""

from __future__ import annotations

import numpy as np
import pytest

from interpretation.audio import load_audio
from interpretation.engines.espeak import EspeakVoice
from interpretation.engines.whisper_asr import WhisperRecognizer
from interpretation.frames import SAMPLE_RATE_HZ
from interpretation.metrics import word_error_rate, words
from interpretation.pipeline import Cascade
from tests.cascade_helpers import SHARED_SPEECH, SPEECH, engines, transcripts  # noqa: F401

SYNTHETIC_WER_MAX = 0.2  # espeak-ng English, whisper base int8 (measured ~0.1)
HUMAN_WER_MAX = 0.15  # ../shared/speech English, whisper base int8 (measured ~0.07)


def test_whisper_transcribes_synthetic_english_speech(engines: Cascade) -> None:  # noqa: F811
    pairs = [(text, engines.recognizer.transcribe(load_audio(SPEECH / name), "en")[0])
             for name, language, text in transcripts(SPEECH) if language == "en"]
    assert word_error_rate(pairs) <= SYNTHETIC_WER_MAX


@pytest.mark.skipif(not SHARED_SPEECH.is_dir(), reason="../shared/speech is not beside the repo")
def test_whisper_transcribes_real_human_english_speech(engines: Cascade) -> None:  # noqa: F811
    from interpretation.endpointing import utterances

    pairs = []
    for name, _, text in transcripts(SHARED_SPEECH / "en")[:8]:
        heard = [engines.recognizer.transcribe(u.audio, "en")[0]
                 for u in utterances(load_audio(SHARED_SPEECH / "en" / name), "en")]
        pairs.append((text, " ".join(heard)))
    assert word_error_rate(pairs) <= HUMAN_WER_MAX


def test_whisper_decodes_with_the_speakers_previous_text_as_context(
        engines: Cascade) -> None:  # noqa: F811
    """A word the speaker said before is recognised when heard again, where the sentence
    alone is misheard; the context is never echoed back as if it were heard, however
    long it is (only its last tokens are used)."""
    recognizer = engines.recognizer
    assert isinstance(recognizer, WhisperRecognizer)
    audio = load_audio(SPEECH / "en-meds.wav")  # "... one tablet of metformin twice a day"
    assert "metformin" not in recognizer.transcribe(audio, "en")[0].lower()
    heard = recognizer.transcribe(audio, "en", context="I take metformin.")[0]
    assert "metformin" in heard.lower()
    previous = "I have had chest pain for three days and it gets worse on the stairs."
    for context in (previous, " ".join([previous] * 60)):  # the second: ~900 words
        heard = recognizer.transcribe(audio, "en", context=context)[0]
        assert "chest" not in heard.lower()
        assert "twice a day with food" in heard.lower()


def test_context_does_not_make_text_out_of_silence(engines: Cascade) -> None:  # noqa: F811
    recognizer = engines.recognizer
    assert isinstance(recognizer, WhisperRecognizer)
    silence = np.zeros(3 * SAMPLE_RATE_HZ, np.float32)
    assert recognizer.transcribe(silence, "en", context="I take metformin.")[0] == ""


def test_silence_produces_no_text(engines: Cascade) -> None:  # noqa: F811
    assert engines.recognizer.transcribe(np.zeros(3 * SAMPLE_RATE_HZ, np.float32), "en")[0] == ""


def test_noise_produces_no_text(engines: Cascade) -> None:  # noqa: F811
    noise = (np.random.default_rng(3).standard_normal(3 * SAMPLE_RATE_HZ) * 0.05)
    assert engines.recognizer.transcribe(noise.astype(np.float32), "en")[0] == ""


def test_the_english_voice_is_understood_by_asr(engines: Cascade) -> None:  # noqa: F811
    sentence = "Please take one tablet twice a day with food."
    audio, rate = engines.voices["en"].synthesize(sentence, "en")
    from interpretation.audio import resample

    heard = engines.recognizer.transcribe(resample(audio, rate), "en")[0]
    assert rate == 22_050
    assert word_error_rate([(sentence, heard)]) <= 0.2


def test_espeak_speaks_spanish() -> None:
    audio, rate = EspeakVoice().synthesize("Tome una tableta dos veces al día.", "es")
    assert rate > 0
    assert len(audio) / rate > 1.0
    assert float(np.abs(audio).max()) > 0.05


def test_word_error_rate_ignores_case_and_punctuation() -> None:
    assert words("Hello, World!") == ["hello", "world"]
    assert word_error_rate([("the cat sat", "The cat, sat.")]) == 0.0
    assert word_error_rate([("the cat sat", "the dog sat")]) == pytest.approx(1 / 3)
