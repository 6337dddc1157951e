"""Stop 47's readings, from where people work and what the places around them are called:
counties and towns said whole in lower case, firms named after a cue of work, names said
bare after a preposition, saints' places, and names written in apposition to their kind.
Sentences written for these tests, not taken from any benchmark set."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize("text, value, language", [
    ("my aunt lives out in loving county now", "loving county", "en"),
    ("we're in hocking county past the state park", "hocking county", "en"),
    ("we moved from round rock last spring", "round rock", "en"),
    ("mail it to p o box nine twelve sweet home nine seven three eight nine",
     "sweet home", "en"),
    ("my cousin lives in little saigon near the market", "little saigon", "en"),
    ("nací en la paz baja california sur", "la paz", "es"),
    ("mi papá trabajó en la mina de cobre de cananea", "cananea", "es"),
    ("de ahí se lo llevan a moca en la camioneta", "moca", "es"),
])
def test_a_town_or_county_said_whole(redactor: Redactor, text: str, value: str,
                                     language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, words, language", [
    ("he cut the chicken in little pieces", "little pieces", "en"),
    ("tengo la presión baja desde ayer", "baja", "es"),
    ("el azúcar alta me tiene mal", "alta", "es"),
    ("tápese bien con la cobija", "cobija", "es"),
    ("tiene fiebre de malta desde el lunes", "fiebre", "es"),
])
def test_ordinary_words_near_these_places_survive(redactor: Redactor, text: str, words: str,
                                                  language: str) -> None:
    assert not touched(redactor, text, words, language)


@pytest.mark.parametrize("text, value", [
    ("i work at ramirez tire and lube off the highway", "ramirez tire and lube"),
    ("my supervisor at prairie poultry processing won't let me sit", "prairie poultry processing"),
    ("i pack boxes at bluegate fulfillment on weekends", "bluegate fulfillment"),
    ("i'm a cna at silver oaks care center on nights", "silver oaks care center"),
    ("she goes to maple grove family health center for her sugar",
     "maple grove family health center"),
])
def test_an_english_workplace_said_in_lower_case(redactor: Redactor, text: str,
                                                 value: str) -> None:
    assert hidden(redactor, text, value, "en")


@pytest.mark.parametrize("text, words", [
    ("i work at home and the back pain is worse", "home"),
    ("my boss at the shop is mean", "shop"),
    ("i go to urgent care center when it flares", "urgent care center"),
    ("she was sent to pain clinic twice", "pain clinic"),
    ("we go to community center on tuesdays", "community center"),
    ("he went to physical therapy center after the surgery", "physical therapy center"),
])
def test_a_kind_of_workplace_is_no_name(redactor: Redactor, text: str, words: str) -> None:
    assert not touched(redactor, text, words, "en")


@pytest.mark.parametrize("text, value", [
    ("mi cuñado trabaja en transportes villalobos y le duele la espalda",
     "transportes villalobos"),
    ("trabajo en empacadora las lomas en la línea", "empacadora las lomas"),
    ("mi hija trabajaba en confecciones marisol antes del embarazo", "confecciones marisol"),
    ("soy voluntaria en la despensa san judas tadeo los jueves", "despensa san judas tadeo"),
    ("vivimos cerca del colmado de toño el de la esquina", "colmado de toño"),
])
def test_a_spanish_firm_said_bare_after_a_verb_of_work(redactor: Redactor, text: str,
                                                       value: str) -> None:
    assert hidden(redactor, text, value, "es")


@pytest.mark.parametrize("text, words", [
    ("trabajo en limpieza de oficinas desde hace años", "limpieza de oficinas"),
    ("trabajo en construcción con mi tío", "construcción"),
    ("trabajo en cocina los fines de semana", "cocina"),
    ("mi esposo trabaja en recursos humanos", "recursos humanos"),
    ("trabajo en turnos de noche y no duermo", "turnos de noche"),
])
def test_a_line_of_work_is_no_firm(redactor: Redactor, text: str, words: str) -> None:
    assert not touched(redactor, text, words, "es")


@pytest.mark.parametrize("text, value, language", [
    ("Es un restaurante chino, Jardín de Jade, en la avenida.", "Jardín de Jade", "es"),
    ("Trabajo en un salón de uñas, Uñas Bonitas, y me salió una dermatitis.",
     "Uñas Bonitas", "es"),
    ("Entreno en el gimnasio, Leones Fitness, tres veces por semana.", "Leones Fitness", "es"),
    ("He drives for a moving company, Big Oak Movers, and his leg went numb.",
     "Big Oak Movers", "en"),
    ("The pharmacy, Corner Apothecary, called about the refill.", "Corner Apothecary", "en"),
])
def test_a_name_written_in_apposition_to_its_kind(redactor: Redactor, text: str, value: str,
                                                  language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, words, language", [
    ("En la farmacia compré Trobazil.", "Trobazil", "es"),
    ("Voy al grupo de apoyo Diabetes Tipo Dos.", "Diabetes", "es"),
    ("La clínica, Fibrosis Quística, me atiende.", "Fibrosis Quística", "es"),
    ("The pharmacy I go to is closed on Sunday.", "I", "en"),
    ("I go to the gym Monday and Friday.", "Monday", "en"),
])
def test_no_apposition_without_a_name(redactor: Redactor, text: str, words: str,
                                      language: str) -> None:
    assert not touched(redactor, text, words, language)


@pytest.mark.parametrize("text, words, language", [
    # review RV35's probes: what the first versions of these rules took
    ("Culture grew group A strep.", "A", "en"),
    ("Blood group B positive.", "B", "en"),
    ("Works at a farm, Denies pesticide exposure.", "Denies", "en"),
    ("Called the pharmacy, No answer.", "No", "en"),
    ("my boss at christmas gave us a bonus", "christmas", "en"),
    ("i work at costco and mondays are the worst", "mondays", "en"),
    ("she reacts to cottonwood every spring", "cottonwood", "en"),
    ("he goes to summer school in june", "summer school", "en"),
    ("bebimos agua de tinaco en el rancho", "tinaco", "es"),
    ("le salió una roncha de alacranes", "alacranes", "es"),
    ("trabajo con químicos cancerígenos en la planta", "cancerígenos", "es"),
    ("trabajo en mudanzas fines de semana", "fines", "es"),
    ("le regalé la medalla san benito", "medalla", "es"),
    ("Uso una planta, Ruda, para el dolor de oído.", "Ruda", "es"),
])
def test_review_rv35_readings_stay(redactor: Redactor, text: str, words: str,
                                   language: str) -> None:
    assert not touched(redactor, text, words, language)
