"""A found identifier said again in the same utterance (``redaction/repeats.py``)."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize(("text", "language", "value"), [
    # the first mention of each has no cue of its own; the value is found where it has
    ("Mom's a hundred and two. A hundred and two, can you believe it?", "en",
     "A hundred and two"),
    ("Oluwaseun called again, Oluwaseun Bakare, the neighbour.", "en", "Oluwaseun"),
    ("7719, eso, el número de gafete es 7719", "es", "7719"),
])
def test_a_value_said_again_is_hidden_again(redactor: Redactor, text: str, language: str,
                                            value: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize(("text", "language", "kept"), [
    ("Mary Rose said the rose garden is lovely", "en", "rose garden"),
    ("Ginger Brennan came by, and I drink ginger tea for nausea", "en", "ginger tea"),
    ("Mi vecino Tomás Delgado dice que estoy muy delgado", "es", "muy delgado"),
    ("I'm Tanner Hicks, my wife has Braxton Hicks contractions.", "en", "Braxton Hicks"),
    ("me duelen los dolores de cabeza, dice Dolores Ibarra", "es", "los dolores"),
    ("I will call Will Baker tomorrow.", "en", "I will"),
])
def test_a_frequent_or_clinical_word_of_a_name_stays_elsewhere(
        redactor: Redactor, text: str, language: str, kept: str) -> None:
    assert not touched(redactor, text, kept, language)


@pytest.mark.parametrize(("text", "language", "echo"), [
    # a one-word name that is a common word too, echoed or spelled right after it
    ("my name is hope, just hope", "en", "just hope"),
    ("me llamo paz, p a z, paz", "es", "p a z, paz"),
])
def test_a_name_echoed_right_after_is_hidden_though_a_word(
        redactor: Redactor, text: str, language: str, echo: str) -> None:
    assert hidden(redactor, text, echo.split()[-1], language)
    last = text.rindex(echo.split()[-1])
    assert any(e.start <= last < e.end for e in redactor.analyze(text, language))


@pytest.mark.parametrize(("text", "language", "kept"), [
    ("mi hermana dolores tiene dolores de espalda", "es", "dolores de espalda"),
    ("my name is rose, the rash rose again", "en", "rash rose"),
])
def test_a_name_word_said_again_in_a_sentence_is_no_echo(
        redactor: Redactor, text: str, language: str, kept: str) -> None:
    assert not touched(redactor, text, kept, language)


@pytest.mark.parametrize(("text", "language", "first"), [
    # a name said first, then introduced or said whole: the first mention has no cue
    ("joy, sorry, joy okonkwo speaking", "en", "joy"),
    ("faith, my name is faith delacroix", "en", "faith"),
    ("luz, me llamo luz marina ortega", "es", "luz"),
])
def test_a_name_said_just_before_it_is_found_is_hidden_too(
        redactor: Redactor, text: str, language: str, first: str) -> None:
    found = redactor.analyze(text, language)
    assert any(e.start == 0 and e.end >= len(first) for e in found), found


@pytest.mark.parametrize(("text", "language", "kept"), [
    ("i hope so, i mean hope adeyemi called", "en", "i hope so"),
    ("the grace period ends, grace kim said", "en", "grace period"),
])
def test_a_name_word_said_before_it_in_a_sentence_is_no_echo(
        redactor: Redactor, text: str, language: str, kept: str) -> None:
    assert not touched(redactor, text, kept, language)
