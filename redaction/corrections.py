"""A number said again as a correction, right after an identifier: "apartment 4B, no,
4D", "60614, no sorry, 60641", "el cinco cinco cuatro uno, perdón, el cinco cinco uno
cuatro", "my SSN is 987 65 4320, I mean 4302".

Why: people misspeak and put it right, and the frame that told a recognizer what the
first value was ("apartment", "zip", "mi teléfono") is not said again before the second,
which is often too short to be anything by itself ("4D", "cuatro uno"). Both are the
person's: the first may be a digit off, the second is the true one. ``repeats`` takes a
value said again the same; this takes a different value said as a repair. The repair must
follow the identifier with only a correction word between ("no", "sorry", "I mean",
"perdón", "digo", "o sea") and be numbers (perhaps with letters) of two digits or more, or
a number with its letter: "no one answers" after a phone number is no repair.
"""

from __future__ import annotations

import re

from redaction.entity import Entity
from redaction.recognizers import _UNITS_AFTER, NUMBER_PATTERN

# Identifiers made of numbers, whose repairs are numbers too.
_NUMBERED = frozenset({"PHONE_NUMBER", "US_SSN", "ZIP_CODE", "STREET_ADDRESS", "ID_NUMBER",
                       "MEMBER_ID", "MEDICAL_RECORD_NUMBER", "ID", "ES_NIF", "US_ITIN",
                       "US_DRIVER_LICENSE", "US_PASSPORT", "MX_CURP", "NPI", "US_MBI",
                       "US_BANK_NUMBER", "CREDIT_CARD", "IBAN_CODE",
                       "AGE"})  # "she's ninety two, no, ninety three"
_PUNCTUATION = r"[\s,.;:!?\u2014\u2013\u2026-]*"
_CORRECTION = {
    "en": r"no|nope|not|sorry|wait|i\s+mean|i\s+meant|actually|rather|correction|"
          r"scratch\s+that|make\s+that|my\s+bad|oops",
    "es": r"no|perdón|perdon|disculpe|digo|o\s+sea|mejor\s+dicho|más\s+bien|mas\s+bien|"
          r"quiero\s+decir|espere|espéreme|me\s+equivoqué|me\s+equivoque",
}
# Said between the repair word and the value: "no, it's 4D", "no, el 55 14", "sorry, uh".
_FILLER = {
    "en": r"it's|its|it\s+is|that's|the|uh|um|er|like|sorry|no|wait",
    "es": r"es|el|la|los|las|eh|este|mmm|pues|no|perdón|perdon|digo|o\s+sea",
}
_REPAIR = {
    language: re.compile(
        rf"{_PUNCTUATION}(?:\b(?:{_CORRECTION[language]})\b{_PUNCTUATION})+"
        rf"(?:\b(?:{_FILLER[language]})\b{_PUNCTUATION})*", re.I)
    for language in ("en", "es")
}
_ES_LETTERS = (r"be|ce|de|efe|ge|hache|jota|ka|ele|eme|ene|eñe|pe|cu|erre|ese|te|uve|"
               r"equis|zeta")
_VALUE_TOKEN = {
    "en": re.compile(rf"\d+[a-z]?\b|\b(?:{NUMBER_PATTERN}|oh|double|triple)\b|\b[b-hj-z]\b|"
                     r"\b(?:dash|hyphen)\b", re.I),
    "es": re.compile(rf"\d+[a-z]?\b|\b(?:{NUMBER_PATTERN}|cien|ciento)\b|"
                     rf"\b(?:{_ES_LETTERS}|[b-df-np-tv-xzñ])\b|"
                     r"\bgui[oó]n\b", re.I),
}
_NUMBER_WORD = {
    "en": re.compile(rf"\b(?:{NUMBER_PATTERN}|oh)\b", re.I),
    "es": re.compile(rf"\b(?:{NUMBER_PATTERN}|cien|ciento)\b", re.I),
}
_GAP = re.compile(r"[\s,.-]*")
_NUMBER_FIRST = re.compile(rf"\d|(?:{NUMBER_PATTERN}|oh|cien|ciento)\b", re.I)
# What says the number is a measure, not an identifier: "no, 100 over 60", "2 out of 10",
# "38 y medio", "100 por ciento", "10 minutes ago".
_MEASURE_AFTER = re.compile(r"\s*(?:over|sobre|out\s+of|de\s+\d|y\s+medio|por\s+ciento|"
                            r"percent|ago|minutes|hours|days|weeks|times|veces)\b", re.I)
_MIN_TOKENS = 2  # "four d", "cinco cinco", "0189": one number word alone is no repair


def with_corrections(text: str, entities: list[Entity], language: str) -> list[Entity]:
    """``entities`` (sorted, not overlapping) and the repairs said after numbered ones."""
    if language not in _REPAIR:
        return entities
    added = []
    for entity in entities:
        if entity.type not in _NUMBERED:
            continue
        repair = _REPAIR[language].match(text, entity.end)
        if repair is None or not repair.group().strip(" ,.;:!?\u2014\u2013\u2026-"):
            continue
        end = _value_end(text, repair.end(), language,
                         _last_group(text[entity.start:entity.end], language))
        if end is not None and not any(other.start < end and repair.end() < other.end
                                       for other in entities):
            added.append(Entity(entity.type, repair.end(), end))
    return sorted(entities + added, key=lambda e: e.start) if added else entities


def _value_end(text: str, start: int, language: str, replaced: int) -> int | None:
    """Where a repair's value that starts at ``start`` ends; None if none is there, or if
    what is said is a measure ("no, 100 over 60", "sorry, 15 units", "38 y medio") or
    too short to stand for the ``replaced`` digits of the value it puts right."""
    if not _NUMBER_FIRST.match(text, start):
        return None  # "wait a one c", "perdón, de nueve a cinco": no number first
    pos, end, tokens = start, None, 0
    while (token := _VALUE_TOKEN[language].match(text, pos)) is not None:
        end, tokens = token.end(), tokens + 1
        gap = _GAP.match(text, end)
        pos = gap.end() if gap else end
    if end is None or _MEASURE_AFTER.match(text, end) or _UNITS_AFTER.match(text[end:]):
        return None
    value = text[start:end]
    digits = _digits(value, language)
    lettered = re.search(r"\d[a-z]", value, re.I) or (tokens >= _MIN_TOKENS and digits
                                                      and re.search(r"[a-zñ]\s*$", value))
    return end if lettered or digits >= max(_MIN_TOKENS, (replaced + 1) // 2) else None


def _digits(value: str, language: str) -> int:
    """How many digits a value says ("0189": 4, "cuatro cero": 2)."""
    return sum(c.isdigit() for c in value) + len(_NUMBER_WORD[language].findall(value))


def _last_group(value: str, language: str) -> int:
    """The digits of the last group of numbers in an identifier's value, the part a
    repair puts right: the last written number ("555 0134": 4, "Apartment 4B": 1), or
    the number words said at its end ("five five five zero one three four": 7)."""
    tokens = re.findall(r"[\w']+", value)
    if tokens and re.fullmatch(r"\d+[a-z]?", tokens[-1], re.I):
        return sum(c.isdigit() for c in tokens[-1])
    count = 0
    for token in reversed(tokens):
        if not _NUMBER_WORD[language].fullmatch(token):
            break
        count += 1
    return count
