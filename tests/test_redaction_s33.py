"""Stop 33's rules: a noun cue is no name cue before a verb, diseases named after places,
Spanish places named with an article after their kind, hospitals by name, and places of
care said after "at" or "to" in English speech. Sentences written for these tests, not
taken from any benchmark set."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize(("text", "word"), [
    ("el paciente tiene diabetes desde hace años", "tiene"),
    ("la paciente refiere dolor en el pecho", "refiere"),
    ("El paciente presenta fiebre de tres días.", "presenta"),
    ("nombre del medicamento por favor", "del medicamento"),
])
def test_a_verb_after_a_noun_cue_is_no_name(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word, "es")


@pytest.mark.parametrize(("text", "name"), [
    ("el paciente joaquín salcedo llegó a las diez", "joaquín salcedo"),
    ("la paciente Bermúdez está en la cama cuatro", "Bermúdez"),
    ("apellido quintanilla", "quintanilla"),
    ("el paciente de la rosa ya llegó", "de la rosa"),
])
def test_a_name_after_a_noun_cue_is_still_hidden(redactor: Redactor, text: str,
                                                  name: str) -> None:
    assert hidden(redactor, text, name, "es")


@pytest.mark.parametrize(("text", "term", "language"), [
    ("They are testing her for West Nile after the mosquito bites.", "West Nile", "en"),
    ("could this be rocky mountain spotted fever from the tick", "rocky mountain spotted",
     "en"),
    ("we ruled out Saint Louis encephalitis", "Saint Louis", "en"),
    ("le pidieron la prueba del virus del Nilo Occidental", "Nilo Occidental", "es"),
    ("le dio fiebre manchada de las montañas rocosas", "montañas rocosas", "es"),
])
def test_a_disease_named_after_a_place_survives(redactor: Redactor, text: str, term: str,
                                                language: str) -> None:
    assert not touched(redactor, text, term, language)


def test_the_place_beside_such_a_disease_is_still_hidden(redactor: Redactor) -> None:
    text = "He caught West Nile visiting his sister in Shreveport."
    assert hidden(redactor, text, "Shreveport")
    assert not touched(redactor, text, "West Nile", "en")


@pytest.mark.parametrize(("text", "place"), [
    ("le surtieron la receta en la farmacia el roble", "farmacia el roble"),
    ("nos quedamos en el motel el tecolote junto a la carretera", "motel el tecolote"),
    ("la niña va a la guardería los pitufos en las mañanas", "guardería los pitufos"),
])
def test_a_spanish_place_named_with_an_article_after_its_kind(redactor: Redactor, text: str,
                                                              place: str) -> None:
    assert hidden(redactor, text, place, "es")


@pytest.mark.parametrize(("text", "word"), [
    ("en el hospital la enfermera me puso el suero", "enfermera"),
    ("en el hotel el cuarto estaba frío", "cuarto"),
    ("en la farmacia el omeprazol está más caro", "omeprazol"),
    ("en la clínica la presión me salió alta", "presión"),
    ("en el hospital la semana pasada me hicieron análisis", "semana"),
    ("en el hospital la operaron de la vesícula", "operaron"),
    ("en la iglesia los bautizaron de chiquitos", "bautizaron"),
    ("en el club el torneo empieza en mayo", "torneo"),
    ("en la iglesia la fe nos sostiene", "fe"),
])
def test_who_or_what_is_in_a_place_is_no_name(redactor: Redactor, text: str,
                                              word: str) -> None:
    assert not touched(redactor, text, word, "es")


@pytest.mark.parametrize(("text", "place", "language"), [
    ("He was admitted to Johns Hopkins last spring.", "Johns Hopkins", "en"),
    ("my records are at cedars sinai", "cedars sinai", "en"),
    ("lo trasladaron al hospital rebagliati", "rebagliati", "es"),
    ("la operaron en el Gregorio Marañón hace un mes", "Gregorio Marañón", "es"),
])
def test_a_hospital_named_by_its_name_is_a_place(redactor: Redactor, text: str, place: str,
                                                 language: str) -> None:
    assert hidden(redactor, text, place, language)


@pytest.mark.parametrize(("text", "word", "language"), [
    ("a turkey sandwich with mayo and mustard", "mayo", "en"),
    ("I hope for mercy from the court", "mercy", "en"),
    ("she's in a rush to get home", "rush", "en"),
    ("lo atendieron en un hospital español muy bueno", "español", "es"),
    ("la medicina del siglo veintiuno", "siglo veintiuno", "es"),
    ("they have a methodist hospital and a baptist hospital", "methodist", "en"),
])
def test_a_hospital_name_that_is_a_word_stays_a_word(redactor: Redactor, text: str,
                                                     word: str, language: str) -> None:
    assert not touched(redactor, text, word, language)


@pytest.mark.parametrize(("text", "place"), [
    ("this is the dialysis nurse at riverside calling about his chair time", "riverside"),
    ("the ambulance took her to providence last night", "providence"),
])
def test_a_place_of_care_after_at_or_to_is_a_place(redactor: Redactor, text: str,
                                                   place: str) -> None:
    assert hidden(redactor, text, place)


@pytest.mark.parametrize(("text", "word"), [
    ("my daughter took me to lunch after the appointment", "lunch"),
    ("the nurse at night checks his sugar", "night"),
    ("my appointment at noon got moved", "noon"),
    ("they took him to surgery right away", "surgery"),
])
def test_a_frequent_word_after_a_care_cue_stays(redactor: Redactor, text: str,
                                                word: str) -> None:
    assert not touched(redactor, text, word, "en")


@pytest.mark.parametrize(("text", "day"), [
    ("le dieron de alta el nueve pero volvió con fiebre", "nueve"),
    ("lo operaron el tres y salió el ocho", "ocho"),
    ("nació el veinte por la mañana", "veinte"),
])
def test_a_day_said_after_an_event_of_care_is_a_date(redactor: Redactor, text: str,
                                                     day: str) -> None:
    assert hidden(redactor, text, day, "es")


@pytest.mark.parametrize("text", [
    "le salió el nueve por ciento en la prueba",
    "salió el primero de la fila",
])
def test_a_number_after_such_a_verb_that_is_no_day_stays(redactor: Redactor,
                                                          text: str) -> None:
    assert redactor.analyze(text, "es") == []


@pytest.mark.parametrize(("text", "name", "language"), [
    ("send the form to billing attention pam", "pam", "en"),
    ("my landlord hope says the heat is fixed", "hope", "en"),
    ("mande las recetas atención ivelisse", "ivelisse", "es"),
    ("el patrón rosendo me trajo a la clínica", "rosendo", "es"),
])
def test_a_name_after_who_someone_works_with(redactor: Redactor, text: str, name: str,
                                             language: str) -> None:
    assert hidden(redactor, text, name, language)


@pytest.mark.parametrize(("text", "language"), [
    ("the teacher said he was tired all week", "en"),
    ("my therapist says i am sleeping better", "en"),
    ("la atención primaria es buena aquí", "es"),
    ("mi jefe me dio permiso para venir", "es"),
])
def test_a_role_with_no_name_after_it_stays(redactor: Redactor, text: str,
                                            language: str) -> None:
    assert redactor.analyze(text, language) == []


@pytest.mark.parametrize(("text", "word"), [
    ("they took him to rodeo practice on saturday", "rodeo"),
    ("they transferred her to nitro drip overnight", "nitro"),
    ("we took them to marathon practice", "marathon"),
])
def test_a_word_that_names_an_outing_after_a_care_cue_stays(redactor: Redactor, text: str,
                                                            word: str) -> None:
    assert not touched(redactor, text, word, "en")


def test_colorado_tick_fever_survives(redactor: Redactor) -> None:
    assert not touched(redactor, "the rash could be colorado tick fever", "colorado", "en")


@pytest.mark.parametrize(("text", "word"), [
    ("la paciente embarazada llegó a las ocho", "embarazada"),
    ("el nombre genérico es metformina", "genérico"),
    ("la paciente ya comió", "ya"),
    ("el nombre del paciente es importante para el expediente", "importante"),
])
def test_a_dictionary_word_after_a_noun_cue_is_no_name(redactor: Redactor, text: str,
                                                       word: str) -> None:
    assert not touched(redactor, text, word, "es")


def test_a_surname_given_for_someone_else_is_hidden(redactor: Redactor) -> None:
    assert hidden(redactor, "el apellido del paciente es vargas", "vargas", "es")


@pytest.mark.parametrize(("text", "place", "language"), [
    ("the pharmacist at the walbrook on mercer road called", "walbrook on mercer road", "en"),
    ("she sews at the denim plant in quitman most nights", "denim plant in quitman", "en"),
    ("a lady from the cincinnati women's club brought dinner", "cincinnati women's club", "en"),
    ("lo subieron a la uci del hospital de sagunto", "uci del hospital de sagunto", "es"),
])
def test_a_place_takes_its_street_town_and_kind(redactor: Redactor, text: str, place: str,
                                                language: str) -> None:
    assert hidden(redactor, text, place, language)


def test_a_person_and_the_town_they_are_in_stay_apart(redactor: Redactor) -> None:
    text = "my son marco works in dallas in the summer"
    kinds = {text[e.start:e.end]: e.type for e in redactor.analyze(text, "en")}
    assert kinds.get("marco") == "PERSON"


@pytest.mark.parametrize(("text", "url", "language"), [
    ("you can log in at my care dot mercy ridge dot org and send a message",
     "my care dot mercy ridge dot org", "en"),
    ("el enlace es sala punto clínica del valle punto com barra cita barra doce",
     "sala punto clínica del valle punto com barra cita barra doce", "es"),
    ("entre al enlace consulta punto salud norte punto ce ele", "consulta punto salud norte "
     "punto ce ele", "es"),
])
def test_an_address_said_after_a_cue_with_words_in_its_labels(redactor: Redactor, text: str,
                                                               url: str,
                                                               language: str) -> None:
    assert hidden(redactor, text, url, language)


@pytest.mark.parametrize(("text", "language"), [
    ("go to the pharmacy and ask for the dot", "en"),
    ("entre a la página y llene el formulario", "es"),
])
def test_a_cue_of_an_address_with_none_after_it_stays(redactor: Redactor, text: str,
                                                      language: str) -> None:
    assert redactor.analyze(text, language) == []


@pytest.mark.parametrize(("text", "phone", "count", "language"), [
    ("ya llamé al uno ocho ocho ocho cinco cinco cinco cero uno cuatro dos dos veces",
     "uno ocho ocho ocho cinco cinco cinco cero uno cuatro dos", "dos veces", "es"),
    ("i called eight five five five five five zero one nine nine three times",
     "eight five five five five five zero one nine nine", "three times", "en"),
])
def test_a_phone_said_before_a_count_keeps_the_count(redactor: Redactor, text: str,
                                                     phone: str, count: str,
                                                     language: str) -> None:
    assert hidden(redactor, text, phone, language)
    assert not touched(redactor, text, count, language)


@pytest.mark.parametrize(("text", "name"), [
    ("his coach mister will abernathy says he fainted", "will abernathy"),
    ("doctor may castellanos called about the scan", "may castellanos"),
])
def test_a_given_name_that_is_a_word_after_a_title(redactor: Redactor, text: str,
                                                   name: str) -> None:
    assert hidden(redactor, text, name)


@pytest.mark.parametrize("text", ["the doctor will see you now", "doctor will you call me"])
def test_a_verb_after_a_title_stays(redactor: Redactor, text: str) -> None:
    assert redactor.analyze(text, "en") == []
