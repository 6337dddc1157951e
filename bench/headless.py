"""A headless participant: streams a WAV at real-time pace and records what comes back."""

from __future__ import annotations

import asyncio
import json
import struct
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import websockets

from interpretation.audio import float_to_pcm16, load_audio

FRAME_S = 0.1
FRAME_BYTES = int(16_000 * FRAME_S) * 2


@dataclass
class Received:
    events: list[dict[str, Any]] = field(default_factory=list)
    audio: dict[int, bytes] = field(default_factory=dict)  # seq -> PCM
    arrival: dict[tuple[str, int], float] = field(default_factory=dict)  # (kind, seq) -> time
    speech_ends: list[float] = field(default_factory=list)  # when each sent utterance ended
    close_code: int | None = None
    started: float = 0.0  # when the stream's first sample was recorded (time.monotonic())
    event_times: list[float] = field(default_factory=list)  # arrival of each of ``events``

    def of(self, kind: str) -> list[dict[str, Any]]:
        return [e for e in self.events if e["type"] == kind]


def frames_of(paths: list[Path], pause_s: float = 1.5) -> tuple[list[bytes], list[float]]:
    """PCM frames for the recordings with pauses between, and where each one's speech ends."""
    chunks, ends, position = [], [], 0.0
    for path in paths:
        audio = load_audio(path)
        chunks += [audio, np.zeros(int(16_000 * pause_s), np.float32)]
        position += len(audio) / 16_000
        ends.append(position)
        position += pause_s
    return frames_of_audio(np.concatenate(chunks)), ends


def frames_of_audio(audio: np.ndarray) -> list[bytes]:
    """16-bit PCM frames of ``FRAME_S``, as the live page's capture worklet sends them."""
    pcm = float_to_pcm16(audio)
    return [pcm[i:i + FRAME_BYTES] for i in range(0, len(pcm), FRAME_BYTES)]


async def participant(url: str, token: str, frames: list[bytes], speech_ends_s: list[float],
                      listen_s: float, received: Received,
                      hello: Sequence[Mapping[str, Any]] = ()) -> None:
    """Stream ``frames`` at real-time pace while listening, then listen ``listen_s`` more.
    ``hello``: control messages sent right after ``ready`` (e.g. asking for interim
    captions), before the first frame.

    A frame goes out once all of its audio has been "recorded" (``FRAME_S`` after its
    first sample), as a microphone's would: sent at its first sample, the server would
    hear each sound up to ``FRAME_S`` early and latencies would look that much better."""
    headers = {"Authorization": f"Bearer {token}", "Origin": "http://127.0.0.1"}
    async with websockets.connect(url, additional_headers=headers, max_size=2**24) as socket:
        ready = json.loads(await socket.recv())
        received.events.append(ready)
        for message in hello:
            await socket.send(json.dumps(message))
        started = time.monotonic()
        received.event_times.append(started)
        received.started = started
        received.speech_ends += [started + end for end in speech_ends_s]

        async def send() -> None:
            for index, frame in enumerate(frames):
                await asyncio.sleep(max(0.0, started + (index + 1) * FRAME_S
                                        - time.monotonic()))
                await socket.send(frame)

        async def listen() -> None:
            deadline = started + len(frames) * FRAME_S + listen_s
            try:
                while (remaining := deadline - time.monotonic()) > 0:
                    message = await asyncio.wait_for(socket.recv(), timeout=remaining)
                    now = time.monotonic()
                    if isinstance(message, bytes):
                        seq = struct.unpack("<I", message[4:8])[0]
                        # A segment's speech may come in pieces: first arrival, all audio.
                        received.audio[seq] = received.audio.get(seq, b"") + message[12:]
                        received.arrival.setdefault(("audio", seq), now)
                    else:
                        event = json.loads(message)
                        received.events.append(event)
                        received.event_times.append(now)
                        if "seq" in event:
                            received.arrival[(event["type"], event["seq"])] = now
            except TimeoutError:
                pass
            except websockets.ConnectionClosed as closed:
                received.close_code = closed.code

        await asyncio.gather(send(), listen())
