"""Readings written with a slash or a dot are not dates: spaCy's English model tags a
blood pressure ("140/90") as a DATE, and the redactor used to keep any such finding
with two numbers joined by a slash. Now numbers joined by / . or - are a date only when
they can be a day and a month (either order) or a year and a month. Sentences written
for this test."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from redaction.trims import _numbers_make_a_date


@pytest.mark.parametrize(("text", "reading"), [
    ("My blood pressure at home was 150/95 this morning.", "150/95"),
    ("It was 132/84 when the nurse checked it, and it's been like that for 3 weeks.", "132/84"),
    ("His temperature was 38.4 and his pressure 160/100 yesterday.", "160/100"),
])
def test_a_blood_pressure_survives(redactor: Redactor, text: str, reading: str) -> None:
    result = redactor.redact(text, "en")
    assert reading in result.text, [e.type for e in result.entities]


@pytest.mark.parametrize(("text", "date"), [
    ("She was last seen here on 3/14/2023 for the same cough.", "3/14/2023"),
    ("The scan is booked for 11/28, in the morning.", "11/28"),
    ("He had the operation on 2019-04-17 at another hospital.", "2019-04-17"),
])
def test_a_written_date_is_still_hidden(redactor: Redactor, text: str, date: str) -> None:
    assert date not in redactor.redact(text, "en").text


@pytest.mark.parametrize(("value", "is_date"), [
    ("3/14", True), ("14/3", True), ("2023-04", True), ("31.12", True),
    ("140/90", False), ("120/80", False), ("98.6", False), ("36.6", False), ("2023-13", False),
    ("0/5", False),
])
def test_numbers_make_a_date_only_when_they_can(value: str, is_date: bool) -> None:
    assert _numbers_make_a_date(value) is is_date


@pytest.mark.parametrize(("text", "language", "reading"), [
    # said with hundreds: one run of digits ("120130") that split as 12/01/30
    ("la azúcar me sale entre ciento veinte ciento treinta", "es", "ciento veinte ciento treinta"),
    ("en la mañana anda en ciento diez ciento cuarenta más o menos", "es", "ciento diez ciento"),
    ("la presión alta la tiene en ciento cincuenta ciento sesenta", "es", "ciento cincuenta"),
    ("it ranged from one hundred twenty to one hundred thirty", "en", "one hundred twenty"),
    # one end of a range is no age over 89
    ("me sale de noventa a ciento diez en la mañana", "es", "noventa"),
    ("el pulso le va de noventa a cien cuando camina", "es", "noventa"),
    ("her sats go from ninety to ninety four at night", "en", "ninety"),
])
def test_a_reading_said_in_words_survives(redactor: Redactor, text: str, language: str,
                                          reading: str) -> None:
    result = redactor.redact(text, language)
    assert reading in result.text, [e.type for e in result.entities]


@pytest.mark.parametrize(("text", "language", "hidden"), [
    ("nací el uno de diciembre de mil novecientos treinta", "es", "mil novecientos treinta"),
    ("el doce uno mil novecientos sesenta fue operado", "es", "doce uno"),
    ("on twelve one nineteen hundred and sixty he was admitted", "en", "nineteen hundred"),
    ("fecha de nacimiento ciento veinte treinta", "es", "ciento veinte"),  # the cue rules
    ("tiene de noventa a noventa y cinco años", "es", "noventa a"),  # an age's range
    ("mi abuela tiene noventa a veces se cansa", "es", "noventa"),
])
def test_dates_and_ages_said_so_are_still_hidden(redactor: Redactor, text: str, language: str,
                                                hidden: str) -> None:
    assert hidden not in redactor.redact(text, language).text
