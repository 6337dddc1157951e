"""Daphne serves the ASGI application; the channel layer is Redis when REDIS_URL is set."""

from __future__ import annotations

import os
import urllib.request
import uuid

import pytest
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings

from bench.stack import Stack


def test_daphne_serves_the_application() -> None:
    with Stack({"ALLOWED_HOSTS": "127.0.0.1"}, workers=0) as stack:  # waits for /healthz
        with urllib.request.urlopen(f"{stack.http}/healthz", timeout=5) as response:  # noqa: S310
            assert (response.status, response.read()) == (200, b'{"status": "ok"}')


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="REDIS_URL is not set")
def test_the_channel_layer_is_redis_and_delivers() -> None:
    assert settings.CHANNEL_LAYERS["default"]["BACKEND"] == "channels_redis.core.RedisChannelLayer"
    layer = get_channel_layer()
    group = f"test-{uuid.uuid4().hex}"

    async def roundtrip() -> dict:
        channel = await layer.new_channel()
        await layer.group_add(group, channel)
        await layer.group_send(group, {"type": "visit.ping", "seq": 1})
        message = await layer.receive(channel)
        await layer.group_discard(group, channel)
        return message

    assert async_to_sync(roundtrip)() == {"type": "visit.ping", "seq": 1}


def test_websockets_check_the_origin() -> None:
    from channels.security.websocket import OriginValidator

    from telehealth.asgi import application

    assert isinstance(application.application_mapping["websocket"], OriginValidator)
