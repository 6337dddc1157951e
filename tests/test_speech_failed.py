"""Speech a caption promised that will not come is never lost silently: too late to be
useful (``stale``), or its worker stopped on purpose (SIGTERM: a deploy, ``docker stop``),
which finishes the speech in hand and gives up what still waits as ``shutdown``
(``lanes.stop``). Each is stored in the audit trail and told to the listeners. The process
side of a stop (no new job, what was taken finished, exit 0) is tested on a real worker in
``test_faults``; a voice that fails, in ``test_live``."""

from __future__ import annotations

import queue
import threading
import time
import uuid
from typing import Any

import numpy as np
import pytest

from audit.events import AuditEvent
from audit.models import AuditEntry
from interpretation import lanes
from interpretation.frames import Redacted, Transcript, Translation, Utterance
from interpretation.models import Segment
from interpretation.speaking import Next, SpeechJob, SpeechQueue
from telehealth.models import Visit
from tests.test_live import live_visit, person  # noqa: F401  (fixture)

WAIT_S = 10.0  # a hang guard


def speech_job(visit: Visit, events: list[dict[str, Any]], captioned_at: float) -> SpeechJob:
    """A stored segment with a Spanish translation whose speech waits to be made."""
    speaker = person(visit, "clinician")
    segment, _ = Segment.objects.append(
        visit_id=visit.pk, utterance_id=uuid.uuid4(), speaker=speaker,
        source_language="en", redacted_text="Hello.", translations={"es": "Hola."})
    assert segment is not None
    utterance = Utterance(0, 0.0, 1.0, "en", np.zeros(16_000, np.float32))
    translation = Translation(Redacted(Transcript(utterance, "Hello."), "Hello."), "es",
                              "Hola.", "test")
    return SpeechJob((visit.pk, "es"), segment.seq, ["Hola."], captioned_at,
                     lanes.Speaking(events.append, speaker, segment, translation, 0.0))


def test_speech_too_late_to_be_useful_is_dropped_audited_and_told(
        live_visit: Visit) -> None:  # noqa: F811
    events: list[dict[str, Any]] = []
    job = speech_job(live_visit, events, 0.0)
    lanes._speech_step(Next(job, stale=True), SpeechQueue())

    assert events == [{"type": "visit.speech_failed", "seq": job.seq,
                       "speaker_id": person(live_visit, "clinician").pk, "language": "es",
                       "reason": "stale"}]
    entry = AuditEntry.objects.get(event=AuditEvent.SEGMENT_SPEECH_FAILED,
                                   visit_id=live_visit.pk)
    assert entry.metadata["reason"] == "stale" and entry.metadata["parts_sent"] == 0


def test_speech_that_fails_while_the_process_exits_is_given_up_as_shutdown(
        live_visit: Visit, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    """An in-process server stopped while a piece was made: its fan-out fails at interpreter
    shutdown. Audited as the stop it is, not as a voice that failed."""
    events: list[dict[str, Any]] = []
    job = speech_job(live_visit, events, time.monotonic())

    def exiting(job: SpeechJob) -> float:
        raise RuntimeError("cannot schedule new futures after interpreter shutdown")

    monkeypatch.setattr(lanes, "_speak", exiting)
    monkeypatch.setattr(lanes._speech, "closing", True)
    lanes._speech_step(Next(job, stale=False), SpeechQueue())
    entry = AuditEntry.objects.get(event=AuditEvent.SEGMENT_SPEECH_FAILED,
                                   visit_id=live_visit.pk)
    assert entry.metadata["reason"] == "shutdown"
    assert [e["reason"] for e in events] == ["shutdown"]

    monkeypatch.setattr(lanes._speech, "closing", False)  # running: the voice failed
    lanes._speech_step(Next(speech_job(live_visit, events, time.monotonic()), stale=False),
                       SpeechQueue())
    assert [e["reason"] for e in events] == ["shutdown", "tts_error"]


def test_stopping_finishes_the_speech_in_hand_and_gives_up_the_rest_audited_and_told(
        live_visit: Visit, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    # Lanes of this test's own. The process's own speech lanes may still be speaking an
    # earlier test's segment: they keep their queues, and their jobs are not counted here.
    monkeypatch.setattr(lanes, "_speech", lanes._SpeechLanes(max_lag_s=3600.0))
    monkeypatch.setattr(lanes, "_revisions", lanes._Lane("mt-revisions", print, queue.Queue()))
    started, release = threading.Event(), threading.Event()
    made: list[int] = []

    ours: list[SpeechJob] = []
    speak = lanes._speak

    def slow_voice(job: SpeechJob) -> float:  # the piece in hand when the stop comes
        if job not in ours:  # the process's own lane, finishing an earlier test's speech
            return speak(job)
        started.set()
        release.wait(WAIT_S)
        made.append(job.seq)
        return 1.0

    monkeypatch.setattr(lanes, "_speak", slow_voice)
    events: list[dict[str, Any]] = []
    now = time.monotonic()  # the queue's clock: captions older than max_lag_s are stale
    in_hand, waiting = speech_job(live_visit, events, now), speech_job(live_visit, events,
                                                                       now + 0.001)
    ours += [in_hand, waiting]
    lanes._speech.put("es", in_hand)
    lanes._speech.put("es", waiting)
    assert started.wait(WAIT_S)

    threading.Timer(0.2, release.set).start()
    assert lanes.stop(wait_s=WAIT_S) == 1

    assert made == [in_hand.seq]  # finished, not cut off
    assert events == [{"type": "visit.speech_failed", "seq": waiting.seq,
                       "speaker_id": person(live_visit, "clinician").pk, "language": "es",
                       "reason": "shutdown"}]
    entry = AuditEntry.objects.get(event=AuditEvent.SEGMENT_SPEECH_FAILED,
                                   visit_id=live_visit.pk)
    assert entry.metadata["seq"] == waiting.seq and entry.metadata["reason"] == "shutdown"
    assert entry.metadata["parts_sent"] == 0
    assert all(lane.jobs.waiting() == 0 for lane in lanes._speech.lanes())


def test_stopping_with_nothing_to_speak_gives_up_nothing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lanes, "_speech", lanes._SpeechLanes())
    monkeypatch.setattr(lanes, "_revisions", lanes._Lane("mt-revisions", print, queue.Queue()))
    assert lanes.stop(wait_s=WAIT_S) == 0
