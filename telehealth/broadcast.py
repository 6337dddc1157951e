"""Tell a visit's live connections that something changed, once the change is committed."""

from __future__ import annotations

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction

from interpretation.messages import VisitEvent


def group_name(visit_id: int) -> str:
    return f"visit-{visit_id}"


def after_commit(visit_id: int, event: VisitEvent) -> None:
    """Fan-out happens after commit: listeners never hear of a change that rolled back."""

    def send() -> None:
        layer = get_channel_layer()
        if layer is not None:
            async_to_sync(layer.group_send)(group_name(visit_id), event)

    transaction.on_commit(send)
