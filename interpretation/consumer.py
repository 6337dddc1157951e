"""The live visit websocket (docs/protocol.md): thin by design.

It authenticates, validates frames, endpoints the speaker's audio and hands
whole utterances on: to a worker over the channel layer when workers run
(``INTERPRETATION_WORKERS``), else to a task in this process running the same
``work_on``. Events come back through the visit's group; each connection passes
on what its participant should see and hear, in their language.

The rest lives beside it: the messages and their checks (``interpretation.messages``),
frame limits (``limits``), what each listener sees (``fanout``), utterances handed on,
sent again and given up (``handoff``, ``inflight``), and the channel layer going away and
back (``outage``: the connection stays open, interpretation pauses, and what could not
be handed on in time becomes a stored, audited gap).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
import uuid
from typing import Any

from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from channels.exceptions import ChannelFull, StopConsumer
from channels.generic.websocket import AsyncWebsocketConsumer
from channels.layers import get_channel_layer
from channels.utils import await_many_dispatch
from django.conf import settings
from django.db import Error as DatabaseError

from audit.events import ANONYMOUS, Actor, ActorKind, AuditEvent, Outcome
from audit.models import AuditEntry
from interpretation import limits, protocol, utterances
from interpretation import messages as m
from interpretation.audio import AudioError, pcm16_to_float
from interpretation.capabilities import mt_summary
from interpretation.fanout import Listener
from interpretation.frames import Utterance
from interpretation.handoff import Handoff
from interpretation.interim import InterimCaptions
from interpretation.models import Segment
from interpretation.outage import Outage
from interpretation.protocol import CLOSE, FINAL_CLOSES, PROTOCOL_VERSION
from interpretation.streaming import StreamingEndpointer
from telehealth.broadcast import group_name
from telehealth.models import Participant
from telehealth.models.visits import LIVE_SEEN_EVERY_S

logger = logging.getLogger(__name__)


class VisitConsumer(AsyncWebsocketConsumer):
    participant_id: int | None = None
    closing = False  # once set, no frame of this connection is processed any more
    closed_with = 0  # the code the server closed this connection with, if it did
    abused = 0  # frames refused in the abuse episode that closed the connection
    leaving = False  # the client said ``leave``: its close is a goodbye, not a drop
    watchdog: asyncio.Future[None] | None = None
    silence: asyncio.Future[None] | None = None  # closes a pinging client gone quiet
    seen: asyncio.Future[None] | None = None  # marks the participant connected, for purges

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        """Channels' ``AsyncConsumer.__call__``, except that reading the channel layer
        survives a Redis outage (``Outage.receive``)."""
        self.scope = scope
        self.channel_layer = get_channel_layer(self.channel_layer_alias)
        self.channel_name = await self.channel_layer.new_channel()
        self.base_send = send
        self.outage = Outage(self.channel_layer, self.channel_name, self._tell_running)
        try:
            await await_many_dispatch([receive, self.outage.receive], self.dispatch)
        except StopConsumer:
            pass
        finally:  # a handler that raised ends the consumer without ``disconnect``: its
            self._stop_tasks()  # marks must stop with it, or its visit stays attended

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
        self.listener = Listener(outcome.participant_id, outcome.language)
        self.endpointer = StreamingEndpointer(outcome.language)
        self.listening = True
        self.speaking = False
        self.limits = limits.FrameLimits()
        self.handoff = Handoff(self.channel_layer, self.channel_name, self.outage, self._gap)
        self.interims = InterimCaptions()
        self.heartbeat = limits.Heartbeat(time.monotonic())
        # Audited before joining: a join whose entry cannot be written does not happen.
        await self._audit(AuditEvent.LIVE_CONNECTED, Outcome.OK)
        await self.outage.join(group_name(self.visit_id),
                               f"visit {self.visit_id} participant {self.participant_id}")
        last_seq = await database_sync_to_async(Segment.objects.last_seq)(self.visit_id)
        await self._send(protocol.Ready(type="ready", protocol=PROTOCOL_VERSION,
                                 participant_id=self.participant_id, role=self.role,
                                 language=self.listener.language, last_seq=last_seq,
                                 translation=mt_summary()))
        if self.outage.paused:
            await self._send(protocol.Interpretation(type="interpretation", state="paused"))
        await self._presence("connected")
        self.watchdog = asyncio.ensure_future(self.handoff.watch())
        self.silence = asyncio.ensure_future(self._close_when_silent())
        self.seen = asyncio.ensure_future(self._mark_seen())

    async def disconnect(self, code: int) -> None:
        if self.participant_id is None:
            return
        try:
            self._stop_tasks()
            if self.abused:  # one entry an episode, however many frames it took
                await self._audit(AuditEvent.LIVE_ERROR, Outcome.DENIED, reason="frame_abuse",
                                  frames=self.abused)
            # A finished sentence is not lost on leaving; after consent was withdrawn its
            # audio goes nowhere: it is recorded as a gap (no_consent), as a worker would.
            for utterance in self.endpointer.flush():
                if self.closed_with == CLOSE["no_consent"]:
                    await self._gap(utterances.job(
                        self.visit_id, self.participant_id, utterance,
                        self.interims.final_id(utterance.index)), "no_consent")
                else:
                    await self._dispatch(utterance)
            await self.handoff.abandon()
            left = self.leaving or self.closed_with in FINAL_CLOSES
            await self._presence("left" if left else "reconnecting")
            await self.outage.leave()
        finally:  # the leave is audited whatever failed above (abandoned visits count on it)
            # ``code`` is the transport's (1006 when the peer is gone); ``server_code`` the
            # one the server closed with, if it did (4499 for a silent client).
            closed_by_server = {"server_code": self.closed_with} if self.closed_with else {}
            await self._audit(AuditEvent.LIVE_DISCONNECTED, Outcome.OK, None, code=code,
                              **closed_by_server)

    def _stop_tasks(self) -> None:
        for task in (self.watchdog, self.silence, self.seen):
            if task is not None:
                task.cancel()

    async def close(self, code: int | bool | None = None, reason: str | None = None) -> None:
        if not self.closing:  # the first reason stands: a later 4499 must not turn an end
            self.closed_with = (  # or a revoked consent into a drop
                code if isinstance(code, int) and not isinstance(code, bool) else 0)
        self.closing = True
        await super().close(code=code, reason=reason)

    # --- up: audio and control messages ---------------------------------------------

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        if self.closing:  # frames already queued when the close was decided: only counted
            if self.abused:
                self.abused += 1
            return
        if self.participant_id is not None:
            self.heartbeat.heard(time.monotonic())
        if bytes_data is not None:
            await self._audio(bytes_data)
        elif text_data is not None:
            if not self.limits.text.take():
                await self._refuse_frame("too_many_frames")
                return
            await self._control(text_data)

    async def _refuse_frame(self, problem: str) -> None:
        """A frame that breaks the limits is dropped and answered; an abuse episode
        (``limits.BadFrames``) closes the connection, and is audited once, on disconnect,
        with the number of frames it refused (``frames``)."""
        await self._error(problem, "frame dropped")
        if self.limits.bad.refuse(time.monotonic()):
            self.abused = len(self.limits.bad)
            await self.close(code=CLOSE["abuse"])

    async def _audio(self, data: bytes) -> None:
        problem = self.limits.audio_problem(data)
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
        if (draft := self.endpointer.take_draft()) is not None:
            await self._draft(draft)
        if self.interims.wanted(paused=self.outage.paused, waiting=len(self.handoff.inflight)) \
                and (so_far := self.endpointer.take_interim()) is not None:
            await self.interims.send(self.channel_layer, self.outage, utterances.interim_job(
                self.visit_id, self.participant_id or 0, so_far,
                self.interims.utterance_id(so_far.index)))
        await self._tell_speaking(self.endpointer.speaking)

    async def _draft(self, utterance: Utterance) -> None:
        """Start early, commit late (``interpretation.drafts``): at a pause a worker may
        begin on the utterance while the turn is judged; the cut that follows reuses its
        work. Only with workers (``INTERPRETATION_DRAFTS``), and only while none of this
        speaker's utterances wait; a worker skips a draft that waited over
        ``drafts.DRAFT_MAX_WAIT_S`` for it, so drafts cost other visits little."""
        if not (settings.INTERPRETATION_WORKERS and settings.INTERPRETATION_DRAFTS) \
                or self.outage.paused or len(self.handoff.inflight):
            return
        job = utterances.draft_job(self.visit_id, self.participant_id or 0, utterance)
        hold = settings.INTERPRETATION_CLAUSE_HOLD
        if hold:
            job["reply_to"] = self.channel_name  # the verdict on its words comes back here
        with contextlib.suppress(ChannelFull):  # the workers are behind: no time to save
            if await self.outage.call(lambda: self.channel_layer.send(m.WORKER_CHANNEL, job)) \
                    and hold:
                self.endpointer.expect_words(utterance.end_s)

    async def utterance_words(self, event: m.WordsEvent) -> None:
        """A worker's verdict on this speaker's draft (``StreamingEndpointer.words``): words
        that end inside a clause keep the pause open; others let a finished turn be cut.
        Not once the connection is closing (consent withdrawn: no audio goes on)."""
        if self.closing or not self.listening:
            return
        if (cut := self.endpointer.words(event["end_s"], event["open_clause"])) is not None:
            await self._dispatch(cut)
            await self._tell_speaking(self.endpointer.speaking)

    async def _close_when_silent(self) -> None:
        """A client that pings and then goes quiet has lost its network without a close
        (``limits.SILENT_AFTER_S``): close it, so that the others are told it is
        reconnecting now rather than when TCP gives up."""
        while not self.closing:
            wait = self.heartbeat.silent_in(time.monotonic())
            if wait == 0:
                await self.close(code=CLOSE["silent"])
                return
            await asyncio.sleep(limits.SILENT_AFTER_S if wait is None else wait)

    async def _mark_seen(self) -> None:
        """While this connection is open its participant counts as connected
        (``Visit.abandoned``): a mark every ``LIVE_SEEN_EVERY_S``, which simply stops if this
        server dies, where its leave would never be audited."""
        while True:
            try:
                await database_sync_to_async(Participant.seen_live)(self.participant_id)
            except DatabaseError as exc:  # the next mark may make it; the lease is 3 marks
                logger.warning("participant %s: presence not marked (%s)", self.participant_id,
                               type(exc).__name__)
            await asyncio.sleep(LIVE_SEEN_EVERY_S)

    async def _tell_speaking(self, speaking: bool) -> None:
        """Everyone sees who is talking, as the server's voice detection hears it."""
        if speaking != self.speaking and self.participant_id is not None:
            self.speaking = speaking
            await self.outage.to_group(m.SpeakingEvent(
                type="visit.speaking", participant_id=self.participant_id, active=speaking))

    async def _control(self, text: str) -> None:
        if len(text) > limits.MAX_TEXT_BYTES:
            await self._error("bad_message", "too long")
            return
        try:
            message = protocol.from_client(json.loads(text), settings.INTERPRETATION_LANGUAGES)
        except (ValueError, RecursionError) as exc:  # json's errors (nesting too deep
            # included, well within the size limit) and ``BadMessage`` alike
            await self._error("bad_message", getattr(exc, "detail", "not JSON"))
            return
        if message["type"] == "ping":
            self.heartbeat.heard(time.monotonic(), ping=True)
            await self._send(protocol.Pong(type="pong", id=message["id"]))
        elif message["type"] == "start":
            self.listening = True
        elif message["type"] == "stop":
            self.listening = False
            await self._flush()
            await self._tell_speaking(False)
        elif message["type"] == "leave":
            self.leaving = True
        elif message["type"] == "interim_captions":  # ``interpretation.interim``
            self.interims.enabled = self.listener.interim = message["enabled"]
        elif message["type"] == "audio_lost":
            await self._audio_lost(message["duration_ms"])
        elif message["type"] == "set_language":
            await self._flush()  # said in the old language: kept
            self.listener.language = message["language"]
            self.endpointer = StreamingEndpointer(message["language"])
            self.interims.restart()

    async def _flush(self) -> None:
        for utterance in self.endpointer.flush():
            await self._dispatch(utterance)

    async def _audio_lost(self, duration_ms: int) -> None:
        """The page dropped speech it recorded while the connection was down: a stored,
        audited gap (``network``) that everyone sees, so the loss is never silent."""
        if not self.limits.report_lost():
            await self._error("bad_message", protocol.AUDIO_LOST_RULE)
            return
        await self._gap(m.UtteranceRef(
            visit_id=self.visit_id, speaker_id=self.participant_id or 0,
            utterance_id=str(uuid.uuid4()), language=self.listener.language, start_s=0.0,
            end_s=duration_ms / 1000), "network")

    async def _dispatch(self, utterance: Utterance) -> None:
        job = utterances.job(self.visit_id, self.participant_id or 0, utterance,
                             self.interims.final_id(utterance.index))
        # Falling behind (this speaker's utterances, or every worker's queue): say so, and
        # the utterance is a stored, audited gap, never dropped.
        if self.handoff.full() or not await self.handoff.hand_on(job):
            await self._error("overloaded", "interpretation is behind; this utterance was "
                                            "skipped")
            await self._gap(job, "overloaded")

    async def _gap(self, message: m.UtteranceRef, reason: m.GapReason) -> None:
        """A stored, audited gap, fanned out (now, or when the channel layer is back)."""
        try:
            event = await database_sync_to_async(utterances.gap)(message, reason)
        except DatabaseError as exc:
            logger.warning("visit %d: a %s gap could not be stored (%s)", self.visit_id,
                           reason, type(exc).__name__)
            return
        if event is not None and not await self.outage.fan_out(event):
            await self.dispatch(event)  # this connection's own client hears it at once

    async def _tell_running(self, running: bool) -> None:
        if not self.closing:
            await self._send(protocol.Interpretation(type="interpretation",
                                              state="running" if running else "paused"))

    async def _presence(self, state: m.PresenceState) -> None:
        await self.outage.to_group(m.PresenceEvent(
            type="visit.presence", participant_id=self.participant_id or 0, role=self.role,
            state=state, channel=self.channel_name))

    # --- down: events from the visit's group and from workers ---------------------------

    async def dispatch(self, message: Any) -> None:
        """``visit.*`` events go through ``fanout.Listener``; the rest as channels does."""
        if str(message.get("type", "")).startswith("visit."):
            await self._pass_on(message)
        else:
            await super().dispatch(message)

    async def utterance_working(self, event: m.WorkingEvent) -> None:
        """A worker took one of this connection's utterances, or is still at it."""
        self.handoff.heard(event["utterance_id"])

    async def _pass_on(self, event: m.VisitEvent) -> None:
        if self.participant_id is None:
            return
        if (event["type"] == "visit.segment" or event["type"] == "visit.gap"
                or event["type"] == "visit.nothing"):  # this utterance is done
            self.handoff.answered(event["utterance_id"])
        elif event["type"] == "visit.interim":
            self.interims.answered(event["utterance_id"])
        message = self.listener.view(event)
        if message is not None:
            await self._send(message)
            if event["type"] == "visit.audio":  # the speech itself follows its event
                await self.send(bytes_data=protocol.speech_frame(event["seq"], event["rate"],
                                                          event["pcm"]))
        if event["type"] == "visit.ended":
            await self.close(code=CLOSE["ended"])
        elif (event["type"] == "visit.consent_changed"
              and event["participant_id"] == self.participant_id
              and event["scope"] == "interpretation" and not event["active"]):
            self.listening = False  # their audio is not processed from this moment
            await self.close(code=CLOSE["no_consent"])

    async def _error(self, code: str, detail: str) -> None:
        await self._send(protocol.Error(type="error", code=code, detail=detail))

    async def _send(self, payload: protocol.ToClient) -> None:
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
