"""What redaction finds: one identifier's type and where it lies in the text.

Defined here, beside the recognizers that make it; ``interpretation.frames`` re-exports
it for the frames that carry findings through the cascade.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entity:
    """One identifier found by redaction: its type and offsets into the transcript."""

    type: str
    start: int
    end: int


def replacing(entities: list[Entity], inside: list[Entity], whole: Entity) -> list[Entity]:
    """``entities`` with those of ``inside`` taken into ``whole``, in reading order (the
    post-processing steps that widen a finding over others)."""
    return sorted([*(e for e in entities if e not in inside), whole], key=lambda e: e.start)
