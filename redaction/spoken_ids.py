"""Ids read aloud as letters and digits: "four m p two v q one x k nine five", "p as in
peter a c ninety five fifty seven thirty", "eme erre siete tres siete seis". Digits
alone are ``SpokenNumberRecognizer``'s; here a run needs letters and digits both."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import groupby

from presidio_analyzer import RecognizerResult

from redaction.acronyms import spells_acronyms
from redaction.number_context import MEASURED_BEFORE, MEASURED_CHARS, type_by_context
from redaction.recognizers import _UNITS_AFTER, NUMBER_WORDS, SpeechRecognizer, result

# "w" is "doble u" in much of Latin America and "doble ve" or "uve doble" elsewhere; "v"
# is "ve corta" or "ve chica" ("ve" alone is a verb: "y ve a un especialista") and "b"
# "be larga"; "i" may be "i latina"
_ES_LETTERS = ("doble u|doble ve|doble uve|uve doble|be larga|be grande|be alta|ve corta|"
               "ve chica|ve baja|i latina|i griega|"
               "be|ce|che|de|efe|ge|hache|jota|ka|ele|elle|eme|ene|eñe|pe|cu|erre|ere|ese|te|"
               "uve|equis|ye|zeta|ceta")
_NUMBER = "|".join(sorted(NUMBER_WORDS | {"oh", "double", "triple", "hundred"}, key=len,
                          reverse=True))
_TOKEN = {
    "en": re.compile(rf"(?P<letter>\b[a-z]\b(?:\s+as\s+in\s+[a-z'-]+)?)"
                     rf"|(?P<digit>\b(?:\d+|{_NUMBER})\b)|(?P<join>[\s,.-]+|\b(?:dash|hyphen)\b)",
                     re.I),
    # "be de burro", "de de dedo": the word after "de" is the letter's example, unless it
    # is the next letter itself ("z de de dedo": "z", then "de de dedo")
    "es": re.compile(rf"(?P<letter>\b(?:{_ES_LETTERS}|[a-zñ])\b"
                     rf"(?:\s+de\s+(?!(?:{_ES_LETTERS}|[a-zñ])\b)[a-záéíóúñ]+)?)"
                     rf"|(?P<digit>\b(?:\d+|{_NUMBER})\b)|(?P<join>[\s,.-]+|\bletra\b|\bgui[oó]n\b)",
                     re.I),
}
_WORDS_THAT_ARE_LETTERS = {"a", "i", "e", "o", "u", "y", "de", "te", "ve", "ese", "be", "ce"}
_SAID_DASH = re.compile(r"\bgui[oó]n\b", re.I)  # "e guion cinco ...": "e" is a letter here
_NIE = re.compile(rf"\b[xyz][\s-]?\d{{7}}[\s-]?(?:{_ES_LETTERS}|[a-z])\b", re.I)
MIN_DIGITS = 3
MIN_TOKENS = 6
# A booking's code is letters mostly ("q x seven r t b", an airline's record locator): right
# after the word for one, five letters and digits are enough.
_CODE_CUE = re.compile(r"\b(?:confirmation|booking|reservation|locator|reserva|"
                       r"reservaci[oó]n|localizador|confirmaci[oó]n|c[oó]digo)\b"
                       r"(?:\s+[^\W\d_]+){0,4}?[\s,:]+(?:is|was|es|era|number|n[uú]mero)?"
                       r"[\s,:]*$", re.I)
_CODE_TOKENS = 5
_CUED_TOKENS = 4
_CONTEXT_DIGITS = 6  # ask for an id's word, never for the default of a long number
_ACRONYM_LETTERS = 2  # letters said in a row that may spell a test ("l d l", "h d l")
_ID_TYPES = frozenset({"ID_NUMBER", "MEMBER_ID", "MEDICAL_RECORD_NUMBER", "US_SSN", "ES_NIF"})


class SpokenIdRecognizer(SpeechRecognizer):
    """Letter-and-digit runs, typed by the words before them (member id, passport...)."""

    ENTITIES = ["ID_NUMBER", "MEMBER_ID", "MEDICAL_RECORD_NUMBER", "US_SSN", "ES_NIF"]

    def find(self, text: str) -> Iterator[RecognizerResult]:
        if self.supported_language == "es":  # "y5744545 x": a NIE as Whisper writes it
            for nie in _NIE.finditer(text):
                yield result("ES_NIF", nie.start(), nie.end(), self.recognizer_name)
        pattern = _TOKEN[self.supported_language]
        pos = 0
        run: list[tuple[str, int, int]] = []  # (kind, start, end) of letters and digits
        while pos <= len(text):
            match = pattern.match(text, pos) if pos < len(text) else None
            if match and match.lastgroup == "join":
                pos = match.end()
                continue
            if match:
                run.append((str(match.lastgroup), match.start(), match.end()))
                pos = match.end()
                continue
            yield from self._judge(text, run)
            run = []
            skip = re.compile(r"\S+\s*").match(text, pos)
            pos = skip.end() if skip else len(text) + 1

    def _judge(self, text: str, run: list[tuple[str, int, int]]) -> Iterator[RecognizerResult]:
        """Each part of ``run`` between the clinical acronyms said in it ("two forty two
        l d l one sixty one h d l thirty eight": readings of tests, no id), unless an id's
        word comes before it."""
        if run and type_by_context(text.lower(), run[0][1], _CONTEXT_DIGITS,
                                   self.supported_language) in _ID_TYPES:
            yield from self._judge_part(text, run)  # "member id c b c ...": an id's letters
            return
        part: list[tuple[str, int, int]] = []
        for kind, tokens in groupby(run, key=lambda token: token[0]):
            group = list(tokens)
            if kind == "letter" and len(group) >= _ACRONYM_LETTERS \
                    and spells_acronyms(text[group[0][1]:group[-1][2]]):
                yield from self._judge_part(text, part)
                part = []
            else:
                part.extend(group)
        yield from self._judge_part(text, part)

    def _judge_part(self, text: str,
                    run: list[tuple[str, int, int]]) -> Iterator[RecognizerResult]:
        if run and all(text[s:e].lower() == "y" for kind, s, e in run if kind == "letter") \
                and MEASURED_BEFORE.search(text, max(0, run[0][1] - MEASURED_CHARS), run[0][1]):
            return  # "la presión me dio ciento treinta y cinco ochenta y cinco": readings
        while run and run[0][0] == "letter" and text[run[0][1]:run[0][2]].lower() in \
                _WORDS_THAT_ARE_LETTERS and (len(run) < 2 or run[1][0] != "letter") \
                and not (len(run) > 1 and _SAID_DASH.search(text[run[0][2]:run[1][1]])):
            run = run[1:]  # "is a 4 ..." : "a" is a word here
        while len(run) > 1 and run[-1][0] == "letter" and run[-2][0] == "digit" \
                and text[run[-1][1]:run[-1][2]].lower() in _WORDS_THAT_ARE_LETTERS:
            run = run[:-1]  # "... fifty seven thirty, i'm visiting": "i" is a word
        letters = sum(kind == "letter" for kind, _, _ in run)
        # "q e k s 221125 m m s hache w r 04": a token written in digits counts each digit
        digits = sum(max(1, sum(c.isdigit() for c in text[s:e])) for kind, s, e in run
                     if kind == "digit")
        # "be 2497803", "e guion 5464314": a token of digits weighs what it holds, unless
        # a word stands between numbers ("de 1500 a 2000 mg") or a unit follows.
        between = any(kind == "letter" and 0 < i < len(run) - 1 and run[i - 1][0] == "digit"
                      and run[i + 1][0] == "digit"
                      and text[s:e].lower() in _WORDS_THAT_ARE_LETTERS
                      for i, (kind, s, e) in enumerate(run))
        weighed = letters + digits >= MIN_TOKENS and not between \
            and not _UNITS_AFTER.match(text[run[-1][2]:]) if run else False
        # (a consonant or a digit among them: "el código es a e i o u" spells vowels)
        coded = bool(run) and letters >= 2 and len(run) >= _CODE_TOKENS \
            and any(kind == "digit" or text[s:e].lower() not in _WORDS_THAT_ARE_LETTERS
                    for kind, s, e in run) \
            and bool(_CODE_CUE.search(text, max(0, run[0][1] - 60), run[0][1]))
        # right after an id's word, a letter and two digits are enough: "mi póliza es be de
        # burro ocho dos siete", "member id b as in boy eight two seven" (review RV31)
        cued = bool(run) and letters >= 1 and digits >= 2 and len(run) >= _CUED_TOKENS \
            and not between and type_by_context(text.lower(), run[0][1], _CONTEXT_DIGITS,
                                                self.supported_language) in _ID_TYPES
        if coded or cued or (letters and digits >= MIN_DIGITS
                             and (len(run) >= MIN_TOKENS or weighed)):
            start, end = run[0][1], run[-1][2]
            entity = type_by_context(text.lower(), start, 9, self.supported_language)
            if entity in ("", "PHONE_NUMBER", "ZIP_CODE", "CREDIT_CARD"):
                entity = "ID_NUMBER"
            yield result(entity, start, end, self.recognizer_name)
