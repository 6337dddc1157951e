"""The Kokoro-82M Spanish voice, with the real installed model: it speaks, long text is cut
into pieces the model accepts, empty text is silence, styles are checked, and Whisper
base understands what it says. No timing asserts: speed lives in bench/tts.py."""

from __future__ import annotations

import functools
import shutil
from pathlib import Path

import numpy as np
import pytest
from django.conf import settings

from interpretation.audio import resample
from interpretation.builder import build_voices, models_dir
from interpretation.engines import kokoro_voice
from interpretation.engines.base import EngineError
from interpretation.engines.kokoro_voice import (
    MAX_TOKENS,
    MODEL_FILE,
    SAMPLE_RATE_HZ,
    STYLES,
    STYLES_FILE,
    VOCAB_FILE,
    KokoroVoice,
    split_tokens,
)
from interpretation.engines.whisper_asr import WhisperRecognizer
from interpretation.metrics import words
from interpretation.weights import by_name
from tests.test_settings import manage, production_env

SENTENCE = "Tome una tableta dos veces al día con comida."


def kokoro_folder() -> Path:
    folder = models_dir() / by_name("voice-es").folder
    if not (folder / MODEL_FILE).is_file():
        pytest.fail("Kokoro is not installed: run `python manage.py models install` "
                    "(scripts/test does)")
    return folder


@pytest.fixture(scope="module")
def voice() -> KokoroVoice:
    return KokoroVoice(kokoro_folder(), "jm_kumo", threads=2)  # speed is not tested


def test_it_speaks_a_spanish_sentence_as_24_khz_audio(voice: KokoroVoice) -> None:
    audio, rate = voice.synthesize(SENTENCE, "es")
    assert rate == SAMPLE_RATE_HZ == 24_000
    assert audio.dtype == np.float32 and audio.ndim == 1
    assert 1.5 < len(audio) / rate < 6.0  # ~3 s for nine words at a natural pace
    assert float(np.abs(audio).max()) > 0.1
    assert float(np.sqrt(np.mean(audio ** 2))) > 0.01  # speech throughout, not a click


def test_the_words_start_at_once_and_the_padding_after_them_is_short(
        voice: KokoroVoice) -> None:
    """The model pads its speech with ~0.4 s of silence each side: the first words of a
    segment would wait for it, and clause pieces would gap."""
    from interpretation.engines.kokoro_voice import KEEP_TAIL_S, SILENCE_LEVEL

    audio, rate = voice.synthesize("Tome una tableta", "es")
    voiced = np.flatnonzero(np.abs(audio) > SILENCE_LEVEL)
    assert voiced[0] / rate < 0.1
    assert (len(audio) - voiced[-1]) / rate <= KEEP_TAIL_S + 0.01


def test_silence_is_trimmed_to_a_short_lead_and_tail() -> None:
    from interpretation.engines.kokoro_voice import KEEP_LEAD_S, KEEP_TAIL_S, trimmed

    words = np.full(SAMPLE_RATE_HZ, 0.2, np.float32)
    padded = np.concatenate([np.zeros(SAMPLE_RATE_HZ), words, np.zeros(SAMPLE_RATE_HZ)])
    assert len(trimmed(padded.astype(np.float32))) == SAMPLE_RATE_HZ + round(
        (KEEP_LEAD_S + KEEP_TAIL_S) * SAMPLE_RATE_HZ)
    assert len(trimmed(np.zeros(100, np.float32))) == 100  # nothing voiced: left alone


