"""Identifiers in the forms other countries and other speakers give them: street
addresses as a dozen Spanish-speaking countries write and say them, old ages in the
many ways people state them; and medicines the lists never named, found by their
neighbours (another medicine, a dose). Every address, age and name is invented."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.test_redaction_speech import untouched


def hidden(redactor: Redactor, text: str, language: str, value: str) -> bool:
    """At least 90 % of the non-space characters of ``value`` lie inside findings."""
    start = text.index(value)
    covered = {i for e in redactor.analyze(text, language) for i in range(e.start, e.end)}
    chars = [i for i in range(start, start + len(value)) if not text[i].isspace()]
    return sum(i in covered for i in chars) >= 0.9 * len(chars)


@pytest.mark.parametrize(("text", "value"), [
    # Colombia: a plate after the number, a letter, a cardinal point, an apartment.
    ("Mi dirección es Carrera 15 No. 93-47, apto 502.", "Carrera 15 No. 93-47, apto 502"),
    ("Vivimos en Diagonal 40A # 20-15 sur.", "Diagonal 40A # 20-15"),
    ("Vivo en Carrera 7A Bis # 12-30.", "Carrera 7A Bis # 12-30"),
    ("mi dirección es transversal cinco sur número treinta guion doce",
     "transversal cinco sur número treinta guion doce"),
    ("vivo en la diagonal ciento treinta b número sesenta y dos guion cuarenta y uno",
     "diagonal ciento treinta b número sesenta y dos guion cuarenta y uno"),
    # Argentina and Chile: no street word after "vivo en"; floors and doors said aloud.
    ("Vivo en San Martín 456, Mendoza.", "San Martín 456"),
    ("vivo en san martín cuatrocientos cincuenta y seis en mendoza",
     "san martín cuatrocientos cincuenta y seis"),
    ("Vivo en Los Alerces 1020, depto 56.", "Los Alerces 1020, depto 56"),
    ("la dirección es calle gabriela mistral seis cero tres ocho depto ciento cuarenta y dos",
     "calle gabriela mistral seis cero tres ocho depto ciento cuarenta y dos"),
    # Uruguay and Mexico: a date inside the street's name.
    ("Vivo en Avenida 18 de Julio 1234, apto 5, Montevideo.",
     "Avenida 18 de Julio 1234, apto 5"),
    ("mándelo a avenida nueve de julio mil veinte", "avenida nueve de julio mil veinte"),
    ("Vivo en Calle 5 de Mayo 123, Centro.", "Calle 5 de Mayo 123"),
    # Guatemala: the street's number before its type, and a zone.
    ("Vivo en 6a Avenida 5-12, zona 1, Guatemala.", "6a Avenida 5-12, zona 1"),
    ("vivo en la sexta avenida cinco doce zona uno", "sexta avenida cinco doce zona uno"),
    # Peru: block and lot.
    ("Vivo en Mz. B Lt. 12, Urb. Los Jardines.", "Mz. B Lt. 12"),
    ("vivo en el jirón manuel acuña mil veinte oficina setecientos sesenta y siete",
     "jirón manuel acuña mil veinte oficina setecientos sesenta y siete"),
])
def test_spanish_street_addresses_of_many_countries_are_hidden(
        redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, "es", value)


@pytest.mark.parametrize(("language", "text", "value"), [
    ("en", "grandma's ninety six and still does her own shopping", "ninety six"),
    ("en", "he's almost ninety three", "ninety three"),
    ("en", "she is now ninety seven and lives with us", "ninety seven"),
    ("en", "we celebrated her ninety fifth birthday on sunday", "ninety fifth"),
    ("en", "my uncle lived to ninety nine", "ninety nine"),
    ("en", "he made it to a hundred and one", "a hundred and one"),
    ("en", "a woman of ninety four came in with a fall", "ninety four"),
    ("en", "my mother-in-law, who's ninety four, fell", "ninety four"),
    ("es", "tiene casi noventa y ocho", "noventa y ocho"),
    ("es", "a sus noventa y tres años todavía camina", "noventa y tres"),
    ("en", "patient ellen marsh ninety four lives alone", "ninety four"),
])
def test_old_ages_said_in_many_ways_are_hidden(redactor: Redactor, language: str, text: str,
                                               value: str) -> None:
    assert hidden(redactor, text, language, value)


def test_a_name_beside_a_medicine_is_still_hidden(redactor: Redactor) -> None:
    text = "le di el tylenol con maría gutiérrez anoche"
    assert hidden(redactor, text, "es", "maría gutiérrez")


@pytest.mark.parametrize(("language", "text", "term"), [
    # An unlisted name beside a medicine, or before a dose, is a medicine.
    ("es", "El doctor me cambió la metformina por Zolbexa.", "Zolbexa"),
    ("es", "tomo zolbexa quinientos miligramos en la noche", "zolbexa"),
    ("en", "I take Tylenol or Quorvex when the back pain flares.", "Quorvex"),
    # Brand names of Latin America and Spain, and an article with an everyday word.
    ("es", "Dolex no me hizo nada para la gastritis.", "Dolex"),
    ("es", "le di tafirol y se le bajó la fiebre", "tafirol"),
    ("es", "Me duele la vista desde hace dos semanas.", "la vista"),
    ("es", "me duele la ingle desde hace dos semanas", "ingle"),
    ("es", "tenía infección de orina y fiebre", "orina"),
    ("en", "patient ellen marsh ninety four lives alone and takes tylenol", "tylenol"),
    ("es", "la última vez que vi al doctor collado anoche me dijo que siguiera", "anoche"),
])
def test_medicines_and_everyday_words_survive(redactor: Redactor, language: str, text: str,
                                              term: str) -> None:
    assert untouched(redactor, text, language, term)
