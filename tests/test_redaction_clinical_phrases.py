"""Lay clinical phrases (``redaction/data/clinical_phrases.txt``): a word that is a name, a
town or an ordinary word ("pink", "tennis", "Malta", "cámara") is clinical inside the
whole phrase, and only there."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize(("text", "term", "language"), [
    ("my little one has pink eye again since monday", "pink eye", "en"),
    ("he has tennis elbow from painting the fence", "tennis elbow", "en"),
    ("the prednisone gave her a moon face", "moon face", "en"),
    ("she takes saint john's wort with her sertraline", "saint john's wort", "en"),
    ("the baby has thrush on his tongue", "thrush", "en"),
    ("woke up with a charley horse in my calf", "charley horse", "en"),
    ("dos disparos con la cámara espaciadora si tiene silbido", "cámara espaciadora", "es"),
    ("para el viaje lleve sales de rehidratación", "sales de rehidratación", "es"),
    ("tiene una quemadura de segundo grado en el antebrazo", "segundo grado", "es"),
    ("le dio fiebre de malta por tomar leche bronca", "fiebre de malta", "es"),
    ("le pidieron la prueba del virus del Nilo Occidental", "Nilo Occidental", "es"),
])
def test_a_lay_clinical_phrase_stays(redactor: Redactor, text: str, term: str,
                                     language: str) -> None:
    assert not touched(redactor, text, term, language)


@pytest.mark.parametrize(("text", "name", "language"), [
    # the same words outside their phrase still name a person or a place
    ("my neighbour charley horne drives me to the clinic", "charley horne", "en"),
    ("we lived in malta for two years before moving here", "malta", "en"),
    ("vivimos en malta dos años antes de venir", "malta", "es"),
    ("mi vecina es doña rosa cámara de la colonia centro", "rosa cámara", "es"),
])
def test_its_words_alone_still_name(redactor: Redactor, text: str, name: str,
                                    language: str) -> None:
    assert hidden(redactor, text, name, language)
