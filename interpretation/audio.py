"""Reading, checking and writing audio. Everything inside the cascade is 16 kHz mono float32."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from interpretation.frames import SAMPLE_RATE_HZ

MAX_INPUT_S = 4 * 3600  # refuse longer files instead of exhausting memory


class AudioError(ValueError):
    """The input is not audio we can use; the message says why, never what was said."""


def load_audio(path: str | Path) -> np.ndarray:
    """Decode any format FFmpeg reads (PyAV) to 16 kHz mono float32.

    Other sample rates and channel counts are resampled and mixed down. Empty,
    corrupt and overlong files raise ``AudioError``.
    """
    from faster_whisper.audio import decode_audio

    path = Path(path)
    if not path.is_file():
        raise AudioError(f"no such file: {path.name}")
    if path.stat().st_size == 0:
        raise AudioError("the file is empty")
    try:
        audio = decode_audio(str(path), sampling_rate=SAMPLE_RATE_HZ)
    except Exception as exc:  # PyAV raises many types for corrupt input
        raise AudioError(f"cannot decode {path.name}: {type(exc).__name__}") from exc
    if len(audio) > MAX_INPUT_S * SAMPLE_RATE_HZ:
        raise AudioError(f"longer than {MAX_INPUT_S // 3600} hours")
    return np.asarray(audio, dtype=np.float32)


def pcm16_to_float(pcm: bytes) -> np.ndarray:
    if len(pcm) % 2:
        raise AudioError("16-bit PCM must have an even number of bytes")
    return np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0


def float_to_pcm16(audio: np.ndarray) -> bytes:
    return (np.clip(audio, -1.0, 1.0) * 32767.0).astype("<i2").tobytes()


def resample(audio: np.ndarray, from_hz: int, to_hz: int = SAMPLE_RATE_HZ) -> np.ndarray:
    """Linear-interpolation resampling; good enough for synthesised speech output."""
    if from_hz == to_hz or len(audio) == 0:
        return audio.astype(np.float32)
    n_out = round(len(audio) * to_hz / from_hz)
    positions = np.linspace(0, len(audio) - 1, n_out)
    return np.interp(positions, np.arange(len(audio)), audio).astype(np.float32)


def write_wav(path: str | Path, audio: np.ndarray, sample_rate_hz: int = SAMPLE_RATE_HZ,
              comment: str = "") -> None:
    """16-bit mono WAV; ``comment`` goes into a LIST/INFO ICMT chunk (synthetic-speech mark)."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sample_rate_hz)
        out.writeframes(float_to_pcm16(audio))
    if comment:
        _append_info_comment(Path(path), comment)


def _append_info_comment(path: Path, comment: str) -> None:
    text = comment.encode("ascii", "replace") + b"\x00"
    if len(text) % 2:
        text += b"\x00"
    icmt = b"ICMT" + len(text).to_bytes(4, "little") + text
    chunk = b"LIST" + (4 + len(icmt)).to_bytes(4, "little") + b"INFO" + icmt
    data = bytearray(path.read_bytes())
    data += chunk
    data[4:8] = (len(data) - 8).to_bytes(4, "little")
    path.write_bytes(bytes(data))


def read_info_comment(path: str | Path) -> str:
    data = Path(path).read_bytes()
    marker = data.find(b"ICMT")
    if marker < 0:
        return ""
    size = int.from_bytes(data[marker + 4 : marker + 8], "little")
    return data[marker + 8 : marker + 8 + size].rstrip(b"\x00").decode("ascii", "replace")
