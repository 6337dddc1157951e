"""A level said after what was measured is no name ("Presión Alta", "Azúcar Baja",
"Colesterol Elevado"), nor a word before its condition's qualifier ("Espina Bífida",
"Púrpura Trombocitopénica", "Vías Urinarias").

Why: "Alta" is a given name, so the rule for an adjective after a condition's name
(``medical._describes_a_condition``) leaves it to be a person, and a written "Tengo
Presión Alta" went out as a name. Nobody named Alta stands right after "presión" or
"azúcar"; after a measure and its level the words say how much, not who. Likewise a surname-word
("Espina", "Púrpura", "Vías") right before an adjective that only a condition takes
("bífida", "trombocitopénica", "urinarias": ``data/condition_names_es.txt``) is that
condition's head.
"""

from __future__ import annotations

import re

_MEASURE_BEFORE = re.compile(r"\b(?:presi[oó]n(?:\s+arterial)?|tensi[oó]n(?:\s+arterial)?|"
                             r"az[uú]car|glucosa|glicemia|glucemia|colesterol|triglic[eé]ridos|"
                             r"temperatura|fiebre|creatinina|hemoglobina|plaquetas|"
                             r"[aá]cido\s+[uú]rico|potasio|sodio|calcio|hierro|tiroides)"
                             r"\s+(?:(?:muy|bien|un\s+poco|algo)\s+)?$", re.I)
_LEVELS = frozenset({"alta", "alto", "altas", "altos", "baja", "bajo", "bajas", "bajos",
                     "elevada", "elevado", "elevadas", "elevados", "normal", "descontrolada",
                     "descontrolado", "controlada", "controlado"})


def level_of_a_measure(text: str, start: int, key: str) -> bool:
    """Is the folded word ``key`` at ``start`` a level said right after a measure?"""
    return key in _LEVELS and _MEASURE_BEFORE.search(text, max(0, start - 40), start) is not None


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
# Adjective endings: a qualifier, not a noun of its own ("bífida", "reumatoide").
_ADJECTIVE = re.compile(r"(?:ic[oa]s?|id[oa]s?|oides?|antes?|ari[oa]s?|^valg(?:[oa]s?|us)|"
                        r"^var[oa]s?)$")


def before_its_qualifier(text: str, end: int) -> bool:
    """Is the word ending at ``end`` followed by a condition's adjective that the
    condition list holds?"""
    from redaction.gazetteer import fold
    from redaction.medical_lists import condition_names_es

    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    key = fold(after.group(1))
    return key in condition_names_es() and _ADJECTIVE.search(key) is not None


# Words a qualifier after them ("alto", "crónico") never makes a condition: an article and
# the heads of towns' names ("El Alto", "Valle Bajo", "Villa Alta").
_NEVER_QUALIFIED = frozenset({"el", "la", "los", "las", "villa", "valle", "puerto", "cerro",
                              "barrio", "pueblo", "rio", "monte", "llano", "paso", "ciudad"})
_PLACE_PART_RANK = 8000  # a listed place rarer than this is a place, not a lab's name
_PLACE_PART = re.compile(r"[\s-]+(?:alt|baj)[oa]s?\b", re.I)


def qualified_place(base: str, after: str) -> bool:
    """Is the folded word ``base``, before ``after``, a place a qualifier never makes a
    condition of? A town's head word always ("Villa Alta"); a listed place no frequent
    word shares before "alto" or "bajo", its part ("Vallecas Alto"); "hierro alto",
    "azúcar alta" are a level."""
    from redaction.wordlists import common, places

    return base in _NEVER_QUALIFIED or _starts_a_place(after) or (
        _PLACE_PART.match(after) is not None and places().get(base) is not None
        and common("es").get(base, _PLACE_PART_RANK)
        >= _PLACE_PART_RANK and common("en").get(base, _PLACE_PART_RANK) >= _PLACE_PART_RANK)


_NEXT_WORDS = re.compile(r"[\s,]+((?:[^\W\d_]+[ \t]+){1,2}[^\W\d_]+)")


def _starts_a_place(after: str) -> bool:
    """Does the qualifier after the word begin a listed place of several words ("la paz
    baja california sur", "cobán alta verapaz")? Then it is that place's, not a level."""
    from redaction.wordlists import fold, places

    words = _NEXT_WORDS.match(after)
    if words is None:
        return False
    parts = fold(words.group(1)).split()
    return any(" ".join(parts[:n]) in places() for n in range(2, len(parts) + 1))
