"""Channels' ``runworker``, with two additions: a worker for the ``interpretation``
channel loads and warms its models before it takes the first utterance, so no
speaker waits for a cold start; and it outlives a Redis outage (``ReconnectingWorker``
retries with backoff and logs it, where channels' worker exits)."""

from __future__ import annotations

from typing import Any

from channels.management.commands.runworker import Command as ChannelsRunworker

from interpretation.messages import WORKER_CHANNEL
from interpretation.worker import ReconnectingWorker


class Command(ChannelsRunworker):
    help = ChannelsRunworker.help + " Interpretation workers warm their models first."
    worker_class = ReconnectingWorker

    def handle(self, *args: Any, **options: Any) -> None:
        if WORKER_CHANNEL in options.get("channels", []):
            from interpretation.live import warm_up

            warm_up()
        super().handle(*args, **options)
