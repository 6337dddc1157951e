"""A number that counts something before an English street suffix is no house number
(``redaction/contact.py``, ``_A_COUNT``): "a 20 minute drive", "40 minutes each way",
"she had 3 falls" kept their words hidden as an address; real addresses stay hidden.
Sentences written for this test."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor


@pytest.mark.parametrize(("text", "kept"), [
    ("it's about a 20 minute drive to the clinic", "20 minute drive"),
    ("i drive 40 minutes each way to work", "40 minutes each way"),
    ("i was at the 10 mile run when it started", "10 mile run"),
    ("she had 3 falls last month", "3 falls"),
    ("a five minute walk leaves me winded", "five minute walk"),
    ("he's had 2 spells like this, both at night", "2 spells"),
    ("the pharmacy is a 2 block walk from my house", "2 block walk"),
])
def test_a_count_before_a_street_word_is_no_address(redactor: Redactor, text: str,
                                                    kept: str) -> None:
    result = redactor.redact(text, "en")
    assert kept in result.text, [e.type for e in result.entities]


@pytest.mark.parametrize(("text", "hidden"), [
    ("i live at 12 main street", "12 main"),
    ("send it to 4410 oak park drive apt 3", "oak park"),
    ("she lives at twenty two elm court", "elm court"),
    ("it is 55 falls road", "55 falls"),
    ("he is at 9 mile road", "9 mile"),
    ("The title refers to Slude Strand 83 street in the old town", "83"),
])
def test_an_address_is_still_hidden(redactor: Redactor, text: str, hidden: str) -> None:
    assert hidden not in redactor.redact(text, "en").text


@pytest.mark.parametrize(("text", "kept"), [
    ("The MRI came back normal.", "normal"),
    ("the biopsy came back normal thank god", "normal thank god"),
])
def test_a_result_that_came_back_is_no_place(redactor: Redactor, text: str, kept: str) -> None:
    """ "came back" names a place only with its preposition (Normal is a town in Illinois)."""
    assert kept in redactor.redact(text, "en").text


@pytest.mark.parametrize(("text", "hidden"), [
    ("she came back from normal last week", "normal"),
    ("we came back to peoria in june", "peoria"),
])
def test_a_town_after_came_back_to_or_from_is_hidden(redactor: Redactor, text: str,
                                                     hidden: str) -> None:
    assert hidden not in redactor.redact(text, "en").text
