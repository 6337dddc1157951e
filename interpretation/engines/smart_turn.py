"""Has the speaker finished their sentence? Smart-turn v3.2, an audio-only end-of-turn model.

Silence alone cannot tell a finished sentence from a pause in the middle of one ("my
pain is ... in the chest"): waiting long enough to be sure costs every sentence that
wait. Smart-turn (Daily's pipecat project, BSD-2-Clause; a Whisper-tiny-sized encoder
with a classifier, 23 languages) hears the last 8 s of the turn and says how likely it
is to be over, from intonation and words together, in ~10-60 ms on a CPU.

The feature extraction is ported from pipecat 1.14.0's numpy-only
``pipecat/audio/turn/smart_turn/_whisper_features.py`` (Copyright (c) 2024-2026, Daily,
BSD-2-Clause; itself derived from Hugging Face Transformers' WhisperFeatureExtractor,
Apache-2.0): Whisper-style 80-bin log-mel of the waveform normalised to zero mean and
unit variance. No torch, no pipecat. Nothing here imports Django.
"""

from __future__ import annotations

import time
from collections import deque
from pathlib import Path

import numpy as np

from interpretation.engines.base import EngineError
from interpretation.frames import SAMPLE_RATE_HZ

MODEL_FILE = "smart-turn-v3.2-cpu.onnx"
WINDOW_S = 8  # the model hears the last 8 s, zero-padded in front when shorter
_WINDOW = WINDOW_S * SAMPLE_RATE_HZ
_N_FFT = 400  # 25 ms at 16 kHz
_HOP = 160  # 10 ms
_N_MELS = 80
_MEL_FLOOR = 1e-10
_VARIANCE_EPS = 1e-7
_LOG_RANGE = 8.0  # decades kept below the loudest bin, as Whisper does
LATENCY_WINDOW = 9  # calls in ``recent_latency_s``


def _hz_to_mel(freq: np.ndarray) -> np.ndarray:
    """Slaney's mel scale: linear under 1 kHz, logarithmic above."""
    mels = 3.0 * freq / 200.0
    above = freq >= 1000.0
    mels[above] = 15.0 + np.log(freq[above] / 1000.0) * (27.0 / np.log(6.4))
    return mels


def _mel_to_hz(mels: np.ndarray) -> np.ndarray:
    freq = 200.0 * mels / 3.0
    above = mels >= 15.0
    freq[above] = 1000.0 * np.exp((np.log(6.4) / 27.0) * (mels[above] - 15.0))
    return freq


def _mel_filters() -> np.ndarray:
    """Slaney-normalised triangular filters, shape (frequency bins, mels)."""
    low, high = _hz_to_mel(np.array([0.0, SAMPLE_RATE_HZ / 2]))
    edges = _mel_to_hz(np.linspace(low, high, _N_MELS + 2))
    bins = np.linspace(0, SAMPLE_RATE_HZ // 2, _N_FFT // 2 + 1)
    slopes = edges[None, :] - bins[:, None]
    widths = np.diff(edges)
    down = -slopes[:, :-2] / widths[:-1]
    up = slopes[:, 2:] / widths[1:]
    filters = np.maximum(0.0, np.minimum(down, up))
    return filters * (2.0 / (edges[2:] - edges[:-2]))[None, :]


_FILTERS = _mel_filters()
_HANN = np.hanning(_N_FFT + 1)[:-1]  # periodic, as torch.hann_window


def log_mel(audio: np.ndarray) -> np.ndarray:
    """(80, 800) features of exactly ``WINDOW_S`` of audio (padded or cut at the end).

    A turn shorter than the window comes zero-padded in front, and after normalisation
    every frame wholly inside that padding is the same constant frame: its spectrum is
    computed once and repeated (most of the window for a short sentence), not per frame."""
    x = np.asarray(audio, dtype=np.float32)[:_WINDOW]
    x = np.pad(x, (0, _WINDOW - len(x)))
    zeros = int(np.argmax(x != 0)) if x.any() else _WINDOW  # leading exact zeros
    x = (x - x.mean()) / np.sqrt(x.var() + _VARIANCE_EPS)
    padded = np.pad(x.astype(np.float64), (_N_FFT // 2, _N_FFT // 2), mode="reflect")
    frames = np.lib.stride_tricks.sliding_window_view(padded, _N_FFT)[::_HOP]
    # Frame k covers x[k*HOP - N_FFT/2 : k*HOP + N_FFT/2] (reflected at the start).
    same = 0 if zeros <= _N_FFT // 2 else min(len(frames), (zeros - _N_FFT // 2) // _HOP + 1)
    mel = _FILTERS.T @ (np.abs(np.fft.rfft(frames[same:] * _HANN, axis=-1)) ** 2).T
    if same:
        constant = _FILTERS.T @ np.abs(np.fft.rfft(frames[0] * _HANN)) ** 2
        mel = np.concatenate([np.repeat(constant[:, None], same, axis=1), mel], axis=1)
    spec = np.log10(np.maximum(_MEL_FLOOR, mel))[:, :-1]
    spec = np.maximum(spec, spec.max() - _LOG_RANGE)
    return ((spec + 4.0) / 4.0).astype(np.float32)


class SmartTurn:
    """One loaded smart-turn model. ONNX Runtime sessions may be run from several threads
    at once, so one instance serves every stream of a process."""

    def __init__(self, model_path: Path, *, threads: int = 1) -> None:
        import onnxruntime

        if not model_path.is_file():
            raise EngineError(f"no smart-turn model at {model_path}: "
                              "run `manage.py models install`")
        options = onnxruntime.SessionOptions()
        options.inter_op_num_threads = 1
        options.intra_op_num_threads = threads
        options.log_severity_level = 3
        self._session = onnxruntime.InferenceSession(
            str(model_path), sess_options=options, providers=["CPUExecutionProvider"])
        self.last_latency_s = 0.0  # of the latest call, features and model together
        self._latencies_s: deque[float] = deque(maxlen=LATENCY_WINDOW)

    @property
    def recent_latency_s(self) -> float:
        """Median seconds of the recent calls (0 before the first): on a busy CPU the
        model can take longer than the silence it would save."""
        return float(np.median(self._latencies_s)) if self._latencies_s else 0.0

    def probability_finished(self, audio_16k: np.ndarray) -> float:
        """How likely the turn heard so far (16 kHz mono float32, ideally from a little
        before its first word) is over: above 0.5 means finished."""
        started = time.perf_counter()
        recent = audio_16k[-_WINDOW:]
        window = np.pad(recent, (_WINDOW - len(recent), 0))  # silence in front, not after
        features = log_mel(window)[None]
        output = self._session.run(None, {"input_features": features})[0]
        self.last_latency_s = time.perf_counter() - started
        self._latencies_s.append(self.last_latency_s)
        return float(np.asarray(output).reshape(-1)[0])
