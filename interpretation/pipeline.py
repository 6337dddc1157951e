"""The cascade for one utterance: ASR -> redaction -> MT -> TTS, each stage timed.

Independent of Django: a server process or a worker builds one ``Cascade`` and
feeds it utterances. The one orchestration of the stages, used by the live worker
(``to_text`` for the captions, then ``speak`` piece by piece, ``clauses``), the
``interpret`` command and the benchmarks (``process``). A failure in any stage
becomes that utterance's ``error`` (``stage:Type:retryable``, never words) and the
next utterance goes on.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator
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


@dataclass
class Text:
    """One utterance as text: what was heard, what may be kept, each language's
    translation, how long each stage took, and which stage failed, if one did."""

    utterance: Utterance
    transcript: Transcript | None = None
    redacted: Redacted | None = None  # None: nothing was said (or a stage failed)
    translations: dict[str, Translation] = field(default_factory=dict)
    timings_ms: dict[str, float] = field(default_factory=dict)
    error: str = ""

    def __repr__(self) -> str:  # ids, counts and codes only
        return (f"Text(index={self.utterance.index}, "
                f"languages={sorted(self.translations)}, error={self.error!r})")


class Cascade:
    def __init__(self, recognizer: SpeechRecognizer, redactor: Redactor,
                 translator: TextTranslator, voices: dict[str, SpeechSynthesizer],
                 output_rate_hz: int = 22_050) -> None:
        self.recognizer = recognizer
        self.redactor = redactor
        self.translator = translator
        self.voices = voices
        self.output_rate_hz = output_rate_hz

    def to_text(self, utterance: Utterance, targets: list[str],
                heard: Callable[[Transcript], None] | None = None) -> Text:
        """ASR, redaction, and translation into each of ``targets``: everything a caption
        needs. Stops after ASR when nothing was said; a failing stage stops it and sets
        ``error`` (``stage:Type:retryable``), keeping what the stages before it made.
        ``heard`` is told the transcript as soon as ASR has made it (a draft's verdict on
        its words, ``live.draft``, need not wait for redaction and translation)."""
        def recognize(utterance: Utterance) -> Transcript:
            transcript = self.recognize(utterance)
            if heard is not None:
                heard(transcript)
            return transcript

        return self._to_text(utterance, targets, recognize)

    def interim_text(self, utterance: Utterance, targets: list[str],
                     give_up: Callable[[], bool] = lambda: False) -> Text:
        """``to_text`` for an interim caption of an utterance under way: the recogniser's
        fast mode where it has one, the same redaction and translation. ``give_up`` is
        asked between steps: True ends it with nothing heard (a caption wants the CPU)."""
        def recognize(utterance: Utterance) -> Transcript:
            heard = self.recognize_fast(utterance, give_up)
            return Transcript(utterance, "", 1.0) if give_up() else heard

        return self._to_text(utterance, targets, recognize)

    def _to_text(self, utterance: Utterance, targets: list[str],
                 recognize: Callable[[Utterance], Transcript]) -> Text:
        text = Text(utterance)
        stage = "asr"
        try:
            with timed(text.timings_ms, "asr"):
                text.transcript = recognize(utterance)
            if not text.transcript.text.strip():
                return text  # silence or noise: nothing to say, nothing to translate
            stage = "redact"
            with timed(text.timings_ms, "redact"):
                text.redacted = self.redact(text.transcript)
            stage = "mt"
            for target in targets:
                with timed(text.timings_ms, f"mt_{target}"):
                    text.translations[target] = self.translate(text.redacted, target)
        except Exception as exc:  # stage boundary: this utterance fails, the next goes on
            text.error = failure(stage, exc)
            logger.warning("utterance %d failed in %s (%s)", utterance.index, stage,
                           type(exc).__name__)
        return text

    def process(self, utterance: Utterance, target_language: str,
                voice: SpeechSynthesizer | None = None) -> UtteranceResult:
        """Run one utterance through every stage, its speech in one piece; ``voice``
        overrides the stock voice (a consented clone), and is the caller's to choose."""
        started = time.perf_counter()
        text = self.to_text(utterance, [target_language])
        result = UtteranceResult(
            utterance, target_language, text.transcript, text.redacted,
            text.translations.get(target_language), error=text.error,
            timings_ms={"mt" if stage == f"mt_{target_language}" else stage: ms
                        for stage, ms in text.timings_ms.items()})
        if result.translation is not None and not result.error:
            try:
                with timed(result.timings_ms, "tts"):
                    result.speech = self.speak(result.translation,
                                               voice or self.voices[target_language])
            except Exception as exc:  # stage boundary, as in ``to_text``
                result.error = failure("tts", exc)
                logger.warning("utterance %d failed in tts (%s)", utterance.index,
                               type(exc).__name__)
        result.timings_ms["total"] = (time.perf_counter() - started) * 1000
        return result

    # One stage each: a frame in, the next frame out.

    def recognize(self, utterance: Utterance) -> Transcript:
        text, no_speech = self.recognizer.transcribe(utterance.audio, utterance.language)
        return Transcript(utterance, text, no_speech)

    def recognize_fast(self, utterance: Utterance,
                       give_up: Callable[[], bool] = lambda: False) -> Transcript:
        """Quick and rough, for an interim caption: ``transcribe_fast`` where the engine
        has one (Whisper's greedy decode, which asks ``give_up`` between encoding and
        decoding); the engine protocol does not require it."""
        fast = getattr(self.recognizer, "transcribe_fast", None)
        if fast is None:
            return self.recognize(utterance)
        text, no_speech = fast(utterance.audio, utterance.language, give_up=give_up)
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


