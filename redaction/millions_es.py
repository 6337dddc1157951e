"""A Spanish id said as one number keeps its millions: "mi rut es doce millones
trescientos cuarenta y cinco mil seiscientos setenta y ocho guion k".

Why: the spoken-number reader takes "mil" but not "millones", so a RUT or a cédula said
as a cardinal was found from its thousands on and "doce millones" went out with the
text. An id, phone or other number already found right after "<number> millones" starts
at that number instead.
"""

from __future__ import annotations

import re

from redaction.lexicon import ES_HUNDREDS, ES_TEENS, ES_TENS, ES_UNITS

_WORDS = "|".join(sorted({*ES_UNITS, *ES_TEENS, *ES_TENS, *ES_HUNDREDS, "veintiún"},
                         key=len, reverse=True))
_MILLIONS_BEFORE = re.compile(rf"\b((?:{_WORDS})(?:\s+(?:y\s+)?(?:{_WORDS}))*)\s+"
                              r"mill[oó]n(?:es)?[\s,]+$", re.I)


def start_with_millions(text: str, start: int) -> int:
    """Where a number found at ``start`` begins when "<number> millones" stands before it."""
    found = _MILLIONS_BEFORE.search(text, max(0, start - 60), start)
    return found.start(1) if found is not None else start
