"""An e-mail said with its provider alone, no ".com" (``email_spoken.SpokenEmailRecognizer``):
"dlopez88 at gmail", "lupita reyes arroba hotmail", only after a cue of e-mail."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize(("text", "language", "address"), [
    ("My email is wbrooks57 at gmail.", "en", "wbrooks57 at gmail"),
    ("send the form to my email, carla underscore m at yahoo", "en",
     "carla underscore m at yahoo"),
    ("my email is tom perez seventy at hotmail thanks", "en", "perez seventy at hotmail"),
    ("mi correo es rosy punto diaz arroba hotmail", "es", "rosy punto diaz arroba hotmail"),
])
def test_an_address_with_its_provider_alone_is_hidden(redactor: Redactor, text: str,
                                                      language: str, address: str) -> None:
    assert hidden(redactor, text, address, language)


@pytest.mark.parametrize(("text", "language", "word"), [
    ("I saw the recall story at yahoo this morning", "en", "story"),
    ("she works on the outlook for the clinic", "en", "outlook"),
])
def test_a_provider_with_no_cue_of_mail_names_no_address(redactor: Redactor, text: str,
                                                         language: str, word: str) -> None:
    assert not touched(redactor, text, word, language)
