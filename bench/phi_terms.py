"""Dates, ages and the must-survive clinical terms of the redaction development set.

Dates tied to a person (birth, admission, discharge, death, appointments) are
identifiers under HIPAA Safe Harbor; durations and relative times ("for two
weeks", "three days ago") are not, and neither are ages below 90. A redactor that
removes them wrecks the translation, so the set carries them as terms to keep.
"""

from __future__ import annotations

import datetime

from bench import phi_lists as lists
from bench import phi_speech as speech
from bench.phi_values import Source, Value

_EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_ES_WEEKDAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
_EN_UNITS = ["days", "weeks", "months", "years"]
_ES_UNITS = ["días", "semanas", "meses", "años"]


def _random_date(source: Source, first_year: int, last_year: int) -> datetime.date:
    start = datetime.date(first_year, 1, 1).toordinal()
    end = datetime.date(last_year, 12, 31).toordinal()
    return datetime.date.fromordinal(source.rng.randint(start, end))


def _en_date(source: Source, day: datetime.date, with_year: bool) -> tuple[str, str]:
    rng = source.rng
    month = speech.EN_MONTHS[day.month - 1]
    said_day = speech.en_ordinal(day.day) if source.chance(0.75) else speech.en_number(day.day)
    if not with_year:
        weekday = _EN_WEEKDAYS[day.weekday()]
        suffix = speech.en_ordinal(day.day)[-2:]
        written = rng.choice([f"{month} {day.day}", f"{month} {day.day}{suffix}",
                              f"{weekday}, {month} {day.day}", f"{day.month}/{day.day}"])
        spoken = f"{month.lower()} {said_day}"
        if written.startswith(weekday):
            spoken = f"{weekday.lower()} {spoken}"
        return written, spoken
    year = speech.en_year(day.year)
    written = rng.choice([f"{day.month:02d}/{day.day:02d}/{day.year}",
                          f"{day.month}/{day.day}/{day.year}", f"{month} {day.day}, {day.year}",
                          f"{month} {day.day}{speech.en_ordinal(day.day)[-2:]}, {day.year}",
                          f"{day.day} {month} {day.year}", day.isoformat()])
    spoken = rng.choice([f"{month.lower()} {said_day} {year}",
                         f"the {speech.en_ordinal(day.day)} of {month.lower()} {year}",
                         f"{speech.en_number(day.month)} {speech.en_number(day.day)} {year}"])
    return written, spoken


def _es_date(source: Source, day: datetime.date, with_year: bool) -> tuple[str, str]:
    rng = source.rng
    month = speech.ES_MONTHS[day.month - 1]
    said_day = "primero" if day.day == 1 and source.chance(0.5) else speech.es_number(day.day)
    if not with_year:
        weekday = _ES_WEEKDAYS[day.weekday()]
        if source.chance(0.3):
            return f"{weekday} {day.day} de {month}", f"{weekday} {said_day} de {month}"
        return f"{day.day} de {month}", f"{said_day} de {month}"
    written = rng.choice([f"{day.day} de {month} de {day.year}",
                          f"{day.day:02d}/{day.month:02d}/{day.year}",
                          f"{day.day}-{day.month}-{day.year}",
                          f"{day.day} de {month} del {day.year}"])
    year = speech.es_number(day.year)
    if source.chance(0.2) and day.year < 2000:
        spoken = f"{said_day} de {month} del {speech.es_number(day.year % 100)}"
    else:
        spoken = f"{said_day} de {month} de {year}"
    return written, spoken


def date(source: Source, birth: bool) -> Value:
    """A date of birth (always with its year) or of a visit, admission or death."""
    day = _random_date(source, 1925, 2008) if birth else _random_date(source, 2019, 2027)
    with_year = birth or source.chance(0.4)
    render = _en_date if source.language == "en" else _es_date
    written, spoken = render(source, day, with_year)
    return Value(written, spoken, "DATE_TIME")


