"""What a clinician says in Spanish without naming anyone stays whole: an instruction's
first word, capitalised by its place ("Tome una tableta": Tomé is a town in Chile), a
pronoun after "el doctor" / "la enfermera" ("le explicará"), "la zona afectada" ("La
Zona" is a town too). Names and towns in the same places are still hidden. Sentences
written for this test."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor


@pytest.mark.parametrize(("text", "kept"), [
    ("Tome una tableta de ibuprofeno cada ocho horas con comida.", "Tome una tableta"),
    ("Tome dos pastillas en la noche.", "Tome dos"),
    ("Tome la pastilla con el desayuno.", "Tome la pastilla"),
    ("El Doctor le explicará los resultados la próxima semana.", "le explicará"),
    ("La Enfermera le va a tomar la temperatura.", "le va a tomar"),
    ("la doctora le dijo que descansara", "le dijo"),
    ("Aplíquese la crema dos veces al día en la zona afectada.", "la zona afectada"),
    ("Reading the label helps with the doses.", "Reading the label"),
])
def test_an_instruction_keeps_its_words(redactor: Redactor, text: str, kept: str) -> None:
    language = "en" if text.startswith("Reading") else "es"
    result = redactor.redact(text, language)
    assert kept in result.text, [e.type for e in result.entities]


@pytest.mark.parametrize(("text", "hidden"), [
    ("Vivo en Tomé desde niña.", "Tomé"),
    ("Mercedes una vez me dijo que no tomara café.", "Mercedes"),
    ("el doctor Le Van Minh me atendió", "Minh"),
    ("Doctor Le me atendió ayer.", "Le me"),
    ("la doctora Lozano le explicó todo", "Lozano"),
    ("el doctor de la Cruz me vio", "Cruz"),
])
def test_names_and_towns_there_are_still_hidden(redactor: Redactor, text: str,
                                                hidden: str) -> None:
    assert hidden not in redactor.redact(text, "es").text


@pytest.mark.parametrize(("text", "kept"), [
    ("me arden los ojos y tengo lagañas", "arden"),
    ("mi mamá murió de un infarto", "murió"),
    ("tengo diarrea desde el martes", "martes"),
    ("trabajo en el campo y me duele la cintura", "el campo"),
])
def test_a_patient_saying_what_ails_them_keeps_the_words(redactor: Redactor, text: str,
                                                         kept: str) -> None:
    """A verb after a pronoun ("me arden": Arden), a past tense ("murió": Murió, a
    surname), a weekday or a field after a place word ("El Campo", Texas)."""
    assert kept in redactor.redact(text, "es").text


@pytest.mark.parametrize(("text", "hidden"), [
    ("mi hijo julián llegó ayer", "julián"),
    ("le dije a Arden que viniera", "Arden"),
    ("me atendió Miró en la clínica", "Miró"),
    ("se llama arden", "arden"),
    ("vivo en El Campo, Texas", "Campo"),
])
def test_names_and_towns_beside_them_are_still_hidden(redactor: Redactor, text: str,
                                                      hidden: str) -> None:
    assert hidden not in redactor.redact(text, "es").text
