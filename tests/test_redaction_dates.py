"""Dates of birth and other dates of a person, said the ways people and Whisper say them
(``bench/phi_dates.py`` found these gaps on its dev part): numbers only ("oh three
fifteen sixty two", "quince del tres del ochenta y dos"), the day before the month,
"nineteen hundred and", a year before the day, a weekday before the month,
hesitations and corrections inside ("no wait, the sixteenth", "no, perdón, 16"). Every
sentence here was written for the test, none copied from a benchmark set; durations,
doses, times, readings and ages beside the same cues must survive."""

from __future__ import annotations

import pytest

from redaction.dates import said_dates
from redaction.engine import Redactor


def hidden(redactor: Redactor, text: str, value: str, language: str) -> bool:
    """At least 90 % of the value's non-space characters lie inside findings."""
    start = text.index(value)
    covered = {i for e in redactor.analyze(text, language) for i in range(e.start, e.end)}
    chars = [i for i in range(start, start + len(value)) if not text[i].isspace()]
    return sum(i in covered for i in chars) >= 0.9 * len(chars)


@pytest.mark.parametrize(("language", "text", "value"), [
    # numbers only, after a cue or as the answer
    ("en", "birthday? uh, oh seven twenty two fifty one.", "oh seven twenty two fifty one"),
    ("en", "the procedure was four eleven twenty twenty three", "four eleven twenty twenty three"),
    ("en", "she came in on 06 30 uh 19", "06 30 uh 19"),
    ("en", "dob one one three nineteen hundred and forty seven",
     "one one three nineteen hundred and forty seven"),
    # the day before the month, a weekday, an apostrophe year, a filler inside
    ("en", "i was born twenty two october nineteen seventy", "twenty two october nineteen seventy"),
    ("en", "they saw him friday, june the ninth", "friday, june the ninth"),
    ("en", "it was the 2nd of august '71, i think", "the 2nd of august '71"),
    ("en", "discharged november, um, the third, two thousand and nine",
     "november, um, the third, two thousand and nine"),
    ("en", "dob is april seventh two uh thousand five", "april seventh two uh thousand five"),
    # a correction of the day, a year before the day
    ("en", "born june eleventh, no wait, the twelfth, nineteen eighty",
     "june eleventh, no wait, the twelfth, nineteen eighty"),
    ("en", "she was born in '58, on the fourth of may", "'58, on the fourth of may"),
    # Spanish: "del", "año", "mil novecientos", a restart, a correction, a year first
    ("es", "nació el dos del nueve del setenta y uno", "dos del nueve del setenta y uno"),
    ("es", "mi fecha de nacimiento es 4 del 11 del 66", "4 del 11 del 66"),
    ("es", "la cirugía fue el treinta del uno del dos mil veintiuno",
     "treinta del uno del dos mil veintiuno"),
    ("es", "ingresó en agosto de mil novecientos noventa y nueve",
     "agosto de mil novecientos noventa y nueve"),
    ("es", "nací el ocho, ocho de julio del año sesenta", "ocho, ocho de julio del año sesenta"),
    ("es", "nació el 12, no, perdón, 13 de enero de 1977", "12, no, perdón, 13 de enero de 1977"),
    ("es", "nací en el 71, un 9 de junio", "71, un 9 de junio"),
    ("es", "eh, veinte nueve sesenta y eh cuatro", "veinte nueve sesenta y eh cuatro"),
    ("es", "la consulta fue el lunes 3 de junio", "lunes 3 de junio"),
    # abbreviated months, a month and year in digits, "1ro"
    ("en", "labs drawn 7-Sep-2021, fasting", "7-Sep-2021"),
    ("en", "last mammogram 11/2019", "11/2019"),
    ("es", "la cita es el 1ro de agosto", "1ro de agosto"),
    # "slash" said, "or maybe", the day of birth alone, "el día" after the year
    ("en", "d.o.b. ten slash nine slash fifty one", "ten slash nine slash fifty one"),
    ("en", "it was may 5th, or maybe the 6th, of 2018", "may 5th, or maybe the 6th, of 2018"),
    ("en", "his birthday is on the seventeenth", "the seventeenth"),
    ("es", "nació en marzo del sesenta, el día nueve", "marzo del sesenta, el día nueve"),
    # three groups of digits as Whisper writes a date said, a year after "en el"
    ("en", "the fall was 6 14 22 or so", "6 14 22"),
    ("en", "she's a two nine seventy one baby", "two nine seventy one"),
    ("es", "pues, tres nueve ochenta y cuatro, así es", "tres nueve ochenta y cuatro"),
    ("es", "nací el 2 de abril, en el 59", "2 de abril, en el 59"),
    ("es", "ingresó el 3 de ago. de 2021", "3 de ago. de 2021"),
])
def test_dates_said_many_ways_are_hidden(redactor: Redactor, language: str, text: str,
                                         value: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "my blood pressure was 130/85 this morning"),
    ("en", "the pain was like a seven, it started two weeks ago"),
    ("en", "take five hundred milligrams twice a day for ten days"),
    ("en", "she is 62 and he is 64, both on the same dose"),
    ("en", "the second of three doses is due at ten thirty"),
    ("en", "he was up at 2, 3 and 4 in the morning"),
    ("en", "my sugar was one twenty over the weekend"),
    ("en", "she lives near six three four seven three"),
    ("en", "we walked forty five, four oh two steps"),
    ("es", "tiene tres hijos de 12, 10 y 8 años"),
    ("es", "la presión estaba en ciento treinta sobre ochenta y cinco"),
    ("es", "tome 2 pastillas cada 8 horas por 10 días"),
    ("es", "me duele desde hace dos semanas, como un siete de diez"),
])
def test_numbers_that_are_no_date_are_not_dates(language: str, text: str) -> None:
    assert list(said_dates(text, language)) == []


@pytest.mark.parametrize(("language", "text", "kept"), [
    ("en", "born march third nineteen sixty, and i'm 64 years old", "64 years"),
    ("en", "admitted on may 2nd, 2022, for 3 days", "3 days"),
    ("es", "nací el 5 de mayo del 70, tengo 54 años", "54 años"),
    ("es", "ingresó el quince del dos y estuvo diez días", "diez días"),
])
def test_a_date_stops_before_an_age_or_a_duration(redactor: Redactor, language: str,
                                                  text: str, kept: str) -> None:
    start = text.index(kept)
    spans = redactor.analyze(text, language)
    assert any(e.type in ("DATE_TIME", "DATE") for e in spans)
    assert not any(e.start < start + len(kept) and e.end > start for e in spans)


def test_the_year_of_a_said_date_is_no_age() -> None:
    from redaction.ages import AgeOver89Recognizer

    ages = AgeOver89Recognizer("en")
    assert list(ages.find("born january ninth, ninety-six")) == []
    assert [r.entity_type for r in ages.find("my dad, ninety-six, lives alone")] == ["AGE"]


@pytest.mark.parametrize("text", [
    "you may take it with food",
    "i'll march right in and ask",
    "the baby was born at 38 weeks",
    "the door code 1234 works",
])
def test_month_words_that_are_verbs_and_durations_after_born_are_no_dates(text: str) -> None:
    from redaction.dates import SpokenDateRecognizer

    assert list(SpokenDateRecognizer("en").find(text)) == []
