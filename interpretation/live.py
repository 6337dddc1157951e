"""One live utterance, from audio to stored segment and fan-out event.

Runs where inference runs: in a worker process fed over the channel layer, or
in the server process when there is no Redis. The cascade (``Cascade.to_text``)
makes the text: ASR and redaction once, translation once per language among the
other participants; this module keeps what is live: the consent check, the store,
the fan-out. The segment (redacted text only) is stored, with its audit entry,
before the event goes out; any failure becomes a stored, audited gap instead of a
silent loss. Speech follows on a lane of its own (``speaking``), piece by piece; a
segment whose speech fails or comes too late is audited and its listeners told.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from asgiref.sync import async_to_sync
from django.conf import settings
from django.db import close_old_connections

from audit.events import SYSTEM, AuditEvent, Outcome
from audit.models import AuditEntry
from interpretation import messages as m
from interpretation.audio import float_to_pcm16, pcm16_to_float
from interpretation.builder import build_converter, cascade
from interpretation.drafts import Drafts, draft_key, too_late
from interpretation.frames import Redacted, Translation, Utterance, restored
from interpretation.models import Segment, SegmentKind
from interpretation.pipeline import Cascade, Text, clauses, failure
from interpretation.speaking import Next, SpeechJob, SpeechQueue, lower_priority
from interpretation.utterances import gap
from interpretation.voices import VoiceCloning
from telehealth.broadcast import group_name
from telehealth.models import Consent, ConsentScope, Participant

logger = logging.getLogger(__name__)

WORKER_CHANNEL = m.WORKER_CHANNEL  # ``runworker interpretation`` names it
# One utterance's captions at a time per process (the engines share threads); speech
# and revisions follow on lanes of their own (``_Lane``).
_lock = threading.Lock()
# Text made from drafts, waiting for the cut of the same audio (``interpretation.drafts``).
_drafts: Drafts[Text] = Drafts()
_cloning: VoiceCloning | None = None


def warm_up() -> None:
    """Load every model and run each engine once: first calls compile and allocate."""
    import numpy as np

    pipeline = cascade()
    pipeline.recognizer.transcribe(np.zeros(16_000, np.float32), None)
    for language, voice in pipeline.voices.items():
        voice.synthesize("ready", language)
    for pair in pipeline.translator.pairs():
        source, target = pair.split("-")
        pipeline.translator.translate("ready", source, target)


def draft(message: m.DraftJob) -> None:
    """Start early: make a draft's text and keep it for its cut; publish nothing. A draft
    that waited too long for a worker, or whose speaker has no consent, is left alone."""
    if too_late(message):
        return
    with _lock:
        try:
            speaker = Participant.objects.select_related("visit").get(pk=message["speaker_id"])
            if not Consent.objects.is_active(speaker, ConsentScope.INTERPRETATION):
                return
            utterance = _utterance(message)
            text = cascade().to_text(utterance, _targets(speaker, utterance.language))
            if not text.error:
                _drafts.put(draft_key(message), text)
        except Exception as exc:  # a draft only saves time: its cut is worked on anyway
            logger.warning("draft %s failed (%s)", message["utterance_id"],
                           type(exc).__name__)


def _utterance(message: m.InterpretJob | m.DraftJob) -> Utterance:
    return Utterance(0, message["start_s"], message["end_s"], message["language"],
                     pcm16_to_float(message["pcm"]))


def _targets(speaker: Participant, language: str) -> list[str]:
    """The other participants' languages: what each caption is translated into."""
    return sorted({p.language_id for p in speaker.visit.participants.exclude(pk=speaker.pk)}
                  - {language})


def _text(message: m.InterpretJob, utterance: Utterance, targets: list[str]) -> Text:
    """The utterance's text: made from its draft when this worker made one (and it covers
    every target language), else made now."""
    early = _drafts.take(draft_key(message))
    if early is not None and (early.redacted is None
                              or set(targets) <= set(early.translations)):
        return early  # nothing was said, or everything needed was made already
    return cascade().to_text(utterance, targets)


Emit = Callable[[m.LiveEvent], None]


def emitter(layer: Any, visit_id: int) -> Emit:
    """Fan events out to a visit from the inference thread (sync code, async layer)."""
    group = group_name(visit_id)

    def emit(event: m.LiveEvent) -> None:
        async_to_sync(layer.group_send)(group, event)

    return emit


def interpret(message: m.InterpretJob, emit: Emit) -> None:
    """Interpret one utterance, store it, and ``emit`` its events to the visit: the
    captions as soon as the segment is stored, then each language's speech."""
    with _lock:
        try:
            _interpret(message, emit)
        except Exception as exc:  # stage boundary: a stored, audited gap, never a silent drop
            logger.warning("utterance %s failed (%s)", message["utterance_id"],
                           type(exc).__name__)
            emit(gap(message, "engine_error", failure("live", exc)) or _nothing(message))


