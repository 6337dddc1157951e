"""Addresses and places for the redaction development set, written and spoken.

US addresses for English; for Spanish, Faker's streets of Spain and Mexico and
hand-made ones in the formats of a dozen other countries (``phi_streets``) in the dev
part, and Faker's streets of Colombia, Argentina and Chile in the held-out part (plus
US addresses said in Spanish in both): the held-out identities come from a generator
the dev part never uses.
"""

from __future__ import annotations

from bench import phi_lists as lists
from bench import phi_speech as speech
from bench.phi_streets import latin_american_street
from bench.phi_values import US_STATES_ES, Source, Value

_WRITTEN_ORDINALS = {"Second": "2nd", "Third": "3rd", "Fifth": "5th", "Fourteenth": "14th"}
_SHORT = {"Street": "St", "Avenue": "Ave", "Drive": "Dr", "Boulevard": "Blvd", "Road": "Rd",
          "Lane": "Ln", "Court": "Ct"}
_FLOORS = {1: "primero", 2: "segundo", 3: "tercero", 4: "cuarto", 5: "quinto", 6: "sexto"}


def _house_number_en(source: Source, number: int) -> str:
    roll = source.rng.random()
    if number < 100 or roll < 0.2:
        return speech.en_number(number) if number < 10000 else speech.digits(
            str(number), "en", source.rng)
    if roll < 0.6 or number >= 10000:
        return speech.digits(str(number), "en", source.rng)
    return speech.en_pairs(number)


def _us_street(source: Source) -> tuple[str, str]:
    rng = source.rng
    number = rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999),
                         rng.randint(10000, 29999)])
    name = source.pick(lists.STREETS_EN) if source.chance(0.5) else \
        source.faker("en_US").street_name()
    spoken_name = name.lower()
    written = " ".join(_WRITTEN_ORDINALS.get(word, word) for word in name.split())
    suffix = written.rsplit(" ", 1)[-1]
    if suffix in _SHORT and source.chance(0.3):
        written = written[: -len(suffix)] + _SHORT[suffix] + ("." if source.chance(0.5) else "")
    if source.language == "en":
        spoken_number = _house_number_en(source, number)
    else:
        spoken_number = speech.es_number(number) if number < 10000 and source.chance(0.5) \
            else speech.digits(str(number), "es", rng)
    written, spoken = f"{number} {written}", f"{spoken_number} {spoken_name}"
    if source.language == "en" and source.chance(0.2):
        unit = rng.choice([str(rng.randint(1, 30)), f"{rng.randint(1, 9)}{rng.choice('ABCD')}"])
        label = rng.choice(["Apt", "Apt.", "Unit", "#"])
        written += f", {label} {unit}" if label != "#" else f" #{unit}"
        said = {"#": "number", "Unit": "unit"}.get(label, "apartment")
        spoken += f" {said} {speech.speak_text(unit, 'en', rng)}"
    return written, spoken


def _spanish_street(source: Source) -> tuple[str, str]:
    rng = source.rng
    if source.split == "dev":  # half of them in the formats of a dozen other countries
        kind = rng.choice(["es_ES", "es_MX", "us", "latam", "latam", "latam"])
    else:
        kind = rng.choice(["es_CO", "es_AR", "es_CL", "us"])
    if kind == "us":
        return _us_street(source)
    if kind == "latam":
        return latin_american_street(source)
    fake = source.faker(kind)
    name = fake.street_name()
    if kind == "es_CO":
        written = f"{name} # {rng.randint(1, 120)}-{rng.randint(1, 99)}"
    else:
        number = rng.randint(1, 150) if kind == "es_ES" else rng.randint(1, 3500)
        written = f"{name}{', ' if source.chance(0.4) else ' '}{number}"
    spoken = speech.speak_text(written, "es", rng)
    if kind == "es_ES" and source.chance(0.4):
        floor, door = rng.randint(1, 6), rng.choice("ABCD")
        written += f", {floor}.º {door}"
        spoken += f" {_FLOORS[floor]} {door.lower()}"
    return written, spoken


def street(source: Source) -> Value:
    if source.language == "en":
        written, spoken = _us_street(source)
    else:
        written, spoken = _spanish_street(source)
    return Value(written, spoken, "STREET_ADDRESS")


def zip_code(source: Source) -> Value:
    rng = source.rng
    if source.language == "en":
        fake = source.faker("en_US")
        written = fake.zipcode_plus4() if source.chance(0.1) else fake.zipcode()
    else:
        locales = ["es_ES", "es_MX", "en_US"] if source.split == "dev" else \
            ["es_CO", "es_CL", "en_US"]
        written = source.faker(rng.choice(locales)).postcode()
    plain = written.replace("-", "")
    if source.language == "es" and source.chance(0.5):
        spoken = speech.grouped([plain[:2], plain[2:]], "es", rng)
    else:
        spoken = speech.digits(plain, source.language, rng)
    return Value(written, spoken, "ZIP_CODE")


def city(source: Source) -> Value:
    rng = source.rng
    if source.language == "en":
        roll = rng.random()
        if roll < 0.7:
            name = source.pick(lists.US_CITIES)
        elif roll < 0.85:
            name = source.faker("en_US").city()
        else:
            name = source.pick(lists.LATAM_CITIES)
    else:
        roll = rng.random()
        if roll < 0.35:
            name = source.pick(lists.LATAM_CITIES)
        elif roll < 0.7:
            locale = "es_ES" if source.split == "dev" else rng.choice(["es_CO", "es_AR", "es_CL"])
            name = source.faker(locale).city()
        else:
            name = source.pick(lists.US_CITIES)
    prefix = ""
    if name.startswith("the "):
        prefix, name = "the ", name[4:]
    return Value(name, name.lower(), "LOCATION", prefix)


def state(source: Source) -> Value:
    rng = source.rng
    name = ""
    if source.language == "en":
        name = source.faker("en_US").state()
    elif source.chance(0.35):
        name = source.pick(US_STATES_ES)
    elif source.split == "dev":
        name = source.faker(rng.choice(["es_MX", "es_ES"])).state()
    else:
        fake = source.faker(rng.choice(["es_CO", "es_AR", "es_CL"]))
        for method in ("department", "province", "region"):
            if hasattr(fake, method):
                name = getattr(fake, method)()
                break
    return Value(name, name.lower(), "LOCATION")


def country(source: Source) -> Value:
    names = lists.COUNTRIES_EN if source.language == "en" else lists.COUNTRIES_ES
    name = source.pick(names)
    prefix = ""
    if name.startswith("the "):
        prefix, name = "the ", name[4:]
    return Value(name, name.lower(), "LOCATION", prefix)


def colonia(source: Source) -> Value:
    if source.chance(0.6):
        name = source.pick(lists.COLONIAS)
    else:
        fake = source.faker("es_MX")
        head = source.rng.choice(["Jardines de", "Lomas de", "Villas de", "Ampliación",
                                  "Valle de", "Residencial"])
        name = f"{head} {fake.last_name() if source.chance(0.5) else fake.city()}"
    return Value(name, name.lower(), "LOCATION")
