"""Vehicle plates written after the word that names them: "la matrícula del coche es 7791
DXK", "la placa es PVD-874-J", "my license plate is KDL 4829".

Why: a plate is an identifier (Safe Harbor: vehicle identifiers and serial numbers,
including licence plate numbers), and its shapes split into short groups of letters and
three or four digits that neither the id recognizer (one token, four digits or more) nor
the number recognizer (digits only) reads whole. Said aloud, letter by letter, the spoken
id recognizer reads it. Only after the plate's own word, and only groups with capital
letters and two digits or more: "psoriasis en placas" names none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.recognizers import SpeechRecognizer, result

_CUE = re.compile(r"\b(?:matr[ií]culas?|placas?|patente|chapa|license\s+plates?|"
                  r"licence\s+plates?|number\s+plates?|plates?(?:\s+number)?|tag\s+number|"
                  r"registration\s+(?:number|plate)|reg\s+(?:number|plate))\b", re.I)
# Not a plate: vertebrae on an X-ray's plate ("en la placa se ve L4 L5"), a time ("opens
# at 10 AM").
_NOT_A_PLATE = re.compile(r"(?:[CTLS]\d{1,2}(?:[\s-]+|$))+|\d{1,2}\s+[AP]M", re.I)
_REACH = 36  # how far after its word the plate may come ("del coche nuevo de mi hijo es")
# Two to four groups of capitals and digits joined by a space or a dash: "7791 DXK",
# "PVD-874-J", "AB 123 CD", "M-1234-AB"; or one glued group ("7ABC123" is the id
# recognizer's, but a plate of five to eight with three digits is read here too).
_PLATE = re.compile(r"(?<![\w-])[A-Z0-9]{1,4}(?:[\s-][A-Z0-9]{1,4}){1,3}(?![\w-])|"
                    r"(?<![\w-])[A-Z0-9]{5,8}(?![\w-])")
_MIN_DIGITS = 2  # "LK19 XPT"
_MAX_CHARS = 9


class PlateRecognizer(SpeechRecognizer):
    """Vehicle plates written after "matrícula", "placa", "patente", "license plate"."""

    ENTITIES = ["ID_NUMBER"]

    def find(self, text: str) -> Iterator[RecognizerResult]:
        for cue in _CUE.finditer(text):
            plate = _PLATE.search(text, cue.end(), cue.end() + _REACH)
            if not plate or re.search(r"[.?!;]|\d", text[cue.end():plate.start()]):
                continue
            value = plate.group()
            chars = re.sub(r"[\s-]", "", value)
            if sum(c.isdigit() for c in chars) >= _MIN_DIGITS and len(chars) <= _MAX_CHARS \
                    and any(c.isalpha() for c in chars) and not _NOT_A_PLATE.fullmatch(value):
                yield result("ID_NUMBER", plate.start(), plate.end(), self.recognizer_name)
