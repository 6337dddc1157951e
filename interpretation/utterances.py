"""An utterance as the live connection hands it on (``job``, ``draft_job``,
``interim_job``) and as it is
recorded when it cannot be interpreted (``gap``).

Light on purpose: the web process imports this, never the cascade, so a server whose
workers do the inference loads no engine library (``tests/test_layering.py``).
"""

from __future__ import annotations

import time
import uuid

from interpretation import messages as m
from interpretation.audio import float_to_pcm16
from interpretation.frames import Utterance
from interpretation.models import Segment, SegmentKind


def job(visit_id: int, speaker_id: int, utterance: Utterance,
        utterance_id: str | None = None) -> m.InterpretJob:
    """The message a worker receives: audio as 16-bit PCM, no text. ``utterance_id``: the
    one its interim captions carried, if it had any."""
    return m.InterpretJob(type="utterance.interpret", visit_id=visit_id, speaker_id=speaker_id,
                          utterance_id=utterance_id or str(uuid.uuid4()),
                          language=utterance.language,
                          start_s=utterance.start_s, end_s=utterance.end_s,
                          pcm=float_to_pcm16(utterance.audio))


def draft_job(visit_id: int, speaker_id: int, utterance: Utterance) -> m.DraftJob:
    """A draft (``StreamingEndpointer.take_draft``) for the workers: audio, no text."""
    return m.DraftJob(type="utterance.draft", visit_id=visit_id, speaker_id=speaker_id,
                      utterance_id=str(uuid.uuid4()), language=utterance.language,
                      start_s=utterance.start_s, end_s=utterance.end_s,
                      pcm=float_to_pcm16(utterance.audio), sent_at=time.time())


def interim_job(visit_id: int, speaker_id: int, utterance: Utterance,
                utterance_id: str) -> m.InterimJob:
    """The utterance under way so far (``StreamingEndpointer.take_interim``), for an
    interim caption: audio, no text, under the id its final segment will carry."""
    return m.InterimJob(type="utterance.interim", visit_id=visit_id, speaker_id=speaker_id,
                        utterance_id=utterance_id, language=utterance.language,
                        start_s=utterance.start_s, end_s=utterance.end_s,
                        pcm=float_to_pcm16(utterance.audio), sent_at=time.time())


def gap(message: m.UtteranceRef, reason: m.GapReason, error: str = "") -> m.GapEvent | None:
    """Store and audit a gap. ``error`` (``stage:Type:retryable``, no words) says which
    stage failed and whether trying again could help: kept with the gap and its audit
    entry."""
    segment, created = Segment.objects.append(
        visit_id=message["visit_id"], utterance_id=uuid.UUID(message["utterance_id"]),
        kind=SegmentKind.GAP, speaker_id=message["speaker_id"], gap_reason=reason,
        gap_error=error, source_language=message["language"], start_s=message["start_s"],
        end_s=message["end_s"])
    if segment is None or not created:
        return None  # already answered and fanned out, or the visit is over
    return m.GapEvent(type="visit.gap", seq=segment.seq, speaker_id=segment.speaker_id,
                      reason=segment.gap_reason, utterance_id=message["utterance_id"])
