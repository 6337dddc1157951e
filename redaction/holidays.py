"""Holidays said with their year: "new year's day two thousand nineteen", "christmas eve
of 2021", "thanksgiving nineteen ninety eight". A holiday names one day, so with a year
it is a date as identifying as "january first"; so is a day counted from it ("the week
after Labor Day", "the Thursday after Thanksgiving", "the day before Christmas Eve"), and
the holiday said as when something happened ("admitted on Christmas Eve", "since Memorial
Day"). Said as a season ("see you after christmas", "home for thanksgiving") it is left,
as a month alone is. In Spanish only a day counted from a holiday ("el lunes después de
Semana Santa", "la víspera de Año Nuevo"): outside writers leave "en Navidad", "desde la
Semana Santa" as seasons.

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
    r"columbus\s+day|cinco\s+de\s+mayo|(?:the\s+)?fourth\s+of\s+july|"
    # the days of the faiths and the seasons' feasts
    r"ash\s+wednesday|palm\s+sunday|holy\s+(?:thursday|saturday)|maundy\s+thursday|"
    r"mardi\s+gras|fat\s+tuesday|rosh\s+hashanah|yom\s+kippur|passover|hanukkah|"
    r"chanukah|diwali|eid(?:\s+al[\s-](?:fitr|adha))?|lunar\s+new\s+year|"
    r"chinese\s+new\s+year|kwanzaa|groundhog\s+day|super\s+bowl\s+sunday|"
    r"election\s+day|tax\s+day|black\s+friday")
_NAMES_ES = (r"navidad|nochebuena|nochevieja|a[ñn]o\s+nuevo|semana\s+santa|"
             r"d[ií]a\s+de\s+la\s+mujer|mi[eé]rcoles\s+de\s+ceniza|"
             r"d[ií]a\s+de\s+(?:san|santa)\s+[^\W\d_]+|"  # "el día de San Juan"
             r"d[ií]a\s+de\s+(?:los\s+)?(?:muertos|reyes|la\s+madre|las\s+madres|"
             r"la\s+independencia|san\s+valent[ií]n|acci[oó]n\s+de\s+gracias)|"
             r"d[ií]a\s+del\s+(?:padre|ni[ñn]o|trabajo)|reyes|jueves\s+santo|"
             r"viernes\s+santo|domingo\s+de\s+ramos|domingo\s+de\s+pascua|pascua|"
             r"acci[oó]n\s+de\s+gracias")
_HOLIDAYS = re.compile(rf"\b(?:{_NAMES})(?:[\s,]+(?:of|in)\b)?[\s,]+", re.I)
_HOLIDAY = re.compile(rf"\b(?:{_NAMES})\b", re.I)
_YEAR_CHARS = 40  # how far after the holiday its year may run
# A day counted from a holiday, or the holiday as the day something happened.
_COUNT = r"(?:the|a|one|two|three|four|five|six|seven|a\s+couple\s+of|a\s+few|\d)"
_DAY_OF = re.compile(rf"\b(?:(?:{_COUNT}\s+)?(?:days?|weeks?|weekend|night|morning|evening|"
                     r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:after|"
                     r"before|of)\s+(?:the\s+)?|(?P<when>on|since|until|till)\s+(?:the\s+)?)$",
                     re.I)
_COUNT_ES = r"(?:el|la|un|una|dos|tres|cuatro|cinco|seis|siete|\d)"
_DAY_OF_ES = re.compile(
    rf"\b(?:(?:(?:{_COUNT_ES}\s+)?(?:d[ií]as?|semanas?|fin\s+de\s+semana|lunes|martes|"
    r"mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)(?:\s+siguiente|\s+anterior)?\s+"
    r"(?:despu[eé]s|antes)\s+|(?:la\s+)?v[ií]spera\s+)(?:de\s+(?:la\s+|el\s+)?|del\s+)|"
    # the holiday said after its date: "el 8 de marzo, Día de la Mujer"
    r"de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|"
    r"octubre|noviembre|diciembre)[\s,]+(?:el\s+)?)$",
    re.I)
_HOLIDAY_ES = re.compile(rf"\b(?:{_NAMES_ES})\b", re.I)


def holiday_dates(text: str, language: str) -> Iterator[tuple[int, int]]:
    """Spans of a holiday and the year of 19xx or 20xx said right after it, and of a day
    counted from a holiday or a holiday said as when something happened."""
    if language == "es":
        for match in _HOLIDAY_ES.finditer(text):
            day_of = _DAY_OF_ES.search(text, max(0, match.start() - _YEAR_CHARS),
                                       match.start())
            if day_of is not None:  # "el lunes después de semana santa"
                yield day_of.start(), match.end()
        return
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
