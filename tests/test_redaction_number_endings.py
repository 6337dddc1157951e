"""The last digits of a number said on their own (``redaction/number_endings.py``)."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize(("text", "digits", "language"), [
    ("el número de mi hija termina en 4455", "4455", "es"),
    ("y el de mi hija va con otra terminación, 5502.", "5502", "es"),
    ("la tarjeta termina en cuatro cuatro uno siete", "cuatro cuatro uno siete", "es"),
    ("it's the card ending in 0392", "0392", "en"),
    ("my last 4 is 2231 if that helps", "2231", "en"),
])
def test_the_last_digits_of_a_number_hide(redactor: Redactor, text: str, digits: str,
                                          language: str) -> None:
    assert hidden(redactor, text, digits, language)


@pytest.mark.parametrize(("text", "words", "language"), [
    ("el tratamiento termina en dos semanas", "dos semanas", "es"),
    ("the course ends in two weeks", "two weeks", "en"),
])
def test_an_ending_in_time_stays(redactor: Redactor, text: str, words: str,
                                 language: str) -> None:
    assert not touched(redactor, text, words, language)
