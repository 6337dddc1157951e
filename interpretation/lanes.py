"""The work that follows a caption, each on a lane (a thread) of its own, so that it never
holds up the next utterance's captions: speech, piece by piece in the order
``speaking.SpeechQueue`` chooses (a neural voice may take longer than the words it speaks
on a small CPU), one lane per language spoken, and the quality tier's revisions. Every
lane runs below the recogniser's CPU priority (``speaking.lower_priority``). A segment
whose speech fails or comes too late is audited and its listeners told; the caption
stands.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from django.conf import settings
from django.db import close_old_connections

from audit.events import SYSTEM, AuditEvent, Outcome
from audit.models import AuditEntry
from interpretation import messages as m
from interpretation.audio import float_to_pcm16
from interpretation.builder import build_converter, cascade
from interpretation.frames import Redacted, Translation
from interpretation.models import Segment
from interpretation.pipeline import Cascade, clauses, failure
from interpretation.speaking import (
    MAX_SPEECH_LAG_S,
    Next,
    SpeechJob,
    SpeechQueue,
    lower_priority,
)
from interpretation.voices import VoiceCloning
from telehealth.models import Participant

logger = logging.getLogger(__name__)

Emit = Callable[[m.LiveEvent], None]  # fans one event out to the visit
# At exit, how long the process waits for a lane's job in hand (a neural voice's piece on a
# slow CPU); past it the process exits anyway.
LANE_EXIT_WAIT_S = 30.0
_cloning: VoiceCloning | None = None
# The speech lanes share one voice converter and its speakers' embeddings: one at a time.
_cloning_lock = threading.Lock()


@dataclass(frozen=True)
class Speaking:
    """What the speech lane needs to speak a segment's translation, captioned already."""

    emit: Emit = field(repr=False)
    speaker: Participant = field(repr=False)
    segment: Segment = field(repr=False)
    translation: Translation = field(repr=False)
    started: float


