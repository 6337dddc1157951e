"""What the redaction tests ask of a finding set, written once."""

from __future__ import annotations

import re

from redaction.engine import Redactor


def hidden(redactor: Redactor, text: str, value: str, language: str = "en") -> bool:
    """At least 90 % of the non-space characters of ``value`` lie inside findings (the
    benchmark's measure)."""
    start = text.index(value)
    covered = {i for e in redactor.analyze(text, language) for i in range(e.start, e.end)}
    chars = [i for i in range(start, start + len(value)) if not text[i].isspace()]
    return sum(i in covered for i in chars) >= 0.9 * len(chars)


def found(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    """Each English finding's type and text."""
    return [(e.type, text[e.start:e.end]) for e in redactor.analyze(text, "en")]


def spoken_es(text: str) -> str:
    """Spanish as an ASR writes it: lower case, no punctuation."""
    return re.sub(r"[¿?¡!,.]", "", text).lower()


def touched(redactor: Redactor, text: str, term: str, language: str = "es") -> bool:
    """Does any finding overlap ``term`` (a must-keep term hit)?"""
    start = text.index(term)
    return any(e.start < start + len(term) and start < e.end
               for e in redactor.analyze(text, language))
