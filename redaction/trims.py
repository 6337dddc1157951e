"""Trim a name or a place found by a recognizer or by spaCy to its name-words: split from
``engine.py``, which calls it on every PERSON and LOCATION piece."""

from __future__ import annotations

import re

from redaction.gazetteer import NAME_RANK, fold, names, places, without_enye
from redaction.lexicon import NOT_NAMES
from redaction.medical import DRUG_CONTEXT, WORD, is_medical
from redaction.towns import listed_phrase, listed_phrase_es

_ARTICLE_BEFORE = re.compile(r"\b(?:la|el|los|las|the)\s+$", re.I)
# A Spanish command with its pronoun joined on, stressed where the written accent shows:
# "confírmeme", "márqueme", "dígame", "mándenoslo" (the model reads a capital or a
# title before it as a name: "doctor confírmeme").
_COMMAND_WITH_PRONOUN = re.compile(r"[^\W\d_]*[áéíóú][^\W\d_]*(?:me|nos|melo|mela|selo|sela|"
                                   r"noslo|nosla)", re.I)


def without_medical_words(text: str, start: int, end: int, language: str,
                          from_model: bool, entity_type: str) -> tuple[int, int]:
    """A name or place never starts or ends with a medicine, condition or function word:
    spaCy tags "Hodgkin" in "linfoma de Hodgkin" as a place, "Zofran" as a person and,
    in lower-case speech, ordinary words ("tenía") too; its findings also lose ordinary
    words that are no name and no place. Returns the trimmed span (empty when nothing
    is left)."""
    if not from_model and entity_type == "LOCATION" and (
            (language == "en" and listed_phrase(text[start:end]))
            or (language == "es" and listed_phrase_es(text, start, end))):
        return start, end  # "Moose Jaw", "Puente Alto": a listed place whole, whatever
        # its words are ("puente" is a dental bridge too)
    words = list(WORD.finditer(text, start, end))
    ordinary = without_enye(language)

    # a first name, an initial and a surname ("Follow up with Vadym A. Švec"): a person,
    # whatever drug cue stands before it
    initialled = len(words) >= 3 and any(len(w.group()) == 1 for w in words[1:-1])

    def removable(word: re.Match[str]) -> bool:
        key = fold(word.group())
        if len(key) == 1:
            return False  # a spelled letter
        if "-" in key and key in places():
            return False  # "wilkes-barre": a town as a whole, whatever its parts end in
        if language == "es" and _COMMAND_WITH_PRONOUN.fullmatch(word.group()) \
                and key not in names() and key not in places():
            return True
        if is_medical(text, word.start(), word.end(), key, language) \
                or (from_model and key in NOT_NAMES):
            return True  # an ordinary word that is no name and no place: "Zofran", "tenía"
        rank = ordinary.get(key)
        frequent = rank is not None and rank < NAME_RANK[language]
        after_article = _ARTICLE_BEFORE.search(text[:word.start()]) is not None
        if entity_type == "LOCATION" and key in places() \
                and not (frequent and word.group().islower() and after_article):
            return False  # the model and the place list agree: "de salamanca"; but
            # "me duele la vista" names no place
        if key in names() or key in places():
            return from_model and frequent  # "me duele la vista": no place
        return from_model and (key in ordinary or (
            not initialled and DRUG_CONTEXT.search(text[:word.start()]) is not None))

    while words and removable(words[0]):
        words.pop(0)
    while words and removable(words[-1]):
        words.pop()
    return (words[0].start(), words[-1].end()) if words else (start, start)
