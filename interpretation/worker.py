"""The worker: ``python manage.py runworker interpretation``.

It takes utterances off the channel layer (Redis), interprets them with the
models it loaded once, stores each segment and fans it out to the visit. Run as
many as the machines allow, GPU machines included: each takes the next
utterance waiting.
"""

from __future__ import annotations

from typing import Any

from asgiref.sync import sync_to_async
from channels.consumer import AsyncConsumer
from channels.db import aclose_old_connections

from interpretation import live


class InterpretationWorker(AsyncConsumer):
    async def utterance_interpret(self, message: dict[str, Any]) -> None:
        await aclose_old_connections()
        emit = live.emitter(self.channel_layer, message["visit_id"])
        await sync_to_async(live.interpret, thread_sensitive=False)(message, emit)
