"""Ids written with letters and digits mixed: "XJ4429917", "A12-345-678", "TH-5XB39K",
"CA-0047719-B".

Why: confirmation codes, case numbers and member ids mix letters into their digits, and a
check letter after a dash ends many; no number run reads them. Moved out of
``recognizers`` (which keeps the context words that type them) to keep that module short.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.number_context import _DEFAULT_ID_DIGITS, type_by_context
from redaction.recognizers import _UNITS_AFTER, SpeechRecognizer, result

# A tumour's TNM stage, with its prefix ("c", "p", "y", "r"): "pT2N1M0", "cT3N1M0".
_TUMOUR_STAGE = re.compile(r"[cpyr]{0,2}T[0-4isx][a-d]?N[0-3x][a-c]?M[01x][a-c]?", re.I)

# Digits grouped after a letter-led id as a card prints them: "W7741 0938 2"; the first
# group of three digits or more ("QX88123 2 refills", "K44812 45 yo": a count, an age).
_DIGIT_GROUPS = re.compile(r" \d{3,5}(?: \d{1,5}){0,2}+(?![\w.,:/-]\d)\b")


class AlphanumericIdRecognizer(SpeechRecognizer):
    """Mixed letter-and-digit ids: "XJ4429917", "A12-345-678"."""

    ENTITIES = ["ID_NUMBER", "MEDICAL_RECORD_NUMBER", "MEMBER_ID", "US_SSN", "ES_NIF"]
    _ID = re.compile(
        r"\b(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9]{1,4}"
        # one letter alone between dashes too: "CA-0047719-B", "7731-A-0426"
        r"(?:-?[A-Za-z0-9]{2,}+|-[A-Za-z0-9]\b){1,4}\b"
    )

    # A number with its unit glued on is a measurement: "1000mg", "12.5mcg", "40units".
    # Five digits at most: "368885863G" is an id with a check letter.
    _MEASURE = re.compile(r"\d{1,5}(?:\.\d{1,3})?(?:mg|mcg|ml|g|kg|lbs?|iu|units?|cc|mmhg|mm|cm|"
                          r"hrs?)", re.I)

    def find(self, text: str) -> Iterator[RecognizerResult]:
        lowered = text.lower()
        for match in self._ID.finditer(text):
            digits = sum(c.isdecimal() for c in match.group())
            if self._MEASURE.fullmatch(match.group()):
                continue
            letters = sum(c.isalpha() for c in match.group())
            # a code as much letters as digits: "TH-5XB39K" (not "COVID-19", "ICD-10", nor a
            # tumour's stage, "pT2N1M0")
            code = digits >= 3 and letters >= 3 and digits + letters >= 7 \
                and not _TUMOUR_STAGE.fullmatch(match.group())
            end = match.end()
            groups = _DIGIT_GROUPS.match(text, end) if match.group()[-1].isdecimal() else None
            if groups and (digits >= 4 or code) and not _UNITS_AFTER.match(text[groups.end():]):
                end = groups.end()  # "W7741 0938 2": the id read off a card in its groups
            if (digits >= 4 or code) and not _UNITS_AFTER.match(text[end:]):
                entity = type_by_context(
                    lowered, match.start(), max(digits, _DEFAULT_ID_DIGITS), self.supported_language
                )
                if entity in ("PHONE_NUMBER", "ZIP_CODE", "CREDIT_CARD"):
                    entity = "ID_NUMBER"  # letters in it: not a phone, zip or card
                yield result(entity, match.start(), end, self.recognizer_name)
