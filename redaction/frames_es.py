"""Spanish frames that name a medicine, beyond the verbs of taking and giving of
``medicine_context``: a second verb of treatment joined to one whose object is a known
medicine ("me quitó el losartán y me dejó la X, ..."), and what the word is said to be
("la X es mi anticonceptivo", "X era la pastilla"). Both hold for a word named like a
woman too: no person is anyone's contraceptive, and one prescriber who took a medicine
away and left another did both to things.
"""

from __future__ import annotations

import re
from functools import cache

# A second verb of treatment joined to a first whose object is a known medicine: "me
# quitó el losartán y me dejó la X", "me recetó metformina y me subió la X". Its object
# is a treatment too when what follows says so: the phrase ends, a dose or a purpose
# follows ("... y me dejó la Ana en la casa" stays a person).
_AFTER_ANOTHER_ES = re.compile(r"([^\W\d_]+)[\s,]+(?:y|e|pero|luego|después)\s+"
                               r"(?:(?:me|le|se|nos)\s+)?[^\W\d_]+\s+(?:el|la|los|las)\s+$", re.I)
_DOSE_OR_PURPOSE_ES = re.compile(r"\s*(?:[,.;:?!]|$)|\s+(?:a|hasta)\s+(?:una|un|media|medio|"
                                 r"dos|tres|cuatro|\d)|\s+(?:para|cada)\b", re.I)


def after_another_medicine(text: str, start: int, end: int, before: str) -> bool:
    """Does a verb of treatment joined to one whose object is a known medicine stand
    before ``text[start:end]``, with its phrase ended or a dose after it?"""
    from redaction.contexts import NAME_AFTER
    from redaction.gazetteer import fold
    from redaction.medical import _plainly_medical
    from redaction.medicine_context import _GIVING, _PRESCRIBED_THING_ES

    giving, prescribed = _GIVING["es"], _PRESCRIBED_THING_ES
    joined = _AFTER_ANOTHER_ES.search(before)
    if joined is None or not _plainly_medical(fold(joined.group(1))):
        return False
    # both verbs of treatment, so one subject (the prescriber) did both: "tomé el
    # paracetamol y me dejó la Carmen" has her as its subject
    first, tail = before[:joined.start(1)], before[joined.end(1):]
    if not all(giving.search(part) or prescribed.search(part)
               for part in (first, tail)):
        return False
    after = text[end:end + 40]
    return _DOSE_OR_PURPOSE_ES.match(after) is not None \
        and NAME_AFTER["es"].match(after) is None  # "..., mi vecina": a person


@cache
def _is_a_medicine() -> re.Pattern[str]:
    """What the word is, after it: "X es mi anticonceptivo", "la X era la pastilla"
    (compiled on first use: the nouns live in ``medicine_context``, which imports this
    module)."""
    from redaction.medicine_context import MEDICINE_NOUNS_ES

    return re.compile(r"[\s,]+(?:es|era|fue)\s+(?:mi|el|la|un|una|su|otro|otra)"
                      rf"\s+(?:{MEDICINE_NOUNS_ES})\b", re.I)


def named_a_medicine_after(text: str, end: int) -> bool:
    """Is the word ending at ``end`` said to be a medicine ("X es mi anticonceptivo")?"""
    return _is_a_medicine().match(text, end) is not None


# Besides or instead of it, another medicine taken: "aparte de la X tomo metformina",
# "en vez de la X me dieron omeprazol". Said of a person, a personal "a" would come
# before the other one ("en vez de la Ana me mandaron a la Rosa").
_BESIDES_BEFORE = re.compile(r"\b(?:en\s+vez|en\s+lugar|aparte|adem[aá]s)\s+(?:de|del)\s+"
                             r"(?:(?:el|la|los|las)\s+)?$", re.I)
_NEXT_WORDS = re.compile(r"[^\W\d_]+")


def instead_of_a_medicine(text: str, start: int, end: int) -> bool:
    """Is the word at ``text[start:end]`` set beside another medicine that a verb of
    taking or giving takes within the next few words?"""
    from redaction.gazetteer import fold
    from redaction.medical import _plainly_medical
    from redaction.medicine_context import _GIVING, _TAKING

    if _BESIDES_BEFORE.search(text, max(0, start - 40), start) is None:
        return False
    for count, word in enumerate(_NEXT_WORDS.finditer(text, end, end + 60)):
        if count >= 5:
            break
        if _plainly_medical(fold(word.group())):
            between = " " + text[end:word.start()]
            return bool(_TAKING["es"].search(between) or _GIVING["es"].search(between))
    return False


# A strength said after the medicine or its form, "de" and a number: "aspirina de
# cien", "la pastilla de cien", "tomo la de ciento doce". Levothyroxine comes in 100,
# 112 and 125, aspirin and losartan in 100: numbers that read as ages of 90 and over
# after "de" ("una señora de noventa y cinco").
_STRENGTH_OF = re.compile(r"([^\W\d_]+)\s+(?:de|del)\s+$", re.I)
_DOSAGE_FORMS = frozenset("""
pastilla pastillas tableta tabletas capsula capsulas comprimido comprimidos gragea grageas
ampolla ampollas ampolleta ampolletas inyeccion inyecciones sobre sobres frasco frascos
caja cajas jarabe parche parches dosis presentacion miligramos microgramos
pastillita pastillitas
""".split())
_PRONOUNS = frozenset({"el", "la", "los", "las", "un", "uno", "una", "unos", "unas", "otro",
                       "otra", "otros", "otras", "media", "medio", "esa", "ese", "esta",
                       "este", "aquella", "aquel"})
# A pill taken, then its strength: "tomo la de cien", "me tomo una de cien".
_TAKEN_ONE = re.compile(r"\b(?:tomo|toma|tomaba|tom[eé]|tomar|uso|usa|compro|compr[eé]|"
                        r"me\s+(?:dieron|dan|recetaron|recet[oó]|mandaron)|le\s+doy)\s+"
                        r"(?:el|la|los|las|un|uno|una|otro|otra|media|medio)\s+(?:de|del)\s+$",
                        re.I)


def strength_before(text: str, start: int) -> bool:
    """Does a medicine, a dosage form or a pill taken, then "de", stand just before the
    number at ``start``?"""
    from redaction.gazetteer import fold

    before = text[max(0, start - 60):start]
    if _TAKEN_ONE.search(before):
        return True
    found = _STRENGTH_OF.search(before)
    if found is None:
        return False
    key = fold(found.group(1))
    if key in _PRONOUNS:
        return False  # "atiendo a una de noventa y cinco": a woman, unless taken
    # a medicine, not any clinical word: "un señor con demencia de noventa y cuatro" is
    # an age (a review found conditions let such ages through)
    from redaction.medical import is_medicine_name

    return key in _DOSAGE_FORMS or is_medicine_name(key)
