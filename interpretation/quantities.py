"""Numbers, doses and units in English and Spanish speech: found, rendered, compared.

A wrong dose spoken confidently is the worst thing an interpreter can say, so no
translation engine is trusted with a number. Before MT every quantity ("500 mg",
"two tablets", "dos pastillas", "9:30", "38.5 degrees", "120 over 80") becomes a
protected span whose target-language rendering is decided here, by table, and
after MT the numbers of the source and of the output are compared
(``values``): a difference flags the segment for a human check.

Digits stay digits. Number words are rendered as words of the target language,
with the gender of the unit that follows where Spanish needs one ("una tableta",
"un día"). Bare "one"/"un"/"una" are articles and pronouns far more often than
numbers: they count only when a unit follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# (English singular, English plural, Spanish singular, Spanish plural, Spanish gender)
UNITS: tuple[tuple[str, str, str, str, str], ...] = (
    ("milligram", "milligrams", "miligramo", "miligramos", "m"),
    ("microgram", "micrograms", "microgramo", "microgramos", "m"),
    ("gram", "grams", "gramo", "gramos", "m"),
    ("kilogram", "kilograms", "kilogramo", "kilogramos", "m"),
    ("kilo", "kilos", "kilo", "kilos", "m"),
    ("milliliter", "milliliters", "mililitro", "mililitros", "m"),
    ("millilitre", "millilitres", "mililitro", "mililitros", "m"),
    ("liter", "liters", "litro", "litros", "m"),
    ("unit", "units", "unidad", "unidades", "f"),
    ("tablet", "tablets", "tableta", "tabletas", "f"),
    ("pill", "pills", "pastilla", "pastillas", "f"),
    ("capsule", "capsules", "cápsula", "cápsulas", "f"),
    ("drop", "drops", "gota", "gotas", "f"),
    ("puff", "puffs", "inhalación", "inhalaciones", "f"),
    ("spray", "sprays", "atomización", "atomizaciones", "f"),
    ("teaspoon", "teaspoons", "cucharadita", "cucharaditas", "f"),
    ("tablespoon", "tablespoons", "cucharada", "cucharadas", "f"),
    ("dose", "doses", "dosis", "dosis", "f"),
    ("injection", "injections", "inyección", "inyecciones", "f"),
    ("patch", "patches", "parche", "parches", "m"),
    ("time a day", "times a day", "vez al día", "veces al día", "f"),
    ("time a week", "times a week", "vez a la semana", "veces a la semana", "f"),
    ("time", "times", "vez", "veces", "f"),
    ("year old", "years old", "año de edad", "años de edad", "m"),
    ("day", "days", "día", "días", "m"),
    ("week", "weeks", "semana", "semanas", "f"),
    ("month", "months", "mes", "meses", "m"),
    ("year", "years", "año", "años", "m"),
    ("hour", "hours", "hora", "horas", "f"),
    ("minute", "minutes", "minuto", "minutos", "m"),
    ("second", "seconds", "segundo", "segundos", "m"),
    ("degree", "degrees", "grado", "grados", "m"),
    ("pound", "pounds", "libra", "libras", "f"),
    ("ounce", "ounces", "onza", "onzas", "f"),
    ("inch", "inches", "pulgada", "pulgadas", "f"),
    ("foot", "feet", "pie", "pies", "m"),
    ("centimeter", "centimeters", "centímetro", "centímetros", "m"),
    ("millimeter", "millimeters", "milímetro", "milímetros", "m"),
    ("percent", "percent", "por ciento", "por ciento", "m"),
    ("glass", "glasses", "vaso", "vasos", "m"),
    ("cup", "cups", "taza", "tazas", "f"),
    ("meal", "meals", "comida", "comidas", "f"),
    ("refill", "refills", "resurtido", "resurtidos", "m"),
    ("beat per minute", "beats per minute", "latido por minuto", "latidos por minuto", "m"),
    ("breath", "breaths", "respiración", "respiraciones", "f"),
)
# Written the same in both languages.
SYMBOLS = ("mg", "mcg", "µg", "ml", "mL", "g", "kg", "cc", "mmHg", "mm", "cm", "%", "IU", "UI",
           "mg/dL", "mmol/L", "lb", "lbs", "oz", "°C", "°F")

EN_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
            "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
            "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
            "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
ES_WORDS = {"cero": 0, "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4,
            "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11,
            "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
            "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19,
            "veinte": 20, "veintiún": 21, "veintiuno": 21, "veintiuna": 21, "veintidós": 22,
            "veintidos": 22, "veintitrés": 23, "veintitres": 23, "veinticuatro": 24,
            "veinticinco": 25, "veintiséis": 26, "veintiseis": 26, "veintisiete": 27,
            "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40,
            "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
            "cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200,
            "trescientos": 300, "trescientas": 300, "cuatrocientos": 400,
            "cuatrocientas": 400, "quinientos": 500, "quinientas": 500, "seiscientos": 600,
            "seiscientas": 600, "setecientos": 700, "setecientas": 700,
            "ochocientos": 800, "ochocientas": 800, "novecientos": 900,
            "novecientas": 900}
# Words that make a number only inside a run of number words.
_JOINERS = {"en": {"and"}, "es": {"y"}}
_MULTIPLIERS = {"en": {"hundred": 100, "thousand": 1000}, "es": {"mil": 1000}}
_ARTICLES = {"one", "un", "uno", "una"}
_RATIO = {"en": "over", "es": "sobre"}

_DIGITS = r"\d+(?:[.,:]\d+)*"


@dataclass(frozen=True)
class Quantity:
    """One number (with its unit, if any) found in a text: where, its value, and how
    the other language says it."""

    start: int
    end: int
    value: str
    rendered: dict[str, str]


def _alternatives(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def _words_pattern(language: str) -> str:
    """Number words as a grammar, so that "cuatro y seis semanas" stays two numbers (and
    "treinta y seis" one), as does "two and three" (and "one hundred and five" one)."""
    if language == "en":
        small = _alternatives([w for w, v in EN_WORDS.items() if v < 20])
        unit = _alternatives([w for w, v in EN_WORDS.items() if 0 < v < 10])
        tens = _alternatives([w for w, v in EN_WORDS.items() if v >= 20])
        below_100 = rf"(?:{tens}(?:[\s-]+{unit})?|{small})"
        below_1000 = rf"(?:{small}\s+hundred(?:\s+(?:and\s+)?{below_100})?|{below_100})"
        number = (rf"(?:{below_1000}\s+thousand(?:\s+(?:and\s+)?{below_1000})?|{below_1000})")
        return rf"{number}(?:\s+and\s+a\s+half)?|half(?:\s+an?)?"
    small = _alternatives([w for w, v in ES_WORDS.items() if v < 30])
    unit = _alternatives([w for w, v in ES_WORDS.items() if 0 < v < 10])
    tens = _alternatives([w for w, v in ES_WORDS.items() if 30 <= v < 100])
    hundreds = _alternatives([w for w, v in ES_WORDS.items() if v >= 100])
    below_100 = rf"(?:{tens}(?:\s+y\s+{unit})?|{small})"
    below_1000 = rf"(?:{hundreds}(?:\s+{below_100})?|{below_100})"
    number = rf"(?:(?:{below_1000}\s+)?mil(?:\s+{below_1000})?|{below_1000})"
    return rf"{number}(?:\s+y\s+medi[oa])?|medi[oa]"


def _unit_pattern(language: str) -> str:
    forms = sorted({form for row in UNITS
                    for form in (row[0:2] if language == "en" else row[2:4])},
                   key=len, reverse=True)
    named = "|".join(re.escape(f) for f in forms)
    symbols = "|".join(re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True))
    return rf"(?:(?:{named})\b|(?:{symbols})(?![\w/]))"


def _compile(language: str) -> re.Pattern[str]:
    number = rf"(?:{_DIGITS}|{_words_pattern(language)})"
    unit = _unit_pattern(language)
    ratio = _RATIO[language]
    return re.compile(
        rf"(?<![\w\[])(?P<number>{number})"
        rf"(?:\s+{ratio}\s+(?P<second>{number}))?"
        rf"(?:\s*(?P<unit>{unit}))?(?![\w\]])", re.IGNORECASE)


_PATTERNS = {language: _compile(language) for language in ("en", "es")}


def find(text: str, language: str) -> list[Quantity]:
    """Every quantity in ``text``, spoken in ``language`` (en or es)."""
    pattern = _PATTERNS.get(language)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        number, unit = match.group("number"), match.group("unit")
        if number.lower() in _ARTICLES and not unit:
            continue  # "one of them", "un dolor": an article, not a count
        value = parse(number, language)
        if value is None:
            continue
        second = match.group("second")
        second_value = parse(second, language) if second else None
        rendered = {target: _render(match, value, second_value, language, target)
                    for target in ("en", "es") if target != language}
        found.append(Quantity(match.start(), match.end(),
                              value if second_value is None else f"{value}/{second_value}",
                              rendered))
    return found


def values(text: str, language: str) -> list[str]:
    """The numbers a text says, for comparing a translation with its source. A spoken
    "one" is left out on both sides: Spanish says "una semana" for "a week"."""
    return sorted(q.value for q in find(text, language)
                  if q.value != "1" or text[q.start:q.end].split()[0].lower() not in _ARTICLES)


def parse(number: str, language: str) -> str | None:
    """A number as written or spoken, as a canonical string ("500", "38.5", "9:30")."""
    number = number.strip().lower()
    if number[0].isdigit():
        if re.fullmatch(r"\d+,\d{1,2}", number):  # Spanish decimal comma: 38,5
            return number.replace(",", ".")
        return number.replace(",", "")  # 1,000 or 1.000: thousands
    if number in ("half", "half a", "half an", "medio", "media"):
        return "0.5"
    table = EN_WORDS if language == "en" else ES_WORDS
    multipliers = _MULTIPLIERS[language]
    half = bool(re.search(r"\b(?:half|medi[oa])$", number))
    number = re.sub(r"\s+(?:and\s+a\s+half|y\s+medi[oa])$", "", number)
    total = current = 0
    for word in number.replace("-", " ").split():
        if word in _JOINERS[language]:
            continue
        if word in multipliers:
            current = max(current, 1) * multipliers[word]
            if multipliers[word] >= 1000:
                total, current = total + current, 0
        elif word in table:
            current += table[word]
        else:
            return None
    result = total + current
    return f"{result}.5" if half else str(result)


def _render(match: re.Match[str], value: str, second: str | None, source: str,
            target: str) -> str:
    """The quantity as the target language says it."""
    number = match.group("number")
    unit = match.group("unit")
    row = _unit_row(unit, source) if unit else None
    gender = row[4] if row else "m"
    said = _say(number, value, target, gender)
    if second is not None:
        said += f" {_RATIO[target]} " + _say(match.group("second"), second, target, gender)
    if unit is None:
        return said
    if row is None:  # a symbol: mg, %, mmHg
        gap = match.group(0)[len(match.group(0)) - len(unit) - 1]
        return f"{said}{' ' if gap.isspace() else ''}{unit}"
    singular = float(value) <= 1
    if target == "en":
        said = "half a" if value == "0.5" else said  # half a tablet
        return f"{said} {row[0] if singular else row[1]}"
    return f"{said} {row[2] if singular else row[3]}"


def _unit_row(unit: str, language: str) -> tuple[str, str, str, str, str] | None:
    unit = re.sub(r"\s+", " ", unit.lower())
    columns = (0, 1) if language == "en" else (2, 3)
    for row in UNITS:
        if unit in (row[columns[0]], row[columns[1]]):
            return row
    return None


def _say(number: str, value: str, target: str, gender: str) -> str:
    """Digits as written; words as the target language's words."""
    if number.strip()[0].isdigit():  # as written; a decimal comma becomes a point
        return re.sub(r"^(\d+),(\d{1,2})$", r"\1.\2", number.strip())
    whole, _, fraction = value.partition(".")
    if whole == "0" and fraction == "5":
        return "half" if target == "en" else ("media" if gender == "f" else "medio")
    words = to_words(int(whole), target, gender)
    if fraction == "5":
        return words + (" and a half" if target == "en" else
                        (" y media" if gender == "f" else " y medio"))
    return words


