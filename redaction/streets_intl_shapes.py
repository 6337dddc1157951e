"""The shapes a street address abroad is read by: its limits, the patterns of its
house numbers, tails and labels, and its token (split from ``streets_intl.py``, whose
recognizer reads addresses with them)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from redaction.lexicon import EN_MONTHS, ES_MONTHS
from redaction.medical import APOSTROPHES
from redaction.recognizers import NUMBER_WORDS

MAX_NAME_WORDS = 4  # "Rua Marlene Pereira de Lima": particles do not count
MAX_HOUSE_DIGITS = 5
MAX_TOWN_WORDS = 3  # "Vyskytná nad Jihlavou", "Pêro Viseu"

# "One ETF Nikkei 400": a lone "one" is as often a word as a building number.
WEAK_NUMBERS = frozenset({"one", "oh", "o"})
YEAR = re.compile(r"(?:19|20)\d\d")
# Between a street and its town: a comma, a line break, a quoting ">".
TOWN_GAP = re.compile(r"[ \t]*,?[ \t]*(?:\n[ \t>]*)?,?[ \t]*")
# Where a street without a street word may stand: "lived in Ilichova 26", "on Loigu 42",
# "address: Jeronýmova 1960".
PLACE_CUES = frozenset("in on at to of from near address addresses street".split())
MONTHS = frozenset({*EN_MONTHS, *ES_MONTHS, "janeiro", "fevereiro", "marco", "maio",
                     "junho", "julho", "setembro", "outubro", "novembro", "dezembro"})
NOT_STREET_NAMES = frozenset({*MONTHS, *NUMBER_WORDS, "jan", "feb", "mar", "apr",
                        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
WRITTEN_NUMBER = re.compile(r"(?<![\w.,/-])\d{1,5}(?:[A-Za-z](?![\w']))?"
                             r"(?:\s?[-/]\s?\d{1,4}[A-Za-z]?)?(?![\w'])")
BIS = re.compile(r"[ \t](?:bis|ter)\b", re.I)
STREET_WORD = re.compile(rf"[^\W\d_]+(?:[{APOSTROPHES}-][^\W\d_]+)*")
SAME_LINE = re.compile(r"[ \t]*\.?[ \t]*")  # "ul. Saturna", "Ctra. Villena"
BEFORE_NUMBER = re.compile(r"[ \t]*[,.]?[ \t]*(?:(?:nr|no|number|num[eé]ro|num)\b[.:]?|n[º°]|#)?"
                            r"[ \t]*", re.I)
NUMBER_LABELS = frozenset({"no", "nr", "number", "numero", "num"})
# What follows a house number abroad: "23/A", "5 A 12" (Finland's stair and flat),
# "10 m. 5" (Poland's flat), "No:45 D:3" (Turkey's), "12, 2. th." (Denmark's floor and
# side), "int. 5" (Italy's).
TAIL = re.compile(r"/\s?[A-Za-z](?![\w'])|[ \t]+[A-Ha-h][ \t]+\d{1,4}(?![\w'])|"
                   r"[ \t]*,?[ \t]*(?:m\.|lok\.|d:|daire|kat|int\.|interno|scala|sc\.)"
                   r"[ \t]*\w{1,4}(?![\w'])|"
                   r"[ \t]*,?[ \t]*(?:\d{1,2}\.?|st\.?)[ \t]*(?:th|tv|mf|sal)\b\.?", re.I)
SAID_LETTER = re.compile(r"[ \t]+[a-hA-H](?=[ \t]*(?:[,.;!?\n]|$))")  # "twenty three b."


@dataclass(frozen=True)
class Piece:
    """A word or a number of an address, as the recognizer reads it."""

    start: int
    end: int
    key: str  # folded word; "" for a number
    raw: str
    digits: str = ""  # what a number spells, as far as ``number_runs`` reads it

    @property
    def number(self) -> bool:
        return not self.key


def unit_value_end(text: str, number: Piece) -> int:
    """Where a unit's number ends, with its letter: "Apt. 5 b", "flat 12-c"."""
    letter = re.match(r"(?:[ \t]+|[ \t]*-[ \t]*)[a-hA-H](?![\w'])", text[number.end:])
    return number.end + letter.end() if letter else number.end


def number_before(text: str, tokens: list[Piece], i: int, comma: bool = False) -> int:
    """Where a building number before ``tokens[i]`` on the same line starts ("149
    Alpenstrasse 23"); ``tokens[i].start`` if none. With ``comma`` (a street word that
    leads its name), a number and a comma before it too: France's "8, avenue Foch"."""
    first = i
    while first > 0 and i - first < 2 and tokens[first - 1].number \
            and re.fullmatch(r"[ \t]+", text[tokens[first - 1].end:tokens[first].start]):
        first -= 1  # "823 37 Rue de Libya": a second number too
    if comma and first == i and i and tokens[i - 1].number \
            and re.fullmatch(r"[ \t]*,[ \t]*", text[tokens[i - 1].end:tokens[i].start]):
        first -= 1
    return tokens[first].start
