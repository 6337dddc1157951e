"""Street corners as Spanish speakers in US cities give them, a numbered street and a named
one: "la de Pacific y la 24", "trabaja en ocean y la siete", "el bar de la sexta y
broadway", "nos vemos en hidalgo y quinta", "en la 174 con audubon"; or two numbered
streets where someone lives or is: "vive por la 49 y la 12".

Why: where a numbered street crosses a named one, people say the corner instead of an
address, and outside writers mark it as one. ``streets_es`` reads a corner of two numbers
("la 45 con 12") and a street word's name; here one side is a numbered street (an ordinal,
"quinta", or a number after "la"/"el": "la 24", "la siete") and the other a street's name
(written with a capital, a listed name or place, or a word no Spanish list holds:
"pacific", "broadway"), joined by "y" after a preposition of place. "En julio y la
segunda semana", "de mamá y la quinta hija", "en la tercera y la cuarta dosis" name none:
a month, a kin word, a noun after the number, and two numbers with no name stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaction.institution_words_es import GENERIC_PEOPLE, TIME_WORDS
from redaction.lexicon import KIN_AND_TITLES
from redaction.medical import is_medical
from redaction.wordlists import common, fold, names, places

_ORDINALS = (r"primera|segunda|tercera|cuarta|quinta|sexta|s[eé]ptima|octava|novena|"
             r"d[eé]cima|primer[oa]?|segundo|tercero|cuarto|quinto|sexto|s[eé]ptimo|"
             r"octavo|noveno|d[eé]cimo")
_CARDINALS = (r"\d{1,3}|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|"
              r"trece|catorce|quince|dieciséis|dieciseis|diecisiete|dieciocho|diecinueve|"
              r"veinte|veinti\w+|treinta(?:\s+y\s+\w+)?|cuarenta(?:\s+y\s+\w+)?|"
              r"cincuenta(?:\s+y\s+\w+)?|sesenta(?:\s+y\s+\w+)?|setenta(?:\s+y\s+\w+)?|"
              r"ochenta(?:\s+y\s+\w+)?|noventa(?:\s+y\s+\w+)?|"
              r"cien(?:to\s+\w+(?:\s+y\s+(?:uno|dos|tres|cuatro|cinco|seis|siete|ocho|"
              r"nueve))?)?")
_NUMBERED = rf"(?:(?:la|el)\s+(?:{_ORDINALS}|{_CARDINALS})|{_ORDINALS})"
_NAME = r"[^\W\d_][\w'\u2019.-]*(?:\s+[^\W\d_][\w'\u2019.-]*)?"
# Where a corner is: "en", "por", "entre", "sobre", and "de" only where it says where
# ("la de", "el de", "cerca de", "esquina de"): "la primera de pfizer y la segunda" is no
# corner (review RV33).
_CUE = r"\b(?:en|por|entre|sobre|(?:la|el|esquina|cerca|frente|bar|tienda)\s+de)\s+"
# The streets are joined by "y", or by "con" as New York and Miami say a corner ("la 174
# con audubon"); the named one may have its article too ("por la vermont y la doce").
_JOIN = r"\s+(?:y|con)\s+"
_NAME_FIRST = re.compile(rf"{_CUE}(?:(?:la|el)\s+)?(?P<name>{_NAME}){_JOIN}"
                         rf"(?P<number>{_NUMBERED})\b", re.I)
_NUMBER_FIRST = re.compile(rf"{_CUE}(?P<number>{_NUMBERED}){_JOIN}(?:la\s+|el\s+)?"
                           rf"(?P<name>{_NAME})", re.I)
# Two numbered streets, each with "la" (a street's, "calle", is feminine), where someone
# lives or is: "vive por la 49 y la 12", "estoy en la cuarenta y nueve y la doce". Numbers
# after "la" are weeks, vertebrae, rooms, pages and readings far more often ("entre la 18 y
# la 22", "pase por la 3 y la 4", "la 2 y la 4 de este formulario"): only after a word of
# living or being somewhere, "en" or "por", nothing of the number after it. Ordinals are
# left out ("en la tercera y la cuarta dosis"), and so is "el" ("en el 92 y el 93": years).
_TWO_NUMBERS = re.compile(
    r"\b(?:viv[eoií]\w*|qued[aoé]\w*|est(?:oy|[aá]s?|amos|[aá]n|aba\w*|uve|uvo)|"
    r"nos\s+vemos|ubicad[oa]s?|mud[aeé]\w*|rent[aoé]\w*|direcci[oó]n\s+es)"
    r"(?:[\s,]+[^\W\d_]+){0,3}?[\s,]+(?:en|por)\s+"
    rf"(?P<number>la\s+(?:{_CARDINALS})){_JOIN}la\s+(?:{_CARDINALS})\b", re.I)
_NOT_AFTER_TWO_NUMBERS = re.compile(r"\s+(?:de|del)\b", re.I)
# What may follow a corner: the end of the clause, or a word that is no noun of the number.
_END = re.compile(r"\s*(?:$|[,.;:?!]|al\s+(?:lado|norte|sur|este|oeste|frente)\b|"
                  r"(?:en|de|y|e|pero|por|cerca|desde|hace|que|a|donde|"
                  r"con|se|me|le|lo|la|el|los|las|no|ya|para|porque)\b)", re.I)
_NAME_WORD_RANK = 3000  # a name or place this frequent in Spanish is a word first


def spanish_corners(text: str) -> Iterator[tuple[str, int, int]]:
    """("STREET_ADDRESS", start, end) of each corner of a numbered and a named street."""
    for match in _NAME_FIRST.finditer(text):
        name = _street_name(text, match.start("name"), match.end("name"))
        if name is not None and _END.match(text, match.end()):
            yield "STREET_ADDRESS", name[0], match.end()
    for match in _TWO_NUMBERS.finditer(text):
        if _END.match(text, match.end()) \
                and not _NOT_AFTER_TWO_NUMBERS.match(text, match.end()):
            yield "STREET_ADDRESS", match.start("number"), match.end()
    for match in _NUMBER_FIRST.finditer(text):
        name = _street_name(text, match.start("name"), match.end("name"))
        if name is not None and _END.match(text, name[1]):
            yield "STREET_ADDRESS", match.start("number"), name[1]


def _street_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The street's name in ``text[start:end]`` (its first word, or both when both look
    like one), or None when the first word is no street's name."""
    words = list(re.finditer(r"[^\W\d_][\w'\u2019.-]*", text[start:end]))
    kept = None
    for word in words:
        if not _name_like(text, start + word.start(), start + word.end()):
            break
        kept = (start, start + word.end())
    return kept


def _name_like(text: str, start: int, end: int) -> bool:
    word = text[start:end].rstrip(".")
    key = fold(word)
    if key in TIME_WORDS or key in KIN_AND_TITLES or key in GENERIC_PEOPLE \
            or re.fullmatch(_ORDINALS, key) or re.fullmatch(_CARDINALS, key) or len(key) < 3 \
            or is_medical(text, start, end, key, "es"):
        return False
    rank = common("es").get(key)
    if word[0].isupper() and (start == 0 or text[:start].rstrip()[-1:] not in ".?!¿¡"):
        return rank is None or rank >= 300 or key in names() or key in places()
    if rank is None:  # "pacific", "broadway": no Spanish word
        return True
    return (key in names() or key in places()) and rank >= _NAME_WORD_RANK
