"""Websocket routes.

The live visit consumer (``/ws/visits/<id>/``) arrives with the live-visits issue.
"""

from __future__ import annotations

from typing import Any

websocket_urlpatterns: list[Any] = []
