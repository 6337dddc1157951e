"""Shared by the cascade tests: the real engines, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings

from interpretation.builder import cascade, models_dir
from interpretation.engines.espeak import EspeakVoice
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


# The process's one cascade, as the tests in this process share it, speaks Spanish with
# espeak-ng: what they test is the cascade and the live path around the voice, and Kokoro,
# slower than real time on this 2-core CPU, took ~9 s a sentence there (a third of the
# in-process `interpret` and live tests' time). Kokoro itself is tested in test_kokoro and
# test_speaking, and through the whole cascade by the `interpret` command line in a fresh
# process (test_interpret), which reads the real settings.
IN_PROCESS_VOICES = {"es": "espeak-ng"}


@pytest.fixture(scope="session")
def engines() -> Cascade:
    if not (models_dir() / "asr" / "whisper-base" / "model.bin").is_file():
        pytest.fail("models are not installed: run `python manage.py models install` "
                    "(scripts/test does)")
    with override_settings(STOCK_VOICES=settings.STOCK_VOICES | IN_PROCESS_VOICES):
        built = cascade()
        if not isinstance(built.voices["es"], EspeakVoice):  # built without this fixture
            cascade.cache_clear()
            built = cascade()
    return built
