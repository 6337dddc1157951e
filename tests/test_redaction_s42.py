"""Stop 42's readings: a place told with the verbs of travel ("we flew into cancun", "a
layover in bogotá") or after a filler ("i went to um tulum"), and a firm named by ordinary
words before its trade, said after a bare preposition ("at harvest table foods", "outside
hollister precision plastics"). Sentences written for these tests, not taken from any
benchmark set."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize("text, value, language", [
    ("we flew into cancun and drove from there", "cancun", "en"),
    ("they drove up to flagstaff for the weekend", "flagstaff", "en"),
    ("we visited oaxaca last spring and he got sick there", "oaxaca", "en"),
    ("we had a layover in bogotá on the way back", "bogotá", "en"),
    ("i went to um tulum with my roommate", "tulum", "en"),
    ("we were in like cancún for a week", "cancún", "en"),
    ("we passed through amarillo on the way", "amarillo", "en"),
])
def test_a_place_of_travel(redactor: Redactor, text: str, value: str, language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, words", [
    ("i was going to check with my wife first", "check"),
    ("we went back to bed after that", "bed"),
])
def test_going_and_back_are_no_place_cue_alone(redactor: Redactor, text: str,
                                              words: str) -> None:
    assert not touched(redactor, text, words, "en")


@pytest.mark.parametrize("text, value", [
    ("his boss at harvest table foods needs the form", "harvest table foods"),
    ("i'm parked outside hollister precision plastics where i work",
     "hollister precision plastics"),
    ("there's a message from hometown drug about the refill", "hometown drug"),
    ("the billing office at cornerstone orthopedics called her", "cornerstone orthopedics"),
    ("she does the books for bluewater marine supply", "bluewater marine supply"),
])
def test_a_firm_named_by_ordinary_words_after_a_bare_preposition(
        redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value, "en")


@pytest.mark.parametrize("text, words", [
    ("she's on soft foods for two weeks", "soft foods"),
    ("he works for residential plumbing company", "residential plumbing"),
    ("we got help from social services", "social services"),
    ("he used to work for family services", "family services"),
    ("she came with good company", "good company"),
    ("he moved on to harder drugs", "harder drugs"),
])
def test_a_kind_of_firm_said_bare_stays(redactor: Redactor, text: str, words: str) -> None:
    assert not touched(redactor, text, words, "en")
