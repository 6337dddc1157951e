"""``manage.py interpret`` with the real engines, offline, and on bad input.

The command runs in this process through ``call_command``: it builds its cascade with the
same once-per-process loader as the session's ``engines`` fixture, so the models load once
for the whole session instead of once per test (nine subprocesses took ~3 minutes). One test
still starts the real command line, offline, to prove the entry point, exit status and
output streams."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from django.core.management import CommandError, call_command

from interpretation.audio import load_audio, read_info_comment, write_wav
from interpretation.metrics import word_error_rate
from tests.cascade_helpers import ROOT, SPEECH, engines  # noqa: F401  (the session's models)

REQUIRED = {"start_s", "end_s", "source_text", "redacted_text", "translation", "entities",
            "timings_ms"}
TO_SPANISH = ("--source", "en", "--target", "es")

pytestmark = pytest.mark.usefixtures("engines")


def interpret(*args: str) -> list[dict[str, Any]]:
    """The command's JSON lines, one per utterance."""
    out = io.StringIO()
    call_command("interpret", *args, *TO_SPANISH, "--json", stdout=out, stderr=io.StringIO())
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_one_json_line_per_utterance_with_redacted_text_and_speech(tmp_path: Path) -> None:
    out = tmp_path / "out.wav"
    [line] = interpret(str(SPEECH / "en-phone.wav"), "--out", str(out))
    assert REQUIRED <= set(line)
    assert {"asr", "redact", "mt", "tts", "total"} <= set(line["timings_ms"])
    assert "Ellen Marsh" in line["source_text"]
    assert "Ellen" not in line["redacted_text"] and "9811" not in line["redacted_text"]
    assert line["entities"] == {"PERSON": 1, "PHONE_NUMBER": 1}
    assert len(load_audio(out)) > 0
    assert "synthetic" in read_info_comment(out).lower()


def test_two_utterances_come_out_in_order() -> None:
    lines = interpret(str(SPEECH / "en-two-utterances.wav"))  # text only: no voice needed
    assert len(lines) == 2
    assert lines[0]["end_s"] <= lines[1]["start_s"]
    assert "blood pressure" in lines[1]["source_text"]


def test_other_rates_and_channels_are_resampled() -> None:
    """The same speech at 44.1 kHz in two channels becomes the same 16 kHz mono signal, and
    is still heard. The transcript is scored loosely, not matched to a phrase: how
    Whisper's int8 kernels hear this synthetic voice differs between CPUs (here "I am just
    paying for three days", elsewhere exact), while a file read at the wrong rate or as
    interleaved samples scores 1.0."""
    resampled = load_audio(SPEECH / "en-pain-44k-stereo.wav")
    plain = load_audio(SPEECH / "en-pain.wav")
    assert abs(len(resampled) - len(plain)) <= len(plain) // 100
    n = min(len(resampled), len(plain))
    a, b = resampled[:n] - resampled[:n].mean(), plain[:n] - plain[:n].mean()
    assert float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b))) > 0.9
    said = "I have had chest pain for three days and it gets worse when I climb the stairs."
    [line] = interpret(str(SPEECH / "en-pain-44k-stereo.wav"))
    assert word_error_rate([(said, line["source_text"])]) <= 0.5


def test_a_silent_file_gives_no_utterances_and_no_error(tmp_path: Path) -> None:
    assert interpret(str(SPEECH / "silence.wav"), "--out", str(tmp_path / "out.wav")) == []


@pytest.mark.parametrize("name", ["corrupt.wav", "missing.wav"])
def test_unusable_input_is_a_clear_error(name: str) -> None:
    with pytest.raises(CommandError, match=f"cannot use {SPEECH / name}"):
        interpret(str(SPEECH / name))


def test_an_empty_file_is_a_clear_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    with pytest.raises(CommandError, match="the file is empty"):
        interpret(str(empty))


def test_a_long_silent_recording_finishes_with_nothing_to_say(tmp_path: Path) -> None:
    long_silence = tmp_path / "twenty-minutes.wav"
    write_wav(long_silence, np.zeros(20 * 60 * 16_000, np.float32))
    assert interpret(str(long_silence)) == []


def test_clipped_speech_is_still_interpreted(tmp_path: Path) -> None:
    clipped = tmp_path / "clipped.wav"
    write_wav(clipped, np.clip(load_audio(SPEECH / "en-pain.wav") * 20, -1, 1))
    assert len(interpret(str(clipped))) >= 1


def manage_py_interpret(*args: str, offline: bool = False) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "manage.py", "interpret", *args]
    if offline and shutil.which("unshare"):
        command = ["unshare", "-n", *command]  # a network namespace with no way out
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_an_unknown_pair_is_refused_on_the_command_line_without_a_traceback() -> None:
    """Refused before any model loads: the real exit status and stderr, in seconds."""
    done = manage_py_interpret(str(SPEECH / "en-pain.wav"), "--source", "en", "--target", "fr")
    assert done.returncode == 1 and "no translation model for en-fr" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.slow  # a fresh process loads every model (~20 s)
def test_the_command_line_interprets_a_recording_offline(tmp_path: Path) -> None:
    out = tmp_path / "out.wav"
    done = manage_py_interpret(str(SPEECH / "en-phone.wav"), *TO_SPANISH, "--json",
                               "--out", str(out), offline=True)
    assert done.returncode == 0, done.stderr
    [line] = [json.loads(text) for text in done.stdout.splitlines()]
    assert REQUIRED <= set(line)
    assert "synthetic" in read_info_comment(out).lower()
