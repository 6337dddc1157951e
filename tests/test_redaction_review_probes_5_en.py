"""English sentences a review (REV) found redacted wrongly or let through after issue 10's
rules: a name after "my doctor" that is a frequent word, a town first in its sentence
that is a verb too, a surname in "-ing", scores said with "slash", clinical words after a
relative, fond terms of address, things joined by "and", and plural counts before
"close". Each rule's own cases live in test_redaction_r14.py."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize(("text", "secret"), [
    # a capitalised or non-verb word after "my doctor", "the nurse", "my Dr."
    ("My doctor Long said the scan was clear", "Long"),
    ("The nurse Little changed my dressing", "Little"),
    ("My Dr. White is retiring", "White"),
    ("I asked my nurse Love about it", "Love"),
    # a town that is a verb too, with where it lies after it
    ("Hope up in the valley is where we live", "Hope"),
    ("Page out in Arizona is where my son lives", "Page"),
    ("Hope my home town has no clinic", "Hope"),
    # a surname in "-ing" after "i'm" or "he's"
    ("i'm browning the patient's daughter", "browning"),
    ("hello i'm downing patricia", "downing"),
    ("he's golding my neighbour", "golding"),
    # what the rules were written for still hides
    ("i was born nine slash twelve in a small village", "nine slash twelve"),
    ("my nephew kayode picks me up on fridays", "kayode"),
    ("it was joy who took my blood", "joy"),
    ("it was grace that rang me", "grace"),
    ("dawn and summer were both on shift", "summer"),
    ("good evening dawn how was the night shift", "dawn"),
])
def test_names_and_places_the_review_found_hide(redactor: Redactor, text: str,
                                                secret: str) -> None:
    assert hidden(redactor, text, secret, "en")


@pytest.mark.parametrize(("text", "term"), [
    # a verb after a role stays
    ("Can the doctor see me today?", "see"),
    ("Chase up the bloods please", "Chase"),
    ("i'm calling for my mum", "calling"),
    # scores, parts and spans said with "slash"
    ("power four slash five in the left arm", "four slash five"),
    ("visual acuity six slash twelve in the right eye", "six slash twelve"),
    ("gcs nine slash fifteen", "nine slash fifteen"),
    ("reflexes two slash four", "two slash four"),
    ("apgar eight slash nine", "eight slash nine"),
    ("moca twelve slash thirty", "twelve slash thirty"),
    ("take one slash two of a tablet", "one slash two"),
    ("two slash five of the nodes were positive", "two slash five"),
    ("i've had it two slash three weeks", "two slash three"),
    # a clinical acronym or adjective after a relative
    ("my dad ckd stage three", "ckd"),
    ("my daughter ehcp review is due", "ehcp"),
    ("my daughter asd assessment is next week", "asd"),
    ("my mum hypo last night", "hypo"),
    ("my son epileptic since he was two", "epileptic"),
    ("my husband bedbound since the stroke", "bedbound"),
    ("my mum post-op and very sore", "post-op"),
    ("My husband DVT last month.", "DVT"),
    ("my dad hypertensive for years", "hypertensive"),
    ("my grandson asthmatic and on inhalers", "asthmatic"),
    # a fond term of address after a thanks or a turn's first word
    ("thanks sunshine that's lovely", "sunshine"),
    ("okay darling I'll bring it", "darling"),
    ("okay ginger i'll try", "ginger"),
    ("thank you angel it's", "angel"),
    ("alright flower how are you", "flower"),
    # things joined by "and", a thing in a cleft
    ("ginger and honey helped the cough", "ginger"),
    ("rosemary and sage are good for it", "rosemary"),
    ("it was hope that kept me going", "hope"),
    # a plural count before "close together"
    ("3 hypos close together this week", "hypos"),
    ("4 nosebleeds close together", "nosebleeds"),
    ("2 ectopics close together on the trace", "ectopics"),
])
def test_words_the_review_found_redacted_stay(redactor: Redactor, text: str,
                                              term: str) -> None:
    assert not touched(redactor, text, term, "en")
