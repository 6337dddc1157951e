"""Numbers, letters and symbols as Whisper writes them when they are spoken.

The development set (``bench/phi_data.py``) renders every identifier twice: as a
clinic form would write it ("03/23/1950", "ana.ruiz@gmail.com") and as an ASR
transcribes someone saying it ("march twenty third nineteen fifty", "ana dot ruiz at
gmail dot com"). Recognizers tuned on digits alone miss the second form, which is
what the live cascade actually sees. Kept separate from the generator so the
templates read as sentences.
"""

from __future__ import annotations

import random
import re
import unicodedata

EN_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
EN_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen"]
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
           "ninety"]
EN_ORDINAL_WORDS = {"one": "first", "two": "second", "three": "third", "five": "fifth",
                    "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

ES_DIGITS = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho",
             "nueve"]
ES_UNDER_30 = [*ES_DIGITS, "diez", "once", "doce", "trece", "catorce", "quince",
                           "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte",
                           "veintiuno", "veintidós", "veintitrés", "veinticuatro",
                           "veinticinco", "veintiséis", "veintisiete", "veintiocho",
                           "veintinueve"]
ES_TENS = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta",
           "noventa"]
ES_HUNDREDS = ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos",
               "seiscientos", "setecientos", "ochocientos", "novecientos"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
ES_LETTERS = {"a": "a", "b": "be", "c": "ce", "d": "de", "e": "e", "f": "efe", "g": "ge",
              "h": "hache", "i": "i", "j": "jota", "k": "ka", "l": "ele", "m": "eme",
              "n": "ene", "ñ": "eñe", "o": "o", "p": "pe", "q": "cu", "r": "erre",
              "s": "ese", "t": "te", "u": "u", "v": "uve", "w": "uve doble", "x": "equis",
              "y": "i griega", "z": "zeta"}
EN_PHONETIC = {"a": "apple", "b": "boy", "c": "cat", "d": "david", "e": "edward",
               "f": "frank", "g": "george", "h": "henry", "i": "ida", "j": "john",
               "k": "king", "l": "larry", "m": "mary", "n": "nancy", "o": "ocean",
               "p": "peter", "q": "queen", "r": "robert", "s": "sam", "t": "tom",
               "u": "union", "v": "victor", "w": "william", "x": "x-ray", "y": "yellow",
               "z": "zebra"}


