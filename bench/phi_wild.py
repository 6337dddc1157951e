"""A wild Spanish development set: ``python -m bench.phi_wild``.

Why another set: held-out spoken street addresses and spoken medicine words still fail
while the ``fresh`` set is nearly all caught, so ``fresh`` no longer shows what goes
wrong. This generator was written apart from the others and aims at speech as an ASR
writes it in a long, loose turn: addresses in lower case with hesitations ("eh",
"este"), a word said twice, a restart ("avenida, no, calle ..."), the number marker
said or written many ways ("número", "numero", "no.", "#"), numbers as words, digit
by digit or as digits, with or without commas, and the floor, door, block, lot or
kilometre after them; medicines said casually, many of them brands that are also
Spanish words or given names ("la Allegra", "Diana", "valeriana"), with doses said
"quinientos miligramos", "cada ocho horas", "por tres días".

Each sentence comes in the fresh set's three forms: ``written`` (as typed, with no
hesitation), ``spoken`` (lower case, numbers as words, hesitations) and ``numerals``
(spoken, numbers as digits, as Whisper writes Spanish). Every third template of each
kind goes to ``es-aside.jsonl``, the ``wild_aside`` split: never tuned on. Identities
are synthetic (Faker ``es_ES``/``es_MX`` and invented street names); any street name,
city or medicine that a held-out or aside identifier or must-survive term holds is
skipped (searched programmatically, never printed), so those sets stay unseen.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from bench import phi_common as common
from bench import phi_speech as speech
from bench import phi_wild_terms as terms
from bench.phi_common import ROOT, FormsSentence, Piece, SeededSource, fold

OUT_DIR = ROOT / "fixtures" / "phi" / "wild"
UNSEEN_SETS = [ROOT / "fixtures" / "phi" / p for p in
               ("dev/es-heldout.jsonl", "fresh/es-aside.jsonl", "real/es-aside.jsonl")]
SEEDS = {"dev": 2718, "aside": 3141}
INSTANCES = {"address": 5, "medicine": 4, "plain": 3}
_UNSEEN = common.UnseenSets(UNSEEN_SETS)
unseen = _UNSEEN.unseen
unkept = _UNSEEN.unkept


class Source(SeededSource):
    """Every draw from one seed, so each file is the same on every run."""

    def __init__(self, split: str) -> None:
        super().__init__(SEEDS[split], ("es_ES", "es_MX"), unseen)
        self.medicines = [m for m in terms.MEDICINES if unkept(m)]

    def person(self) -> tuple[str, str]:
        fake = self.faker()
        return str(fake.first_name()), str(fake.last_name())

    def street_name(self) -> str:
        while True:
            roll = self.rng.random()
            if roll < 0.3:
                value = self.rng.choice(terms.NAME_PARTS)
            elif roll < 0.45:
                value = self.rng.choice(terms.SAINTS)
            elif roll < 0.7:
                value = str(self.faker().last_name())
            elif roll < 0.85:
                fake = self.faker()
                value = f"{fake.first_name()} {fake.last_name()}"
            else:
                value = "".join(self.rng.choice(terms.ONSETS) + self.rng.choice(terms.VOWELS)
                                for _ in range(self.rng.randint(1, 2)))
                value = (value + self.rng.choice(terms.ENDS)).capitalize()
            if unseen(value):
                return value

    def number(self, n: int) -> Piece:
        """Digits; said as a number, or digit by digit (long numbers, sometimes)."""
        if n >= 100 and self.chance(0.25):
            said = " ".join(speech.ES_DIGITS[int(d)] for d in str(n))
        else:
            said = speech.es_number(n)
        return str(n), said, str(n)


class Address:
    """A street address in three forms; hesitations go into the two spoken ones."""

    def __init__(self, s: Source) -> None:
        self.s = s
        self.parts: list[Piece] = []
        self.commas = s.chance(0.5)  # do the spoken forms keep the commas?

    def add(self, written: str, said: str | None = None, numerals: str | None = None) -> None:
        said = (written if said is None else said).lower()
        self.parts.append((written, said, said if numerals is None else numerals.lower()))

    def hesitate(self, p: float) -> None:
        if self.s.chance(p):
            word = self.s.rng.choice(["eh", "este", "eh", "mmm", "o sea"])
            lead = "," if self.commas and self.s.chance(0.5) \
                and not self.parts[-1][1].endswith(",") else ""
            self.parts.append(("", f"{lead} {word}".strip(), word))

    def comma(self) -> None:
        written, said, numerals = self.parts[-1]
        self.parts[-1] = (written + ",", said + ("," if self.commas else ""),
                          numerals + ("," if self.commas else ""))

    def number(self, low: int, high: int) -> None:
        self.add(*self.s.number(self.s.rng.randint(low, high)))

    def marker(self) -> None:
        """"#", "No.", "núm." written; "número", "numero", "no.", "#" said."""
        roll = self.s.rng.random()
        if roll < 0.35:
            return
        written = self.s.rng.choice(["#", "No.", "núm.", "N.º", "número"])
        said = self.s.rng.choice(["número", "numero", "número"])
        numerals = self.s.rng.choice(["número", "numero", "no.", "#", "no"])
        self.add(written, said, numerals)

    def text(self) -> Piece:
        forms = []
        for i in range(3):
            words = [p[i] for p in self.parts if p[i]]
            forms.append(re.sub(r"\s+,", ",", " ".join(words)))
        return forms[0], forms[1], forms[2]


def address(s: Source) -> tuple[Piece, tuple[str, str] | None, str | None]:
    """One address, then perhaps its neighbourhood and postal code."""
    a = Address(s)
    kinds, saids = s.rng.choice(terms.STREET_TYPES)
    written_type, said_type = s.rng.choice(kinds), s.rng.choice(saids)
    roll = s.rng.random()
    if roll < 0.12:  # a restart: "avenida, no, calle ..."
        other = s.rng.choice([t for t in terms.STREET_TYPES if t[0] != kinds])[1][0]
        a.parts.append(("", f"{other}{',' if a.commas else ''} no{',' if a.commas else ''}",
                        f"{other}, no,"))
    a.add(written_type, said_type)
    if s.chance(0.1):  # the street word said twice
        a.parts.append(("", said_type, said_type))
    a.hesitate(0.25)
    numbered_street = kinds[0] in ("Calle", "Carrera", "Diagonal") and s.chance(0.45)
    if numbered_street:  # Colombia: "calle 45 # 12-30"
        a.number(1, 160)
        plate_a, plate_b = s.rng.randint(1, 99), s.rng.randint(1, 99)
        a.add(s.rng.choice(["#", "No."]), s.rng.choice(["número", "numero"]),
              s.rng.choice(["#", "número", "no."]))
        a.add(f"{plate_a}-{plate_b}",
              f"{speech.es_number(plate_a)}{s.rng.choice([' guion ', ' ', ' con '])}"
              f"{speech.es_number(plate_b)}",
              f"{plate_a}{s.rng.choice(['-', ' ', ' guion '])}{plate_b}")
    else:
        name = s.street_name()
        said_name = fold(name) if s.chance(0.4) else name.lower()
        if s.chance(0.3) and " " in name:  # a word said twice: "los los cedros"
            head, rest = said_name.split(" ", 1)
            said_name = f"{head} {head} {rest}"
        a.add(name, said_name, said_name)
        if s.chance(0.4):
            a.comma()
        a.hesitate(0.2)
        a.marker()
        a.number(1, 4999)
    extra = s.rng.random()
    if extra < 0.2:
        a.comma()
        label = s.rng.choice([("depto.", "depto"), ("Depto.", "departamento"),
                              ("Dpto.", "departamento")])
        a.add(label[0], label[1])
        a.number(1, 40) if s.chance(0.6) else a.add(s.rng.choice("ABCD"))
    elif extra < 0.35:
        a.comma()
        a.add("piso", "piso")
        a.number(1, 15)
        if s.chance(0.5):
            a.add(s.rng.choice(["int.", "interior"]), "interior")
            a.number(1, 20)
    elif extra < 0.45:
        a.comma()
        a.add(s.rng.choice(["Mz.", "manzana"]), "manzana")
        a.number(1, 60)
        a.add(s.rng.choice(["Lt.", "lote"]), "lote")
        a.number(1, 40)
    elif extra < 0.52:
        a.comma()
        a.add(s.rng.choice(["km", "Km."]), s.rng.choice(["kilómetro", "km"]))
        a.number(1, 80)
    elif extra < 0.6:
        a.comma()
        a.add(s.rng.choice(["interior", "int."]), "interior")
        a.number(1, 30)
    place = None
    if s.chance(0.35):
        place = (s.rng.choice(["colonia", "col.", "barrio", "fraccionamiento"]),
                 s.street_name())
    postcode = f"{s.rng.randint(1, 99):02d}{s.rng.randint(0, 999):03d}" \
        if s.chance(0.2) else None
    return a.text(), place, postcode


class Sentence(FormsSentence):
    """One template filled in three forms, with identifier and must-survive spans."""

    s: Source

    def address(self) -> None:
        street, place, postcode = address(self.s)
        self.piece(street, "STREET_ADDRESS")
        if place:
            word, name = place
            said = {"col.": "colonia"}.get(word, word)
            self.said(f", {word} ", f", {said} ")
            self.piece((name, name.lower(), name.lower()), "LOCATION")
        if postcode:
            self.said(", C.P. " if self.s.chance(0.5) else ", código postal ",
                      ", código postal ")
            said = " ".join(speech.ES_DIGITS[int(d)] for d in postcode)
            self.piece((postcode, said, postcode), "ZIP_CODE")

    def term(self, slot: str, capital: bool) -> Piece:
        s = self.s
        base = slot.rstrip("2")
        if base == "med":
            word = s.rng.choice(s.medicines)
            said = word.lower() if s.chance(0.7) else fold(word)
            return (word[0].upper() + word[1:] if capital else word), said, said
        if base == "cond":
            cond = s.rng.choice(terms.CONDITIONS)
            return (cond[0].upper() + cond[1:] if capital else cond), cond, cond
        if base == "dose":
            mg = s.rng.choice(terms.DOSE_MG)
            unit = s.rng.choice(["mg", "miligramos"])
            return f"{mg} {unit}", f"{speech.es_number(mg)} miligramos", \
                f"{mg} {s.rng.choice(['mg', 'miligramos'])}"
        pattern = s.rng.choice(terms.FREQUENCIES if base == "freq" else terms.DURATIONS)
        n = s.rng.choice([4, 6, 8, 12]) if base == "freq" else s.rng.randint(2, 10)
        k = s.rng.choice([2, 3])
        written = pattern.format(n=n, k=k)
        said = pattern.format(n=speech.es_number(n), k=speech.es_number(k))
        return written, said, written

    def fill(self, match: re.Match[str]) -> None:
        self.address() if match.group(1) == "addr" else super().fill(match)


def split_templates() -> dict[str, list[tuple[str, str, str]]]:
    """(id, kind, template) for each part: every third template of each kind aside."""
    return common.split_templates("es-wild", (("address", terms.ADDRESS_TEMPLATES),
                                              ("medicine", terms.MEDICINE_TEMPLATES),
                                              ("plain", terms.PLAIN_TEMPLATES)), aside=2)


def generate(split: str) -> list[dict[str, Any]]:
    source = Source(split)
    return common.generate(split_templates()[split], INSTANCES, lambda: Sentence(source), "es")


def output_path(split: str) -> Path:
    return OUT_DIR / f"es-{split}.jsonl"


def main() -> None:
    common.write_splits(OUT_DIR, "es", generate)


if __name__ == "__main__":
    main()
