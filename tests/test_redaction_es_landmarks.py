"""Addresses given from a landmark, as Nicaragua and Costa Rica give them ("del parque
central dos cuadras al sur y media al este"), are hidden whole, in written and spoken
form, as are addresses the street rules find in parts ("kilómetro doce" and "carretera a
Masaya"; a name's own "y" before its number); a distance walked with no landmark is no
address. Every place here is invented or generic."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden
from tests.redaction_helpers import spoken_es as _spoken


@pytest.mark.parametrize(("text", "address"), [
    ("Vivo del parque central dos cuadras al sur y media al este, casa verde.",
     "del parque central dos cuadras al sur y media al este"),
    ("Vivo de la iglesia San José 200 metros al norte.",
     "de la iglesia San José 200 metros al norte"),
    ("Mi casa es de donde fue el cine González tres cuadras abajo.",
     "de donde fue el cine González tres cuadras abajo"),
    ("Vivo 100 metros oeste de la escuela Juan Rafael Mora.",
     "100 metros oeste de la escuela Juan Rafael Mora"),
    ("Vivo del semáforo de la rotonda una cuadra al lago, veinticinco varas arriba.",
     "del semáforo de la rotonda una cuadra al lago, veinticinco varas arriba"),
])
def test_an_address_from_a_landmark_is_hidden(redactor: Redactor, text: str,
                                              address: str) -> None:
    assert hidden(redactor, text, address, "es")
    assert hidden(redactor, _spoken(text), _spoken(address), "es")


@pytest.mark.parametrize("text", [
    "Me duele al caminar dos cuadras.",
    "Subo tres pisos y me falta el aire.",
    "El dolor se me corre hacia abajo.",
])
def test_a_distance_without_a_landmark_is_no_address(redactor: Redactor, text: str) -> None:
    assert redactor.analyze(text, "es") == []


@pytest.mark.parametrize(("text", "address"), [
    # parts of one address found apart, joined
    ("Vivo en el kilómetro doce de la carretera a Masaya.",
     "kilómetro doce de la carretera a Masaya"),
    # a street name's own "y", then its house number
    ("Mi dirección es calle Miguel Hidalgo y Costilla número cuatro.",
     "calle Miguel Hidalgo y Costilla número cuatro"),
    ("Vivo en avenida Ortega y Gasset número 15, en el centro.",
     "avenida Ortega y Gasset número 15"),
])
def test_an_address_found_in_parts_is_hidden_whole(redactor: Redactor, text: str,
                                                   address: str) -> None:
    assert hidden(redactor, text, address, "es")
    assert hidden(redactor, _spoken(text), _spoken(address), "es")
