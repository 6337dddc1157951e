# ruff: noqa: RUF001  (Greek and Cyrillic test text)
"""Issue 10, English: places and people written in another script
(``redaction/foreign_script.py``) and towns led by an article or a saint after a place
cue (``redaction/place_frames.py``); Greek letters of drug classes and units, and
ordinary phrases after "in la", stay. Every name is invented or a town's."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden


@pytest.mark.parametrize(("text", "value"), [
    ("I'm in ΚΑΤΩ ΠΟΛΕΜΙ∆ΙΑ, at the conference", 'ΚΑΤΩ ΠΟΛΕΜΙ∆ΙΑ'),
    ("i'm in κατω πολεμι ια, at the conference", 'κατω πολεμι ια'),
    ('send it to Κλεομένους 101, ∆ΕΚΕΛΕΙΑ, LA', '∆ΕΚΕΛΕΙΑ'),
    ('her husband Дмитрий Иванов will come', 'Дмитрий Иванов'),
    ('we flew in from 東京 last week', '東京'),
    ('my name is 김민수', '김민수'),
    ('the title refers to a street in El Mrira. It was on this street', 'El Mrira'),
    ('the title refers to a street in el mrira it was on this street', 'el mrira'),
    ("she's from ain temouchent originally", 'ain temouchent'),
    ('my cousin lives in san ysidro', 'san ysidro'),
])
def test_places_and_names(redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value)


@pytest.mark.parametrize("text", [
    "started an \u03b1-blocker and TNF-\u03b1 inhibitor, 5 \u03bcg daily, \u03b22 agonist",
    "he was in la la land after the sedation",
    "i take st john's wort in the morning",
    "i was in el hospital for a week",
])
def test_nothing_hidden(redactor: Redactor, text: str) -> None:
    assert redactor.analyze(text, "en") == []
