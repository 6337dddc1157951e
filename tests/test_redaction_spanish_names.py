"""Spanish names as people say them: two surnames (the second one often a common
word), a name before its role ("Quique es la cuidadora"), a rare surname after a
given name, four-word names after "soy ..., la paciente"; and Spanish words that are
also names or places ("respiro hondo") left alone. Every person here is invented."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.test_redaction_speech import hidden, untouched


@pytest.mark.parametrize(("text", "name"), [
    ("paciente amelia carrero guerra, expediente m r tres cero uno", "amelia carrero guerra"),
    ("llamo por mi mamá wilfredo ribes, nació en mayo", "wilfredo ribes"),
    ("cruz es la cuidadora de mi mamá vive con nosotros", "cruz"),
    ("Quique es mi cuñado, él me trae.", "Quique"),
    ("soy julio césar pancho valenciano colom, la paciente", "julio césar pancho valenciano colom"),
    ("mi nombre completo es florentino mayte luz guerra", "florentino mayte luz guerra"),
    ("Mi suegra Celso Juliá Peñas me ayuda con los niños.", "Celso Juliá Peñas"),
    ("mis hijos son eloy odalys y francisco", "francisco"),
    ("Mis hijos son Eloy, Odalys y Francisco.", "Odalys"),
    ("pregunte por glauco es mi cuñado", "glauco"),
    ("soy hija de dorotea trini mayo, vengo por sus resultados", "dorotea trini mayo"),
    ("la profesora parejo me mandó a la enfermería", "parejo"),
    ("vengo de parte de eufemia noemí giralt casal", "eufemia noemí giralt casal"),
    ("mi hija nuria me trae los martes", "nuria"),
])
def test_a_spanish_name_is_redacted_whole(redactor: Redactor, text: str, name: str) -> None:
    assert hidden(redactor, text, "es", name)


@pytest.mark.parametrize(("text", "place"), [
    ("Vivimos en San Alma de la Montaña, cerca del hospital.", "San Alma de la Montaña"),
    ("trabajo en tarragona pero vivo en nueva yemen", "nueva yemen"),
])
def test_a_town_name_is_redacted_with_its_prefix_and_its_de_la(
        redactor: Redactor, text: str, place: str) -> None:
    assert hidden(redactor, text, "es", place)


@pytest.mark.parametrize(("text", "term"), [
    ("me duele la vista de la mañana", "la vista de la mañana"),
    ("me duele la espalda cuando respiro hondo", "hondo"),
    ("ella es mi hija y él es mi esposo", "ella es mi hija"),
    ("la señora es mi vecina", "la señora es mi vecina"),
    ("rezamos el padre nuestro antes de la cirugía", "el padre nuestro"),
    ("pregunte por el resultado de la prueba", "pregunte por el resultado"),
    ("tengo anemia y gastritis", "anemia"),
])
def test_ordinary_spanish_words_are_left_alone(redactor: Redactor, text: str, term: str) -> None:
    assert untouched(redactor, text, "es", term)
