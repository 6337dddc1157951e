"""When the live decode says nothing was heard: never a real sentence on a noisy line, still
the word or two Whisper invents over noise (``whisper_asr.nothing_heard``)."""

from __future__ import annotations

from interpretation.audio import float_to_pcm16, load_audio, pcm16_to_float
from interpretation.engines.whisper_asr import Heard, nothing_heard
from interpretation.frames import SAMPLE_RATE_HZ
from tests.cascade_helpers import SPEECH
from tests.test_whisper_margin import recognizer

# The Spanish recording as the live stack cut it (3.076 s) and sent it (16-bit PCM): its
# no-speech probability was 0.64-0.73, over Whisper's 0.6, and the patient's sentence was
# dropped as silence (tests/test_end_to_end.py lost it on one machine every run).
LIVE_CUT_S = 3.076


def test_a_doubted_sentence_as_long_as_its_audio_is_kept() -> None:
    sentence = Heard("en el medio de la cabeza, no se hace más se muda.", 0.73, -1.16)
    assert not nothing_heard(sentence, duration_s=3.1)


def test_a_doubted_word_or_two_over_noise_is_nothing() -> None:
    assert nothing_heard(Heard("¡Adiós!", 0.72, -1.38), duration_s=4.0)
    assert nothing_heard(Heard("No, no.", 0.77, -1.6), duration_s=2.0)


def test_a_doubted_word_over_silence_is_nothing_however_sure() -> None:
    assert nothing_heard(Heard("you", 0.8, -0.5), duration_s=3.0)


def test_doubted_text_far_less_likely_than_speech_is_nothing_however_long() -> None:
    assert nothing_heard(Heard("I don't know if I can do this.", 0.79, -1.48), duration_s=2.0)


def test_an_undoubted_word_is_kept() -> None:
    assert not nothing_heard(Heard("Sí.", 0.3, -0.9), duration_s=1.0)


def test_no_words_and_stock_inventions_are_nothing() -> None:
    assert nothing_heard(Heard(" . .", 0.1, -0.2), duration_s=1.0)
    assert nothing_heard(Heard("Gracias por ver el video.", 0.2, -0.3), duration_s=2.0)


def test_the_noisy_spanish_sentence_as_the_live_stack_sent_it_is_heard() -> None:
    audio = load_audio(SPEECH / "es-dolor.wav")[: round(LIVE_CUT_S * SAMPLE_RATE_HZ)]
    sent = pcm16_to_float(float_to_pcm16(audio))
    text, _ = recognizer().transcribe(sent, "es")
    assert {"medio", "cabeza"} <= set(text.lower().replace(",", " ").split())
