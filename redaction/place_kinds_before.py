"""The word before a found name that says what kind of place it names, where the name
alone does not: "la despensa [San Martín de Porres]", "el templo [San Judas]", "in little
[saigon]".

Why: Spanish says the saint of a day, a feast or a person with "de" ("el día de San
Juan"), so a place's noun said with its article straight before a saint's name is that
place's own kind, and the finding of the saint alone leaves it out. A neighbourhood named
for where its people came from ("Little Saigon", "Little Haiti") is said after a
preposition of place with no article ("in a little town" has one). Split from
``span_edges``, which moves the finding's start here.
"""

from __future__ import annotations

import re

_SAINT = re.compile(r"(?:san|santa|santo)\s", re.I)
# A neighbourhood named for where its people came from, after a preposition of place:
# "in little saigon", "from little haiti" ("in a little town" has its article).
_LITTLE_BEFORE = re.compile(r"\b(?:in|from|to|near|around|of|into)\s+(little)\s+$", re.I)
# A place's noun (and an adjective) after its article, right before a saint's name; only
# nouns of places, since "la medalla san benito", "el pasado san valentín" and "la primera
# comunión san josé" name none (review RV35).
_KIND_BEFORE_SAINT = re.compile(r"\b(?:el|la|los|las|del|al)\s+(?P<kind>despensa|liga|templo|"
                                r"capilla|tienda|comedor|abarrotes|albergue|refugio|asilo|"
                                r"guarder[ií]a|panader[ií]a|bodega|club|equipo|mercado|"
                                r"plaza|fraccionamiento|residencial|rancho|finca|hacienda|"
                                r"ejido|cooperativa|cl[ií]nica|farmacia|preparatoria|"
                                r"secundaria|primaria|academia|funeraria)"
                                r"(?:\s+[^\W\d_]{4,})?\s+$", re.I)


# The same in Spanish ("en la pequeña habana"), and the side of a city said before it with
# "de" ("en el este de los ángeles", "al norte de guayaquil"): the finding of the city
# alone leaves out which part of it someone lives in.
_PART_BEFORE_ES = re.compile(r"\b(?:el|la|al|del)\s+(?P<part>peque[ñn][ao]|(?:norte|sur|este|"
                             r"oeste|noreste|noroeste|sureste|suroeste)\s+de)\s+$", re.I)


def place_kind_before(text: str, floor: int, start: int, end: int,
                      language: str, kind: str = "LOCATION") -> int | None:
    """Where the finding at ``start:end`` starts with the kind of place before it, or None
    (then a title before a saint's name, "el doctor San Martín", still says who)."""
    if language == "es" and _SAINT.match(text, start, end):
        said = _KIND_BEFORE_SAINT.search(text, floor, start)
        return said.start("kind") if said is not None and said.end() == start else None
    if language == "es" and kind == "LOCATION":  # "la pequeña sofía" is a girl
        said = _PART_BEFORE_ES.search(text, floor, start)
        return said.start("part") if said is not None and said.end() == start else None
    if language == "en":
        said = _LITTLE_BEFORE.search(text, floor, start)
        return said.start(1) if said is not None and said.end() == start else None
    return None
