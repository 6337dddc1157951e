"""Towns said in a list are towns alike: "pasamos por cúcuta, ipiales y tumbes", "we came
through matamoros, then reynosa and then laredo", "nos trajo de sonoyta hasta bakersfield".

Why: the gazetteer takes a lone lower-case word for a town only where a cue says a place
comes ("vivo en", "from"), so the first town of a route is found and the last, after
"y" or "and", is not. A word that a place list holds, said right after a town found and
a joining word ("y", "e", "o", a comma, "and", "or", "then", "luego", "después", or the
end of a route: "hasta", "a", "to"), is the next town of the list, unless it is an
ordinary word ("y de ahí a la casa") or medical.
"""

from __future__ import annotations

import re

from redaction.entity import Entity
from redaction.medical import is_medical
from redaction.towns import all_places
from redaction.wordlists import common, fold

_JOINER = re.compile(r"(?:\s*,)?\s+(?:(?:y|e|o|and|or|then|luego|después|despues|de\s+ahí\s+a|"
                     r"hasta|hacia|a|to|through|"  # a route: "de sonoyta hasta bakersfield"
                     r"and\s+then|y\s+luego|y\s+después|y\s+despues|y\s+de\s+ahí\s+a)\s+)+|"
                     r"\s*,\s+", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
# A word this frequent is an ordinary word first, even where a town bears its name.
_ORDINARY_RANK = {"en": 20000, "es": 8000}


def with_listed_places(text: str, entities: list[Entity], language: str) -> list[Entity]:
    """``entities`` (sorted, not overlapping) with each town said next in a list of towns
    added, as often as the list goes on."""
    out: list[Entity] = []
    for index, entity in enumerate(entities):
        out.append(entity)
        ceiling = entities[index + 1].start if index + 1 < len(entities) else len(text)
        last = entity
        while last.type == "LOCATION":
            following = _next_town(text, last.end, ceiling, language)
            if following is None:
                break
            last = following
            out.append(last)
    return out


def _next_town(text: str, start: int, ceiling: int, language: str) -> Entity | None:
    joiner = _JOINER.match(text, start, ceiling)
    if joiner is None:
        return None
    word = _WORD.match(text, joiner.end(), ceiling)
    if word is None:
        return None
    key = fold(word.group())
    if key not in all_places() \
            or common(language).get(key, _ORDINARY_RANK[language]) < _ORDINARY_RANK[language] \
            or is_medical(text, word.start(), word.end(), key, language):
        return None
    return Entity("LOCATION", word.start(), word.end())
