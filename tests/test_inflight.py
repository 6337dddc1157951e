"""The in-flight bookkeeping of a live connection (``interpretation.inflight``): when an
utterance is sent again, and when it is given up (each answer passing once is
``tests/test_fanout.py``)."""

from __future__ import annotations

from typing import Any

from interpretation.inflight import (
    HAND_ON_WAIT_S,
    MAX_SENDS,
    WORKER_SILENCE_S,
    WORKER_TIMEOUT_S,
    InFlight,
)


def job(number: int = 1) -> dict[str, Any]:
    return {"type": "utterance.interpret", "utterance_id": f"u{number}"}


def sent(flight: InFlight, number: int = 1, at: float = 0.0) -> dict[str, Any]:
    message = flight.add(job(number), at)
    flight.sent(message["utterance_id"], at)
    return message


def test_a_new_job_is_the_first_attempt() -> None:
    assert sent(InFlight())["attempt"] == 1


def test_a_job_nobody_took_waits_the_full_time_out_then_is_sent_again_as_late() -> None:
    flight = InFlight()
    sent(flight)
    assert not flight.due(WORKER_TIMEOUT_S - 1).resend  # maybe queued behind others
    [again] = flight.due(WORKER_TIMEOUT_S + 1).resend
    assert again["attempt"] == 2 and again["utterance_id"] == "u1"


def test_a_job_whose_worker_went_silent_is_sent_again_within_seconds() -> None:
    flight = InFlight()
    sent(flight)
    flight.heard("u1", 1.0)  # taken
    flight.heard("u1", 2.0)  # a heartbeat
    assert not flight.due(2.0 + WORKER_SILENCE_S - 0.5).resend
    [again] = flight.due(2.0 + WORKER_SILENCE_S + 0.5).resend
    assert again["attempt"] == 2


def test_a_working_worker_is_left_alone_however_long_it_takes() -> None:
    flight = InFlight()
    sent(flight)
    for second in range(1, 100):
        flight.heard("u1", float(second))
        assert not flight.due(second + 0.5).resend


def test_after_the_last_send_the_job_is_given_up_once() -> None:
    flight = InFlight()
    sent(flight)
    now = 0.0
    for _ in range(MAX_SENDS - 1):
        now += WORKER_TIMEOUT_S + 1
        [again] = flight.due(now).resend
        flight.sent(again["utterance_id"], now)
    now += WORKER_TIMEOUT_S + 1
    due = flight.due(now)
    assert not due.resend and [m["utterance_id"] for m in due.give_up] == ["u1"]
    assert not flight.due(now + 100).give_up and len(flight) == 0


def test_a_job_the_layer_refused_is_offered_again_until_it_is_too_old() -> None:
    flight = InFlight()
    message = flight.add(job(), 0.0)
    flight.refused(message["utterance_id"])
    assert [m["utterance_id"] for m in flight.due(1.0).resend] == ["u1"]
    flight.refused("u1")
    due = flight.due(HAND_ON_WAIT_S + 1)
    assert not due.resend and [m["utterance_id"] for m in due.give_up] == ["u1"]


def test_refusals_do_not_use_up_the_sends() -> None:
    flight = InFlight()
    flight.add(job(), 0.0)
    for second in range(1, 10):  # Redis down for ten seconds
        flight.due(float(second))
        flight.refused("u1")
    flight.sent("u1", 10.0)
    flight.heard("u1", 10.5)
    [again] = flight.due(10.5 + WORKER_SILENCE_S + 1).resend  # its worker died: still sent
    assert again["attempt"] > 1


def test_an_answer_ends_the_job_and_a_second_answer_is_not_ours() -> None:
    flight = InFlight()
    sent(flight)
    assert flight.answered("u1") and not flight.answered("u1")
    assert not flight.due(1_000.0).resend


def test_capacity_and_unsent_jobs() -> None:
    flight = InFlight(capacity=2)
    sent(flight, 1)
    flight.add(job(2), 0.0)
    assert flight.full()
    assert [m["utterance_id"] for m in flight.unsent()] == ["u2"]
    assert not flight.full() and len(flight) == 1

