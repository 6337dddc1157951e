"""The live visit websocket (docs/protocol.md): thin by design.

It authenticates, validates frames, endpoints the speaker's audio and hands
whole utterances on: to a worker over the channel layer when workers run
(``INTERPRETATION_WORKERS``), else to a task in this process. Events come
back through the visit's group; each connection passes on what its
participant should see and hear, in their language.

When the channel layer (Redis) goes away the connection stays open: its client is told
that interpretation is paused, its utterances wait (``interpretation.inflight``), and it
retries with a growing pause; what could not be handed on in time becomes a stored,
audited gap.
"""

from __future__ import annotations

import asyncio
import json
import logging
import struct
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from channels.exceptions import StopConsumer
from channels.generic.websocket import AsyncWebsocketConsumer
from channels.layers import get_channel_layer
from channels.utils import await_many_dispatch
from django.conf import settings
from django.db import Error as DatabaseError

from audit.events import ANONYMOUS, Actor, ActorKind, AuditEvent, Outcome
from audit.models import AuditEntry
from interpretation import limits, live
from interpretation.audio import AudioError, pcm16_to_float
from interpretation.capabilities import mt_summary
from interpretation.inflight import InFlight
from interpretation.streaming import StreamingEndpointer
from interpretation.worker import LAYER_ERRORS, REJOIN_EVERY_MAX_S, RETRY_FIRST_S, work_on
from telehealth.broadcast import group_name

logger = logging.getLogger(__name__)

PROTOCOL_VERSION = 1
WATCH_EVERY_S = 0.5  # how often in-flight utterances are checked (worker silence: 3 s)
CLOSE = {"unauthenticated": 4401, "forbidden": 4403, "no_visit": 4404, "not_live": 4409,
         "no_consent": 4451, "abuse": 4408, "ended": 4410}
# A connection the server closed for these reasons was left, not dropped.
_FINAL_CLOSES = {CLOSE["no_consent"], CLOSE["ended"]}


