"""Calendar dates and dates of birth as they are written and said.

Split from ``recognizers.py``: a date is told by its month word, its shape
(3/14/1961) or the words before it ("born", "fecha de nacimiento"), never by a
number alone, so that durations and doses stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.lexicon import EN_MONTHS, EN_ORDINALS, ES_MONTHS
from redaction.numbers import number_runs
from redaction.recognizers import SpeechRecognizer, result

# What stands between the numbers of one date: "3 de marzo del 85", "4/9/63", "4 9 63".
# One separator or one word a step: "[\s,/.-]+" repeated would backtrack exponentially.
_DATE_GAP = re.compile(rf"(?:[\s,/.-]|\b(?:de|del|of|the|uno|primero|"
                       rf"{'|'.join(EN_MONTHS + ES_MONTHS)})\b)*", re.I)

def _month_pattern(language: str) -> str:
    months = EN_MONTHS if language == "en" else ES_MONTHS
    return "|".join(sorted(months, key=len, reverse=True))


class SpokenDateRecognizer(SpeechRecognizer):
    """Calendar dates and dates of birth: "march third nineteen sixty one", "3/14/1961",
    "el tres de marzo de mil novecientos sesenta y uno". Durations are not dates."""

    ENTITIES = ["DATE_TIME"]
    _WORD = r"[\wáéíóúñ'-]+"

    def __init__(self, language: str) -> None:
        super().__init__(language)
        months = _month_pattern(language)
        ordinals = "|".join(EN_ORDINALS)
        day = rf"(?:\d{{1,2}}(?:st|nd|rd|th|º)?|{ordinals}|{self._WORD}(?:[ -]{self._WORD})?)"
        year = rf"(?:\d{{4}}|\d{{2}}|(?:{self._WORD}\s+){{0,5}}{self._WORD})"
        if language == "en":
            self._dates = [
                re.compile(
                    rf"\b(?:{months})\b\.?\s+(?:the\s+)?{day}(?:,?\s+(?:of\s+)?{year})?", re.I
                ),
                re.compile(rf"\b(?:the\s+)?{day}\s+of\s+(?:{months})\b(?:,?\s+{year})?", re.I),
            ]
            self._birth = re.compile(
                r"\b(?:born(?: on| in)?|date of birth(?: is)?|birth ?date"
                r"(?: is)?|\bdob\b(?: is)?|birthday(?: is)?)[\s:,]+",
                re.I,
            )
        else:
            self._dates = [
                re.compile(
                    rf"\b(?:el\s+)?{day}\s+de\s+(?:{months})\b(?:\s+(?:de|del)\s+{year})?", re.I
                ),
                re.compile(rf"\b(?:{months})\b\s+(?:de|del)\s+\d{{4}}", re.I),
            ]
            self._birth = re.compile(
                # "nacio el", "fecha de nacimiento de mi hijo, eh, es", "¿fecha de nacimiento?"
                r"\b(?:nací(?: el| en)?|naci(?: el| en)?|naci[oó](?: el| en)?|"
                r"(?:fecha de nacimiento|cumpleaños)(?:\s+de\s+(?:mi|su|tu)\s+[a-zá-úñ]+)?"
                r"(?:[\s,]+(?:eh|este|o sea|pues|mmm))*(?:[\s,]+es)?)[\s:,?¿]+",
                re.I,
            )
        # 3/14/1961, 1975-03-27, and month/day alone: "discharged on 11/16".
        self._numeric = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|"
                                   r"(?<![\d/.])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])"
                                   r"(?![\d/])")

    def find(self, text: str) -> Iterator[RecognizerResult]:
        for match in self._numeric.finditer(text):
            yield result("DATE_TIME", match.start(), match.end(), self.recognizer_name)
        for run in number_runs(text, self.supported_language, min_digits=5):
            # "on seven one twenty twenty seven": month, day, then a year of 19xx or 20xx
            if re.search(r"(?:19|20)\d\d$", run.digits) and len(run.digits) <= 8 \
                    and re.search(r"\b(?:on|of birth|born|dob|date|el|nacimiento|nací|naci|"
                                  r"nació|fecha)[\s:,]+(?:is\s+|es\s+)?$",
                                  text[max(0, run.start - 24):run.start], re.I):
                yield result("DATE_TIME", run.start, run.end, self.recognizer_name)
        for pattern in self._dates:
            for match in pattern.finditer(text):
                start, end = match.span()
                end = start + len(self._trim_year_words(text[start:end]))
                if end > start:
                    yield result("DATE_TIME", start, end, self.recognizer_name)
        for match in self._birth.finditer(text):  # whatever follows "born" is the date
            runs = number_runs(text[match.end() : match.end() + 60], self.supported_language)
            tail = re.match(
                rf"(?:(?:{_month_pattern(self.supported_language)})\b[\s,]*)?",
                text[match.end() :],
                re.I,
            )
            start = match.end()
            end = start + (tail.end() if tail else 0)
            if runs and runs[0].start <= end - start + 4:
                said = text[start:start + 60]
                joined = [runs[0]]  # the date's numbers; ", tiene 42 años" is not one
                for run in runs[1:]:
                    if not _DATE_GAP.fullmatch(said[joined[-1].end:run.start]):
                        break
                    joined.append(run)
                end = max(end, start + (joined[-1].end if len(joined) < 4 else joined[0].end))
            if end > start:
                yield result("DATE_TIME", start, end, self.recognizer_name)

    def _trim_year_words(self, span: str) -> str:
        """Keep the month, then words only while they are a day or a spoken year: "may
        nineteenth she had ..." ends after "nineteenth"."""
        language = self.supported_language
        month = re.match(rf".*?\b(?:{_month_pattern(language)})\b\.?", span, re.I | re.S)
        keep = month.end() if month else 0
        starts = {run.start: run.end for run in number_runs(span, language)}
        ordinal = re.compile(rf"(?:\d{{1,2}}(?:st|nd|rd|th|º)?|{'|'.join(EN_ORDINALS)})\b",
                             re.I)
        while True:
            gap = re.match(r"[\s,]+(?:(?:of|the|de|del)\s+)*", span[keep:], re.I)
            if not gap:
                break
            at = keep + gap.end()
            if at in starts:
                keep = starts[at]
            elif found := ordinal.match(span, at):
                keep = found.end()
            else:
                break
        return span[:keep].rstrip(" ,")
