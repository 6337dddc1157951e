"""The live decode's fitted window (issue 14): the silence after an utterance is silent
audio, as Whisper was trained, and a decode that says its phrase again is redone."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from interpretation.engines.whisper_asr import Heard, WhisperRecognizer, looping
from interpretation.frames import SAMPLE_RATE_HZ


def recognizer(*, silent_margin: bool = True, **options: Any) -> WhisperRecognizer:
    from django.conf import settings

    from interpretation.builder import models_dir
    from interpretation.weights import by_name

    folder = models_dir() / by_name(settings.ASR_MODEL).folder
    if not (folder / "model.bin").is_file():
        pytest.fail("models are not installed: run `python manage.py models install`")
    return WhisperRecognizer(folder, compute_type=settings.ASR_COMPUTE_TYPE,
                             silent_margin=silent_margin, **options)


def encoder_input(whisper: WhisperRecognizer, audio: np.ndarray) -> np.ndarray:
    """The features the encoder is given for ``audio`` (a spy on the model's encode)."""
    seen: list[np.ndarray] = []
    model = whisper._model.model
    encode = model.encode

    class Spy:
        def __getattr__(self, name: str) -> Any:
            return getattr(model, name)

        def encode(self, features: Any) -> Any:
            seen.append(np.array(features))
            return encode(features)

    whisper._model.model = Spy()
    try:
        whisper._encode(audio, "en", 5.0)
    finally:
        whisper._model.model = model
    return seen[0][0]


def test_the_margin_is_the_features_of_silence_not_zeros() -> None:
    """Whisper was trained on windows padded with silent audio, whose log-mel sits at the
    bottom of the window's range; zero-valued features there are a loud hiss to it."""
    from interpretation.audio import load_audio
    from tests.cascade_helpers import SPEECH

    audio = load_audio(SPEECH / "en-meds.wav")
    last = len(audio) // 160  # frames after it (and their 25 ms window) hear no speech
    heard, margin_from = last - 3, last + 3
    silent = encoder_input(recognizer(), audio)
    zeros = encoder_input(recognizer(silent_margin=False), audio)
    assert silent.shape == zeros.shape  # the same fitted window
    assert silent.shape[-1] == int(np.ceil(len(audio) / SAMPLE_RATE_HZ + 5.0)) * 100
    np.testing.assert_allclose(silent[:, :heard], zeros[:, :heard], atol=1e-4)
    assert np.all(zeros[:, margin_from:] == 0.0)
    margin = silent[:, margin_from:]
    assert np.all(margin == margin.min()) and margin.min() == pytest.approx(silent.min())
    assert margin.min() < -0.3


def test_a_phrase_said_again_is_looping() -> None:
    assert looping("How long have you had the chest pain? How long have you had the chest pain?")
    assert looping("How long have you had the chest pain? How long have you had the chest")
    assert looping("Take one with food, take one with food, take one with food.")
    assert looping("la la la la la la la la la la la la la la la la la la la la la")
    for said in ("No, no, no.", "Thank you, thank you.", "Me duele, me duele mucho.",
                 "I take it with food and I take it with water.",
                 "We will check your blood pressure again in two weeks.", ""):
        assert not looping(said), said


def test_a_decode_that_says_its_phrase_again_is_redone_with_the_penalty() -> None:
    whisper = object.__new__(WhisperRecognizer)
    penalties: list[float] = []
    answers = ["How long have you had the chest pain? How long have you had the chest",
               "How long have you had the chest pain?"]

    def decode(encoded: object, prompt: list[int], tokenizer: object, max_length: int,
               penalty: float, beam_size: int | None = None) -> Heard:
        penalties.append(penalty)
        return Heard(answers[len(penalties) - 1], 0.01, -0.2)

    class Tokenizer:
        sot = language = transcribe = no_timestamps = 0

    whisper._encode = lambda audio, language, margin_s: (None, Tokenizer())  # type: ignore[method-assign]  # no model needed
    whisper._decode = decode  # type: ignore[method-assign]  # scripted answers
    text, _ = whisper.transcribe(np.zeros(2 * SAMPLE_RATE_HZ, np.float32), "en")
    assert text == "How long have you had the chest pain?"
    assert penalties == [1.0, 1.3]


def test_each_recognizer_decodes_with_its_own_beam_and_margin() -> None:
    """bench/stream_asr.py and bench/asr_context.py compare beams and margins on the same
    weights: a recognizer's final decode uses its own; an interim stays greedy behind its
    shorter margin."""
    from interpretation.audio import load_audio
    from interpretation.engines.whisper_asr import INTERIM_MARGIN_S
    from tests.cascade_helpers import SPEECH

    audio = load_audio(SPEECH / "en-meds.wav")
    whisper = recognizer(beam_size=2, margin_s=3.0)
    frames: list[int] = []
    beams: list[int] = []
    model = whisper._model.model

    class Spy:
        def __getattr__(self, name: str) -> Any:
            return getattr(model, name)

        def encode(self, features: Any) -> Any:
            frames.append(int(features.shape[-1]))
            return model.encode(features)

        def generate(self, *args: Any, **kwargs: Any) -> Any:
            beams.append(kwargs["beam_size"])
            return model.generate(*args, **kwargs)

    whisper._model.model = Spy()
    try:
        assert whisper.transcribe(audio, "en")[0]
        whisper.transcribe_fast(audio, "en")
    finally:
        whisper._model.model = model
    seconds = len(audio) / SAMPLE_RATE_HZ
    assert frames == [int(np.ceil(seconds + 3.0)) * 100,
                      int(np.ceil(seconds + INTERIM_MARGIN_S)) * 100]
    assert beams[0] == 2 and beams[-1] == 1
    shipped = recognizer()
    assert (shipped.beam_size, shipped.margin_s) == (3, 4.0)  # bench/stream_asr.py --timing
