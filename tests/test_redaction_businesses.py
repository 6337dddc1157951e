"""Chains and organisations named as places (``redaction/businesses.py``): the name, its
head word and the street or town after it are hidden; the ordinary senses of names that
are words ("target", "quest", "éxito", "jumbo") and clinical words stay."""

from __future__ import annotations

import pytest

from redaction.businesses import BusinessRecognizer
from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize(("text", "place", "language"), [
    ("I pick up my pills at the CVS in Glen Ellyn.", "CVS in Glen Ellyn", "en"),
    ("i pick up my pills at the c v s in glen ellyn", "c v s in glen ellyn", "en"),
    ("We ate at the Denny's on Colfax after the visit.", "Denny's on Colfax", "en"),
    ("she gets her labs at quest on mercer avenue", "quest on mercer avenue", "en"),
    ("I sleep at the Salvation Army most nights.", "Salvation Army", "en"),
    ("he took the bus from the greyhound station in amarillo", "greyhound station in amarillo",
     "en"),
    ("We stayed at the Red Roof Inn off I-40 for a week.", "Red Roof Inn off I-40", "en"),
    ("my husband works at the seven eleven on route nine", "seven eleven on route nine", "en"),
    ("the meeting is at the VFW hall on Saturday", "VFW hall", "en"),
    ("i get groceries at the h e b on bell road", "h e b on bell road", "en"),
    ("we met at the mc donald's downtown", "mc donald's downtown", "en"),
    ("I went to Target yesterday and fell in the aisle.", "Target", "en"),
    ("Compro las pastillas en el Oxxo de la avenida Hidalgo.", "Oxxo de la avenida Hidalgo",
     "es"),
    ("mi hija trabaja en el walmart de pharr", "walmart de pharr", "es"),
    ("surto la receta en farmacias del ahorro del centro", "farmacias del ahorro del centro",
     "es"),
    ("Hago la compra en el Mercadona de la esquina.", "Mercadona de la esquina", "es"),
    ("me caí saliendo del éxito de la calle ochenta", "éxito de la calle ochenta", "es"),
    ("Siempre voy al Jumbo de Providencia.", "Jumbo de Providencia", "es"),
    ("Me quedé dormida en la banca del Dia del centro.", "Dia del centro", "es"),
])
def test_a_chain_with_its_street_or_town_is_a_place(redactor: Redactor, text: str,
                                                     place: str, language: str) -> None:
    assert hidden(redactor, text, place, language)


@pytest.mark.parametrize(("text", "word", "language"), [
    ("Your target blood pressure is under 130 over 80.", "target", "en"),
    ("my target weight is one sixty", "target", "en"),
    ("we need to target the inflammation with methotrexate", "target", "en"),
    ("We are on a quest to get her sugars down.", "quest", "en"),
    ("I had a giant headache after the metformin.", "giant", "en"),
    ("he tried to chase the pain with more ibuprofen", "chase", "en"),
    ("you'll save a lot of money with the generic", "save a lot", "en"),
    ("eat more whole foods and fewer chips", "whole foods", "en"),
    ("it was five below this morning and my hands hurt", "five below", "en"),
    ("El éxito del tratamiento depende de la dieta.", "éxito", "es"),
    ("mi hermano es líder del grupo de apoyo", "líder", "es"),
    ("compré un paquete jumbo de pañales", "paquete", "es"),
    ("tengo síntomas similares a los de mi mamá", "similares", "es"),
    ("el día de hoy me siento mejor", "día", "es"),
    ("me duele la rodilla desde el lunes", "rodilla", "es"),
    ("el metro me deja lejos del hospital", "metro", "es"),
])
def test_an_ordinary_word_that_names_a_chain_stays(redactor: Redactor, text: str, word: str,
                                                   language: str) -> None:
    assert not touched(redactor, text, word, language)


@pytest.mark.parametrize(("text", "language"), [
    ("i pick up my pills at the walgreens on main", "en"),
    ("she works at the dollar general in tupelo", "en"),
    ("la receta la surtí en el oxxo de zapopan", "es"),
])
def test_the_recognizer_takes_the_street_or_town(text: str, language: str) -> None:
    found = [text[r.start:r.end] for r in BusinessRecognizer(language).find(text)]
    assert found and found[0].split()[-1] == text.split()[-1]


