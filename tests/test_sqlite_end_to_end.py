"""End to end on the demo's embedded database: Daphne interpreting in its own process, on a
file SQLite database and the in-memory channel layer, as ``scripts/demo`` runs it, with a
clinician (English) and a patient (Spanish) speaking at once while both pages catch up over
HTTP. Every action taken has its audit entry, once, and none fails (issue 12, defect 5:
"database is locked" dropped entries here; before WAL and IMMEDIATE transactions 7 of 153
catch-up requests failed with it).

Slow-ish (the server loads its models on the first utterance) but part of the suite. It does
not touch pytest-django's PostgreSQL database: the stack and the set-up run as subprocesses.
"""

from __future__ import annotations

import asyncio
import json
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bench.headless import Received, frames_of, participant
from bench.stack import Stack
from interpretation import tokens
from interpretation.builder import models_dir
from tests.cascade_helpers import SPEECH
from tests.test_end_to_end import together
from tests.test_sqlite_audit import (  # noqa: F401  (fixtures)
    embedded_env,
    manage,
    migrated_sqlite,
    query,
    sqlite_dir,
)

pytestmark = pytest.mark.slow  # a real Daphne that loads its models: minutes

LISTEN_S = 40.0  # the server loads its models on the first utterance, on a busy runner
SETTLE_S = 15.0  # for the server to audit both departures after the clients close
POLL_S = 0.2
# Each page catches up over HTTP (audited) while both speak: writes from request threads
# meet the websockets' and the interpretation threads' writes, as on a real visit.
CATCH_UP_EVERY_S = 0.25
HTTP_TIMEOUT_S = 30

# Run with ``manage.py shell``: a live visit whose two participants consented to
# interpretation, as the clinician's portal leaves it. Prints the ids.
SETUP = """
import json
from django.utils import timezone
from audit.events import SYSTEM, AuditEvent
from telehealth import services
from telehealth.models import (CaptureMethod, ConsentDecision, ConsentScope, ConsentText,
                               Language, User)

clinician = User.objects.create_user(username="dr.embedded", password="x" * 16,
                                     role="clinician")
patient = services.patient_register(
    registered_by=clinician, given_name="Rosa", family_name="Synthetica",
    date_of_birth=timezone.now().date().replace(year=1961),
    preferred_language=Language.objects.get(code="es"))
visit = services.visit_create(clinician=clinician, patient=patient,
                              scheduled_for=timezone.now(),
                              clinician_language=Language.objects.get(code="en"))
text = ConsentText.objects.get(scope=ConsentScope.INTERPRETATION, language_id="en")
for person in visit.participants.all():
    services.consent_record(participant=person, scope=ConsentScope.INTERPRETATION,
                            decision=ConsentDecision.GRANTED,
                            captured_via=CaptureMethod.CLINICIAN_ATTESTED,
                            recorded_by=clinician, consent_text=text, actor=SYSTEM)
services.visit_transition(visit=visit, actor=clinician, event=AuditEvent.VISIT_STARTED)
ids = {p.role: p.pk for p in visit.participants.all()}
print(json.dumps({"visit": visit.pk, **ids}))
"""


def _events_after(data_dir: Path, seq: int) -> list[tuple[str, str, int]]:
    """(event, subject type, subject id) of each entry after ``seq``, in order."""
    return [(event, kind, subject) for event, kind, subject in query(
        data_dir, "SELECT event, subject_type, subject_id FROM audit_auditentry "
        "WHERE seq > ? ORDER BY seq", (seq,))]


def _wait_for_departures(data_dir: Path, seq: int, expected: int) -> None:
    deadline = time.monotonic() + SETTLE_S
    while time.monotonic() < deadline:
        left = [e for e in _events_after(data_dir, seq) if e[0] == "live.disconnected"]
        if len(left) >= expected:
            return
        time.sleep(POLL_S)


def _speech_failed(received: Received) -> set[int]:
    """The segments whose speech this listener was told will not come."""
    return {e["seq"] for e in received.of("speech_failed")}


async def catch_up(base: str, visit_id: int, token: str, until: asyncio.Event,
                   statuses: list[int]) -> None:
    """Poll the catch-up endpoint as a page does after a reconnect, until told to stop."""
    def get() -> int:
        request = urllib.request.Request(  # noqa: S310  (our own loopback server)
            f"{base}/api/visits/{visit_id}/segments/?after=0",
            headers={"Authorization": f"Bearer {token}"})
        try:
            with urllib.request.urlopen(request, timeout=HTTP_TIMEOUT_S) as response:  # noqa: S310
                return int(response.status)
        except urllib.error.HTTPError as error:
            return int(error.code)

    while not until.is_set():
        statuses.append(await asyncio.to_thread(get))
        await asyncio.sleep(CATCH_UP_EVERY_S)