def age(source: Source, old: bool) -> Value:
    """Ages of 90 and over are identifiers; younger ones must survive."""
    rng = source.rng
    years = rng.randint(90, 104) if old else rng.choice([rng.randint(2, 89), rng.randint(75, 89)])
    spoken = source.number(years)
    written = str(years)
    if source.chance(0.15):  # "ninety-two", "noventa y dos"
        written = spoken.replace(" ", "-") if source.language == "en" and years < 100 else spoken
    return Value(written, spoken, "AGE" if old else None)


def _keep(written: str, spoken: str | None = None) -> Value:
    return Value(written, (spoken if spoken is not None else written).lower(), None)


def duration(source: Source) -> Value:
    rng = source.rng
    n = rng.randint(2, 12)
    if source.language == "en":
        unit = rng.choice(_EN_UNITS)
        fixed = ["a couple of weeks", "about a month", "a few days", "a year and a half",
                 "a week", "almost a year"]
    else:
        unit = rng.choice(_ES_UNITS)
        fixed = ["un par de semanas", "casi un mes", "unos días", "año y medio", "una semana",
                 "quince días"]
    if source.chance(0.25):
        return _keep(rng.choice(fixed))
    said = f"{source.number(n)} {unit}"
    return _keep(f"{n} {unit}" if source.chance(0.5) else said, said)


def dose(source: Source) -> Value:
    rng = source.rng
    amount = rng.choice([5, 10, 20, 25, 40, 50, 100, 200, 250, 500, 750, 1000])
    if source.language == "en":
        unit = rng.choice([("mg", "milligrams"), ("milligrams", "milligrams"),
                           ("units", "units"), ("mcg", "micrograms")])
    else:
        unit = rng.choice([("mg", "miligramos"), ("miligramos", "miligramos"),
                           ("unidades", "unidades"), ("mcg", "microgramos")])
    return _keep(f"{amount} {unit[0]}", f"{source.number(amount)} {unit[1]}")


def relative(source: Source) -> Value:
    rng = source.rng
    n = rng.randint(2, 11)
    if source.language == "en":
        said = f"{speech.en_number(n)} {rng.choice(_EN_UNITS)} ago"
        # (no weekday counted from this week: "last Tuesday" names a day, as its date would;
        # stop 41 put "earlier this week" in its place, same draw, same length)
        fixed = ["last month", "yesterday", "last year", "a few days ago", "this morning",
                 "earlier this week", "the day before yesterday", "over the weekend",
                 "last night"]
    else:
        said = f"hace {speech.es_number(n)} {rng.choice(_ES_UNITS)}"
        fixed = ["el mes pasado", "ayer", "el año pasado", "hace unos días", "esta mañana",
                 "a principios de semana", "anteayer", "el fin de semana", "anoche"]
    if source.chance(0.5):
        return _keep(rng.choice(fixed))
    words = said.split()
    number_at = 0 if source.language == "en" else 1
    written = said.replace(words[number_at], str(n), 1) if source.chance(0.5) else said
    return _keep(written, said)


def clinical(source: Source, kind: str) -> Value:
    """A medicine, condition, department or body part: never an identifier."""
    en = source.language == "en"
    choices = {
        "drug": lists.DRUGS_EN if en else lists.DRUGS_ES,
        "brand": lists.BRANDS if en else lists.BRANDS + lists.BRANDS_ES,
        "condition": lists.CONDITIONS_EN if en else lists.CONDITIONS_ES,
        "dept": lists.DEPTS_EN if en else lists.DEPTS_ES,
        "body": lists.BODY_EN if en else lists.BODY_ES,
    }[kind]
    extra = _DEV_EXTRA.get(kind) if source.language == "es" and source.split == "dev" else None
    if extra and source.chance(0.5):  # dev only: the held-out part draws as it always did
        return _keep(source.rng.choice(extra))
    return _keep(source.pick(choices))


_DEV_EXTRA = {"drug": lists.DEV_DRUGS_ES, "brand": lists.DEV_BRANDS_ES,
              "condition": lists.DEV_CONDITIONS_ES, "body": lists.DEV_BODY_ES}
