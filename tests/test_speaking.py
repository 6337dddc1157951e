"""The speech lane's choices, on a fake clock: what is made next, what is too late."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from types import SimpleNamespace

import pytest

from interpretation.speaking import (
    MAX_SPEECH_LAG_S,
    Next,
    SpeechJob,
    SpeechQueue,
    lower_priority,
)
from tests.cascade_helpers import ROOT


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def job(stream: str, seq: int, pieces: int, captioned_at: float) -> SpeechJob:
    return SpeechJob(stream, seq, [f"piece {i}" for i in range(pieces)], captioned_at)


def step(queue: SpeechQueue) -> Next:
    got = queue.get(timeout_s=0)
    assert got is not None
    return got


def make(queue: SpeechQueue, clock: Clock, synthesis_s: float,
         audio_s: float) -> tuple[int, int]:
    """Take the next piece, spend ``synthesis_s`` making it, send ``audio_s`` of speech:
    which (seq, part) it was."""
    got = step(queue)
    assert not got.stale
    made = (got.seq, got.job.part)
    clock.now += synthesis_s
    queue.sent(got.job, audio_s)
    return made


def test_nothing_to_do_is_none() -> None:
    assert SpeechQueue().get(timeout_s=0) is None


def test_a_segments_pieces_come_in_order_and_then_it_is_done() -> None:
    clock = Clock()
    queue = SpeechQueue(clock)
    queue.put(job("visit-1/es", 1, 3, clock.now))
    assert [make(queue, clock, 0.2, 2.0) for _ in range(3)] == [(1, 0), (1, 1), (1, 2)]
    assert queue.waiting() == 0 and queue.get(timeout_s=0) is None


def test_a_new_segments_first_piece_does_not_wait_for_another_visits_long_speech() -> None:
    """Visit 1 is half-way through a long answer; visit 2's caption just went out: its
    first words are needed now, visit 1's next piece only when the current one ends."""
    clock = Clock()
    queue = SpeechQueue(clock)
    long = job("visit-1/es", 4, 5, clock.now)
    queue.put(long)
    make(queue, clock, 0.3, 3.0)  # visit 1's first piece plays for 3 s from now
    queue.put(job("visit-2/en", 7, 2, clock.now))
    got = step(queue)
    assert (got.job.stream, got.job.part) == ("visit-2/en", 0)


def test_one_listeners_segments_are_spoken_in_order() -> None:
    clock = Clock()
    queue = SpeechQueue(clock)
    first, second = job("visit-1/es", 1, 2, clock.now), job("visit-1/es", 2, 1, clock.now)
    queue.put(first)
    queue.put(second)
    assert [make(queue, clock, 0.2, 1.0) for _ in range(3)] == [(1, 0), (1, 1), (2, 0)]


def test_speech_that_would_start_too_late_is_dropped_and_the_newer_one_spoken() -> None:
    """A voice slower than real time: the listener is still hearing old speech, and the
    lane was busy, when the next captions are due. The stale segment is given up, and
    the newer one is not held behind it."""
    clock = Clock()
    queue = SpeechQueue(clock)
    queue.put(job("visit-1/es", 1, 1, clock.now))
    make(queue, clock, 1.0, 8.0)  # plays until 109
    queue.put(job("visit-1/es", 2, 1, clock.now))  # captioned at 101
    clock.now = 108.0
    queue.put(job("visit-1/es", 3, 1, clock.now))
    clock.now = 101.0 + MAX_SPEECH_LAG_S + 1  # 112: seq 2 would start 11 s late
    dropped, spoken = step(queue), step(queue)
    assert (dropped.stale, dropped.seq) == (True, 2)
    assert (spoken.stale, spoken.seq) == (False, 3)


def test_speech_queued_behind_long_playing_speech_is_stale() -> None:
    """The listener cannot hear it before the speech already sent has played."""
    clock = Clock()
    queue = SpeechQueue(clock)
    queue.put(job("visit-1/es", 1, 1, clock.now))
    make(queue, clock, 0.5, MAX_SPEECH_LAG_S + 5)
    queue.put(job("visit-1/es", 2, 1, clock.now))
    assert step(queue).stale


def test_a_segment_waiting_past_the_limit_is_stale_even_with_nothing_playing() -> None:
    clock = Clock()
    queue = SpeechQueue(clock)
    queue.put(job("visit-1/es", 1, 2, clock.now))
    clock.now += MAX_SPEECH_LAG_S + 0.1  # e.g. the lane was busy with other visits
    queue.put(job("visit-1/es", 2, 1, clock.now))
    dropped, kept = step(queue), step(queue)
    assert (dropped.stale, dropped.seq) == (True, 1)
    assert (kept.stale, kept.seq) == (False, 2)


def test_a_started_segment_is_finished_even_when_late() -> None:
    """Cutting speech off mid-sentence would confuse more than it saves."""
    clock = Clock()
    queue = SpeechQueue(clock)
    queue.put(job("visit-1/es", 1, 2, clock.now))
    make(queue, clock, 0.2, 1.0)
    clock.now += MAX_SPEECH_LAG_S * 2
    following = step(queue)
    assert (following.stale, following.seq, following.job.part) == (False, 1, 1)


