"""The speaker's recent utterances kept for Whisper's prompt (``interpretation.context``):
in memory only, per visit, speaker and language, bounded in count, age and size."""

from __future__ import annotations

import numpy as np

from interpretation.context import CONTEXT_CHARS_MAX, SpeakerContext
from interpretation.frames import SAMPLE_RATE_HZ

EN = (1, 10, "en")


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_speaker_with_nothing_said_has_no_context() -> None:
    assert SpeakerContext().prompt(EN) == ""


def test_the_last_utterances_come_back_oldest_first() -> None:
    context = SpeakerContext(utterances=2)
    for text in ("I have had chest pain.", "It started on Monday.", "It gets worse  at night."):
        context.remember(EN, text)
    assert context.prompt(EN) == "It started on Monday. It gets worse at night."


def test_nothing_heard_is_not_remembered() -> None:
    context = SpeakerContext()
    context.remember(EN, "   ")
    assert context.prompt(EN) == "" and len(context) == 0


def test_speakers_visits_and_languages_are_kept_apart() -> None:
    context = SpeakerContext()
    context.remember(EN, "My knee hurts.")
    context.remember((1, 10, "es"), "Me duele la rodilla.")
    context.remember((1, 11, "en"), "Since when?")
    context.remember((2, 10, "en"), "Another visit.")
    assert context.prompt(EN) == "My knee hurts."
    assert context.prompt((1, 10, "es")) == "Me duele la rodilla."
    assert context.prompt((1, 11, "en")) == "Since when?"


def test_a_quiet_speaker_is_forgotten_after_the_maximum_age() -> None:
    clock = Clock()
    context = SpeakerContext(max_age_s=60, clock=clock)
    context.remember(EN, "My knee hurts.")
    clock.now += 59
    assert context.prompt(EN) == "My knee hurts."
    clock.now += 2
    assert context.prompt(EN) == ""
    assert len(context) == 0


def test_the_least_recently_heard_speaker_goes_first_when_full() -> None:
    context = SpeakerContext(max_speakers=2)
    context.remember((1, 1, "en"), "one")
    context.remember((1, 2, "en"), "two")
    context.remember((1, 1, "en"), "one again")
    context.remember((1, 3, "en"), "three")
    assert context.prompt((1, 2, "en")) == ""
    assert context.prompt((1, 1, "en")) == "one one again"
    assert context.prompt((1, 3, "en")) == "three"


def test_a_speaker_or_a_whole_visit_can_be_forgotten() -> None:
    context = SpeakerContext()
    for key in [(1, 10, "en"), (1, 10, "es"), (1, 11, "en"), (2, 10, "en")]:
        context.remember(key, "words")
    context.forget(1, 10)
    assert context.prompt((1, 10, "en")) == context.prompt((1, 10, "es")) == ""
    assert context.prompt((1, 11, "en")) == "words"
    context.forget(1)
    assert len(context) == 1 and context.prompt((2, 10, "en")) == "words"


def test_a_long_context_keeps_the_newest_words_whole() -> None:
    context = SpeakerContext()
    context.remember(EN, "alpha " * 200)
    context.remember(EN, "the newest sentence")
    prompt = context.prompt(EN)
    assert len(prompt) <= CONTEXT_CHARS_MAX
    assert prompt.endswith("the newest sentence") and prompt.startswith("alpha ")


def test_its_repr_holds_no_words() -> None:
    context = SpeakerContext()
    context.remember(EN, "Ellen Marsh, four one five")
    assert "Ellen" not in repr(context) and "four" not in repr(context)
    assert repr(context) == "<SpeakerContext speakers=1>"


def test_whisper_given_a_context_hears_nothing_in_silence_and_words_in_speech() -> None:
    """A prompt must not make Whisper say the prompt again over silence (its best known
    failure), and must not stop it hearing the next sentence."""
    from django.conf import settings

    from interpretation.audio import load_audio
    from interpretation.builder import models_dir
    from interpretation.engines.whisper_asr import WhisperRecognizer
    from interpretation.weights import by_name
    from tests.cascade_helpers import SPEECH

    recognizer = WhisperRecognizer(models_dir() / by_name(settings.ASR_MODEL).folder,
                                   compute_type=settings.ASR_COMPUTE_TYPE)
    prompt = "Your blood pressure today is one hundred and forty over ninety."
    silence = np.zeros(2 * SAMPLE_RATE_HZ, np.float32)
    assert recognizer.transcribe(silence, "en", context=prompt)[0] == ""
    text, _ = recognizer.transcribe(load_audio(SPEECH / "en-meds.wav"), "en", context=prompt)
    assert "metformin" in text.lower() or "tablet" in text.lower()


def test_an_echo_is_a_piece_of_the_context_word_for_word() -> None:
    from interpretation.engines.whisper_asr import echoes

    context = "Your blood pressure today is one hundred and forty over ninety."
    assert echoes("Your blood pressure today.", context)
    assert echoes("over ninety", context)
    assert not echoes("blood pressures", context)
    assert not echoes("Please take one tablet.", context)
    assert not echoes(" . ", context)
