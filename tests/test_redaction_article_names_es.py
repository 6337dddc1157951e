"""A Spanish place named with its own article after its head ("la tienda La Económica",
"el bar El Olvido") is hidden in lower-case speech when the phrase closes after the name;
what is said in a place with its article and goes on as a clause stays
(``InstitutionRecognizer._ordinary_after_article``). Places and people are invented."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.test_redaction_speech import hidden, untouched


@pytest.mark.parametrize(("text", "name"), [
    ("lo atropellaron frente a la cantina el descanso", "descanso"),
    ("cenamos en la fonda la poblana y ahí me cayó mal", "poblana"),
    ("compro todo en la tienda la económica.", "económica"),
])
def test_a_place_named_by_an_ordinary_word_after_its_article_is_hidden(
        redactor: Redactor, text: str, name: str) -> None:
    assert hidden(redactor, text, "es", name)


@pytest.mark.parametrize(("text", "term"), [
    ("en el hotel el cuarto era chico", "cuarto"),
    ("en la escuela la niña se cayó del columpio", "niña"),
    ("se lastimó en el bar el viernes", "viernes"),
    ("en el hospital la presión.", "presión"),
    ("en la finca la cosecha de tabaco le dio tos", "cosecha"),
    ("en el gimnasio el entrenador me dijo que parara", "entrenador"),
])
def test_what_is_said_in_a_place_after_an_article_stays(redactor: Redactor, text: str,
                                                       term: str) -> None:
    assert untouched(redactor, text, "es", term)
