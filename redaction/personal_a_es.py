"""A given name (or a surname) where Spanish grammar puts a person is one, even a
frequent word.

Spanish marks a person who is the object of a verb with "a": "vi a maría ayer", "le pongo
a maría la inyección", "llevé a juan al doctor". In speech the name comes in lower case,
and the most frequent given names (maría, juan, josé, carmen) are also among the most
frequent words of a Spanish corpus, so the name rule, which takes a lone lower-case
frequent word for an ordinary one, let them through. After "a" a census given name is a
person, unless it is one of the everyday nouns that given names share and that follow
"a" in a clinic ("dar a luz", "a mitad", "cara a cara").

The same holds first in a clause with an object pronoun and its verb after it: "Rosa
la trae los martes", "y carmen me ayuda con las pastillas". Spanish puts no bare common
noun before its verb as a subject ("la luz me molesta", never "luz me molesta"), so a
given name there is the subject, unless it is an imperative that names share ("mira",
"deja", "dale").
"""

from __future__ import annotations

import re

from redaction.wordlists import census_given_names, fold, names

_PERSONAL_A = re.compile(r"[^\W\d_]+[\s,]+a\s+$", re.I)  # a word, then "a": no opening "A"
_STOP_RANK = 300  # the function words among the names ("su", "mi", "una") are never one
# A surname this frequent as a word is an everyday one after "a" ("huele a flores": flores
# ranks 1,208); rarer ones are people there ("cárdenas" 7,691, "rojas" 2,673, "quispe").
_SURNAME_RANK = 2000
# Verbs of going, after which "a" names a place or an event ("camina a misa").
_GOING_TO = re.compile(r"\b(?:ir|voy|vas|va|vamos|van|iba|iban|fui|fue|fuimos|fueron|"
                       r"camin\w*|vengo|viene|vienen|vine|vino|regres\w*|vuelv\w*|volv\w*|"
                       r"lleg\w*|sal\w*|entr\w*|sub\w*|baj\w*|asist\w*)[\s,]+a\s+$", re.I)
# Given names of the census that are everyday nouns or words after "a" in clinical talk.
_EVERYDAY_AFTER_A = frozenset("""
luz tierra cara zona vida nada alta sol mar paz cruz flor fe sal bebe virgen reina rey
luna ola risa dulce pura sana ida ira palma vena meta monte sierra mina tia nena lana
joya rana loma delta mora noble linda bonita bella gloria santa santo salud miles in so
man art ed ja ta jo ji ka ria ora ami asa aja isa yen ali ben rob pat kit jan val gay
remedios dolores
""".split())
# Imperatives, verb forms and adverbs of place that given names share, first in a clause:
# "Mira, me duele", "y allá me dijeron".
_VERBS_FIRST = frozenset("""
alla alli aqui aca ahi asi
mira dale deja lee manda cierra vea sean dan van vi ha era son han esta sal cura verla
echo ira ida charla ronda mata meta sana ama nace trae cree toma
""".split())
# Where a clause starts in speech and writing: the utterance's start, a sentence's end, or
# a conjunction or filler ("y", "pero", "porque", "este", "pues").
_CLAUSE_START = re.compile(r"(?:^|[.!?;:\"“(,]\s*|\b(?:y|e|pero|porque|pues|entonces|este|"
                           r"que|ahora|ahorita|luego|bueno|mire|oiga)\s+)$", re.I)
_CLITIC_AND_VERB = re.compile(r"\s+(?:me|te|se|nos|le|les|la|lo|las|los)\s+"
                              r"(?:(?:me|te|se|le|la|lo)\s+)?[^\W\d_]{2,}", re.I)


def after_personal_a(text: str, start: int) -> bool:
    """Does a verb's personal "a" stand right before ``start`` ("vi a", "le dije a")?"""
    return _PERSONAL_A.search(text, max(0, start - 40), start) is not None


def personal_a_before(text: str, start: int, rank: int | None) -> bool:
    """Is the word at ``start`` a census given name, or a listed surname that is no
    everyday word, after a personal "a" ("vi a maría", "le dije a cárdenas", "llevé a
    quispe al doctor")? ``rank``: its place in the frequency list of Spanish words."""
    word = re.match(r"[^\W\d_]+", text[start:])
    if word is None or not after_personal_a(text, start):
        return False
    key = fold(word.group())
    if key in _EVERYDAY_AFTER_A:
        return False
    flags = names().get(key, "")
    given = key in census_given_names() and "F" in flags \
        and (rank is None or rank >= _STOP_RANK)
    if given or "L" not in flags or (rank is not None and rank < _SURNAME_RANK):
        return given
    from redaction.gazetteer_tokens import NAME_RANK  # (imports this module's importers)

    # a surname that is also a word goes where people go only with a verb of people:
    # "camina a misa", "voy a clase" name no one; "le dije a cárdenas" does
    return rank is None or rank >= NAME_RANK["es"] \
        or _GOING_TO.search(text, max(0, start - 40), start) is None


def subject_first(text: str, start: int, end: int, rank: int | None) -> bool:
    """Is the word at ``text[start:end]`` a census given name first in its clause, with an
    object pronoun and a word after it ("Rosa la trae", "y carmen me ayuda")?"""
    key = fold(text[start:end])
    if key not in census_given_names() or "F" not in names().get(key, "") \
            or key in _EVERYDAY_AFTER_A or key in _VERBS_FIRST \
            or (rank is not None and rank < _STOP_RANK):
        return False
    return _CLAUSE_START.search(text, max(0, start - 20), start) is not None \
        and _CLITIC_AND_VERB.match(text, end) is not None
