"""Where people live and how to reach them: street addresses (with spoken house
numbers), ZIP and postal codes, and e-mail addresses read aloud."""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.numbers import number_runs
from redaction.recognizers import SpeechRecognizer, result

TOP_LEVEL_DOMAINS = (
    "com|org|net|edu|gov|mil|info|biz|io|co|us|uk|ca|es|mx|ar|cl|pe|ve|ec|gt|cu|bo|do|"
    "hn|py|sv|ni|cr|pa|uy|pr|de|fr|it|pt|br|me|health|care"
)


class AddressRecognizer(SpeechRecognizer):
    """Street addresses (with spoken house numbers) and ZIP / postal codes."""

    ENTITIES = ["STREET_ADDRESS", "ZIP_CODE"]
    _EN_STREET = re.compile(
        r"\b(?:[a-z]+\s+){1,3}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|"
        r"court|ct|way|place|pl|terrace|circle|parkway|pkwy|highway|hwy|trail|square)\b\.?"
        r"(?:,?\s+(?:apartment|apt|unit|suite|number)\s+[\w-]+(?:\s+[a-z]\b)?)?",
        re.I,
    )
    _ES_STREET = re.compile(
        r"\b(?:calle|c/|avenida|avda\.?|av\.?|plaza|paseo|camino|carrera|carretera|ronda|"
        r"travesía|travesia|glorieta|pasaje|callejón|colonia|urbanización)\s+"
        r"(?:(?:de|del|la|las|los|el)\s+)*[\wáéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+){0,3}"
        r"(?:,?\s*(?:n[úu]mero|nº|no\.?|#)?\s*(?:\d{1,4}|[a-záéíóú]+(?:\s+y\s+[a-záéíóú]+)?)"
        r"(?:\s*,?\s*(?:piso|puerta|planta|departamento|depto\.?|apartamento)\s+[\wº]+)*)?",
        re.I,
    )

    @staticmethod
    def _with_city(text: str, end: int) -> int:
        """ "77 Birch Lane, Dayton": a capitalised place right after the street goes too."""
        city = re.match(
            r",\s*(?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]+)(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]+){0,2}", text[end:]
        )
        return end + city.end() if city else end

    def find(self, text: str) -> Iterator[RecognizerResult]:
        language = self.supported_language
        if language == "en":
            for run in number_runs(text, language):
                street = (
                    self._EN_STREET.match(text, pos=run.end + 1) if run.end < len(text) else None
                )
                if street and text[run.end : street.start()].strip() == "":
                    end = self._with_city(text, street.end())
                    yield result("STREET_ADDRESS", run.start, end, self.recognizer_name)
        else:
            for match in self._ES_STREET.finditer(text):
                end = self._with_city(text, match.end())
                yield result("STREET_ADDRESS", match.start(), end, self.recognizer_name)
        zip_context = (
            r"(?:zip(?: code)?|postal code)"
            if language == "en"
            else r"(?:código postal|codigo postal|c\.?p\.?)"
        )
        for match in re.finditer(zip_context + r"(?:\s+is)?[\s:,]*", text, re.I):
            runs = number_runs(text[match.end() : match.end() + 80], language, min_digits=5)
            if runs and runs[0].start == 0:
                yield result(
                    "ZIP_CODE", match.end(), match.end() + runs[0].end, self.recognizer_name
                )
        if language == "en":  # "Springfield, Illinois 62704"
            for match in re.finditer(
                r",\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+(\d{5}(?:-\d{4})?)\b", text
            ):
                yield result("ZIP_CODE", match.start(1), match.end(1), self.recognizer_name)


class SpokenEmailRecognizer(SpeechRecognizer):
    """ "john dot smith at gmail dot com", "maria punto lopez arroba correo punto es"."""

    ENTITIES = ["EMAIL_ADDRESS"]

    def find(self, text: str) -> Iterator[RecognizerResult]:
        if self.supported_language == "en":
            dot, at, sep = (
                r"(?:dot|period|\.)",
                r"(?:at|@)",
                r"(?:dot|period|underscore|dash|hyphen|\.|_|-)",
            )
        else:
            dot, at, sep = (
                r"(?:punto|\.)",
                r"(?:arroba|@)",
                r"(?:punto|guion bajo|guion|guión|\.|_|-)",
            )
        local = rf"(?!{at}\b)[\w]+"
        pattern = re.compile(
            rf"\b{local}(?:\s*{sep}\s*{local}){{0,4}}\s+{at}\s+[\w]+(?:\s*{dot}\s*[\w]+){{0,2}}"
            rf"\s*{dot}\s*(?:{TOP_LEVEL_DOMAINS})\b",
            re.I,
        )
        for match in pattern.finditer(text):
            yield result("EMAIL_ADDRESS", match.start(), match.end(), self.recognizer_name)
