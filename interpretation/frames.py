"""The typed, immutable frames that flow through the cascade, in the order audio flows.

Words never appear in a frame's repr: fields that hold spoken text or audio are
``repr=False``, so a frame in a log line or a traceback shows ids, sizes and
times only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from redaction.entity import Entity  # redaction's finding, carried by ``Redacted``

SAMPLE_RATE_HZ = 16_000


@dataclass(frozen=True)
class Utterance:
    """One endpointed stretch of speech, 16 kHz mono float32 in [-1, 1]."""

    index: int
    start_s: float
    end_s: float
    language: str
    audio: np.ndarray = field(repr=False)

    @property
    def duration_s(self) -> float:
        return len(self.audio) / SAMPLE_RATE_HZ


@dataclass(frozen=True)
class Transcript:
    """What ASR heard. ``text`` is raw speech: it may hold identifiers, memory only."""

    utterance: Utterance
    text: str = field(repr=False)
    no_speech_prob: float = 0.0


@dataclass(frozen=True)
class Redacted:
    """The transcript with identifiers replaced by placeholders.

    ``text`` is safe to store and log; ``restore`` maps each placeholder back to
    the identifier and must stay in memory, for the live output only.
    """

    transcript: Transcript
    text: str = field(repr=False)
    entities: tuple[Entity, ...] = ()
    restore: dict[str, str] = field(default_factory=dict, repr=False)
    failed_closed: bool = False  # analysis failed: the whole utterance is one placeholder

    def entity_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for entity in self.entities:
            counts[entity.type] = counts.get(entity.type, 0) + 1
        return counts


@dataclass(frozen=True)
class Translation:
    """The redacted text translated; placeholders still in place."""

    redacted: Redacted
    target_language: str
    text: str = field(repr=False)
    engine: str = ""
    flags: tuple[str, ...] = ()  # e.g. numbers_changed: "check this with the interpreter"

    def live_text(self) -> str:
        """The translation with identifiers put back, for the listener only."""
        return restored(self.text, self.redacted.restore)


def restored(text: str, restore: dict[str, str]) -> str:
    """``text`` with each placeholder replaced by the identifier it stands for."""
    for placeholder, original in restore.items():
        text = text.replace(placeholder, original)
    return text


@dataclass(frozen=True)
class Speech:
    """Translated speech, 16 kHz mono float32, marked as synthetic."""

    translation: Translation
    audio: np.ndarray = field(repr=False)
    sample_rate_hz: int
    voice: str  # "stock:<name>" or "clone:<participant id>"
