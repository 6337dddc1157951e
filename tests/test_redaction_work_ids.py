"""Numbers that say who someone is at work, and the numbers of their paperwork
(``number_context._NUMBER_CONTEXT``): "interpreter id 2207", "my badge is 3391", "número de
empleado", "confirmation number 77340"; a year after such a word stays."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize(("text", "language", "number"), [
    ("This is your interpreter, ID 5162, for the visit.", "en", "5162"),
    ("my employee badge is four four zero nine", "en", "four four zero nine"),
    ("the authorization number is 88120455", "en", "88120455"),
    ("Soy la intérprete, número de intérprete 3318.", "es", "3318"),
    ("el número de caso es cuatro cuatro siete uno", "es", "cuatro cuatro siete uno"),
    ("el número de referencia es 551203", "es", "551203"),
])
def test_a_work_or_paperwork_number_is_an_id(redactor: Redactor, text: str, language: str,
                                             number: str) -> None:
    assert hidden(redactor, text, number, language)


@pytest.mark.parametrize(("text", "language", "kept"), [
    ("we had a claim denied in 2023", "en", "2023"),
    ("I got my badge in 2019 and started metformin then", "en", "2019"),
    ("Me dieron el gafete en 2019, cuando empecé.", "es", "2019"),
    ("the interpreter said to take 1000 mg at night", "en", "1000"),
    ("el intérprete dijo que tome 1000 mg", "es", "1000"),
])
def test_a_year_or_a_dose_after_such_a_word_stays(redactor: Redactor, text: str,
                                                  language: str, kept: str) -> None:
    assert not touched(redactor, text, kept, language)
