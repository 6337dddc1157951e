"""Given names that are ordinary words, told as names by what is said with them: "hope is
my daughter", "our hospice nurse is joy", "mi enfermera es amparo".

Why: the name lists hold "will", "joy", "grace", "hope", but so frequent a word is left to
its ordinary sense unless a cue says a person is meant; the cues read elsewhere come before
the name ("my daughter hope"). Here the cue is around it: a given name that opens the
sentence and is then said to be someone's kin ("hope is my daughter"), or a given name said
to be who holds a role, with the clause ending after it ("our hospice nurse is joy"). A
name that is grammar too ("will is my grandson") is still cut out later, by ``trims``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaction.contexts import NAME_AFTER
from redaction.wordlists import common, fold, names

_WORD_RANK = 1000  # a word this frequent after a role says how they are ("es buena")
_GRAMMAR_RANK = 300  # a word this frequent right after a role is grammar ("le", "me")
_OPENS = re.compile(r"(?:^|[.!?;:]\s*|\b(?:and|so|um|uh|well|oh|yes|no|y|pues|bueno|eh)\s+)"
                    r"([^\W\d_]+)", re.I)
_ROLE_IS = {
    "en": re.compile(r"\b(?:nurse|aide|caregiver|therapist|counselor|counsellor|chaplain|"
                     r"sponsor|case\s+manager|caseworker|social\s+worker|coordinator|"
                     r"navigator|interpreter|driver|pharmacist|doctor|supervisor|boss|"
                     r"manager|teacher|landlord|neighbou?r)(?:'s\s+name)?\s+(?:is|was|'s)\s+"
                     r"([^\W\d_]+)(?=\s*(?:$|[,.;:!?])|\s+(?:and|but|she|he|they)\b)",
                     re.I),
    "es": re.compile(r"\b(?:enfermer[oa]|cuidador[a]?|terapeuta|consejer[oa]|padrino|"
                     r"madrina|trabajador[a]?\s+social|coordinador[a]?|intérprete|"
                     r"chofer|farmacéutic[oa]|jef[ea]|patr[oó]n|maestr[oa]|vecin[oa])\s+"
                     r"(?:es|era|se\s+llama)\s+(?:la\s+|el\s+|don\s+|doña\s+)?([^\W\d_]+)"
                     r"(?=\s*(?:$|[,.;:!?])|\s+(?:y|pero|ella|él)\b)", re.I),
}


# Who interprets or receives at the clinic, said right before their given name: "hoy le
# acompaña el intérprete tomás" (a given name only: "el intérprete amable", "la
# recepcionista nueva").
_ROLE_BEFORE = {
    "es": re.compile(r"\b(?:el|la)\s+(?:intérprete|interprete|traductor|traductora|"
                     r"recepcionista)\s+([^\W\d_]+)", re.I),
}


def names_told(text: str, language: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each given name told as one by its kin or role."""
    after = NAME_AFTER.get(language)
    if after is None:
        return
    for match in _OPENS.finditer(text):
        if _given(match.group(1)) and after.match(text, match.end(1)):
            yield match.start(1), match.end(1)  # "hope is my daughter"
    for match in _ROLE_IS[language].finditer(text):
        if _given_and_rarer(match.group(1), language, _WORD_RANK):  # not "es buena"
            yield match.start(1), match.end(1)  # "our hospice nurse is joy"
    role_before = _ROLE_BEFORE.get(language)
    for match in role_before.finditer(text) if role_before else ():
        if _given_and_rarer(match.group(1), language, _GRAMMAR_RANK):  # not "le confirma"
            yield match.start(1), match.end(1)  # "el intérprete tomás"


def _given(word: str) -> bool:
    return "F" in names().get(fold(word), "")


def _given_and_rarer(word: str, language: str, rank: int) -> bool:
    """A given name that is no word among the ``rank`` most frequent of the language."""
    return _given(word) and common(language).get(fold(word), rank) >= rank
