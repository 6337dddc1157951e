"""Kin and church words said as a title before a name ("Aunt Dolores", "grandma ruth",
"big mike", "la tía Chela"): the person is found and the title taken in
(``name_roles._KIN_TITLE``, ``span_edges._TITLES``); the same words with no name stay."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize(("text", "language", "person"), [
    ("So Aunt Marisol is the one who gives him his pills.", "en", "Aunt Marisol"),
    ("i'm calling for grandpa walter about his refill", "en", "grandpa walter"),
    ("My sponsor Big Tony says the meetings help.", "en", "Big Tony"),
    ("brother isaiah from church brings her groceries", "en", "brother isaiah"),
    ("La tía Herminia me da las pastillas.", "es", "tía Herminia"),
    ("el compadre ramiro me trajo al hospital", "es", "compadre ramiro"),
])
def test_a_kin_title_and_the_name_after_it_are_the_person(
        redactor: Redactor, text: str, language: str, person: str) -> None:
    assert hidden(redactor, text, person, language)


@pytest.mark.parametrize(("text", "language", "word"), [
    ("it was a big hope for all of us", "en", "big hope"),
    ("i eat a big mac on fridays", "en", "big mac"),
    ("my brother will drive me home", "en", "brother will"),
    ("my aunt has diabetes and my uncle has gout", "en", "aunt"),
    ("mi tía tiene diabetes", "es", "tía"),
    ("la abuela está mejor con la insulina", "es", "abuela"),
])
def test_a_kin_word_with_no_name_stays(redactor: Redactor, text: str, language: str,
                                       word: str) -> None:
    assert not touched(redactor, text, word, language)


@pytest.mark.parametrize(("text", "person"), [
    ("Marlene from the front desk will call you back.", "Marlene"),
    ("so yolanda from billing sent the letter", "yolanda"),
    ("you can ask for dwayne over at the pharmacy counter", "dwayne"),
    ("my son's teacher miss okonkwo sent the form", "miss okonkwo"),
])
def test_a_name_and_where_they_are_from_is_the_person(redactor: Redactor, text: str,
                                                      person: str) -> None:
    assert hidden(redactor, text, person, "en")


@pytest.mark.parametrize(("text", "word"), [
    ("she rose from the chair slowly", "rose"),
    ("i got holly from the garden for my rash", "holly"),
    ("we bought ginger from the market yesterday", "ginger"),
    ("we got hope from the church", "hope"),
    ("the letter from the bank came", "letter"),
])
def test_a_word_before_from_stays(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word, "en")
