"""How ``bench/phi_public.py`` says each value of the public generator: one function
per kind of value, each giving the written, spoken and numerals forms (``Piece``).

Why a module of its own: the public generator's values come in many countries'
shapes (phones "21 259 903 5696" or "+41 (0)31 ...", postcodes "5000-047" or
"SW1A 1AA", streets "Avenida Noruega 42"), so each kind needs its own reading aloud,
as Whisper would write it: lower case, numbers as words in ``spoken`` and as digits
in ``numerals``, symbols said ("dot", "at", "plus", "extension"), punctuation mostly
dropped. The converters are ``bench/phi_speech``'s, shared with the other generators.
"""

from __future__ import annotations

import random
import re
from datetime import date

from bench import phi_speech as speech
from bench.phi_common import Piece

_TOKEN = re.compile(r"[^\W\d_]+'?[^\W\d_]*|\d+|#")
_SYMBOLS = {".": " dot ", "@": " at ", "_": " underscore ", "-": " dash ", "/": " slash ",
            ":": " colon "}


def numerals_text(text: str, rng: random.Random) -> str:
    """Words as ``speech.speak_text`` says them (abbreviations in full), digits kept."""
    return " ".join(token if token.isdigit() else speech.speak_text(token, "en", rng)
                    for token in _TOKEN.findall(text))


def words(value: str, rng: random.Random) -> Piece:
    """Names, towns, organisations: lower case, punctuation dropped, numbers said."""
    return value, speech.speak_text(value, "en", rng), numerals_text(value, rng)


def name(value: str) -> Piece:
    """People and titles: lower case, dots dropped, no street abbreviation said in
    full ("Dr." is no "drive" here)."""
    said = re.sub(r"\s+", " ", value.replace(".", " ")).strip().lower()
    return value, said, said


def house_number(n: int, rng: random.Random) -> str:
    """As people say them: "forty four seventeen", "four four one seven", "twelve"."""
    if n < 100 or (n < 1000 and rng.random() < 0.6):
        return speech.en_number(n)
    if n < 10000 and rng.random() < 0.6:
        return speech.en_pairs(n)
    return speech.digits(str(n), "en", rng)


def street(value: str, rng: random.Random) -> Piece:
    """A street address: its first number said as a house number, the rest as words."""
    said, first = [], True
    for token in _TOKEN.findall(value):
        if token.isdigit() and first and token[0] != "0":
            said.append(house_number(int(token), rng))
            first = False
        else:
            said.append(speech.speak_text(token, "en", rng))
    return value, " ".join(x for x in said if x), numerals_text(value, rng)


def digit_groups(value: str, rng: random.Random) -> Piece:
    """Postcodes, phones, SSNs, card numbers: each group digit by digit (letters as
    letters), "plus" for a leading +, "extension" for an x."""
    text = value.replace("(0)", " ")
    extension = ""
    if re.search(r"\dx\d", text):
        text, extension = text.split("x", 1)
    groups = re.findall(r"[A-Za-z0-9]+", text)
    comma = rng.random() < 0.3
    said = (", " if comma else " ").join(speech.digits(g, "en", rng) for g in groups)
    numerals = " ".join(re.findall(r"[\w-]+|\(\d+\)", text)).lower()
    if text.lstrip().startswith("+"):
        said, numerals = f"plus {said}", f"+{numerals}"
    if extension:
        said += f" extension {speech.digits(extension, 'en', rng)}"
        numerals += f" extension {extension}"
    return value, said, numerals


def card_number(value: str, rng: random.Random) -> Piece:
    """A card number read in fours, as people read them off the card."""
    fours = [value[i:i + 4] for i in range(0, len(value), 4)]
    return value, " ".join(speech.digits(f, "en", rng) for f in fours), " ".join(fours)


def code(value: str, rng: random.Random) -> Piece:
    """Licences, IBANs: letters one by one, digits by one or in pairs."""
    return value, speech.speak_code(value, "en", rng), value.lower()


def email(value: str, rng: random.Random) -> Piece:
    """Said "at" and "dot"; in ``numerals`` the digits as digits, or as written."""
    said = speech.spoken_symbols(value, "en", rng)
    if rng.random() < 0.5:
        return value, said, value.lower()
    numerals = "".join(_SYMBOLS.get(c, c) for c in value.lower())
    return value, said, re.sub(r"\s+", " ", numerals).strip()


def ip_address(value: str, rng: random.Random) -> Piece:
    if ":" in value:
        said = " colon ".join(speech.speak_code(g, "en", rng) for g in value.split(":") if g)
        return value, said, value.lower()
    return value, " dot ".join(speech.en_number(int(g)) for g in value.split(".")), value


def age(value: str, rng: random.Random) -> Piece:
    """"37", "1.5", "104": whole numbers as words, decimals "one point five"."""
    whole, _, fraction = value.partition(".")
    said = speech.en_number(int(whole))
    if fraction:
        said += " point " + speech.digits(fraction, "en", rng, oh=False)
    return value, said, value


def a_date(day: date, written: str, rng: random.Random) -> Piece:
    """A date as written in the source, and as a person says it."""
    month = speech.EN_MONTHS[day.month - 1]
    suffix = "th" if day.day in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10,
                                                                               "th")
    year = speech.en_year(day.year)
    roll = rng.randrange(4)
    said = [f"{month.lower()} {speech.en_ordinal(day.day)} {year}",
            f"{speech.en_number(day.month)} {speech.en_number(day.day)} {year}",
            f"the {speech.en_ordinal(day.day)} of {month.lower()} {year}",
            f"{month.lower()} {speech.en_number(day.day)} {year}"][roll]
    numerals = [f"{month.lower()} {day.day}{suffix} {day.year}",
                f"{day.month}/{day.day}/{day.year}",
                f"the {day.day}{suffix} of {month.lower()} {day.year}",
                f"{month.lower()} {day.day} {day.year}"][roll]
    return written, said, numerals


def time_of_day(hour: int, minute: int) -> str:
    """"five twenty three a m", "two o'clock p m"."""
    twelve = hour % 12 or 12
    minutes = " o'clock" if minute == 0 else \
        f" oh {speech.en_number(minute)}" if minute < 10 else f" {speech.en_number(minute)}"
    return f"{speech.en_number(twelve)}{minutes} {'a m' if hour < 12 else 'p m'}"
