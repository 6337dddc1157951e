"""Street addresses for the fresh Spanish set (``bench/phi_fresh.py``), written apart
from every other generator of the benchmark.

Why a third generator: the dev part's addresses (``phi_streets``) and the held-out
part's (``phi_places``) were written by the same hands as the redactor's street
patterns, and held-out spoken addresses still fail. These formats come from how
addresses are said in each country, not from any failure: Mexico (colonia, manzana
and lote, interior, código postal, "entre calles"), Colombia (calle, carrera,
diagonal, transversal, "número", "guion", "bis", "sur", "este", apartamento, torre,
conjunto), Argentina ("al mil doscientos", piso, depto, "entre"), Chile (pasaje,
villa, población, block, depto), Peru (jirón, urbanización, "mz", "lt"), Spain
(portal, escalera, piso, puerta, bajo, izquierda) and Puerto Rico and US Spanish
(urbanización, apartamento, suite, carretera and kilómetro).

Every address comes in three forms: written; spoken with numbers as words; spoken
with numbers as digits, as Whisper usually writes Spanish. Street names mix Faker's
``es_ES`` and ``es_MX`` name parts with invented ones; none of them occurs in the
held-out part of the main set (``phi_fresh.unseen`` is checked by the
generator, nothing of it is printed).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from bench import phi_speech as speech

# Parts of invented place names; together they make words no list has ("Tolumbé").
_ONSETS = ["b", "c", "ch", "d", "g", "l", "m", "n", "p", "qu", "r", "s", "t", "tl", "x",
           "y", "z", "h", "j"]
_VOWELS = ["a", "e", "i", "o", "u", "a", "o"]
_ENDS = ["tepec", "lán", "ará", "ueña", "ilco", "ambo", "uyo", "alpa", "oche", "itán",
         "ango", "urí", "enque", "ayo", "ima"]
TREES = ["Los Tabachines", "Las Jacarandas", "Los Fresnos", "Las Bugambilias", "Los Pirules",
         "Los Guayabos", "Las Azucenas", "El Olmo", "Los Nogales", "Las Dalias",
         "Los Naranjos", "Los Ciruelos", "Las Violetas", "Los Girasoles", "Los Sabinos",
         "Las Hortensias", "Los Capulines", "Los Ahuehuetes", "Las Nochebuenas",
         "Los Limoneros", "Las Amapolas", "El Mezquite", "Los Encinos", "Las Begonias"]
PREFIXES = ["General", "Doctor", "Maestro", "Ingeniero", "Coronel", "Presbítero",
            "Licenciado", "Profesora", "Capitán", "Fray"]
RIVERS = ["Río", "Lago", "Volcán", "Cerro", "Laguna"]


@dataclass
class Address:
    """Tokens in three forms; each token is a PHI span of ``kind`` or plain words."""

    written: list[str]
    words: list[str]
    numerals: list[str]


class StreetMaker:
    """Street names and numbers from one seeded RNG and two Faker locales."""

    def __init__(self, rng: random.Random, fakers: dict[str, object],
                 unseen: Callable[[str], bool]) -> None:
        self.rng = rng
        self.fakers = fakers
        self.unseen = unseen

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def _faker(self) -> object:
        return self.fakers[self.rng.choice(sorted(self.fakers))]

    def invented(self) -> str:
        syllables = "".join(self.rng.choice(_ONSETS) + self.rng.choice(_VOWELS)
                            for _ in range(self.rng.randint(1, 2)))
        return (syllables + self.rng.choice(_ENDS)).capitalize()

    def name(self) -> str:
        """A street name no held-out sentence holds."""
        while True:
            fake = self._faker()
            roll = self.rng.random()
            if roll < 0.25:
                value = str(fake.last_name())  # type: ignore[attr-defined]
            elif roll < 0.4:
                value = f"{fake.first_name()} {fake.last_name()}"  # type: ignore[attr-defined]
            elif roll < 0.5:
                value = f"{self.rng.choice(PREFIXES)} {fake.last_name()}"  # type: ignore[attr-defined]
            elif roll < 0.65:
                value = self.rng.choice(TREES)
            elif roll < 0.75:
                value = f"{self.rng.choice(RIVERS)} {self.invented()}"
            elif roll < 0.85:
                saint = str(fake.first_name_male())  # type: ignore[attr-defined]
                value = f"San {saint}"
            else:
                value = self.invented()
            if self.unseen(value):
                return value

    def number(self, n: int) -> tuple[str, str, str]:
        """Digits; said as a number, or digit by digit when long."""
        words = speech.es_number(n) if n < 10000 and (n < 1000 or self.chance(0.7)) \
            else " ".join(speech.ES_DIGITS[int(d)] for d in str(n))
        return str(n), words, str(n)


class Builder:
    """Collects an address piece by piece, in the three forms at once."""

    def __init__(self, maker: StreetMaker) -> None:
        self.m = maker
        self.a = Address([], [], [])

    def say(self, written: str, spoken: str | None = None,
            numerals: str | None = None) -> Builder:
        said = (written if spoken is None else spoken).lower()
        self.a.written.append(written)
        self.a.words.append(said)
        self.a.numerals.append(said if numerals is None else numerals.lower())
        return self

    def pick(self, choices: list[tuple[str, str]]) -> Builder:
        written, spoken = self.m.rng.choice(choices)
        return self.say(written, spoken)

    def num(self, low: int, high: int) -> Builder:
        return self.say(*self.m.number(self.m.rng.randint(low, high)))

    def name(self, value: str | None = None) -> Builder:
        value = value or self.m.name()
        return self.say(value, speech.strip_accents(value) if self.m.chance(0.2) else value)

    def comma(self) -> Builder:
        if self.a.written:
            self.a.written[-1] += ","
        return self

    def plate(self) -> Builder:
        """Colombian "# 12-34": "número doce guion treinta y cuatro", "número 12-34"."""
        a, b = self.m.rng.randint(1, 150), self.m.rng.randint(1, 99)
        mark, said = self.m.rng.choice([("#", "número"), ("No.", "número"), ("N.º", "número"),
                                        ("#", "numeral")])
        dash = self.m.rng.choice([" guion ", " ", " con "])
        digit_dash = self.m.rng.choice(["-", " ", " guion "])
        return self.say(f"{mark} {a}-{b}",
                        f"{said} {speech.es_number(a)}{dash}{speech.es_number(b)}",
                        f"{said} {a}{digit_dash}{b}")

    def done(self) -> tuple[str, str, str]:
        return " ".join(self.a.written), " ".join(self.a.words), " ".join(self.a.numerals)


Street = tuple[str, str, str]
# A country's format: the street address, and an optional neighbourhood (its word,
# such as "colonia", and its name) and postal code said after it.
Made = tuple[Street, tuple[str, str] | None, str | None]


def _mexico(m: StreetMaker) -> Made:
    b = Builder(m)
    if m.chance(0.25):
        b.pick([("Mz.", "manzana"), ("Manzana", "manzana")]).num(1, 60)
        b.pick([("Lt.", "lote"), ("Lote", "lote")]).num(1, 40)
    else:
        b.pick([("Calle", "calle"), ("Av.", "avenida"), ("Privada", "privada"),
                ("Cerrada", "cerrada"), ("Andador", "andador"), ("Calz.", "calzada")])
        b.name()
        if m.chance(0.3):
            b.pick([("#", "número"), ("No.", "número"), ("núm.", "número")])
        b.num(1, 3999)
        if m.chance(0.4):
            b.pick([("int.", "interior"), ("Int.", "interior"), ("depto.", "departamento")])
            b.num(1, 30)
        if m.chance(0.3):
            b.say("entre").name().say("y").name()
    colonia = (m.rng.choice(["Col.", "Colonia", "Fracc.", "Unidad Habitacional"]),
               m.name()) if m.chance(0.6) else None
    postcode = f"{m.rng.randint(1, 99):02d}{m.rng.randint(0, 999):03d}" \
        if m.chance(0.4) else None
    return b.done(), colonia, postcode


def _colombia(m: StreetMaker) -> Made:
    b = Builder(m)
    b.pick([("Calle", "calle"), ("Carrera", "carrera"), ("Cra.", "carrera"),
            ("Diagonal", "diagonal"), ("Transversal", "transversal"), ("Kr.", "carrera"),
            ("Av. Calle", "avenida calle"), ("Dg.", "diagonal")])
    n = m.rng.randint(1, 180)
    letter = m.rng.choice("ABC") if m.chance(0.3) else ""
    b.say(f"{n}{letter}", f"{speech.es_number(n)} {letter}".strip(),
          f"{n}{letter.lower()}" if m.chance(0.5) else f"{n} {letter}".strip())
    if m.chance(0.2):
        b.say("Bis")
    if m.chance(0.2):
        b.pick([("Sur", "sur"), ("Este", "este")])
    b.plate()
    if m.chance(0.2):
        b.pick([("Sur", "sur"), ("Este", "este")])
    if m.chance(0.35):
        b.comma().pick([("Apto.", "apartamento"), ("Apartamento", "apartamento"),
                        ("Apto", "apto")]).num(101, 1804)
    if m.chance(0.25):
        b.comma().pick([("Torre", "torre"), ("Interior", "interior"), ("Bloque", "bloque")])
        b.num(1, 12)
    if m.chance(0.2):
        b.comma().pick([("Conjunto", "conjunto"), ("Conjunto Residencial",
                                                   "conjunto residencial")]).name()
    barrio = ("Barrio", m.name()) if m.chance(0.4) else None
    return b.done(), barrio, None


def _argentina(m: StreetMaker) -> Made:
    b = Builder(m)
    if m.chance(0.4):
        b.pick([("Av.", "avenida"), ("Avenida", "avenida"), ("Calle", "calle")])
    b.name()
    if m.chance(0.3):
        b.say("al").num(100, 8900)  # "Lavalle al mil doscientos": the block
    else:
        b.num(100, 8900)
        if m.chance(0.4):
            b.comma().pick([("piso", "piso"), ("Piso", "piso"), ("PB", "planta baja")])
            if b.a.written[-1] != "PB":
                b.num(1, 20)
            b.pick([("depto.", "depto"), ("dpto.", "departamento"), ("Dto.", "depto")])
            b.say(m.rng.choice("ABCDEFGH"))
    if m.chance(0.25):
        b.say("entre").name().say("y").name()
    barrio = ("Barrio", m.name()) if m.chance(0.3) else None
    return b.done(), barrio, None


def _chile(m: StreetMaker) -> Made:
    b = Builder(m)
    if m.chance(0.3):
        b.pick([("Población", "población"), ("Villa", "villa")]).name().comma()
        b.pick([("block", "block"), ("Block", "block")]).num(1, 40).comma()
        b.pick([("depto.", "depto"), ("Depto.", "departamento")]).num(101, 420)
        return b.done(), None, None
    b.pick([("Pasaje", "pasaje"), ("Psje.", "pasaje"), ("Calle", "calle"),
            ("Avenida", "avenida")]).name().num(10, 9999)
    if m.chance(0.3):
        b.comma().pick([("depto.", "depto"), ("casa", "casa")]).num(1, 1500)
    place = (m.rng.choice(["Villa", "Población", "comuna de"]), m.name()) \
        if m.chance(0.5) else None
    return b.done(), place, None


def _peru(m: StreetMaker) -> Made:
    b = Builder(m)
    if m.chance(0.4):
        b.pick([("Urb.", "urbanización"), ("Urbanización", "urbanización")]).name()
        b.pick([("Mz.", "manzana"), ("Mz", "mz"), ("Manzana", "manzana")])
        b.say(m.rng.choice("ABCDEFGHJK"))
        b.pick([("Lt.", "lote"), ("Lt", "lt"), ("Lote", "lote")]).num(1, 45)
        return b.done(), None, None
    b.pick([("Jr.", "jirón"), ("Jirón", "jirón"), ("Av.", "avenida"), ("Psje.", "pasaje")])
    b.name().num(100, 3999)
    if m.chance(0.35):
        b.comma().pick([("dpto.", "departamento"), ("Int.", "interior")]).num(101, 1204)
    return b.done(), None, None


_SIDES = [("izq.", "izquierda"), ("izquierda", "izquierda"), ("dcha.", "derecha"),
          ("derecha", "derecha"), ("centro", "centro")]
_FLOORS = ["", "primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo",
           "octavo", "noveno"]


def _spain(m: StreetMaker) -> Made:
    b = Builder(m)
    b.pick([("C/", "calle"), ("Calle", "calle"), ("Avda.", "avenida"), ("Plaza", "plaza"),
            ("Ronda", "ronda"), ("Travesía", "travesía")])
    if m.chance(0.4):
        b.say("de")
    b.name().comma()
    if m.chance(0.3):
        b.pick([("nº", "número"), ("n.º", "número")])
    b.num(1, 240)
    if m.chance(0.3):
        b.comma().say("portal").num(1, 9)
    if m.chance(0.3):
        b.comma().say("escalera").say(m.rng.choice("ABCD"))
    floor = m.rng.randint(1, 9)
    roll = m.rng.random()
    if roll < 0.25:
        b.comma().say("bajo").pick([("A", "a"), ("B", "b"), *_SIDES])
    elif roll < 0.6:
        b.comma().say(f"{floor}º", _FLOORS[floor], f"{floor}º" if m.chance(0.3) else
                      _FLOORS[floor]).pick(_SIDES)
    else:
        b.comma().say("piso").num(1, 9).comma().say("puerta")
        if m.chance(0.5):
            b.num(1, 8)
        else:
            b.say(m.rng.choice("ABCD"))
    postcode = f"{m.rng.randint(1, 52):02d}{m.rng.randint(0, 999):03d}" \
        if m.chance(0.3) else None
    return b.done(), None, postcode


def _caribbean(m: StreetMaker) -> Made:
    """Puerto Rico and Spanish said in the US."""
    b = Builder(m)
    roll = m.rng.random()
    if roll < 0.3:
        b.pick([("Urb.", "urbanización"), ("Urbanización", "urbanización")]).name().comma()
        b.say("Calle").num(1, 30).pick([("#", "número"), ("Casa", "casa")]).num(1, 200)
    elif roll < 0.5:
        b.pick([("Carr.", "carretera"), ("Carretera", "carretera")]).num(1, 990)
        k, h = m.rng.randint(1, 40), m.rng.randint(1, 9)
        b.say(f"Km {k}.{h}", f"kilómetro {speech.es_number(k)} punto {speech.es_number(h)}",
              f"kilómetro {k}.{h}")
    elif roll < 0.75:
        b.num(100, 9999).say("Calle").name()
        b.comma().pick([("Suite", "suite"), ("Apt.", "apartamento"), ("Apto.", "apartamento")])
        b.num(1, 500)
    else:
        b.say("Calle").name().pick([("#", "número"), ("No.", "número")]).num(1, 2000)
        if m.chance(0.5):
            n, letter = m.rng.randint(1, 12), m.rng.choice("ABCDEF")
            b.comma().say(f"Apt. {n}{letter}",
                          f"apartamento {speech.es_number(n)} {letter.lower()}",
                          f"apartamento {n}{letter.lower()}")
    barrio = ("Bo.", m.name()) if m.chance(0.2) else None
    return b.done(), barrio, None


FORMATS: list[Callable[[StreetMaker], Made]] = [
    _mexico, _colombia, _argentina, _chile, _peru, _spain, _caribbean]
