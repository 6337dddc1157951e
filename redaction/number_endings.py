"""The last digits of a number said on their own: "the last four of my social are 4417",
"ending in 0392", "el de mi hija termina en 4455", "con terminación 5502".

Why: callers confirm who they are by the end of a number (an SSN's last four, a card's,
a phone's, a member id's), and Safe Harbor counts any part of those numbers; a bare
four-digit run has no context that a number recognizer reads as an id. After a cue of
an ending, a run of two to six digits, written or said one by one, is an ID.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.recognizers import SpeechRecognizer, result

_DIGIT_WORDS = {
    "en": r"zero|oh|o|one|two|three|four|five|six|seven|eight|nine",
    "es": r"cero|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve",
}
_CUES = {
    "en": r"(?:last\s+(?:four|4|three|3|five|5|six|6)(?:\s+digits)?(?:\s+of\s+(?:my|his|her|the|"
          r"their|your)\s+[\w\s]{1,20}?)?(?:\s+(?:are|is|were))?|ending\s+in|ends\s+in|"
          r"ending\s+with|ends\s+with)",
    "es": r"(?:termina(?:ba|n)?\s+en|terminación|terminacion|(?:los\s+)?últimos\s+(?:cuatro|"
          r"4|tres|3|cinco|5|seis|6)(?:\s+dígitos|\s+digitos|\s+números|\s+numeros)?"
          r"(?:\s+(?:de\s+(?:mi|su|la|el)\s+[\w\s]{1,20}?))?(?:\s+(?:son|es))?)",
}
_PATTERNS = {
    language: re.compile(
        rf"\b{_CUES[language]}[\s:,]+((?:\d[\s-]?){{1,5}}\d|(?:(?:{_DIGIT_WORDS[language]})"
        rf"[\s,-]+){{1,5}}(?:{_DIGIT_WORDS[language]}))\b", re.I)
    for language in ("en", "es")
}


class NumberEndingRecognizer(SpeechRecognizer):
    """ID for the last digits of a number, said after a cue of its ending."""

    ENTITIES = ["ID_NUMBER"]

    def find(self, text: str) -> Iterator[RecognizerResult]:
        pattern = _PATTERNS.get(self.supported_language)
        if pattern is None:
            return
        for match in pattern.finditer(text):
            yield result("ID_NUMBER", match.start(1), match.end(1), self.recognizer_name)
