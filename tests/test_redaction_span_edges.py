"""A found name takes its title, and a name or place the institution it names
(``redaction/span_edges.py``); the words around them that are no title or head stay."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize(("text", "whole", "language"), [
    ("The school nurse, Mrs. Delgado, said he had a fever.", "Mrs. Delgado", "en"),
    ("the school nurse missus delgado said he had a fever", "missus delgado", "en"),
    ("Please follow up with Dr. O'Sullivan in one week.", "Dr. O'Sullivan", "en"),
    ("She was at St. Mary's Hospital last week.", "St. Mary's Hospital", "en"),
    ("My daughter goes to Fairview Middle School.", "Fairview Middle School", "en"),
    ("We met at Mercy Medical Center.", "Mercy Medical Center", "en"),
    ("Doña Rosario, ¿se acuerda qué día es hoy?", "Doña Rosario", "es"),
    ("la doctora pérez me dijo que siguiera igual", "doctora pérez", "es"),
    ("Ingresó a la UCI del Hospital de Cruces.", "Hospital de Cruces", "es"),
    ("me operaron en el hospital escuela óscar danilo rosales de león",
     "hospital escuela óscar danilo rosales", "es"),
    ("vivo cerca del liceo pedro henríquez ureña", "liceo pedro henríquez ureña", "es"),
    ("la llevamos al centro de salud de san miguelito", "centro de salud de san miguelito",
     "es"),
    ("Soy sor Milagros, de la Residencia San José.", "Residencia San José", "es"),
    # who helps, tests or sells, named after its kind, and a US firm's English head
    ("la asociación de diabéticos dulce vida me enseñó a usar el glucómetro",
     "asociación de diabéticos dulce vida", "es"),
    ("me hice los estudios en laboratorios quetzal enfrente del parque",
     "laboratorios quetzal", "es"),
    ("voy a lakeshore family health porque ahí tienen intérprete",
     "lakeshore family health", "es"),
    # an English county's or town's bodies, utilities and programmes, said after its name
    ("he drives a bus for the harlow county school district", "harlow county school district",
     "en"),
    ("this is maria with the dorsey county department of social services",
     "dorsey county department of social services", "en"),
    ("the linwood health outreach program pays for it", "linwood health outreach program",
     "en"),
    ("he's a janitor at the granger federal building downtown", "granger federal building",
     "en"),
])
def test_the_title_or_institution_is_hidden_with_the_name(redactor: Redactor, text: str,
                                                          whole: str, language: str) -> None:
    assert hidden(redactor, text, whole, language)


@pytest.mark.parametrize(("text", "word", "language"), [
    ("i miss john so much since he moved", "miss", "en"),  # a verb, not a title
    ("she is in the hospital with pneumonia", "hospital", "en"),  # no name: nothing moves
    ("fui al hospital y la maría me atendió muy bien", "hospital", "es"),
    ("la señora de la fundación nos ayudó con el pasaje", "fundación", "es"),
    ("la agencia de empleo me mandó a la fábrica", "agencia", "es"),
    ("trabajo en la panadería de mi tío", "panadería", "es"),
    ("Take Maria home after the visit.", "home", "en"),
    ("the school district sent a letter about the shots", "district", "en"),
    ("our county health department called about the measles", "department", "en"),
    ("the new building has no elevator for her walker", "building", "en"),
])
def test_words_that_are_no_title_or_head_stay(redactor: Redactor, text: str, word: str,
                                              language: str) -> None:
    assert not touched(redactor, text, word, language)


@pytest.mark.parametrize(("text", "whole"), [
    ("This is Grace from Walgreens on Fifth and Main, we need a prior authorization.",
     "Walgreens on Fifth and Main"),
    ("i'm at the cvs on elm street picking up her inhaler", "cvs on elm street"),
])
def test_a_business_named_by_its_street_is_one_place(redactor: Redactor, text: str,
                                                      whole: str) -> None:
    assert hidden(redactor, text, whole, "en")


@pytest.mark.parametrize(("text", "word"), [
    ("the bus stop on fifth and main is closer", "stop"),
    ("she lives on elm street with her son", "lives"),
])
def test_an_ordinary_word_before_a_street_stays(redactor: Redactor, text: str,
                                                word: str) -> None:
    assert not touched(redactor, text, word, "en")


@pytest.mark.parametrize(("text", "day", "language"), [
    ("la señora llegó el martes 5 con fiebre.", "martes 5", "es"),
    ("le quitamos los puntos el lunes trece y mientras tanto repose", "lunes trece", "es"),
    ("hizo el reporte el día 9.", "día 9", "es"),
    ("thursday the ninth works for us", "thursday the ninth", "en"),
    ("we'll see you back on the twenty second", "the twenty second", "en"),
])
def test_a_day_is_hidden_with_its_weekday(redactor: Redactor, text: str, day: str,
                                          language: str) -> None:
    assert hidden(redactor, text, day, language)


@pytest.mark.parametrize(("text", "time", "language"), [
    ("take it at 8 pm every day with food", "8 pm", "en"),
    ("tómela a las ocho de la noche con agua", "ocho de la noche", "es"),
    # a time is no date element, after a date too (Safe Harbor): it stays for the clinic
    ("Your next appointment is Wednesday, November 19th at 10:30 with the nurse.", "10:30",
     "en"),
    ("la resonancia es el 10 de octubre de 2022, a las 5 y media", "a las 5 y media", "es"),
])
def test_a_time_alone_stays(redactor: Redactor, text: str, time: str, language: str) -> None:
    assert not touched(redactor, text, time, language)


@pytest.mark.parametrize(("text", "place", "language"), [
    ("I work nights at the Tyson plant in Noel, on the deboning line.", "Tyson plant in Noel",
     "en"),
    ("ella vive sola aquí en la vereda el carmen de rionegro", "vereda el carmen de rionegro",
     "es"),
])
def test_a_place_and_the_town_it_is_in_are_one(redactor: Redactor, text: str, place: str,
                                               language: str) -> None:
    assert hidden(redactor, text, place, language)


def test_a_town_and_what_follows_it_stay_apart(redactor: Redactor) -> None:
    assert not touched(redactor, "she lives in boston in a small apartment", "small", "en")


@pytest.mark.parametrize(("text", "code"), [
    ("¿Me repite el número de la receta electrónica? Sí, es RX 7720 1184 55.",
     "RX 7720 1184 55"),
    ("si es r x siete siete dos cero uno uno ocho cuatro cinco cinco",
     "r x siete siete dos cero uno uno ocho cuatro cinco cinco"),
])
def test_an_id_is_hidden_with_its_letters(redactor: Redactor, text: str, code: str) -> None:
    assert hidden(redactor, text, code, "es")


@pytest.mark.parametrize(("text", "words", "language"), [
    ("take it between the 2nd and 3rd dose", "2nd", "en"),
    ("around the 3rd or 4th day it got better", "3rd", "en"),
    ("cuente hasta el 10 y respire", "10", "es"),
    ("orino en el día 8 o 9 veces", "8", "es"),
    ("el lunes 3 inyecciones y el martes ninguna", "3", "es"),
])
def test_a_number_that_counts_is_no_day(redactor: Redactor, text: str, words: str,
                                        language: str) -> None:
    assert not touched(redactor, text, words, language)


@pytest.mark.parametrize(("text", "day", "language"), [
    ("lo dejamos hasta el 10 y volvemos a ver", "10", "es"),
    ("desde el 24 tengo fiebre", "24", "es"),
    ("see you on the 3rd for the results", "3rd", "en"),
])
def test_a_day_that_counts_nothing_hides(redactor: Redactor, text: str, day: str,
                                         language: str) -> None:
    assert hidden(redactor, text, day, language)


@pytest.mark.parametrize(("text", "day"), [
    ("date of birth is March 14th, no wait, it's the 15th.", "the 15th"),
    ("no wait it's the fifteenth", "the fifteenth"),
    ("could you send the note? it's for the 12th and 13th.", "the 12th and 13th"),
    ("the twentieth works for me", "the twentieth"),
])
def test_the_day_of_a_month_said_alone_hides(redactor: Redactor, text: str, day: str) -> None:
    assert hidden(redactor, text, day, "en")


@pytest.mark.parametrize(("text", "words"), [
    ("she lives on the 15th floor", "15th floor"),
    ("for his 15th birthday we went out", "15th"),
    ("that was the 21st century for you", "21st"),
    ("she's in the 12th grade now", "12th"),
    ("the 12th and 13th floors are closed", "13th"),
])
def test_an_ordinal_of_something_else_stays(redactor: Redactor, text: str, words: str) -> None:
    assert not touched(redactor, text, words, "en")
