"""One live connection's view of the channel layer (Redis) going away and coming back.

When Redis is unreachable the connection stays open: interpretation pauses, the client is
told (``interpretation`` ``paused``), events for the visit's group wait here in order, and
the group is joined again with a growing pause (a restarted Redis has forgotten it). When
that works the client is told ``running`` and what waited goes out. No websocket I/O here:
the consumer passes ``tell``, and decides what a paused connection does with its audio.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from channels.exceptions import ChannelFull
from redis.exceptions import RedisError

from interpretation.messages import VisitEvent

logger = logging.getLogger(__name__)

# What a channel layer raises when Redis is down or restarting: an outage.
UNREACHABLE = (OSError, RedisError)
# ... and when one channel holds its capacity of messages (channels-redis: 100). A full
# channel is no outage: Redis answers, and the channel's reader is behind (a connection's
# own sender handles it: a worker queue that is full means interpretation is overloaded).
LAYER_ERRORS = (*UNREACHABLE, ChannelFull)
RETRY_FIRST_S = 0.25
RETRY_MAX_S = 2.0
# While Redis is away a connection tries to join its group again at least this often.
REJOIN_EVERY_MAX_S = 1.0
# After an outage Redis has forgotten the visits' groups: give every connection time to
# join again (a few of its tries) before sending what waited, or nobody would receive it.
REJOIN_GRACE_S = 3 * REJOIN_EVERY_MAX_S

Tell = Callable[[bool], Awaitable[None]]
"""Tell this connection's client whether interpretation runs (``True``) or is paused."""


class Outage:
    def __init__(self, layer: Any, channel: str, tell: Tell) -> None:
        self.layer, self.channel, self.tell = layer, channel, tell
        self.group = ""
        self.who = ""  # ids only, for the log
        self.paused = False
        self.retry_s = RETRY_FIRST_S
        self.unsent: list[VisitEvent] = []  # group events that wait for the layer, in order

    async def join(self, group: str, who: str) -> bool:
        """Join the visit's group; from now on an unreachable layer pauses interpretation
        (before, there is no participant to pause for: the read just retries)."""
        self.group, self.who = group, who
        return await self.call(lambda: self.layer.group_add(group, self.channel))

    async def leave(self) -> bool:
        return await self.call(lambda: self.layer.group_discard(self.group, self.channel))

    async def receive(self) -> Any:
        """The next message for this connection; waits out an outage instead of raising
        (channels' own loop would close the connection with 1011)."""
        while True:
            try:
                return await self.layer.receive(self.channel)
            except UNREACHABLE as exc:
                await self.pause(exc)
                await asyncio.sleep(self.retry_s)

    async def call(self, call: Callable[[], Awaitable[Any]]) -> bool:
        """One channel-layer call; False (and paused) when Redis is unreachable. A full
        channel (``ChannelFull``) is raised to the caller: it is no outage."""
        try:
            await call()
        except UNREACHABLE as exc:
            await self.pause(exc)
            return False
        return True

    async def to_group(self, event: VisitEvent) -> bool:
        return await self.call(lambda: self.layer.group_send(self.group, event))

    async def fan_out(self, event: VisitEvent) -> bool:
        """Send to the group now, or keep it for when the layer is back (False)."""
        if self.paused or not await self.to_group(event):
            self.unsent.append(event)
            return False
        return True

    async def pause(self, exc: BaseException) -> None:
        if self.paused or not self.group:
            return
        self.paused = True
        self.retry_s = RETRY_FIRST_S
        logger.warning("%s: channel layer unreachable (%s); interpretation paused", self.who,
                       type(exc).__name__)
        await self.tell(False)

    async def try_resume(self) -> bool:
        """Join the group again and send what waited; on failure, wait longer next time
        (at most ``REJOIN_EVERY_MAX_S``: workers hold their events for a few such tries)."""
        try:
            await self.layer.group_add(self.group, self.channel)
        except UNREACHABLE:
            self.retry_s = min(2 * self.retry_s, REJOIN_EVERY_MAX_S)
            return False
        self.paused = False
        logger.info("%s: channel layer reachable again; interpretation resumed", self.who)
        await self.tell(True)
        while self.unsent and not self.paused:
            if await self.to_group(self.unsent[0]):
                self.unsent.pop(0)
        return not self.paused