def to_words(n: int, language: str, gender: str = "m") -> str:
    """0 to 999,999 in words; larger numbers stay digits."""
    if n >= 1_000_000:
        return str(n)
    return _en_words(n) if language == "en" else _es_words(n, gender)


_EN_BY_VALUE = {v: k for k, v in EN_WORDS.items()}


def _en_words(n: int) -> str:
    if n < 20 or (n < 100 and n % 10 == 0):
        return _EN_BY_VALUE[n]
    if n < 100:
        return f"{_EN_BY_VALUE[n - n % 10]}-{_EN_BY_VALUE[n % 10]}"
    if n < 1000:
        rest = f" {_en_words(n % 100)}" if n % 100 else ""
        return f"{_EN_BY_VALUE[n // 100]} hundred{rest}"
    rest = f" {_en_words(n % 1000)}" if n % 1000 else ""
    return f"{_en_words(n // 1000)} thousand{rest}"


_ES_UNITS = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
             "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete",
             "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés",
             "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho",
             "veintinueve"]
_ES_TENS = {30: "treinta", 40: "cuarenta", 50: "cincuenta", 60: "sesenta", 70: "setenta",
            80: "ochenta", 90: "noventa"}
_ES_HUNDREDS = {1: "ciento", 2: "doscientos", 3: "trescientos", 4: "cuatrocientos",
                5: "quinientos", 6: "seiscientos", 7: "setecientos", 8: "ochocientos",
                9: "novecientos"}


def _es_words(n: int, gender: str) -> str:
    if n < 30:
        word = _ES_UNITS[n]
        if word.endswith("uno"):  # before a noun: un día, una tableta, veintiún días
            word = word[:-1] + ("a" if gender == "f" else "") if n == 1 else (
                "veintiuna" if gender == "f" else "veintiún")
        return word
    if n < 100:
        tens, units = _ES_TENS[n - n % 10], n % 10
        return tens if not units else f"{tens} y {_es_words(units, gender)}"
    if n < 1000:
        if n == 100:
            return "cien"
        hundreds = _ES_HUNDREDS[n // 100]
        if gender == "f" and n >= 200:
            hundreds = hundreds[:-2] + "as"
        return hundreds if not n % 100 else f"{hundreds} {_es_words(n % 100, gender)}"
    thousands = "mil" if n // 1000 == 1 else f"{_es_words(n // 1000, 'm')} mil"
    return thousands if not n % 1000 else f"{thousands} {_es_words(n % 1000, gender)}"