def en_number(n: int) -> str:
    """Cardinal number in English words, 0 to 9999 ("one hundred twenty three")."""
    if n < 10:
        return EN_DIGITS[n]
    if n < 20:
        return EN_TEENS[n - 10]
    if n < 100:
        return EN_TENS[n // 10] + ("" if n % 10 == 0 else " " + EN_DIGITS[n % 10])
    if n < 1000:
        rest = n % 100
        return EN_DIGITS[n // 100] + " hundred" + ("" if rest == 0 else " " + en_number(rest))
    rest = n % 1000
    return en_number(n // 1000) + " thousand" + ("" if rest == 0 else " " + en_number(rest))


def en_ordinal(n: int) -> str:
    words = en_number(n).split()
    last = words[-1]
    if last in EN_ORDINAL_WORDS:
        words[-1] = EN_ORDINAL_WORDS[last]
    elif last.endswith("y"):
        words[-1] = last[:-1] + "ieth"
    else:
        words[-1] = last + "th"
    return " ".join(words)


def en_pairs(n: int) -> str:
    """A four-digit number read in pairs, as people say years and house numbers."""
    high, low = divmod(n, 100)
    if low == 0:
        return en_number(high) + " hundred"
    if low < 10:
        return en_number(high) + " oh " + EN_DIGITS[low]
    return en_number(high) + " " + en_number(low)


def en_year(year: int) -> str:
    if 2000 <= year < 2010:
        return en_number(year)
    return en_pairs(year)


def es_number(n: int) -> str:
    """Cardinal number in Spanish words, 0 to 9999 ("mil novecientos cincuenta")."""
    if n < 30:
        return ES_UNDER_30[n]
    if n < 100:
        return ES_TENS[n // 10] + ("" if n % 10 == 0 else " y " + ES_DIGITS[n % 10])
    if n == 100:
        return "cien"
    if n < 1000:
        rest = n % 100
        return ES_HUNDREDS[n // 100] + ("" if rest == 0 else " " + es_number(rest))
    thousands, rest = divmod(n, 1000)
    head = "mil" if thousands == 1 else es_number(thousands) + " mil"
    return head + ("" if rest == 0 else " " + es_number(rest))


def digits(value: str, language: str, rng: random.Random, oh: bool = True) -> str:
    """Each digit as a word; letters as letters. English speakers often say "oh" for 0."""
    words = []
    for char in value:
        if char.isdigit():
            if language == "en":
                zero = "oh" if oh and rng.random() < 0.3 else "zero"
                words.append(zero if char == "0" else EN_DIGITS[int(char)])
            else:
                words.append(ES_DIGITS[int(char)])
        elif char.isalpha():
            words.append(letter(char, language, rng))
    return " ".join(words)


def letter(char: str, language: str, rng: random.Random) -> str:
    """A spoken letter: mostly the bare letter, as Whisper writes it; sometimes its name."""
    char = char.lower()
    roll = rng.random()
    if language == "en" and roll < 0.15:
        return f"{char} as in {EN_PHONETIC.get(char, char)}"
    if language == "es" and roll < 0.3:
        return ES_LETTERS.get(char, char)
    return char


def grouped(groups: list[str], language: str, rng: random.Random) -> str:
    """Digit groups read one by one, or in pairs where a group has an even length
    (Spanish phone numbers are said "seis cuatro cuatro, doce, treinta y ocho")."""
    parts = []
    pairs = language == "es" and rng.random() < 0.6
    for group in groups:
        if pairs and len(group) % 2 == 0 and group[0] != "0":
            parts.append(" ".join(es_number(int(group[i:i + 2]))
                                  for i in range(0, len(group), 2)))
        else:
            parts.append(digits(group, language, rng))
    separator = ", " if rng.random() < 0.35 else " "
    return separator.join(parts)


def spoken_symbols(value: str, language: str, rng: random.Random) -> str:
    """An e-mail address or URL as said aloud: dots, at signs, numbers as words."""
    words = {"en": {".": "dot", "@": "at", "_": "underscore", "-": "dash", "/": "slash",
                    ":": "colon"},
             "es": {".": "punto", "@": "arroba", "_": "guion bajo", "-": "guion",
                    "/": "barra", ":": "dos puntos"}}[language]
    out: list[str] = []
    for token in re.findall(r"[^\W\d_]+|\d+|[^\w\s]|_", value.lower()):
        if token.isdigit():
            if len(token) <= 2 and token[0] != "0" and rng.random() < 0.6:
                out.append(en_number(int(token)) if language == "en" else es_number(int(token)))
            else:
                out.append(digits(token, language, rng, oh=False))
        else:
            out.append(words.get(token, token))
    return " ".join(out)


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


def spelled(name: str, language: str, rng: random.Random) -> tuple[str, str]:
    """A surname spelled out: written "M-A-R-S-H", spoken "m a r s h"."""
    letters = [c for c in strip_accents(name).lower() if c.isalpha()]
    written = "-".join(c.upper() for c in letters)
    if language == "es" and rng.random() < 0.3:
        return written, " ".join(ES_LETTERS.get(c, c) for c in letters)
    return written, " ".join(letters)


def speak_code(code: str, language: str, rng: random.Random) -> str:
    """An identifier code (licence, member id, CURP) read out: letters one by one,
    digit runs digit by digit or, for even runs, in pairs; dashes and dots unsaid."""
    out = []
    pairs = rng.random() < 0.3
    for token in re.findall(r"[^\W\d_]+|\d+", code):
        if token.isdigit():
            if pairs and len(token) % 2 == 0 and token[0] != "0":
                number = en_number if language == "en" else es_number
                out.append(" ".join(number(int(token[i:i + 2]))
                                    for i in range(0, len(token), 2)))
            else:
                out.append(digits(token, language, rng))
        else:
            out.append(" ".join(letter(c, language, rng) for c in token))
    return " ".join(out)


_ABBREVIATIONS = {
    "en": {"st": "street", "ave": "avenue", "dr": "drive", "blvd": "boulevard", "rd": "road",
           "ln": "lane", "ct": "court", "apt": "apartment", "n": "north", "s": "south",
           "e": "east", "w": "west", "#": "number"},
    "es": {"av": "avenida", "avda": "avenida", "c": "calle", "cl": "calle", "cra": "carrera",
           "dg": "diagonal", "tv": "transversal", "col": "colonia", "#": "número",
           "no": "número", "depto": "departamento", "edif": "edificio"},
}


def speak_text(text: str, language: str, rng: random.Random) -> str:
    """A place or street as a transcript writes it: lower case, abbreviations said in
    full, numbers as words, punctuation dropped."""
    words = []
    number = en_number if language == "en" else es_number
    for token in re.findall(r"[^\W\d_]+'?[^\W\d_]*|\d+|#", text.lower()):
        if token.isdigit():
            value = int(token)
            if value < 10000 and (len(token) < 4 or rng.random() < 0.5) and token[0] != "0":
                words.append(number(value))
            else:
                words.append(digits(token, language, rng))
        else:
            words.append(_ABBREVIATIONS[language].get(token, token))
    return " ".join(words)
