"""English words that are names only by the lists: a thing a given name also names
("Rose water", "Ginger tea"), a name that is a verb first in its sentence ("Pat it
dry"), weekdays, frequent words hyphenated ("post-op"), lower-case words in a text that
capitalises its names, a place of several words kept whole ("Moose Jaw"), two readings
said after a vital sign ("one hundred twenty one hundred forty"), and the names these
rules must still hide. Sentences written for this test (helper R12)."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor


@pytest.mark.parametrize(("text", "kept"), [
    ("Rose water helps my eczema a little.", "Rose water"),
    ("rose water helps my eczema a little", "rose water"),
    ("Ginger tea settles my stomach after the chemo.", "Ginger tea"),
    ("Rusty water from the tap gave me a rash.", "Rusty"),
    ("Daisy chains, that's what the kids were making.", "Daisy"),
    ("Angel food cake is all I can eat with the mouth sores.", "Angel"),
    ("Ruby red spots on both legs.", "Ruby"),
])
def test_a_thing_named_like_a_person_stays(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in redactor.redact(text, "en").text


@pytest.mark.parametrize(("text", "kept"), [
    ("Pat it dry after the shower and put the cream on.", "Pat"),
    ("Bob your head up and down, does that hurt?", "Bob"),
    ("Hope the swelling goes down soon.", "Hope"),
    ("Grant me a minute to find my inhaler.", "Grant"),
])
def test_a_name_that_is_a_verb_first_in_its_sentence_stays(redactor: Redactor, text: str,
                                                           kept: str) -> None:
    assert kept in redactor.redact(text, "en").text


@pytest.mark.parametrize(("text", "kept"), [
    ("Hope the swelling goes down by Friday.", "Friday"),
    ("Amber colored urine since Monday.", "Monday"),
    ("My Wellbutrin ran out on Sunday.", "Sunday"),
    ("Handoff for bed six, post-op day two, on morphine.", "post-op"),
    ("Heather pollen is bad this time of year.", "Heather pollen"),
    ("Long story short, the rash came back.", "story short"),
    ("my daughter is precious and she worries about me", "precious"),
    ("my pressure today was one hundred twenty one hundred forty",
     "one hundred twenty one hundred forty"),
])
def test_ordinary_words_stay(redactor: Redactor, text: str, kept: str) -> None:
    result = redactor.redact(text, "en")
    assert kept in result.text, [e.type for e in result.entities]


@pytest.mark.parametrize(("text", "hidden"), [
    ("she's staying with her sister in Moose Jaw till the twentieth", "Jaw"),
    ("his name is Will Sandoval, he's my neighbour", "Will"),
    ("ask for dawn at the front desk she knows me", "dawn"),
    ("my daughter rose walker called me", "walker"),
    ("I saw ray walker at the pharmacy", "walker"),
    ("Pat called me back about the results.", "Pat"),
    ("my daughter is grace and she drives me", "grace"),
    ("I'm Ji-ho, it should be Ji-ho Shin on the chart.", "Ji-ho"),
    ("call me at five five five two one two three four five six", "two one two"),
    ("my member id is one two three four five six seven eight", "four five six"),
])
def test_names_places_and_ids_are_still_hidden(redactor: Redactor, text: str,
                                               hidden: str) -> None:
    assert hidden not in redactor.redact(text, "en").text


@pytest.mark.parametrize(("text", "kept"), [
    ("he doesn't speak English at all.", "English"),
    ("my friend speaks spanish and a little french", "spanish"),
    ("i am svetlana my daughter speak english better", "speak english"),
    ("Mm-hm, I was born in the spring.", "Mm-hm"),
])
def test_languages_fillers_and_a_verb_after_a_relative_stay(redactor: Redactor, text: str,
                                                            kept: str) -> None:
    assert kept in redactor.redact(text, "en").text


@pytest.mark.parametrize(("text", "hidden"), [
    ("the doctor was dr j k li at the walk-in", "li"),
    ("I saw Dr A. Papadopoulos in March.", "Papadopoulos"),
    ("the fall happened last thursday the sixth around noon", "sixth"),
])
def test_initials_after_a_title_and_a_weekday_date_are_hidden(redactor: Redactor, text: str,
                                                              hidden: str) -> None:
    assert hidden not in redactor.redact(text, "en").text


@pytest.mark.parametrize(("text", "hidden"), [
    ("I saw Dr. \u039a. \u03a0\u03b1\u03c0\u03b1\u03b4\u03ac\u03ba\u03b7\u03c2 last week.",
     "\u039a."),
    ("my doctor is \u0393. \u039d\u03b9\u03ba\u03bf\u03bb\u03ac\u03bf\u03c5", "\u0393."),
])
def test_a_greek_initial_before_a_greek_surname_is_hidden(redactor: Redactor, text: str,
                                                          hidden: str) -> None:
    assert hidden not in redactor.redact(text, "en").text


def test_a_greek_letter_in_a_molecule_stays(redactor: Redactor) -> None:
    text = "she takes a TNF-\u03b1 inhibitor"
    assert "TNF-\u03b1" in redactor.redact(text, "en").text


@pytest.mark.parametrize(("text", "kept"), [
    ("Bill me later for the copay.", "Bill"),
    ("Sue me if i forget the pills again", "Sue"),
    ("Sterling silver earrings gave me a rash.", "Sterling"),
    ("Chelsea boots hurt my bunion.", "Chelsea"),
    ("room twelve is on day one post c-section", "post"),
])
def test_verbs_and_things_named_like_people_and_places_stay(redactor: Redactor, text: str,
                                                            kept: str) -> None:
    assert kept in redactor.redact(text, "en").text


@pytest.mark.parametrize(("text", "hidden"), [
    ("email is dr underscore eze at cardio clinic dot org", "cardio"),
    ("my email bogdan k at wp dot pl", "bogdan"),
    ("yes we live at number nine laburnum grove", "number nine"),
    ("Bill called me back about the results.", "Bill"),
])
def test_emails_said_with_words_and_british_house_numbers_are_hidden(
        redactor: Redactor, text: str, hidden: str) -> None:
    assert hidden not in redactor.redact(text, "en").text


def test_dot_after_an_ordinary_word_is_no_web_address(redactor: Redactor) -> None:
    text = "we went to the store dot in the afternoon"
    assert "store" in redactor.redact(text, "en").text


@pytest.mark.parametrize(("text", "kept"), [
    ("the patient's name um giorgos papadimitriou he's greek", "greek"),
    ("i'm polish but i live here now", "polish"),
])
def test_an_origin_after_who_someone_is_stays(redactor: Redactor, text: str,
                                              kept: str) -> None:
    assert kept in redactor.redact(text, "en").text


def test_a_name_said_after_name_is_stays_hidden_even_a_language(redactor: Redactor) -> None:
    assert "English" not in redactor.redact("his name is Tom English", "en").text


@pytest.mark.parametrize(("text", "kept"), [
    ("Nurse handoff at seven.", "handoff"),
    ("nurse triage called me back", "triage"),
    ("the nurse practitioner saw me", "practitioner"),
    ("nurse navigator will phone you", "navigator"),
])
def test_a_care_role_after_a_title_stays(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in redactor.redact(text, "en").text


def test_a_name_after_a_care_role_is_hidden(redactor: Redactor) -> None:
    text = "the nurse practitioner Ellen Marsh saw me"
    assert "Marsh" not in redactor.redact(text, "en").text
