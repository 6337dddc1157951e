"""Spanish given names that the word lists also count as frequent words ("juan",
"pedro", "luis", "rosa"), said in lower case as the subject of a verb, are hidden; the
same frames with a pronoun, an adverb, a verb or a symptom in that place are not.
Every sentence and person here is invented for these tests."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden


@pytest.mark.parametrize(("text", "value"), [
    ("juan me trae las pastillas", "juan"),
    ("y luis me lleva al doctor", "luis"),
    ("rosa me pone la insulina en la noche", "rosa"),
    ("pero pedro se fue a trabajar", "pedro"),
    ("ayer vino pedro a verme", "pedro"),
    ("me dijo luis que ya no tome el naproxeno", "luis"),
    ("hoy llegó juan con las medicinas", "juan"),
])
def test_a_frequent_given_name_as_a_subject_is_hidden(
        redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value, "es")


@pytest.mark.parametrize("text", [
    "y ella me dijo que no",
    "y mira te digo que no me duele",
    "y nada me duele",
    "y allá me dijeron que era gastritis",
    "dolores me dan en la noche",
    "la luz me molesta en los ojos",
    "y tomo la pastilla en la noche",
    "y casi me caigo en el baño",
])
def test_the_same_frames_without_a_name_hide_nothing(redactor: Redactor, text: str) -> None:
    assert redactor.analyze(text, "es") == []
