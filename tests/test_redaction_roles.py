"""A role word after an article is a noun, not a title: "the nurse checked it", "la
enfermera revisó la herida" hold no name, while "the nurse Kowalski", "nurse price came"
and "la enfermera Lupita" do. Sentences written for this test."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor


@pytest.mark.parametrize(("language", "text"), [
    ("en", "the nurse checked my pressure twice"),
    ("en", "a nurse came in at night and asked about the pain"),
    ("en", "your doctor wanted another x-ray"),
    ("es", "la enfermera revisó la herida ayer"),
    ("es", "la doctora revisaba todo con calma"),
])
def test_a_verb_after_a_role_is_kept(redactor: Redactor, language: str, text: str) -> None:
    result = redactor.redact(text, language)
    assert result.text == text, [e.type for e in result.entities]


@pytest.mark.parametrize(("language", "text", "name"), [
    ("en", "the nurse kowalski changed the dressing", "kowalski"),
    ("en", "i saw nurse okafor this morning", "okafor"),
    ("en", "the doctor patel said it was fine", "patel"),
    ("es", "la enfermera lupita me revisó", "lupita"),
    ("es", "la doctora ramírez me dijo que no", "ramírez"),
])
def test_a_name_after_a_role_is_still_hidden(redactor: Redactor, language: str, text: str,
                                             name: str) -> None:
    assert name not in redactor.redact(text, language).text
