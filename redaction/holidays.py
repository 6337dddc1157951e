"""Holidays said with their year: "new year's day two thousand nineteen", "christmas eve
of 2021", "thanksgiving nineteen ninety eight". A holiday names one day, so with a year
it is a date as identifying as "january first"; so is a day counted from it ("the week
after Labor Day", "the Thursday after Thanksgiving", "the day before Christmas Eve"), and
the holiday said as when something happened ("admitted on Christmas Eve", "since Memorial
Day"). Said as a season ("see you after christmas", "home for thanksgiving") it is left,
as a month alone is. English only: the Spanish sets say dates by day and month.

Kept apart from ``dates.py``, which reads dates by their numbers and month words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaction.numbers import number_runs
from redaction.recognizers import _UNITS_AFTER

# Holidays name a day; with a year they are a date: "new year's day two thousand
# nineteen", "christmas eve of 2021", "thanksgiving '98".
_NAMES = (
    r"new year'?s(?:\s+(?:day|eve))?|christmas(?:\s+(?:day|eve))?|xmas|thanksgiving|"
    r"easter(?:\s+(?:sunday|monday))?|good\s+friday|independence\s+day|memorial\s+day|"
    r"labou?r\s+day|veterans'?\s+day|halloween|valentine'?s(?:\s+day)?|mother'?s\s+day|"
    r"father'?s\s+day|juneteenth|boxing\s+day|(?:st\.?|saint)\s+patrick'?s\s+day|"
    r"(?:martin\s+luther\s+king|mlk)(?:\s+jr\.?)?\s+day|presidents'?\s+day|"
    r"columbus\s+day|cinco\s+de\s+mayo")
_HOLIDAYS = re.compile(rf"\b(?:{_NAMES})(?:[\s,]+(?:of|in)\b)?[\s,]+", re.I)
_HOLIDAY = re.compile(rf"\b(?:{_NAMES})\b", re.I)
_YEAR_CHARS = 40  # how far after the holiday its year may run
# A day counted from a holiday, or the holiday as the day something happened.
_DAY_OF = re.compile(r"\b(?:(?:the\s+)?(?:day|week|weekend|night|morning|evening|monday|"
                     r"tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:after|before|"
                     r"of)\s+(?:the\s+)?|(?P<when>on|since|until|till)\s+(?:the\s+)?)$", re.I)


def holiday_dates(text: str, language: str) -> Iterator[tuple[int, int]]:
    """Spans of a holiday and the year of 19xx or 20xx said right after it."""
    if language != "en":
        return
    with_year = set()
    for match in _HOLIDAYS.finditer(text):
        runs = number_runs(text[match.end():match.end() + _YEAR_CHARS], language)
        year = runs[0] if runs and runs[0].start == 0 else None
        if year and re.fullmatch(r"(?:19|20)\d\d", year.digits) \
                and not _UNITS_AFTER.match(text[match.end() + year.end:]):
            with_year.add(match.start())
            yield match.start(), match.end() + year.end
    for match in _HOLIDAY.finditer(text):
        day_of = _DAY_OF.search(text, max(0, match.start() - _YEAR_CHARS), match.start())
        if day_of is not None and match.start() not in with_year:
            # "the week after labor day"; "on christmas eve": the holiday alone
            yield (match.start() if day_of.group("when") else day_of.start()), match.end()