def _nothing(message: m.UtteranceRef) -> m.NothingEvent:
    """The utterance needs no segment (silence) or already has one: it is done."""
    return m.NothingEvent(type="visit.nothing", utterance_id=message["utterance_id"])


def _interpret(message: m.InterpretJob, emit: Emit) -> None:
    speaker = Participant.objects.select_related("visit").get(pk=message["speaker_id"])
    if not Consent.objects.is_active(speaker, ConsentScope.INTERPRETATION):
        emit(gap(message, "no_consent") or _nothing(message))
        return
    pipeline = cascade()
    started = time.perf_counter()
    utterance = _utterance(message)
    text = _text(message, utterance, _targets(speaker, utterance.language))
    if text.error:  # a stage failed: a stored, audited gap that says which, and how
        logger.warning("utterance %s failed (%s)", message["utterance_id"], text.error)
        emit(gap(message, "engine_error", text.error) or _nothing(message))
        return
    if text.transcript is None or text.redacted is None:
        emit(_nothing(message))  # noise or a cough: nothing to say
        return
    transcript, redacted, translations = text.transcript, text.redacted, text.translations
    timings = text.timings_ms
    segment, created = Segment.objects.append(
        visit_id=message["visit_id"], utterance_id=uuid.UUID(message["utterance_id"]),
        speaker=speaker, source_language=utterance.language, redacted_text=redacted.text,
        translations={lang: translation.text for lang, translation in translations.items()},
        translation_flags={lang: list(t.flags) for lang, t in translations.items()},
        translation_engines={lang: t.engine for lang, t in translations.items()},
        entity_counts=redacted.entity_counts(), start_s=utterance.start_s,
        end_s=utterance.end_s, redaction_failed=redacted.failed_closed)
    if segment is None or segment.kind != SegmentKind.SPEECH:  # visit ended, or a gap
        emit(_nothing(message))
        return
    # Stored by an earlier attempt, whose worker may have died before sending it: the
    # caption goes out again (each connection passes a seq on once); its speech may have
    # gone out already, so it is not made twice.
    again = not created
    timings["to_text"] = (time.perf_counter() - started) * 1000
    back = {}
    if speaker.visit.back_translation:  # for the speaker: what the others got, said back
        for target, translation in translations.items():
            said_back = pipeline.translator.translate(translation.text, target,
                                                      utterance.language)
            back[target] = restored(said_back.text, redacted.restore)
    emit(m.SegmentEvent(
        type="visit.segment", seq=segment.seq, speaker_id=speaker.pk,
        speaker_role=speaker.role, source_language=utterance.language,
        transcript=transcript.text,
        translations={lang: t.live_text() for lang, t in translations.items()},
        flags={lang: list(t.flags) for lang, t in translations.items()},
        engines={lang: t.engine for lang, t in translations.items()},
        back_translations=back, timings_ms={k: round(v, 1) for k, v in timings.items()},
        utterance_id=message["utterance_id"]))
    if again:
        return
    revising = _has_quality_tier(pipeline, utterance.language)
    for translation in translations.values():  # speech follows the captions
        if not (revising and settings.MT_SPEECH_FROM == "quality"):
            _queue_speech(emit, speaker, segment, translation, started)
    if revising:
        _revisions.put(Revision(speaker.pk, segment, redacted, tuple(translations), started,
                                emit))


@dataclass(frozen=True)
class Speaking:
    """What the speech lane needs to speak a segment's translation, captioned already."""

    emit: Emit = field(repr=False)
    speaker: Participant = field(repr=False)
    segment: Segment = field(repr=False)
    translation: Translation = field(repr=False)
    started: float


def _queue_speech(emit: Emit, speaker: Participant, segment: Segment,
                  translation: Translation, started: float) -> None:
    """Speech follows the caption, on the speech lane, clause by clause (``clauses``)."""
    language = translation.target_language
    pieces = clauses(translation.live_text())
    if pieces:
        _speech.put(SpeechJob((speaker.visit_id, language), segment.seq, pieces,
                              time.monotonic(),
                              Speaking(emit, speaker, segment, translation, started)))


def _speak(job: SpeechJob) -> float:
    """Make and send piece ``job.part``: each goes out as soon as it is made, numbered
    (``part``), the last one marked, all under the segment's ``seq``. Returns its length
    in seconds."""
    global _cloning
    pipeline = cascade()
    speaking: Speaking = job.payload
    target = speaking.translation.target_language
    if job.part == 0:  # one voice for the whole segment: consent is asked once per utterance
        if _cloning is None:
            _cloning = VoiceCloning(build_converter(),
                                    allow_test_model=settings.VOICE_CLONING_ALLOW_TEST_MODEL)
        cloned, _ = _cloning.voice_for(speaking.speaker, pipeline.voices[target])
        job.voice = cloned or pipeline.voices[target]
    tts_started = time.perf_counter()
    speech = pipeline.speak(speaking.translation, job.voice, job.pieces[job.part])
    speaking.emit(m.AudioEvent(
        type="visit.audio", seq=job.seq, speaker_id=speaking.speaker.pk,
        language=target, voice=speech.voice, rate=speech.sample_rate_hz,
        part=job.part, last=job.part == job.last_part,
        pcm=float_to_pcm16(speech.audio),
        timings_ms={"tts": round((time.perf_counter() - tts_started) * 1000, 1),
                    "total": round((time.perf_counter() - speaking.started) * 1000, 1)}))
    return len(speech.audio) / speech.sample_rate_hz


