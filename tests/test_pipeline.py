"""Pipeline mechanics with deterministic fake engines (the real ones are tested in
test_engines and test_interpret): ordering, placeholders, failures, PHI-free reprs."""

from __future__ import annotations

import numpy as np
import pytest

from interpretation.endpointing import MAX_UTTERANCE_S, speech_spans, utterances
from interpretation.engines.base import EngineError
from interpretation.frames import SAMPLE_RATE_HZ, Entity, Utterance
from interpretation.pipeline import Cascade
from interpretation.translation import MtResult
from redaction.engine import RedactionResult
from tests.cascade_helpers import SPEECH


class ScriptedRecognizer:
    def __init__(self, texts: list[str]) -> None:
        self.texts = texts

    def transcribe(self, audio: np.ndarray, language: str | None) -> tuple[str, float]:
        return self.texts.pop(0), 0.0


class NameRedactor:
    """Redacts the word "Rosa" only."""

    def redact(self, text: str, language: str) -> RedactionResult:
        if "Rosa" not in text:
            return RedactionResult(text, (), {})
        start = text.index("Rosa")
        return RedactionResult(text.replace("Rosa", "[PERSON_1]"),
                               (Entity("PERSON", start, start + 4),), {"[PERSON_1]": "Rosa"})


class UpperTranslator:
    def __init__(self, fail_on: str = "") -> None:
        self.fail_on = fail_on

    def translate(self, text: str, source: str, target: str, *,
                  quality: bool = False) -> MtResult:
        if self.fail_on and self.fail_on in text:
            raise EngineError("model crashed", retryable=True)
        return MtResult(text.upper().replace("[PERSON_1]".upper(), "[PERSON_1]"), "upper")

    def pairs(self) -> list[str]:
        return ["en-es"]


class ToneVoice:
    name = "tone"

    def synthesize(self, text: str, language: str) -> tuple[np.ndarray, int]:
        return np.full(len(text) * 100, 0.1, dtype=np.float32), 8000


def utterance(index: int) -> Utterance:
    return Utterance(index, index * 2.0, index * 2.0 + 1.0, "en",
                     np.zeros(SAMPLE_RATE_HZ, np.float32))


def cascade(texts: list[str], translator: UpperTranslator | None = None) -> Cascade:
    return Cascade(ScriptedRecognizer(texts), NameRedactor(),  # type: ignore[arg-type]
                   translator or UpperTranslator(), {"es": ToneVoice()})


def test_identifiers_reach_the_listener_but_not_the_stored_text() -> None:
    result = cascade(["hello Rosa"]).process(utterance(0), "es")
    assert result.redacted is not None and result.translation is not None
    assert result.redacted.text == "hello [PERSON_1]"
    assert result.translation.text == "HELLO [PERSON_1]"
    assert result.translation.live_text() == "HELLO Rosa"


def test_each_stage_is_timed() -> None:
    result = cascade(["hello"]).process(utterance(0), "es")
    assert set(result.timings_ms) == {"asr", "redact", "mt", "tts", "total"}


def test_speech_is_resampled_to_the_output_rate() -> None:
    result = cascade(["hello"]).process(utterance(0), "es")
    assert result.speech is not None
    assert result.speech.sample_rate_hz == 22_050
    assert len(result.speech.audio) == round(500 * 22_050 / 8000)


def test_an_engine_failure_fails_that_utterance_only() -> None:
    pipeline = cascade(["first", "boom here", "third"], UpperTranslator(fail_on="boom"))
    results = [pipeline.process(utterance(i), "es") for i in range(3)]
    assert [r.error for r in results] == ["", "mt:EngineError:retryable", ""]
    assert results[2].translation is not None


def test_an_utterance_with_no_words_stops_after_asr() -> None:
    result = cascade([""]).process(utterance(0), "es")
    assert result.redacted is None and result.speech is None and result.error == ""


def test_reprs_and_logs_hold_no_words() -> None:
    result = cascade(["hello Rosa"]).process(utterance(0), "es")
    for thing in (result, result.transcript, result.redacted, result.translation, result.speech):
        assert "Rosa" not in repr(thing) and "hello" not in repr(thing).lower()


def test_json_output_has_the_fields_checks_rely_on() -> None:
    line = cascade(["hello Rosa"]).process(utterance(0), "es").as_json()
    assert {"start_s", "end_s", "source_text", "redacted_text", "translation",
            "entities", "timings_ms"} <= set(line)
    assert line["entities"] == {"PERSON": 1}
    assert set(line["timings_ms"]) >= {"asr", "redact", "mt", "tts", "total"}


def test_a_pause_splits_two_utterances() -> None:
    from interpretation.audio import load_audio

    spans = speech_spans(load_audio(SPEECH / "en-two-utterances.wav"))
    assert len(spans) == 2


def test_silence_has_no_utterances() -> None:
    assert utterances(np.zeros(5 * SAMPLE_RATE_HZ, np.float32), "en") == []