def test_a_two_person_visit_on_sqlite_audits_every_action_once(
    sqlite_dir: Path,  # noqa: F811  (fixture)
) -> None:
    if not (models_dir() / "asr" / "whisper-base" / "model.bin").is_file():
        pytest.fail("models are not installed: run `python manage.py models install`")
    made = manage(sqlite_dir, "shell", "-v", "0", "-c", SETUP)
    assert made.returncode == 0, made.stderr[-2000:]
    ids = json.loads(made.stdout.strip().splitlines()[-1])
    visit_id = ids["visit"]
    head = query(sqlite_dir, "SELECT MAX(seq) FROM audit_auditentry")[0][0]

    english, english_ends = frames_of([SPEECH / "en-followup.wav"])
    spanish, spanish_ends = frames_of([SPEECH / "es-dolor.wav"])
    at_clinician, at_patient = Received(), Received()
    statuses: list[int] = []
    env = {key: value for key, value in embedded_env(sqlite_dir).items()
           if key in ("DATABASE_URL", "REDIS_URL", "DATA_DIR", "INTERPRETATION_WORKERS",
                      "DEBUG", "SECURE_SSL_REDIRECT", "ALLOWED_HOSTS")}
    with Stack(env | {"STOCK_VOICE_ES": "espeak-ng"}, workers=0) as stack:
        url = f"{stack.ws}/ws/visits/{visit_id}/"

        def each_heard_the_other() -> bool:
            """Then nothing more is awaited: stop listening. Its speech too (or word that
            it will not come): leaving before it comes is an audited speech failure."""
            return all(any(e["type"] == "gap" or e["seq"] in received.audio
                           or e["seq"] in _speech_failed(received)
                           for e in received.events if e["type"] in ("segment", "gap")
                           and e["speaker_id"] == ids[role])
                       for role, received in (("patient", at_clinician),
                                              ("clinician", at_patient)))

        async def both() -> None:
            done = asyncio.Event()
            pages = [asyncio.ensure_future(catch_up(stack.http, visit_id, tokens.issue(
                ids[role], visit_id), done, statuses)) for role in ("clinician", "patient")]
            try:
                await together(
                    participant(url, tokens.issue(ids["clinician"], visit_id), english,
                                english_ends, LISTEN_S, at_clinician),
                    participant(url, tokens.issue(ids["patient"], visit_id), spanish,
                                spanish_ends, LISTEN_S, at_patient),
                    until=each_heard_the_other)
            finally:
                done.set()
                await asyncio.gather(*pages)

        asyncio.run(both())
        _wait_for_departures(sqlite_dir, head, expected=2)

    heard: list[dict[str, Any]] = at_patient.of("segment") + at_clinician.of("segment")
    assert {s["speaker_role"] for s in heard} == {"clinician", "patient"}
    segments = query(sqlite_dir, "SELECT id, kind FROM interpretation_segment "
                                 "WHERE visit_id = ? ORDER BY seq", (visit_id,))
    assert len(segments) == 2
    assert statuses and set(statuses) == {200}, Counter(statuses)
    expected = Counter({"live.connected": 2, "live.disconnected": 2,
                        "visit.viewed": len(statuses)})
    expected.update("segment.gap" if kind == "gap" else "segment.stored" for _, kind in segments)
    events = _events_after(sqlite_dir, head)
    # On a starved CPU a voice may fall too far behind and be given up (stale), told to the
    # listener; or the server may stop while it still makes a segment's last piece, after
    # both sides heard each other's first and left (nobody left to tell). Either way it is
    # audited once: every failure a listener was told of, and none twice (each segment has
    # one listener language).
    told = sum(len(_speech_failed(received)) for received in (at_clinician, at_patient))
    failed = sum(event == "segment.speech_failed" for event, _, _ in events)
    assert told <= failed <= len(segments)
    expected.update(["segment.speech_failed"] * failed)
    assert Counter(event for event, _, _ in events) == expected  # none missing, none doubled
    audited_segments = sorted(subject for event, kind, subject in events
                              if kind == "segment" and event != "segment.speech_failed")
    assert audited_segments == sorted(pk for pk, _ in segments)
    verified = manage(sqlite_dir, "audit_verify", "--no-record")
    assert verified.returncode == 0, verified.stdout + verified.stderr[-2000:]
