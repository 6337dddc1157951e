"""One live utterance, from audio to stored segment and fan-out event.

Runs where inference runs: in a worker process fed over the channel layer, or
in the server process when there is no Redis. ASR and redaction run once;
translation and speech once per language among the other participants. The
segment (redacted text only) is stored, with its audit entry, before the event
goes out; any failure becomes a stored, audited gap instead of a silent loss.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

from asgiref.sync import async_to_sync
from django.conf import settings

from interpretation.audio import float_to_pcm16, pcm16_to_float
from interpretation.engines.loading import build_converter, cascade
from interpretation.frames import Utterance
from interpretation.models import Segment, SegmentKind
from interpretation.pipeline import timed
from interpretation.voices import VoiceCloning
from telehealth.broadcast import group_name
from telehealth.models import Consent, ConsentScope, Participant

logger = logging.getLogger(__name__)

WORKER_CHANNEL = "interpretation"
_lock = threading.Lock()  # one utterance at a time per process: the engines share threads
_cloning: VoiceCloning | None = None


def warm_up() -> None:
    """Load every model and run each engine once: first calls compile and allocate."""
    import numpy as np

    pipeline = cascade()
    pipeline.recognizer.transcribe(np.zeros(16_000, np.float32), None)
    for language, voice in pipeline.voices.items():
        voice.synthesize("ready", language)


def job(visit_id: int, speaker_id: int, utterance: Utterance) -> dict[str, Any]:
    """The message a worker receives: audio as 16-bit PCM, no text."""
    return {"type": "utterance.interpret", "visit_id": visit_id, "speaker_id": speaker_id,
            "utterance_id": str(uuid.uuid4()), "language": utterance.language,
            "start_s": utterance.start_s, "end_s": utterance.end_s,
            "pcm": float_to_pcm16(utterance.audio)}


Emit = Callable[[dict[str, Any]], None]


def emitter(layer: Any, visit_id: int) -> Emit:
    """Fan events out to a visit from the inference thread (sync code, async layer)."""
    group = group_name(visit_id)

    def emit(event: dict[str, Any]) -> None:
        async_to_sync(layer.group_send)(group, event)

    return emit


def interpret(message: dict[str, Any], emit: Emit) -> None:
    """Interpret one utterance, store it, and ``emit`` its events to the visit: the
    captions as soon as the segment is stored, then each language's speech."""
    with _lock:
        try:
            _interpret(message, emit)
        except Exception as exc:  # stage boundary: a stored, audited gap, never a silent drop
            logger.warning("utterance %s failed (%s)", message["utterance_id"],
                           type(exc).__name__)
            emit(gap(message, "engine_error") or _nothing(message))


def _nothing(message: dict[str, Any]) -> dict[str, Any]:
    """The utterance needs no segment (silence) or already has one: it is done."""
    return {"type": "visit.nothing", "utterance_id": message["utterance_id"]}


def gap(message: dict[str, Any], reason: str) -> dict[str, Any] | None:
    segment, created = Segment.objects.append(
        visit_id=message["visit_id"], utterance_id=uuid.UUID(message["utterance_id"]),
        kind=SegmentKind.GAP, speaker_id=message["speaker_id"], gap_reason=reason,
        source_language=message["language"], start_s=message["start_s"],
        end_s=message["end_s"])
    if segment is None or not created:
        return None  # already answered and fanned out, or the visit is over
    return {"type": "visit.gap", "seq": segment.seq, "speaker_id": segment.speaker_id,
            "reason": segment.gap_reason, "utterance_id": message["utterance_id"]}


def _interpret(message: dict[str, Any], emit: Emit) -> None:
    global _cloning
    speaker = Participant.objects.select_related("visit").get(pk=message["speaker_id"])
    if not Consent.objects.is_active(speaker, ConsentScope.INTERPRETATION):
        emit(gap(message, "no_consent") or _nothing(message))
        return
    pipeline = cascade()
    started = time.perf_counter()
    utterance = Utterance(0, message["start_s"], message["end_s"], message["language"],
                          pcm16_to_float(message["pcm"]))
    timings: dict[str, float] = {}
    with timed(timings, "asr"):
        transcript = pipeline.recognize(utterance)
    if not transcript.text.strip():
        emit(_nothing(message))  # noise or a cough: nothing to say
        return
    with timed(timings, "redact"):
        redacted = pipeline.redact(transcript)
    targets = sorted({p.language_id for p in speaker.visit.participants.exclude(pk=speaker.pk)}
                     - {utterance.language})
    if _cloning is None:
        _cloning = VoiceCloning(build_converter(),
                                allow_test_model=settings.VOICE_CLONING_ALLOW_TEST_MODEL)
    translations = {}
    for target in targets:
        with timed(timings, f"mt_{target}"):
            translations[target] = pipeline.translate(redacted, target)
    segment, created = Segment.objects.append(
        visit_id=message["visit_id"], utterance_id=uuid.UUID(message["utterance_id"]),
        speaker=speaker, source_language=utterance.language, redacted_text=redacted.text,
        translations={lang: translation.text for lang, translation in translations.items()},
        entity_counts=redacted.entity_counts(), start_s=utterance.start_s,
        end_s=utterance.end_s)
    if segment is None or not created:  # re-delivered (already went out), or the visit ended
        emit(_nothing(message))
        return
    timings["to_text"] = (time.perf_counter() - started) * 1000
    emit({"type": "visit.segment", "seq": segment.seq, "speaker_id": speaker.pk,
          "speaker_role": speaker.role, "source_language": utterance.language,
          "text": transcript.text,
          "translations": {lang: t.live_text() for lang, t in translations.items()},
          "timings_ms": {k: round(v, 1) for k, v in timings.items()},
          "utterance_id": message["utterance_id"]})
    for target, translation in translations.items():  # speech follows the captions
        voice, _ = _cloning.voice_for(speaker, pipeline.voices[target])
        tts_started = time.perf_counter()
        speech = pipeline.speak(translation, voice or pipeline.voices[target])
        emit({"type": "visit.audio", "seq": segment.seq, "speaker_id": speaker.pk,
              "language": target, "voice": speech.voice, "rate": speech.sample_rate_hz,
              "pcm": float_to_pcm16(speech.audio),
              "timings_ms": {"tts": round((time.perf_counter() - tts_started) * 1000, 1),
                             "total": round((time.perf_counter() - started) * 1000, 1)}})



