"""Find numbers as ASR writes them: digits ("555 867 5309"), spoken digits ("five five
five"), spoken groups ("five fifty five", "seis doce treinta y cuatro") and mixes.

``number_runs`` returns each run's character span and the digits it spells, so
recognizers can type a run by its length and the words before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from redaction.lexicon import (
    EN_REPEATERS,
    EN_TEENS,
    EN_TENS,
    EN_UNITS,
    ES_HUNDREDS,
    ES_TEENS,
    ES_TENS,
    ES_UNITS,
)

_WORD_RE = re.compile(r"[\wáéíóúüñ']+", re.IGNORECASE)
_JOINERS = {"-", ",", ".", " ", "/"}
# A long run of digits said (a phone, an id) followed by what its last number counts:
# "... cero uno dos tres tres veces", "... four two times". Shorter runs are left whole:
# "twenty three times" is one number.
_COUNTED = {"veces", "vez", "times", "días", "dias", "days", "semanas", "weeks"}
_COUNTED_RUN_DIGITS = 8
_THOUSANDS = {"mil", "thousand"}
# Hesitations said inside a number ("three two eight, four um eight five", "six like five
# one eight"): skipped when a number word or digit follows, so the number stays one run.
_FILLERS = {"en": {"um": 1, "umm": 1, "uh": 1, "uhh": 1, "uhm": 1, "er": 1, "erm": 1,
                   "hmm": 1, "like": 1, "you": 2},  # "you know"
            "es": {"eh": 1, "ehh": 1, "em": 1, "mmm": 1, "mm": 1, "este": 1, "o": 2}}
# The second word of a two-word filler: "you know", "o sea" ("dos o tres" is no filler).
_FILLER_SECOND = {"you": "know", "o": "sea"}
# Dashes said between digit groups join them: "one two three dash four five dash six seven
# eight nine" is one number (English only: Spanish "doce guion cuarenta" is a house plate,
# two numbers, read by ``streets_es``).
_SAID_DASHES = {"en": {"dash": 1, "hyphen": 1}, "es": {}}


@dataclass(frozen=True)
class NumberRun:
    start: int
    end: int
    digits: str


def _lexicon(language: str) -> tuple[dict[str, int], dict[str, int], dict[str, int],
                                      dict[str, int]]:
    if language == "es":
        return ES_UNITS, ES_TEENS, ES_TENS, ES_HUNDREDS
    return EN_UNITS, EN_TEENS, EN_TENS, {}


def number_runs(text: str, language: str, *, min_digits: int = 1) -> list[NumberRun]:
    """Maximal runs of number tokens, joined only by spaces, hyphens, commas or dots."""
    return list(_number_runs(text, language, min_digits))


# Dozens of finders read the numbers of the same utterance or of its parts (15,456 calls
# in 450 utterances): the runs are worked out once and a copy handed to each caller.
_RUNS_KEPT = 1024


@lru_cache(maxsize=_RUNS_KEPT)
def _number_runs(text: str, language: str, min_digits: int) -> tuple[NumberRun, ...]:
    units, teens, tens, hundreds = _lexicon(language)
    tokens = list(_WORD_RE.finditer(text))
    runs: list[NumberRun] = []
    i = 0
    while i < len(tokens):
        digits, j = _parse_run(tokens, i, text, units, teens, tens, hundreds, language)
        if j - i > 1 and len(digits) >= _COUNTED_RUN_DIGITS and j < len(tokens) \
                and tokens[j].group().lower() in _COUNTED:
            # "llamé al uno ocho ocho ... uno dos tres tres veces": the last number counts
            digits, j = _parse_run(tokens[:j - 1], i, text, units, teens, tens, hundreds,
                                   language)
        if j > i:
            if len(digits) >= min_digits:
                runs.append(NumberRun(tokens[i].start(), tokens[j - 1].end(), digits))
            i = j
        else:
            i += 1
    return tuple(runs)


def _parse_run(tokens: list[re.Match[str]], i: int, text: str, units: dict[str, int],
               teens: dict[str, int], tens: dict[str, int], hundreds: dict[str, int],
               language: str, _nested: bool = False) -> tuple[str, int]:
    digits = ""
    j = i
    repeat = 1
    thousands: int | None = None  # "veintiocho mil catorce", "two thousand three"
    group_start = 0  # where the last spoken group began in ``digits``
    while j < len(tokens):
        if j > i and not set(text[tokens[j - 1].end():tokens[j].start()]) <= _JOINERS:
            break
        word = tokens[j].group().lower()
        skip = _filler(tokens, j, text, language) if digits and not _nested else 0
        if skip and _starts_number(tokens, j + skip, units, teens, tens, hundreds):
            j += skip
            continue
        if word in _THOUSANDS:
            last = digits[group_start:]
            thousands = int(last) if last.isdecimal() and len(last) <= 3 else 1
            digits = digits[:group_start] if last.isdecimal() and len(last) <= 3 else digits
            j += 1
            if j < len(tokens) and tokens[j].group().lower() in ("and", "y"):
                j += 1
            continue
        if thousands is not None and word not in _THOUSANDS:
            before = len(digits)
            sub_digits, k = _parse_run(tokens, j, text, units, teens, tens, hundreds, language,
                                       _nested=True)
            if k > j and sub_digits.isdecimal() and len(sub_digits) <= 3:
                digits += str(thousands * 1000 + int(sub_digits))
                thousands, j = None, k
                group_start = before
                continue
            digits += str(thousands * 1000)
            thousands = None
            continue
        group_start = len(digits)
        if word.isdecimal():
            digits += word * repeat
            repeat, j = 1, j + 1
        elif language == "en" and word in EN_REPEATERS and j + 1 < len(tokens):
            repeat, j = EN_REPEATERS[word], j + 1
        elif word in hundreds:
            value, j = _spanish_group(tokens, j, hundreds, tens, teens, units)
            digits += str(value)
        elif word in tens:
            value = tens[word]
            j += 1
            j, value = _tens_unit(tokens, j, text, units, value, language)
            digits += str(value) * repeat
            repeat = 1
        elif word in teens:
            digits += str(teens[word]) * repeat
            repeat, j = 1, j + 1
        elif word in units and not (word in ("o", "un", "una", "uno") and not digits
                                    and not _next_is_number(tokens, j, units)):
            digits += str(units[word]) * repeat
            repeat, j = 1, j + 1
        elif language == "en" and word == "hundred" and digits:
            digits += "00"
            j += 1
        else:
            break
        if _nested and len(digits) >= 3:
            break
    if thousands is not None:
        digits += str(thousands * 1000)
    return digits, j


def _filler(tokens: list[re.Match[str]], j: int, text: str, language: str) -> int:
    """How many tokens the hesitation or said dash at ``j`` takes (0: none there)."""
    word = tokens[j].group().lower()
    size = _FILLERS[language].get(word, 0) or _SAID_DASHES[language].get(word, 0)
    if size == 2 and not (j + 1 < len(tokens)
                          and tokens[j + 1].group().lower() == _FILLER_SECOND.get(word)
                          and set(text[tokens[j].end():tokens[j + 1].start()]) <= _JOINERS):
        return 0
    return size


def _starts_number(tokens: list[re.Match[str]], j: int, units: dict[str, int],
                   teens: dict[str, int], tens: dict[str, int], hundreds: dict[str, int]) -> bool:
    if j >= len(tokens):
        return False
    word = tokens[j].group().lower()
    return word.isdecimal() or (word in units and word not in ("o", "y")) or word in teens \
        or word in tens or word in hundreds


def _next_is_number(tokens: list[re.Match[str]], j: int, units: dict[str, int]) -> bool:
    nxt = tokens[j + 1].group().lower() if j + 1 < len(tokens) else ""
    return nxt.isdecimal() or nxt in units


def _tens_unit(tokens: list[re.Match[str]], j: int, text: str, units: dict[str, int],
               value: int, language: str) -> tuple[int, int]:
    """"twenty one", "twenty-one", "treinta y cuatro"."""
    if j < len(tokens) and language == "es" and tokens[j].group().lower() == "y" \
            and j + 1 < len(tokens) and tokens[j + 1].group().lower() in units:
        return j + 2, value + units[tokens[j + 1].group().lower()]
    if j < len(tokens) and language == "en":
        word = tokens[j].group().lower()
        if word in units and word not in ("zero", "oh", "o") \
                and set(text[tokens[j - 1].end():tokens[j].start()]) <= {"-", " "}:
            return j + 1, value + units[word]
    return j, value


def _spanish_group(tokens: list[re.Match[str]], j: int, hundreds: dict[str, int],
                   tens: dict[str, int], teens: dict[str, int],
                   units: dict[str, int]) -> tuple[int, int]:
    value = hundreds[tokens[j].group().lower()]
    j += 1
    if j < len(tokens):
        word = tokens[j].group().lower()
        if word in teens:
            return value + teens[word], j + 1
        if word in tens:
            value += tens[word]
            j += 1
            if j + 1 < len(tokens) and tokens[j].group().lower() == "y" \
                    and tokens[j + 1].group().lower() in units:
                value += units[tokens[j + 1].group().lower()]
                j += 2
            return value, j
        if word in units and (word not in ("un", "una")  # "ciento un años" is 101
                              or not _next_is_number(tokens, j, units)):
            return value + units[word], j + 1
    return value, j


def run_after(text: str, end: int, lead: re.Pattern[str], language: str,
              digits: int | None = None) -> int:
    """Where a number said right after ``lead`` at ``end`` ends ("extension two ten",
    "dash four four one two"), or ``end`` when none follows; ``digits``: its length."""
    match = lead.match(text, end)
    if not match:
        return end
    runs = number_runs(text[match.end():match.end() + 80], language)
    if runs and runs[0].start == 0 and (digits is None or len(runs[0].digits) == digits):
        return match.end() + runs[0].end
    return end


# A vital sign or a lab value named just before numbers: "my pressure today was one
# hundred twenty one hundred forty", "sugar was one thirty one fifty this week".
_READING_BEFORE = re.compile(
    r"\b(?:pressures?|bp|sugars?|glucose|readings?|pulse|heart\s+rate|sats|saturation|"
    r"oxygen|cholesterol|weight|weighed|weighs|temperature|temp|a1c)\b([^.?!\d]{0,30})$",
    re.IGNORECASE)
_READING_CHARS = 60  # characters before a run searched for the reading's name
# An identifier's cue between the reading's name and the numbers: they are no reading.
_ID_CUE_BETWEEN = re.compile(
    r"\b(?:numbers?|phone|cell|call|id|account|member|policy|zip|code|address|extension|"
    r"ext|fax|ssn|social|mrn|record)\b", re.IGNORECASE)
_READING_DIGITS = 6  # two or three readings said without "hundred" run this long at most


def said_as_readings(text: str, run: NumberRun, language: str) -> bool:
    """English numbers after a vital sign's or a lab's name, said as quantities (with
    "hundred", or short): two readings run together ("one hundred twenty one hundred
    forty"), no identifier."""
    if language != "en":
        return False
    before = text[max(0, run.start - _READING_CHARS):run.start]
    named = _READING_BEFORE.search(before)
    if not named or _ID_CUE_BETWEEN.search(before, named.start(1)):
        return False  # "my oxygen supplier number is eight hundred five five five ..."
    words = text[run.start:run.end].lower().split()
    return "hundred" in words or len(run.digits) <= _READING_DIGITS
