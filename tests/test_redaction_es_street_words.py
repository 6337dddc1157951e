"""Spanish street words that are everyday words too (``redaction/street_words_es.py``):
"me cuesta", "camino treinta minutos", "vía intravenosa", "una bajada de presión" are no
addresses, and the rest of the sentence, medicines and conditions with it, stays; an
address with such a word, after a cue, with a house number, after another address or
written with capitals, is still hidden. Sentences written for this test."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor


@pytest.mark.parametrize(("text", "kept"), [
    ("me cuesta trabajo respirar cuando subo las escaleras", "respirar cuando subo"),
    ("a mi papá le cuesta dos horas llegar al hospital", "llegar al hospital"),
    ("paseo veinte minutos con el perro en la tarde", "veinte minutos con el perro"),
    ("yo camino treinta minutos en la mañana", "camino treinta minutos"),
    ("camino dos kilómetros diarios por la diabetes", "dos kilómetros diarios"),
    ("ya no camino como antes por la rodilla", "camino como antes"),
    ("cuesta arriba me falta el aire", "me falta el aire"),
    ("tuve una bajada de presión ayer en la tarde", "bajada de presión"),
    ("tuve una subida de azúcar de trescientos", "subida de azúcar"),
    ("se lo pusieron vía intravenosa cada ocho horas", "vía intravenosa cada ocho horas"),
    ("la amoxicilina va por vía oral con comida", "vía oral con comida"),
    ("tiene una prolongación del qt en el electro", "prolongación del qt"),
    ("le pusieron un acceso venoso central en el cuello", "acceso venoso central"),
    ("tiene un bloque auriculoventricular de primer grado", "auriculoventricular"),
    ("estudia la carrera de enfermería en la noche", "carrera de enfermería"),
    ("la ruta del dolor baja por la pierna", "ruta del dolor baja"),
    ("el pasaje del avión me salió caro y no fui a la cita", "pasaje del avión"),
])
def test_an_everyday_word_starts_no_address(redactor: Redactor, text: str, kept: str) -> None:
    result = redactor.redact(text, "es")
    assert kept in result.text, [e.type for e in result.entities]


@pytest.mark.parametrize(("text", "hidden"), [
    ("vivo en camino real ciento veinte", "camino real"),
    ("vivo en la cuesta de san vicente número cuatro", "cuesta de san vicente"),
    ("mi casa queda en la privada de los pinos número ocho", "privada de los pinos"),
    ("Paseo de la Reforma 222, piso 3", "Reforma"),
    ("me mandan la receta a la Cerrada de Olivos, por favor", "Olivos"),
    ("por favor anote diagonal 32 numeral 70 bloque 3 conjunto los pirules", "pirules"),
    ("carrera sesenta y tres número noventa y cuatro cuarenta y seis", "sesenta y tres"),
    ("el domicilio es pasaje los capulines doscientos cincuenta y ocho", "capulines"),
    ("la dirección es manzana siete lote veinticinco", "manzana siete"),
    ("soy de la vereda el porvenir, cerca del río", "porvenir"),
])
def test_such_a_word_in_an_address_is_still_hidden(redactor: Redactor, text: str,
                                                   hidden: str) -> None:
    assert hidden not in redactor.redact(text, "es").text
