"""Dates, postal codes, times and readings in the three forms of ``bench/phi_dates.py``
(written, spoken, numerals): each function returns the three renderings of one value.

Kept apart from the generator so that the ways of saying a date can be read as a
list: each style is one way people (or Whisper) put a date of birth or a ZIP code
into words, drawn at random so that no style dominates.
"""

from __future__ import annotations

import itertools
import random
from datetime import date

from bench import phi_dates_terms as terms
from bench import phi_speech as speech

Piece = tuple[str, str, str]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ES_WEEKDAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def _suffix(day: int) -> str:
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10 if day not in (11, 12, 13) else 0, "th")


def _en_year(year: int, rng: random.Random) -> tuple[str, str]:
    """A year said (and as Whisper writes it then): "nineteen sixty two", "sixty-two",
    "nineteen hundred and sixty two", "two thousand and four", "oh four"."""
    yy = year % 100
    if year >= 2000:
        options = [(speech.en_number(year), str(year)),
                   (f"two thousand and {speech.en_number(yy)}", str(year)),
                   (speech.en_pairs(year), str(year))] if yy else \
            [("two thousand", "2000")]
        if yy < 10 and yy:
            options.append((f"oh {speech.en_number(yy)}", f"'{yy:02d}"))
        return rng.choice(options)
    short = speech.en_number(yy).replace(" ", rng.choice([" ", "-"]))
    options = [(speech.en_year(year), str(year)), (short, f"'{yy:02d}" if rng.random() < 0.5
                                                    else f"{yy:02d}"),
               (f"nineteen hundred and {speech.en_number(yy)}", str(year))]
    if yy < 10:
        options[1] = (f"oh {speech.en_number(yy)}", f"'{yy:02d}")
    return rng.choice([*options, options[0]])


def _es_year(year: int, rng: random.Random) -> tuple[str, str, str]:
    """(joiner, said, numerals): "del sesenta y dos" / "del 62", "de mil novecientos
    sesenta y dos" / "de 1962", "del dos mil cuatro" / "del 2004"."""
    yy = year % 100
    if year >= 2000 or rng.random() < 0.5:
        return rng.choice(["de", "del"]) if year >= 2000 else "de", \
            speech.es_number(year), str(year)
    return "del", speech.es_number(yy), f"{yy:02d}"


def _hesitate(said: str, rng: random.Random, fillers: list[str], p: float = 0.25) -> str:
    """An "um" between two words, or the first word said twice, at times."""
    words = said.split(" ")
    if len(words) < 3 or rng.random() >= p:
        return said
    if rng.random() < 0.3:
        return f"{words[0]}, {said}"
    cut = rng.randint(1, len(words) - 1)
    return " ".join([*words[:cut], rng.choice(fillers) + ",", *words[cut:]])


