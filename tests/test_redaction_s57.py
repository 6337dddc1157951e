"""Stop 57's readings: the learned tagger's words before a street or number kept, ages put
right or said with their half, spoken month-and-day dates after a stay's verbs, e-mails
and web addresses said in more ways, US addresses said in Spanish, a tagger's name begun
inside its head, courts and public insurers, a street's quarter, two named streets,
spelled tests that are no names, and how it went that names no town. Sentences written
for these tests, not taken from any benchmark set."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize("text, value, language", [
    # ages
    ("grandpa turned ninety one no ninety two last month", "ninety two", "en"),
    ("she was born in nineteen thirty so that makes her ninety five", "ninety five", "en"),
    ("my uncle is ninety six and a half and still drives", "ninety six and a half", "en"),
    ("mi abuela tiene noventa y tres y medio", "noventa y tres y medio", "es"),
    # dates
    ("he was admitted four twenty two and discharged four twenty six", "four twenty two",
     "en"),
    ("he was admitted four twenty two and discharged four twenty six", "four twenty six",
     "en"),
    ("a mi papá le dieron de alta el once nueve", "once nueve", "es"),
    # e-mails and web addresses
    ("write to r castillo plus billing at outlook dot com please",
     "r castillo plus billing at outlook dot com", "en"),
    ("email is j reyes triple seven at yahoo dot com", "j reyes triple seven at yahoo dot com",
     "en"),
    ("send the form to t ngo at h h s clinic dot state dot gov",
     "t ngo at h h s clinic dot state dot gov", "en"),
    ("the video is at bit dot l y slash q r two", "bit dot l y slash q r two", "en"),
    ("check us out on sunny brook pediatrics dot com slash hours",
     "sunny brook pediatrics dot com slash hours", "en"),
    # addresses
    ("mi casa es treinta y dos cuarenta south kedzie", "treinta y dos cuarenta south kedzie",
     "es"),
    ("Vivo en el 2211 West Cermak, Chicago.", "2211 West Cermak", "es"),
    ("ochocientos diez norte avenida doce", "ochocientos diez norte avenida doce", "es"),
    ("mándelo al P.O. Box 455, Yuma, Arizona", "P.O. Box 455", "es"),
    ("vivo en la carrera setenta número treinta sur veinte", "carrera setenta número "
     "treinta sur veinte", "es"),
    ("trabajo en la calle cincuenta y dos del noroeste", "calle cincuenta y dos del noroeste",
     "es"),
    ("my sister lives off lawndale and kostner", "lawndale and kostner", "en"),
    ("belmont and cicero southeast corner by the bank", "belmont and cicero", "en"),
    # organisations
    ("the physio is bright path p t twelve mill road suite c", "bright path p t", "en"),
    ("we were referred by willow creek counseling", "willow creek counseling", "en"),
    ("me atienden en el centro de salud valle verde norte", "centro de salud valle verde",
     "es"),
    ("la fiscalía de zapopan me citó", "fiscalía de zapopan", "es"),
    ("mi seguro es la caja de seguro social", "caja de seguro social", "es"),
])
def test_this_stops_identifiers_are_hidden(redactor: Redactor, text: str, value: str,
                                           language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, kept, language", [
    ("the a one c was eight point one l d l ninety h d l forty two", "l d l", "en"),
    ("the a one c was eight point one l d l ninety h d l forty two", "ninety", "en"),
    ("they did an e k g a chest x ray and labs", "e k g", "en"),
    ("he started c b t with a new therapist", "c b t", "en"),
    ("el ele de ele salió en ciento noventa", "ele de ele", "es"),
    ("le pedí la te ese hache y la te cuatro", "te ese hache", "es"),
    ("tiene una hernia en ele cuatro ele cinco", "ele cuatro", "es"),
    ("vamos a medir f s h y estradiol", "f s h", "es"),
    ("tengo moretones en los brazos", "brazos", "es"),
    ("el bebé va a fototerapia", "fototerapia", "es"),
    ("the visit went fine and the wound works well", "fine", "en"),
    ("my dad weighs ninety two and a half pounds", "ninety two", "en"),
    ("pesa noventa y dos y medio kilos", "noventa y dos", "es"),
    ("i'm on insulin and metformin now", "insulin", "en"),
    ("he was discharged with two antibiotics", "two", "en"),
])
def test_what_must_stay_stays(redactor: Redactor, text: str, kept: str,
                              language: str) -> None:
    assert not touched(redactor, text, kept, language)


def test_an_id_keeps_its_letters_after_its_word(redactor: Redactor) -> None:
    text = "member id c b c four four one nine two seven"
    assert hidden(redactor, text, "c b c four four one nine two seven", "en")


def test_an_email_needs_a_cue_or_a_number_before_spelled_letters(redactor: Redactor) -> None:
    text = "she looked at a b c dot com ad about it"
    assert not any(e.type == "EMAIL_ADDRESS" for e in redactor.analyze(text, "en"))


@pytest.mark.parametrize("text, value, language", [
    ("my aunt lives in sweet home oregon", "sweet home", "en"),
    ("we drove up from ten mile tennessee", "ten mile", "en"),
    ("mi tía vive en san juan de los lagos jalisco", "san juan de los lagos", "es"),
    ("i work for brandt and cole l l p downtown", "brandt and cole l l p", "en"),
    ("the referral is to hartley legal aid", "hartley legal aid", "en"),
])
def test_a_town_before_its_state_and_a_firms_kind_after_its_name(
        redactor: Redactor, text: str, value: str, language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, kept, language", [
    ("i was in the hospital in texas for a week", "hospital", "en"),
    ("the chest pain in arizona was worse", "pain", "en"),
])
def test_a_state_after_other_words_takes_no_town(redactor: Redactor, text: str, kept: str,
                                                 language: str) -> None:
    assert not touched(redactor, text, kept, language)


@pytest.mark.parametrize("text, value, language", [
    ("the aide can come up to building d apartment two twelve", "building d apartment two "
     "twelve", "en"),
    ("vivo en el edificio c departamento cuarenta", "edificio c departamento cuarenta", "es"),
    ("we went to the VA in Temple for the wheelchair", "VA", "en"),
])
def test_a_building_before_its_unit_and_the_va(redactor: Redactor, text: str, value: str,
                                               language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, kept", [
    ("ella se va a la clínica mañana", "va"),
    ("mi esposo va a venir conmigo", "va"),
])
def test_the_spanish_verb_va_stays(redactor: Redactor, text: str, kept: str) -> None:
    assert not touched(redactor, text, kept, "es")


@pytest.mark.parametrize("text, value", [
    ("my mom gets meals from open table of bexar county now", "open table of bexar county"),
    ("he volunteers with hearts united of cherokee county", "hearts united of cherokee county"),
    ("I live in Old Lyme, Connecticut, near the shore", "Old Lyme"),
])
def test_a_name_of_a_place_it_serves(redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value, "en")


@pytest.mark.parametrize("text, kept", [
    ("the people of tarrant county voted for it", "people"),
    ("most of houston flooded that year", "most"),
])
def test_who_or_how_many_of_a_place_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert not touched(redactor, text, kept, "en")


@pytest.mark.parametrize("text, value, language", [
    ("faith is my niece, she drives me", "faith", "en"),
    ("our night aide is amber and she is great", "amber", "en"),
    ("mi cuidadora es socorro y viene los lunes", "socorro", "es"),
])
def test_a_given_name_told_by_kin_or_role(redactor: Redactor, text: str, value: str,
                                          language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, kept, language", [
    ("the nurse is nice and patient", "nice", "en"),
    ("la enfermera es buena", "buena", "es"),
    ("that is my daughter on the phone", "that", "en"),
])
def test_how_someone_is_stays(redactor: Redactor, text: str, kept: str,
                              language: str) -> None:
    assert not touched(redactor, text, kept, language)
