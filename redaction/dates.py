"""Calendar dates and dates of birth as they are written and said.

Split from ``recognizers.py``: a date is told by its month word, its shape
(3/14/1961) or the words before it ("born", "fecha de nacimiento"), never by a
number alone, so that durations and doses stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.date_slash import slash_dates
from redaction.date_stretch import WEEKDAYS, said_dates
from redaction.days_said import days_said
from redaction.holidays import holiday_dates
from redaction.lexicon import EN_MONTHS, EN_ORDINALS, EN_TEENS, EN_UNITS, ES_MONTHS
from redaction.medical import is_medical
from redaction.numbers import NumberRun, number_runs
from redaction.recognizers import _UNITS_AFTER, SpeechRecognizer, result
from redaction.wordlists import fold

# What stands between the numbers of one date: "3 de marzo del 85", "4/9/63", "4 9 63".
# One separator or one word a step: "[\s,/.-]+" repeated would backtrack exponentially.
_DATE_GAP = re.compile(rf"(?:[\s,/.-]|\b(?:de|del|of|the|uno|primero|"
                       rf"{'|'.join(EN_MONTHS + ES_MONTHS)})\b)*", re.I)

_VERB_MONTHS = {"may", "march"}
# ... but after a preposition of time they are months: "since march", "until may" (no verb
# follows "since" bare).
_TIME_BEFORE_MONTH = re.compile(r"\b(?:since|until|till|before|after|through|early|late|mid|"
                                r"around|last|next|this\s+past)\s+$", re.I)
# A month's abbreviation that is also a given name: "Jan Novák", "Mar Castillo". Alone
# before a capitalised word it is the name, no date.
_NO_DAY_BEFORE_OF = re.compile(r"(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+of\s+", re.I)
_A_DAY_WORD = re.compile(r"\d|(?:" + "|".join(EN_ORDINALS) + r"|first|second|third|"
                         r"twenty|thirty|one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"eleven|twelve|teen)", re.I)
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
    rf"\b(?:(?:on|by|until|till|til|since|through|thru|due|around|for|"
    rf"between|starting|(?:moved?|moving|changed?|pushed?|brought|bring|rescheduled?)"
    rf"\s+(?:it\s+|that\s+|them\s+)?to|"
    # an appointment said to be a day: "the evaluation is the seventh" (not anyone's
    # order: "she was the first in line", "the scan was the second in a row")
    rf"(?:appointment|evaluation|eval|visit|surgery|procedure|follow[\s-]?up|due\s+date|"
    rf"deadline|delivery|refill|check[\s-]?up)\s+(?:is|was|will\s+be)|"
    rf"(?:set|scheduled|booked|planned)"
    rf"\s+for)\s+the\s+|(?:{WEEKDAYS['en']}),?\s+"
    rf"(?:the\s+)?)({_EN_DAY})(?=\s*(?:[,.;:!?]|$)|\s+(?:and|so|but|i|we|he|she|they|you|"
    r"it|at|when|because|or|then|please|okay|ok|right|um|uh|is|was|will|which|that|if|for|"
    r"with|in|to|again|too|instead|works?|morning|afternoon|evening|night|around|after|"
    # "back on the fourth just two days after", "fell on the ninth didn't hit his head"
    r"just|didn't|did|don't|doesn't|wasn't|isn't|can't|couldn't|won't|wouldn't|hasn't|"
    r"haven't|she's|he's|they're|we're|it's|i'm|though|anyway|maybe|probably|hopefully|"
    # a verb in the past, the day's clause as its subject: "what she did on the sixth
    # fixed my vertigo" (no noun ends so: "on the third floor", "on the first try")
    r"[a-z]{3,}(?<!e)(?<!hundr)ed|went|came|fell|broke|got|had|made|took|gave|"
    r"(?:of\s+(?:this|next|last|the\s+next)\s+month\b))\b)", re.I)
# ... and after "on", a clause whose subject is someone's: "on the third my sugar went up"
# (not after "since": "since the second my back hurts" counts babies: review RV31).
_ON_DAY_THEN_WHOSE = re.compile(rf"\bon\s+the\s+({_EN_DAY})(?=\s+(?:my|his|her|our|their)\b)",
                                re.I)
_DAY_OF_MONTH = re.compile(rf"\bthe\s+{_EN_DAY}\s+of\s+(?:this|next|last|the\s+next)\s+month\b",
                           re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# A day of every month is a schedule, no date: "on the first and the fifteenth of each
# month", "by the fifth every month".
_RECURRING = re.compile(r"[^.?!;]{0,60}?\b(?:each|every)\s+month|[^.?!;]{0,60}?\bmonthly\b|"
                        r"[^.?!;]{0,60}?\bof\s+the\s+month\b", re.I)
_BIRTH_WINDOW = 80  # characters after "born" read for the date (a year said in full)


# A number that is part of a thing's name is no day: glued by a hyphen to letters
# ("COVID-19", "IL-6", "CA-125") or said after a disease named with its number ("covid
# nineteen", "covid diecinueve"). "Me dio COVID-19 en 2020" was "19 en 2020", a date.
_NAMED_WITH_A_NUMBER = re.compile(r"(?:[^\W\d_]{2,}-|\bcovid[\s-]+)$", re.I)
_FIRST_TOKEN = re.compile(r"[\w'-]+?(?=[\s,.]|$)")


def _past_a_things_number(text: str, start: int, end: int, language: str) -> int | None:
    """Where a date found at ``start`` really starts: past a first number that belongs to
    a thing's name (``_NAMED_WITH_A_NUMBER``), at the month that follows it; None when no
    month is left ("COVID-19 en 2020": a year alone names no day)."""
    if not _NAMED_WITH_A_NUMBER.search(text[max(0, start - 12):start]):
        return start
    first = _FIRST_TOKEN.match(text, start, end)
    if first is None or (not number_runs(first.group(), language)
                         and not first.group().isdigit()):
        return start  # not a number: the date as found
    if re.match(r"\s+(?:de|del|of)\s", text[first.end():end], re.I):
        return start  # "covid 19 de marzo": a day of the month too; recall first
    month = re.search(rf"\b(?:{_month_pattern(language)})\b", text[first.end():end], re.I)
    return first.end() + month.start() if month else None


# A Spanish day before "de <month>" is a number or "primero", said after "el" or "el día".
# Where a test or a visit stands there instead ("el papanicolau de noviembre", "la
# mamografía de marzo") only the month is a date; other words may be a name's ("la
# panadería flor de mayo") and stay inside the finding.
_ES_DAY_LEAD = re.compile(rf"(?:(?:el|la)\s+)?(?:(?:{WEEKDAYS['es']})\s+)?(?:d[ií]a\s+)?", re.I)
_ES_DAY_WORD = re.compile(r"(?:\d{1,2}º?|primero|1ro|uno|"
                          # a part of the month stands for its day: "a principios de marzo"
                          r"(?:a\s+)?(?:principios|mediados|finales|fines|inicios|comienzos))$",
                          re.I)
_ES_FILLERS_AFTER = re.compile(r"(?:\s+(?:eh+|em+|m{2,}|este|pues))+$", re.I)


# What happened in a month, not on a day ("el examen de noviembre", "la resonancia de
# agosto"): the month is hidden, the test stays.
_CARE_EVENTS_ES = frozenset("""examen examenes analisis estudio estudios ultrasonido eco
ecografia resonancia tomografia radiografia placa placas laboratorios cita citas consulta
control operacion cirugia biopsia prueba pruebas revision chequeo terapia sesion""".split())


def _es_day_is_said(text: str, start: int, end: int) -> bool:
    """Is the day of a date "<day> de <month>" found at ``start`` said (a number), or
    at least no test or visit whose month it is?"""
    lead = _ES_DAY_LEAD.match(text, start, end)
    day = text[lead.end() if lead else start:end].split(" de ", 1)[0]
    day = _ES_FILLERS_AFTER.sub("", day).strip()
    runs = number_runs(day, "es")
    if not day or _ES_DAY_WORD.match(day) or _ES_DAY_WORD.match(day.rsplit(" ", 1)[-1]) \
            or (runs and runs[-1].end == len(day)):
        return True  # (with a word before the number: "el hospital veinte de noviembre")
    return not any(fold(word.group()) in _CARE_EVENTS_ES
                   or is_medical(day, word.start(), word.end(), fold(word.group()), "es")
                   for word in re.finditer(r"[^\W\d_]+", day))


def _month_pattern(language: str) -> str:
    months = EN_MONTHS if language == "en" else ES_MONTHS
    return "|".join(sorted(months, key=len, reverse=True))


# A month and a day said as two numbers, nothing else between: "six fourteen", "11 4",
# "ten twenty one"; not "two new medicines", "one out of three", "three or four pads".
_EN_ONE_TO = {word: n for word, n in {**EN_UNITS, **EN_TEENS}.items() if n >= 1}
_EN_UNIT_WORDS = "|".join(word for word, n in _EN_ONE_TO.items() if n <= 12)
_EN_DAY_WORDS = (r"(?:twenty|thirty)(?:[\s-](?:"
                 + "|".join(word for word, n in _EN_ONE_TO.items() if n <= 9) + "))?|"
                 + "|".join(_EN_ONE_TO))
_MONTH_DAY_SAID = (rf"(?:\d{{1,2}}|{_EN_UNIT_WORDS})[\s/-]+(?:\d{{1,2}}|{_EN_DAY_WORDS})\b"
                   r"(?!\s+(?:or|to|out|new|more|times|of)\b)")


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
            # Also an event's own date, said as numbers: "admit date nine fourteen",
            # "date of surgery 3 12" (not "discharged on three medicines").
            self._birth = re.compile(
                r"\b(?:born(?: on| in)?|date of birth(?: is)?|birth ?date"
                r"(?: is)?|\bdob\b(?: is)?|birthday(?: is)?|"
                r"(?:admit|admission|discharge|surgery|procedure|service|injury|accident|"
                r"delivery|due|start|onset)\s+date(?: (?:is|was|of))?|"
                # a pregnancy's dates: "lmp nine two", "last period was 9/12"
                r"(?:lmp|l\s+m\s+p|last\s+(?:menstrual\s+)?period|edd|e\s+d\s+d)"
                r"(?: (?:is|was|of|on))?|"
                # when a sample or a result was taken: "drawn on six fourteen", "positive
                # test ten one", "discharge nine nineteen" (the noun: "discharged on" may
                # be followed by "three medicines")
                rf"(?:(?:drawn|collected|positive\s+test|tested\s+positive)(?: on)?|discharge|"
                rf"admit|(?:re)?admitted|discharged|released|born)(?=[\s:,]+{_MONTH_DAY_SAID})|"
                r"date of (?:admission|discharge|surgery|service|injury|the accident)"
                r"(?: (?:is|was))?)[\s:,]+",
                re.I,
            )
        else:
            # A month alone is an element of a date too (Safe Harbor keeps only the year):
            # "me operaron en marzo", "cumple cien años en mayo". Spanish months are no
            # other word; those that are given names ("Abril", "Julio") go out either way.
            self._month_alone = re.compile(rf"\b(?:{months})\b", re.I)
            self._dates = [
                re.compile(
                    rf"\b(?:el\s+)?{day}\s+de\s+(?:{months})\b(?:\s+(?:de|del)\s+{year})?", re.I
                ),
                re.compile(rf"\b(?:{months})\b\s+(?:de|del)\s+\d{{4}}", re.I),
            ]
            self._birth = re.compile(
                # "nacio el", "fecha de nacimiento de mi hijo, eh, es", "¿fecha de nacimiento?"
                r"\b(?:nací(?: el| en)?|naci(?: el| en)?|naci[oó](?: el| en)?|"
                r"(?:fecha de nacimiento|cumpleaños|fecha de (?:ingreso|alta|egreso|"
                r"cirug[ií]a|operaci[oó]n|la cirug[ií]a|la operaci[oó]n|parto|accidente|"
                r"(?:la\s+)?[uú]ltima\s+(?:regla|menstruaci[oó]n)|probable\s+de\s+parto)|"
                r"(?:la\s+)?[uú]ltima\s+(?:regla|menstruaci[oó]n)(?:\s+fue)?|fur|f\s+u\s+r|fpp|"
                # the day of a stay's start or end: "me dieron de alta el doce diez"
                r"de\s+alta\s+el|(?:me|lo|la|le)\s+(?:internaron|ingresaron)\s+el|"
                r"ingres[eéó]\s+el)"
                r"(?:\s+de\s+(?:mi|su|tu)\s+[a-zá-úñ]+)?"
                r"(?:[\s,]+(?:eh|este|o sea|pues|mmm))*(?:[\s,]+es)?)[\s:,?¿]+",
                re.I,
            )
        # 3/14/1961, 1975-03-27 (month/day alone, "discharged on 11/16": days_said).
        self._numeric = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|"
                                   # month and year: "last seen 04/2023"
                                   r"(?<![\d/.])(?:0?[1-9]|1[0-2])/(?:19|20)\d\d(?![\d/])")

    def find(self, text: str) -> Iterator[RecognizerResult]:
        for found in self._find(text):
            start = _past_a_things_number(text, found.start, found.end,
                                          self.supported_language)
            if start is not None and self.supported_language == "es" \
                    and self._dates[0].fullmatch(text, start, found.end) \
                    and not _es_day_is_said(text, start, found.end):
                month = self._month_alone.search(text, start, found.end)
                start = month.start() if month else None  # the month alone, still a date
            if start is not None:
                yield result("DATE_TIME", start, found.end, self.recognizer_name)

    def _find(self, text: str) -> Iterator[RecognizerResult]:
        for start, end in said_dates(text, self.supported_language):
            yield result("DATE_TIME", start, end, self.recognizer_name)
        if self.supported_language == "en":
            for start, end in slash_dates(text):  # "born eleven slash four"
                yield result("DATE_TIME", start, end, self.recognizer_name)
        else:  # "me operaron en marzo" (English months alone: spaCy's DATE finds them)
            for match in self._month_alone.finditer(text):
                yield result("DATE_TIME", match.start(), match.end(), self.recognizer_name)
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
            for match in [*_DAY_ALONE.finditer(text), *_ON_DAY_THEN_WHOSE.finditer(text)]:
                if _RECURRING.match(text, match.end(1)):
                    continue  # "one on the first and one on the fifteenth of each month"
                after = re.match(r"\s+of\s+(?:this|next|last|the\s+next)\s+month\b",
                                 text[match.end(1):], re.I)
                end = match.end(1) + (after.end() if after else 0)
                the = _THE_BEFORE.search(text, 0, match.start(1)) \
                    if not re.match(WEEKDAYS["en"], match.group(), re.I) else None
                yield result("DATE_TIME", the.start() if the else match.start(), end,
                             self.recognizer_name)
            for match in _DAY_OF_MONTH.finditer(text):  # "the tenth of next month"
                yield result("DATE_TIME", match.start(), match.end(), self.recognizer_name)
        for start, end in days_said(text, self.supported_language):  # "desde el 24"
            yield result("DATE_TIME", start, end, self.recognizer_name)
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
                # "an LMP of August 20th": words before "of" that hold no day are not part
                # of the date
                lead = _NO_DAY_BEFORE_OF.match(text, start, end)
                if lead and not _A_DAY_WORD.search(lead.group()):
                    start = lead.end()
                if end > start and (kept.lower() not in _VERB_MONTHS
                                    or _TIME_BEFORE_MONTH.search(text, 0, start)):
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
