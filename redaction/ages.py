"""Ages of 90 and over, which identify (HIPAA Safe Harbor); younger ages stay.

People give an age in many words: "she just turned ninety four", "grandma's ninety
six", "he's almost ninety three", "my uncle lived to ninety nine", "a woman of
ninety four", "her ninety fifth birthday", "tiene casi noventa y ocho", "a sus
noventa y tres años". A number from 90 to 130 is an age when "years old" / "años"
follows it, or when a verb of being or turning (with "just", "almost", "now" and
the like between) or a name ("ellen marsh ninety four lives alone": speech drops the
commas) comes before it, and no unit follows it ("ninety milligrams").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.dates import said_dates
from redaction.frames_es import strength_before
from redaction.numbers import NumberRun, number_runs
from redaction.recognizers import _UNITS_AFTER, SpeechRecognizer, result

MIN_AGE, MAX_AGE = 90, 130
_AFTER = {
    "en": re.compile(r"(?:\s+and\s+a\s+half)?[\s-]*(?:years?|yrs?|yo\b|y/o|y\.o\.)"
                     r"(?:[\s-]+(?:old|young)\b)?", re.I),  # "94 and a half years old"
    "es": re.compile(r"[\s-]*a[ñn](?:it)?os(?:\s+y\s+medio)?\b", re.I),  # "anos": ñ lost; "añitos"
}
# A reading said after a number that follows "she's", "my mom's": its oxygen, sugar,
# temperature or a price ("she's ninety four on room air", "my dads one ten fasting", "my
# moms ninety nine point five", "theyre ninety dollars each").
_READING_AFTER = re.compile(r"\s*(?:on\s+(?:room\s+air|oxygen|o2|the\s+monitor|"
                            r"(?:her|his|the|my|your)\s+(?:sugar|pulse\s+ox|pulse|oximeter|"
                            r"meter|monitor|machine|scale)|"
                            r"(?:[^\W\d_]+\s+){1,2}lit(?:er|re)s?)|fasting|by\s+mouth|"
                            r"orally|for\s+(?:the\s+|her\s+|his\s+)?(?:heart\s+rate|pulse|"
                            r"sugar|temp|temperature|oxygen)|point\s+[^\W\d_]+|bucks|dollars|"
                            r"cents|acres?|miles?|feet|foot|yards?|inches|since|this\s+morning|"
                            r"this\s+evening|last\s+night|overnight|(?:before|after)\s+"
                            r"(?:breakfast|lunch|dinner|supper|meals|eating))\b", re.I)
# The half of an age said after its verb: "he's ninety four and a half" (not of a weight:
# "pesa noventa y dos y medio kilos", which ``_UNITS_AFTER`` then refuses).
_HALF = {"en": re.compile(r"\s+and\s+a\s+half\b", re.I),
         "es": re.compile(r"\s+y\s+medio\b", re.I)}
# Words that may stand between the verb and the number: "he's almost ninety three".
_EN_HEDGES = (r"(?:just|almost|nearly|about|around|already|now|only|barely|close to|"
              r"going on|pushing|over|well over|past|like|maybe|probably|at least|still|"
              r"finally|recently|soon|gonna|going to|about to|a spry|a healthy|a young|"
              # fillers of speech: "so she'd be, what, 93?", "he's, um, ninety one"
              r"what|um|uh|er|erm|i think|i guess|you know)")
_ES_HEDGES = (r"(?:casi|ya|apenas|recién|recien|como|unos|unas|más de|mas de|por|"
              r"pronto|ahora|todavía|todavia|sólo|solo|cerca de|a punto de|"
              r"eh|este|o sea|pues|bueno|mmm)")
_BEFORE = {
    "en": re.compile(
        rf"(?:\b(?:aged?|turned|turning|turns?|is|was|are|were|be|being|been|i'm|i am|"
        rf"age of|at|reached|reaching|reaches|hit|hits|hitting|lived to|live to|lives to|"
        rf"made it to|make it to|got to|get to|celebrated|celebrating|celebrate|ages|"
        rf"(?:man|woman|lady|gentleman|patient|person|mother|father|widow|widower) of|"
        # "so that makes him ninety three", "that'd make her 91"
        rf"makes?\s+(?:him|her|me|them|you|us)|made\s+(?:him|her|me|them))|"
        rf"\w'(?:s|re|ll be)|"
        # the same said with no apostrophe, as some transcripts write it: "shes ninety
        # four", "my moms ninety one"
        rf"\b(?:shes|hes|theyre|(?:mom|dad|mother|father|grandma|grandpa|grandmother|"
        rf"grandfather|husband|wife|aunt|uncle|sister|brother|patient)s)"
        rf")[\s,]+(?:{_EN_HEDGES}[\s,]+){{0,2}}$", re.I),
    "es": re.compile(
        rf"\b(?:edad de|tiene|tengo|tenía|tenia|tienen|cumplió|cumplio|cumple|cumplir|"
        rf"cumplirá|cumplira|cumplimos|de|sus|los|a los|llegó a|llego a|llegar a|va para|"
        rf"número|numero)[\s,]+(?:{_ES_HEDGES}[\s,]+){{0,2}}$", re.I),
}
# A number that answers a question of age, whoever it asks about: "how old is your mother?
# Ninety-two", "¿cuántos años tiene el señor? Noventa y ocho" (said without the "?"): only
# who is asked about between (up to four words: "la señora de la cama"); not a count of what
# someone has been doing that long ("cuántos años tiene fumando"), another question, a room's
# number or a second clause ("qué edad tiene el paciente del cuarto ciento doce", "how old is
# he, he walked ninety feet").
_ASKED_GAP = (r"(?:\s+(?!(?:cu[aá]nt[oa]s|qu[eé]|que|y|when|since|for|and)\b)"
              r"(?![^\W\d_]+(?:ando|iendo|ing|ed)\b)[^\W\d_]+){0,4}\s*[?,]?\s*$")
_ROOM_BEFORE = re.compile(r"\b(?:cuarto|cama|habitaci[oó]n|sala|piso|room|bed|floor)\s+$",
                          re.I)
_ASKED = {
    "en": re.compile(rf"\bhow\s+old\s+(?:is|are|was|were|'s|will)\b{_ASKED_GAP}", re.I),
    "es": re.compile(rf"\b(?:cu[aá]ntos\s+a[ñn]os|qu[eé]\s+edad)\s+(?:tiene|tienes|tienen|"
                     rf"tenía|tenia|cumple|cumpli[oó]|va\s+a\s+cumplir)\b{_ASKED_GAP}", re.I),
}
# A second age said right after one, a guess or a correction: "she's ninety seven or ninety
# eight", "tiene noventa y dos, casi noventa y tres".
_AGE_AGAIN = re.compile(r"[\s,;]*(?:or|o|or\s+maybe|maybe|almost|nearly|going\s+on|"
                        r"pushing|no|casi|o\s+sea|ya\s+casi|va\s+para)[\s,]+", re.I)
# What a reading says after its number, which no second age has: "92 años, 98 de oxígeno",
# "tiene noventa y dos, no noventa y dos de azúcar", "96 pulsaciones", "97 on the pulse ox".
_READING_NOUN_AFTER = re.compile(r"\s+(?:de|del|en|of|on|punto|point|pulsaciones|latidos|"
                                 r"beats|por|percent)\b", re.I)
# "Age: 94", "my dad, 96, lives alone": a number standing alone after "age" or a comma.
_LABEL_BEFORE = re.compile(r"(?:\bage|\bedad)[:\s]+$|,\s*$", re.I)
# An ordinal age: "her ninety fifth birthday", "his 100th birthday", "su cumpleaños
# noventa".
_EN_ORDINAL_AGE = re.compile(
    r"\b(?:(?:ninety|(?:a|one)\s+hundred(?:\s+and)?)[\s-]+(?:first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
    r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth)|ninetieth|(?:one\s+)?hundredth|"
    r"(?:9\d|1[0-2]\d)(?:st|nd|rd|th))(?=\s+birthday)", re.I)
# The unit glued to the number, as notes and chat write it: "94yo", "101y/o", "92yrs".
_EN_GLUED = re.compile(r"\b(\d{2,3})(?:yo|y/o|y\.o\.|yrs?|yr)(?![\w/])", re.I)
# An age given only by its decade: "noventa y tantos", "ninety-something", "in her
# late nineties".
_DECADE = re.compile(r"\b(?:noventa\s+y\s+(?:tantos|pico|algo|muchos)|"
                     r"cien\s+y\s+(?:tantos|pico|algo)|"
                     r"ninety[\s-](?:something|odd|some)|hundred[\s-](?:something|odd)|"
                     # "in his late nineties"; not "back in the nineties" (a decade)
                     r"(?:his|her|their|my|your|our)\s+(?:early\s+|mid\s+|mid-|late\s+)?"
                     r"(?:nineties|90s|90's)|"
                     # a person named by her age's decade: "es nonagenaria", "a centenarian"
                     r"nonagenari[oa]s?|centenari[oa]s?(?=\s*(?:[,.;]|$|que|y\b))|"
                     r"(?:super)?centenarians?|nonagenarians?)\b", re.I)
# A vital sign or a lab value named just before a number: the number is its reading.
_READING_BEFORE = re.compile(
    r"\b(?:heart\s+rate|pulse|rate|pressure|bp|sugar|glucose|weight|weighs|weighed|temp|"
    r"temperature|fever|oxygen|saturation|sats?|cholesterol|pounds|lbs|frecuencia|pulso|"
    r"presi[oó]n|tensi[oó]n|az[uú]car|glucosa|peso|pesa|pesaba|temperatura|fiebre|"
    r"calentura|ox[ií]geno|saturaci[oó]n|colesterol|kilos|libras|"
    # lab values read out: "leucocitos de más de cien", "platelets ninety two"
    r"leucocitos|leukocytes|wbc|plaquetas|platelets|hemoglobina|hemoglobin|hematocrito|"
    r"hematocrit|creatinina|creatinine|transaminasas|triglic[eé]ridos|triglycerides|"
    r"sodio|sodium|potasio|potassium|ferritina|ferritin|ldl|hdl|tsh|a1c|"
    r"glicosilada|hba1c|gfr|filtrado)\b"
    # not across a new clause: "she has a fever and she is 95" says an age
    r"(?:(?!\b(?:and|y|she|he|who|ella|él|quien)\b)[^.?!,;]){0,20}$", re.I)
# One end of a range of readings ("me sale de noventa a ciento diez", "from ninety to one
# ten"): another number right after it, with no "años" / "years old" after that one.
_RANGE_ON = re.compile(r"\s*(?:-|\u2013|\b(?:a|hasta|to)\b)\s*", re.I)
# A reading written with its decimals ("a1c was 12.7", "potassium 9.7") is no age.
_DECIMAL = re.compile(r"\d[.,]\d")
# A time said after "at": "take it at one thirty", "at one fifteen": an hour and its
# minutes, not a hundred and thirty years (ages over 100 are said "a hundred and ...").
_AT_A_TIME = re.compile(r"\b(?:at|by|around|until|till|from|after|before)\s+$", re.I)
_CLOCK_SAID = re.compile(r"one[\s-]+(?:oh[\s-]+\w+|ten|eleven|twelve|(?:thir|four|fif|six|seven|"
                         r"eigh|nine)teen|twenty(?:[\s-]+\w+)?|thirty(?:[\s-]+\w+)?)", re.I)
_HUNDRED_AND = re.compile(r"\b(a|one)\s+hundred(?:\s+and)?(?:\s+|$)", re.I)


def _reading_said(text: str, run: NumberRun, runs: list[NumberRun]) -> bool:
    """Is the number a reading: one said after it ("on room air", "fasting", "since this
    morning"), after this run or the longest run from the same word ("one hundred [and
    two] by mouth")?"""
    ends = {run.end, *(other.end for other in runs if other.start == run.start)}
    return any(_READING_AFTER.match(text, end) for end in ends)


class AgeOver89Recognizer(SpeechRecognizer):
    """Ages over 89, in digits or words, with or without "years old"."""

    ENTITIES = ["AGE"]

    def _ages(self, text: str) -> list[NumberRun]:
        runs = number_runs(text, self.supported_language)
        if self.supported_language == "en":
            runs += list(_english_hundreds(text))
        return runs

    def find(self, text: str) -> Iterator[RecognizerResult]:
        language = self.supported_language
        # the year of a date said ("january ninth, ninety-six") is no age
        in_dates = list(said_dates(text, language))
        runs = self._ages(text)
        age_end = -1  # where the last age found ends: "97 or 98", "92, casi 93"
        for run in runs:
            if any(a <= run.start < b for a, b in in_dates):
                continue
            value = int(run.digits) if run.digits.isdecimal() and len(run.digits) <= 3 else 0
            if language == "en" and re.fullmatch(r"10\d\d", run.digits) and re.match(
                    r"(?:a|one)\s+hundred\b", text[run.start:], re.I):
                value = 100 + int(run.digits[2:])  # "one hundred three" reads as 1003
            if not MIN_AGE <= value <= MAX_AGE or _DECIMAL.search(text, run.start, run.end) \
                    or (language == "en" and _AT_A_TIME.search(text, 0, run.start)
                        and _CLOCK_SAID.fullmatch(text, run.start, run.end)):
                continue  # "her a1c was 12.7"; "take it at one thirty"
            followed = _AFTER[language].match(text, run.end)
            closing = _range_of_ages_end(text, run, runs, language)
            if closing:  # "entre 90 y 95 años", "de noventa a noventa y cinco años"
                yield result("AGE", run.start, closing, self.recognizer_name)
                continue
            asked = _ASKED[language].search(text, max(0, run.start - 60), run.start) \
                and not _ROOM_BEFORE.search(text, max(0, run.start - 20), run.start)
            preceded = bool(_BEFORE[language].search(text[:run.start]) or asked or (
                _LABEL_BEFORE.search(text[:run.start])
                and re.match(r"\s*(?:,|$)", text[run.end:]))) \
                or _name_word_before(text, run.start, language) \
                or (age_end >= 0 and _AGE_AGAIN.fullmatch(text, age_end, run.start) is not None
                    and not _READING_NOUN_AFTER.match(text, run.end))
            if followed:
                age_end = followed.end()
                yield result("AGE", run.start, followed.end(), self.recognizer_name)
            elif preceded and not _UNITS_AFTER.match(text[_with_half(text, run.end, language):]) \
                    and not (language == "en" and _reading_said(text, run, runs)) \
                    and not _READING_BEFORE.search(text[max(0, run.start - 40):run.start]) \
                    and not (language == "es" and strength_before(text, run.start)) \
                    and not _opens_a_range(text, run, runs, language):
                # "dosis de cien mg"; "the heart rate was one twenty"
                age_end = _with_half(text, run.end, language)
                yield result("AGE", run.start, age_end, self.recognizer_name)
        for match in _DECADE.finditer(text):
            yield result("AGE", match.start(), match.end(), self.recognizer_name)
        if language == "en":
            for match in _EN_ORDINAL_AGE.finditer(text):
                yield result("AGE", match.start(), match.end(), self.recognizer_name)
            for match in _EN_GLUED.finditer(text):
                if MIN_AGE <= int(match.group(1)) <= MAX_AGE:
                    yield result("AGE", match.start(), match.end(), self.recognizer_name)


def _with_half(text: str, end: int, language: str) -> int:
    half = _HALF[language].match(text, end)
    return half.end() if half else end


def _opens_a_range(text: str, run: NumberRun, runs: list[NumberRun], language: str) -> bool:
    gap = _RANGE_ON.match(text, run.end)
    other = next((r for r in runs if gap and r.start == gap.end()), None)
    return other is not None and not _AFTER[language].match(text, other.end)


# Between the two ends of a range of ages: "entre 90 y 95 años", "de 92 a 94 años",
# "between ninety and ninety five years old", "ninety or ninety one".
_RANGE_OF_AGES = re.compile(r"\s*(?:-|\u2013|\b(?:a|y|o|hasta|to|and|or)\b)\s*", re.I)


def _range_of_ages_end(text: str, run: NumberRun, runs: list[NumberRun],
                       language: str) -> int:
    """Where a range of ages that ``run`` opens ends ("años" included), when its other
    end is an age of 90 or over with "años" / "years old" after it; 0 when none."""
    gap = _RANGE_OF_AGES.match(text, run.end)
    other = next((r for r in runs if gap and r.start == gap.end()), None)
    if other is None or not (other.digits.isdecimal() and len(other.digits) <= 3
                             and MIN_AGE <= int(other.digits) <= MAX_AGE):
        return 0
    after = _AFTER[language].match(text, other.end)
    return after.end() if after else 0


def _name_word_before(text: str, start: int, language: str) -> bool:
    """Is the word just before ``start`` (spaces only between) a name-word that is not
    also a frequent word? Speech drops the commas of "Ellen Marsh, 94, lives alone"."""
    from redaction.gazetteer import NAME_RANK, common, fold, names

    before = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, start - 40):start])
    if not before:
        return False
    key = fold(before.group(1))
    rank = common(language).get(key)
    return key in names() and (rank is None or rank >= NAME_RANK[language])


def _english_hundreds(text: str) -> Iterator[NumberRun]:
    """ "a hundred and two", "one hundred and one": the "a" and the "and" that
    ``number_runs`` does not read as part of a number."""
    for match in _HUNDRED_AND.finditer(text):
        runs = number_runs(text[match.end():match.end() + 30], "en")
        if runs and runs[0].start == 0 and len(runs[0].digits) <= 2:
            yield NumberRun(match.start(), match.end() + runs[0].end,
                            str(100 + int(runs[0].digits)))
        elif match.group(1).lower() == "a":
            yield NumberRun(match.start(), match.start() + len(match.group().rstrip()), "100")