def speech_failed(job: SpeechJob, reason: m.SpeechFailure, error: str = "") -> None:
    """The caption stands but its speech will not come (``reason``: ``tts_error`` or
    ``stale``): audited, and the listeners are told, so the loss is never silent."""
    speaking: Speaking = job.payload
    language = speaking.translation.target_language
    AuditEntry.objects.record(
        AuditEvent.SEGMENT_SPEECH_FAILED, actor=SYSTEM, outcome=Outcome.FAILED,
        visit_id=speaking.speaker.visit_id, subject=speaking.segment, seq=job.seq,
        speaker_id=speaking.speaker.pk, language=language, reason=reason,
        error=error.lower() or None, parts_sent=job.part)
    speaking.emit(m.SpeechFailedEvent(type="visit.speech_failed", seq=job.seq,
                                      speaker_id=speaking.speaker.pk, language=language,
                                      reason=reason))


def _has_quality_tier(pipeline: Cascade, source: str) -> bool:
    quality = getattr(pipeline.translator, "quality", {})
    return any(pair.startswith(f"{source}-") for pair in quality)


@dataclass(frozen=True)
class Revision:
    """A segment already captioned, waiting for the slower, better translation."""

    speaker_id: int
    segment: Segment
    redacted: Redacted = field(repr=False)
    targets: tuple[str, ...]
    started: float
    emit: Emit = field(repr=False)

    @property
    def seq(self) -> int:
        return self.segment.seq


def _revise(revision: Revision, pipeline: Cascade) -> None:
    speaker = Participant.objects.get(pk=revision.speaker_id)
    for target in revision.targets:
        better_started = time.perf_counter()
        better = pipeline.translate(revision.redacted, target, quality=True)
        if not Segment.objects.revise(revision.segment, target, better.text, better.engine,
                                      better.flags):
            return  # the visit ended meanwhile
        revision.emit(m.RevisionEvent(
            type="visit.revision", seq=revision.segment.seq,
            speaker_id=revision.speaker_id, language=target,
            translation=better.live_text(), flags=list(better.flags), engine=better.engine,
            timings_ms={"mt": round((time.perf_counter() - better_started) * 1000, 1),
                        "total": round((time.perf_counter() - revision.started) * 1000, 1)}))
        if settings.MT_SPEECH_FROM == "quality":
            _queue_speech(revision.emit, speaker, revision.segment, better, revision.started)


def _speech_step(step: Next) -> None:
    """One step of the speech lane: a piece made and sent, or a segment's speech given up
    (too late, or its voice failed) and said so."""
    job = step.job
    if step.stale:
        speech_failed(job, "stale")
        return
    try:
        duration_s = _speak(job)
    except Exception as exc:  # stage boundary: the caption stands; the loss is audited, told
        _speech_jobs.drop(job)
        logger.warning("speech: segment %d failed (%s)", job.seq, type(exc).__name__)
        speech_failed(job, "tts_error", failure("tts", exc))
        return
    _speech_jobs.sent(job, duration_s)


class _Lane:
    """Work done beside the live path, in order, on a thread of its own, so that it never
    holds up the next utterance's captions: speech (a neural voice may take longer than
    the words it speaks on a small CPU) and the quality tier's revisions. ``jobs`` is any
    queue with ``put`` and a blocking ``get``."""

    def __init__(self, name: str, handle: Callable[[Any], None], jobs: Any) -> None:
        self.name, self.handle, self.jobs = name, handle, jobs
        self.thread: threading.Thread | None = None
        self.lock = threading.Lock()

    def put(self, job: Any) -> None:
        with self.lock:
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self._run, name=self.name, daemon=True)
                self.thread.start()
        self.jobs.put(job)

    def _run(self) -> None:
        lower_priority(settings.LANE_NICENESS)  # captions first: a voice never makes one late
        while True:
            job = self.jobs.get()
            try:
                self.handle(job)
            except Exception as exc:  # this job is lost (the caption stands); the next goes on
                logger.warning("%s: segment %d failed (%s)", self.name, job.seq,
                               type(exc).__name__)
            finally:
                with contextlib.suppress(Exception):  # the next job reconnects if need be
                    close_old_connections()


_speech_jobs = SpeechQueue()
_speech = _Lane("speech", _speech_step, _speech_jobs)
_revisions = _Lane("mt-revisions", lambda revision: _revise(revision, cascade()),
                   queue.Queue())
