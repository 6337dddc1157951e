"""English-named firms said in Spanish speech: "trabajo en ozark premium poultry", "mi
esposo trabaja en tyson foods", "la mandan de sunbelt staffing".

Why: Spanish-speaking patients in the US name their employer, agency or store in English
while speaking Spanish, and outside writers mark those names. The Spanish recognizers know
neither the head ("poultry", "staffing") nor the English words of the name, and the English
ones do not run on Spanish text. Here the head is an English word of business that Spanish
speech never uses for itself, and the words before it, back to a Spanish preposition, are
its name, while they are no Spanish grammar, nothing clinical and no English word of a
kind ("home health services", "commercial roofing", "fast food"), and one of them is a
name: written with a capital, a listed name or place, or a word English seldom uses
("ozark", "sunbelt"). The mirror of ``spanish_places_en``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaction.medical import is_medical
from redaction.place_head_words import KIND_WORDS
from redaction.practices import ADJECTIVE_ENDING
from redaction.wordlists import common, fold, names, places

_HEAD = re.compile(r"\b(?:foods|poultry|farms|plastics|inc|llc|company|logistics|staffing|"
                   r"services|construction|roofing|landscaping|manufacturing|industries|"
                   r"packing|freight|trucking|supply|dairy|motors|market|bakery|growers|"
                   r"meats|seafood|builders|contractors|cleaning|janitorial|solutions|group|"
                   r"partners|resort|resorts|tire|tires|distributors|mushrooms|packers|processing|"
                   r"suites|lodge)\b", re.I)
# Where the name starts: after a preposition or an article ("en el desert palms resort").
_BEFORE_A_NAME = frozenset("en de del para con a al por el la los las".split())
# English words of a kind of firm besides ``place_heads``'s: "house cleaning", "flea market".
_KINDS = frozenset("house flea support meat social child fast commercial".split())
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_MAX_WORDS = 3
_GRAMMAR_RANK = 300  # a more frequent Spanish word is grammar, never a firm's name
_NAME_RANK = 5000  # an English word rarer than this may be a firm's name ("sunbelt")


def english_firms(text: str) -> Iterator[tuple[int, int]]:
    """Spans of an English firm's name and head, in Spanish text."""
    for head in _HEAD.finditer(text):
        words = list(_WORD.finditer(text, max(0, head.start() - 60), head.start()))
        start, named = None, False
        for count, word in enumerate(reversed(words)):
            key = fold(word.group())
            following = start if start is not None else head.start()
            if text[word.end():following].strip():
                break  # punctuation between: not one name
            if key in _BEFORE_A_NAME:
                if start is not None and named:
                    yield start, head.end()
                break
            if count >= _MAX_WORDS or common("es").get(key, _GRAMMAR_RANK) < _GRAMMAR_RANK \
                    or key in KIND_WORDS or key in _KINDS or ADJECTIVE_ENDING.search(key) \
                    or is_medical(text, word.start(), word.end(), key, "es"):
                break
            start = word.start()
            named = named or word.group()[0].isupper() or key in names() \
                or key in places() or common("en").get(key, _NAME_RANK) >= _NAME_RANK
