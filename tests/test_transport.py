"""Daphne serves the ASGI application; the channel layer is Redis when REDIS_URL is set."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
STARTUP_POLL_S = 0.2
STARTUP_ATTEMPTS = 150  # Daphne gets half a minute to start on a busy machine


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_daphne_serves_the_application() -> None:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port),
         "telehealth.asgi:application"],
        cwd=ROOT, env=os.environ | {"ALLOWED_HOSTS": "127.0.0.1"},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        for _attempt in range(STARTUP_ATTEMPTS):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    assert (r.status, r.read()) == (200, b'{"status": "ok"}')
                    break
            except OSError:
                assert server.poll() is None, server.stderr.read().decode()  # type: ignore[union-attr]
                time.sleep(STARTUP_POLL_S)
        else:
            pytest.fail("daphne never answered")
    finally:
        server.terminate()
        server.wait(timeout=10)


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
