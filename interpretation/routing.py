"""Websocket routes: one connection per participant of a live visit (docs/protocol.md)."""

from __future__ import annotations

from django.urls import path

from interpretation.consumer import VisitConsumer

websocket_urlpatterns = [
    path("ws/visits/<int:visit_id>/", VisitConsumer.as_asgi()),
]
