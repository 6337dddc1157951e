"""The benchmark's conversation: ``fixtures/speech/conversation.tsv`` as two streams.

A visit is heard as one timeline: each line of the script is one sentence of one
participant, its clip trimmed to its acoustic span (plus ``EDGE_S`` of its own audio
either side) and placed so that the quiet between one sentence's acoustic end and the
next one's start is the line's pause. Each participant's stream carries their own
sentences and the room's faint noise while the other one talks, so both can be
streamed at once, as two microphones would be.

The acoustic end of a sentence is what a person hears as its end: the end of its last
``ACOUSTIC_FRAME_S`` frame louder than ``LOUD_DBFS`` (RMS). Latency is counted from
there, not from the server's cut. Lines from ``../shared/speech`` (real recordings) are
left out, and counted, where that folder is missing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from interpretation.audio import load_audio
from interpretation.frames import SAMPLE_RATE_HZ

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "fixtures" / "speech" / "conversation.tsv"
SHARED = ROOT.parent / "shared" / "speech"
ACOUSTIC_FRAME_S = 0.01
LOUD_DBFS = -40.0
EDGE_S = 0.1  # of a clip's own audio kept either side of its acoustic span
LEAD_S = 1.0  # quiet before the first sentence
TAIL_S = 2.0  # quiet after the last one: time to hear that it is over
ROOM_DBFS = -70.0  # the room between sentences: faint white noise, not digital zeros
QUIET_PEAK_DBFS = -20.0  # a clip peaking under this is levelled (``levelled``)
LEVELLED_PEAK_DBFS = -6.0
_FRAME = int(ACOUSTIC_FRAME_S * SAMPLE_RATE_HZ)
_EDGE = int(EDGE_S * SAMPLE_RATE_HZ)


@dataclass(frozen=True)
class Line:
    role: str
    language: str
    source: str
    pause_after_s: float
    text: str
    audio: np.ndarray = field(repr=False)


@dataclass(frozen=True)
class Sentence:
    """One line placed in its speaker's stream: acoustic span in stream seconds."""

    language: str
    text: str = field(repr=False)
    start_s: float
    end_s: float
    clip_end_s: float  # where the clip as streamed ends (``EDGE_S`` later, or less)
    turn_end: bool  # the speaker's last sentence before the other one talks, or the end


@dataclass
class Stream:
    """One participant's microphone for the whole visit."""

    role: str
    language: str
    audio: np.ndarray = field(repr=False)
    sentences: list[Sentence] = field(default_factory=list)


def acoustic_span(audio: np.ndarray) -> tuple[int, int]:
    """Samples from the first loud frame's start to the last loud frame's end."""
    frames = audio[:len(audio) // _FRAME * _FRAME].reshape(-1, _FRAME).astype(np.float64)
    level = 20 * np.log10(np.sqrt(np.mean(frames ** 2, axis=1)) + 1e-12)
    loud = np.nonzero(level > LOUD_DBFS)[0]
    if len(loud) == 0:
        raise ValueError("a clip with no frame above LOUD_DBFS")
    return int(loud[0]) * _FRAME, (int(loud[-1]) + 1) * _FRAME


def load_script(path: Path = SCRIPT, shared: Path = SHARED) -> tuple[list[Line], int]:
    """The script's lines whose clips are here, and how many were left out."""
    lines, missing = [], 0
    for row in path.read_text(encoding="utf-8").splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        role, language, source, pause, text = row.split("\t")
        clip = shared / source.removeprefix("shared:") if source.startswith("shared:") \
            else path.parent / source
        if not clip.is_file():
            missing += 1
            continue
        lines.append(Line(role, language, source, float(pause), text,
                          levelled(load_audio(clip))))
    return lines, missing


def levelled(audio: np.ndarray) -> np.ndarray:
    """A clip recorded very quietly (peak under ``QUIET_PEAK_DBFS``: six of the English
    FLEURS clips peak at -40 to -49 dBFS) raised to a ``LEVELLED_PEAK_DBFS`` peak, as a
    browser's automatic gain control (on by default in getUserMedia) would raise a quiet
    microphone; any other clip as it is."""
    peak = float(np.abs(audio).max()) if len(audio) else 0.0
    if peak == 0.0 or 20 * np.log10(peak) >= QUIET_PEAK_DBFS:
        return audio
    return (audio * (10 ** (LEVELLED_PEAK_DBFS / 20) / peak)).astype(np.float32)


def compose(lines: list[Line], seed: int = 0) -> dict[str, Stream]:
    """One stream per role, all of the same length, sentences where the script says."""
    placed: list[tuple[Line, int, np.ndarray]] = []  # line, where its piece starts, piece
    at = int(LEAD_S * SAMPLE_RATE_HZ)  # where the next acoustic start goes
    for line in lines:
        first, last = acoustic_span(line.audio)
        piece = line.audio[max(0, first - _EDGE):last + _EDGE]
        lead = first - max(0, first - _EDGE)
        placed.append((line, at - lead, piece))
        at += (last - first) + int(line.pause_after_s * SAMPLE_RATE_HZ)
    total = max(start + len(piece) for _, start, piece in placed) \
        + int(TAIL_S * SAMPLE_RATE_HZ)
    rng = np.random.default_rng(seed)
    streams: dict[str, Stream] = {}
    for n, (line, start, piece) in enumerate(placed):
        if line.role not in streams:
            room = rng.standard_normal(total).astype(np.float32) * 10 ** (ROOM_DBFS / 20)
            streams[line.role] = Stream(line.role, line.language, room)
        stream = streams[line.role]
        stream.audio[start:start + len(piece)] = piece
        first, last = acoustic_span(piece)
        turn_end = n + 1 == len(placed) or placed[n + 1][0].role != line.role
        stream.sentences.append(Sentence(line.language, line.text,
                                         (start + first) / SAMPLE_RATE_HZ,
                                         (start + last) / SAMPLE_RATE_HZ,
                                         (start + len(piece)) / SAMPLE_RATE_HZ, turn_end))
    return streams


@dataclass(frozen=True)
class Span:
    """What the server cut: an utterance's place in its speaker's stream."""

    key: int  # seq, or any id
    start_s: float
    end_s: float


@dataclass
class Matched:
    """Sentences against the server's utterances: for each sentence, the key of the
    utterance that holds its last words (None: lost); split and merged counts."""

    last_of: list[int | None] = field(default_factory=list)
    split: int = 0
    merged: int = 0
    lost: int = 0


def match(sentences: list[Sentence], spans: list[Span]) -> Matched:
    """A sentence is split when two or more utterances hold some of it, merged when one
    utterance holds some of it and of another sentence."""

    def overlaps(span: Span, sentence: Sentence) -> bool:
        return span.start_s < sentence.end_s and span.end_s > sentence.start_s

    result = Matched()
    merged = {span.key for span in spans if sum(overlaps(span, s) for s in sentences) > 1}
    for sentence in sentences:
        mine = sorted((s for s in spans if overlaps(s, sentence)), key=lambda s: s.end_s)
        result.last_of.append(mine[-1].key if mine else None)
        result.lost += not mine
        result.split += len(mine) > 1
        result.merged += any(s.key in merged for s in mine)
    return result
