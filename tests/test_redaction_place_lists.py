"""Towns said in a list are towns alike (``redaction/place_lists.py``)."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize(("text", "town", "language"), [
    ("pasamos por cúcuta caminando y de ahí a ipiales y tumbes", "tumbes", "es"),
    ("my family is from davao and iloilo", "iloilo", "en"),
])
def test_the_last_town_of_a_list_is_a_town(redactor: Redactor, text: str, town: str,
                                           language: str) -> None:
    assert hidden(redactor, text, town, language)


@pytest.mark.parametrize(("text", "word", "language"), [
    ("vivo en lima, tengo cuarenta años", "tengo", "es"),
    ("soy de lima y de ahí a la casa", "casa", "es"),
    ("vivo en puno y lagos no hay por aquí", "lagos", "es"),  # an ordinary word first
])
def test_an_ordinary_word_after_a_town_stays(redactor: Redactor, text: str, word: str,
                                             language: str) -> None:
    assert not touched(redactor, text, word, language)
