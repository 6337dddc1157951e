"""English identifiers of shapes the cues before them do not announce: a given name
with who the person is ("Carol the nurse"), a compound given name and its surname, the
street words of other countries (South Asia's, the UK's, Denmark's, the Netherlands',
Mexico's), the block, stair and flat after a street abroad, and a postcode after its
town at an address's end; and the ordinary words beside them that must stay. Sentences
written for this test (helper R13)."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden


@pytest.mark.parametrize(("text", "secret"), [
    ("Carol the nurse rang me about the dressing.", "Carol"),
    ("carol the nurse rang me about the dressing", "carol"),
    ("Priya the pharmacist said to take it with food.", "Priya"),
    ("the letter came from gunnar the physiotherapist", "gunnar"),
    ("Ask Bill the pharmacist about the refill.", "Bill"),
    ("Tomasz the night nurse checked my drip.", "Tomasz"),
    ("Yesterday Mike the cardiologist phoned.", "Mike"),
])
def test_a_name_with_who_the_person_is_hides(redactor: Redactor, text: str,
                                            secret: str) -> None:
    assert hidden(redactor, text, secret, "en")


@pytest.mark.parametrize(("text", "kept"), [
    ("I hope the nurse calls back today.", "hope the nurse"),
    ("Hope the doctor can fit me in.", "Hope"),
    ("Will the doctor see me this afternoon?", "Will the doctor"),
    ("We need to bill the patient for the missed visit.", "bill the patient"),
])
def test_a_verb_before_a_person_noun_stays(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in redactor.redact(text, "en").text


@pytest.mark.parametrize(("text", "secret"), [
    ("Rose-Marie Long came by with soup.", "Rose-Marie Long"),
    ("Anna-Lena Kowalczyk is my emergency contact.", "Anna-Lena Kowalczyk"),
    ("anna-lena kowalczyk is my emergency contact", "anna-lena kowalczyk"),
    ("jean-luc brought my pills over", "jean-luc"),
])
def test_a_compound_given_name_and_its_surname_hide(redactor: Redactor, text: str,
                                                   secret: str) -> None:
    assert hidden(redactor, text, secret, "en")


@pytest.mark.parametrize(("text", "secret"), [
    ("The taxi picked me up at 72 Lal Chowk this morning.", "72 Lal Chowk"),
    ("the taxi picked me up at seventy two lal chowk", "seventy two lal chowk"),
    ("We moved to 9 Heron Parade last spring.", "9 Heron Parade"),
    ("She rents a room at 14 Nehru Marg near the market.", "14 Nehru Marg"),
    ("Her flat is at Strada Lalelelor Nr. 8 Bl. 4 Sc. 2 Ap. 17, near the park.",
     "Strada Lalelelor Nr. 8 Bl. 4 Sc. 2 Ap. 17"),
    ("He lives at Studio 4 Ferndale Mews.", "Studio 4 Ferndale Mews"),
    ("Send it to Kirkestræde 12, please.", "Kirkestræde 12"),
    ("The old address was Prolongación Hidalgo 212.", "Prolongación Hidalgo 212"),
    ("we stay at house no 41 near the temple", "house no 41"),
])
def test_street_words_of_other_countries_hide(redactor: Redactor, text: str,
                                              secret: str) -> None:
    assert hidden(redactor, text, secret, "en")


@pytest.mark.parametrize(("text", "secret"), [
    ("Address: ul. Lipowa 3, Sopot 81-705.", "81-705"),
    ("Send the card to Bredgade 4, Hobro, 9500.", "9500"),
    ("she lives at ulica lipowa 3 sopot 81-705", "81-705"),
    ("Travessa do Carmo 9, 1200-095 Lisboa", "1200-095"),
    ("Kossuth Lajos utca 12, H-6720 Szeged", "H-6720"),
    ("Lars Moe\nStrandveien 8\nSvolvær\nNorway 8300", "8300"),
])
def test_a_postcode_after_its_town_hides(redactor: Redactor, text: str, secret: str) -> None:
    assert hidden(redactor, text, secret, "en")


@pytest.mark.parametrize(("text", "kept"), [
    ("She takes 10 units sc at night and 4 units in the morning.", "10 units sc"),
    ("I took 2 tablets, Tylenol 1000.", "Tylenol 1000"),
    ("After the fall in 2019, we moved to Leeds 2021.", "2021"),
    ("His blood pressure was 150, then a 20 point rise.", "20 point rise"),
    ("pain was 8 today, the range is 10-100 on this scale", "10-100"),
    ("I take Tylenol 1000-2000 mg a day.", "1000-2000 mg"),
    ("Meds:\nLisinopril 10\nMetformin 1000\nWalk daily\nSteps 5000", "Metformin 1000"),
    ("Meds:\nLisinopril 10\nMetformin 1000\nWalk daily\nSteps 5000", "Steps 5000"),
])
def test_doses_and_years_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in redactor.redact(text, "en").text


@pytest.mark.parametrize(("text", "secret"), [
    ("My cousin flew in from Kingston upon Hull on Sunday.", "Kingston upon Hull"),
    ("we drove to frankfurt am main for the wedding", "frankfurt am main"),
    ("Her parents live in Halle an der Saale.", "Halle an der Saale"),
    ("He was born in Boulogne-sur-Mer.", "Boulogne-sur-Mer"),
    ("They retired to Santa Cruz de la Sierra.", "Santa Cruz de la Sierra"),
])
def test_a_town_named_with_a_particle_hides_whole(redactor: Redactor, text: str,
                                                 secret: str) -> None:
    assert hidden(redactor, text, secret, "en")


@pytest.mark.parametrize(("text", "kept"), [
    ("We moved to Leeds on Friday and the cough started.", "on Friday"),
    ("I came from work on Monday with the headache.", "from work on Monday"),
    ("The rash started in the morning in bed.", "in the morning in bed"),
])
def test_a_place_and_a_day_after_a_particle_stay_apart(redactor: Redactor, text: str,
                                                        kept: str) -> None:
    assert kept in redactor.redact(text, "en").text


@pytest.mark.parametrize(("text", "secret"), [
    ("I share a room with Zdzisław Wróblewski on the ward.", "Zdzisław Wróblewski"),
    ("my sponsor is oyelaran adebayo from church", "oyelaran adebayo"),
])
def test_a_given_name_no_list_holds_before_a_surname_hides(redactor: Redactor, text: str,
                                                          secret: str) -> None:
    assert hidden(redactor, text, secret, "en")


@pytest.mark.parametrize(("text", "kept"), [
    ("meet me at the clinic dot com office on the third floor", "clinic dot com office"),
    ("he worked for a dot com company before he got sick", "dot com company"),
])
def test_dot_com_as_a_kind_of_thing_stays(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in redactor.redact(text, "en").text


def test_an_email_said_with_an_article_in_its_domain_still_hides(redactor: Redactor) -> None:
    text = "send it to rita at the clinic dot com thanks"
    assert hidden(redactor, text, "rita at the clinic dot com", "en")


def test_a_french_address_with_a_comma_after_its_number_hides(redactor: Redactor) -> None:
    text = "The nurse visits her at 27, boulevard Voltaire every morning."
    assert hidden(redactor, text, "27, boulevard Voltaire", "en")


@pytest.mark.parametrize(("text", "secret"), [
    ("The documentary was directed by Ingrid Solvang.", "Ingrid Solvang"),
    ("a song written by okonkwo and sung by his sister", "okonkwo"),
    ("He was seen by Dr Haraldsen at the walk-in.", "Haraldsen"),
    ("the show starring teodora vasquez was cancelled", "teodora vasquez"),
    ("happy birthday anna", "anna"),
    ("welcome back, Grace!", "Grace"),
])
def test_a_name_after_by_or_a_greeting_hides(redactor: Redactor, text: str,
                                            secret: str) -> None:
    assert hidden(redactor, text, secret, "en")


@pytest.mark.parametrize(("text", "kept"), [
    ("the ear was examined by ear thermometer and by hand", "examined by ear"),
    ("examined by nose and by eye, nothing unusual", "by nose"),
    ("The card was signed by hand.", "signed by hand"),
    ("Christmas was hard with the back pain.", "Christmas"),
    ("Easter is late this year, so is my refill.", "Easter"),
    ("Soak the foot in an Epsom salt bath twice a day.", "Epsom salt"),
])
def test_words_after_by_feasts_and_things_stay(redactor: Redactor, text: str,
                                               kept: str) -> None:
    assert kept in redactor.redact(text, "en").text


@pytest.mark.parametrize(("text", "kept"), [
    ("the patient felt better after the fluids", "felt better"),
    ("we hope jardiance helps her sugars", "jardiance"),
    ("i love xarelto because there are no blood tests", "xarelto"),
])
def test_verbs_and_medicines_beside_names_stay(redactor: Redactor, text: str,
                                               kept: str) -> None:
    assert kept in redactor.redact(text, "en").text
