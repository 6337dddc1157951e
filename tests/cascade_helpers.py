"""Shared by the cascade tests: the real engines, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from interpretation.builder import cascade, models_dir
from interpretation.pipeline import Cascade

ROOT = Path(__file__).resolve().parent.parent
SPEECH = ROOT / "fixtures" / "speech"
SHARED_SPEECH = ROOT.parent / "shared" / "speech"


def transcripts(folder: Path) -> list[tuple[str, str, str]]:
    """(file, language, text) rows of a transcripts.tsv."""
    rows = []
    for line in (folder / "transcripts.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        rows.append((parts[0], parts[1], parts[2]) if len(parts) == 3 else
                    (parts[0], folder.name, parts[1]))
    return rows


@pytest.fixture(scope="session")
def engines() -> Cascade:
    if not (models_dir() / "asr" / "whisper-base" / "model.bin").is_file():
        pytest.fail("models are not installed: run `python manage.py models install` "
                    "(scripts/test does)")
    return cascade()
