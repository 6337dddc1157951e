"""A Spanish IP address said in words, "uno" among its groups (``web_spoken``)."""

from __future__ import annotations

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


def test_an_ip_said_in_spanish_words_is_hidden(redactor: Redactor) -> None:
    text = "la ip del módem es ciento noventa y dos punto ciento sesenta y ocho punto uno punto uno"
    assert hidden(redactor, text,
                  "ciento noventa y dos punto ciento sesenta y ocho punto uno punto uno", "es")


def test_a_dose_with_a_decimal_stays(redactor: Redactor) -> None:
    assert not touched(redactor, "toma uno punto cinco miligramos", "uno punto cinco", "es")