def _en_date(day: date, rng: random.Random) -> Piece:
    m, d, y = day.month, day.day, day.year
    month, yy = speech.EN_MONTHS[m - 1], y % 100
    year_said, year_num = _en_year(y, rng)
    ordinal, cardinal = speech.en_ordinal(d), speech.en_number(d)
    day_said = rng.choice([ordinal, ordinal, cardinal])
    th = f"{d}{_suffix(d)}"
    oh = "oh " if m < 10 and rng.random() < 0.6 else ""
    low = month.lower()
    roll = rng.randrange(12)
    if roll == 0:
        return f"{m:02d}/{d:02d}/{y}", f"{oh}{speech.en_number(m)} {cardinal} {year_said}", \
            f"{m}/{d}/{y}"
    if roll == 1:
        return f"{m}-{d}-{yy:02d}", f"{speech.en_number(m)} {cardinal} {year_said}", \
            f"{m}-{d}-{yy:02d}"
    if roll == 2:
        return f"{month} {d}, {y}", f"{low} the {ordinal}, {year_said}", \
            f"{low} {th}, {year_num}"
    if roll == 3:
        return f"{d} {month} {y}", f"{cardinal} {low} {year_said}", f"{d} {low} {year_num}"
    if roll == 4:
        return f"the {th} of {month} '{yy:02d}", f"the {ordinal} of {low}, {year_said}", \
            f"the {th} of {low} {year_num}"
    if roll == 5:
        return f"{month} {th}, {y}", f"{low} {day_said} {year_said}", f"{low} {th} {year_num}"
    if roll == 6:
        return f"{y}-{m:02d}-{d:02d}", f"{low} {day_said}, {year_said}", f"{low} {d} {y}"
    if roll == 7:  # digit by digit, as read off a card
        digits = f"{m:02d}{d:02d}{yy:02d}"
        return f"{m:02d}/{d:02d}/{yy:02d}", speech.digits(digits, "en", rng), \
            f"{m:02d} {d:02d} {yy:02d}"
    if roll == 8:  # a correction of the day
        wrong = d + 1 if d < 28 else d - 1
        fix = rng.choice(terms.EN_CORRECTIONS)
        return f"{month} {wrong}{_suffix(wrong)}, {fix}, the {th}, {y}", \
            f"{low} {speech.en_ordinal(wrong)}, {fix.lower()}, the {ordinal}, {year_said}", \
            f"{low} {wrong}{_suffix(wrong)}, {fix.lower()}, the {th}, {year_num}"
    if roll == 9:
        short = month[:3] + "." if len(month) > 4 else month
        return f"{short} {d}, {y}", f"{low} {cardinal} {year_said}", f"{low} {d} {year_num}"
    if roll == 10:  # with the weekday, for recent dates above all
        weekday = EN_WEEKDAYS[day.weekday()]
        return f"{weekday}, {month} {d}, {y}", f"{weekday.lower()} {low} {day_said}", \
            f"{weekday.lower()} {low} {th}"
    return f"{m}/{d}/{yy:02d}", f"{speech.en_number(m)} {cardinal} {year_said}", \
        f"{m}/{d}/{yy:02d}"


def _es_date(day: date, rng: random.Random) -> Piece:
    m, d, y = day.month, day.day, day.year
    month, yy = speech.ES_MONTHS[m - 1], y % 100
    joiner, year_said, year_num = _es_year(y, rng)
    day_said = "primero" if d == 1 and rng.random() < 0.6 else speech.es_number(d)
    roll = rng.randrange(11)
    if roll == 0:
        return f"{d:02d}/{m:02d}/{y}", \
            f"{day_said} del {speech.es_number(m)} {joiner} {year_said}", \
            f"{d} del {m} {joiner} {year_num}"
    if roll == 1:
        return f"{d} de {month} de {y}", f"{day_said} de {month} de {speech.es_number(y)}", \
            f"{d} de {month} de {y}"
    if roll == 2:
        return f"{d} de {month} del {yy:02d}" if y < 2000 else f"{d} de {month} de {y}", \
            f"{day_said} de {month}, {joiner} {year_said}", f"{d} de {month} {joiner} {year_num}"
    if roll == 3:
        return f"{d}-{m}-{yy:02d}", f"{day_said} {speech.es_number(m)} {year_said}", \
            f"{d}-{m}-{yy:02d}"
    if roll == 4:
        return f"{d:02d}.{m:02d}.{y}", \
            f"{speech.digits(f'{d:02d}', 'es', rng)} {speech.digits(f'{m:02d}', 'es', rng)} " \
            f"{speech.digits(f'{yy:02d}', 'es', rng)}", f"{d:02d} {m:02d} {yy:02d}"
    if roll == 5:
        weekday = ES_WEEKDAYS[day.weekday()]
        return f"{weekday} {d} de {month} de {y}", f"{weekday} {day_said} de {month}", \
            f"{weekday} {d} de {month}"
    if roll == 6:
        wrong = d + 1 if d < 28 else d - 1
        fix = rng.choice(terms.ES_CORRECTIONS)
        return f"{wrong}, {fix}, {d} de {month} de {y}", \
            f"{speech.es_number(wrong)}, {fix}, {day_said} de {month} {joiner} {year_said}", \
            f"{wrong}, {fix}, {d} de {month} {joiner} {year_num}"
    if roll == 7:
        return f"{d} de {month} del año {yy:02d}" if y < 2000 else f"{d} de {month} de {y}", \
            f"{day_said} de {month} del año {year_said}", f"{d} de {month} del año {year_num}"
    if roll == 8:  # the month first, as in Mexico and the US
        return f"{month} {d} de {y}", f"{month} {day_said} {joiner} {year_said}", \
            f"{month} {d} {joiner} {year_num}"
    if roll == 9:
        return f"{d}/{m}/{yy:02d}", \
            f"{day_said}, {speech.es_number(m)}, {year_said}", f"{d}/{m}/{yy:02d}"
    return f"{d}/{m}/{y}", f"{day_said} del {speech.es_number(m)} {joiner} {year_said}", \
        f"{d} del {m} {joiner} {year_num}"


