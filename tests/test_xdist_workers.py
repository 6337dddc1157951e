"""Parallel test workers do not share a Redis database (``tests/xdist_workers.py``)."""

from __future__ import annotations

from tests.xdist_workers import worker_redis_url


def test_each_worker_gets_a_database_of_its_own() -> None:
    url = "redis://127.0.0.1:6379/15"
    databases = {worker_redis_url(url, f"gw{n}") for n in range(4)}
    assert databases == {f"redis://127.0.0.1:6379/{n}" for n in (15, 14, 13, 12)}
    assert worker_redis_url("redis://localhost:6379", "gw1") == "redis://localhost:6379/15"


def test_a_url_it_cannot_read_is_left_alone() -> None:
    odd = "rediss://user:secret@cache.example.org:6380/2?ssl_cert_reqs=none"
    assert worker_redis_url(odd, "gw1") == odd

