"""Stop 58's readings: Spanish organisations named by ordinary words after one of their
people, Spanish ids said as one number in millions with no id word before them, and the
learned tagger's surest stretches of ordinary words. Sentences written for these tests, not
taken from any benchmark set."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from redaction.millions_es import millions_ids
from redaction.tagger import (
    ORDINARY_STRETCH_PROBABILITY,
    ORDINARY_SURE_PROBABILITY,
    _worth_taking,
    tokens,
)
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize("text, value", [
    ("los de cocinas felices me pagaron el seguro", "cocinas felices"),
    ("la promotora de vecinos en acción pasa los jueves", "vecinos en acción"),
    ("la coordinadora de pan y techo me consiguió la cita", "pan y techo"),
    ("la terapeuta física de salud a domicilio río grande viene lunes",
     "salud a domicilio río grande"),
    ("le habla ernestina paz de mudanzas rápidas ortega", "mudanzas rápidas ortega"),
])
def test_a_bare_name_after_one_of_its_people(redactor: Redactor, text: str, value: str
                                             ) -> None:
    assert hidden(redactor, text, value, "es")


@pytest.mark.parametrize("text, kept", [
    ("la enfermera de guardia me dio la pastilla", "guardia"),
    ("la trabajadora social de urgencias me ayudó con la solicitud", "urgencias"),
    ("la muchacha de limpieza vino hoy", "limpieza"),
    ("el abogado de inmigración dice que falta una carta", "inmigración"),
    ("la señora de recursos humanos pidió el certificado", "recursos humanos"),
    ("la enfermera de noche me cambió el suero", "noche"),
])
def test_what_or_when_after_a_role_stays(redactor: Redactor, text: str, kept: str) -> None:
    assert not touched(redactor, text, kept, "es")


@pytest.mark.parametrize("text, value", [
    ("sí, diecinueve millones trescientos cuarenta y dos mil ochocientos quince",
     "diecinueve millones trescientos cuarenta y dos mil ochocientos quince"),
    ("es siete millones cien mil doscientos tres guion k",
     "siete millones cien mil doscientos tres guion k"),
])
def test_an_id_said_in_millions_with_no_id_word(redactor: Redactor, text: str, value: str
                                                ) -> None:
    assert hidden(redactor, text, value, "es")


@pytest.mark.parametrize("text", [
    "la carga viral es de un millón trescientas cuarenta y dos mil copias",
    "ganaba tres millones cuatrocientos veinte mil quinientos pesos",
    "le costó dos millones quinientos mil",  # a round sum
    "en la ciudad viven doce millones de personas",
])
def test_counts_and_sums_in_millions_are_no_ids(text: str) -> None:
    assert millions_ids(text) == []


def test_the_tagger_takes_ordinary_words_only_when_surest() -> None:
    """Ordinary words with no kind's word beside them ("sweet valley poultry" has none of
    the listed kinds) are a name only at ``ORDINARY_SURE_PROBABILITY`` each."""
    found = tokens("i work at big sky poultry now")
    inside = range(3, 6)  # big sky poultry
    sure = [0.0] * len(found)
    for i in inside:
        sure[i] = ORDINARY_SURE_PROBABILITY
    unsure = [ORDINARY_STRETCH_PROBABILITY if i in inside else 0.0 for i in range(len(found))]
    assert _worth_taking(found, inside, sure, "en")
    assert not _worth_taking(found, inside, unsure, "en")
