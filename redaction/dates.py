"""Calendar dates and dates of birth as they are written and said.

Split from ``recognizers.py``: a date is told by its month word, its shape
(3/14/1961) or the words before it ("born", "fecha de nacimiento"), never by a
number alone, so that durations and doses stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.date_numbers import is_day as _day
from redaction.date_numbers import is_year as _year
from redaction.date_numbers import numeric_date as _numeric_date
from redaction.date_numbers import readings_said
from redaction.date_numbers import three_said as _three_said
from redaction.date_numbers import with_month as _with_month
from redaction.holidays import holiday_dates
from redaction.lexicon import EN_MONTHS, EN_ORDINALS, ES_MONTHS
from redaction.numbers import NumberRun, number_runs
from redaction.recognizers import _UNITS_AFTER, SpeechRecognizer, result

# What stands between the numbers of one date: "3 de marzo del 85", "4/9/63", "4 9 63".
# One separator or one word a step: "[\s,/.-]+" repeated would backtrack exponentially.
_DATE_GAP = re.compile(rf"(?:[\s,/.-]|\b(?:de|del|of|the|uno|primero|"
                       rf"{'|'.join(EN_MONTHS + ES_MONTHS)})\b)*", re.I)

# Dates said as a stretch of date words: numbers, ordinals, month and weekday names,
# joined by "of", "the", "del", fillers ("um", "eh") and corrections ("no wait, the
# sixteenth", "no, perdón, 16"). A stretch is a date when its numbers make one: a day
# and a year around a month name, or a month, day and year alone.
_WEEKDAYS = {"en": r"monday|tuesday|wednesday|thursday|friday|saturday|sunday",
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
_VERB_MONTHS = {"may", "march"}
# A month's abbreviation that is also a given name: "Jan Novák", "Mar Castillo". Alone
# before a capitalised word it is the name, no date.
_SHORT_MONTH = re.compile(r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?", re.I)
# "nineteen hundred and seventy eight": the "and" inside a year said in full.
_HUNDRED_AND = re.compile(r"\s+and\s+", re.I)
# A day of the month said alone, as a date: "the surgery is on the third, so ...",
# "admitted on the twenty ninth", "monday the sixteenth", "by the 5th i'll know",
# "the tenth of next month". What follows it is no noun ("on the third floor", "on the
# second day", "on the first try" stay): the utterance ends, a clause does, or a
# function word comes.
_EN_DAY = (r"(?:(?:twenty|thirty)[\s-]?(?:first|second|third|fourth|fifth|sixth|seventh|"
           r"eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
           r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
           r"eighteenth|nineteenth|twentieth|thirtieth|(?:[12]?\d|3[01])(?:st|nd|rd|th))")
_DAY_ALONE = re.compile(
    rf"\b(?:(?:on|by|until|till|since|through|thru|due|(?:set|scheduled|booked|planned)"
    rf"\s+for)\s+the\s+|(?:{_WEEKDAYS['en']}),?\s+"
    rf"(?:the\s+)?)({_EN_DAY})(?=\s*(?:[,.;:!?]|$)|\s+(?:and|so|but|i|we|he|she|they|you|"
    r"it|at|when|because|or|then|please|okay|ok|right|um|uh|is|was|will|which|that|if|for|"
    r"with|in|to|again|too|instead|works?|morning|afternoon|evening|night|around|"
    r"(?:of\s+(?:this|next|last|the\s+next)\s+month\b))\b)", re.I)
_DAY_OF_MONTH = re.compile(rf"\bthe\s+{_EN_DAY}\s+of\s+(?:this|next|last|the\s+next)\s+month\b",
                           re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# A day of every month is a schedule, no date: "on the first and the fifteenth of each
# month", "by the fifth every month".
_RECURRING = re.compile(r"[^.?!;]{0,60}?\b(?:each|every)\s+month|[^.?!;]{0,60}?\bmonthly\b|"
                        r"[^.?!;]{0,60}?\bof\s+the\s+month\b", re.I)
_BIRTH_WINDOW = 80  # characters after "born" read for the date (a year said in full)
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
        self.month = re.compile(rf"(?:(?:{'|'.join(months)})(?!\w){short})\.?", re.I)
        self.weekday = re.compile(rf"(?:{_WEEKDAYS[language]})(?!\w),?", re.I)
        ordinals = "primero|primer" if language == "es" else "|".join(_EN_ORDINAL_VALUES)
        self.ordinal = re.compile(rf"(?:{ordinals})(?!\w)", re.I)
        words = f"{_FILLERS[language]}|{_FIXES[language]}|{_JOINERS[language]}|" \
                f"{_AFTER_YEAR[language]}"
        self.gap = re.compile(rf"(?:[\s,/.-]|\b(?:{words})\b)*", re.I)
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
        said = self.text[start:items[-1][2]]
        if _NOT_DATE.search(before[-30:]) or not _numeric_date(numbers) or (
                readings_said(said) and not _BIRTH_CUE.search(before)) or (
                len(items) == 1 and re.fullmatch(r"\d{1,5}|\d{7}", self.text[start:items[0][2]])):
            return False  # "code 1234" is no date; "091999" and "12241978" may be
        if len("".join(numbers)) <= 4 and not _BIRTH_CUE.search(before) \
                and not _three_said(said, self.language):
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
        # "twenty-first" is one word, "twenty first" two: a hyphen inside the optional
        # second word would let a chain of hyphens split every way (cubic backtracking).
        day = rf"(?:\d{{1,2}}(?:st|nd|rd|th|º)?|{ordinals}|{self._WORD}(?: {self._WORD})?)"
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
                                   r"(?![\d/])|"
                                   # month and year: "last seen 04/2023"
                                   r"(?<![\d/.])(?:0?[1-9]|1[0-2])/(?:19|20)\d\d(?![\d/])")

    def find(self, text: str) -> Iterator[RecognizerResult]:
        for start, end in said_dates(text, self.supported_language):
            yield result("DATE_TIME", start, end, self.recognizer_name)
        for match in self._numeric.finditer(text):
            yield result("DATE_TIME", match.start(), match.end(), self.recognizer_name)
        for run in number_runs(text, self.supported_language, min_digits=5):
            # "on seven one twenty twenty seven": month, day, then a year of 19xx or 20xx
            if re.search(r"(?:19|20)\d\d$", run.digits) and len(run.digits) <= 8 \
                    and re.search(r"\b(?:on|of birth|born|dob|date|el|nacimiento|nací|naci|"
                                  r"nació|fecha)[\s:,]+(?:is\s+|es\s+)?$",
                                  text[max(0, run.start - 24):run.start], re.I):
                yield result("DATE_TIME", run.start, run.end, self.recognizer_name)
        if self.supported_language == "en":
            for match in _DAY_ALONE.finditer(text):
                if _RECURRING.match(text, match.end(1)):
                    continue  # "one on the first and one on the fifteenth of each month"
                after = re.match(r"\s+of\s+(?:this|next|last|the\s+next)\s+month\b",
                                 text[match.end(1):], re.I)
                end = match.end(1) + (after.end() if after else 0)
                the = _THE_BEFORE.search(text, 0, match.start(1)) \
                    if not re.match(_WEEKDAYS["en"], match.group(), re.I) else None
                yield result("DATE_TIME", the.start() if the else match.start(), end,
                             self.recognizer_name)
            for match in _DAY_OF_MONTH.finditer(text):  # "the tenth of next month"
                yield result("DATE_TIME", match.start(), match.end(), self.recognizer_name)
        for start, end in holiday_dates(text, self.supported_language):
            yield result("DATE_TIME", start, end, self.recognizer_name)
        for pattern in self._dates:
            for match in pattern.finditer(text):
                start, end = match.span()
                kept = self._trim_year_words(text[start:end])
                end = start + len(kept)
                # a month word alone that is also a verb ("you may", "march in") is none,
                # nor an abbreviation before a capitalised word ("Jan Novák")
                after = re.match(r"\s+([^\W\d_])", text[end:])
                if _SHORT_MONTH.fullmatch(kept) and after and after.group(1).isupper():
                    continue
                if end > start and kept.lower() not in _VERB_MONTHS:
                    yield result("DATE_TIME", start, end, self.recognizer_name)
        for match in self._birth.finditer(text):  # whatever follows "born" is the date
            runs = number_runs(text[match.end() : match.end() + _BIRTH_WINDOW],
                               self.supported_language)
            tail = re.match(
                rf"(?:(?:{_month_pattern(self.supported_language)})\b[\s,]*)?",
                text[match.end() :],
                re.I,
            )
            start = match.end()
            end = start + (tail.end() if tail else 0)
            if runs and _UNITS_AFTER.match(text[start + runs[0].end:]):
                continue  # "born at 38 weeks": a duration, no date
            if runs and runs[0].start <= end - start + 4:
                said = text[start:start + _BIRTH_WINDOW]
                joined = [runs[0]]  # the date's numbers; ", tiene 42 años" is not one
                for run in runs[1:]:
                    gap = said[joined[-1].end:run.start]
                    in_full = _HUNDRED_AND.fullmatch(gap) is not None \
                        and said[:joined[-1].end].lower().endswith("hundred")
                    if not (_DATE_GAP.fullmatch(gap) or in_full):
                        break
                    if in_full:  # "nineteen hundred and seventy eight" ends the date:
                        # a year's last two digits are two words at most ("seventy
                        # eight"), one unless the first is a ten ("and five"); what
                        # follows them may be a dose or a weight ("..., seventy two kilos")
                        words = list(re.finditer(r"[^\s,]+", said[run.start:run.end]))
                        last = words[1] if len(words) > 1 and words[0].group().lower(
                        ).endswith("ty") else words[0]
                        joined.append(NumberRun(run.start, run.start + last.end(), run.digits))
                        break
                    if _UNITS_AFTER.match(said[run.end:]):
                        break  # "..., twenty milligrams": a dose after the date
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
