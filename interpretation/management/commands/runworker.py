"""Channels' ``runworker``, with one addition: a worker for the ``interpretation``
channel loads and warms its models before it takes the first utterance, so no
speaker waits for a cold start."""

from __future__ import annotations

from typing import Any

from channels.management.commands.runworker import Command as ChannelsRunworker

from interpretation.live import WORKER_CHANNEL


class Command(ChannelsRunworker):
    help = ChannelsRunworker.help + " Interpretation workers warm their models first."

    def handle(self, *args: Any, **options: Any) -> None:
        if WORKER_CHANNEL in options.get("channels", []):
            from interpretation.live import warm_up

            warm_up()
        super().handle(*args, **options)