def test_long_pauses_between_words_are_cut_short_and_short_ones_kept() -> None:
    from interpretation.engines.kokoro_voice import MAX_PAUSE_S, shortened_pauses

    rate = SAMPLE_RATE_HZ
    word = np.full(rate // 2, 0.2, np.float32)
    closure = np.zeros(rate // 10, np.float32)  # a stop consonant's 0.1 s: kept whole
    halting = np.zeros(int(0.7 * rate), np.float32)  # the model's halting pause
    lead = np.zeros(rate // 2, np.float32)  # left to ``trimmed``
    audio = np.concatenate([lead, word, closure, word, halting, word, lead])
    out = shortened_pauses(audio)
    assert len(out) == len(audio) - len(halting) + round(MAX_PAUSE_S * rate)
    assert np.count_nonzero(out) == 3 * len(word)  # every word's sample kept
    assert np.array_equal(out[:len(lead) + 2 * len(word) + len(closure)],
                          audio[:len(lead) + 2 * len(word) + len(closure)])
    assert len(shortened_pauses(np.zeros(10, np.float32))) == 10  # under one frame


def test_the_voice_does_not_halt_between_words(voice: KokoroVoice) -> None:
    """jf_gongitsune stopped 0.64 s after "También" before the cut."""
    from interpretation.engines.kokoro_voice import MAX_PAUSE_S, SILENCE_LEVEL

    audio, rate = voice.synthesize("También me falta el aire cuando camino rápido.", "es")
    frame = rate // 100
    quiet = np.abs(audio[:len(audio) // frame * frame]).reshape(-1, frame).max(axis=1) \
        <= SILENCE_LEVEL
    longest = max((len(run) for run in "".join("q" if q else " " for q in quiet).split()),
                  default=0)
    assert longest * 0.01 <= MAX_PAUSE_S + 0.01


def test_whisper_base_understands_where_does_it_hurt(voice: KokoroVoice) -> None:
    recognizer = WhisperRecognizer(models_dir() / by_name("whisper-base").folder, threads=2)
    audio, rate = voice.synthesize("¿Dónde le duele?", "es")
    heard = words(recognizer.transcribe(resample(audio, rate), "es")[0], "es")
    assert "donde" in heard
    assert "duele" in heard


# The model run below speaks pieces of this many tokens: the real limit (``MAX_TOKENS``)
# is ~30 s of speech a piece, which took the model ~40 s of the suite on a busy runner.
TEST_LIMIT_TOKENS = 40


def test_text_longer_than_the_model_takes_is_spoken_in_pieces(
        voice: KokoroVoice, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Si el dolor no mejora en tres días, llame a la clínica."
    long_text = " ".join([SENTENCE, text] * 5)
    pieces = voice.pieces(long_text, "es")
    assert sum(len(p) for p in pieces) > MAX_TOKENS
    assert len(pieces) >= 2 and all(len(p) <= MAX_TOKENS for p in pieces)

    # The same, through the model, at a smaller limit: every piece is spoken, in order.
    monkeypatch.setattr(kokoro_voice, "split_tokens",
                        functools.partial(split_tokens, limit=TEST_LIMIT_TOKENS))
    pieces = voice.pieces(text, "es")
    assert len(pieces) >= 2 and all(len(p) <= TEST_LIMIT_TOKENS for p in pieces)
    spoken: list[tuple[int, int]] = []  # (tokens in, samples out) of each real model run
    speak = voice._speak

    def spy(ids: list[int]) -> np.ndarray:
        audio = speak(ids)
        spoken.append((len(ids), len(audio)))
        return audio

    monkeypatch.setattr(voice, "_speak", spy)
    audio, rate = voice.synthesize(text, "es")
    assert [tokens for tokens, _ in spoken] == [len(p) for p in pieces]
    assert all(samples > rate // 2 for _, samples in spoken)  # each piece is speech
    assert len(audio) == sum(samples for _, samples in spoken)


def test_pieces_are_cut_after_clause_marks_and_keep_every_phoneme() -> None:
    clause = "tome una tableta dos veces,"
    phonemes = " ".join([clause] * 40)
    pieces = split_tokens(phonemes, limit=100)
    assert all(len(p) <= 100 for p in pieces)
    assert all(p.endswith(",") for p in pieces)  # never mid-clause while a clause fits
    assert " ".join(pieces) == phonemes


def test_a_run_longer_than_the_limit_is_still_cut() -> None:
    pieces = split_tokens("a" * 250, limit=100)
    assert [len(p) for p in pieces] == [100, 100, 50]


@pytest.mark.parametrize("text", ["", "   ", "¿?"])
def test_text_with_nothing_to_say_is_empty_audio_not_an_error(voice: KokoroVoice,
                                                               text: str) -> None:
    audio, rate = voice.synthesize(text, "es")
    assert rate == SAMPLE_RATE_HZ
    assert len(audio) == 0


def test_an_unknown_style_is_refused_when_the_voice_is_built() -> None:
    with pytest.raises(EngineError, match="unknown Kokoro style"):
        KokoroVoice(kokoro_folder(), "af_heart")


def test_a_missing_model_is_an_engine_error(tmp_path: Path) -> None:
    with pytest.raises(EngineError, match="models install"):
        KokoroVoice(tmp_path)


def test_a_damaged_model_is_an_engine_error(tmp_path: Path) -> None:
    for name in (VOCAB_FILE, STYLES_FILE):
        shutil.copy(kokoro_folder() / name, tmp_path / name)
    (tmp_path / MODEL_FILE).write_bytes(b"not an onnx graph")
    with pytest.raises(EngineError, match="could not be loaded"):
        KokoroVoice(tmp_path)


def test_spanish_speaks_with_kokoro_in_the_configured_style() -> None:
    kokoro_folder()
    voice = build_voices()["es"]
    assert isinstance(voice, KokoroVoice)
    assert voice.name == f"kokoro-{settings.KOKORO_STYLE}"


def test_the_setting_offers_exactly_the_shipped_styles() -> None:
    assert sorted(settings.KOKORO_STYLES) == sorted(STYLES)
    assert settings.KOKORO_STYLE in STYLES


def test_an_unknown_style_in_the_environment_stops_start_up() -> None:
    result = manage("check", KOKORO_STYLE="af_heart", **production_env())
    assert result.returncode != 0
    assert "KOKORO_STYLE" in result.stderr
