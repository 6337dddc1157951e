"""Pieces of one Spanish address that the street rules find apart, joined.

"kilómetro doce de la carretera a masaya" is found as "kilómetro doce" and "carretera
a masaya", with "de la" left between them; "calle miguel hidalgo y costilla número
cuatro" stops at "y", a street name's own conjunction, and leaves the name's end and
the house number out. Each leaves enough of the address to read it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from redaction.numbers import number_runs

# What may stand between two parts of one address: "de la", "del", "en".
_LINK = re.compile(r"\s*,?\s*(?:de\s+la|de\s+los|del|de|en\s+la|en\s+el|en)\s*", re.I)
# A street name that goes on after "y" to its house number: "y costilla número cuatro".
_AND_NAME = re.compile(r"\s+y\s+(?:[^\W\d_]+\s+){1,3}?(?:n[úu]mero|no\.?|nº|#)\s*", re.I)


def joined(text: str, found: Iterable[tuple[str, int, int]]) -> Iterator[tuple[str, int, int]]:
    """The findings in reading order, two street addresses with only a link between
    them made one, and a street name carried on over "y" to its house number."""
    merged: list[tuple[str, int, int]] = []
    for kind, start, end in sorted(found, key=lambda f: (f[1], -f[2])):
        if kind == "STREET_ADDRESS":
            end = _past_joined_name(text, end)
        if merged and kind == "STREET_ADDRESS" and merged[-1][0] == "STREET_ADDRESS" \
                and start >= merged[-1][2] \
                and _LINK.fullmatch(text, merged[-1][2], start) is not None:
            merged[-1] = ("STREET_ADDRESS", merged[-1][1], max(end, merged[-1][2]))
            continue
        merged.append((kind, start, end))
    yield from merged


def _past_joined_name(text: str, end: int) -> int:
    """The end of "y costilla número cuatro" after a street that ends at ``end`` (``end``
    when no name and number follow)."""
    more = _AND_NAME.match(text, end)
    if more is None:
        return end
    digits = re.match(r"\d{1,5}[A-Za-z]?\b", text[more.end():])
    if digits is not None:
        return more.end() + digits.end()
    runs = number_runs(text[more.end():more.end() + 60], "es")
    return more.end() + runs[0].end if runs and runs[0].start == 0 else end
