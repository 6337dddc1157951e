"""A Spanish id said as one number keeps its millions: "mi rut es doce millones
trescientos cuarenta y cinco mil seiscientos setenta y ocho guion k".

Why: the spoken-number reader takes "mil" but not "millones", so a RUT or a cédula said
as a cardinal was found from its thousands on and "doce millones" went out with the
text. An id, phone or other number already found right after "<number> millones" starts
at that number instead.
"""

from __future__ import annotations

import re
from itertools import pairwise

from redaction.entity import Entity, replacing
from redaction.lexicon import ES_HUNDREDS, ES_TEENS, ES_TENS, ES_UNITS
from redaction.numbers import number_runs

_WORDS = "|".join(sorted({*ES_UNITS, *ES_TEENS, *ES_TENS, *ES_HUNDREDS, "veintiún"},
                         key=len, reverse=True))
_MILLIONS_BEFORE = re.compile(rf"\b((?:{_WORDS})(?:\s+(?:y\s+)?(?:{_WORDS}))*)\s+"
                              r"mill[oó]n(?:es)?[\s,]+$", re.I)


def start_with_millions(text: str, start: int) -> int:
    """Where a number found at ``start`` begins when "<number> millones" stands before it."""
    found = _MILLIONS_BEFORE.search(text, max(0, start - 60), start)
    return found.start(1) if found is not None else start


# What a count of millions counts when it is no id: "un millón doscientas mil copias".
_UNIT_AFTER = re.compile(r"\s+(?:de\s+)?(?:copias|pesos|d[oó]lares|euros|soles|bolivianos|"
                         r"colones|quetzales|lempiras|c[eé]lulas|plaquetas|habitantes|"
                         r"personas|unidades|veces)\b", re.I)
_CHECK_DIGIT = re.compile(r"\s+(?:guion|gui[oó]n|raya)\s+(?:k|ka|cero|uno|dos|tres|cuatro|"
                          r"cinco|seis|siete|ocho|nueve)\b", re.I)
_MILLIONS = re.compile(r"\s+mill[oó]n(?:es)?\s+", re.I)


def with_millions_ids(text: str, entities: list[Entity], language: str) -> list[Entity]:
    """``entities`` (sorted, not overlapping) with each id said in millions (``millions_ids``)
    found whole: alone it is an id number; what it overlaps is widened to hold it."""
    if language != "es":
        return entities
    for start, end in millions_ids(text):
        inside = [e for e in entities if e.start < end and start < e.end]
        whole = Entity(inside[0].type if inside else "ID_NUMBER",
                       min([start, *(e.start for e in inside)]),
                       max([end, *(e.end for e in inside)]))
        entities = replacing(entities, inside, whole)
    return entities


def millions_ids(text: str) -> list[tuple[int, int]]:
    """Where an id said as one cardinal stands with no word of ids before it ("sí, catorce
    millones quinientos ochenta y dos mil trescientos nueve guion k"): its millions, then
    its thousands and units in full (not round: "dos millones quinientos mil" is a sum),
    and no unit after it (copies, pesos)."""
    runs = number_runs(text, "es")
    found = []
    for before, after in pairwise(runs):
        between = text[before.end:after.start]
        if not _MILLIONS.fullmatch(between) \
                or len(after.digits) != 6 or after.digits.endswith("000") \
                or not 1 <= int(before.digits or 0) <= 99 \
                or _UNIT_AFTER.match(text, after.end):
            continue
        check = _CHECK_DIGIT.match(text, after.end)
        found.append((before.start, check.end() if check else after.end))
    return found