def test_long_speech_is_cut_to_the_maximum_utterance_length() -> None:
    from interpretation.audio import load_audio

    speech = load_audio(SPEECH / "en-pain.wav")
    long = np.concatenate([speech] * 5)  # ~26 s of speech with only short pauses
    assert all(u.duration_s <= MAX_UTTERANCE_S + 0.01 for u in utterances(long, "en"))


@pytest.mark.parametrize("garbage", [b"", b"\x01\x02\x03"])
def test_pcm_conversion_refuses_odd_lengths(garbage: bytes) -> None:
    from interpretation.audio import AudioError, pcm16_to_float

    if len(garbage) % 2:
        with pytest.raises(AudioError):
            pcm16_to_float(garbage)
    else:
        assert len(pcm16_to_float(garbage)) == 0


def test_synthesised_speech_carries_the_watermark() -> None:
    from interpretation import watermark

    result = cascade(["a sentence long enough to make a second of audio or more"]).process(
        utterance(0), "es")
    assert result.speech is not None
    assert watermark.detect(result.speech.audio) > watermark.DETECTION_Z


def test_human_speech_does_not_look_watermarked() -> None:
    from interpretation import watermark
    from interpretation.audio import load_audio

    for name in ("en-pain.wav", "es-nombre.wav", "en-phone.wav"):
        assert abs(watermark.detect(load_audio(SPEECH / name))) < watermark.DETECTION_Z


CLINIC_SAYS = ("Tome una tableta dos veces al día con comida, y si le duele el estómago, "
               "llámenos; no espere a la próxima cita. Gracias.")


def test_speech_starts_with_a_short_piece_then_clauses_long_enough_to_sound_whole() -> None:
    from interpretation.pipeline import FIRST_PIECE_CHARS, MIN_PIECE_CHARS, clauses

    pieces = clauses(CLINIC_SAYS)
    assert " ".join(pieces) == CLINIC_SAYS  # nothing lost, nothing added, in order
    assert FIRST_PIECE_CHARS <= len(pieces[0]) < MIN_PIECE_CHARS  # the only wait is short
    assert pieces[0] == "Tome una tableta"  # a long first clause is cut at a word gap
    assert all(len(piece) >= MIN_PIECE_CHARS for piece in pieces[1:-1])
    assert len(pieces[-1]) >= MIN_PIECE_CHARS // 2  # no lone word at the end
    assert all(piece[-1] in ".,;:!?" for piece in pieces[1:])  # later cuts at clause marks


def test_a_first_clause_that_ends_soon_is_the_first_piece() -> None:
    from interpretation.pipeline import clauses

    text = "Buenos días, señora. ¿Le duele el pecho cuando respira hondo o cuando camina?"
    assert clauses(text) == ["Buenos días,", "señora. ¿Le duele el pecho cuando respira "
                             "hondo o cuando camina?"]


@pytest.mark.parametrize("text", ["Hola.", "¿Dónde le duele?", "Tome una tableta hoy."])
def test_short_speech_is_one_piece(text: str) -> None:
    from interpretation.pipeline import clauses

    assert clauses(text) == [text]  # nothing worth cutting, and never a lone word after


def test_no_text_no_pieces() -> None:
    from interpretation.pipeline import clauses

    assert clauses("") == [] and clauses("  \n ") == []


def test_a_failure_says_stage_type_and_whether_to_retry() -> None:
    from interpretation.pipeline import failure

    assert failure("tts", RuntimeError("words")) == "tts:RuntimeError:failed"
    assert failure("mt", EngineError("busy", retryable=True)) == "mt:EngineError:retryable"


def test_to_text_translates_into_every_listeners_language_once_each() -> None:
    pipeline = cascade(["hello Rosa"])
    text = pipeline.to_text(utterance(0), ["es", "fr"])
    assert text.error == "" and text.redacted is not None
    assert {lang: t.live_text() for lang, t in text.translations.items()} == {
        "es": "HELLO Rosa", "fr": "HELLO Rosa"}
    assert set(text.timings_ms) == {"asr", "redact", "mt_es", "mt_fr"}
    assert "Rosa" not in repr(text) and "hello" not in repr(text).lower()


def test_to_text_says_which_stage_failed_and_keeps_what_came_before() -> None:
    text = cascade(["boom here"], UpperTranslator(fail_on="boom")).to_text(utterance(0), ["es"])
    assert text.error == "mt:EngineError:retryable"
    assert text.transcript is not None and text.translations == {}


def test_a_voice_failure_is_the_tts_stage_of_that_utterance() -> None:
    class BrokenVoice:
        name = "broken"

        def synthesize(self, text: str, language: str) -> tuple[np.ndarray, int]:
            raise RuntimeError("crashed")

    pipeline = cascade(["hello"])
    result = pipeline.process(utterance(0), "es", BrokenVoice())
    assert result.error == "tts:RuntimeError:failed"
    assert result.translation is not None and result.speech is None