def queue_speech(emit: Emit, speaker: Participant, segment: Segment,
                  translation: Translation, started: float) -> None:
    """Speech follows the caption, on the speech lane, clause by clause (``clauses``)."""
    language = translation.target_language
    pieces = clauses(translation.live_text())
    if pieces:
        _speech.put(language, SpeechJob((speaker.visit_id, language), segment.seq, pieces,
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
        with _cloning_lock:
            if _cloning is None:
                _cloning = VoiceCloning(build_converter(),
                                        allow_test_model=settings.VOICE_CLONING_ALLOW_TEST_MODEL)
            cloned, _ = _cloning.voice_for(speaking.speaker, pipeline.voices[target])
        job.voice = cloned or pipeline.voices[target]
    converted = job.voice is not pipeline.voices[target]  # a cloned voice: the shared converter
    tts_started = time.perf_counter()
    with _cloning_lock if converted else contextlib.nullcontext():
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


def has_quality_tier(pipeline: Cascade, source: str) -> bool:
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
            queue_speech(revision.emit, speaker, revision.segment, better, revision.started)


def _speech_step(step: Next, jobs: SpeechQueue) -> None:
    """One step of the speech lane whose queue is ``jobs``: a piece made and sent, or a
    segment's speech given up (too late, or its voice failed) and said so."""
    job = step.job
    if step.stale:
        speech_failed(job, "stale")
        return
    try:
        duration_s = _speak(job)
    except Exception as exc:  # stage boundary: the caption stands; the loss is audited, told
        jobs.drop(job)
        logger.warning("speech: segment %d failed (%s)", job.seq, type(exc).__name__)
        # A process that exits while a piece is made (an in-process server stopped) cannot
        # send it: its fan-out fails ("cannot schedule new futures after interpreter
        # shutdown"). That is the stop, as ``stop`` says of the speech still waiting.
        reason: m.SpeechFailure = "shutdown" if _speech.closing else "tts_error"
        speech_failed(job, reason, failure("tts", exc))
        return
    jobs.sent(job, duration_s)


class _Lane:
    """Work done beside the live path, in order, on a thread of its own, so that it never
    holds up the next utterance's captions: speech (a neural voice may take longer than
    the words it speaks on a small CPU) and the quality tier's revisions. ``jobs`` is any
    queue with ``put`` and a blocking ``get``.

    The thread is a daemon, so an idle lane never keeps a process alive; but a process that
    exits while the lane is inside a model (ONNX Runtime, CTranslate2) would abort in native
    code ("terminate called without an active exception", exit status 134). At exit the lane
    takes no further job and the process waits up to ``LANE_EXIT_WAIT_S`` for the one in hand.
    """

    def __init__(self, name: str, handle: Callable[[Any], None], jobs: Any) -> None:
        self.name, self.handle, self.jobs = name, handle, jobs
        self.thread: threading.Thread | None = None
        self.lock = threading.Lock()
        self.idle = threading.Event()  # set while the lane waits for a job
        self.closing = False
        self.unhandled: Any = None  # a job taken after closing began, never handled

    def put(self, job: Any) -> None:
        with self.lock:
            if self.thread is None or not self.thread.is_alive():
                if self.thread is None:
                    atexit.register(self.close)
                self.thread = threading.Thread(target=self._run, name=self.name, daemon=True)
                self.thread.start()
        self.jobs.put(job)

    def close(self, wait_s: float = LANE_EXIT_WAIT_S) -> bool:
        """The process is exiting: finish the job in hand (if any), start no other. False
        when the job in hand was still running after ``wait_s``."""
        self.closing = True
        if self.thread is not None and self.thread.is_alive():
            return self.idle.wait(timeout=wait_s)  # then it waits for a job: harmless
        return True

    def _run(self) -> None:
        lower_priority(settings.LANE_NICENESS)  # captions first: a voice never makes one late
        while True:
            self.idle.set()
            job = self.jobs.get()
            self.idle.clear()
            if self.closing:
                self.unhandled = job  # for ``stop`` to account for
                self.idle.set()
                return
            try:
                self.handle(job)
            except Exception as exc:  # this job is lost (the caption stands); the next goes on
                if self.closing:  # the process is going: logging and Redis are gone too
                    self.idle.set()
                    return
                logger.warning("%s: segment %d failed (%s)", self.name, job.seq,
                               type(exc).__name__)
            finally:
                with contextlib.suppress(Exception):  # the next job reconnects if need be
                    close_old_connections()


class _SpeechLanes:
    """One speech lane per language spoken, each with its own queue: a voice slower than
    its words on a small CPU (Kokoro, Spanish) holds up only its own listeners. With one
    lane for every language, the patient's words in English (Piper, real-time factor 0.13)
    waited behind the clinician's Spanish backlog: English first audio p50 7.2 s from the
    acoustic end (``bench/live.py --visits 2``, load 5.9)."""

    def __init__(self, max_lag_s: float = MAX_SPEECH_LAG_S) -> None:
        self._lanes: dict[str, _Lane] = {}
        self._lock = threading.Lock()
        self._max_lag_s = max_lag_s
        self.closing = False

    @property
    def max_lag_s(self) -> float:
        return self._max_lag_s

    @max_lag_s.setter
    def max_lag_s(self, value: float) -> None:
        """Every lane's queue, and those made later, drop speech this late."""
        with self._lock:
            self._max_lag_s = value
            for lane in self._lanes.values():
                lane.jobs.max_lag_s = value

    def put(self, language: str, job: SpeechJob) -> None:
        with self._lock:
            lane = self._lanes.get(language)
            if lane is None:
                jobs = SpeechQueue(max_lag_s=self._max_lag_s)
                lane = self._lanes[language] = _Lane(f"speech-{language}",
                                                     partial(_speech_step, jobs=jobs), jobs)
        lane.put(job)

    def lanes(self) -> list[_Lane]:
        with self._lock:
            return list(self._lanes.values())


_speech = _SpeechLanes()
_revisions = _Lane("mt-revisions", lambda revision: _revise(revision, cascade()),
                   queue.Queue())


def revise_later(revision: Revision) -> None:
    """The better translation follows on its own lane, then replaces the caption."""
    _revisions.put(revision)


def stop(wait_s: float = LANE_EXIT_WAIT_S) -> int:
    """A worker is stopping (``worker.ReconnectingWorker`` on SIGTERM): the speech in hand is
    finished (up to ``wait_s``), and every segment whose speech is still waiting is given up
    as ``shutdown``, audited and told, instead of vanishing with the process; the caption
    stands. Revisions not yet made are only counted in the log: the caption they would have
    improved stands as it is. Returns how many segments' speech was given up."""
    speech = _speech.lanes()
    _speech.closing = True
    for lane in (_revisions, *speech):  # none starts another job while one is waited for
        lane.closing = True
    deadline = time.monotonic() + wait_s  # one budget for all, not one each
    _revisions.close(max(0.0, deadline - time.monotonic()))
    finished = all([lane.close(max(0.0, deadline - time.monotonic())) for lane in speech])
    given_up = 0
    for lane in speech:
        left: Next | None = lane.unhandled
        if left is not None and left.stale:
            speech_failed(left.job, "stale")
            given_up += 1
        for job in lane.jobs.take_all():
            speech_failed(job, "shutdown")
            given_up += 1
    revisions = _revisions.jobs.qsize() + (_revisions.unhandled is not None)
    logger.info("lanes stopped: %d segments' speech given up, %d revisions not made%s",
                given_up, revisions, "" if finished else ", a piece was still being made")
    return given_up
