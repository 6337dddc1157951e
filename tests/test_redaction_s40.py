"""Stop 40's rule: a practice's, shop's or firm's name of ordinary words said after a
preposition with no article ("picked it up at good neighbor pharmacy", "drives for red
river freight"), and what must stay: a kind of place said without its article ("at call
center", "to urgent care clinic"). Sentences written for these tests, not taken from any
benchmark set."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize("text, name", [
    ("she fills everything at friendly corner pharmacy now", "friendly corner pharmacy"),
    ("he loads trucks for silver creek freight on weekends", "silver creek freight"),
    ("the letter came from morning star clinic last week", "morning star clinic"),
    ("my wife cooks for golden harvest foods", "golden harvest foods"),
    ("the referral went to stone bridge orthopedics", "stone bridge orthopedics"),
    ("we got the boxes from new hope community pantry", "new hope community pantry"),
    ("the interpreter was from clear voice interpreting", "clear voice interpreting"),
])
def test_a_name_of_ordinary_words_after_a_bare_preposition(redactor: Redactor, text: str,
                                                           name: str) -> None:
    assert hidden(redactor, text, name, "en")


@pytest.mark.parametrize("text, words", [
    ("she works at call center downtown", "call center"),
    ("I went to urgent care clinic on sunday", "urgent care clinic"),
    ("they sent him to physical therapy clinic", "physical therapy clinic"),
    ("take him to walk in clinic", "clinic"),
    ("he was addicted to street drugs for years", "street drugs"),
    ("she volunteers at food pantry", "food pantry"),
    ("he goes to day center while she works", "day center"),
    ("she was seen at pain clinic twice", "pain clinic"),
    ("he called from his pharmacy", "pharmacy"),
    ("she went back to work for construction", "construction"),
])
def test_a_kind_of_place_without_its_article_stays(redactor: Redactor, text: str,
                                                    words: str) -> None:
    assert not touched(redactor, text, words, "en")


@pytest.mark.parametrize("text, value, language", [
    ("the swelling started last thursday after the long drive", "last thursday", "en"),
    ("this past saturday he passed out at church", "this past saturday", "en"),
    ("we moved her in the monday before last", "the monday before last", "en"),
    ("le dio fiebre el jueves antepasado en la noche", "el jueves antepasado", "es"),
    ("lo operan el próximo viernes temprano", "el próximo viernes", "es"),
    ("se cayó el sábado de la semana pasada", "el sábado de la semana pasada", "es"),
])
def test_a_weekday_counted_from_this_week(redactor: Redactor, text: str, value: str,
                                          language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, words, language", [
    ("group meets the last tuesday of every month", "last tuesday", "en"),
    ("she gets the shot every friday", "friday", "en"),
    ("todos los martes va a diálisis", "martes", "es"),
])
def test_a_weekday_that_repeats_stays(redactor: Redactor, text: str, words: str,
                                      language: str) -> None:
    assert not touched(redactor, text, words, language)