class VisitConsumer(AsyncWebsocketConsumer):
    participant_id: int | None = None
    closing = False  # once set, no frame of this connection is processed any more
    closed_with = 0  # the code the server closed this connection with, if it did
    abused = 0  # frames refused in the abuse episode that closed the connection
    leaving = False  # the client said ``leave``: its close is a goodbye, not a drop
    paused = False  # the channel layer is unreachable; interpretation waits for it
    watchdog: asyncio.Future[None] | None = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        """Channels' ``AsyncConsumer.__call__``, except that reading the channel layer
        survives a Redis outage (channels' own would end the connection with 1011)."""
        self.scope = scope
        self.channel_layer = get_channel_layer(self.channel_layer_alias)
        self.channel_name = await self.channel_layer.new_channel()
        self.base_send = send
        self.retry_s = RETRY_FIRST_S
        try:
            await await_many_dispatch([receive, self._channel_receive], self.dispatch)
        except StopConsumer:
            pass

    async def _channel_receive(self) -> Any:
        while True:
            try:
                return await self.channel_layer.receive(self.channel_name)
            except LAYER_ERRORS as exc:
                await self._pause(exc)
                await asyncio.sleep(self.retry_s)

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
        self.audio_rate = limits.TokenBucket(limits.MAX_FRAMES_PER_S, limits.MAX_FRAME_BURST)
        self.text_rate = limits.TokenBucket(limits.MAX_TEXT_FRAMES_PER_S, limits.MAX_TEXT_BURST)
        self.lost_reports = 0
        self.inflight = InFlight()
        self.unsent: list[dict[str, Any]] = []  # group events that wait for the layer
        self.present: dict[int, str] = {}  # other participants -> their newest connection
        self.tasks: set[asyncio.Future[None]] = set()
        # Audited before joining: a join whose entry cannot be written does not happen.
        await self._audit(AuditEvent.LIVE_CONNECTED, Outcome.OK)
        await self._layer(lambda: self.channel_layer.group_add(group_name(self.visit_id),
                                                               self.channel_name))
        last_seq = await database_sync_to_async(live.Segment.objects.last_seq)(self.visit_id)
        await self._send({"type": "ready", "protocol": PROTOCOL_VERSION,
                          "participant_id": self.participant_id, "role": self.role,
                          "language": self.language, "last_seq": last_seq,
                          "translation": mt_summary()})
        if self.paused:
            await self._send({"type": "interpretation", "state": "paused"})
        await self._presence("connected")
        self.watchdog = asyncio.ensure_future(self._watch())

    async def disconnect(self, code: int) -> None:
        if self.participant_id is None:
            return
        try:
            if self.watchdog is not None:
                self.watchdog.cancel()
            if self.abused:  # one entry an episode, however many frames it took
                await self._audit(AuditEvent.LIVE_ERROR, Outcome.DENIED, reason="frame_abuse",
                                  frames=self.abused)
            # A finished sentence is not lost on leaving; after consent was withdrawn its
            # audio goes nowhere: it is recorded as a gap (no_consent), as a worker would.
            for utterance in self.endpointer.flush():
                if self.closed_with == CLOSE["no_consent"]:
                    await self._gap(live.job(self.visit_id, self.participant_id, utterance),
                                    "no_consent")
                else:
                    await self._dispatch(utterance)
            for message in self.inflight.unsent():  # never handed on: a gap, not a loss
                await self._gap(message, "lost")
            left = self.leaving or self.closed_with in _FINAL_CLOSES
            await self._presence("left" if left else "reconnecting")
            await self._layer(lambda: self.channel_layer.group_discard(
                group_name(self.visit_id), self.channel_name))
        finally:  # the leave is audited whatever failed above (abandoned visits count on it)
            await self._audit(AuditEvent.LIVE_DISCONNECTED, Outcome.OK, code=code)

    async def close(self, code: int | bool | None = None, reason: str | None = None) -> None:
        self.closing = True
        self.closed_with = code if isinstance(code, int) and not isinstance(code, bool) else 0
        await super().close(code=code, reason=reason)

    # --- up: audio and control messages ---------------------------------------------

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
        self.bad_frames = [t for t in self.bad_frames
                           if now - t < limits.BAD_FRAME_WINDOW_S] + [now]
        await self._send({"type": "error", "code": problem, "detail": "frame dropped"})
        if len(self.bad_frames) >= limits.MAX_BAD_FRAMES:
            self.abused = len(self.bad_frames)
            await self.close(code=CLOSE["abuse"])

    async def _audio(self, data: bytes) -> None:
        problem = "" if self.audio_rate.take() else "too_many_frames"
        problem = problem or limits.audio_problem(data)
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
            await self._to_group({"type": "visit.speaking",
                                  "participant_id": self.participant_id, "active": speaking})

    async def _control(self, text: str) -> None:
        if len(text) > limits.MAX_TEXT_BYTES:
            await self._error("bad_message", "too long")
            return
        try:
            message = json.loads(text)
            kind = message["type"]
        except (ValueError, KeyError, TypeError):
            await self._error("bad_message", "not JSON")
            return
        languages = settings.INTERPRETATION_LANGUAGES
        if kind == "ping":
            if not limits.short_scalar(message.get("id")):
                await self._error("bad_message", "a ping id is a string or number of at most "
                                                 f"{limits.MAX_PING_ID_CHARS} characters")
                return
            await self._send({"type": "pong", "id": message.get("id")})
        elif kind == "start":
            self.listening = True
        elif kind == "stop":
            self.listening = False
            for utterance in self.endpointer.flush():
                await self._dispatch(utterance)
            await self._tell_speaking(False)
        elif kind == "leave":
            self.leaving = True
        elif kind == "audio_lost":
            await self._audio_lost(message.get("duration_ms"))
        elif kind == "set_language" and message.get("language") in languages:
            for utterance in self.endpointer.flush():  # said in the old language: kept
                await self._dispatch(utterance)
            self.language = message["language"]
            self.endpointer = StreamingEndpointer(self.language)
        else:
            await self._error("bad_message", "unknown type")

    async def _audio_lost(self, duration: Any) -> None:
        """The page dropped speech it recorded while the connection was down: a stored,
        audited gap (``network``) that everyone sees, so the loss is never silent."""
        duration_ms = limits.lost_ms(duration)
        if duration_ms is None or self.lost_reports >= limits.MAX_AUDIO_LOST_REPORTS:
            await self._error("bad_message", "audio_lost needs duration_ms, 1 to "
                                             f"{limits.MAX_AUDIO_LOST_MS}, at most "
                                             f"{limits.MAX_AUDIO_LOST_REPORTS} a connection")
            return
        self.lost_reports += 1
        message = {"visit_id": self.visit_id, "speaker_id": self.participant_id,
                   "utterance_id": str(uuid.uuid4()), "language": self.language,
                   "start_s": 0.0, "end_s": duration_ms / 1000}
        await self._gap(message, "network")

    async def _dispatch(self, utterance: Any) -> None:
        message = live.job(self.visit_id, self.participant_id or 0, utterance)
        if self.inflight.full():  # falling behind: say so, never drop
            await self._error("overloaded", "interpretation is behind; this utterance was "
                                            "skipped")
            await self._gap(message, "overloaded")
            return
        message["reply_to"] = self.channel_name  # the worker's heartbeats come here
        await self._hand_on(self.inflight.add(message, time.monotonic()))

    async def _hand_on(self, message: dict[str, Any]) -> None:
        utterance_id = message["utterance_id"]
        if not settings.INTERPRETATION_WORKERS:
            task = asyncio.ensure_future(work_on(self.channel_layer, message))
            self.tasks.add(task)  # keep a reference until it finishes
            task.add_done_callback(self.tasks.discard)
            self.inflight.sent(utterance_id, time.monotonic())
        elif not self.paused and await self._layer(
                lambda: self.channel_layer.send(live.WORKER_CHANNEL, message)):
            self.inflight.sent(utterance_id, time.monotonic())
        else:
            self.inflight.refused(utterance_id)  # the watchdog offers it again

    async def _watch(self) -> None:
        """Utterances whose worker went silent or never took them are sent again, then
        reported lost; while the channel layer is away, it is tried with backoff."""
        while True:
            await asyncio.sleep(self.retry_s if self.paused else WATCH_EVERY_S)
            if self.paused:
                await self._try_resume()
            due = self.inflight.due(time.monotonic())
            for message in due.resend:
                await self._hand_on(message)
            for message in due.give_up:
                await self._gap(message, "lost")

    async def _gap(self, message: dict[str, Any], reason: str) -> None:
        """A stored, audited gap, fanned out (now, or when the channel layer is back)."""
        try:
            event = await database_sync_to_async(live.gap)(message, reason)
        except DatabaseError as exc:
            logger.warning("visit %d: a %s gap could not be stored (%s)", self.visit_id,
                           reason, type(exc).__name__)
            return
        if event is not None:
            await self._fan_out(event)

    async def _fan_out(self, event: dict[str, Any]) -> None:
        if self.paused or not await self._to_group(event):
            self.unsent.append(event)
            await self.dispatch(event)  # this connection's own client hears it at once

    # --- the channel layer going away and coming back ----------------------------------

    async def _layer(self, call: Callable[[], Awaitable[Any]]) -> bool:
        """One channel-layer call; when Redis is unreachable, interpretation pauses instead
        of the connection closing."""
        try:
            await call()
        except LAYER_ERRORS as exc:
            await self._pause(exc)
            return False
        return True

    async def _pause(self, exc: BaseException) -> None:
        if self.paused or self.participant_id is None:
            return
        self.paused = True
        self.retry_s = RETRY_FIRST_S
        logger.warning("visit %d participant %d: channel layer unreachable (%s); "
                       "interpretation paused", self.visit_id, self.participant_id,
                       type(exc).__name__)
        if not self.closing:
            await self._send({"type": "interpretation", "state": "paused"})

    async def _try_resume(self) -> None:
        """Join the visit's group again (a restarted Redis has forgotten it) and send what
        waited; on failure, wait longer next time."""
        try:
            await self.channel_layer.group_add(group_name(self.visit_id), self.channel_name)
        except LAYER_ERRORS:
            self.retry_s = min(2 * self.retry_s, REJOIN_EVERY_MAX_S)
            return
        self.paused = False
        logger.info("visit %d participant %d: channel layer reachable again; interpretation "
                    "resumed", self.visit_id, self.participant_id)
        if not self.closing:
            await self._send({"type": "interpretation", "state": "running"})
        while self.unsent and not self.paused:
            if await self._to_group(self.unsent[0]):
                self.unsent.pop(0)

    async def _presence(self, state: str) -> None:
        await self._to_group({"type": "visit.presence", "participant_id": self.participant_id,
                              "role": self.role, "state": state, "channel": self.channel_name})

    async def _to_group(self, event: dict[str, Any]) -> bool:
        return await self._layer(
            lambda: self.channel_layer.group_send(group_name(self.visit_id), event))

    # --- down: events from the visit's group and from workers ---------------------------

    async def utterance_working(self, event: dict[str, Any]) -> None:
        """A worker took one of this connection's utterances, or is still at it."""
        self.inflight.heard(event["utterance_id"], time.monotonic())

    async def visit_segment(self, event: dict[str, Any]) -> None:
        self.inflight.answered(event["utterance_id"])
        if not self.inflight.first_time(event["seq"]):
            return  # nothing twice; speakers see their own captions but never hear themselves
        translation = event["translations"].get(self.language, event["text"])
        timings = event["timings_ms"]
        await self._send({
            "type": "segment", "seq": event["seq"], "speaker_id": event["speaker_id"],
            "speaker_role": event["speaker_role"], "source_language": event["source_language"],
            "text": event["text"], "target_language": self.language,
            "translation": translation, "translations": event["translations"],
            # Handed to a worker again (one died) or held up by an outage: marked late.
            "late": bool(event.get("late")),
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
        self.inflight.answered(event.get("utterance_id", ""))
        if not self.inflight.first_time(event["seq"]):
            return
        await self._send({"type": "gap", "seq": event["seq"], "speaker_id": event["speaker_id"],
                          "reason": event["reason"]})

    async def visit_speech_failed(self, event: dict[str, Any]) -> None:
        """The caption of ``seq`` stands; its speech in this listener's language will not
        come (``tts_error`` or ``stale``)."""
        if event["speaker_id"] == self.participant_id or event["language"] != self.language:
            return
        await self._send({"type": "speech_failed", "seq": event["seq"],
                          "language": event["language"], "reason": event["reason"]})

    async def visit_presence(self, event: dict[str, Any]) -> None:
        """Someone else connected, dropped (``reconnecting``) or left. The departure of an
        older connection of someone who is already back is not news."""
        who, channel = event["participant_id"], event["channel"]
        if who == self.participant_id:
            return
        if event["state"] == "connected":
            self.present[who] = channel
        elif self.present.get(who, channel) != channel:
            return
        else:
            self.present.pop(who, None)
        await self._send({"type": "presence", "participant_id": who, "role": event["role"],
                          "state": event["state"]})

    async def visit_nothing(self, event: dict[str, Any]) -> None:
        self.inflight.answered(event["utterance_id"])

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

    async def _error(self, code: str, detail: str) -> None:
        await self._send({"type": "error", "code": code, "detail": detail})

    async def _send(self, payload: dict[str, Any]) -> None:
        await self.send(text_data=json.dumps(payload, ensure_ascii=False))

    async def _audit(self, event: AuditEvent, outcome: Outcome, actor: Actor | None = None,
                     **metadata: Any) -> None:
        if actor is None:
            actor = _actor(self.participant_id, getattr(self, "role", ""))
        await database_sync_to_async(AuditEntry.objects.record)(
            event, actor=actor, outcome=outcome, visit_id=self.visit_id, **metadata)


def _actor(participant_id: int | None, role: str) -> Actor:
    """The participant on a connection, or anonymous before we know who they are."""
    return Actor(ActorKind.PARTICIPANT, participant_id, role) if participant_id else ANONYMOUS
