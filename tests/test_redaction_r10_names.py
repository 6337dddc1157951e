"""Issue 10, English: given names that are also words, said to someone or about whom
one speaks ("can i speak to grace", "thanks, kelly", "is penny there?", "patient name:
hunter, wade"), and the ordinary words those frames must leave ("thanks, doctor",
"is nausea there?", "talk to someone"). Every name is invented."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden


@pytest.mark.parametrize(("text", "value"), [
    ('can i speak to grace please', 'grace'),
    ('is this june? hi june', 'june'),
    ('put mary on the phone', 'mary'),
    ("i'm here with my husband, bill", 'bill'),
    ('this is dawn from the front desk', 'dawn'),
    ('the nurse, rose, said it was fine', 'rose'),
    ('i spoke with jasmine yesterday', 'jasmine'),
    ('my caregiver is named joy', 'joy'),
    ('dr. hope said to come in', 'hope'),
    ('thanks, kelly', 'kelly'),
    ("okay robin, we'll see you monday", 'robin'),
    ('my son austin is sick', 'austin'),
    ('ask for dr. chase', 'chase'),
    ('my daughter, summer, has a fever', 'summer'),
    ('is penny there?', 'penny'),
    ('tell max to call me', 'max'),
    ("her name's faith", 'faith'),
    ('sorry, is that brooke with an e?', 'brooke'),
    ('patient name: hunter, wade', 'hunter, wade'),
    ('last name lane, first name april', 'lane'),
    ("it's angel with an e", 'angel'),
])
def test_names_addressed(redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value)


@pytest.mark.parametrize("text", [
    "thanks, doctor",
    "okay, sure, that works",
    "is it there? is nausea there?",
    "i need to talk to someone about billing",
    "can i speak to the pharmacist",
    "put ice on the line",
    "okay great, thanks",
    "hi there",
])
def test_no_name(redactor: Redactor, text: str) -> None:
    assert redactor.analyze(text, "en") == []
