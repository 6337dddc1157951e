"""A day and a month said as numbers joined by "slash", with no year: "eleven slash four",
"i was born twenty three slash five", "we moved on four slash two".

Why: a transcript writes "11/4" said aloud as "eleven slash four"; ``date_stretch``
takes two short numbers said apart for a time or a reading ("11 30"), which "slash"
between them is not. The pair is a date when one number can be a month and the other
a day, and nothing says it is something else:

- a score or a reading: "pain is seven slash ten", "rated it eight slash ten", "vision
  twenty slash twenty" (a cue word before it, or "slash ten" after a small number);
- a dose of a combination ("five slash three twenty five": another number follows) or
  a unit after it ("one slash two tablet");
- round-the-clock care: "twenty four slash seven";
- a part of a whole or a span: "two slash five of the nodes", "two slash three weeks".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from redaction.numbers import number_runs
from redaction.recognizers import _UNITS_AFTER

_SLASH = re.compile(r"\s*(?:\bslash\b|/)\s*", re.I)
_SCORE_CUE = re.compile(r"\b(?:pain|scale|score|scored|rate|rated|rating|level|severity|"
                        r"mood|energy|strength|vision|eyesight|out\s+of|grade|bp|"
                        r"blood\s+pressure|pressure|reading|ratio|power|acuity|gcs|reflexes|"
                        r"reflex|murmur|apgar|phq|gad|moca|mmse|audit|epworth|tanner|ecog|"
                        r"mrc|hearing|stage|tone|sensation|motor|muscle|"
                        r"marks?|points?)\b[^.?!]{0,30}$", re.I)
# A part of a whole or a span, not a date: "two slash five of the nodes", "take one slash
# two of a tablet", "two slash three weeks", "six slash six vision".
_PART_AFTER = re.compile(r"\s*(?:of|weeks?|days?|months?|years?|times|vision|hours?)\b", re.I)
_NUMBER_AFTER = re.compile(r"\s*(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|"
                           r"ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|oh|zero|"
                           r"point)\b)", re.I)


def slash_dates(text: str) -> Iterator[tuple[int, int]]:
    """Spans of a day and a month said with "slash" between them (English)."""
    runs = list(number_runs(text, "en"))
    for first, second in pairwise(runs):
        if not _SLASH.fullmatch(text, first.end, second.start):
            continue
        a, b = first.digits, second.digits
        if not (a.isdigit() and b.isdigit() and len(a) <= 2 and len(b) <= 2):
            continue
        day, month = int(a), int(b)
        if not (1 <= day <= 31 and 1 <= month <= 31 and min(day, month) <= 12):
            continue
        if (day, month) == (24, 7) or (month == 10 and day <= 10):
            continue  # "twenty four slash seven"; "seven slash ten": a score
        rest = text[second.end:]
        if _SLASH.match(rest) or _NUMBER_AFTER.match(rest) or _UNITS_AFTER.match(rest) \
                or _PART_AFTER.match(rest):
            continue  # a year follows (the stretch reads it), a dose, a unit
        if _SCORE_CUE.search(text, 0, first.start):
            continue
        yield first.start, second.end
