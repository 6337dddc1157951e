"""A name is one identifier with its particles: "Fatima Zahra el Amrani", "Abdullah bin
Rashid", "Willem van der Berg", "João dos Santos".

Why: the recognizers often find the words on either side of a particle and not the
particle ("el", "bin", "van der"), which reads as a function word. Two findings then
leave the particle between them in the stored text, and the name is not covered as one
(a scorer, or a reader, sees "[PERSON] el [PERSON]"). Two people found side by side
with only particles between them are one person: no sentence puts two people next to
each other joined by "el" or "van". Joined by "y" or "and" they stay two.
"""

from __future__ import annotations

import re

from redaction.entity import Entity

_PARTICLES = (r"el|al|ben|bin|ibn|abu|abou|bou|ould|de|del|della|di|da|das|do|dos|du|"
              r"la|las|los|le|van|von|der|den|ter|ten|mac|mc|ap|st|san|santa")
_BETWEEN = re.compile(rf"(?:[\s-]+(?:{_PARTICLES})\.?)+[\s-]+", re.I)


def joined_names(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` (sorted, not overlapping) with each run of people that only particles
    separate made one person."""
    return joined_across(text, entities, _BETWEEN, "PERSON")


def joined_across(text: str, entities: list[Entity], gap: re.Pattern[str],
                  only: str | None = None) -> list[Entity]:
    """``entities`` (sorted, not overlapping) with two of one type (``only`` that one) that
    nothing but ``gap`` parts joined into one."""
    joined: list[Entity] = []
    for entity in entities:
        last = joined[-1] if joined else None
        if last is not None and last.type == entity.type and only in (None, entity.type) \
                and gap.fullmatch(text, last.end, entity.start):
            joined[-1] = Entity(last.type, last.start, entity.end)
        else:
            joined.append(entity)
    return joined
