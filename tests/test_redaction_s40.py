"""Stop 40's rule: a practice's, shop's or firm's name of ordinary words said after a
preposition with no article ("picked it up at good neighbor pharmacy", "the food from open
door community pantry"), and what must stay: a kind of place said without its article ("at call
center", "to urgent care clinic"). Sentences written for these tests, not taken from any
benchmark set."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize("text, name", [
    ("she fills everything at friendly corner pharmacy now", "friendly corner pharmacy"),
    ("my wife cooks for golden harvest daycare", "golden harvest daycare"),
    ("the shots are at stone bridge pharmacy now", "stone bridge pharmacy"),
    ("we got the boxes from new horizon community pantry", "new horizon community pantry"),
    ("the priest from shepherd valley church came by", "shepherd valley church"),
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
    ("he was sent to psych hospital for a week", "psych hospital"),
    ("she was seen at pain clinic twice", "pain clinic"),
    ("he called from his pharmacy", "pharmacy"),
    ("she went back to work for construction", "construction"),
    ("he should eat soft foods at first", "soft foods"),
    ("she goes to peer support group on mondays", "peer support group"),
    ("he works for residential plumbing company", "residential plumbing"),
])
def test_a_kind_of_place_without_its_article_stays(redactor: Redactor, text: str,
                                                    words: str) -> None:
    assert not touched(redactor, text, words, "en")

