"""Checking a voice reference before it is kept: a short, clean 16-bit PCM WAV."""

from __future__ import annotations

import io
import wave
from dataclasses import dataclass

MIN_REFERENCE_MS = 3_000  # OpenVoice's speaker embedding needs a few seconds of speech
MAX_REFERENCE_MS = 30_000
MIN_RATE_HZ = 8_000
MAX_RATE_HZ = 48_000


class VoiceReferenceError(ValueError):
    """Why a reference was refused; ``code`` is a short machine code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class VoiceReference:
    wav: bytes
    sample_rate_hz: int
    duration_ms: int

    @classmethod
    def from_wav(cls, data: bytes) -> VoiceReference:
        try:
            with wave.open(io.BytesIO(data)) as reader:
                width, channels = reader.getsampwidth(), reader.getnchannels()
                rate, frames = reader.getframerate(), reader.getnframes()
                payload = reader.readframes(frames)
        except (wave.Error, EOFError) as exc:
            raise VoiceReferenceError("not_wav", "send a 16-bit PCM WAV file") from exc
        if width != 2 or channels not in (1, 2):
            raise VoiceReferenceError("not_pcm16", "send 16-bit PCM, mono or stereo")
        if not MIN_RATE_HZ <= rate <= MAX_RATE_HZ:
            raise VoiceReferenceError("bad_rate", "the sample rate must be 8 to 48 kHz")
        if len(payload) != frames * width * channels:
            raise VoiceReferenceError("truncated", "the WAV file is shorter than its header")
        duration_ms = frames * 1000 // rate
        if not MIN_REFERENCE_MS <= duration_ms <= MAX_REFERENCE_MS:
            raise VoiceReferenceError(
                "bad_duration",
                f"record {MIN_REFERENCE_MS // 1000} to {MAX_REFERENCE_MS // 1000} seconds")
        return cls(wav=data, sample_rate_hz=rate, duration_ms=duration_ms)
