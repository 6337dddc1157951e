"""A number that is part of a thing's name is no day of a date ("COVID-19 en 2020" was a
date, "19 en 2020", and the condition lost its number), while a day said after such a
name with "de" / "of" stays hidden (recall first). Sentences written for this test."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import touched


@pytest.mark.parametrize(("text", "language", "kept"), [
    ("Me dio COVID-19 en 2020 y desde entonces me canso.", "es", "COVID-19"),
    ("I had COVID-19 in 2021.", "en", "COVID-19"),
    ("i had covid nineteen in march", "en", "covid nineteen"),
    ("me dio covid diecinueve en marzo", "es", "covid diecinueve"),
    ("her IL-6 was high on march 3", "en", "IL-6"),
    ("we saw her on 11/16 for covid-19", "en", "covid-19"),
])
def test_a_number_in_a_things_name_is_kept(redactor: Redactor, text: str, language: str,
                                           kept: str) -> None:
    assert not touched(redactor, text, kept, language)


@pytest.mark.parametrize(("text", "language", "hidden"), [
    ("i had covid nineteen in march", "en", "march"),
    ("me dio covid diecinueve en marzo del año pasado", "es", "marzo"),
    ("her IL-6 was high on march 3", "en", "march 3"),
    ("tuve covid 19 de marzo a abril", "es", "19 de marzo"),  # a day too: recall first
    ("I was born on 2020-03-15.", "en", "2020-03-15"),
    ("Her visit-2 was on March 3rd, 2024.", "en", "March 3rd, 2024"),
])
def test_the_date_beside_it_stays_hidden(redactor: Redactor, text: str, language: str,
                                         hidden: str) -> None:
    assert touched(redactor, text, hidden, language)
