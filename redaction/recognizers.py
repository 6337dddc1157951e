"""Presidio recognizers for PHI as it sounds in speech, English and Spanish.

ASR output is often lower case, writes numbers as words or digit groups, and
spells names letter by letter. Each recognizer here covers one such habit.
Identifier numbers are typed by the words just before them ("my phone is …",
"member id …", ``number_context``), since the digits alone rarely say what they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.lexicon import (
    EN_TEENS,
    EN_TENS,
    EN_UNITS,
    ES_HUNDREDS,
    ES_TEENS,
    ES_TENS,
    ES_UNITS,
)
from redaction.millions_es import start_with_millions
from redaction.number_context import _COUNT_AFTER, type_by_context
from redaction.numbers import number_runs, run_after, said_as_readings

SCORE = 0.9
# Recognizers whose findings are kept whole, not split at function words or trimmed of
# clinical words (``trims``): words in another script no list reads, and places whose head
# or list says what they are. Their findings score higher, because Presidio drops a finding
# that a same-type finding of equal or higher score contains, before anything is trimmed:
# "[Narcotics Anonymous]" inside an address reading's "Narcotics Anonymous on Tuesdays",
# which then lost "Narcotics" as a clinical word.
WHOLE_RECOGNIZERS = ("ForeignScriptRecognizer", "InstitutionRecognizer", "PlaceHeadRecognizer",
                     "WorkplaceRecognizer", "BusinessRecognizer", "CalledNameRecognizer",
                     "OrganisationRecognizer", "AppositionRecognizer",
                     "JuxtaposedNameRecognizer")
WHOLE_SCORE = 0.95
# The check letter after a DNI or NIE's digits: "-S", "letra ese", "letra de", " x".
_NIF_LETTER = re.compile(r"\s*-?\s*(?:letra\s+(?:[a-zñ]|be|ce|de|efe|ge|hache|jota|ka|ele|"
                         r"eme|ene|pe|cu|erre|ese|te|uve|equis|ye|zeta)\b|[a-z]\b)")
# A RUT's check digit after its number: "-5", "-k", ", guion cinco", "guion ka".
_CHECK_DIGIT_ES = re.compile(r"[\s,]*(?:-|gui[oó]n\b|raya\b)[\s,]*(?:\d|k\b|ka\b|cero|uno|dos|"
                             r"tres|cuatro|cinco|seis|siete|ocho|nueve)\b")
# A phone number's extension: "ext. 210", "x210", "extension two ten".
EXTENSION = re.compile(r"[\s,]*(?:ext\b\.?|extensi[oó]n|x(?=\s*\d))\s*", re.I)
# The area code said apart from the rest: "area code four one five, then five five five ..."
_AREA_CODE = re.compile(r"\barea code(?:'s| is)?[\s,:]*", re.I)
_AREA_CODE_THEN = re.compile(r"[\s,]*(?:(?:and )?then|and|dash)?[\s,]*", re.I)
# ZIP+4's last four, said or written after the five: "-4412", "dash four four one two".
PLUS_FOUR = re.compile(r"\s*(?:-|\u2013|dash|hyphen)?\s*", re.I)
# What marks the digits after it as a phone's, as numbers abroad are written and said:
# a country code ("+41 (0)85 063 90 79", "+44 20 7946", "+57 (1) 234 5678"), an area
# code in brackets of any length ("(27) 653-084", "(0161) 496 0000"), "plus" or "más"
# said before the digits.
_PHONE_PREFIX = re.compile(r"(?:(?<![\w+])\+\s?(?:\d{1,3}[\s.-]*(?:\(\d{1,4}\)[\s.-]*)?)?|"
                           r"(?<![\w)])\(\+?\d{1,5}\)[\s.-]*|"
                           r"\b(?:plus|más|mas)\s+)$", re.I)
_PHONE_PREFIX_CHARS = 12
# A label after a number that says it is a phone's: "32 70 61 office", "96 86 26-Fax",
# "555 0199 (mobile)".
_PHONE_LABEL_AFTER = re.compile(r"[\s-]*\(?(?:office|fax|mobile|cell|home|work|landline|"
                                r"oficina|fijo|m[oó]vil|celular|casa|trabajo)\b", re.I)
_PHONE_DIGITS = 7  # a prefix or a label makes a number this long (prefix included) a phone
_LABELLED_PHONE_DIGITS = 6
# "(558) 529-6354": the brackets keep the area code apart from the rest of the number.
_BRACKETED_PHONE = re.compile(r"\(\d{3}\)\s*\d{3}[\s.-]?\d{4}(?!\d)")  # "x424" may follow
_LAST_FOUR = {
    "en": re.compile(r"\blast four(?: digits)?(?: of (?:my|the|his|her) (?:social|ssn)"
                     r"(?: security(?: number)?)?)?(?: (?:is|are))?[\s:,]+", re.I),
    "es": re.compile(r"\búltimos cuatro(?: dígitos| digitos)?(?: del? (?:seguro social|ssn))?"
                     r"(?: (?:es|son))?[\s:,]+", re.I),
}
# The last digits of a card or an account said alone: "my visa ends in four four one
# two", "the account ending in 5521".
_CARD_END = {
    "en": re.compile(r"\b(?:card|visa|mastercard|amex|discover|debit|credit|account|acct)\b"
                     r"[^.?!]{0,24}?\b(?:ends?|ending)\s+(?:in|with)[\s:,]+", re.I),
    "es": re.compile(r"\b(?:tarjeta|visa|mastercard|cuenta)\b[^.?!]{0,24}?"
                     r"\b(?:termina|terminada|que termina)\s+en[\s:,]+", re.I),
}
NUMBER_WORDS = {
    *EN_UNITS,
    *EN_TEENS,
    *EN_TENS,
    *ES_UNITS,
    *ES_TEENS,
    *ES_TENS,
    *ES_HUNDREDS,
    "hundred",
    "thousand",
    "mil",
}
# The number words as one regex alternation, the longest first ("seventeen", not "seven").
NUMBER_PATTERN = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# "H G 4 4 0 9", "W as in william 7 7 3", "letra b 7 7 3": letters spelled before an id.
_LETTERS_BEFORE = {
    "en": re.compile(
        r"(?<![\w'])(?:(?:[A-Z]{2,4}|[A-Za-z](?:\s+as in\s+[A-Za-z]+)?)"
        r"(?:[\s,.-]+|\s+(?:dash|hyphen)\s+))"
        r"{1,4}$"
    ),
    "es": re.compile(
        r"(?<![\w'])(?:(?:[A-ZÑ]{2,4}|(?:letra\s+)?[A-Za-zÑñ]"
        r"(?:\s+de\s+[A-Za-zÁÉÍÓÚáéíóú]+)?)[\s,.-]+){1,4}$"
    ),
}
# A number followed by a unit is a measurement (dose, weight, time), not an identifier.
_UNITS_AFTER = re.compile(
    r"^\s*(?:mgs?|milligrams?|miligramos?|mcg|micrograms?|microgramos?|ml|milliliters?|"
    r"mililitros?|g\b|grams?|gramos?|kg|kilos?|kilograms?|kilogramos?|pounds?|lbs?|libras?|"
    r"units?|unidades|%|percent|"
    r"por ciento|times|veces|tablets?|pills?|pastillas?|comprimidos?|cápsulas?|capsules?|"
    r"puffs?|drops?|gotas|days?|días?|dias?|weeks?|semanas?|months?|meses|mes|years?|años?|"
    r"hours?|horas?|minutes?|minutos?|degrees?|grados?|o'clock|am\b|pm\b|beats|"
    r"milímetros|millimeters?|mmhg|over\b|sobre\b)(?![^\W\d_])",  # "kilo", not "kilómetro"
    re.IGNORECASE,
)


def result(entity: str, start: int, end: int, name: str, score: float = SCORE) -> RecognizerResult:
    """A finding of recognizer ``name`` (its class name, then the language)."""
    return RecognizerResult(
        entity_type=entity,
        start=start,
        end=end,
        score=max(score, WHOLE_SCORE) if name.startswith(WHOLE_RECOGNIZERS) else score,
        recognition_metadata={"recognizer_name": name},
    )



class SpeechRecognizer(EntityRecognizer):
    ENTITIES: list[str] = []

    def __init__(self, language: str) -> None:
        self.recognizer_name = f"{type(self).__name__}_{language}"
        super().__init__(
            supported_entities=self.ENTITIES,
            supported_language=language,
            name=self.recognizer_name,
        )

    def load(self) -> None:  # nothing to load: patterns only
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return [r for r in self.find(text) if r.entity_type in entities or not entities]

    def find(self, text: str) -> Iterator[RecognizerResult]:
        raise NotImplementedError


class SpokenNumberRecognizer(SpeechRecognizer):
    """Phone, SSN, record, member and other id numbers, spoken or written."""

    ENTITIES = [
        "PHONE_NUMBER",
        "US_SSN",
        "MEDICAL_RECORD_NUMBER",
        "MEMBER_ID",
        "ZIP_CODE",
        "CREDIT_CARD",
        "ES_NIF",
        "ID_NUMBER",
    ]

    def find(self, text: str) -> Iterator[RecognizerResult]:
        lowered = text.lower()
        language = self.supported_language
        for match in _BRACKETED_PHONE.finditer(text):
            end = run_after(text, match.end(), EXTENSION, language)
            yield result("PHONE_NUMBER", match.start(), end, self.recognizer_name)
        last_four = _LAST_FOUR[self.supported_language]
        for match in last_four.finditer(text):  # "last four 6867": "four" is no digit here
            runs = number_runs(text[match.end():match.end() + 60], self.supported_language)
            if runs and runs[0].start == 0:
                yield result("US_SSN", match.end(), match.end() + runs[0].end,
                             self.recognizer_name)
        for match in _CARD_END[language].finditer(text):
            end = run_after(text, match.end(), re.compile(""), language, digits=4)
            if end > match.end():
                yield result("CREDIT_CARD", match.end(), end, self.recognizer_name)
        if language == "en":  # "area code four one five then five five five ..."
            for match in _AREA_CODE.finditer(text):
                end = run_after(text, match.end(), re.compile(""), language, digits=3)
                if end > match.end():
                    end = run_after(text, end, _AREA_CODE_THEN, language, digits=7)
                    yield result("PHONE_NUMBER", match.end(), end, self.recognizer_name)
        for run in number_runs(text, self.supported_language, min_digits=3):
            if _UNITS_AFTER.match(text[run.end :]) or said_as_readings(text, run, language):
                continue
            entity = type_by_context(lowered, run.start, len(run.digits), self.supported_language)
            if entity == "PHONE_NUMBER" and len(run.digits) < _PHONE_DIGITS \
                    and _COUNT_AFTER.match(text, run.end):
                entity = ""  # "text me, 120000 calories": a count said after a phone word
            end = run.end
            if entity in ("ES_NIF", "ID_NUMBER") and self.supported_language == "es":
                letter = _NIF_LETTER.match(lowered[end:])
                if letter and len(run.digits) in (7, 8):
                    end += letter.end()
                    entity = "ES_NIF"
                check = _CHECK_DIGIT_ES.match(lowered, end)
                if check and len(run.digits) in (7, 8, 9):  # a RUT's "guion cinco", "-k"
                    end = check.end()
            start = run.start
            prefix = _PHONE_PREFIX.search(text[max(0, start - _PHONE_PREFIX_CHARS):start])
            prefix_digits = sum(c.isdecimal() for c in prefix.group()) if prefix else 0
            extended = run_after(text, end, EXTENSION, language)
            if prefix and prefix_digits + len(run.digits) >= _PHONE_DIGITS:
                entity, end = "PHONE_NUMBER", extended
                start -= len(prefix.group())
            elif len(run.digits) >= _LABELLED_PHONE_DIGITS \
                    and _PHONE_LABEL_AFTER.match(text, extended):
                entity, end = "PHONE_NUMBER", extended
            elif extended > end and len(run.digits) >= 7:  # an extension makes it a phone
                entity, end = "PHONE_NUMBER", extended
            elif entity == "ZIP_CODE" and len(run.digits) == 5:
                end = run_after(text, end, PLUS_FOUR, language, digits=4)
            if entity:
                if entity not in ("PHONE_NUMBER", "ZIP_CODE", "CREDIT_CARD"):
                    letters = _LETTERS_BEFORE[self.supported_language].search(text[:start])
                    start = letters.start() if letters else start
                if language == "es":  # "doce millones trescientos ...": the whole number
                    start = start_with_millions(text, start)
                yield result(entity, start, end, self.recognizer_name)


def speech_recognizers(language: str) -> list[EntityRecognizer]:
    from redaction.ages import AgeOver89Recognizer
    from redaction.alphanumeric_ids import AlphanumericIdRecognizer
    from redaction.contact import AddressRecognizer
    from redaction.dates import SpokenDateRecognizer
    from redaction.email_spoken import SpokenEmailRecognizer
    from redaction.foreign_script import ForeignScriptRecognizer
    from redaction.gazetteer import GazetteerRecognizer
    from redaction.name_frames import NameFrameRecognizer
    from redaction.names import NameRecognizer
    from redaction.place_frames import PlaceFrameRecognizer
    from redaction.plates_said import PlateRecognizer
    from redaction.postcodes import PostcodeRecognizer
    from redaction.spelled_examples import SpelledExampleRecognizer
    from redaction.spoken_ids import SpokenIdRecognizer
    from redaction.streets_intl import IntlStreetRecognizer
    from redaction.subjects_es import SubjectNameRecognizer
    from redaction.web_spoken import SpokenWebRecognizer

    return [
        cls(language)
        for cls in (
            SpokenNumberRecognizer,
            AlphanumericIdRecognizer,
            SpokenDateRecognizer,
            AgeOver89Recognizer,
            AddressRecognizer,
            SpokenEmailRecognizer,
            NameRecognizer,
            GazetteerRecognizer,
            SpokenIdRecognizer,
            SpelledExampleRecognizer,
            IntlStreetRecognizer,
            SpokenWebRecognizer,
            NameFrameRecognizer,
            SubjectNameRecognizer,  # Spanish only: "juan me trae las pastillas"
            PostcodeRecognizer,
            ForeignScriptRecognizer,
            PlaceFrameRecognizer,
            PlateRecognizer,  # "la matrícula es 7791 DXK"
        )
    ]
