"""Parishes, schools and hospitals named for Our Lady: "our parish is Our Lady of Sorrows",
"she went to our lady of perpetual help", "la misa en Nuestra Señora del Carmen".

Why: a parish says where a family lives and prays, and the same title names Catholic
schools and hospitals; outside writers mark them as organisations. The title is a
name however it is said: "Our Lady of" and "Nuestra Señora de" are no ordinary words, and
what follows them ("sorrows", "the lake", "perpetual help") is the name's rest, up to the
first word of grammar. Said in prayer ("le rezo a nuestra señora de guadalupe") the title
names the saint and is hidden too: a word lost to the live output is restored there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.recognizers import result
from redaction.wordlists import common, fold

_TITLE = re.compile(r"\b(?:our\s+lady\s+of(?:\s+the)?|nuestra\s+se[nñ]ora\s+(?:de\s+(?:la\s+|los\s+"
                    r"|las\s+)?|del\s+))(?=\s*[^\W\d_])", re.I)
_WORD = re.compile(r"\s*([^\W\d_]+(?:['\u2019][^\W\d_]+)?)")
_MAX_WORDS = 3
_GRAMMAR_RANK = 150  # a more frequent word is grammar and ends the name ("and", "y", "en")


def parishes(text: str, language: str, recognizer_name: str) -> Iterator[RecognizerResult]:
    """LOCATION for each title and the words of its name after it."""
    for title in _TITLE.finditer(text):
        end = title.end()
        for _ in range(_MAX_WORDS):
            word = _WORD.match(text, end)
            if word is None or common(language).get(fold(word.group(1)),
                                                     _GRAMMAR_RANK) < _GRAMMAR_RANK:
                break
            end = word.end()
        if end > title.end():
            yield result("LOCATION", title.start(), end, recognizer_name)
