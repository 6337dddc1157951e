"""Dates said as a stretch of date words ("march third nineteen sixty one", "the
ninth of may, um, fifty one", "no wait, the sixteenth"): split from ``dates.py``,
whose recognizer also reads written shapes, days said alone and holidays."""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaction.date_numbers import is_day as _day
from redaction.date_numbers import is_year as _year
from redaction.date_numbers import numeric_date as _numeric_date
from redaction.date_numbers import readings_said
from redaction.date_numbers import three_said as _three_said
from redaction.date_numbers import with_month as _with_month
from redaction.lexicon import EN_MONTHS, EN_ORDINALS, ES_MONTHS
from redaction.numbers import number_runs
from redaction.recognizers import _UNITS_AFTER

# Dates said as a stretch of date words: numbers, ordinals, month and weekday names,
# joined by "of", "the", "del", fillers ("um", "eh") and corrections ("no wait, the
# sixteenth", "no, perdón, 16"). A stretch is a date when its numbers make one: a day
# and a year around a month name, or a month, day and year alone.
WEEKDAYS = {"en": r"monday|tuesday|wednesday|thursday|friday|saturday|sunday",
             "es": r"lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo"}
_FILLERS = {"en": r"um+|uh+|er|erm|hmm+|like|you know|let me (?:think|see)|i think|maybe|"
                  r"probably|perhaps",
            "es": r"eh+|este|mm+|o sea|pues|a ver|bueno|creo|tal vez|quiz[aá]s"}
_FIXES = {"en": r"no|wait|sorry|i mean|actually|rather|or", "es": r"no|perd[oó]n|digo|espere|"
          r"espera|mejor dicho|o sea|o"}
_JOINERS = {"en": r"of|the|and|slash", "es": r"de|del|y|el|año|ano|d[ií]a|barra|diagonal"}
_AFTER_YEAR = {"en": r"on|in", "es": r"un|el|en"}  # "'62, on the 15th of march"
# Words before a date said with numbers only ("the surgery was nine six twenty twenty two").
_CUES = {"en": r"born|birth|birthday|birthdate|d\.?o\.?b|date|dated|on|was|from|to|since|until|"
               r"till|admitted|discharged|seen|visit|is",
         "es": r"nac[ií]|naci[oó]|nacid[oa]|nacimiento|cumplea[ñn]os|fecha|el|del|al|fue|"
               r"desde|hasta|es"}
# Before a date of four digits or fewer said with no month ("3 15", "one one five"): only
# these; after "was" or "es" such numbers are a time or a score far more often.
_BIRTH_CUE = re.compile(r"\b(?:born|birth|birthday|birthdate|d\.?o\.?b|date|dated|"
                        r"nac[ií]|naci[oó]|nacid[oa]|nacimiento|cumplea[ñn]os|fecha)\b"
                        r"[^.?!]{0,24}$", re.I)
# Words before numbers that are some other identifier, told by its own recognizer.
_NOT_DATE = re.compile(r"\b(?:zip|postal|c\.?p|phone|tel[eé]fono|celular|number|n[uú]mero|"
                       r"ssn|social|member|id|record|expediente|afiliaci[oó]n|c[eé]dula|dni|"
                       r"ext|extension|extensi[oó]n|apartment|apt|unit|suite|box)\b", re.I)
_SUFFIXED = re.compile(r"['\u2019]\d{2}\b|\d{1,2}(?:st|nd|rd|th|º|°|ro|ero|er)(?!\w)", re.I)
# "seen on 4 3 62": month, day and a two-digit year as a transcript writes them with
# digits, after a cue; what "four three sixty two" is in words (``three_said``).
_DIGIT_TRIPLE = re.compile(r"\d{1,2} \d{1,2} \d{2}")
_EN_ORDINAL_VALUES = {w: n for n, w in enumerate(EN_ORDINALS[:19], start=1)} | {
    "twentieth": 20, "thirtieth": 30}


