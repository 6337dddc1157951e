"""Faults on real processes (issue 12, defects 15 and 8): Daphne and ``runworker`` on
loopback (``bench.stack``), a worker killed while it holds an utterance, and a private
Redis killed and restarted mid-visit."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import websockets

from audit.events import AuditEvent
from audit.models import AuditEntry
from bench.headless import FRAME_S, frames_of
from bench.stack import Stack, free_port
from interpretation import tokens
from interpretation.lanes import LANE_EXIT_WAIT_S
from interpretation.models import Segment
from interpretation.outage import RETRY_MAX_S
from interpretation.worker import STOP_WAIT_S
from telehealth.models import Visit
from tests.cascade_helpers import SPEECH, engines  # noqa: F401  (models must be installed)
from tests.test_end_to_end import stack_env
from tests.test_live import live_visit, person  # noqa: F401  (fixture)

# A hang guard, not a speed target: when a silent worker's job is sent again is tested with
# a clock in test_inflight; here, that it is, and not lost or doubled.
REPLACEMENT_LISTEN_S = 40.0
# Long enough for the worker's reconnection back-off to reach its cap and retry at it;
# every second more is a second of the suite spent waiting.
REDIS_DOWN_S = 2.5 * RETRY_MAX_S
# Silence streamed through the outage and after it: the connection stays open and the
# frames keep arriving while Redis is away.
SILENCE_THROUGH_OUTAGE_S = REDIS_DOWN_S + 3.0
OUTAGE_STARTS_AFTER_HAND_ON_S = 0.2  # after the worker took it


class Live:
    """A headless participant that records every event with its arrival time."""

    def __init__(self, url: str, token: str) -> None:
        self.url, self.token = url, token
        self.events: list[tuple[float, dict[str, Any]]] = []
        self.close_code: int | None = None

    async def __aenter__(self) -> Live:
        headers = {"Authorization": f"Bearer {self.token}", "Origin": "http://127.0.0.1"}
        self.socket = await websockets.connect(self.url, additional_headers=headers,
                                               max_size=2**24)
        self.reader = asyncio.ensure_future(self._read())
        await self.wait_for(lambda e: e["type"] == "ready", 30)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.socket.close()
        self.reader.cancel()

    async def _read(self) -> None:
        try:
            async for message in self.socket:
                if isinstance(message, str):
                    self.events.append((time.monotonic(), json.loads(message)))
        except websockets.ConnectionClosed as closed:
            self.close_code = closed.code
        if self.socket.close_code is not None and self.close_code is None:
            self.close_code = self.socket.close_code

    async def speak(self, frames: list[bytes]) -> float:
        """Stream at real-time pace; returns when the speech (and its silence) was sent."""
        started = time.monotonic()
        for index, frame in enumerate(frames):
            await asyncio.sleep(max(0.0, started + index * FRAME_S - time.monotonic()))
            await self.socket.send(frame)
        return time.monotonic()

    def of(self, kind: str) -> list[dict[str, Any]]:
        return [e for _, e in self.events if e["type"] == kind]

    async def wait_for(self, match: Callable[[dict[str, Any]], bool],
                       timeout_s: float) -> tuple[float, dict[str, Any]]:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            for arrival, event in self.events:
                if match(event):
                    return arrival, event
            await asyncio.sleep(0.05)
        raise AssertionError(f"nothing matched within {timeout_s} s: "
                             f"{[e['type'] for _, e in self.events]}")


def answer_to(speaker_role: str) -> Callable[[dict[str, Any]], bool]:
    return lambda e: (e["type"] == "segment" and e["speaker_role"] == speaker_role) \
        or e["type"] == "gap"


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="workers need Redis")
def test_a_worker_killed_mid_utterance_is_replaced_and_nothing_is_lost(
        live_visit: Visit, engines: object) -> None:  # noqa: F811
    """Two warm workers; the one that takes the utterance is killed while it holds it. The
    other one is the replacement, ready: the caption comes once, marked late."""
    clinician, patient = person(live_visit, "clinician"), person(live_visit, "patient")
    speech, _ = frames_of([SPEECH / "en-followup.wav"])
    with Stack(stack_env(), workers=2) as stack:
        for worker in stack.workers:
            stack.wait_ready(worker)
        url = f"{stack.ws}/ws/visits/{live_visit.pk}/"

        def kill_the_one_that_took_it() -> None:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                for worker in list(stack.workers):
                    if "taken (attempt 1)" in stack.worker_log(worker):
                        worker.kill()  # SIGKILL, as a crash would
                        worker.wait(timeout=10)
                        stack.workers.remove(worker)
                        return
                time.sleep(0.02)
            raise AssertionError("no worker took the utterance")

        async def visit() -> dict[str, Any]:
            async with Live(url, tokens.issue(clinician.pk, live_visit.pk)) as speaker, \
                    Live(url, tokens.issue(patient.pk, live_visit.pk)) as listener:
                talking = asyncio.ensure_future(speaker.speak(speech))
                await asyncio.to_thread(kill_the_one_that_took_it)
                _, answer = await listener.wait_for(answer_to("clinician"),
                                                    REPLACEMENT_LISTEN_S)
                await talking
                return answer

        answer = asyncio.run(visit())
        [replacement] = stack.workers
        assert "taken (attempt 2)" in stack.worker_log(replacement)
        replacement.send_signal(signal.SIGTERM)  # a deploy: it stops cleanly, at once
        assert replacement.wait(timeout=STOP_WAIT_S + LANE_EXIT_WAIT_S) == 0
        assert "lanes stopped:" in stack.worker_log(replacement)
    assert answer["type"] == "segment", "the utterance the dead worker held was lost"
    assert answer["late"] is True  # it was handed on a second time
    assert list(Segment.objects.filter(visit=live_visit).values_list("seq", flat=True)) == [1]


class PrivateRedis:
    """A Redis of this test's own, on a free port, that the test may kill and restart."""

    def __init__(self, directory: Path) -> None:
        self.port, self.directory = free_port(), directory
        self.servers: list[subprocess.Popen[bytes]] = []

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> subprocess.Popen[bytes]:
        server = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--save", "", "--appendonly", "no",
             "--dir", str(self.directory)], stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        self.servers.append(server)
        for _ in range(100):
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return server
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        for server in self.servers:
            if server.poll() is None:
                server.kill()
                server.wait(timeout=10)


