"""Endpointing: where utterances begin and end, by voice activity (Silero VAD).

Silence never reaches ASR, a pause longer than ``UTTERANCE_GAP_S`` ends an
utterance, and no utterance is longer than ``MAX_UTTERANCE_S`` (it is split at
the quietest pause, or cut when there is none), which also keeps every
utterance inside one Whisper window.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from interpretation.frames import SAMPLE_RATE_HZ, Utterance

MAX_UTTERANCE_S = 15.0
UTTERANCE_GAP_S = 0.7
SPEECH_PAD_S = 0.2
MIN_SPEECH_S = 0.25
VAD_THRESHOLD = 0.5


def speech_spans(audio: np.ndarray) -> list[tuple[int, int]]:
    """Sample ranges of speech, padded, pauses under the gap merged, long ones split."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    if len(audio) == 0:
        return []
    options = VadOptions(
        threshold=VAD_THRESHOLD,
        min_speech_duration_ms=int(MIN_SPEECH_S * 1000),
        max_speech_duration_s=MAX_UTTERANCE_S,
        min_silence_duration_ms=int(UTTERANCE_GAP_S * 1000),
        speech_pad_ms=int(SPEECH_PAD_S * 1000),
    )
    spans = [(s["start"], s["end"]) for s in get_speech_timestamps(audio, options)]
    max_samples = int(MAX_UTTERANCE_S * SAMPLE_RATE_HZ)
    return [piece for span in spans for piece in _cut(span, max_samples)]


def _cut(span: tuple[int, int], max_samples: int) -> Iterator[tuple[int, int]]:
    start, end = span
    while end - start > max_samples:
        yield start, start + max_samples
        start += max_samples
    yield start, end


def utterances(audio: np.ndarray, language: str) -> list[Utterance]:
    return [
        Utterance(index=i, start_s=start / SAMPLE_RATE_HZ, end_s=end / SAMPLE_RATE_HZ,
                  language=language, audio=audio[start:end])
        for i, (start, end) in enumerate(speech_spans(audio))
    ]
