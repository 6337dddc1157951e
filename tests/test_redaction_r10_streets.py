"""Issue 10, English: street addresses as said abroad and in Britain: a house number
with a letter ("fifty five a diakou street"), streets whose suffix is also an ordinary
word ("old mill close", "wellington quay", "smith parade"), and what such suffixes and
letters must not take ("within 5 close contacts", "1 a day"). Every address is
invented."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden


@pytest.mark.parametrize(("text", "value"), [
    ('i live at five one two eight fifty five a diakou street',
     'five one two eight fifty five a diakou street'),
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
    ('the house is 16 old mill close',
     '16 old mill close'),
    ("we're at 2 kings mews",
     '2 kings mews'),
    ('lives at 40 ulica dluga',
     '40 ulica dluga'),
    ("it's 5 nevsky prospekt",
     '5 nevsky prospekt'),
    ('send to 12 wellington quay',
     '12 wellington quay'),
    ('my address is 31 spooner st quahog',
     '31 spooner st'),
    ("i'm at unit 4, 12 smith parade",
     '12 smith parade'),
])
def test_streets(redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value)


@pytest.mark.parametrize("text", [
    "within 5 close contacts had symptoms",
    "take 2 a day street food is fine",
    "she had 3 a week and the lane was closed",
    "i take 1 a day",
])
def test_no_street(redactor: Redactor, text: str) -> None:
    assert not [e for e in redactor.analyze(text, "en") if e.type == "STREET_ADDRESS"]
