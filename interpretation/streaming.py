"""Endpointing for a live stream: utterances are cut as audio arrives.

The same voice-activity detection and limits as ``endpointing`` (a pause of
``UTTERANCE_GAP_S`` ends an utterance, none is longer than ``MAX_UTTERANCE_S``),
run over the audio buffered since the last cut every ``CHECK_EVERY_S``.
"""

from __future__ import annotations

import numpy as np

from interpretation.endpointing import MAX_UTTERANCE_S, SPEECH_PAD_S, speech_spans
from interpretation.frames import SAMPLE_RATE_HZ, Utterance

CHECK_EVERY_S = 0.1
# Live speech ends an utterance at a shorter pause than a recording: every 100 ms of
# waiting is 100 ms of latency. bench/live.py measures the trade.
LIVE_UTTERANCE_GAP_S = 0.5
_GAP = int(LIVE_UTTERANCE_GAP_S * SAMPLE_RATE_HZ)
_MAX = int(MAX_UTTERANCE_S * SAMPLE_RATE_HZ)
_PRE_ROLL = int(2 * SPEECH_PAD_S * SAMPLE_RATE_HZ)


class StreamingEndpointer:
    def __init__(self, language: str) -> None:
        self.language = language
        self._buffer = np.zeros(0, dtype=np.float32)
        self._buffer_start = 0  # stream position of _buffer[0], in samples
        self._unchecked = 0
        self._count = 0
        self.speaking = False  # is an utterance under way, not yet cut?

    def feed(self, samples: np.ndarray) -> list[Utterance]:
        self._buffer = np.concatenate([self._buffer, samples.astype(np.float32)])
        self._unchecked += len(samples)
        if self._unchecked < CHECK_EVERY_S * SAMPLE_RATE_HZ:
            return []
        self._unchecked = 0
        return self._cut(final=False)

    def flush(self) -> list[Utterance]:
        """The speaker stopped: whatever speech is buffered is an utterance now."""
        return self._cut(final=True)

    def _cut(self, *, final: bool) -> list[Utterance]:
        spans = speech_spans(self._buffer)
        if not spans:  # silence: keep a little pre-roll, drop the rest
            self._drop(max(0, len(self._buffer) - _PRE_ROLL))
            self.speaking = False
            return []
        done = spans if final or len(self._buffer) - spans[-1][1] >= _GAP else spans[:-1]
        if not done and len(self._buffer) - spans[0][0] >= _MAX:  # talking too long: cut here
            done = [(spans[0][0], spans[0][0] + _MAX)]
        utterances = [self._utterance(start, end) for start, end in done]
        self.speaking = not final and len(done) < len(spans)
        if done:
            self._drop(done[-1][1])
        return utterances

    def _utterance(self, start: int, end: int) -> Utterance:
        utterance = Utterance(
            index=self._count, language=self.language,
            start_s=(self._buffer_start + start) / SAMPLE_RATE_HZ,
            end_s=(self._buffer_start + end) / SAMPLE_RATE_HZ,
            audio=self._buffer[start:end].copy())
        self._count += 1
        return utterance

    def _drop(self, samples: int) -> None:
        self._buffer = self._buffer[samples:]
        self._buffer_start += samples
