"""English given names that are ordinary words ("grace", "lane", "summer", "bill") said
in the frames of a call with no comma or capital to mark them, relatives' names no list
holds, a day and a month said with "slash", and the ordinary words and scores beside
them that must stay. Sentences written for this test (helper R14)."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize(("text", "secret"), [
    # whom a caller is passed to or asks for
    ("can you put me through to lane in billing", "lane"),
    ("i'll pass you over to joy she handles the refills", "joy"),
    ("when you get there ask for summer at the front", "summer"),
    # a greeting or a thanks with a clause after it and no comma
    ("good evening dawn how was the night shift", "dawn"),
    ("thanks brook that really helped with the swelling", "brook"),
    # whom one asks or tells to do something, or calls back
    ("please let faith know i called about the scan", "faith"),
    ("could you ask hunter to bring the walker", "hunter"),
    ("can you ring summer back after lunch", "summer"),
    # a given name as a subject of what a person has to do or did
    ("the pharmacist said rose could collect the prescription", "rose"),
    ("sorry but grace had to move the appointment", "grace"),
    ("chase rang this morning about the transport", "chase"),
    # a relative or carer named after "is", speech running on
    ("my carer is joy she comes at eight", "joy"),
    ("our nurse is lane and she is lovely", "lane"),
    # a relative with a name in no dictionary
    ("my nephew kayode picks me up on fridays", "kayode"),
    ("my daughter tolu has the letter", "tolu"),
])
def test_a_word_name_in_a_frame_of_speech_hides(redactor: Redactor, text: str,
                                               secret: str) -> None:
    assert hidden(redactor, text, secret, "en")


@pytest.mark.parametrize(("text", "kept"), [
    ("thanks hope you feel better soon", "hope"),
    ("let me know when the results are back", "let me know"),
    ("ask the nurse to check the drip", "ask the nurse"),
    ("my son is fine he says the cough is gone", "my son is fine"),
    ("my son gets the tablets from the chemist", "my son gets"),
    ("Page the doctor, his sats are dropping.", "Page the doctor"),
    ("we will mark the site before the operation", "mark the site"),
])
def test_ordinary_words_in_those_frames_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in redactor.redact(text, "en").text


@pytest.mark.parametrize(("text", "secret"), [
    ("i was born nine slash twelve in a small village", "nine slash twelve"),
    ("we moved in on three slash eight", "three slash eight"),
    ("the letter was dated twenty one slash six", "twenty one slash six"),
])
def test_a_day_and_month_said_with_slash_hide(redactor: Redactor, text: str,
                                             secret: str) -> None:
    assert hidden(redactor, text, secret, "en")


@pytest.mark.parametrize(("text", "term"), [
    ("the pain is six slash ten today", "six slash ten"),
    ("she needs care twenty four slash seven now", "twenty four slash seven"),
    ("he takes five slash three twenty five for the pain", "five slash three twenty five"),
    ("i'd rate the dizziness four slash five", "four slash five"),
])
def test_scores_and_doses_said_with_slash_stay(redactor: Redactor, text: str,
                                              term: str) -> None:
    assert not touched(redactor, text, term, "en")


@pytest.mark.parametrize(("text", "secret"), [
    ("i have an appointment with dawn on tuesday", "dawn"),
    ("a nurse called summer phoned me this morning", "summer"),
    ("the pin code is five six zero zero three four", "five six zero zero three four"),
    ("the postcode there is two zero zero zero", "two zero zero zero"),
    ("we live at seven kookaburra close in toowoomba", "seven kookaburra close"),
])
def test_visits_with_someone_and_numeric_postcodes_hide(redactor: Redactor, text: str,
                                                       secret: str) -> None:
    assert hidden(redactor, text, secret, "en")


@pytest.mark.parametrize(("text", "kept"), [
    ("Can the doctor see me today?", "the doctor see me"),
    ("will the nurse see him before lunch", "the nurse see him"),
    ("my appointment with the physio is on monday", "appointment with the physio"),
    ("i took two pills close together", "two pills close together"),
])
def test_verbs_after_a_role_and_counts_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in redactor.redact(text, "en").text


@pytest.mark.parametrize(("text", "secret"), [
    ("we moved to m one four five r t last spring", "m one four five r t"),
    ("send it to e c one a one b b please", "e c one a one b b"),
    ("the house is block five lot twelve phase two in pasig", "block five lot twelve phase two"),
    ("we're in sector fifteen near the market", "sector fifteen"),
])
def test_addresses_said_the_uk_philippine_and_indian_way_hide(redactor: Redactor, text: str,
                                                              secret: str) -> None:
    assert hidden(redactor, text, secret, "en")


@pytest.mark.parametrize(("text", "kept"), [
    ("i take a one two d w", "a one two d w"),
    ("the private sector pays for the scan", "private sector"),
    ("my vitamin d three level is low", "vitamin d three"),
])
def test_letters_and_sectors_that_are_no_address_stay(redactor: Redactor, text: str,
                                                      kept: str) -> None:
    assert kept in redactor.redact(text, "en").text


@pytest.mark.parametrize(("text", "secret"), [
    ("it was joy who changed the dressing", "joy"),
    ("both grace and faith came on sunday", "faith"),
    ("sorry lane could you say that again", "lane"),
    ("okay summer i'll ring the pharmacy", "summer"),
    ("her name was grace and she was lovely", "grace"),
    ("dawn speaking how can i help", "dawn"),
    ("you're through to hunter at the surgery", "hunter"),
])
def test_word_names_in_clefts_turns_and_phone_openings_hide(redactor: Redactor, text: str,
                                                             secret: str) -> None:
    assert hidden(redactor, text, secret, "en")


@pytest.mark.parametrize(("text", "kept"), [
    ("okay perfect i'll see you then", "okay perfect"),
    ("no chance i'll manage the stairs", "no chance"),
    ("it was nice that you came", "it was nice"),
    ("the pain and swelling are worse", "pain and swelling"),
])
def test_discourse_words_and_adjectives_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in redactor.redact(text, "en").text


@pytest.mark.parametrize(("text", "secret"), [
    ("is will there i need a word", "will"),
    ("could you ask for may at the desk", "may"),
    ("his name is will and he is my son", "will"),
])
def test_will_and_may_where_only_a_person_fits_hide(redactor: Redactor, text: str,
                                                     secret: str) -> None:
    assert hidden(redactor, text, secret, "en")


@pytest.mark.parametrize(("text", "kept"), [
    ("thanks will do", "will do"),
    ("can i ask for may third instead", "ask for"),
    ("i will ask for help with the stairs", "i will ask for help"),
])
def test_will_and_may_as_verbs_and_months_stay_no_name(redactor: Redactor, text: str,
                                                        kept: str) -> None:
    assert kept in redactor.redact(text, "en").text


@pytest.mark.parametrize(("text", "kept"), [
    ("my name is summer and i'm calling for my mum", "calling"),
    ("tell her i'm running late for the scan", "running late"),
    ("my aadhaar number is on the card", "aadhaar"),
    ("His PhilHealth number is on file.", "PhilHealth"),
])
def test_verbs_after_im_and_id_scheme_names_stay(redactor: Redactor, text: str,
                                                 kept: str) -> None:
    assert kept in redactor.redact(text, "en").text


@pytest.mark.parametrize(("text", "secret"), [
    ("hi i'm sterling from the clinic", "sterling"),
    ("i'm calling john okafor about the results", "john okafor"),
])
def test_names_after_im_still_hide(redactor: Redactor, text: str, secret: str) -> None:
    assert hidden(redactor, text, secret, "en")
