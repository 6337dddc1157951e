"""Each pytest-xdist worker gets its own Redis database, as pytest-django gives each its own
PostgreSQL one (``test_<name>_gw1``): visits in two workers' databases share ids, and on one
Redis their groups and rate-limit counters would mix.

Loaded with ``-p tests.xdist_workers`` (``pyproject.toml``), so it runs before Django reads
its settings; xdist names the worker in the environment before that. Worker ``gwN`` uses the
database N below ``REDIS_URL``'s (wrapping round Redis's 16), worker ``gw0`` and a run
without xdist ``REDIS_URL``'s own. The servers the tests start inherit it.
"""

from __future__ import annotations

import os
import re

REDIS_DATABASES = 16  # Redis's default ``databases``


def worker_redis_url(url: str, worker: str) -> str:
    """``url`` with the database of xdist worker ``worker`` (``gw3``)."""
    number = int(worker.removeprefix("gw"))
    match = re.fullmatch(r"(redis://[^/]+)(?:/(\d+))?", url)
    if match is None or number == 0:
        return url
    base = int(match.group(2) or 0)
    return f"{match.group(1)}/{(base - number) % REDIS_DATABASES}"


if (os.environ.get("PYTEST_XDIST_WORKER") or "").startswith("gw") and os.environ.get("REDIS_URL"):
    os.environ["REDIS_URL"] = worker_redis_url(os.environ["REDIS_URL"],
                                               os.environ["PYTEST_XDIST_WORKER"])
