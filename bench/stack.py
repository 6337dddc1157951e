"""Start the real server stack on loopback: Daphne plus interpretation workers, against the
PostgreSQL and Redis named in the environment. Used by the end-to-end tests and
``bench/live.py``; every process it starts, it stops."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STARTUP_ATTEMPTS = 300
STARTUP_POLL_S = 0.2


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

    @property
    def http(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    def __enter__(self) -> Stack:
        self.server = subprocess.Popen(  # noqa: S603  (our own server, fixed arguments)
            [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(self.port),
             "telehealth.asgi:application"], cwd=ROOT, env=self.env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(self.worker_count):
            self.start_worker()
        for _ in range(STARTUP_ATTEMPTS):
            try:
                with urllib.request.urlopen(f"{self.http}/healthz", timeout=2):  # noqa: S310
                    return self
            except OSError:
                time.sleep(STARTUP_POLL_S)
        raise RuntimeError("daphne did not start")

    def start_worker(self) -> subprocess.Popen[bytes]:
        worker = subprocess.Popen(
            [sys.executable, "manage.py", "runworker", "interpretation"], cwd=ROOT,
            env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.workers.append(worker)
        return worker

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
