"""The live visit websocket (docs/protocol.md): thin by design.

It authenticates, validates frames, endpoints the speaker's audio and hands
whole utterances on: to a worker over the channel layer when workers run
(``INTERPRETATION_WORKERS``), else to a thread in this process. Events come
back through the visit's group; each connection passes on what its
participant should see and hear, in their language.
"""

from __future__ import annotations

import asyncio
import json
import struct
import time
from typing import Any

from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings

from audit.events import ANONYMOUS, Actor, ActorKind, AuditEvent, Outcome
from audit.models import AuditEntry
from interpretation import live
from interpretation.audio import AudioError, pcm16_to_float
from interpretation.engines.loading import mt_summary
from interpretation.streaming import StreamingEndpointer
from telehealth.broadcast import group_name

PROTOCOL_VERSION = 1
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
MAX_PENDING_UTTERANCES = 4
WORKER_TIMEOUT_S = 30.0
CLOSE = {"unauthenticated": 4401, "forbidden": 4403, "no_visit": 4404, "not_live": 4409,
         "no_consent": 4451, "abuse": 4408, "ended": 4410}


class TokenBucket:
    """At most ``rate_per_s`` frames a second on average, ``burst`` of them at once."""

    def __init__(self, rate_per_s: float, burst: int) -> None:
        self.rate_per_s, self.burst = rate_per_s, burst
        self.tokens, self.at = float(burst), time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.at) * self.rate_per_s)
        self.at = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


