"""Parts of an address that English speech outside the US says in shapes of its own.

Why: a transcript writes what the caller says, with no capitals, commas or the
abbreviations a form has, and the other address rules read US and European shapes:

- a UK postcode read letter by letter and digit by digit with no "postcode" before it
  ("it's l s six two d w", "e c one a one b b"): one or two letters, one or two digits
  (a letter may follow), then a digit and two letters of the inward code's alphabet
  (no c, i, k, m, o or v): a run no word, dose or reading has;
- the Philippines' block and lot ("blk 5 lot 12", "block five lot twelve phase two"):
  a subdivision's plot, said in that order;
- India's sector of a planned town ("sector fifteen noida", "sector 21"), said with its
  number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_SMALL = (r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
          r"nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
          r"(?:[\s-]" + _DIGIT + r")?|" + _DIGIT + r")")
_NUMBER = rf"(?:\d{{1,4}}[a-z]?|{_SMALL}(?:\s+{_DIGIT}){{0,2}})"
_INWARD = r"[abd-hjlnp-uw-z]"
_UK_SAID = re.compile(
    rf"(?<![\w'])((?:[a-z]\s+){{1,2}})(?:{_DIGIT}|{_SMALL})(?:\s+{_DIGIT})?(?:\s+[a-z])?"
    rf"\s+{_DIGIT}\s+{_INWARD}\s+{_INWARD}(?![\w'])", re.I)
_BLOCK_LOT = re.compile(
    rf"\b(?:blk\.?|block)\s+{_NUMBER}\s*,?\s+(?:lot|lt\.?)\s+{_NUMBER}"
    rf"(?:\s*,?\s+phase\s+{_NUMBER})?", re.I)
_SECTOR = re.compile(rf"\bsector\s+{_NUMBER}\b(?!\s*(?:percent|%|per\s+cent))", re.I)


def said_address_parts(text: str) -> Iterator[tuple[str, int, int]]:
    """(type, start, end) of each part above in English ``text``."""
    for match in _UK_SAID.finditer(text):
        if match.group(1).split()[0].lower() not in ("a", "i"):
            yield "ZIP_CODE", match.start(), match.end()  # "a one two d w": an article
    for pattern in (_BLOCK_LOT, _SECTOR):
        for match in pattern.finditer(text):
            yield "STREET_ADDRESS", match.start(), match.end()
