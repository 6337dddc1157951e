"""Kokoro-82M, the neural voice that speaks Spanish a listener can follow.

No Spanish voice package ships on the registries, but Kokoro-82M does (int8 ONNX,
Apache-2.0), with only Japanese speaker styles. The model reads IPA phonemes, not
text, so it speaks whatever language espeak-ng phonemises: given
``espeak-ng --ipa -v es-419`` and the ``jf_gongitsune`` style, Whisper base's word
error rate on 58 clinical sentences is 0.04, against 0.44 for espeak-ng's own Spanish
voice (``bench/tts.py``).

The graph takes at most ``MAX_TOKENS`` phonemes, so longer text is cut into
pieces at clause marks (then at word gaps) and the pieces' audio is joined. Each
speaker style is a table of 510 rows; the row for a piece is picked by the piece's
phoneme count, as Kokoro itself does.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import numpy as np

from interpretation.engines.base import EngineError
from interpretation.engines.espeak import VOICES, phonemize

SAMPLE_RATE_HZ = 24_000
MAX_TOKENS = 510  # the graph's 512 positions less the two boundary tokens
STYLES = ("jf_alpha", "jf_gongitsune", "jf_nezumi", "jf_tebukuro", "jm_kumo")
MODEL_FILE = "kokoro-v1.0.int8.onnx"
VOCAB_FILE = "vocab.json"
STYLES_FILE = "voices_ja.npz"
SPEED = 1.0
SILENCE_LEVEL = 0.01  # about -40 dBFS: below this the model's output is its padding
KEEP_LEAD_S = 0.05  # the model pads ~0.4 s of silence before the words: the listener
KEEP_TAIL_S = 0.15  # would wait for it, and ~0.35 s after them: pieces would gap
# The longest quiet kept between words inside a piece. With the Japanese styles the model
# stops for 0.3-0.8 s between some Spanish words ("También ... me falta el aire": 0.64 s
# with jf_gongitsune, in 3 of 3 sentences tried; jf_alpha rarely), which a listener hears
# as halting speech and waits through. A phrase break is ~0.2 s, as the clause pieces are
# joined (KEEP_TAIL_S + KEEP_LEAD_S); stop closures (~0.1 s) are shorter and kept.
MAX_PAUSE_S = 0.2
_FRAME_S = 0.01  # quiet is judged per 10 ms frame
_CLAUSE_END = re.compile(r"(?<=[.,;:!?])\s+")


def split_tokens(phonemes: str, limit: int = MAX_TOKENS) -> list[str]:
    """Pieces of at most ``limit`` characters, cut after clause marks where possible,
    else at a space, else anywhere (one phoneme character is one token)."""
    return _pack([part for clause in _CLAUSE_END.split(phonemes)
                  for part in _fit(clause, limit)], limit)


def _fit(clause: str, limit: int) -> list[str]:
    """One clause as parts no longer than ``limit``: whole words where they fit."""
    if len(clause) <= limit:
        return [clause]
    words: list[str] = []
    for word in clause.split(" "):
        while len(word) > limit:  # no gap to cut at: cut the run itself
            words.append(word[:limit])
            word = word[limit:]
        words.append(word)
    return _pack(words, limit)


def _pack(items: list[str], limit: int) -> list[str]:
    """Items joined by spaces into as few pieces of at most ``limit`` as their order
    allows (no item is longer than ``limit``)."""
    pieces: list[str] = []
    current = ""
    for item in items:
        joined = f"{current} {item}" if current else item
        if len(joined) <= limit:
            current = joined
        else:
            pieces.append(current)
            current = item
    if current:
        pieces.append(current)
    return pieces


class KokoroVoice:
    """One loaded Kokoro model speaking with one of the shipped styles."""

    def __init__(self, folder: Path, style: str = "jf_gongitsune", *,
                 threads: int = 1) -> None:
        if style not in STYLES:
            raise EngineError(f"unknown Kokoro style {style!r}; shipped: {', '.join(STYLES)}")
        if not (folder / MODEL_FILE).is_file():
            raise EngineError(f"no Kokoro model in {folder}: run `manage.py models install`")
        # Before the import: onnxruntime otherwise queues telemetry from long-lived processes.
        os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
        import onnxruntime

        self.name = f"kokoro-{style}"
        self.style = style
        self.sample_rate_hz = SAMPLE_RATE_HZ
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        # Idle pool threads would otherwise spin, taking the CPU that ASR needs between calls.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        try:
            self._vocab: dict[str, int] = json.loads(
                (folder / VOCAB_FILE).read_text(encoding="utf-8"))["vocab"]
            with np.load(folder / STYLES_FILE) as tables:
                self._style = np.asarray(tables[style], dtype=np.float32).reshape(-1, 256)
            self._session = onnxruntime.InferenceSession(str(folder / MODEL_FILE), options,
                                                         providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime's load errors derive from Exception only
            raise EngineError(f"the Kokoro model in {folder} could not be loaded "
                              f"({type(exc).__name__}): run `manage.py models verify`") from exc

    def phonemes(self, text: str, language: str) -> str:
        """espeak-ng's IPA with each clause's mark, whitespace collapsed, and every
        character the model never learned dropped. Spanish is phonemised as Latin
        American Spanish (es-419, as the espeak-ng voice speaks it): on the benchmark's
        development sentences Whisper understood it at least as well as Castilian."""
        ipa = phonemize(text, VOICES.get(language, language))
        return " ".join("".join(c for c in ipa if c in self._vocab).split())

    def pieces(self, text: str, language: str) -> list[list[int]]:
        """Token ids of each piece the model will speak, in order."""
        return [[self._vocab[c] for c in piece]
                for piece in split_tokens(self.phonemes(text, language))]

    def synthesize(self, text: str, language: str) -> tuple[np.ndarray, int]:
        """Empty text (or text with nothing to pronounce) gives empty audio, as the
        other voices do: silence is not an error."""
        audio = [self._speak(ids) for ids in self.pieces(text, language)]
        if not audio:
            return np.zeros(0, dtype=np.float32), SAMPLE_RATE_HZ
        return np.concatenate(audio), SAMPLE_RATE_HZ

    def _speak(self, ids: list[int]) -> np.ndarray:
        row = self._style[min(len(ids), len(self._style)) - 1]
        try:
            audio = self._session.run(None, {
                "tokens": np.array([[0, *ids, 0]], dtype=np.int64),
                "style": row.reshape(1, 256),
                "speed": np.array([SPEED], dtype=np.float32),
            })[0]
        except Exception as exc:  # onnxruntime raises its own untyped errors
            raise EngineError(f"Kokoro inference failed on {len(ids)} tokens "
                              f"({type(exc).__name__})") from exc
        return trimmed(shortened_pauses(np.asarray(audio, dtype=np.float32).reshape(-1)))


def shortened_pauses(audio: np.ndarray) -> np.ndarray:
    """The model's output with every quiet run between words longer than ``MAX_PAUSE_S``
    cut to that length, from its middle (where it is quietest: the cut is inaudible).
    The lead and tail are left to ``trimmed``."""
    frame = int(_FRAME_S * SAMPLE_RATE_HZ)
    frames = len(audio) // frame
    if not frames:
        return audio
    quiet = np.abs(audio[:frames * frame]).reshape(frames, frame).max(axis=1) <= SILENCE_LEVEL
    edges = np.flatnonzero(np.diff(np.concatenate([[0], quiet.astype(np.int8), [0]])))
    kept = round(MAX_PAUSE_S / _FRAME_S)
    parts, start = [], 0
    for first, end in edges.reshape(-1, 2):  # quiet frames [first, end)
        if first == 0 or end == frames or end - first <= kept:
            continue
        parts.append(audio[start:(first + kept // 2) * frame])
        start = (end - (kept - kept // 2)) * frame
    parts.append(audio[start:])
    return np.concatenate(parts)


def trimmed(audio: np.ndarray) -> np.ndarray:
    """The model's output without most of the silence it pads the words with: the first
    words are heard sooner, and clause pieces join without a gap."""
    voiced = np.flatnonzero(np.abs(audio) > SILENCE_LEVEL)
    if not len(voiced):
        return audio
    start = max(0, int(voiced[0]) - int(KEEP_LEAD_S * SAMPLE_RATE_HZ))
    end = int(voiced[-1]) + 1 + int(KEEP_TAIL_S * SAMPLE_RATE_HZ)
    return audio[start:end]
