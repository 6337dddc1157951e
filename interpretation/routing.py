"""Websocket routes: one connection per participant of a live visit (docs/protocol.md).

The visit id must be one a row could have (``<id:…>``, see ``telehealth.converters``), so
the consumer never sees a hostile one. Every other path, ``/ws/visits/abc/`` or
``/ws/visits/99999999999999999999/`` included, reaches the catch-all below: accepted, then
closed with the documented 4404 "no such visit", the refusal audited.
"""

from __future__ import annotations

from typing import Any

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.urls import path, re_path

from audit.events import ANONYMOUS, Actor, AuditEvent, Outcome
from audit.models import AuditEntry
from interpretation import tokens
from interpretation.access import _bearer
from interpretation.consumer import CLOSE, VisitConsumer
from telehealth import converters  # noqa: F401  (registers <id:…>)
from telehealth.api.auth import PARTICIPANT_SESSION_KEY
from telehealth.models import Participant


def _caller(scope: dict[str, Any]) -> Actor:
    """Who knocked, for the audit entry: staff, a participant (session or token), or nobody."""
    user = scope.get("user")
    if user is not None and user.is_authenticated:
        return Actor.for_user(user)
    session = scope.get("session")
    participant_id = session.get(PARTICIPANT_SESSION_KEY) if session is not None else None
    if participant_id is None and _bearer(scope):
        participant_id = tokens.read(_bearer(scope))
    participant = Participant.objects.filter(pk=participant_id).first() if participant_id else None
    return Actor.for_participant(participant) if participant is not None else ANONYMOUS


def _refuse(scope: dict[str, Any]) -> None:
    AuditEntry.objects.record(AuditEvent.LIVE_REFUSED, actor=_caller(scope),
                              outcome=Outcome.DENIED, reason="no_visit")


class NoSuchVisitConsumer(AsyncWebsocketConsumer):
    """Any path that names no visit: 4404, audited, and nothing else."""

    async def connect(self) -> None:
        await database_sync_to_async(_refuse)(self.scope)
        await self.accept()  # accept first, so the close code reaches the client
        await self.close(code=CLOSE["no_visit"])


websocket_urlpatterns = [
    path("ws/visits/<id:visit_id>/", VisitConsumer.as_asgi()),
    re_path(r"^", NoSuchVisitConsumer.as_asgi()),
]
