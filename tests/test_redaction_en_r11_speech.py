"""Issue 10, English speech (R11): identifiers said the loose way a call says them, each
a class rather than a sentence: a given name opening a clause ("mary is here with me"),
street corners said as ordinals ("on fifth and main"), house names ("3 the crescent"),
user names read aloud ("john underscore smith"), a day of the month alone ("on the
third, so ..."), names in letters of Central European alphabets, towns said by their
short name ("Acapulco" for "Acapulco de Juárez"); and the ordinary words these frames
must leave ("life said no", "on the third floor", "a TNF-alpha inhibitor" written with
its Greek letter). Every name, address and handle is invented."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import found, hidden


@pytest.mark.parametrize(("text", "value"), [
    ("mary is here with me", "mary"),
    ("ellen called yesterday", "ellen"),
    ("john said he would drive me", "john"),
    ("so frank called me this morning", "frank"),
    ("and then joe drove me home", "joe"),
    ("grace told me to come in today", "grace"),
    ("mark told me the dose was wrong", "mark"),
    ("rose gave me the pills last night", "rose"),
    ("bill is here with me today", "bill"),
    ("kim and i went to the clinic", "kim"),
    ("me and deshawn went to the er", "deshawn"),
    ("yesterday priya brought me in", "priya"),
    ("well, aiko picked me up after", "aiko"),
    ("mary's on her way now", "mary"),
    ("okay so tom kowalski called the office", "tom kowalski"),
    ("ruth usually drives me to dialysis", "ruth"),
    ("because jamal knows my meds better than i do", "jamal"),
    ("mary is a very sympathetic person", "mary"),
    ("john had given katrine his address", "john"),
    ("ruth was a nurse for thirty years", "ruth"),
    ("we stayed at mary's house last night", "mary"),
    ("the prescription is for grace's son", "grace"),
    ("i left the baby with bill's sister", "bill"),
    ("my name's rose and my husband is jack", "jack"),
    ("my son is mark and he is nine", "mark"),
    ("her daughter's name was joy.", "joy"),
    ("grace, can you hear me?", "grace"),
    ("sierra, you saved my life", "sierra"),
    ("okay. frank, how are you feeling", "frank"),
    ("sierra you saved my life", "sierra"),
    ("kelly please come in", "kelly"),
])
def test_given_name_opening_a_clause(redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value)


@pytest.mark.parametrize("text", [
    "life said no",
    "the baby came with a rash",
    "my guy said it was fine",
    "everyone said it was fine",
    "nobody called me back",
    "god knows i tried",
    "love is all you need",
    "my son is young",
    "my daughter is happy",
    "my husband is sick",
    "god's house",
    "hope this helps with the swelling",
    "frank blood in the stool is a warning sign",
    "joy is hard to feel when you hurt all the time",
    "hope, you know, is important",
    "well, you know how it is",
    "hope you feel better",
    "bless you",
    "mark you down for tuesday",
])
def test_no_name_opening_a_clause(redactor: Redactor, text: str) -> None:
    assert not [f for f in found(redactor, text) if f[0] == "PERSON"]


@pytest.mark.parametrize(("text", "value"), [
    ("fifth and main", "fifth and main"),
    ("we live on third and pine", "third and pine"),
    ("meet me at the corner of 5th and elm", "5th and elm"),
    ("we're over on twenty third and lincoln", "twenty third and lincoln"),
    ("she lives off main and fifth", "main and fifth"),
    ("the shelter at 42nd and broadway", "42nd and broadway"),
    ("the intersection of pine street and oak avenue", "pine street and oak avenue"),
    ("third and pine is where we live", "third and pine"),
    ("i live at 3 the crescent", "3 the crescent"),
    ("flat 2, the old rectory", "2, the old rectory"),
    ("we live at rose cottage, near the church", "rose cottage"),
    ("the address is ivy house", "ivy house"),
    ("send it to the old vicarage please", "the old vicarage"),
    ("i'm at 14 beech close, off the high street", "14 beech close"),
    ("she lives at 2 church rise", "2 church rise"),
    ("we live at 22b baker street", "22b baker street"),
])
def test_corners_and_house_names(redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value)


@pytest.mark.parametrize("text", [
    "the pain is on third and fourth fingers",
    "at first and then it got worse",
    "at first and mostly at night",
    "he had fractures of the third and fifth ribs",
    "on first and second generation antihistamines",
    "first and foremost, take the pills",
    "i live at home with my wife",
    "i took 3 pills close together",
])
def test_no_corner(redactor: Redactor, text: str) -> None:
    assert not [f for f in found(redactor, text) if f[0] == "STREET_ADDRESS"]


@pytest.mark.parametrize(("text", "value"), [
    ("my username is john underscore smith eighty two", "john underscore smith eighty two"),
    ("my instagram is sunny dash days", "sunny dash days"),
    ("her handle is at maria dot lopez ninety", "maria dot lopez ninety"),
    ("the login is jsmithy", "jsmithy"),
    ("you can find him on twitter, it's bobby underscore k", "bobby underscore k"),
    ("my tiktok is cool_cat99", "cool_cat99"),
    ("i sent it to kelly_m on discord", "kelly_m"),
    ("his gamer tag is dark underscore wolf seven", "dark underscore wolf seven"),
])
def test_user_names(redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value)


@pytest.mark.parametrize("text", [
    "my username is the same as my email",
    "the door handle is broken",
    "my facebook is private",
    "she sends photos on whatsapp",
])
def test_no_user_name(redactor: Redactor, text: str) -> None:
    assert redactor.analyze(text, "en") == []


@pytest.mark.parametrize(("text", "value"), [
    ("the surgery is on the third, so i need the form before then", "the third"),
    ("i was admitted on the twenty ninth", "the twenty ninth"),
    ("the appointment is monday the sixteenth", "monday the sixteenth"),
    ("on the first i start the new insulin", "the first"),
    ("i'll know by the 5th", "the 5th"),
    ("it's due the twenty eighth", "the twenty eighth"),
    ("she turned ninety on the fourth", "the fourth"),
    ("we saw her in, uh, mid september, on the fifteenth", "the fifteenth"),
    ("the follow up is the tenth of next month", "the tenth of next month"),
    ("i came in on the ninth of this month", "the ninth of this month"),
    ("the er visit was january the sixth, two thousand twenty um, two",
     "january the sixth, two thousand twenty um, two"),
    ("she was born on the twenty third of march, um, nineteen eighty",
     "the twenty third of march, um, nineteen eighty"),
    ("it was, uh, back in march of twenty nineteen i think", "march of twenty nineteen"),
    ("he passed away in april of two thousand eighteen", "april of two thousand eighteen"),
])
def test_dates_said_loosely(redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value)


@pytest.mark.parametrize("text", [
    "she's on the third floor",
    "it worked on the second try",
    "on the first day it hurt",
    "take it for the first three days",
    "the second of two doses",
    "on the first of the month she gets paid",
    "take one on the first and one on the fifteenth of each month",
    "it's on the first floor near the elevator",
    "on the third day the fever broke",
])
def test_no_day_alone(redactor: Redactor, text: str) -> None:
    assert not [f for f in found(redactor, text) if f[0] == "DATE_TIME"]


@pytest.mark.parametrize(("text", "value"), [
    ("my name is łukasz żółkiewski", "łukasz żółkiewski"),
    ("this is miloš calling about my mother", "miloš"),
    ("this is dr. Đorđević", "Đorđević"),
    ("my wife jelena marković is here", "jelena marković"),
    ("my son tomáš dvořák", "tomáš dvořák"),
    ("call me Ksenija Šimić", "Ksenija Šimić"),
    ("i spoke with mr. Ćosić yesterday", "Ćosić"),
    ("my name is cătălin ştefănescu", "cătălin ştefănescu"),
    ("my surname is de la cruz-hernández", "de la cruz-hernández"),
    ("her family name is van der berg", "van der berg"),
    ("his surname's okonkwo", "okonkwo"),
    ("my name is maria de los santos", "maria de los santos"),
])
def test_names_in_central_european_letters(redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value)


@pytest.mark.parametrize(("text", "value"), [
    ("i drove up from acapulco this morning", "acapulco"),
    ("she flew in from Naucalpan", "Naucalpan"),
    ("my brother lives in marburg now", "marburg"),
    ("my son flew in from Frankfurt yesterday", "Frankfurt"),
    ("we used to live in frankfurt", "frankfurt"),
    ("it's san hermelinda los altos, new jersey", "san hermelinda los altos"),
    ("mail it to san agustín los bajos, south carolina", "san agustín los bajos"),
])
def test_towns_by_short_name(redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value)


@pytest.mark.parametrize("text", [
    "he is on a TNF-\u03b1 inhibitor",
    "she takes a \u03b2-blocker for that",
    "they checked her IFN-\u03b3 level",
])
def test_greek_letter_molecules_are_no_names(redactor: Redactor, text: str) -> None:
    assert not [f for f in found(redactor, text) if f[0] == "PERSON"]


@pytest.mark.parametrize(("text", "value"), [
    ("thanks so much ahmed", "ahmed"),
    ("thank you so much, ahmed", "ahmed"),
    ("see you tomorrow, grace", "grace"),
    ("okay see you then, bill", "bill"),
    ("take care, mark", "mark"),
])
def test_name_said_in_leave_taking(redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value)


@pytest.mark.parametrize("text", [
    "see you soon, doc",
    "thank you so much, doctor",
    "thanks a lot, man",
    "see you monday, love",
])
def test_no_name_in_leave_taking(redactor: Redactor, text: str) -> None:
    assert not [f for f in found(redactor, text) if f[0] == "PERSON"]


@pytest.mark.parametrize(("text", "name", "verb"), [
    ("my neighbor mrs. kowalczyk drove me", "kowalczyk", "drove"),
    ("her husband rajesh works nights", "rajesh", "works"),
    ("dr. patel's nurse called me back", "patel", "called"),
    ("john had given katrine his address", "katrine", "given"),
])
def test_a_verb_beside_a_name_stays(redactor: Redactor, text: str, name: str,
                                    verb: str) -> None:
    assert hidden(redactor, text, name)
    assert not any(verb in value.split() for _, value in found(redactor, text))


@pytest.mark.parametrize("text", [
    "the baby came early",
    "she went home early",
    "we're trying to locate the records",
])
def test_no_place(redactor: Redactor, text: str) -> None:
    assert not [f for f in found(redactor, text) if f[0] == "LOCATION"]


@pytest.mark.parametrize(("text", "value"), [
    ("the address is twenty one hundred, um, west main street",
     "twenty one hundred, um, west main street"),
    ("my address is fourteen twenty three north, uh, lincoln boulevard",
     "fourteen twenty three north, uh, lincoln boulevard"),
    ("we're at seventeen oak lane, apartment, um, six", "seventeen oak lane, apartment, um, six"),
    ("send it to p o box, um, five five one", "p o box, um, five five one"),
    ("send a new one to unit one nine zero seven box six five six seven dpo ae",
     "unit one nine zero seven box six five six seven dpo ae"),
    ("it's psc eight one two, box four four, apo ap", "psc eight one two, box four four, apo ap"),
])
def test_address_with_a_hesitation(redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value)


@pytest.mark.parametrize("text", [
    "i took 2, um, tablets of tylenol",
    "she walked 3 blocks, uh, to the pharmacy",
    "the icu unit two box of gloves",
])
def test_no_address_after_a_count(redactor: Redactor, text: str) -> None:
    assert not [f for f in found(redactor, text) if f[0] == "STREET_ADDRESS"]
