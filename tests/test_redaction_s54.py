"""Stop 54's readings: a Spanish day taken in with its article and the month it lies in
("el veintiuno del mes pasado"), a test's month that is not a day ("el papanicolau de
noviembre"), and a firm's head said after its name's words ("copper anvil fitness").
Sentences written for these tests, not taken from any benchmark set."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize("text, value", [
    ("se cayó en la cocina el doce del mes pasado", "el doce del mes pasado"),
    ("me vacunaron el 4 de este mes en la farmacia", "el 4 de este mes"),
    ("le quitaron los puntos el viernes 17", "el viernes 17"),
    ("me internaron el lunes catorce y salí el jueves", "el lunes catorce"),
    ("la mamografía de octubre pasado salió limpia", "octubre pasado"),
])
def test_a_spanish_day_is_hidden_with_its_article_and_month(redactor: Redactor, text: str,
                                                            value: str) -> None:
    assert hidden(redactor, text, value, "es")


@pytest.mark.parametrize("text, kept, month", [
    ("el papanicolau de noviembre salió normal", "papanicolau", "noviembre"),
    ("la colonoscopía de agosto no encontró nada", "colonoscopía", "agosto"),
    ("el ultrasonido de febrero estaba bien", "ultrasonido", "febrero"),
])
def test_a_tests_month_is_hidden_and_the_test_stays(redactor: Redactor, text: str, kept: str,
                                                    month: str) -> None:
    assert hidden(redactor, text, month, "es")
    assert not touched(redactor, text, kept, "es")


@pytest.mark.parametrize("text, value, language", [
    ("i started going to copper anvil fitness in june", "copper anvil fitness", "en"),
    ("send the referral to bluewater skin and laser please", "bluewater skin and laser", "en"),
    ("the form is for marlow unified so he can keep his inhaler", "marlow unified", "en"),
    ("mi plan es harmon health plan y no me cubre el parche", "harmon health plan", "es"),
    ("we see the folks at stillwater audiology every spring", "stillwater audiology", "en"),
    ("he mops floors for grey finch facilities downtown", "grey finch facilities", "en"),
])
def test_a_firms_head_after_its_name_is_hidden_with_it(redactor: Redactor, text: str,
                                                       value: str, language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, words, language", [
    ("physical therapy helped my knee a lot", "physical therapy", "en"),
    ("she goes to the gym and the market on sundays", "gym", "en"),
    ("el doce de la lista es el mío", "lista", "es"),
    ("her skin and laser treatments were cosmetic", "skin and laser", "en"),
    ("my sister paula's therapy got cut to twice a month", "therapy", "en"),
])
def test_kinds_with_no_name_before_them_stay(redactor: Redactor, text: str, words: str,
                                             language: str) -> None:
    assert not touched(redactor, text, words, language)


@pytest.mark.parametrize("text, value", [
    ("whatever they gave her on the ninth worked wonders", "the ninth"),
    ("the shot she got on the 3rd helped", "the 3rd"),
])
def test_an_english_day_before_a_verb_in_the_past_is_hidden(redactor: Redactor, text: str,
                                                            value: str) -> None:
    assert hidden(redactor, text, value, "en")


@pytest.mark.parametrize("text, words", [
    ("we live on the second floor now", "second"),
    ("on the first hundred steps i get winded", "first"),
])
def test_an_english_ordinal_before_a_noun_stays(redactor: Redactor, text: str,
                                               words: str) -> None:
    assert not touched(redactor, text, words, "en")
