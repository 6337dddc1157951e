"""``manage.py interpret`` end to end with the real engines, offline, and on bad input."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from interpretation.audio import load_audio, read_info_comment
from tests.cascade_helpers import ROOT, SPEECH

REQUIRED = {"start_s", "end_s", "source_text", "redacted_text", "translation", "entities",
            "timings_ms"}


def interpret(*args: str, offline: bool = False) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "manage.py", "interpret", *args]
    if offline and shutil.which("unshare"):
        command = ["unshare", "-n", *command]  # a network namespace with no way out
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_interpret_prints_one_json_line_per_utterance_and_writes_speech(tmp_path: Path) -> None:
    out = tmp_path / "out.wav"
    done = interpret(str(SPEECH / "en-phone.wav"), "--source", "en", "--target", "es",
                     "--json", "--out", str(out), offline=True)
    assert done.returncode == 0, done.stderr
    [line] = [json.loads(text) for text in done.stdout.splitlines()]
    assert REQUIRED <= set(line)
    assert {"asr", "redact", "mt", "tts", "total"} <= set(line["timings_ms"])
    assert "Ellen Marsh" in line["source_text"]
    assert "Ellen" not in line["redacted_text"] and "9811" not in line["redacted_text"]
    assert line["entities"] == {"PERSON": 1, "PHONE_NUMBER": 1}
    assert len(load_audio(out)) > 0
    assert "synthetic" in read_info_comment(out).lower()


def test_two_utterances_come_out_in_order(tmp_path: Path) -> None:
    done = interpret(str(SPEECH / "en-two-utterances.wav"), "--source", "en", "--target", "es",
                     "--json", "--out", str(tmp_path / "out.wav"))
    lines = [json.loads(text) for text in done.stdout.splitlines()]
    assert len(lines) == 2
    assert lines[0]["end_s"] <= lines[1]["start_s"]
    assert "blood pressure" in lines[1]["source_text"]


def test_other_rates_and_channels_are_resampled(tmp_path: Path) -> None:
    done = interpret(str(SPEECH / "en-pain-44k-stereo.wav"), "--source", "en", "--target", "es",
                     "--json", "--out", str(tmp_path / "out.wav"))
    assert done.returncode == 0, done.stderr
    assert "chest pain" in json.loads(done.stdout.splitlines()[0])["source_text"]


def test_a_silent_file_gives_no_utterances_and_no_error(tmp_path: Path) -> None:
    done = interpret(str(SPEECH / "silence.wav"), "--source", "en", "--target", "es", "--json",
                     "--out", str(tmp_path / "out.wav"))
    assert (done.returncode, done.stdout) == (0, "")


@pytest.mark.parametrize("name", ["corrupt.wav", "missing.wav"])
def test_unusable_input_is_a_clear_error(name: str, tmp_path: Path) -> None:
    done = interpret(str(SPEECH / name), "--source", "en", "--target", "es", "--json")
    assert done.returncode == 1
    assert f"cannot use {SPEECH / name}" in done.stderr
    assert "Traceback" not in done.stderr


def test_an_empty_file_is_a_clear_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    done = interpret(str(empty), "--source", "en", "--target", "es")
    assert done.returncode == 1 and "the file is empty" in done.stderr


def test_an_unknown_pair_is_refused() -> None:
    done = interpret(str(SPEECH / "en-pain.wav"), "--source", "en", "--target", "fr")
    assert done.returncode == 1 and "no translation model for en-fr" in done.stderr


def test_a_long_silent_recording_finishes_with_nothing_to_say(tmp_path: Path) -> None:
    import numpy as np

    from interpretation.audio import write_wav

    long_silence = tmp_path / "twenty-minutes.wav"
    write_wav(long_silence, np.zeros(20 * 60 * 16_000, np.float32))
    done = interpret(str(long_silence), "--source", "en", "--target", "es", "--json")
    assert (done.returncode, done.stdout) == (0, "")


def test_clipped_speech_is_still_interpreted(tmp_path: Path) -> None:
    import numpy as np

    from interpretation.audio import write_wav

    clipped = tmp_path / "clipped.wav"
    write_wav(clipped, np.clip(load_audio(SPEECH / "en-pain.wav") * 20, -1, 1))
    done = interpret(str(clipped), "--source", "en", "--target", "es", "--json")
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") >= 1