def a_date(day: date, rng: random.Random, language: str, fillers: list[str]) -> Piece:
    """A full date, with a hesitation inside the spoken forms at times."""
    written, spoken, numerals = (_en_date if language == "en" else _es_date)(day, rng)
    if rng.random() < 0.25:
        pause = rng.choice(fillers)
        spoken, numerals = _hesitate(spoken, rng, [pause], 1), _hesitate(numerals, rng,
                                                                         [pause], 1)
    return written, spoken, numerals


def day_and_month(day: date, rng: random.Random, language: str) -> Piece:
    """Day and month, no year: "March 15th", "the fifteenth of march", "15 de marzo"."""
    d = day.day
    if language == "es":
        month = speech.ES_MONTHS[day.month - 1]
        said = "primero" if d == 1 else speech.es_number(d)
        return f"{d} de {month}", f"{said} de {month}", f"{d} de {month}"
    month = speech.EN_MONTHS[day.month - 1]
    th = f"{d}{_suffix(d)}"
    return rng.choice([
        (f"{month} {th}", f"{month.lower()} {speech.en_ordinal(d)}", f"{month.lower()} {th}"),
        (f"{th} of {month}", f"{speech.en_ordinal(d)} of {month.lower()}",
         f"{th} of {month.lower()}"),
        (f"{d} {month}", f"{speech.en_number(d)} {month.lower()}", f"{d} {month.lower()}"),
    ])


def year_first(day: date, rng: random.Random, language: str) -> Piece:
    """The year before the day: "'62, on March 15th", "el 62, un 15 de marzo"."""
    yy, d = day.year % 100, day.day
    if language == "es":
        month = speech.ES_MONTHS[day.month - 1]
        year = speech.es_number(yy if day.year < 2000 else day.year)
        short = f"{yy:02d}" if day.year < 2000 else str(day.year)
        return f"{day.year}, un {d} de {month}", \
            f"el {year}, un {speech.es_number(d)} de {month}", f"el {short}, un {d} de {month}"
    month = speech.EN_MONTHS[day.month - 1]
    year_said, year_num = _en_year(day.year, rng)
    return f"'{yy:02d}, on {month} {d}{_suffix(d)}", \
        f"{year_said}, on the {speech.en_ordinal(d)} of {month.lower()}", \
        f"{year_num}, on the {d}{_suffix(d)} of {month.lower()}"


def month_and_year(day: date, rng: random.Random, language: str) -> Piece:
    if language == "es":
        month = speech.ES_MONTHS[day.month - 1]
        joiner, year_said, year_num = _es_year(day.year, rng)
        return f"{month} de {day.year}", f"{month} {joiner} {year_said}", \
            f"{month} {joiner} {year_num}"
    month = speech.EN_MONTHS[day.month - 1]
    year_said, year_num = _en_year(day.year, rng)
    of = rng.choice(["", "of "])
    return f"{month} {day.year}", f"{month.lower()} {of}{year_said}", \
        f"{month.lower()} {of}{year_num}"


def _en_zip_said(code: str, rng: random.Random, fillers: list[str]) -> str:
    roll = rng.randrange(6)
    if roll == 1 and any(a == b for a, b in itertools.pairwise(code)):
        words: list[str] = []
        i = 0
        while i < len(code):
            if i + 1 < len(code) and code[i] == code[i + 1]:
                words.append("double " + speech.digits(code[i], "en", rng))
                i += 2
            else:
                words.append(speech.digits(code[i], "en", rng))
                i += 1
        return " ".join(words)
    if roll == 2 and code[0] != "0" and code[1] != "0":  # "forty five, four oh two"
        return f"{speech.en_number(int(code[:2]))}, {speech.digits(code[2:], 'en', rng)}"
    if roll == 3 and code[3] != "0":  # "four five four, twenty one"
        return f"{speech.digits(code[:3], 'en', rng)}, {speech.en_number(int(code[3:]))}"
    if roll == 4:  # a restart
        return f"{speech.digits(code[:2], 'en', rng)}, {speech.digits(code, 'en', rng)}"
    return _hesitate(speech.digits(code, "en", rng), rng, fillers, 0.3)


