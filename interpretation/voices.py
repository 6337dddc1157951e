"""Which voice speaks for a participant: their own, cloned, only while they consent.

Asked before every utterance, so a revocation takes effect from the next one;
the speaker's embedding is then dropped from memory as well. The reference
audio is decrypted into memory only, never written anywhere.
"""

from __future__ import annotations

import io
import wave
from typing import Any

import numpy as np

from interpretation.engines.base import SpeechSynthesizer
from interpretation.engines.openvoice_clone import (
    ClonedVoice,
    OpenVoiceConverter,
)
from telehealth.models import Consent, ConsentScope, Participant, VoiceProfile


def cloning_state(participant: Participant, *, available: bool) -> str:
    """What listeners hear for this speaker, as a code for the live page's indicator:
    ``on`` (their cloned voice), ``no_reference`` (consented, nothing recorded yet),
    ``unavailable`` (consented, no cloning engine here) or ``off`` (a stock voice)."""
    if not Consent.objects.is_active(participant, ConsentScope.VOICE_CLONING):
        return "off"
    if not available:
        return "unavailable"
    if not VoiceProfile.objects.filter(participant=participant).exists():
        return "no_reference"
    return "on"


class VoiceCloning:
    def __init__(self, converter: OpenVoiceConverter | None, *, allow_test_model: bool) -> None:
        self.converter = converter
        self.allow_test_model = allow_test_model
        self._embeddings: dict[tuple[int, int], Any] = {}  # (participant, profile) -> tensor

    def voice_for(self, participant: Participant,
                  stock: SpeechSynthesizer) -> tuple[SpeechSynthesizer | None, str]:
        """The cloned voice, or None (use the stock voice) and the reason, as a short code."""
        if not Consent.objects.is_active(participant, ConsentScope.VOICE_CLONING):
            self.forget(participant.pk)
            return None, "no_consent"
        if self.converter is None:
            return None, "no_engine"
        if not self.converter.real and not self.allow_test_model:
            return None, "test_model_only"
        profile = VoiceProfile.objects.filter(participant=participant).first()
        if profile is None:
            self.forget(participant.pk)
            return None, "no_profile"
        key = (participant.pk, profile.pk)
        if key not in self._embeddings:
            self.forget(participant.pk)
            samples, rate = _wav_samples(profile.audio)
            self._embeddings[key] = self.converter.embed(samples, rate)
        return ClonedVoice(stock, self.converter, self._embeddings[key], participant.pk), "cloned"

    def forget(self, participant_id: int) -> None:
        for key in [k for k in self._embeddings if k[0] == participant_id]:
            del self._embeddings[key]


def _wav_samples(data: bytes) -> tuple[np.ndarray, int]:
    with wave.open(io.BytesIO(bytes(data))) as reader:
        if reader.getsampwidth() != 2:
            raise ValueError("voice references are 16-bit PCM WAV")
        frames = reader.readframes(reader.getnframes())
        channels, rate = reader.getnchannels(), reader.getframerate()
    samples = np.frombuffer(frames, dtype="<i2").astype(np.float32) / 32768.0
    return samples.reshape(-1, channels).mean(axis=1), rate
