"""The cascade for one utterance: ASR -> redaction -> MT -> TTS, each stage timed.

Independent of Django: a server process or a worker builds one ``Cascade`` and
feeds it utterances. A failure in any stage becomes that utterance's ``error``
(a stage name and a code, never words) and the next utterance goes on.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from interpretation import watermark
from interpretation.audio import resample
from interpretation.engines.base import (
    EngineError,
    SpeechRecognizer,
    SpeechSynthesizer,
    TextTranslator,
)
from interpretation.frames import Redacted, Speech, Transcript, Translation, Utterance
from redaction.engine import Redactor

logger = logging.getLogger(__name__)

SYNTHETIC_SPEECH_MARK = ("AI-generated synthetic speech: machine interpretation by "
                         "telehealth-interpretation (EU AI Act art. 50)")


@dataclass
class UtteranceResult:
    utterance: Utterance
    target_language: str
    transcript: Transcript | None = None
    redacted: Redacted | None = None
    translation: Translation | None = None
    speech: Speech | None = None
    timings_ms: dict[str, float] = field(default_factory=dict)
    error: str = ""

    def __repr__(self) -> str:  # ids, times and sizes only
        return (f"UtteranceResult(index={self.utterance.index}, "
                f"start_s={self.utterance.start_s:.2f}, error={self.error!r})")

    def as_json(self) -> dict[str, Any]:
        """The ``interpret --json`` line: live output, so identifiers are restored in
        ``translation``; ``redacted_text`` and ``redacted_translation`` are what may be kept."""
        return {
            "index": self.utterance.index,
            "start_s": round(self.utterance.start_s, 3),
            "end_s": round(self.utterance.end_s, 3),
            "source_language": self.utterance.language,
            "target_language": self.target_language,
            "source_text": self.transcript.text if self.transcript else "",
            "redacted_text": self.redacted.text if self.redacted else "",
            "translation": self.translation.live_text() if self.translation else "",
            "redacted_translation": self.translation.text if self.translation else "",
            "mt_engine": self.translation.engine if self.translation else "",
            "mt_flags": list(self.translation.flags) if self.translation else [],
            "entities": self.redacted.entity_counts() if self.redacted else {},
            "voice": self.speech.voice if self.speech else "",
            "timings_ms": {k: round(v, 1) for k, v in self.timings_ms.items()},
            "error": self.error,
        }


class Cascade:
    def __init__(self, recognizer: SpeechRecognizer, redactor: Redactor,
                 translator: TextTranslator, voices: dict[str, SpeechSynthesizer],
                 output_rate_hz: int = 22_050) -> None:
        self.recognizer = recognizer
        self.redactor = redactor
        self.translator = translator
        self.voices = voices
        self.output_rate_hz = output_rate_hz

    def process(self, utterance: Utterance, target_language: str,
                voice: SpeechSynthesizer | None = None) -> UtteranceResult:
        """Run one utterance through every stage; ``voice`` overrides the stock voice
        (a consented clone), and is the caller's to choose."""
        result = UtteranceResult(utterance, target_language)
        started = time.perf_counter()
        stage = "asr"
        try:
            with timed(result.timings_ms, "asr"):
                result.transcript = self.recognize(utterance)
            if not result.transcript.text.strip():
                return result  # silence or noise: nothing to say, nothing to translate
            stage = "redact"
            with timed(result.timings_ms, "redact"):
                result.redacted = self.redact(result.transcript)
            stage = "mt"
            with timed(result.timings_ms, "mt"):
                result.translation = self.translate(result.redacted, target_language)
            stage = "tts"
            with timed(result.timings_ms, "tts"):
                result.speech = self.speak(result.translation,
                                           voice or self.voices[target_language])
        except Exception as exc:  # stage boundary: this utterance fails, the next goes on
            retry = "retryable" if isinstance(exc, EngineError) and exc.retryable else "failed"
            result.error = f"{stage}:{type(exc).__name__}:{retry}"
            logger.warning("utterance %d failed in %s (%s)", utterance.index, stage,
                           type(exc).__name__)
        finally:
            result.timings_ms["total"] = (time.perf_counter() - started) * 1000
        return result

    # One stage each: a frame in, the next frame out.

    def recognize(self, utterance: Utterance) -> Transcript:
        text, no_speech = self.recognizer.transcribe(utterance.audio, utterance.language)
        return Transcript(utterance, text, no_speech)

    def redact(self, transcript: Transcript) -> Redacted:
        found = self.redactor.redact(transcript.text, transcript.utterance.language)
        return Redacted(transcript, found.text, found.entities, found.restore,
                        found.failed_closed)

    def translate(self, redacted: Redacted, target_language: str, *,
                  quality: bool = False) -> Translation:
        """Only redacted text reaches the translator; placeholders come back intact."""
        source = redacted.transcript.utterance.language
        result = self.translator.translate(redacted.text, source, target_language,
                                           quality=quality)
        return Translation(redacted, target_language, result.text, result.engine,
                           result.flags)

    def speak(self, translation: Translation, synthesizer: SpeechSynthesizer,
              text: str | None = None) -> Speech:
        """The listener hears identifiers restored; the audio is watermarked as synthetic.
        ``text`` is one piece of the translation's live text (``clauses``), or all of it."""
        audio, rate = synthesizer.synthesize(translation.live_text() if text is None else text,
                                             translation.target_language)
        name = str(getattr(synthesizer, "name", "voice"))
        return Speech(translation, watermark.embed(resample(audio, rate, self.output_rate_hz)),
                      self.output_rate_hz, name if name.startswith("clone:") else f"stock:{name}")


MIN_PIECE_CHARS = 40  # about two seconds of speech: shorter pieces gain little, sound choppy
_CLAUSE_END = re.compile(r"(?<=[.,;:!?])\s+")


def clauses(text: str) -> list[str]:
    """The text in pieces at clause marks, each at least ``MIN_PIECE_CHARS`` long (the
    last may be shorter), so the listener hears the first words while the rest is made."""
    pieces: list[str] = []
    for clause in _CLAUSE_END.split(text.strip()):
        if pieces and len(pieces[-1]) < MIN_PIECE_CHARS:
            pieces[-1] = f"{pieces[-1]} {clause}"
        elif clause:
            pieces.append(clause)
    if len(pieces) > 1 and len(pieces[-1]) < MIN_PIECE_CHARS // 2:
        pieces[-2:] = [f"{pieces[-2]} {pieces[-1]}"]  # no lone word at the end
    return pieces


@contextmanager
def timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    """Record how long the block took, in ms, under ``stage`` (also when it raises)."""
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = (time.perf_counter() - started) * 1000


def silence(seconds: float, rate_hz: int) -> np.ndarray:
    return np.zeros(int(seconds * rate_hz), dtype=np.float32)
