"""Start the real server stack on loopback: Daphne plus interpretation workers, against the
PostgreSQL and Redis named in the environment. Used by the end-to-end tests and
``bench/live.py``; every process it starts, it stops."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Polls of /healthz before giving up: four minutes (Django, Channels and the models'
# imports, on a busy 2-core runner). tests/test_browser.py raises it.
STARTUP_ATTEMPTS = 1_200
STARTUP_POLL_S = 0.2
WORKER_READY_S = 300.0  # a cold worker loads and warms every model first
# What a worker logs once its models are warm and it listens (channels' runworker).
WORKER_READY_LINE = "Running worker for channels"
LOG_TAIL_CHARS = 3_000  # of a worker's log, in the error when it dies before it is ready


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Stack:
    def __init__(self, env: dict[str, str], workers: int = 1) -> None:
        # Workers by default; ``env`` may say otherwise (the embedded demo runs none).
        self.env = os.environ | {"INTERPRETATION_WORKERS": "1", "PYTHONUNBUFFERED": "1"} | env
        self.port = free_port()
        self.server: subprocess.Popen[bytes] | None = None
        self.workers: list[subprocess.Popen[bytes]] = []
        self.worker_count = workers
        self.logs = Path(tempfile.mkdtemp(prefix="stack-logs-"))
        self.worker_logs: dict[int, Path] = {}  # pid -> its log (stderr: Python logging)

    @property
    def http(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    def __enter__(self) -> Stack:
        with (self.logs / "daphne.log").open("wb") as out:
            self.server = subprocess.Popen(  # noqa: S603  (our own server, fixed arguments)
                [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(self.port),
                 "telehealth.asgi:application"], cwd=ROOT, env=self.env,
                stdout=subprocess.DEVNULL, stderr=out)
        for _ in range(self.worker_count):
            self.start_worker()
        deadline = time.monotonic() + STARTUP_ATTEMPTS * STARTUP_POLL_S
        while time.monotonic() < deadline and self.server.poll() is None:
            try:
                with urllib.request.urlopen(f"{self.http}/healthz", timeout=2):  # noqa: S310
                    return self
            except OSError:
                time.sleep(STARTUP_POLL_S)
        self.__exit__()
        raise RuntimeError(f"daphne did not start: see {self.logs / 'daphne.log'}")

    def start_worker(self) -> subprocess.Popen[bytes]:
        log = self.logs / f"worker-{len(self.worker_logs)}.log"
        with log.open("wb") as out:
            worker = subprocess.Popen(
                [sys.executable, "manage.py", "runworker", "interpretation"], cwd=ROOT,
                env=self.env, stdout=subprocess.DEVNULL, stderr=out)
        self.worker_logs[worker.pid] = log
        self.workers.append(worker)
        return worker

    def worker_log(self, worker: subprocess.Popen[bytes]) -> str:
        return self.worker_logs[worker.pid].read_text(errors="replace")

    def wait_for_log(self, worker: subprocess.Popen[bytes], line: str,
                     timeout_s: float = WORKER_READY_S) -> float:
        """Wait until ``worker`` logs ``line``; returns when (``time.monotonic()``)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if line in self.worker_log(worker):
                return time.monotonic()
            if worker.poll() is not None:
                # The log's last lines say why (a traceback names files and exception
                # types; the workers log ids, never words), and the log folder goes at exit.
                raise RuntimeError(f"worker exited ({worker.returncode}) before {line!r}; "
                                   f"its log ends:\n{self.worker_log(worker)[-LOG_TAIL_CHARS:]}")
            time.sleep(0.05)
        raise RuntimeError(f"worker did not log {line!r} within {timeout_s} s")

    def wait_ready(self, worker: subprocess.Popen[bytes]) -> float:
        """Wait until ``worker`` has warmed its models and listens; returns when."""
        return self.wait_for_log(worker, WORKER_READY_LINE)

    def kill_worker(self) -> None:
        """SIGKILL, as a crash would: no clean shutdown."""
        worker = self.workers.pop(0)
        worker.kill()
        worker.wait(timeout=10)

    def __exit__(self, *exc: object) -> None:
        for process in [*self.workers, self.server]:
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