@pytest.mark.parametrize(("text", "language"), [
    ("the walgreens at night is quiet", "en"),
    ("He fell at the Walgreens on Monday.", "en"),
    ("we stayed at the salvation army on main but they closed", "en"),
    ("trabaja en el hotel hilton de orlando y la supervisora lo regañó", "es"),
])
def test_a_time_or_a_next_clause_is_no_part_of_the_place(text: str, language: str) -> None:
    found = [text[r.start:r.end].lower() for r in BusinessRecognizer(language).find(text)]
    assert found
    assert not any(word in " ".join(found).split()
                   for word in ("night", "monday", "but", "they", "supervisora"))


@pytest.mark.parametrize(("text", "language"), [
    ("la colonia de bacterias creció en el cultivo", "es"),
    ("vivimos en la colonia desde hace años", "es"),
    ("the metro area hospitals are full", "en"),
    ("my tata lives with us now", "en"),
    ("me llevó mi tata al hospital", "es"),
    ("the pilot study showed no benefit", "en"),
    ("we played checkers all afternoon", "en"),
])
def test_a_chain_named_by_a_common_word_needs_its_cue(text: str, language: str) -> None:
    assert not list(BusinessRecognizer(language).find(text))


@pytest.mark.parametrize(("text", "employer", "language"), [
    # an employer's name is an identifier (Safe Harbor names employers): said after a verb
    # of working for it, or with the plant or warehouse its people work in
    ("my son delivers for doordash on weekends", "doordash", "en"),
    ("she works for amazon since march", "amazon", "en"),
    ("he is on the line at the hormel plant", "hormel plant", "en"),
    ("my wife is a temp with randstad right now", "randstad", "en"),
    ("mi esposo trabaja para cemex en monterrey", "cemex", "es"),
    ("mi hija trabaja en la planta de nissan", "nissan", "es"),
])
def test_an_employer_is_hidden(redactor: Redactor, text: str, employer: str,
                               language: str) -> None:
    assert hidden(redactor, text, employer, language)


@pytest.mark.parametrize(("text", "word", "language"), [
    ("the amazon rainforest has so many mosquitoes", "amazon rainforest", "en"),
    ("he is somewhere on the autism spectrum", "autism spectrum", "en"),
    ("the caterpillar rash came from the tree", "caterpillar rash", "en"),
])
def test_an_employer_named_by_an_ordinary_word_needs_its_cue(
        redactor: Redactor, text: str, word: str, language: str) -> None:
    assert not touched(redactor, text, word, language)


@pytest.mark.parametrize(("text", "employer", "language"), [
    # a product or service that is also an employer ("@" in the list): hidden where someone
    # works there, whatever word of work comes first
    ("can i get a work note for amazon i missed tuesday", "amazon", "en"),
    ("my boss at doordash won't give me time off", "doordash", "en"),
    ("she retired from at&t after thirty years", "at&t", "en"),
    ("my husband got laid off from verizon last spring", "verizon", "en"),
    ("he works nights at the coca cola plant", "coca cola plant", "en"),
    ("mi jefe de movistar no me dio permiso", "movistar", "es"),
    ("lo corrieron de telmex el año pasado", "telmex", "es"),
    ("necesito una incapacidad para mi trabajo en mercado libre", "mercado libre", "es"),
    ("su papá trabajó treinta años en la fábrica de bimbo", "bimbo", "es"),
])
def test_a_product_is_an_employer_where_someone_works_there(
        redactor: Redactor, text: str, employer: str, language: str) -> None:
    assert hidden(redactor, text, employer, language)


@pytest.mark.parametrize(("text", "word", "language"), [
    # the same names where they are only used: a ride, a shop online, a car, a drink, a bill
    ("i took an uber to the er last night", "uber", "en"),
    ("I ordered the spacer from Amazon.", "Amazon", "en"),
    ("i switched to t-mobile last month", "t-mobile", "en"),
    ("my toyota broke down so i missed the bus", "toyota", "en"),
    ("i get my bill from comcast every month", "comcast", "en"),
    ("my sister uses instacart for groceries", "instacart", "en"),
    ("lo busqué en google antes de venir", "google", "es"),
    ("el yogur de lala me cae pesado", "lala", "es"),
    ("la luz de la cfe se fue toda la noche", "cfe", "es"),
    ("nos fuimos en el nissan de mi hermano", "nissan", "es"),
    ("compré el inhalador en mercado libre", "mercado libre", "es"),
    ("pedí la comida por rappi", "rappi", "es"),
])
def test_a_product_only_used_stays(redactor: Redactor, text: str, word: str,
                                   language: str) -> None:
    assert not touched(redactor, text, word, language)
