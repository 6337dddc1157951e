"""A listed surname after a verb's personal "a" is a person ("le dije a cárdenas"), even
in a frame a medicine takes ("me recomendaron a cárdenas para la rodilla"), unless it is
an everyday word after a verb of going ("camina a misa") or a frequent one anywhere
("huele a flores"). Sentences written for this test."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import touched


@pytest.mark.parametrize(("text", "surname"), [
    ("vi a cardenas ayer en la farmacia", "cardenas"),
    ("le dije a mamani que viniera el lunes", "mamani"),
    ("llevé a quispe al doctor", "quispe"),
    ("llevé a cardenas al doctor", "cardenas"),
    ("me recomendaron a cardenas para la rodilla", "cardenas"),
    ("le puse a delgado la inyección", "delgado"),
    ("llamé a vargas para la cita", "vargas"),
])
def test_a_surname_after_a_personal_a_is_hidden(redactor: Redactor, text: str,
                                                surname: str) -> None:
    assert touched(redactor, text, surname, "es")


@pytest.mark.parametrize(("text", "word"), [
    ("huele a flores", "flores"),
    ("camina a misa los domingos", "misa"),
    ("me cambiaron a losartán", "losartán"),
    ("me pasaron a metformina", "metformina"),
    ("me mandaron a urgencias", "urgencias"),
    ("de lunes a viernes", "viernes"),
])
def test_everyday_words_and_medicines_after_a_stay(redactor: Redactor, text: str,
                                                   word: str) -> None:
    assert not touched(redactor, text, word, "es")