def _es_zip_said(code: str, rng: random.Random, fillers: list[str]) -> str:
    roll = rng.randrange(6)
    if roll == 1 and code[0] != "0":  # "veintiocho cero cero uno"
        return f"{speech.es_number(int(code[:2]))}, {speech.digits(code[2:], 'es', rng)}"
    if roll == 2 and code[0] != "0":  # "cuarenta y seis mil cuatrocientos"
        return speech.es_number(int(code))
    if roll == 3 and code[2] != "0" and code[0] != "0":  # "cuarenta y cuatro, cien"
        return f"{speech.es_number(int(code[:2]))}, {speech.es_number(int(code[2:]))}"
    if roll == 4 and code[3] != "0":  # "cero seis siete, veinte"
        return f"{speech.digits(code[:3], 'es', rng)}, {speech.es_number(int(code[3:]))}"
    return _hesitate(speech.digits(code, "es", rng), rng, fillers, 0.3)


def postal_code(rng: random.Random, language: str, fillers: list[str]) -> Piece:
    """A US ZIP (ZIP+4 at times) or a Spanish / Mexican postal code."""
    if language == "en":
        code = f"{rng.randint(1001, 99950):05d}"
        spoken = _en_zip_said(code, rng, fillers)
        numerals = rng.choice([code, code, code, " ".join(code), "-".join(code)])
        if rng.random() < 0.2:
            plus = f"{rng.randint(1, 9999):04d}"
            dash = rng.choice([" dash ", " ", " hyphen "])
            return f"{code}-{plus}", f"{spoken}{dash}{speech.digits(plus, 'en', rng)}", \
                f"{code}-{plus}"
        return code, spoken, numerals
    if rng.random() < 0.5:  # Spain: the province first, 01 to 52
        code = f"{rng.randint(1, 52):02d}{rng.randint(0, 999):03d}"
    else:  # Mexico: often a round colonia code
        code = f"{rng.randint(1000, 99999):05d}"
        if rng.random() < 0.5:
            code = code[:3] + "00"
    spoken = _es_zip_said(code, rng, fillers)
    return code, spoken, rng.choice([code, code, " ".join(code), f"{code[:2]} {code[2:]}"])


def time_of_day(rng: random.Random, language: str) -> Piece:
    h = rng.randint(1, 11)
    if language == "en":
        pattern = rng.choice(terms.EN_TIMES)
        if "thirty" in pattern:
            return f"at {h}:30", f"at {speech.en_number(h)} thirty", f"at {h}:30"
        return pattern.format(h=h), pattern.format(h=speech.en_number(h)), pattern.format(h=h)
    pattern = rng.choice(terms.ES_TIMES)
    word = "una" if h == 1 else speech.es_number(h)
    pattern = pattern.replace("las {h}", "la {h}") if h == 1 else pattern
    return pattern.format(h=h), pattern.format(h=word), pattern.format(h=h)


def reading(rng: random.Random, language: str) -> Piece:
    """A blood pressure ("one forty over ninety") or a pain score ("a 7 out of ten")."""
    number = speech.en_number if language == "en" else speech.es_number
    if rng.random() < 0.6:
        hi, lo = rng.choice([110, 120, 130, 135, 140, 150, 160]), rng.choice([70, 80, 85, 90])
        joiner = "over" if language == "en" else "sobre"
        hi_said = speech.en_pairs(hi) if language == "en" else number(hi)
        return f"{hi}/{lo}", f"{hi_said} {joiner} {number(lo)}", f"{hi} {joiner} {lo}"
    p = rng.randint(3, 10)
    if language == "en":
        return f"a {p} out of 10", f"a {number(p)} out of ten", f"a {p} out of 10"
    return f"un {p} de 10", f"un {number(p)} de diez", f"un {p} de 10"
