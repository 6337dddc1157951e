"""compose.yaml describes the stack and stays valid."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("docker-compose") is None,
                    reason="docker-compose is not installed (.ci/run installs it)")
def test_compose_file_is_valid() -> None:
    result = subprocess.run(["docker-compose", "-f", "compose.yaml", "config", "-q"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_compose_runs_postgres_redis_web_and_worker() -> None:
    text = (ROOT / "compose.yaml").read_text()
    for service in ("postgres:", "redis:", "web:", "worker:"):
        assert f"\n  {service}" in text
