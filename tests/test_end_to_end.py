"""End to end: Daphne and a real ``runworker interpretation`` process on loopback, against
the real PostgreSQL and Redis; a clinician (English) and a patient (Spanish) as headless
clients streaming fixture speech at real-time pace from both sides."""

from __future__ import annotations

import asyncio
import json
import os
import urllib.request
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.db import connection

from bench.headless import Received, frames_of, participant
from bench.stack import Stack
from interpretation import tokens
from interpretation.models import Segment
from telehealth.models import Visit
from tests.cascade_helpers import SPEECH, engines  # noqa: F401  (models must be installed)
from tests.test_live import live_visit, person  # noqa: F401  (fixture)

LISTEN_S = 30.0  # speech end to caption and speech, on a busy runner
UNTIL_POLL_S = 0.2


def stack_env() -> dict[str, str]:
    db = connection.settings_dict  # the test database, which these tests commit to
    return {"DATABASE_URL": f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:"
                            f"{db['PORT'] or 5432}/{db['NAME']}",
            "REDIS_URL": os.environ["REDIS_URL"], "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "0", "DEBUG": "0",
            # Transport, recovery and the pages are under test (here and in the browser test),
            # not the voice: espeak-ng speaks in
            # milliseconds, where Kokoro on a busy 2-core runner may lag the listening window
            # (it has its own tests, and test_live hears it through the consumer).
            "STOCK_VOICE_ES": "espeak-ng"}


async def together(*sessions: Any, until: Callable[[], bool] | None = None) -> None:
    """Run the sessions together to their end, or only until ``until()`` holds: a session
    listens ``LISTEN_S`` after its last frame in case something is slow, and waiting the
    whole window once everything came only made the suite slower (~25 s a run)."""
    tasks = [asyncio.ensure_future(session) for session in sessions]
    while until is not None and not all(task.done() for task in tasks):
        if until():
            for task in tasks:
                task.cancel()  # leaving closes each socket
            break
        await asyncio.sleep(UNTIL_POLL_S)
    await asyncio.gather(*tasks, return_exceptions=until is not None)
    for task in tasks:
        if not task.cancelled() and (error := task.exception()) is not None:
            raise error


@pytest.fixture(scope="module")
def stack(django_db_setup: None) -> Iterator[Stack]:
    """One stack for this module's tests: each start loads a worker's models (~10 s of CPU).
    A test calls ``ready`` first: ``LISTEN_S`` is for listening, not for loading."""
    with Stack(stack_env()) as running:
        yield running


def ready(stack: Stack) -> None:
    """A worker runs and its models are warm (an earlier test may have killed one)."""
    stack.workers = [worker for worker in stack.workers if worker.poll() is None]
    stack.wait_ready(stack.workers[0] if stack.workers else stack.start_worker())


def run(*sessions: Any, until: Callable[[], bool] | None = None) -> None:
    asyncio.run(together(*sessions, until=until))


def segments_from(received: Received, role: str) -> list[dict[str, Any]]:
    return [e for e in received.of("segment") if e["speaker_role"] == role]


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="workers need Redis")
def test_both_sides_hear_each_other_and_a_worker_crash_loses_nothing(
    stack: Stack, live_visit: Visit, engines: object  # noqa: F811
) -> None:
    clinician, patient = person(live_visit, "clinician"), person(live_visit, "patient")
    english, english_ends = frames_of([SPEECH / "en-followup.wav", SPEECH / "en-meds.wav"])
    spanish, spanish_ends = frames_of([SPEECH / "es-dolor.wav"])
    at_clinician, at_patient = Received(), Received()

    def everything_came() -> bool:
        heard = segments_from(at_patient, "clinician")
        return (len(heard) == 2 and all(s["seq"] in at_patient.audio for s in heard)
                and len(segments_from(at_clinician, "patient")) == 1)

    ready(stack)
    url = f"{stack.ws}/ws/visits/{live_visit.pk}/"
    run(participant(url, tokens.issue(clinician.pk, live_visit.pk), english, english_ends,
                    LISTEN_S, at_clinician),
        participant(url, tokens.issue(patient.pk, live_visit.pk), spanish, spanish_ends,
                    LISTEN_S, at_patient), until=everything_came)

    heard_by_patient = segments_from(at_patient, "clinician")
    heard_by_clinician = segments_from(at_clinician, "patient")
    assert len(heard_by_patient) == 2 and len(heard_by_clinician) == 1
    assert all(s["target_language"] == "es" for s in heard_by_patient)
    assert heard_by_clinician[0]["target_language"] == "en"
    assert "blood pressure" in heard_by_patient[0]["transcript"]
    assert all(s["seq"] in at_patient.audio for s in heard_by_patient)  # speech came too
    seqs = [e["seq"] for e in at_patient.events if e["type"] in ("segment", "gap")]
    assert seqs == sorted(seqs) and not at_patient.of("gap")

    stack.kill_worker()  # mid-visit: the next utterance waits in Redis, or is resent
    after_crash, _ = frames_of([SPEECH / "en-allergy.wav"])

    async def while_no_worker_runs() -> dict[str, Any]:
        from tests.test_faults import Live, answer_to

        async with Live(url, tokens.issue(clinician.pk, live_visit.pk)) as speaker, \
                Live(url, tokens.issue(patient.pk, live_visit.pk)) as listener:
            await speaker.speak(after_crash)
            await asyncio.sleep(3)
            # However long the replacement takes to warm up, the utterance waits for
            # it (when a job is sent again is tested with a clock in test_inflight).
            await asyncio.to_thread(stack.wait_ready, stack.start_worker())
            _, answer = await listener.wait_for(answer_to("clinician"), LISTEN_S)
            return answer

    answer = asyncio.run(while_no_worker_runs())
    assert answer["type"] == "segment", "the utterance spoken while no worker ran was lost"
    stored = list(Segment.objects.filter(visit=live_visit).values_list("seq", flat=True))
    assert stored == list(range(1, len(stored) + 1)) and len(stored) == 4


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="workers need Redis")
def test_a_client_that_was_away_catches_up(
        stack: Stack, live_visit: Visit, engines: object) -> None:  # noqa: F811
    clinician, patient = person(live_visit, "clinician"), person(live_visit, "patient")
    english, ends = frames_of([SPEECH / "en-followup.wav"])
    at_clinician, on_return = Received(), Received()
    ready(stack)
    url = f"{stack.ws}/ws/visits/{live_visit.pk}/"
    run(participant(url, tokens.issue(clinician.pk, live_visit.pk), english, ends,
                    LISTEN_S, at_clinician), until=lambda: bool(at_clinician.of("segment")))
    patient_token = tokens.issue(patient.pk, live_visit.pk)
    run(participant(url, patient_token, [], [], 1.0, on_return))
    request = urllib.request.Request(  # noqa: S310  (our own loopback server)
        f"{stack.http}/api/visits/{live_visit.pk}/segments/?after=0",
        headers={"Authorization": f"Bearer {patient_token}"})
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        missed = json.loads(response.read())
    assert on_return.of("ready")[0]["last_seq"] == 1
    assert [(s["seq"], s["kind"]) for s in missed] == [(1, "speech")]
    assert "blood pressure" in missed[0]["redacted_text"] and "es" in missed[0]["translations"]
    assert missed[0]["text"] == missed[0]["redacted_text"]  # protocol 1's name, until 3
