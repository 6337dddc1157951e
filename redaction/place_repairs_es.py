"""A place said again after a self-repair: "soy de chihuahua, de la capital no, de
posadas", "vivo en puebla, bueno, en atlixco", "nací en lima, perdón, en callao".

Speakers correct themselves mid-sentence and the repair takes the role of what it
repairs: after a listed place with its preposition, a marker of repair ("no", "bueno",
"perdón", "mejor dicho", "o sea") and the same preposition, what follows is a place
too, even a town no list holds ("arboletes") or one named like a common word
("posadas"), unless it is a room, a time or a body word ("en casa, no, en el
trabajo"). Read by ``streets_es``, which yields its findings as LOCATION.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaction.contexts import INDOOR_AND_TIME_NOUNS
from redaction.medical_lists import clinical_words
from redaction.wordlists import fold, places

_REPAIR = re.compile(
    r"\b(de|en)\s+([^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)[\s,]+"
    r"(?:(?:de|en|del)\s+(?:la\s+)?(?:capital|centro|ciudad|pueblo)\s+no|no|bueno|"
    r"perd[oó]n|mejor\s+dicho|o\s+sea|digo)[\s,]+(de|en)\s+", re.I)
_NAME_WORDS = re.compile(r"(?:(?!(?:y|e|pero|que|porque|donde|en|a|con|por|para|desde|hace|"
                         r"cerca|pues|este|eh|ahí|ahi|allá|alla|aquí|aqui|acá|aca|la|el|los|"
                         r"las)\b)[^\W\d_]+\s*){1,3}", re.I)
_ARTICLES = ("la ", "el ", "los ", "las ")


def repaired_places(text: str) -> Iterator[tuple[str, int, int]]:
    """("LOCATION", start, end) of each place said again after a repair."""
    for match in _REPAIR.finditer(text):
        first, then = match.group(2), match.group(3)
        if match.group(1).lower() != then.lower():
            continue  # the same preposition both times: the same role
        if fold(first) not in places() and fold(first.split()[0]) not in places():
            continue
        pos = match.end()
        article = next((a for a in _ARTICLES if text[pos:pos + len(a)].lower() == a), "")
        words = _NAME_WORDS.match(text, pos + len(article))
        said = fold(words.group().split()[0]) if words else ""
        if words and said not in INDOOR_AND_TIME_NOUNS and said not in clinical_words():
            yield "LOCATION", pos, len(text[:words.end()].rstrip())
