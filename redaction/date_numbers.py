"""Whether numbers said can be a date: a day, a month and a year, in either order of
day and month, or around a month's name. Split from ``dates.py``, which finds the
stretches of date words and asks these questions of their numbers."""

from __future__ import annotations

import re

from redaction import lexicon

# A number said with its hundreds ("ciento veinte", "one hundred twenty", "doscientos") is
# a reading of 100-999, never part of a date; a year's hundreds follow its thousands or
# its first two digits ("mil novecientos", "nineteen hundred").
_HUNDREDS_WORD = re.compile(r"(?<!mil )(?<!teen )\b(?:hundred|cien|ciento|(?:dos|tres|cuatro|"
                            r"seis|sete|ocho|nove)cient[oa]s|quinient[oa]s)\b", re.I)


def readings_said(said: str) -> bool:
    """Were these numbers said with hundreds that are no year's ("la azúcar me sale entre
    ciento veinte ciento treinta": one run of digits, "120130", that ``numeric_date``
    would split as 12/01/30)?"""
    return bool(_HUNDREDS_WORD.search(said))


def is_year(digits: str) -> bool:
    return len(digits) == 2 or (len(digits) == 4 and digits[:2] in ("19", "20"))


def is_day(digits: str) -> bool:
    return len(digits) <= 2 and 1 <= int(digits) <= 31


def numeric_date(numbers: list[str]) -> bool:
    """Month, day and year in either order of month and day: three numbers, or fewer
    that split so ("091999", "12 24 1978")."""
    if len(numbers) == 3:
        parts = [numbers]
    elif len(numbers) == 2 and all(len(n) <= 2 for n in numbers):
        return False  # two short numbers said apart are a time or a reading ("11 30")
    else:
        joined = "".join(numbers)
        parts = [[joined[:a], joined[a:a + b], joined[a + b:]]
                 for a in (1, 2) for b in (1, 2) if len(joined) - a - b in (2, 4)]
    for first, second, year in parts:
        if not (first and second and is_year(year)):
            continue
        if is_day(first) and is_day(second) and min(int(first), int(second)) <= 12:
            return True
    return False


def with_month(numbers: list[str], year_joined: bool) -> bool:
    """The numbers around a month name: a day, a year, or both (one run may hold both:
    "fifteen sixty two")."""
    if len(numbers) == 1:
        only = numbers[0]
        if is_day(only) or (len(only) == 4 and is_year(only)) or (year_joined and len(only) == 2):
            return True
        return any(is_day(only[:a]) and is_year(only[a:]) for a in (1, 2) if len(only) > a)
    if len(numbers) == 2:
        a, b = numbers
        return (is_day(a) and is_year(b)) or (is_year(a) and len(a) in (2, 4) and is_day(b))
    return False


def said_numbers(said: str, language: str) -> list[int] | None:
    """The numbers said in words ("three four ninety four": 3, 4, 94; "oh three": 3),
    or None where there is anything else (digits, hundreds, other words)."""
    units, teens, tens = (lexicon.EN_UNITS, lexicon.EN_TEENS, lexicon.EN_TENS) \
        if language == "en" else (lexicon.ES_UNITS, lexicon.ES_TEENS, lexicon.ES_TENS)
    fillers = {"um", "uh", "umm", "like", "eh", "este", "mmm", "and", "y"}
    words = [w for w in re.findall(r"[^\W\d_]+|\d", said.lower()) if w not in fillers]
    numbers: list[int] = []
    zero = False
    for n, word in enumerate(words):
        value = tens.get(word, teens.get(word, units.get(word)))
        if value is None:
            return None
        if word in units and value and numbers and words[n - 1] in tens:
            numbers[-1] += value  # "ninety four"
        elif zero and word in units:
            numbers[-1] = value  # "oh three"
        else:
            numbers.append(value)
        zero = word in units and value == 0 and not zero
    return numbers


def three_said(said: str, language: str) -> bool:
    """Month, day and year said as three numbers in words, no cue needed ("three four
    ninety four", "tres nueve ochenta y cuatro", "twelve ten nineteen forty")."""
    numbers = said_numbers(said, language)
    if not numbers:
        return False
    if len(numbers) == 4 and numbers[2] in (19, 20) and numbers[3] >= 10:
        numbers = [*numbers[:2], numbers[2] * 100 + numbers[3]]
    return len(numbers) == 3 and numeric_date([f"{n:02d}" if n < 100 else str(n)
                                                 for n in numbers])
