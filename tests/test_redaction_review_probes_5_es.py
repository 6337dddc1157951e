"""A review's Spanish probes (REV, issue 10): a person named Wilson, Gilbert or Bell who
confirms, diagnoses or has something is no disease (an eponym only after a plural or
participle verb of finding, or ending its clause after having or suffering; Spanish
only); "él es modesto" says what he is like, "canela y miel" are a remedy; and a given
name found in lower case takes one surname at most, never the medicine or verb after
it. Every sentence and person here is invented for these tests."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize(("text", "value", "language"), [
    # the person who found, confirmed or ruled out: singular verb, "con", subject
    ("Me lo confirmó Wilson ayer en la farmacia.", "Wilson", "es"),
    ("me lo confirmó wilson ayer en la farmacia", "wilson", "es"),
    ("Lo confirmé con Wilson esta mañana.", "Wilson", "es"),
    ("confirma con lennox la hora", "lennox", "es"),
    ("Me diagnosticó Bell en la clínica del pueblo.", "Bell", "es"),
    ("lo descartó gilbert la semana pasada", "gilbert", "es"),
    ("nos confirmó gilbert que sí viene", "gilbert", "es"),
    # having, suffering or a check-up with the clause going on
    ("Ya tiene Wilson la receta.", "Wilson", "es"),
    ("tengo gilbert como médico de cabecera", "gilbert", "es"),
    ("El control de Wilson es el lunes.", "Wilson", "es"),
    ("sufrió wilson una caída en la escalera", "wilson", "es"),
    # English has no such frame
    ("We confirmed Gilbert would drive me.", "Gilbert", "en"),
    ("i confirmed horner would collect the tablets", "horner", "en"),
    # the name these frames find, and its surname
    ("este es gonzalo mi yerno", "gonzalo", "es"),
    ("Este es Gonzalo Ruiz, mi yerno.", "Gonzalo Ruiz", "es"),
    ("mateo e isabel vinieron ayer", "isabel", "es"),
])
def test_the_person_is_hidden(redactor: Redactor, text: str, value: str,
                              language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize(("text", "term"), [
    # the eponym as what a diagnosis found, in the forms that keep it
    ("le diagnosticaron wilson la semana pasada", "wilson"),
    ("diagnosticado de Bell hace un año", "Bell"),
    ("tiene gilbert y por eso se pone amarillo", "gilbert"),
    ("sufre graves desde niña", "graves"),
    # what she or he is like, and a remedy of two words that are names too
    ("Él es modesto, no se queja.", "modesto"),
    ("ella es blanca de piel y se quema", "blanca"),
    ("él es severo con la dieta", "severo"),
    ("ella es morena y no se quema", "morena"),
    ("tomo canela y miel para la tos", "miel"),
    # the words after a given name found in lower case
    ("gracias bruno insulina ya tengo", "insulina"),
    ("estoy con marta vomitando toda la noche", "vomitando toda"),
    ("a carmen le duele la rodilla", "le duele"),
    ("mi jefe ramiro fuma mucho", "fuma mucho"),
    ("mateo e isabel vinieron ayer", "vinieron"),
])
def test_the_clinical_word_survives(redactor: Redactor, text: str, term: str) -> None:
    assert not touched(redactor, text, term)