@pytest.fixture
def private_redis(tmp_path: Path) -> Iterator[PrivateRedis]:
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    redis = PrivateRedis(tmp_path)
    yield redis
    redis.stop()


def test_a_redis_outage_pauses_interpretation_and_loses_nothing_silently(
        live_visit: Visit, engines: object,  # noqa: F811
        private_redis: PrivateRedis) -> None:
    clinician, patient = person(live_visit, "clinician"), person(live_visit, "patient")
    redis = private_redis.start()
    env = stack_env() | {"REDIS_URL": private_redis.url}
    before, _ = frames_of([SPEECH / "en-followup.wav"], pause_s=0.0)
    after, _ = frames_of([SPEECH / "en-meds.wav"])
    with Stack(env) as stack:
        worker = stack.workers[0]
        stack.wait_ready(worker)
        url = f"{stack.ws}/ws/visits/{live_visit.pk}/"

        async def visit() -> tuple[Live, Live]:
            nonlocal redis
            async with Live(url, tokens.issue(clinician.pk, live_visit.pk)) as speaker, \
                    Live(url, tokens.issue(patient.pk, live_visit.pk)) as listener:
                silence = [b"\x00" * 3_200] * round(SILENCE_THROUGH_OUTAGE_S / FRAME_S)
                talking = asyncio.ensure_future(speaker.speak(before + silence))
                await asyncio.to_thread(stack.wait_for_log, worker, "taken (attempt 1)", 120)
                await asyncio.sleep(OUTAGE_STARTS_AFTER_HAND_ON_S)
                redis.kill()  # as a crash would
                redis.wait(timeout=10)
                await asyncio.sleep(REDIS_DOWN_S)
                redis = private_redis.start()
                await talking
                await listener.wait_for(answer_to("clinician"), 60)
                await listener.wait_for(lambda e: e == {"type": "interpretation",
                                                        "state": "running"}, 30)
                await speaker.speak(after)  # interpretation goes on as before
                await listener.wait_for(lambda e: e["type"] == "segment"
                                        and e["seq"] == 2, 60)
                return speaker, listener

        speaker, listener = asyncio.run(visit())
        time.sleep(2)  # the server notices the closes
        assert worker.poll() is None, "the worker exited on the Redis outage"
        assert "reachable again" in stack.worker_log(worker)
    for side in (speaker, listener):
        assert side.close_code in (None, 1000), "a connection closed during the outage"
        states = [e["state"] for e in side.of("interpretation")]
        assert states[:1] == ["paused"] and states[-1] == "running"
    first = listener.of("segment")[:1] + listener.of("gap")[:1]
    assert first, "the utterance handed on before the outage was neither captioned nor a gap"
    stored = list(Segment.objects.filter(visit=live_visit).order_by("seq")
                  .values_list("seq", "kind"))
    assert [seq for seq, _ in stored] == [1, 2]
    assert AuditEntry.objects.filter(visit_id=live_visit.pk,
                                     event=AuditEvent.LIVE_DISCONNECTED).count() == 2