FIRST_PIECE_CHARS = 12  # two or three words, under a second of speech: synthesised in a
# fraction of a second even on a busy CPU, so the listener hears the segment start at once
FIRST_PIECE_MAX_CHARS = 30  # a first clause longer than this is cut at a word gap instead
MIN_PIECE_CHARS = 40  # about two seconds of speech: shorter pieces gain little, sound choppy
_CLAUSE_END = re.compile(r"(?<=[.,;:!?])\s+")


def clauses(text: str) -> list[str]:
    """The text in pieces to synthesise one after another, so the listener hears the first
    words while the rest is made. The first piece is short (its first clause, or its first
    few words, at least ``FIRST_PIECE_CHARS``): its synthesis is all the listener waits
    for. Later pieces end at clause marks and are at least ``MIN_PIECE_CHARS`` long (the
    last may be shorter), long enough to sound whole and to be made while the one before
    plays."""
    text = " ".join(text.split())
    if not text:
        return []
    first, rest = _first_piece(text)
    if not rest:
        return [first]
    pieces: list[str] = []
    for clause in _CLAUSE_END.split(rest):
        if pieces and len(pieces[-1]) < MIN_PIECE_CHARS:
            pieces[-1] = f"{pieces[-1]} {clause}"
        elif clause:
            pieces.append(clause)
    if len(pieces) > 1 and len(pieces[-1]) < MIN_PIECE_CHARS // 2:
        pieces[-2:] = [f"{pieces[-2]} {pieces[-1]}"]  # no lone word at the end
    return [first, *pieces]


def _first_piece(text: str) -> tuple[str, str]:
    """The short first piece and the rest (empty when the text is too short to cut).
    It ends at the first clause mark past ``FIRST_PIECE_CHARS`` if that comes soon,
    otherwise at the first word gap past ``FIRST_PIECE_CHARS``."""
    cut = next((m.start() for m in _CLAUSE_END.finditer(text)
                if m.start() >= FIRST_PIECE_CHARS), None)
    if cut is None or cut > FIRST_PIECE_MAX_CHARS:
        cut = text.find(" ", FIRST_PIECE_CHARS)
    if cut < 0 or len(text) - cut <= FIRST_PIECE_CHARS:
        return text, ""  # short already, or only a word or two would be left
    return text[:cut], text[cut + 1:]


def failure(stage: str, exc: BaseException) -> str:
    """``stage:Type:retryable`` (or ``:failed``): where it failed, how, and whether trying
    again can help; never the words."""
    retry = "retryable" if isinstance(exc, EngineError) and exc.retryable else "failed"
    return f"{stage}:{type(exc).__name__}:{retry}"


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
