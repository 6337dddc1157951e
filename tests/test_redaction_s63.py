"""Stop 63's readings: a name said right before the kind of place it is ("he's at crossroads
the rehab", "estoy con servicios estrella la agencia"); a second age said right after a
first ("ninety seven or ninety eight", "noventa y dos, casi noventa y tres"); a listed name
that opens with its kind, after a cue of place, whatever follows it ("en el hospital
italiano en enero"); a listed name of several words judged whole, not by one clinical word
of it ("narcotics anonymous"); the universities, payers, pension funds, banks and care homes
of Latin America and Spain listed at this stop; PAMI an organisation. And what these
readings must leave: frequent words, verbs and clauses before "the pharmacy". Sentences
written for these tests, not taken from any benchmark set."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize("text, value, language", [
    ("my sister is at brightwater the nursing home since june", "brightwater", "en"),
    ("he drives for ironclad the moving company since the layoff", "ironclad", "en"),
    ("we switched to tumbleweed the daycare when the old one closed", "tumbleweed", "en"),
    ("i volunteer with golden hearts the food bank every friday", "golden hearts", "en"),
    ("quasar thats the cleaning company sends me to offices downtown", "quasar", "en"),
    ("mi hijo va a semillitas la guardería de la colonia", "semillitas", "es"),
    ("trabajo con manos amigas la agencia de cuidadoras", "manos amigas", "es"),
    ("ella limpia en relámpago una empresa de limpieza", "relámpago", "es"),
])
def test_a_name_said_before_its_kind(redactor: Redactor, text: str, value: str,
                                     language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, kept, language", [
    ("i was at work the clinic called me twice", "work", "en"),
    ("at night the pharmacy is closed so i wait", "night", "en"),
    ("thanks for calling the clinic back so fast", "calling", "en"),
    ("i'm waiting for approval the pharmacy said two days", "approval", "en"),
    ("yesterday the clinic moved my appointment", "yesterday", "en"),
    ("in person the clinic feels better to me", "person", "en"),
    ("i went to bed the clinic woke me with a call", "bed", "en"),
    ("for refills the pharmacy needs a new script", "refills", "en"),
    ("en casa la clínica me llamó dos veces", "casa", "es"),
    ("de noche la farmacia está cerrada", "noche", "es"),
    ("con dolor la clínica no me quiso atender", "dolor", "es"),
    ("de todos modos la farmacia no abre", "modos", "es"),
    ("ayer la clínica me cambió la cita", "ayer", "es"),
    ("de urgencia la farmacia de guardia me lo surtió", "urgencia", "es"),
    ("para jubilados el programa del gobierno paga la mitad", "jubilados", "es"),
    ("for refills the pharmacy on fifth is faster", "refills", "en"),
    ("from choir the church van brings her home", "choir", "en"),
    ("for shampoo it's the store brand, nothing special", "shampoo", "en"),
])
def test_words_before_the_kind_that_name_nothing(redactor: Redactor, text: str, kept: str,
                                                language: str) -> None:
    assert not touched(redactor, text, kept, language)


@pytest.mark.parametrize("text, values, language", [
    ("grandpa is ninety six or ninety seven nobody knows for sure",
     ("ninety six", "ninety seven"), "en"),
    ("She's 93, maybe 94, and still drives to church.", ("93", "94"), "en"),
    ("mi abuela tiene noventa y cuatro casi noventa y cinco", ("noventa y cuatro",
                                                               "noventa y cinco"), "es"),
])
def test_a_second_age_after_the_first(redactor: Redactor, text: str, values: tuple[str, ...],
                                      language: str) -> None:
    for value in values:
        assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, kept, language", [
    ("he's ninety one and his sugar was ninety eight this morning", "ninety eight", "en"),
    ("tiene noventa y uno y la presión noventa y ocho", "noventa y ocho", "es"),
    ("Mi papá tiene 92 años, 98 de oxígeno con las puntas.", "98", "es"),
    ("she's ninety five maybe a hundred ten on her sugar", "a hundred ten", "en"),
])
def test_a_reading_after_an_age_stays(redactor: Redactor, text: str, kept: str,
                                      language: str) -> None:
    assert not touched(redactor, text, kept, language)


@pytest.mark.parametrize("text, value, language", [
    ("la operaron en el hospital italiano en marzo", "hospital italiano", "es"),
    ("me gradué de la unam en enfermería", "unam", "es"),
    ("mi hijo estudió en la udelar y ahora trabaja aquí", "udelar", "es"),
    ("mi seguro es ars humano y me cubre la mitad", "ars humano", "es"),
    ("me pensioné por colpensiones hace tres años", "colpensiones", "es"),
    ("lo cubre pami desde que se jubiló", "pami", "es"),
    ("tengo la cuenta en davivienda para la pensión", "davivienda", "es"),
    ("he goes to narcotics anonymous on tuesdays at the church", "narcotics anonymous", "en"),
    ("la operaron en el instituto nacional de cancerología el año pasado",
     "instituto nacional de cancerología", "es"),
    ("mi hijo trabaja en claro en la parte de ventas", "claro", "es"),
    # a listed name inside a longer finding that is trimmed: kept whole all the same
    ("I go to Narcotics Anonymous on Tuesdays.", "Narcotics Anonymous", "en"),
])
def test_organisations_listed_or_judged_whole(redactor: Redactor, text: str, value: str,
                                              language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, kept, language", [
    ("claro que sí doctora le mando la foto", "claro", "es"),
    ("esperamos a que se unan los huesos de la muñeca", "unan", "es"),
    ("en toda mi vida tres veces me ha dado neumonía", "vida tres", "es"),
    ("el porvenir de mi hijo me preocupa mucho", "porvenir", "es"),
    ("took narcotics for the pain after surgery", "narcotics", "en"),
])
def test_words_that_are_listed_names_too_stay(redactor: Redactor, text: str, kept: str,
                                             language: str) -> None:
    assert not touched(redactor, text, kept, language)


@pytest.mark.parametrize("text, value, language", [
    ("the walk in clinic is at 2741 Kensington, next to the bank", "2741 Kensington", "en"),
    ("send the nurse to twenty six forty lindenwood by the school", "twenty six forty lindenwood",
     "en"),
    ("Her mailing address is 9120 County Road 7, out past the grain elevator.",
     "9120 County Road 7", "en"),
    ("we live at sixty five ten highway forty two in the blue trailer",
     "sixty five ten highway forty two", "en"),
])
def test_a_house_number_and_a_road_number_with_their_street(redactor: Redactor, text: str,
                                                            value: str, language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, kept, language", [
    ("in 1998 we moved him to the home", "1998", "en"),
    ("take 500 of the tylenol at night", "500", "en"),
    ("the highway two hours away is closed so we came late", "two hours", "en"),
])
def test_numbers_before_words_that_are_no_street_stay(redactor: Redactor, text: str, kept: str,
                                                      language: str) -> None:
    assert not touched(redactor, text, kept, language)
