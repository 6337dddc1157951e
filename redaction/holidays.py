"""Holidays said with their year: "new year's day two thousand nineteen", "christmas eve
of 2021", "thanksgiving nineteen ninety eight". A holiday names one day, so with a year
it is a date as identifying as "january first"; so is a day counted from it ("the week
after Labor Day", "the Thursday after Thanksgiving", "the day before Christmas Eve"), and
the holiday said as when something happened, after a preposition of time ("admitted on
Christmas Eve", "since Memorial Day", "right after Labor Day", "around Thanksgiving",
"over Labor Day weekend"): outside writers mark these two times in three. A holiday that
recurs ("every Christmas Eve"), names a thing ("the Christmas lights"), says why someone
travelled ("home for Thanksgiving") or stands for its season ("after Christmas", "before
Easter", said bare) is left. In Spanish a day counted from a
holiday ("el lunes después de Semana Santa", "la víspera de Año Nuevo"), and a holiday of
one day said with its article or a preposition of time ("el Día de Reyes", "el Viernes
Santo", "desde el Día de Muertos"); a season ("en Navidad", "para Semana Santa") is left,
as a month alone is.

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
    r"new year'?s(?:\s+(?:day|eve))?|christmas(?:\s+(?:day|eve))?|xmas|thanksgiving(?:\s+day)?|"
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
             r"la\s+independencia|san\s+valent[ií]n|acci[oó]n\s+de\s+gracias|difuntos|"
             r"fieles\s+difuntos|todos\s+los\s+santos|(?:los\s+)?santos\s+inocentes|"
             r"inocentes|la\s+candelaria|la\s+virgen(?:\s+de\s+guadalupe)?|guadalupe|"
             r"la\s+raza|la\s+hispanidad|la\s+bandera|la\s+constituci[oó]n|"
             r"la\s+revoluci[oó]n|los\s+enamorados|la\s+amistad|santiago)|"
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
                     r"before|of)\s+(?:the\s+)?|(?P<when>on|since|until|till|through|thru|"
                     r"around|over|by|during|(?:right|just|until|till|not\s+long)\s+"
                     r"(?:after|before))\s+(?:the\s+)?)$",
                     re.I)
# After the holiday: its weekend is the same date ("over Labor Day weekend"); a thing
# named by the holiday is no date ("after the Christmas party", "since the Easter egg hunt").
_WEEKEND = re.compile(r"\s+weekend\b", re.I)
_THING_AFTER = re.compile(r"\s+(?:lights|tree|trees|decorations|cards?|gifts?|presents?|"
                          r"music|songs?|sweaters?|shopping|movies?|candy|cookies|spirit|"
                          r"party|parties|dinner|lunch|eggs?|hunt|break|vacation|sales?|"
                          r"parade|bonus|season|shift|leftovers|turkey|plans|ads|deals|"
                          r"costumes?|baskets?|chocolates?|brunch|feast|rush|shoppers|"
                          r"traffic|travel|weekend\s+(?:plans|traffic|sales))\b", re.I)
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
# Holidays of one day (not "Navidad", "Semana Santa", "Pascua", "Reyes" alone: seasons, or
# a surname), and what says one is when something happened: its article or a preposition
# of time ("el Día de Reyes", "desde la Nochebuena", "hasta el Viernes Santo").
_ONE_DAY_ES = re.compile(r"d[ií]a\s+|nochebuena|nochevieja|jueves\s+santo|viernes\s+santo|"
                         r"domingo\s+de|mi[eé]rcoles\s+de", re.I)
_ON_THE_DAY_ES = re.compile(r"\b(?:(?:desde|hasta|antes\s+de|despu[eé]s\s+de)\s+)?"
                            r"(?:el|la)\s+$|\b(?:desde|hasta)\s+$", re.I)
# The holiday as a holiday, not as a day of the person's: "me encanta el día de muertos",
# "para el día de muertos", "el día del niño es divertido" (review RV27).
_AS_A_HOLIDAY_ES = re.compile(r"\b(?:para|encanta|encantan|gusta|gustan|celebr\w*|"
                              r"festej\w*|pasar|pasamos|pasan)\s+(?:el|la)\s+$", re.I)
_SAID_OF_IT_ES = re.compile(r"\s+(?:es|era|fue|son|será)\b", re.I)


def holiday_dates(text: str, language: str) -> Iterator[tuple[int, int]]:
    """Spans of a holiday and the year of 19xx or 20xx said right after it, and of a day
    counted from a holiday or a holiday said as when something happened."""
    if language == "es":
        for match in _HOLIDAY_ES.finditer(text):
            day_of = _DAY_OF_ES.search(text, max(0, match.start() - _YEAR_CHARS),
                                       match.start())
            if day_of is not None:  # "el lunes después de semana santa"
                yield day_of.start(), match.end()
            elif _ONE_DAY_ES.match(match.group()) \
                    and _ON_THE_DAY_ES.search(text, max(0, match.start() - _YEAR_CHARS),
                                              match.start()) \
                    and not _AS_A_HOLIDAY_ES.search(text, max(0, match.start() - _YEAR_CHARS),
                                                     match.start()) \
                    and not _SAID_OF_IT_ES.match(text, match.end()):
                yield match.start(), match.end()  # "el día de reyes", "desde nochebuena"
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
        if day_of is not None and match.start() not in with_year \
                and not _THING_AFTER.match(text, match.end()):
            # "the week after labor day"; "on christmas eve": the holiday alone
            weekend = _WEEKEND.match(text, match.end())
            yield (match.start() if day_of.group("when") else day_of.start()), \
                weekend.end() if weekend else match.end()
