"""Names said with how they are written: "Yáñez, con ye y con eñe", "es Reyes con ye
griega", "Smythe with a y", "it's Lynn with two n's", "Jon without an h".

Why: a name is often said once and then told how to write it, because it sounds like
another ("Báez" or "Páez", "Smith" or "Smythe"). The hint says the word before it is a
name, one that may stand alone in a short answer with no other cue; a word of
the language is never told so ("llegó con ese dolor", "he came with a friend"). The word
before the hint must be a name-word (given name or surname) or a rare word, not a frequent
one, and the hint must name a letter, a double letter or an accent, the English letter
ending it ("with a Q wave", "with an X-ray", "with a K of 3.1" are no hints; nor is
"habla con acento", how someone speaks).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.medical import is_medical
from redaction.recognizers import result
from redaction.wordlists import common, fold, names

# Letters said by their Spanish names, less those that are words too ("de", "te", "ese",
# "ce", "a", "e", "o", "u").
_ES_LETTER = (r"be(?:\s+(?:grande|larga|alta|de\s+burro|de\s+bur?ro))?|"
              r"ve(?:\s+(?:chica|chiquita|corta|pequeña|baja|de\s+vaca|de\s+victoria))?|"
              r"uve|ye|i\s+griega|i\s+latina|zeta|ceta|hache|jota|ka|equis|ge|eñe|ele|"
              r"erre|eme|ene|cu|doble\s+(?:ele|erre|ve|uve|ene|ese)|dos\s+(?:eles|erres|enes|"
              r"eses|tes|emes)|"
              # "con acento en la o"; not "habla con acento" (how someone speaks)
              r"(?:acento|tilde|diéresis|dieresis)(?=\s+en\b)")
_HINT = {
    # the letter ends the hint: "with a y", "with two n's, not one"; not "with a q wave",
    # "with a K of 3.1", "with an X-ray", "with a C-collar"
    "en": re.compile(r"\s*,?\s+(?:with|without)\s+(?:a|an|the|two|double|no)\s+"
                     r"(?:[a-z](?:['\u2019]?s)?|accent|hyphen)(?![\w'\u2019-])"
                     r"(?=\s*(?:[,.;:!?]|$|\b(?:and|not|in|at|on|instead|like|as)\b))",
                     re.I),
    "es": re.compile(rf"\s*,?\s+(?:con|sin)\s+(?:la\s+|una\s+)?(?:{_ES_LETTER})\b", re.I),
}
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_NAME_WORD_RANK = 1500  # a name-word this frequent is a word first ("rose", "mayor")
_RARE_RANK = 8000  # a word rarer than this is no word a hint would follow
_UNLISTED_RANK = 50000
_LOOK_BACK_CHARS = 40


def hinted_names(text: str, language: str, recognizer_name: str
                 ) -> Iterator[RecognizerResult]:
    """PERSON for each word a spelling hint follows."""
    for hint in _HINT[language].finditer(text):
        before = list(_WORD.finditer(text, max(0, hint.start() - _LOOK_BACK_CHARS),
                                     hint.start()))
        if not before or text[before[-1].end():hint.start()].strip(" ,"):
            continue  # no word right before the hint
        word = before[-1]
        key = fold(word.group())
        rank = common(language).get(key, _UNLISTED_RANK)
        named = (key in names() and rank >= _NAME_WORD_RANK) or rank >= _RARE_RANK
        if named and not is_medical(text, word.start(), word.end(), key, language):
            yield result("PERSON", word.start(), word.end(), recognizer_name)
