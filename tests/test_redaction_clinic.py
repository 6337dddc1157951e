"""Clinic speech in Spanish: medicine brands that are also given names survive where
only a medicine can stand, rooms of the hospital and spans of time are no towns, and
the model's names stop at the function words around them; people said in the same
breath are still redacted. Sentences written for these tests; people and some brands
invented."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.test_redaction_speech import hidden, untouched


@pytest.mark.parametrize(("text", "term"), [
    # a verb of prescribing, stopping or keeping on, then an article
    ("me recetaron la marisa hace dos meses y me cae bien", "marisa"),
    ("Sigo con la Rebeca, doctora, porque me ayuda a dormir.", "Rebeca"),
    ("el internista me quitó el octavio porque me bajaba mucho la presión", "octavio"),
    ("¿Puedo seguir con la Julieta y la metformina?", "Julieta"),
    ("me suspendieron la Romina por las ronchas", "Romina"),
])
def test_a_brand_named_like_a_person_survives_after_a_verb_of_prescribing(
        redactor: Redactor, text: str, term: str) -> None:
    assert untouched(redactor, text, "es", term)


@pytest.mark.parametrize(("text", "term"), [
    # a given name joined by "y" / "o" to a known medicine
    ("Me dieron Octavio y losartán para la presión.", "Octavio"),
    ("ando tomando omeprazol y rebeca", "rebeca"),
    ("no sé si era paracetamol o marisa, nada más", "marisa"),
    ("con la metformina y la julieta, ya me siento mejor", "julieta"),
])
def test_a_given_name_joined_to_a_medicine_is_a_medicine(
        redactor: Redactor, text: str, term: str) -> None:
    assert untouched(redactor, text, "es", term)


@pytest.mark.parametrize(("text", "value"), [
    # people joined to a medicine's sentence stay people
    ("le di el paracetamol a marisa y a octavio", "octavio"),
    ("le pongo la insulina y Rebeca me la pone en la noche", "Rebeca"),
    ("La doctora Julieta Campos me recetó la metformina.", "Julieta Campos"),
    ("me dio la Ana la receta de la metformina", "Ana"),
    ("me lo trajo el Octavio de la farmacia", "Octavio"),
])
def test_a_person_beside_a_medicine_is_still_redacted(
        redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, "es", value)


@pytest.mark.parametrize(("text", "term"), [
    ("Estuve en la sala de espera dos horas y nadie me llamó.", "la sala"),
    ("me dejaron en el área de curaciones con suero", "el área"),
    ("no duermo bien desde el mes pasado", "el mes"),
    ("me mandaron a rayos x por el golpe en la rodilla", "rayos"),
])
def test_rooms_of_the_hospital_and_spans_of_time_are_no_places(
        redactor: Redactor, text: str, term: str) -> None:
    assert untouched(redactor, text, "es", term)


@pytest.mark.parametrize(("text", "value"), [
    ("vivo en El Paso desde hace años", "El Paso"),
    ("soy de la paz, bolivia, y vine por la tos", "la paz"),
    ("me atendió el doctor de la cruz en la sala tres", "de la cruz"),
])
def test_places_and_names_with_articles_and_particles_are_still_whole(
        redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, "es", value)


def test_the_model_name_stops_at_the_function_words_around_it(redactor: Redactor) -> None:
    text = "la doctora zamorano me quitó el lantus y me dejó la glibenclamida"
    found = [text[e.start:e.end] for e in redactor.analyze(text, "es")]
    assert any("zamorano" in value for value in found)
    assert untouched(redactor, text, "es", "lantus")
    assert untouched(redactor, text, "es", "quitó")


def test_a_given_name_taken_as_a_medicine_after_a_subjunctive_of_taking(
        redactor: Redactor) -> None:
    text = "me dijeron en urgencias que tomara Rebeca cada ocho horas"
    assert untouched(redactor, text, "es", "Rebeca")


@pytest.mark.parametrize(("text", "term"), [
    # the subject of a verb in the first person or of a command is never after it
    ("o sea yo dejé la marisa porque se me acabó", "marisa"),
    ("Doctor, no me dé la Rebeca, que me da sueño.", "Rebeca"),
    ("le vamos a dar octavio cada doce horas", "octavio"),
])
def test_a_given_name_after_a_verb_whose_subject_came_first_is_a_medicine(
        redactor: Redactor, text: str, term: str) -> None:
    assert untouched(redactor, text, "es", term)


@pytest.mark.parametrize(("text", "value"), [
    ("llamé a chayo para que me trajera la pastilla", "chayo"),
    ("dígale a toño que ya salí de urgencias", "toño"),
    ("dejé a marisa en la casa con su abuela", "marisa"),
    ("mi abuela era de chubut y tenía la presión alta", "chubut"),
    ("soy la doctora pereyra, de la uci", "pereyra"),
])
def test_people_after_a_personal_a_and_towns_after_era_de_are_redacted(
        redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, "es", value)


@pytest.mark.parametrize(("text", "term"), [
    ("llamé a urgencias y nadie contestó", "urgencias"),
    ("soy la doctora pereyra, de la uci", "uci"),
])
def test_a_ward_after_a_personal_a_or_a_name_is_no_person(
        redactor: Redactor, text: str, term: str) -> None:
    assert untouched(redactor, text, "es", term)


@pytest.mark.parametrize(("text", "value"), [
    ("sí, y el apellido es de la fuente, con efe", "de la fuente"),
    ("me llamo ramiro de los santos y vengo por la rodilla", "ramiro de los santos"),
])
def test_a_particle_surname_after_a_name_cue_is_redacted(
        redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, "es", value)


@pytest.mark.parametrize(("text", "value"), [
    ("me llamo mirena gonzález y vengo por la receta", "mirena gonzález"),
    ("El doctor Colón me dijo que siguiera con la dieta.", "Colón"),
    ("la doctora barriga me vio en urgencias", "barriga"),
])
def test_a_name_after_a_cue_keeps_its_words_that_are_also_medical(
        redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, "es", value)


@pytest.mark.parametrize(("text", "term"), [
    ("tengo pie diabético desde hace dos años", "pie"),
    ("la rodilla está inflamada y el tobillo hinchado", "tobillo"),
    ("con la manzanilla me dio mucha comezón en la cara", "manzanilla"),
    ("Un tecito de tila y una Dormiplex para dormir.", "Dormiplex"),
])
def test_what_ails_a_body_part_and_what_a_remedy_did_keep_their_words(
        redactor: Redactor, text: str, term: str) -> None:
    assert untouched(redactor, text, "es", term)


def test_a_given_name_someone_was_treated_with_is_a_medicine(redactor: Redactor) -> None:
    text = "mi abuela tenía dermatitis y la trataban con rebeca"
    assert untouched(redactor, text, "es", "rebeca")
    assert hidden(redactor, "la enfermera rebeca me trató con cariño", "es", "rebeca")


def test_a_time_after_el_paciente_is_no_surname(redactor: Redactor) -> None:
    text = "hola soy pedro elizondo, el paciente de las diez"
    assert hidden(redactor, text, "es", "pedro elizondo")
    assert untouched(redactor, text, "es", "de las diez")


@pytest.mark.parametrize(("text", "term"), [
    ("el omeprazol lo compro aquí y la octavia me la traen de fuera", "octavia"),
    ("la rebeca me la dan en el centro de salud", "rebeca"),
])
def test_a_given_name_taken_up_again_by_a_plural_verb_is_a_medicine(
        redactor: Redactor, text: str, term: str) -> None:
    assert untouched(redactor, text, "es", term)


def test_a_person_taken_up_by_a_singular_verb_stays_a_person(redactor: Redactor) -> None:
    assert hidden(redactor, "la señora octavia me la trae mañana", "es", "octavia")


def test_a_frequent_word_between_a_given_name_and_a_surname_is_a_surname(
        redactor: Redactor) -> None:
    text = "en el expediente estoy como víctor guerra zaragoza, por el seguro"
    assert hidden(redactor, text, "es", "víctor guerra zaragoza")
    assert untouched(redactor, "ya no hay guerra en mi casa, gracias a dios", "es", "guerra")


@pytest.mark.parametrize("text", [
    "she is in labor now, can the midwife come",
    "she went into labour ready or not",
])
def test_labor_is_a_clinical_word_not_a_place(redactor: Redactor, text: str) -> None:
    term = "labour" if "labour" in text else "labor"
    assert untouched(redactor, text, "en", term)
