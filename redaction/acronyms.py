"""Clinical acronyms said letter by letter are no spelled name.

Why: a run of three or more single letters is how a name is spelled out ("m a r s h"),
and ``names.py`` hides it; but a clinician says "your l d l is one sixty", "three weeks in
the i c u on i v i g", "le pedimos beta h c g" the same way, and ASR writes them so.
Hiding those wrecks the sentence's meaning in the stored text and the translation. The
list (``data/clinical_acronyms.txt``) holds acronyms of tests, units, conditions and
orders in English and Spanish, and none that is a given name spelled ("ana", "ira",
"peg"); a run that is one of them, or splits into at most three of three letters or
more ("e k g c b c"), is read as acronyms. Not shorter pieces: "p e t e r" is "pet" and
"er".
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from redaction.wordlists import names

_MOST_ACRONYMS = 3  # in one run of letters: "e k g c b c", "c b c b m p t s h"
_SHORTEST_PART = 3  # letters of each acronym in a run of several
# Words of one letter that run into the letters of an acronym: "a", "y", "o", "e", "u",
# and a possessive's "s".
_ONE_LETTER_WORDS = frozenset("ayoeus")
# Where a name is being spelled, letters are a name whatever they also spell: "my name
# is t i a", "se escribe a r a".
# "called" only just before the letters: "someone called j a y" spells, "called nine one
# one and started c p r" does not.
SPELLING_CUE = re.compile(r"\b(?:(?:spell\w*|spelt|name\s+is|name's|se\s+escribe|"
                          r"deletre\w*|nombre|apellido|se\s+llama|me\s+llamo|letra\s+por\s+"
                          r"letra|as\s+in)\b[^.?!]{0,30}|called\b[^.?!]{0,12})$", re.I)


@cache
def clinical_acronyms() -> frozenset[str]:
    path = Path(__file__).resolve().parent / "data" / "clinical_acronyms.txt"
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


def spells_acronyms(run: str) -> bool:
    """Do the single letters of ``run`` ("l d l", "I.C.U.") spell clinical acronyms?"""
    letters = "".join(re.findall(r"[^\W\d_]", run.lower()))
    # "she is a d n r", "the patient's p t": a word of one letter before the acronym, when
    # three letters or more are left; before two, only the article ("do a c t"), unless the
    # letters together spell a given name ("a r a", "e m i", "i v y", "y i m")
    # "the b p p v i'll": the pronoun "i" after it, the article "a" ("an e k g a
    # troponin") or Spanish "y" ("medir f s h y"), unless a name is spelled ("f u m i")
    given = "F" in names().get(letters, "")
    return _spells(letters) or (letters[:1] in _ONE_LETTER_WORDS and _spells(letters[1:])
                                and (letters[0] == "a" or len(letters) > _SHORTEST_PART)
                                and not given) \
        or (letters[-1:] in ("i", "a", "y") and len(letters) > _SHORTEST_PART
            and _spells(letters[:-1]) and not given)


def _spells(letters: str) -> bool:
    return bool(letters) and (letters in clinical_acronyms() or _splits(letters, _MOST_ACRONYMS))


def _splits(letters: str, parts: int) -> bool:
    """Is ``letters`` at most ``parts`` listed acronyms of ``_SHORTEST_PART`` letters or more?"""
    if not letters:
        return True
    if parts == 0:
        return False
    known = clinical_acronyms()
    return any(letters[:cut] in known and _splits(letters[cut:], parts - 1)
               for cut in range(len(letters), _SHORTEST_PART - 1, -1))


# Spanish letters said by their names: "el ele de ele" (LDL), "la te ese hache" (TSH).
_ES_LETTER_NAMES = {"a": "a", "be": "b", "ce": "c", "de": "d", "e": "e", "efe": "f", "ge": "g",
                    "hache": "h", "i": "i", "jota": "j", "ka": "k", "ele": "l", "eme": "m",
                    "ene": "n", "o": "o", "pe": "p", "cu": "q", "erre": "r", "ese": "s",
                    "te": "t", "u": "u", "uve": "v", "equis": "x", "ye": "y", "zeta": "z"}
_WORD = re.compile(r"[^\W\d_]+")
# Levels of the spine said letter and number: "ele cuatro ele cinco", "c five c six", "t12-l1";
# the number after a lone letter ("te doce [ele] uno") is ``in_said_acronym``'s.
_SPINE_NUMBER = (r"(?:\d{1,2}|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|"
                 r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)")
_SPINE_LEVEL = rf"\b(?:ce|te|ele|ese|c|t|l|s)[\s-]*{_SPINE_NUMBER}\b"
_ONE_SPINE_LEVEL = re.compile(_SPINE_LEVEL, re.I)
_SPINE_LEVELS = re.compile(rf"{_SPINE_LEVEL}(?:[\s,-]+(?:(?:y|a|and|to)\s+)?{_SPINE_LEVEL})*",
                           re.I)
_SPINE_NUMBER_AFTER = re.compile(rf"\s+{_SPINE_NUMBER}\b", re.I)
_SPINE_CUE = re.compile(r"\b(?:disco|disc|discs|discos|v[eé]rtebras?|hernia|columna|spine|"
                        r"lumbar|cervical|tor[aá]cica|thoracic|level|nivel)\b", re.I)
_SPINE_CUE_CHARS = 40


def spine_levels(text: str) -> list[tuple[int, int]]:
    """Where levels of the spine are said: two or more ("ele cuatro ele cinco", "c five c
    six"), or one after a word of the spine ("una hernia de disco en ele cinco")."""
    return [match.span() for match in _SPINE_LEVELS.finditer(text)
            if len(_ONE_SPINE_LEVEL.findall(match.group())) > 1
            or _SPINE_CUE.search(text, max(0, match.start() - _SPINE_CUE_CHARS),
                                 match.start())]


def in_said_acronym(text: str, start: int, end: int, language: str) -> bool:
    """Is ``text[start:end]`` letters said one by one, within a run of such letters that
    spells clinical acronyms ("el [ele de ele] en ciento setenta", "la te ese [hache]") or
    names a level of the spine ("te doce [ele] uno"), where no name is being spelled?"""
    words = list(_WORD.finditer(text))
    inside = [i for i, w in enumerate(words) if w.start() < end and start < w.end()]
    if not inside or not all(_letter(words[i].group(), language) for i in inside):
        return False
    first, last = inside[0], inside[-1]
    while first > 0 and _letter(words[first - 1].group(), language) \
            and not text[words[first - 1].end():words[first].start()].strip():
        first -= 1
    while last + 1 < len(words) and _letter(words[last + 1].group(), language) \
            and not text[words[last].end():words[last + 1].start()].strip():
        last += 1
    if SPELLING_CUE.search(text, max(0, words[first].start() - 40), words[first].start()):
        return False
    letters = " ".join(_letter(words[i].group(), language) for i in range(first, last + 1))
    if first == last and letters in ("c", "t", "l", "s"):
        return bool(_SPINE_NUMBER_AFTER.match(text, words[last].end()))
    return spells_acronyms(letters)


def _letter(word: str, language: str) -> str:
    key = word.lower()
    if len(key) == 1:
        return key
    return _ES_LETTER_NAMES.get(key, "") if language == "es" else ""