class VisitConsumer(AsyncWebsocketConsumer):
    participant_id: int | None = None
    closing = False  # once set, no frame of this connection is processed any more
    abused = 0  # frames refused in the abuse episode that closed the connection

    async def connect(self) -> None:
        self.visit_id = int(self.scope["url_route"]["kwargs"]["visit_id"])
        from interpretation.access import authenticate

        outcome = await database_sync_to_async(authenticate)(self.scope, self.visit_id)
        await self.accept()  # accept first, so the close code reaches the client
        if outcome.refusal:
            actor = _actor(outcome.participant_id, outcome.role) if outcome.participant_id \
                else outcome.caller  # who knocked, even when not on this visit
            await self._audit(AuditEvent.LIVE_REFUSED, Outcome.DENIED, actor=actor,
                              reason=outcome.refusal)
            await self.close(code=CLOSE[outcome.refusal])
            return
        self.participant_id, self.role = outcome.participant_id, outcome.role
        self.language = outcome.language
        self.endpointer = StreamingEndpointer(self.language)
        self.listening = True
        self.speaking = False
        self.bad_frames: list[float] = []  # when frames were refused, the last second's
        self.audio_rate = TokenBucket(MAX_FRAMES_PER_S, MAX_FRAME_BURST)
        self.text_rate = TokenBucket(MAX_TEXT_FRAMES_PER_S, MAX_TEXT_BURST)
        self.pending: dict[str, tuple[dict[str, Any], float, int]] = {}
        self.tasks: set[asyncio.Future[None]] = set()
        self.delivered: set[int] = set()
        await self.channel_layer.group_add(group_name(self.visit_id), self.channel_name)
        await self._audit(AuditEvent.LIVE_CONNECTED, Outcome.OK)
        last_seq = await database_sync_to_async(live.Segment.objects.last_seq)(self.visit_id)
        await self._send({"type": "ready", "protocol": PROTOCOL_VERSION,
                          "participant_id": self.participant_id, "role": self.role,
                          "language": self.language, "last_seq": last_seq,
                          "translation": mt_summary()})
        self.watchdog = asyncio.ensure_future(self._watch_pending())

    async def disconnect(self, code: int) -> None:
        if self.participant_id is None:
            return
        if self.abused:  # one entry an episode, however many frames it took
            await self._audit(AuditEvent.LIVE_ERROR, Outcome.DENIED, reason="frame_abuse",
                              frames=self.abused)
        self.watchdog.cancel()
        await self.channel_layer.group_discard(group_name(self.visit_id), self.channel_name)
        for utterance in self.endpointer.flush():  # a finished sentence is not lost on leaving
            await self._dispatch(utterance)
        await self._audit(AuditEvent.LIVE_DISCONNECTED, Outcome.OK, code=code)

    # --- up: audio and control messages ---------------------------------------------

    async def close(self, code: int | bool | None = None, reason: str | None = None) -> None:
        self.closing = True
        await super().close(code=code, reason=reason)

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        if self.closing:  # frames already queued when the close was decided: only counted
            if self.abused:
                self.abused += 1
            return
        if bytes_data is not None:
            await self._audio(bytes_data)
        elif text_data is not None:
            if not self.text_rate.take():
                await self._refuse_frame("too_many_frames")
                return
            await self._control(text_data)

    async def _refuse_frame(self, problem: str) -> None:
        """A frame that breaks the limits is dropped and answered; ``MAX_BAD_FRAMES`` within
        ``BAD_FRAME_WINDOW_S`` close the connection, and that episode is audited once, on
        disconnect, with the number of frames it refused (``frames``)."""
        now = time.monotonic()
        self.bad_frames = [t for t in self.bad_frames if now - t < BAD_FRAME_WINDOW_S] + [now]
        await self._send({"type": "error", "code": problem, "detail": "frame dropped"})
        if len(self.bad_frames) >= MAX_BAD_FRAMES:
            self.abused = len(self.bad_frames)
            await self.close(code=CLOSE["abuse"])

    async def _audio(self, data: bytes) -> None:
        problem = self._frame_problem(data)
        if problem:
            await self._refuse_frame(problem)
            return
        if not self.listening:
            return
        try:
            samples = pcm16_to_float(data)
        except AudioError:
            return
        for utterance in await sync_to_async(self.endpointer.feed, thread_sensitive=False)(
                samples):
            await self._dispatch(utterance)
        await self._tell_speaking(self.endpointer.speaking)

    async def _tell_speaking(self, speaking: bool) -> None:
        """Everyone sees who is talking, as the server's voice detection hears it."""
        if speaking != self.speaking:
            self.speaking = speaking
            await self.channel_layer.group_send(group_name(self.visit_id), {
                "type": "visit.speaking", "participant_id": self.participant_id,
                "active": speaking})

    def _frame_problem(self, data: bytes) -> str:
        if not self.audio_rate.take():
            return "too_many_frames"
        if len(data) > MAX_FRAME_BYTES:
            return "frame_too_large"
        if len(data) == 0 or len(data) % 2:
            return "not_pcm16"
        return ""

    async def _control(self, text: str) -> None:
        if len(text) > MAX_TEXT_BYTES:
            await self._send({"type": "error", "code": "bad_message", "detail": "too long"})
            return
        try:
            message = json.loads(text)
            kind = message["type"]
        except (ValueError, KeyError, TypeError):
            await self._send({"type": "error", "code": "bad_message", "detail": "not JSON"})
            return
        if kind == "ping":
            ping_id = message.get("id")
            if not _short_scalar(ping_id):
                await self._send({"type": "error", "code": "bad_message",
                                  "detail": "a ping id is a string or number of at most "
                                            f"{MAX_PING_ID_CHARS} characters"})
                return
            await self._send({"type": "pong", "id": ping_id})
        elif kind == "start":
            self.listening = True
        elif kind == "stop":
            self.listening = False
            for utterance in self.endpointer.flush():
                await self._dispatch(utterance)
            await self._tell_speaking(False)
        elif kind == "set_language" and message.get("language") in settings.INTERPRETATION_LANGUAGES:  # noqa: E501
            self.language = message["language"]
            self.endpointer = StreamingEndpointer(self.language)
        else:
            await self._send({"type": "error", "code": "bad_message", "detail": "unknown type"})

    async def _dispatch(self, utterance: Any) -> None:
        message = live.job(self.visit_id, self.participant_id or 0, utterance)
        if len(self.pending) >= MAX_PENDING_UTTERANCES:  # falling behind: say so, never drop
            await self._send({"type": "error", "code": "overloaded",
                              "detail": "interpretation is behind; this utterance was skipped"})
            event = await database_sync_to_async(live.gap)(message, "overloaded")
            if event is not None:
                await self.channel_layer.group_send(group_name(self.visit_id), event)
            return
        self.pending[message["utterance_id"]] = (message, time.monotonic(), 1)
        await self._hand_on(message)

    async def _hand_on(self, message: dict[str, Any]) -> None:
        if settings.INTERPRETATION_WORKERS:
            await self.channel_layer.send(live.WORKER_CHANNEL, message)
        else:
            task = asyncio.ensure_future(self._in_process(message))
            self.tasks.add(task)  # keep a reference until it finishes
            task.add_done_callback(self.tasks.discard)

    async def _in_process(self, message: dict[str, Any]) -> None:
        emit = live.emitter(self.channel_layer, self.visit_id)
        await sync_to_async(live.interpret, thread_sensitive=False)(message, emit)

    async def _watch_pending(self) -> None:
        """An utterance a worker never answered is sent once more, then reported lost."""
        while True:
            await asyncio.sleep(WORKER_TIMEOUT_S / 6)
            now = time.monotonic()
            for utterance_id, (message, sent, attempts) in list(self.pending.items()):
                if now - sent < WORKER_TIMEOUT_S:
                    continue
                if attempts == 1:
                    self.pending[utterance_id] = (message, now, 2)
                    await self._hand_on(message)
                else:
                    del self.pending[utterance_id]
                    event = await database_sync_to_async(live.gap)(message, "lost")
                    if event is not None:
                        await self.channel_layer.group_send(group_name(self.visit_id), event)

    # --- down: events from the visit's group ------------------------------------------

    def _first_time(self, seq: int) -> bool:
        """Each seq reaches a connection once, however often it is fanned out."""
        if seq in self.delivered:
            return False
        self.delivered.add(seq)
        return True

    async def visit_segment(self, event: dict[str, Any]) -> None:
        self.pending.pop(event["utterance_id"], None)
        if not self._first_time(event["seq"]):
            return  # nothing twice; speakers see their own captions but never hear themselves
        translation = event["translations"].get(self.language, event["text"])
        timings = event["timings_ms"]
        await self._send({
            "type": "segment", "seq": event["seq"], "speaker_id": event["speaker_id"],
            "speaker_role": event["speaker_role"], "source_language": event["source_language"],
            "text": event["text"], "target_language": self.language,
            "translation": translation, "translations": event["translations"],
            # Both sides are told when a number or a medicine may not have survived MT.
            "flags": sorted({f for flags in event.get("flags", {}).values() for f in flags}),
            "engine": event.get("engines", {}).get(self.language, ""),
            # Only the speaker sees their words translated back (a per-visit setting).
            **({"back_translations": event["back_translations"]}
               if event.get("back_translations") and event["speaker_id"] == self.participant_id
               else {}),
            "timings_ms": {"asr": timings.get("asr", 0.0), "redact": timings.get("redact", 0.0),
                           "mt": timings.get(f"mt_{self.language}", 0.0),
                           "total": timings.get("to_text", 0.0)},
        })

    async def visit_revision(self, event: dict[str, Any]) -> None:
        """The quality tier's better translation of a segment already captioned."""
        await self._send({"type": "revision", "seq": event["seq"],
                          "speaker_id": event["speaker_id"], "language": event["language"],
                          "translation": event["translation"], "flags": event["flags"],
                          "engine": event["engine"], "timings_ms": event["timings_ms"]})

    async def visit_audio(self, event: dict[str, Any]) -> None:
        if event["speaker_id"] == self.participant_id or event["language"] != self.language:
            return
        await self._send({"type": "audio", "seq": event["seq"], "voice": event["voice"],
                          "part": event.get("part", 0), "last": event.get("last", True),
                          "timings_ms": event["timings_ms"]})
        header = b"SEG1" + struct.pack("<II", event["seq"], event["rate"])
        await self.send(bytes_data=header + event["pcm"])

    async def visit_gap(self, event: dict[str, Any]) -> None:
        self.pending.pop(event.get("utterance_id", ""), None)
        if not self._first_time(event["seq"]):
            return
        await self._send({"type": "gap", "seq": event["seq"], "speaker_id": event["speaker_id"],
                          "reason": event["reason"]})

    async def visit_nothing(self, event: dict[str, Any]) -> None:
        self.pending.pop(event["utterance_id"], None)

    async def visit_consent_changed(self, event: dict[str, Any]) -> None:
        await self._send({"type": "consent_changed", "participant_id": event["participant_id"],
                          "scope": event["scope"], "active": event["active"]})
        if (event["participant_id"] == self.participant_id and event["scope"] == "interpretation"
                and not event["active"]):
            self.listening = False  # their audio is not processed from this moment
            await self.close(code=CLOSE["no_consent"])

    async def visit_speaking(self, event: dict[str, Any]) -> None:
        await self._send({"type": "speaking", "participant_id": event["participant_id"],
                          "active": event["active"]})

    async def visit_interpreter_requested(self, event: dict[str, Any]) -> None:
        await self._send({"type": "interpreter_requested",
                          "participant_id": event["participant_id"]})

    async def visit_ended(self, event: dict[str, Any]) -> None:
        await self._send({"type": "visit_ended"})
        await self.close(code=CLOSE["ended"])

    async def _send(self, payload: dict[str, Any]) -> None:
        await self.send(text_data=json.dumps(payload, ensure_ascii=False))

    async def _audit(self, event: AuditEvent, outcome: Outcome, actor: Actor | None = None,
                     **metadata: Any) -> None:
        if actor is None:
            actor = _actor(self.participant_id, getattr(self, "role", ""))
        await database_sync_to_async(AuditEntry.objects.record)(
            event, actor=actor, outcome=outcome, visit_id=self.visit_id, **metadata)


def _short_scalar(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return False
    return len(str(value)) <= MAX_PING_ID_CHARS


def _actor(participant_id: int | None, role: str) -> Actor:
    """The participant on a connection, or anonymous before we know who they are."""
    return Actor(ActorKind.PARTICIPANT, participant_id, role) if participant_id else ANONYMOUS
