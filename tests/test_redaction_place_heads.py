"""Places English names by a head word after their name (``redaction/place_heads.py``)."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize(("text", "place"), [
    ("we live in Maple Grove, out in Hennepin County.", "Hennepin County"),
    ("we live out in hennepin county since last year", "hennepin county"),
    ("We're in the Eastside neighborhood near the store.", "Eastside neighborhood"),
    ("he's in cook county jail right now", "cook county jail"),
    ("my son goes to jefferson high on the bus", "jefferson high"),
    ("She got hurt at the Smithfield plant last week.", "Smithfield plant"),
    ("she's at sunrise assisted living on maple avenue", "sunrise assisted living"),
])
def test_a_name_before_a_place_head_is_a_place(redactor: Redactor, text: str,
                                               place: str) -> None:
    assert hidden(redactor, text, place, "en")


@pytest.mark.parametrize(("text", "word"), [
    ("we moved to a good neighborhood last spring", "good neighborhood"),
    ("the county hospital is full tonight", "county hospital"),
    ("her ldl was high again this time", "high"),
    ("her sugar runs high in the morning", "high"),
    ("my high school friend drove me", "high school"),
    ("they sent her to the cancer hospital", "cancer hospital"),
    ("she went to the orthopedic clinic on friday", "orthopedic clinic"),
    ("she needs home health three times a week", "home health"),
    ("we looked at assisted living for her", "assisted living"),
])
def test_a_head_after_an_ordinary_word_names_nothing(redactor: Redactor, text: str,
                                                     word: str) -> None:
    assert not touched(redactor, text, word, "en")


@pytest.mark.parametrize(("text", "place"), [
    ("He works at Sunrise Poultry, the supervisor is Mr. Hakimi.", "Sunrise Poultry"),
    ("he works at sunrise poultry the supervisor is mister hakimi", "sunrise poultry"),
    ("I'm calling from the front desk at Riverside Dialysis Center, we need to move it.",
     "Riverside Dialysis Center"),
    ("she works at walmart on weekends", "walmart"),
])
def test_a_workplace_after_a_cue_is_a_place(redactor: Redactor, text: str, place: str) -> None:
    assert hidden(redactor, text, place, "en")


@pytest.mark.parametrize(("text", "word"), [
    ("she works at home now", "home"),
    ("he works for the county", "county"),
    ("i work at night", "night"),
    ("he works at the dialysis center", "dialysis"),
    ("i'm calling about my refill", "refill"),
    ("this is the rash i got from amoxicillin last week", "amoxicillin"),
    ("i'm here for jardiance samples today", "jardiance"),
])
def test_a_work_cue_before_ordinary_words_names_nothing(redactor: Redactor, text: str,
                                                        word: str) -> None:
    assert not touched(redactor, text, word, "en")


@pytest.mark.parametrize(("text", "place"), [
    ("he washes dishes at the maple leaf diner on weekends", "maple leaf diner"),
    ("the twins go to happy hearts daycare by the park", "happy hearts daycare"),
    ("my mri was at the river bend imaging near the mall", "river bend imaging"),
    ("she buys her plants at the green thumb nursery", "green thumb nursery"),
    ("we live at the willow creek apartments now", "willow creek apartments"),
    ("I get my shots at Harbor View Community Health.", "Harbor View Community Health"),
    ("This is the nurse with Round Rock ISD about his inhaler.", "Round Rock ISD"),
])
def test_ordinary_words_before_a_business_head_after_the_are_a_name(
        redactor: Redactor, text: str, place: str) -> None:
    assert hidden(redactor, text, place, "en")


@pytest.mark.parametrize(("text", "word"), [
    ("she goes to the same daycare as her cousin", "same daycare"),
    ("we went to the farmers market on saturday", "farmers market"),
    ("the hospital pharmacy did not have it", "hospital pharmacy"),
    ("i get it from the mail order pharmacy", "mail order pharmacy"),
    ("take him to the bus station after lunch", "bus station"),
    ("he had a scan at the breast imaging center", "breast imaging"),
    ("she is at the school gym with her class", "school gym"),
    ("my son's daycare called about the rash", "daycare"),
    ("the pain is in the middle of my back", "middle"),
    ("he worked over at the poultry plant for years", "poultry"),
    ("he worked next to the pool hall for years", "pool"),
    ("We ate at the Italian restaurant downtown.", "Italian"),
])
def test_a_kind_of_business_names_nothing(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word, "en")


@pytest.mark.parametrize(("text", "place"), [
    ("it's dana from bright path recovery calling about the refill", "bright path recovery"),
    ("she goes to pinecrest dialysis three days a week", "pinecrest dialysis"),
    ("the couch came from swift hands movers last fall", "swift hands movers"),
])
def test_a_service_named_by_the_work_it_does_is_a_place(redactor: Redactor, text: str,
                                                        place: str) -> None:
    assert hidden(redactor, text, place, "en")


@pytest.mark.parametrize(("text", "word"), [
    ("he has been in addiction recovery since may", "recovery"),
    ("she started dialysis last year", "dialysis"),
    ("she moved from peritoneal dialysis to hemo", "dialysis"),
    ("it is a long road to recovery", "recovery"),
    ("we called the movers on friday", "movers"),
])
def test_the_work_alone_names_no_service(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word, "en")
