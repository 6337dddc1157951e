"""A review of stop 24's redaction rules, by someone who had not written them, with
sentences of its own: people that the new rules let through, and clinical or ordinary
words that they hid. Each was wrong at the review's commit; the rules that caused them
were taken out or narrowed. Every name is invented."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden


@pytest.mark.parametrize(("text", "value", "language"), [
    # a child named with an article, then picked up ("cuando la tomo")
    ("la Lupita llora mucho cuando la tomo en mis brazos", "Lupita", "es"),
    ("la Milagros se duerme cuando la tomo", "Milagros", "es"),
    # a name after a plural verb of injecting or prescribing, the personal "a" lost
    ("me inyectaron Marisol en la cadera", "Marisol", "es"),
    ("le aplicaron Rocío la vacuna ayer", "Rocío", "es"),
    # a surname before what it is for
    ("me atiende Mamani para la presión", "Mamani", "es"),
    ("Oyelaran for acne on Tuesday", "Oyelaran", "en"),
    # a surname after a medicine and a filler
    ("tomo Aspirina y también Chambi me cuida", "Chambi", "es"),
    ("le doy Tempra y bueno Ccama me ayuda", "Ccama", "es"),
    # a surname after a relative
    ("mi suegra blanco vino ayer", "blanco", "es"),
    # initials and given names in capitals
    ("I saw JD yesterday", "JD", "en"),
    ("This is AJ, the patient's grandson", "AJ", "en"),
    ("Please tell LEE the results", "LEE", "en"),
    # a place whose name starts with a preposition
    ("I live in Round Rock, Texas", "Round Rock", "en"),
])
def test_people_and_places_the_review_found_let_through(
        redactor: Redactor, text: str, value: str, language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize(("text", "language"), [
    ("le hicimos irrigación del oído", "es"),
    ("me picaron los alacranes anoche", "es"),
    ("heart rate was 130 so very close monitoring", "en"),
    ("fbs 70-130", "en"),
    ("mi abuelo vive en hipoglucemias", "es"),
])
def test_clinical_words_the_review_found_hidden(
        redactor: Redactor, text: str, language: str) -> None:
    assert redactor.analyze(text, language) == []
