"""Parishes, schools and hospitals named for Our Lady: "our parish is Our Lady of Sorrows",
"she went to our lady of perpetual help", "la misa en Nuestra Señora del Carmen"; and
churches named by a classic word and their denomination: "we go to first baptist",
"the pastor at first united methodist"; and any place named by a saint's possessive ("st
odile's").

Why: a parish says where a family lives and prays, and the same title names Catholic
schools and hospitals; outside writers mark them as organisations. The title is a
name however it is said: "Our Lady of" and "Nuestra Señora de" are no ordinary words, and
what follows them ("sorrows", "the lake", "perpetual help") is the name's rest, up to the
first word of grammar (but "good", "holy": "our lady of good counsel"). Said of the saint
herself it names no place and stays: "i pray to our lady of guadalupe", "the feast of our
lady of guadalupe", "le rezo a nuestra señora de guadalupe", "a picture of our lady of
sorrows", "our lady of sorrows is my favorite prayer" (review RV29). "First", "Calvary",
"Bethel" or "New Hope" before a denomination name one church after a preposition or a
verb of going ("we go to first baptist"), never said of what someone is ("she is
southern baptist", "raised first as a methodist").
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
_CHURCH = re.compile(r"\b(?:at|to|from|of|attend|attends|attended|joined)\s+(?:the\s+)?"
                     r"((?:first|second|calvary|bethel|trinity|new\s+hope|new\s+life|"
                     r"mount\s+zion|mt\.?\s+zion|living\s+water|faith|grace|zion|emmanuel|"
                     r"immanuel)\s+(?:united\s+|missionary\s+|free\s+will\s+)?"
                     r"(?:baptist|methodist|presbyterian|lutheran|pentecostal|episcopal|"
                     r"nazarene|church\s+of\s+god|church\s+of\s+christ|assembly\s+of\s+god|"
                     r"a\s?m\s?e|ame)(?:\s+church)?)\b", re.I)
_NAMING = frozenset("good holy blessed great".split())  # "our lady of good counsel"
# A saint's possessive names the church, school or hospital built for them, however
# ordinary or given the name ("we were at st odile's", "saint felicity's"); a day, an
# herb or an illness named for a saint is no place ("st patrick's day", "st john's wort",
# "saint anthony's fire").
_SAINTS_PLACE = re.compile(r"\b(?:st\.?|saint)\s+[^\W\d_]+['\u2019]s\b(?!\s+(?:day|wort|eve|"
                           r"fire|dance|feast|novena|medal))", re.I)
# Said of the saint: prayed to, a feast, an image of her; a prayer or a flower after.
_DEVOTION_BEFORE = re.compile(r"\b(?:pray|prays|prayed|praying|prayer\s+to|feast\s+of|day\s+of|"
                              r"picture\s+of|statue\s+of|image\s+of|devoted\s+to|"
                              r"rezo\s+a|reza\s+a|rezamos\s+a|rezaba\s+a|le\s+pido\s+a|"
                              r"d[ií]a\s+de|fiesta\s+de|imagen\s+de|estampa\s+de|"
                              r"devoto\s+de|devota\s+de)\s+$", re.I)
_DEVOTION_AFTER = re.compile(r"\s+(?:is\s+my\s+favou?rite\s+)?(?:prayer|novena|flower|rosary|"
                             r"oraci[oó]n|novenario)\b", re.I)
_GRAMMAR_RANK = 150  # a more frequent word is grammar and ends the name ("and", "y", "en")


def parishes(text: str, language: str, recognizer_name: str) -> Iterator[RecognizerResult]:
    """LOCATION for each title and the words of its name after it, and each church named
    by a classic word and its denomination."""
    for church in _CHURCH.finditer(text):
        yield result("LOCATION", church.start(1), church.end(1), recognizer_name)
    if language == "en":
        for place in _SAINTS_PLACE.finditer(text):
            if not _DEVOTION_BEFORE.search(text, 0, place.start()):
                yield result("LOCATION", place.start(), place.end(), recognizer_name)
    for title in _TITLE.finditer(text):
        end = title.end()
        for _ in range(_MAX_WORDS):
            word = _WORD.match(text, end)
            key = fold(word.group(1)) if word else ""
            if word is None or (common(language).get(key, _GRAMMAR_RANK) < _GRAMMAR_RANK
                                and key not in _NAMING):
                break
            end = word.end()
        if end > title.end() and not _DEVOTION_BEFORE.search(text, 0, title.start()) \
                and not _DEVOTION_AFTER.match(text, end):
            yield result("LOCATION", title.start(), end, recognizer_name)
