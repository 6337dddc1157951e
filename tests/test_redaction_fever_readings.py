"""A reading said after what was measured is no age ("the fever's over 104"); an age in
the next clause still is (``redaction/ages.py``)."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize(("text", "reading", "language"), [
    ("if the fever's over 104 bring her in", "104", "en"),
    ("if the fever is over one oh four bring her in", "one oh four", "en"),
    ("la calentura le llegó a 104 anoche", "104", "es"),
])
def test_a_temperature_is_no_age(redactor: Redactor, text: str, reading: str,
                                 language: str) -> None:
    assert not touched(redactor, text, reading, language)


@pytest.mark.parametrize(("text", "age", "language"), [
    ("my grandma has a fever and she is 95", "95", "en"),
    ("her temperature was fine and she is ninety seven", "ninety seven", "en"),
    ("tiene fiebre y tiene 95 años", "95 años", "es"),
])
def test_an_age_after_a_reading_in_another_clause_hides(redactor: Redactor, text: str,
                                                        age: str, language: str) -> None:
    assert hidden(redactor, text, age, language)


@pytest.mark.parametrize(("text", "age", "language"), [
    ("la señora es nonagenaria y vive sola", "nonagenaria", "es"),
    ("mi abuela es centenaria, y vive sola", "centenaria", "es"),
    ("she is a nonagenarian who lives alone", "nonagenarian", "en"),
])
def test_a_decade_said_as_a_word_is_an_age(redactor: Redactor, text: str, age: str,
                                           language: str) -> None:
    assert hidden(redactor, text, age, language)


def test_a_hundred_years_of_a_thing_stay(redactor: Redactor) -> None:
    assert not touched(redactor, "el pueblo celebra su aniversario centenario de la fundación",
                       "centenario", "es")
