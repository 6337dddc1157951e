"""An organisation named by ordinary words and the place it serves: "comfort keepers of the
valley", "helping hands of the ozarks", "senior link of passaic county", "safe haven of
tarrant county".

Why: agencies, shelters and charities are named so, and outside writers mark the whole as
an organisation; the place after "of" is found, the words before it are ordinary ("comfort
keepers", "safe haven") and no list holds them. They are taken in when they come right
after a word that introduces a name (a preposition or a verb of joining, sending, calling)
and none of them is grammar, a number, a clinical word or a person's role ("the people of
tarrant county", "the mayor of austin" stay as they are).
"""

from __future__ import annotations

import re

from redaction.entity import Entity
from redaction.medical import is_medical
from redaction.wordlists import common, fold

# What stands right before such a name: "with", "at", "from", "into", "through", "called".
_LEAD = re.compile(r"\b(?:with|at|from|to|into|through|by|for|called|named|joined|join|"
                   r"sends?|sent|contacted|call)\s+$", re.I)
_OF = re.compile(r"\s+of\s+(?:the\s+)?$", re.I)
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_MAX_WORDS = 3
_GRAMMAR_RANK = 150  # "the", "my", "some": no name's word
# Who someone is or how many, said before "of": "the people of", "the mayor of", "most of".
_NOT_A_NAME = frozenset("""people residents resident mayor governor sheriff county city
state town part parts most some all many much rest side north south east west center
centre middle outskirts edge heart university school department office board""".split())
_PLACE_TYPES = frozenset({"LOCATION"})


def with_names_of_places(text: str, entities: list[Entity], language: str) -> list[Entity]:
    """``entities`` (sorted, not overlapping) with an English name said before "of" a found
    place taken in with it."""
    if language != "en":
        return entities
    out: list[Entity] = []
    for entity in entities:
        floor = out[-1].end if out else 0
        start = _name_before(text, floor, entity.start) \
            if entity.type in _PLACE_TYPES else entity.start
        out.append(Entity(entity.type, start, entity.end))
    return out


def _name_before(text: str, floor: int, start: int) -> int:
    of = _OF.search(text, max(floor, start - 12), start)
    if of is None or of.end() != start:
        return start
    words = list(_WORD.finditer(text, max(floor, of.start() - 60), of.start()))
    taken = of.start()
    for word in reversed(words[-_MAX_WORDS:]):
        if text[word.end():taken].strip():
            break  # punctuation between: not one name
        key = fold(word.group())
        if key in _NOT_A_NAME or common("en").get(key, _GRAMMAR_RANK) < _GRAMMAR_RANK \
                or is_medical(text, word.start(), word.end(), key, "en"):
            break
        taken = word.start()
        if _LEAD.search(text, max(0, taken - 16), taken):
            return taken
    return start
