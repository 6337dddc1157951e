"""Issue 10, English: street addresses as said abroad and in Britain, and what street
rules must not take ("within 5 close contacts", "1 a day", "so very close monitoring").
A house number with a letter ("fifty five a diakou street") and suffixes that are also
ordinary words ("old mill close", "wellington quay") were tried and taken out: a review
found them hiding readings and counts as streets. Every address is invented."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden


@pytest.mark.parametrize(("text", "value"), [
    ('the address is 22 rue de la paix',
     '22 rue de la paix'),
    ('send it to hauptstrasse 12',
     'hauptstrasse 12'),
    ("we're at flat 2, 45 high street",
     '45 high street'),
    ('the address is 101 n main st ste 200',
     '101 n main st ste 200'),
    ('she lives at 7 via garibaldi',
     '7 via garibaldi'),
    ("he's at 88 avenida paulista apt 5",
     '88 avenida paulista apt 5'),
    ('we live at nine twenty two east fifty seventh street',
     'nine twenty two east fifty seventh street'),
    ('mail it to 1234 county road 7',
     '1234 county road 7'),
    ("we're at 2 kings mews",
     '2 kings mews'),
    ('lives at 40 ulica dluga',
     '40 ulica dluga'),
    ("it's 5 nevsky prospekt",
     '5 nevsky prospekt'),
    ('my address is 31 spooner st quahog',
     '31 spooner st'),
])
def test_streets(redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value)


@pytest.mark.parametrize("text", [
    "within 5 close contacts had symptoms",
    "take 2 a day street food is fine",
    "she had 3 a week and the lane was closed",
    "i take 1 a day",
    # the review's: a reading or a count before an ordinary word that is also a suffix
    "heart rate was 130 so very close monitoring",
    "pain 8 out of 10 then it would rise",
    "I have 2 very close friends",
    "we tried 3 different approach",
    "I smoke 10 a night so I can't walk",
])
def test_no_street(redactor: Redactor, text: str) -> None:
    assert not [e for e in redactor.analyze(text, "en") if e.type == "STREET_ADDRESS"]
