"""What one live connection may send (docs/protocol.md, "Limits"): frame sizes and rates,
and the short control messages. Plain checks, no input or output."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

MAX_FRAME_BYTES = 32_000  # 1 s of 16 kHz 16-bit mono
MAX_FRAMES_PER_S = 50
# A fresh connection may send what the page buffered while it reconnected: 2 s at 50/s.
MAX_FRAME_BURST = 100
MAX_TEXT_FRAMES_PER_S = 10
MAX_TEXT_BURST = 20
MAX_TEXT_BYTES = 4_096  # the longest control message is far shorter
MAX_PING_ID_CHARS = 64
MAX_BAD_FRAMES = 10  # refused frames within BAD_FRAME_WINDOW_S close the connection (4408)
BAD_FRAME_WINDOW_S = 1.0
MAX_AUDIO_LOST_MS = 600_000  # ten minutes: a longer outage is a new visit, not a gap
MAX_AUDIO_LOST_REPORTS = 3  # a connection follows one outage; a few reports, not a flood
# A client that keeps a steady heartbeat (the page pings every second) and then sends
# nothing at all for SILENT_AFTER_S is gone: a phone that lost its network leaves its TCP
# connection open for minutes, and until Daphne's own pings time out (20 s + 30 s) the
# others would be told nothing. The server closes it (4499, ``silent``). Steady: pings at
# most HEARTBEAT_GAP_MAX_S apart for HEARTBEAT_PROVEN_S. A client that never pings, or only
# now and then (a few to measure the round trip), is not held to it: it may only listen.
SILENT_AFTER_S = 6.0
HEARTBEAT_GAP_MAX_S = 2.0
HEARTBEAT_PROVEN_S = 5.0


class TokenBucket:
    """At most ``rate_per_s`` frames a second on average, ``burst`` of them at once.
    ``clock`` is the time it refills by; tests stop it to count exactly."""

    clock: Callable[[], float] = staticmethod(time.monotonic)

    def __init__(self, rate_per_s: float, burst: int) -> None:
        self.rate_per_s, self.burst = rate_per_s, burst
        self.tokens, self.at = float(burst), self.clock()

    def take(self) -> bool:
        now = self.clock()
        self.tokens = min(self.burst, self.tokens + (now - self.at) * self.rate_per_s)
        self.at = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


def audio_problem(data: bytes) -> str:
    """Why an audio frame is refused (an ``error`` code), or ``""``."""
    if len(data) > MAX_FRAME_BYTES:
        return "frame_too_large"
    if len(data) == 0 or len(data) % 2:
        return "not_pcm16"
    return ""


def short_scalar(value: Any) -> bool:
    """A ping ``id`` echoed back: absent, or a string or number of a few characters."""
    if value is None:
        return True
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return False
    return len(str(value)) <= MAX_PING_ID_CHARS


def lost_ms(value: Any) -> int | None:
    """An ``audio_lost`` duration in milliseconds, if it is one."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 1 <= value <= MAX_AUDIO_LOST_MS else None


class BadFrames:
    """Frames refused within the last ``BAD_FRAME_WINDOW_S``: ``MAX_BAD_FRAMES`` of them are
    an abuse episode, and the connection closes (4408)."""

    def __init__(self) -> None:
        self.at: list[float] = []

    def refuse(self, now: float) -> bool:
        """Count one refused frame; True when the episode should close the connection."""
        self.at = [t for t in self.at if now - t < BAD_FRAME_WINDOW_S] + [now]
        return len(self.at) >= MAX_BAD_FRAMES

    def __len__(self) -> int:
        return len(self.at)


class FrameLimits:
    """One connection's limits together: its frame rates, its abuse window, and how many
    ``audio_lost`` reports it may still make."""

    def __init__(self) -> None:
        self.audio = TokenBucket(MAX_FRAMES_PER_S, MAX_FRAME_BURST)
        self.text = TokenBucket(MAX_TEXT_FRAMES_PER_S, MAX_TEXT_BURST)
        self.bad = BadFrames()
        self.lost_reports = 0

    def audio_problem(self, data: bytes) -> str:
        """Why this audio frame is refused (an ``error`` code), or ``""``."""
        if not self.audio.take():
            return "too_many_frames"
        return audio_problem(data)

    def report_lost(self) -> bool:
        """Count one ``audio_lost`` report; False once a connection has made its share."""
        if self.lost_reports >= MAX_AUDIO_LOST_REPORTS:
            return False
        self.lost_reports += 1
        return True


class Heartbeat:
    """When a connection was last heard from (any frame, a refused one too), and whether
    its pings have been steady long enough to hold it to them (``SILENT_AFTER_S``)."""

    def __init__(self, now: float) -> None:
        self.last = now
        self.held = False
        self._run_from: float | None = None  # the first ping of the current steady run
        self._last_ping: float | None = None

    def heard(self, now: float, *, ping: bool = False) -> None:
        self.last = now
        if not ping:
            return
        if self._last_ping is None or now - self._last_ping > HEARTBEAT_GAP_MAX_S:
            self._run_from = now
        self._last_ping = now
        self.held = self.held or now - (self._run_from or now) >= HEARTBEAT_PROVEN_S

    def silent_in(self, now: float) -> float | None:
        """Seconds until the connection counts as gone (0 once it does); None while it is
        not held to its pings."""
        return max(0.0, self.last + SILENT_AFTER_S - now) if self.held else None
