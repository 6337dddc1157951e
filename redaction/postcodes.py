"""Postcodes of countries whose codes are not five digits, as an address writes them
and as a postcode is read aloud.

``contact.py`` finds five-digit codes anywhere and any number after "zip code". An
address abroad writes its postcode in other shapes, with no word before it:

- the UK's ("SW1A 2AA", "M1 1AE") and Ireland's Eircode ("D02 X285"): letters and
  digits in capitals, a shape no word or dose has;
- the Netherlands' four digits and two capitals before the town ("1012 LG Amsterdam");
- four digits, or three and two ("111 51", "105 63": Sweden, Greece, Czechia), after an
  address line's comma and before its town ("Drottninggatan 5, 111 51 Stockholm",
  "Bahnhofstrasse 1, 8001 Zürich"): the town must be in the place lists;
- hyphened codes beside a capitalised town ("1250-096 Lisboa", "H-1743 Budapest"), and
  a code after the town at an address line's end ("ul. Lipowa 3, Sopot 81-705");
- a postcode read aloud after "postcode" letter by letter and digit by digit ("sw one
  a two a a"), or four to six digits after "postcode" or "pin code" ("two zero zero
  zero", India's "five six zero zero three four").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.lexicon import EN_UNITS
from redaction.medical import is_medical
from redaction.numbers import number_runs
from redaction.recognizers import _UNITS_AFTER, SpeechRecognizer, result
from redaction.towns import all_places
from redaction.wordlists import common, fold

_UK = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}\b")
_EIRCODE = re.compile(r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}\b")
# Capitals after four digits that are a unit or a clinical abbreviation: "1000 IU", and
# intravenous fluids ("1000 NS bolus", "1000 LR", "D5W"), and time zones ("1400 ET").
_NOT_DUTCH = frozenset("SA SD SS IU MG ML KG CC MM CM HR BP PM AM OD BD TD QD PO IV IM SC "
                       "GM MC UL DL NG PG NS LR HS ET PT CT MT GT UT".split())
_DUTCH = re.compile(r"\b([1-9]\d{3}\s?([A-Z]{2}))\s+[A-Z][\w'-]+")
# After an address line's comma: the code, then the town.
_BEFORE_TOWN = re.compile(r",\s*(\d{4}|\d{3}\s\d{2})\s+([^\W\d_][\w'-]+(?:\s+[^\W\d_][\w'-]+)?)")
# After the town, at an address line's end: "ul. Mostowa 5, Gdynia 85-782", "Vejby,
# 1669", "Olivierhof 8, Zwaanshoek 7451 BY" (Poland's two and three digits, four digits,
# three and two). Only after a line that holds a house number and a comma before the
# town: a year or a count after a capitalised word elsewhere stays.
_AFTER_TOWN = re.compile(r"(?<![\w'-])[A-Z][\w'-]+(?:\s+[A-Za-z][\w'-]+){0,2},?[ \t]+"
                         r"(\d{2}-\d{3}|\d{4}(?:\s?[A-Z]{2}\b)?|\d{3}\s\d{2})"
                         r"(?=[ \t]*(?:[,.;\n]|$))")
_ADDRESS_BEFORE = re.compile(r"\d[^\n\d]{0,40},")
# The same in a transcript, with no capital or comma: Poland's "NN-NNN" after a word,
# with an address's number before it ("ul saturna 91 bialystok 15-680"); a range of
# numbers has a number before it, a dose its unit after it.
# Postcodes of hyphened shapes no count or dose has, written beside a capitalised town:
# Portugal's "1250-096 Lisboa", Brazil's "90743-915", Japan's "150-0002", and a country
# letter before the code ("H-1743 Budapest", "CH-8001 Zürich", "LV-1010 Rīga").
_HYPHENED = re.compile(r"(?<![\w-])(?:\d{4}-\d{3}|\d{5}-\d{3}|\d{3}-\d{4}|[A-Z]{1,2}-\d{4,5})"
                       r"(?![\w-])")
_CAPITAL_AFTER = re.compile(r",?[ \t]+[A-Z][^\W\d_]{2,}")
_CAPITAL_BEFORE = re.compile(r"[A-Z][^\W\d_]{2,},?[ \t]+$")
# A line of an address block (three lines or more, a number above) that is a town or a
# country and a code: "Norway 9180", "Hronov 696 52".
_BLOCK_LINE = re.compile(r"(?m)^[ \t>]*[A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+){0,2},?[ \t]+"
                         r"(\d{4,6}|\d{3}[ \t]\d{2})[ \t]*$")
_TOWN_RANK = 5000
_BLOCK_RANK = 3000  # the word before it is a town's: no frequent word ("range 10-100")
_POLISH_SAID = re.compile(r"(?<=[^\W\d_]\s)([1-9]\d-\d{3})(?![\w-])")
_YEAR = re.compile(r"(?:19|20)\d\d")
_POSTCODE_WORD = re.compile(r"\b(?:post\s?code|postal\s+code|pin\s?code)(?:\s+(?:there|here))?"
                            r"(?:'s|\s+is|\s+it's|\s+was)?[\s,:]+", re.I)
# Four to six digits said after the cue: Australia's and Denmark's four, India's
# six-digit PIN code ("the pin code is five six zero zero three four").
_SAID_DIGITS = (4, 6)
_SAID_TOKEN = re.compile(r"(?:\d|[a-z]\b|" + "|".join(sorted(EN_UNITS, key=len, reverse=True))
                         + r")(?:[\s,]+|$)", re.I)
_AREA_LETTERS = re.compile(r"[a-z]{2}(?:[\s,]+)(?=\d|one|two|three|four|five|six|seven|eight|nine)",
                           re.I)
_SAID_TOKENS = (5, 8)  # "m one one a e" to "s w one a two a a" (and a filler)


class PostcodeRecognizer(SpeechRecognizer):
    """ZIP_CODE for the postcodes above (English speech only: the Spanish sets write
    their addresses with ``streets_es``)."""

    ENTITIES = ["ZIP_CODE"]

    def find(self, text: str) -> Iterator[RecognizerResult]:
        if self.supported_language != "en":
            return
        for pattern in (_UK, _EIRCODE):
            for match in pattern.finditer(text):
                yield result("ZIP_CODE", match.start(), match.end(), self.recognizer_name)
        for match in _DUTCH.finditer(text):
            if match.group(2) not in _NOT_DUTCH:
                yield result("ZIP_CODE", match.start(1), match.end(1), self.recognizer_name)
        for match in _BEFORE_TOWN.finditer(text):
            town = fold(match.group(2))
            if town in all_places() or fold(match.group(2).split()[0]) in all_places():
                yield result("ZIP_CODE", match.start(1), match.end(1), self.recognizer_name)
        for match in _AFTER_TOWN.finditer(text):
            line = max(text.rfind("\n", 0, match.start()) + 1, match.start() - 60)
            year = _YEAR.fullmatch(match.group(1)) and "," not in text[match.start():match.start(1)]
            head = re.match(r"[\w'-]+", text[match.start():])
            drug = head is not None and is_medical(text, match.start(), head.end() + match.start(),
                                                   fold(head.group()), "en")  # "Tylenol 1000."
            if _ADDRESS_BEFORE.search(text, line, match.start(1)) and not year and not drug:
                yield result("ZIP_CODE", match.start(1), match.end(1), self.recognizer_name)
        if text.count("\n") >= 2:
            for match in _BLOCK_LINE.finditer(text):
                words = re.findall(r"[^\W\d_]+", text[match.start():match.start(1)])
                if re.search(r"\d", text[:match.start()]) and not any(
                        common("en").get(fold(w), _BLOCK_RANK) < _BLOCK_RANK
                        or is_medical(text, match.start(), match.start(1), fold(w), "en")
                        for w in words):  # "Steps 5000", "Metformin 1000": no town
                    yield result("ZIP_CODE", match.start(1), match.end(1), self.recognizer_name)
        for match in _HYPHENED.finditer(text):
            beside = _CAPITAL_AFTER.match(text, match.end()) \
                or _CAPITAL_BEFORE.search(text, max(0, match.start() - 40), match.start())
            if beside and not _UNITS_AFTER.match(text[match.end():]):
                yield result("ZIP_CODE", match.start(), match.end(), self.recognizer_name)
        for match in _POLISH_SAID.finditer(text):
            before = re.findall(r"[^\W\d_]+", text[max(0, match.start() - 60):match.start()])
            rare = bool(before) and common("en").get(fold(before[-1]), _TOWN_RANK) >= _TOWN_RANK
            if rare and re.search(r"\d", text[max(0, match.start() - 60):match.start()]) \
                    and not _UNITS_AFTER.match(text[match.end():]):
                yield result("ZIP_CODE", match.start(1), match.end(1), self.recognizer_name)
        for match in _POSTCODE_WORD.finditer(text):
            yield from self._said(text, match.end())
            run = next(iter(number_runs(text[match.end():], "en")), None)
            if run is not None and run.start == 0 \
                    and _SAID_DIGITS[0] <= len(run.digits) <= _SAID_DIGITS[1]:
                yield result("ZIP_CODE", match.end(), match.end() + run.end,
                             self.recognizer_name)

    def _said(self, text: str, pos: int) -> Iterator[RecognizerResult]:
        """Letters and digits read one by one after "postcode", a letter and a digit
        among them."""
        tokens, end = [], pos
        area = _AREA_LETTERS.match(text, pos)  # "sw", "ec": the area said as a word
        if area:
            tokens, end = [area.group().strip(" ,").lower()], area.end()
        while len(tokens) < _SAID_TOKENS[1] and (token := _SAID_TOKEN.match(text, end)):
            tokens.append(token.group().strip(" ,").lower())
            end = token.end()
        letters = sum(len(t) <= 2 and t.isalpha() and t not in EN_UNITS for t in tokens)
        if _SAID_TOKENS[0] <= len(tokens) and letters and letters < len(tokens):
            yield result("ZIP_CODE", pos, pos + len(text[pos:end].rstrip(" ,")),
                         self.recognizer_name)
