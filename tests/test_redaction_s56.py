"""Stop 56's readings: a condition's eponym said right after a title or a relation is a
person ("doctor addison retired"), Spanish diminutives of given names ("santiaguito"),
a roommate or workmate's name ("mi compañero de cuarto yunieski"), hospitals named by
their church ("the methodist hospital", "el hospital bautista"), and a score read with
"estaba en" ("el glasgow estaba en quince"). Sentences written for these tests, not taken
from any benchmark set."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from redaction.wordlists import diminutives_es, names
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize("text, value, language", [
    ("our old pediatrician doctor addison moved to denver", "addison", "en"),
    ("my granddaughter addison has had a cough since friday", "addison", "en"),
    ("ask nurse tourette about the forms", "tourette", "en"),
    ("el doctor graves me pidió otro ultrasonido", "graves", "es"),
    ("la doctora cushing ya no atiende los martes", "cushing", "es"),
])
def test_an_eponym_after_a_title_or_relation_is_a_person(redactor: Redactor, text: str,
                                                         value: str, language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, kept, language", [
    ("she was diagnosed with addison disease last year", "addison", "en"),
    ("my mother has parkinson and graves", "parkinson", "en"),
    ("tiene graves problemas para dormir", "graves", "es"),
    ("a mi hijo le diagnosticaron asperger", "asperger", "es"),
])
def test_eponyms_without_a_title_stay(redactor: Redactor, text: str, kept: str,
                                      language: str) -> None:
    assert not touched(redactor, text, kept, language)


def test_spanish_diminutives_of_given_names_are_names() -> None:
    assert diminutives_es("santiago") == {"santiaguito"}
    assert diminutives_es("francisco") == {"francisquito"}
    assert "josecito" in diminutives_es("jose")
    assert names().get("dieguito") == "F"
    assert "pastillita" not in names()  # no given name makes it
    assert names().get("bonito") != "F"  # an ordinary word, though "bona" is a name


@pytest.mark.parametrize("text, value", [
    ("le di jarabe a santiaguito y le bajó la fiebre", "santiaguito"),
    ("mi nieto dieguito tose en las noches", "dieguito"),
    ("mi compañero de cuarto yunieski me llevó a urgencias", "yunieski"),
    ("mi compañera de trabajo yamilka me cubre el turno", "yamilka"),
])
def test_spanish_names_by_diminutive_and_by_companion(redactor: Redactor, text: str,
                                                      value: str) -> None:
    assert hidden(redactor, text, value, "es")


@pytest.mark.parametrize("text, value, language", [
    ("they sent me home from the methodist hospital on monday", "methodist hospital", "en"),
    ("her records are at adventist health downtown", "adventist health", "en"),
    ("me operaron en el hospital bautista", "hospital bautista", "es"),
    ("la clínica adventista me mandó los resultados", "clínica adventista", "es"),
])
def test_care_named_by_its_church_is_hidden(redactor: Redactor, text: str, value: str,
                                            language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, kept, language", [
    ("we have gone to the methodist church all our lives", "methodist church", "en"),
    ("el glasgow estaba en quince cuando llegó", "glasgow", "es"),
    ("me duele la cruz de la espalda cuando cargo", "cruz de la espalda", "es"),
    ("mis compañeros de trabajo fuman mucho", "compañeros de trabajo", "es"),
])
def test_kinds_scores_and_body_words_stay(redactor: Redactor, text: str, kept: str,
                                          language: str) -> None:
    assert not touched(redactor, text, kept, language)


@pytest.mark.parametrize("text, value, language", [
    ("we moved to forty two bedford avenue third floor last spring", "third floor", "en"),
    ("it's nine hundred grand concourse apartment two b", "grand concourse", "en"),
    ("the shop is at route nine and mercer boulevard", "mercer boulevard", "en"),
    ("vivo en el pasaje cuatro polígono c casa once", "polígono c casa once", "es"),
    ("calle 40, bloque 12, número 9, en la urbanización", "número 9", "es"),
    ("vivo en la carretera vieja kilómetro siete y medio", "y medio", "es"),
    ("mi tía vive en la ciudadela los sauces", "ciudadela los sauces", "es"),
    ("my plan is through humana and the card is new", "humana", "en"),
    ("bill it to tricare please", "tricare", "en"),
])
def test_address_parts_and_insurers_are_hidden(redactor: Redactor, text: str, value: str,
                                               language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, kept, language", [
    ("ferritin six mcv sixty eight and the hemoglobin is low", "mcv sixty eight", "en"),
    ("ldl one forty four triglycerides two twenty", "triglycerides two twenty", "en"),
    ("Me duele la rodilla. Me pusieron hielo.", "rodilla. Me", "es"),
    ("Tengo asma. Es peor en invierno.", "asma. Es", "es"),
    ("los leucocitos salieron en más de cien", "más de cien", "es"),
    ("soy hipertensa y asmática desde niña", "hipertensa", "es"),
    ("es para la cita del dentista", "la cita", "es"),
    ("my medicare card and my medicaid card", "medicare", "en"),
    ("for emergency medical transportation call nine one one", "medical", "en"),
])
def test_labs_sentence_ends_counts_and_conditions_stay(redactor: Redactor, text: str,
                                                       kept: str, language: str) -> None:
    assert not touched(redactor, text, kept, language)


def test_a_web_address_still_ends_in_its_domain(redactor: Redactor) -> None:
    assert hidden(redactor, "mi sitio es juanperez.me y ahí está todo", "juanperez.me", "es")
    assert hidden(redactor, "la página es clinica punto mx", "clinica punto mx", "es")


@pytest.mark.parametrize("text, kept, language", [
    ("Hemoglobin A1C is 9.4, up from 8.7 three months ago.", "8.7", "en"),
    ("The TSH was 4.6, so we keep the dose.", "4.6", "en"),
    ("She had two C-sections and a tubal.", "C-sections", "en"),
    ("las transaminasas en ochenta y ocho y noventa y cuatro", "ochenta y ocho", "es"),
    ("ella tiene mi historia clínica de essalud", "historia clínica", "es"),
    ("vivo en 3315 washington avenue atrás de la llantera tengo dolor de muela",
     "dolor de muela", "es"),
])
def test_readings_records_and_symptoms_after_an_address_stay(redactor: Redactor, text: str,
                                                             kept: str, language: str) -> None:
    assert not touched(redactor, text, kept, language)


def test_a_written_date_with_dots_is_still_a_date(redactor: Redactor) -> None:
    assert hidden(redactor, "She was seen on 4.6.2023 at the clinic.", "4.6.2023", "en")


@pytest.mark.parametrize("text, value, language", [
    ("el doctor me dijo que volviera el veintiuno", "el veintiuno", "es"),
    ("me dieron de alta el nueve la cita es en dos semanas", "el nueve", "es"),
    ("mi abuelo tiene noventa y tres añitos", "noventa y tres añitos", "es"),
    ("her surname is k o w a l uh s k i with a k", "k o w a l uh s k i", "en"),
    ("the license says D412 5530 7781 on the front", "D412 5530 7781", "en"),
])
def test_days_ages_and_ids_said_with_their_edges(redactor: Redactor, text: str, value: str,
                                                 language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, kept, language", [
    ("quiero volver el año que viene", "el año", "es"),
    ("el nene tiene cinco añitos", "cinco añitos", "es"),
    ("I take B12 1000 a day", "B12 1000", "en"),
])
def test_years_small_ages_and_vitamins_stay(redactor: Redactor, text: str, kept: str,
                                            language: str) -> None:
    assert not touched(redactor, text, kept, language)


@pytest.mark.parametrize("text, value, language", [
    ("mi puesto se llama tacos el güero feliz y abro a las seis", "tacos el güero feliz",
     "es"),
    ("el programa se llama mesa llena y me dan despensa", "mesa llena", "es"),
    ("the program is called healthy steps and a nurse visits", "healthy steps", "en"),
])
def test_a_programme_or_stall_given_its_name_is_hidden(redactor: Redactor, text: str,
                                                       value: str, language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, kept", [
    ("estoy todo el día en el sol y me arde la piel", "el sol"),
    ("trabajo en el campo desde las cinco de la mañana", "el campo"),
    ("la pastilla se llama metformina", "metformina"),
])
def test_the_sun_the_fields_and_a_medicine_stay(redactor: Redactor, text: str,
                                                kept: str) -> None:
    assert not touched(redactor, text, kept, "es")


@pytest.mark.parametrize("text, value, language", [
    ("the aide parks by the green trailer behind the feed store",
     "green trailer behind the feed store", "en"),
    ("it's the third cabin on the left past the cattle guard",
     "third cabin on the left past the cattle guard", "en"),
    ("la enfermera llega a la casa amarilla frente a la cancha",
     "casa amarilla frente a la cancha", "es"),
    ("vivimos en la traila blanca detrás del taller", "traila blanca detrás del taller", "es"),
    ("the key box code is nine one one four", "nine one one four", "en"),
    ("el código de la puerta es cinco cinco dos ocho", "cinco cinco dos ocho", "es"),
    ("he fell on thanksgiving day twenty nineteen", "thanksgiving day twenty nineteen", "en"),
    ("mi abuelo murió el día de todos los santos", "día de todos los santos", "es"),
    ("can you move the nurse visit to the twelfth", "the twelfth", "en"),
    ("he was readmitted on the fifth just a week after", "the fifth", "en"),
    ("la recoge ambulancias santa fe a las seis", "ambulancias santa fe", "es"),
    ("la cama la pagó el ayuntamiento de móstoles", "ayuntamiento de móstoles", "es"),
])
def test_homes_by_landmark_codes_holidays_and_care_firms(redactor: Redactor, text: str,
                                                         value: str, language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, kept, language", [
    ("the house is quiet now that the kids left", "the house", "en"),
    ("the house next door has a dog that barks", "the house", "en"),
    ("el baño al lado de la cocina está mojado", "baño al lado de la cocina", "es"),
    ("for the first time in years she slept", "the first time", "en"),
    ("thanks for the second opinion doctor", "second opinion", "en"),
    ("me encanta el día de los difuntos", "día de los difuntos", "es"),
    ("my cardiology appointment is soon", "cardiology", "en"),
])
def test_rooms_firsts_feasts_and_specialties_stay(redactor: Redactor, text: str, kept: str,
                                                  language: str) -> None:
    assert not touched(redactor, text, kept, language)


@pytest.mark.parametrize("text, kept, language", [
    ("the staples come out on monday", "staples", "en"),
    ("the wound bed has some slough and no odor", "slough", "en"),
    ("approved for twelve visits runs through june", "twelve visits runs", "en"),
    ("vamos a darle hierro tres meses", "hierro", "es"),
    ("tiene muchos dolores en las rodillas", "dolores", "es"),
])
def test_wound_words_counts_iron_and_pains_stay(redactor: Redactor, text: str, kept: str,
                                                language: str) -> None:
    assert not touched(redactor, text, kept, language)


def test_chiles_public_insurer_is_hidden_as_the_writers_mark_it(redactor: Redactor) -> None:
    assert hidden(redactor, "estoy en fonasa tramo b desde el año pasado", "fonasa", "es")
