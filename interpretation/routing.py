"""Websocket routes: one connection per participant of a live visit (docs/protocol.md).

The visit id must be one a row could have (``<id:…>``, see ``telehealth.converters``), so
the consumer never sees a hostile one. Every other path, ``/ws/visits/abc/`` or
``/ws/visits/99999999999999999999/`` included, reaches the catch-all below: accepted, then
closed with the documented 4404 "no such visit", the refusal audited.

In front of the routes, ``AuditedOriginValidator`` refuses a foreign ``Origin`` (channels'
check against ``ALLOWED_HOSTS``) and audits that refusal too, under the caller's identity.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import ParseResult, urlparse

from channels.auth import AuthMiddlewareStack
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from channels.security.websocket import OriginValidator
from django.conf import settings
from django.urls import path, re_path

from audit.events import AuditEvent, Outcome
from audit.models import AuditEntry
from interpretation.access import caller
from interpretation.consumer import VisitConsumer
from interpretation.protocol import CLOSE
from telehealth import converters  # noqa: F401  (registers <id:…>)


def _refuse(scope: dict[str, Any], reason: str) -> None:
    AuditEntry.objects.record(AuditEvent.LIVE_REFUSED, actor=caller(scope),
                              outcome=Outcome.DENIED, reason=reason)


class NoSuchVisitConsumer(AsyncWebsocketConsumer):
    """Any path that names no visit: 4404, audited, and nothing else."""

    async def connect(self) -> None:
        await database_sync_to_async(_refuse)(self.scope, "no_visit")
        await self.accept()  # accept first, so the close code reaches the client
        await self.close(code=CLOSE["no_visit"])


class ForeignOriginConsumer(AsyncWebsocketConsumer):
    """A page from another site (cross-site websocket hijacking) or a client without an
    ``Origin``: refused at the handshake (HTTP 403, as channels does), and audited."""

    async def connect(self) -> None:
        await database_sync_to_async(_refuse)(self.scope, "origin")
        await self.close()  # before accepting: the handshake is refused


class AuditedOriginValidator(OriginValidator):
    """Channels' ``AllowedHostsOriginValidator``, whose refusals are audited: a refused
    connection goes through session authentication to ``ForeignOriginConsumer``, so the
    entry names a signed-in caller (``user:N`` or ``participant:N``), not ``anonymous``."""

    def __init__(self, application: Any) -> None:
        allowed = list(settings.ALLOWED_HOSTS)
        if settings.DEBUG and not allowed:  # as channels' own factory does
            allowed = ["localhost", "127.0.0.1", "[::1]"]
        super().__init__(application, allowed)
        self.refusal = AuthMiddlewareStack(ForeignOriginConsumer.as_asgi())

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> Any:
        if scope["type"] == "websocket" and not self.valid_origin(_origin(scope)):
            return await self.refusal(scope, receive, send)
        return await super().__call__(scope, receive, send)


def _origin(scope: dict[str, Any]) -> ParseResult | None:
    """The ``Origin`` header, parsed as channels' validator parses it."""
    for name, value in scope.get("headers", []):
        if name == b"origin":
            try:
                return urlparse(value.decode("latin1"))
            except UnicodeDecodeError:
                return None
    return None


websocket_urlpatterns = [
    path("ws/visits/<id:visit_id>/", VisitConsumer.as_asgi()),
    re_path(r"^", NoSuchVisitConsumer.as_asgi()),
]