class _Stretch:
    """The date-word stretches of one text in one language."""

    def __init__(self, text: str, language: str) -> None:
        self.text, self.language = text, language
        self.runs = {run.start: run for run in number_runs(text, language)}
        months = EN_MONTHS if language == "en" else ES_MONTHS
        # "Mar. 15", "12-Apr-2023", "Apr 12": an abbreviation with its dot or a number
        short = r"|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?:\.|(?=[\s-]*\d))" \
            if language == "en" else r"|(?:ene|feb|mar|abr|jun|jul|ago|sept?|oct|nov|dic)\."
        # "27-ene", "18/abr": an abbreviation glued to the day before it, in either language
        short += r"|(?<=\d[-/])(?:ene|jan|feb|mar|abr|apr|may|jun|jul|ago|aug|sept?|oct|nov|" \
                 r"dic|dec)(?![^\W\d_])"
        self.month = re.compile(rf"(?:(?:{'|'.join(months)})(?!\w){short})\.?", re.I)
        self.weekday = re.compile(rf"(?:{WEEKDAYS[language]})(?!\w),?", re.I)
        ordinals = "primero|primer" if language == "es" else "|".join(_EN_ORDINAL_VALUES)
        self.ordinal = re.compile(rf"(?:{ordinals})(?!\w)", re.I)
        words = f"{_FILLERS[language]}|{_FIXES[language]}|{_JOINERS[language]}|" \
                f"{_AFTER_YEAR[language]}"
        self.gap = re.compile(rf"(?:[\s,/.º°ª-]|\b(?:{words})\b)*", re.I)  # "1º de marzo"
        self.fix = re.compile(rf"\b(?:{_FIXES[language]})\b", re.I)
        self.after_year = re.compile(rf"\b(?:{_AFTER_YEAR[language]})\b", re.I)
        self.cue = re.compile(rf"\b(?:{_CUES[language]})\b(?:[\s,:?.]|\b(?:{_FILLERS[language]}|"
                              rf"the|it's|it is|es|was)\b)*$", re.I)

    def item(self, at: int) -> tuple[str, int, str] | None:
        """(kind, end, digits) of the date word at ``at``: a number, a month, a weekday."""
        text = self.text
        run = self.runs.get(at)
        if run is not None:
            # a dose or reading follows, or a group of digits no date has ("120/85")
            if _UNITS_AFTER.match(text[run.end:]) or \
                    re.search(r"(?<!\d)(?:\d{3}|\d{5}|\d{7})(?!\d)", text[run.start:run.end]):
                return None
            said = re.split(r"[\s,]+", text[run.start:run.end].lower())
            digits = run.digits
            if len(said) == 2 and said[0] == said[1]:  # a restart: "quince, quince"
                digits = digits[:len(digits) // 2]
            elif re.fullmatch(r"(?:19|20)00\d\d", digits):  # "dos mil, eh, diecinueve"
                digits = digits[:2] + digits[4:]
            elif re.fullmatch(r"(?:19|20)[1-9]0[1-9]", digits):  # "twenty twenty um, two"
                digits = digits[:3] + digits[4:]
            elif said[0] in ("thousand", "mil") and digits.startswith("1"):
                digits = "+" + digits[1:]  # "two, um, thousand twenty": joined below
            return "number", run.end, digits
        for kind, pattern in (("month", self.month), ("weekday", self.weekday)):
            if found := pattern.match(text, at):
                return kind, found.end(), ""
        if self.language == "es" and (found := re.match(r"(?:uno|un)(?!\w)", text[at:], re.I)) \
                and re.search(r"\b(?:de|del|el)\s+$", text[max(0, at - 5):at], re.I):
            return "number", at + found.end(), "1"  # "del uno", not "es un 7" (a score)
        if found := self.ordinal.match(text, at):
            return "number", found.end(), str(_EN_ORDINAL_VALUES.get(found.group().lower(), 1))
        if found := _SUFFIXED.match(text, at):
            return "number", found.end(), re.sub(r"\D", "", found.group())
        return None

    def items(self, start: int) -> list[tuple[str, int, int, str, str]]:
        """(kind, start, end, digits, gap before) of each date word from ``start`` on."""
        found: list[tuple[str, int, int, str, str]] = []
        at = start
        while len(found) < 10:
            gap = self.gap.match(self.text, at)  # never None: the pattern may match nothing
            begin = gap.end() if gap and found else at
            gap_text = self.text[at:begin]
            # a sentence ends, or "on" / "en el" follows what is neither a year nor a day
            # of a month already said ("the 3rd of march in '62")
            if found and (re.search(r"[.?!;](?:\s|$)", gap_text) or (
                    self.after_year.search(gap_text) and not _year(found[-1][3])
                    and not any(kind == "month" for kind, *_ in found))):
                break
            item = self.item(begin)
            if item is None:
                break
            kind, end, digits = item
            found.append((kind, begin, end, digits, gap_text))
            at = end
        return found

    def numbers(self, items: list[tuple[str, int, int, str, str]]) -> list[str]:
        """The numbers said, a corrected one dropped, "twenty fourth" and "nineteen
        hundred and seventy eight" made one."""
        numbers: list[str] = []
        for kind, _, _, digits, gap in items:
            if kind != "number":
                continue
            words = set(re.findall(r"[^\W\d_]+", gap.lower()))
            if digits.startswith("+"):  # "two, um, thousand": a pause inside one year
                if numbers and len(numbers[-1]) == 1 and not re.search(
                        rf"\b(?:{_JOINERS[self.language]})\b", gap, re.I):
                    numbers[-1] += digits[1:]
                    continue
                digits = "1" + digits[1:]
            if numbers and self.fix.search(gap):
                numbers.pop()
            elif numbers and words <= {"and", "y", "um", "uh", "eh", "este", "mmm"} and (
                    (numbers[-1].endswith("00") and len(digits) <= 2) or
                    (numbers[-1].endswith("0") and len(digits) == 1)):
                numbers[-1] = numbers[-1][:-len(digits)] + digits
                continue
            numbers.append(digits)
        return numbers

    def is_date(self, items: list[tuple[str, int, int, str, str]]) -> bool:
        numbers = self.numbers(items)
        months = {self.text[s:e].lower().rstrip(".") for kind, s, e, _, _ in items
                  if kind == "month"}
        if not numbers or len(months) > 1:
            return False
        if months:
            joined = any(re.search(r"\b(?:of|de|del)\b", gap, re.I)
                         for kind, _, _, _, gap in items if kind == "number")
            return _with_month(numbers, joined)
        start = items[0][1]
        before = self.text[max(0, start - 40):start]
        if len(numbers) == 1 and _day(numbers[0]) and items[-1][1] not in self.runs and \
                re.search(r"\b(?:born|birthday|cumplea[ñn]os|nac[ií]|naci[oó])\b[^.?!]{0,12}$",
                          before, re.I):
            return True  # "my birthday is on the twenty-third": the day of birth alone
        if len(numbers) == 2 and len(items) == 2 and re.search(r"\bdel\b", items[1][4], re.I) \
                and _day(numbers[0]) and 1 <= int(numbers[1]) <= 12:
            return True  # "el quince del dos": a day and a month, said with numbers
        if len(numbers) == 3 and len(items) == 3 and all(
                re.search(r"\bdel\b", item[4], re.I) for item in items[1:]) \
                and _day(numbers[0]) and 1 <= int(numbers[1]) <= 12 \
                and len(numbers[2]) in (2, 4):
            return True  # "el tres del nueve del cincuenta y uno": and its year
        said = self.text[start:items[-1][2]]
        if _NOT_DATE.search(before[-30:]) or not _numeric_date(numbers) or (
                readings_said(said) and not _BIRTH_CUE.search(before)) or (
                len(items) == 1 and re.fullmatch(r"\d{1,5}|\d{7}", self.text[start:items[0][2]])):
            return False  # "code 1234" is no date; "091999" and "12241978" may be
        if len("".join(numbers)) <= 4 and not _BIRTH_CUE.search(before) \
                and not _three_said(said, self.language) \
                and not (_DIGIT_TRIPLE.fullmatch(said) and self.cue.search(before)):
            return False  # "it was 11 30", "the dose was twelve forty five": a time
        return bool(self.cue.search(before)) or re.fullmatch(r"\W*(?:\w+\W+){0,1}", before) \
            is not None or len("".join(numbers)) >= 6 or len(numbers) >= 3 \
            or re.fullmatch(r"\d{1,2}[\s,]+\d{1,2}[\s,]+(?:\d{2}|\d{4})", said) is not None \
            or _three_said(said, self.language)

    def dates(self) -> Iterator[tuple[int, int]]:
        starts = sorted({*self.runs, *(m.start() for p in (self.month, self.weekday,
                                                            self.ordinal, _SUFFIXED)
                                       for m in p.finditer(self.text)
                                       if re.match(r"\b", self.text[m.start():]) or
                                       m.group()[0] in "'\u2019")})
        done = 0
        for start in starts:
            if start < done:
                continue
            items = self.items(start)
            for k in range(len(items), 0, -1):
                if items[k - 1][0] != "weekday" and self.is_date(items[:k]):
                    begin = start
                    if self.language == "en" and self.text[max(0, start - 4):start].lower() \
                            == "the ":
                        begin = start - 4
                    done = items[k - 1][2]
                    yield begin, done
                    break


def said_dates(text: str, language: str) -> Iterator[tuple[int, int]]:
    """Spans of dates said as date words (see ``_Stretch``)."""
    return _Stretch(text, language).dates()
