"""A worker takes the next job while a draft is being recognised (``worker``): a cut whose
draft is made goes out without waiting for another visit's recognition, and a cut whose
draft is still under way waits for it instead of recognising the same audio again. Real
PostgreSQL, Whisper, redaction and translation."""

from __future__ import annotations

import threading
from typing import Any

import numpy as np
import pytest
from django.db import connection

from interpretation import lanes, live
from interpretation.audio import load_audio
from interpretation.drafts import DRAFT_WAIT_S
from interpretation.endpointing import utterances
from interpretation.frames import SAMPLE_RATE_HZ, Utterance
from interpretation.pipeline import Cascade
from interpretation.utterances import draft_job, job
from telehealth.models import Visit
from tests.cascade_helpers import SPEECH, engines  # noqa: F401  (fixture)
from tests.test_live import live_visit, person  # noqa: F401  (fixture)

HANG_GUARD_S = 30.0


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The utterances the cascade made text of (their lengths), in order."""
    lengths: list[float] = []
    to_text = Cascade.to_text

    def counted(self: Cascade, utterance: Utterance, targets: list[str], **more: Any) -> Any:
        lengths.append(utterance.duration_s)
        return to_text(self, utterance, targets, **more)

    monkeypatch.setattr(Cascade, "to_text", counted)
    monkeypatch.setattr(lanes._speech, "max_lag_s", 0.0)  # no speech needed here
    return lengths


def interpreting(message: Any, events: list[Any]) -> threading.Thread:
    """``live.interpret`` on a thread of its own, as a worker runs it."""
    def run() -> None:
        try:
            live.interpret(message, events.append)
        finally:
            connection.close()  # this thread's: the test database is dropped at the end

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_a_cut_publishes_the_text_its_draft_made_without_making_it_again(
        live_visit: Visit, engines: object, made: list[float]) -> None:  # noqa: F811
    """A draft makes the text once; its cut publishes it; a cut of other audio makes its
    own; a draft that waited too long for a worker is not worked on."""
    speaker = live_visit.participants.get(role="clinician")
    utterance = utterances(load_audio(SPEECH / "en-followup.wav"), "en")[0]
    live.draft(draft_job(live_visit.pk, speaker.pk, utterance))
    assert len(made) == 1
    events: list[Any] = []
    live.interpret(job(live_visit.pk, speaker.pk, utterance), events.append)
    assert len(made) == 1
    (segment,) = [e for e in events if e["type"] == "visit.segment"]
    assert "blood pressure" in segment["transcript"].lower()
    assert segment["translations"]["es"]

    longer = Utterance(0, utterance.start_s, utterance.end_s + 0.5, "en", np.concatenate(
        [utterance.audio, np.zeros(SAMPLE_RATE_HZ // 2, np.float32)]))
    live.draft(draft_job(live_visit.pk, speaker.pk, utterance))  # speech resumed
    live.interpret(job(live_visit.pk, speaker.pk, longer), events.append)
    assert len(made) == 3
    stale = draft_job(live_visit.pk, speaker.pk, utterance)
    stale["sent_at"] -= 10
    live.draft(stale)
    assert len(made) == 3


def test_a_cut_whose_draft_is_made_waits_for_no_other_recognition(
        live_visit: Visit, engines: object, made: list[float]) -> None:  # noqa: F811
    speaker = person(live_visit, "clinician")
    utterance = utterances(load_audio(SPEECH / "en-followup.wav"), "en")[0]
    live.draft(draft_job(live_visit.pk, speaker.pk, utterance))
    events: list[Any] = []
    with live._lock:  # another visit's utterance holds the engines the whole time
        cut = interpreting(job(live_visit.pk, speaker.pk, utterance), events)
        cut.join(HANG_GUARD_S)
        assert not cut.is_alive(), "the cut waited for another visit's recognition"
    (segment,) = [e for e in events if e["type"] == "visit.segment"]
    assert "blood pressure" in segment["transcript"].lower()
    assert len(made) == 1


def test_a_cut_whose_draft_is_under_way_waits_for_it_and_makes_nothing_again(
        live_visit: Visit, engines: object, made: list[float],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    speaker = person(live_visit, "clinician")
    utterance = utterances(load_audio(SPEECH / "en-followup.wav"), "en")[0]
    drafted = draft_job(live_visit.pk, speaker.pk, utterance)
    live.draft_taken(drafted)  # taken by the worker; its recognition has not begun
    asked = threading.Event()
    take = live._drafts.take

    def take_noticed(key: Any, wait_s: float = DRAFT_WAIT_S) -> Any:
        asked.set()
        return take(key, wait_s)

    monkeypatch.setattr(live._drafts, "take", take_noticed)
    events: list[Any] = []
    cut = interpreting(job(live_visit.pk, speaker.pk, utterance), events)
    assert asked.wait(HANG_GUARD_S)  # the cut looks for its draft before it is made ...
    live.draft(drafted)  # ... so only waiting for it spares it recognising the same audio
    cut.join(HANG_GUARD_S)
    assert not cut.is_alive()
    assert len(made) == 1
    assert [e["type"] for e in events][:1] == ["visit.segment"]


def test_a_draft_tells_its_connection_whether_its_words_end_inside_a_clause(
        live_visit: Visit, engines: object, made: list[float]) -> None:  # noqa: F811
    """The verdict the endpointer waits for (``StreamingEndpointer.words``): words that
    stop on "to" go on; a whole sentence does not; a draft left alone says so too."""
    from bench.turn import espeak

    speaker = live_visit.participants.get(role="clinician")
    told: list[Any] = []
    half = espeak("She has been allergic to", "en")
    for audio in (half, load_audio(SPEECH / "en-followup.wav")):
        utterance = utterances(audio, "en")[0]
        live.draft(draft_job(live_visit.pk, speaker.pk, utterance), told.append)
        assert told[-1]["end_s"] == utterance.end_s
    stale = draft_job(live_visit.pk, speaker.pk, utterance)
    stale["sent_at"] -= 10
    live.draft(stale, told.append)
    assert [t["open_clause"] for t in told] == [True, False, False]
    assert all(t["type"] == "utterance.words" and set(t) == {"type", "end_s", "open_clause"}
               for t in told)
