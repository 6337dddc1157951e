"""Addresses given from a landmark, as Nicaragua and Costa Rica (and much of Central
America) give them: no street name, no house number, but a landmark and the blocks,
yards or metres from it: "del parque central dos cuadras al sur y media al este", "de
la iglesia San José 200 metros al norte", "de donde fue el cine González tres cuadras
abajo", "100 metros oeste de la escuela". They locate one house as well as a street
and number do.

The anchor is a distance and a direction ("dos cuadras al sur", "50 varas al lago");
the address runs back to "de / del / de la" and its landmark before it (at most a few
words), or on to the landmark after it ("... al norte de la escuela"), and on over
further legs ("y media al este", ", 25 varas arriba").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaction.numbers import number_runs

_UNIT = r"(?:cuadras?|c\.|varas|vrs\.?|metros|mts\.?|m\.?|kil[oó]metros?|kms?\.?)"
_DIRECTION = (r"(?:(?:al|hacia\s+el|hacia\s+la|a\s+la|para\s+el|rumbo\s+al)\s+)?"
              r"(?:norte|sur|este|oeste|oriente|poniente|arriba|abajo|lago|monta[ñn]a)\b")
_LEG = re.compile(rf"\s*{_UNIT}\s+{_DIRECTION}", re.I)
# A further leg: "y media al este", ", 25 varas arriba", "y luego una cuadra al sur".
_MORE = re.compile(rf"[\s,]+(?:y\s+)?(?:luego\s+|despu[eé]s\s+)?(?:(?:media|medio)\s+"
                   rf"(?:{_UNIT}\s+)?{_DIRECTION}|"
                   rf"(?:una|un|media|\d+|[a-záéíóúñ]+(?:\s+y\s+[a-záéíóúñ]+)?)\s+{_UNIT}"
                   rf"\s+{_DIRECTION})", re.I)
# "media cuadra", "una cuadra": counts that ``number_runs`` does not read as numbers.
_ONE_OR_HALF = re.compile(r"\b(?:una|un|media|medio)\s*$", re.I)
# The landmark before the first leg: "del parque central", "de donde fue el cine
# González", "de la iglesia San José"; a few words, no sentence break.
_FROM_BEFORE = re.compile(r"\b(?:de|del|desde)\s+(?:donde\s+(?:fue|era|estaba)\s+)?"
                          r"(?:(?:el|la|los|las)\s+)?(?P<landmark>(?:[^\W\d_][\w'-]*[\s,]+){1,5})$",
                          re.I)
# The landmark after the last leg (Costa Rica's order): "... al norte de la escuela".
_FROM_AFTER = re.compile(r"\s+(?:de|del)\s+(?:(?:el|la|los|las)\s+)?"
                         r"(?:[^\W\d_][\w'-]*(?:\s+|$)){1,4}", re.I)
# Words no landmark's name holds: a clause, not a place ("de tanto que camino dos ...").
_STOP = re.compile(r"\b(?:y|que|pero|porque|cuando|me|se|le|tomo|tengo|es|est[aá])\b", re.I)


def relative_addresses(text: str) -> Iterator[tuple[str, int, int]]:
    """(STREET_ADDRESS, start, end) of each address given from a landmark."""
    for leg in _LEG.finditer(text):
        count_start = _count_before(text, leg.start())
        if count_start is None:
            continue
        end = leg.end()
        while more := _MORE.match(text, end):
            end = more.end()
        start = count_start
        before = _FROM_BEFORE.search(text, max(0, count_start - 70), count_start)
        if before is not None and not _STOP.search(before.group("landmark")):
            start = before.start()
        else:
            after = _FROM_AFTER.match(text, end)
            if after is None:
                continue  # "camino dos cuadras al sur": a walk, no landmark
            end = after.end()
        yield "STREET_ADDRESS", start, len(text[:end].rstrip(" ,"))


def _count_before(text: str, at: int) -> int | None:
    """Where the count before the unit at ``at`` starts ("dos", "200", "media", "una";
    None if no count stands there)."""
    window = text[max(0, at - 40):at]
    half = _ONE_OR_HALF.search(window)
    if half is not None:
        return at - len(window) + half.start()
    runs = number_runs(window, "es")
    if runs and not window[runs[-1].end:].strip():
        return at - len(window) + runs[-1].start
    return None