def test_a_failed_segment_is_dropped_and_the_stream_goes_on() -> None:
    clock = Clock()
    queue = SpeechQueue(clock)
    broken = job("visit-1/es", 1, 3, clock.now)
    queue.put(broken)
    queue.put(job("visit-1/es", 2, 1, clock.now))
    assert step(queue).job is broken
    queue.drop(broken)
    assert step(queue).seq == 2


def test_taking_all_hands_back_what_waits_and_a_piece_still_in_hand_ends_quietly() -> None:
    """A stopping worker (``lanes.stop``) takes every waiting job, the one in hand too when
    its piece outlives the wait; that piece's end must not fail the lane."""
    clock = Clock()
    queue = SpeechQueue(clock)
    queue.put(job("visit-1/es", 1, 2, clock.now))
    queue.put(job("visit-2/en", 2, 1, clock.now + 0.1))
    in_hand = queue.get(timeout_s=0)
    assert in_hand is not None and in_hand.seq == 1
    assert [j.seq for j in queue.take_all()] == [1, 2]
    queue.sent(in_hand.job, 1.0)
    queue.drop(in_hand.job)
    assert queue.waiting() == 0 and queue.get(timeout_s=0) is None


def test_the_speech_lane_lowers_only_its_own_threads_priority() -> None:
    """Captions keep the CPU: the thread that makes speech runs at a lower priority, and
    the rest of the process (the recogniser's thread) keeps its own."""
    if not hasattr(os, "setpriority"):
        pytest.skip("per-thread priorities are a Linux facility")
    before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    seen: dict[str, int] = {}

    def lane() -> None:
        assert lower_priority(3)
        seen["lane"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    thread = threading.Thread(target=lane)
    thread.start()
    thread.join()
    assert seen["lane"] == min(before + 3, 19)
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == before
    assert not lower_priority(0)  # zero: nothing to change, and nothing changed


def test_at_exit_a_lane_finishes_the_job_in_hand_and_starts_no_other() -> None:
    from interpretation.lanes import _Lane

    started, done = threading.Event(), []

    def handle(job: SimpleNamespace) -> None:
        started.set()
        time.sleep(0.3)
        done.append(job.seq)

    lane = _Lane("test-lane", handle, queue.Queue())
    lane.put(SimpleNamespace(seq=1))
    lane.put(SimpleNamespace(seq=2))
    assert started.wait(10)
    lane.close()
    assert done == [1]  # the job in hand finished before close() returned
    assert lane.thread is not None
    lane.thread.join(timeout=10)
    assert not lane.thread.is_alive() and done == [1]  # and the next never started


EXITS_WHILE_SPEAKING = """
import queue, threading, time, types
import django
django.setup()
from interpretation.builder import build_voices
from interpretation.lanes import _Lane
voice = build_voices()["es"]
started = threading.Event()
def handle(job):
    started.set()
    voice.synthesize("Buenos días. ¿Dónde le duele? Tome una tableta cada ocho horas.", "es")
_Lane("speech", handle, queue.Queue()).put(types.SimpleNamespace(seq=1))
started.wait(60)
time.sleep(1.0)  # past the phonemes, into the model
"""  # ... and the main thread ends while the lane is inside ONNX Runtime


def test_a_process_that_exits_while_a_lane_runs_a_model_exits_cleanly() -> None:
    """It aborted in native code (exit status 134) before lanes waited at exit."""
    done = subprocess.run([sys.executable, "-c", EXITS_WHILE_SPEAKING], cwd=ROOT,
                          capture_output=True, text=True, timeout=300,
                          env=os.environ | {"DJANGO_SETTINGS_MODULE": "telehealth.settings"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert "terminate called" not in done.stderr


def test_a_slow_voice_holds_up_only_its_own_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """One lane per language: English speech is made while a Spanish piece is still in the
    making (one lane for both kept Piper's English behind Kokoro's Spanish backlog)."""
    from interpretation import lanes

    speech = lanes._SpeechLanes(max_lag_s=3600.0)
    spanish_started, release = threading.Event(), threading.Event()
    english_made = threading.Event()

    def voice(job: SpeechJob) -> float:
        if job.stream == ("visit-1", "es"):
            spanish_started.set()
            assert release.wait(10)
        else:
            english_made.set()
        return 0.5

    monkeypatch.setattr(lanes, "_speak", voice)
    now = time.monotonic()
    speech.put("es", SpeechJob(("visit-1", "es"), 1, ["Buenos días"], now))
    assert spanish_started.wait(10)
    speech.put("en", SpeechJob(("visit-2", "en"), 2, ["Good morning"], now + 0.1))
    try:
        assert english_made.wait(10)  # while the Spanish piece is still being made
        assert not release.is_set()
        assert sorted(lane.name for lane in speech.lanes()) == ["speech-en", "speech-es"]
    finally:
        release.set()
    speech.max_lag_s = 0.0  # a setting for every lane's queue, those made later too
    assert all(lane.jobs.max_lag_s == 0.0 for lane in speech.lanes())
    for lane in speech.lanes():
        lane.close()
