"""Helper S14's Spanish probe: ``python -m bench.s14_probe [--write] [--show] [--json]``.

Why: two rounds of Spanish medicine frames fitted their authors' sentences and left
the never-tuned Spanish figures where they were. This probe is a third writer's
templates (``bench/s14_probe_terms.py``), filled with Faker identities of five
Spanish-speaking locales and lists of real towns, regions, colonias and streets, in the
three forms of the other generators (``written``; ``spoken``: lower case, numbers and
symbols as words; ``numerals``: spoken with digits). The filling is ``ids``' generator's
(``bench/phi_wild_es_ids.Sentence``: ids, phones, e-mails, dates, ages), with streets,
colonias and must-survive terms (``{{...}}``) added here.

Every third template of each kind is the ``aside`` part: ``--show`` prints the misses,
must-keep hits and false positives of the ``dev`` part only; aside is scored in
aggregate. ``--write`` stores both parts in ``fixtures/phi/s14`` (Faker's draws move
with the process's hash seed, so the files, not a fresh draw, are what is scored).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench import phi_common as common  # noqa: E402  (after the path)
from bench import phi_speech as speech  # noqa: E402
from bench import phi_wild_es_ids as ids  # noqa: E402
from bench import s14_probe_terms as terms  # noqa: E402
from bench.phi_common import Piece, SeededSource  # noqa: E402

OUT_DIR = ROOT / "fixtures" / "phi" / "s14"
SEEDS = {"dev": 1414, "aside": 4141}
KINDS = (("person", terms.PERSON), ("contact", terms.CONTACT), ("dates", terms.DATES),
         ("places", terms.PLACES), ("plain", terms.PLAIN))
INSTANCES = {"person": 4, "contact": 4, "dates": 4, "places": 4, "plain": 1}


def _always(_: str) -> bool:
    return True


class Source(SeededSource):
    """Every draw from one seed. No value is checked against other sets' never-tuned
    parts: this probe is written apart and never reads them."""

    def __init__(self, split: str) -> None:
        super().__init__(SEEDS[split], sorted({*terms.NAME_LOCALES, *terms.CITY_LOCALES}),
                         _always)
        self.regions = terms.REGIONS
        self.medicines: list[str] = []
        self.conditions: list[str] = []

    def pick(self, draw: Any) -> str:
        while True:
            value = str(draw())
            if re.fullmatch(r"[^\W\d_]+(?:[ '-][^\W\d_]+)*", value):
                return value

    def person(self) -> tuple[str, str]:
        fake = self.fakers[self.rng.choice(terms.NAME_LOCALES)]
        first = self.pick(fake.first_name)
        last = self.pick(fake.last_name)
        if self.chance(0.5):
            last = f"{last} {self.pick(fake.last_name)}"
        return first, last

    def city(self) -> str:
        if self.chance(0.5):
            return self.rng.choice(terms.TOWNS)
        return self.pick(self.fakers[self.rng.choice(terms.CITY_LOCALES)].city)

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))


def said_numbers(text: str) -> str:
    """Digits as Spanish words and "mg" as "miligramos": a must-survive term spoken."""
    text = re.sub(r"\d+", lambda m: speech.es_number(int(m.group())), text)
    return re.sub(r"\bmg\b", "miligramos", text)


class Sentence(ids.Sentence):
    """``ids``' sentence with must-survive literals, nicknames, colonias and streets."""

    SLOT = re.compile(r"\{(\w+)\}|\{\{(.+?)\}\}")

    def street(self) -> Piece:
        s = self.s
        kind, kind_said = s.rng.choice(terms.STREET_TYPES)
        name = s.rng.choice(terms.STREET_NAMES)
        if kind in ("Carrera", "Cra.") or s.chance(0.1):
            name = str(s.rng.randint(2, 120))
            a, b = s.rng.randint(2, 99), s.rng.randint(1, 99)
            written = f"{kind} {name} # {a}-{b}"
            said = f"{kind_said} {speech.es_number(int(name))} número " \
                   f"{speech.es_number(a)} {speech.es_number(b)}"
            return written, said, f"{kind_said} {name} número {a}-{b}"
        number = s.rng.randint(1, 3999)
        mark = s.rng.choice(["", "#", "No. ", "número "])
        written = f"{kind} {name} {mark}{number}"
        said_number = speech.es_number(number) if s.chance(0.6) \
            else speech.digits(str(number), "es", s.rng)
        said = f"{kind_said} {name.lower()} {'número ' if mark else ''}{said_number}"
        return written, self.hesitate(said), f"{kind_said} {name.lower()} {number}"

    def fill(self, match: re.Match[str]) -> None:
        slot, keep, s = match.group(1), match.group(2), self.s
        if keep:
            self.piece((keep, said_numbers(keep.lower()), keep.lower()), None)
        elif slot == "nick":
            nick = s.rng.choice(terms.NICKNAMES)
            self.piece((nick, nick.lower(), nick.lower()), "PERSON")
        elif slot == "colonia":
            place = s.rng.choice(terms.COLONIAS)
            self.piece((place, place.lower(), place.lower()), "LOCATION")
        elif slot == "street":
            self.piece(self.street(), "STREET_ADDRESS")
        else:
            super().fill(match)


def split_templates() -> dict[str, list[tuple[str, str, str]]]:
    """(id, kind, template) for each part: every third template of each kind aside."""
    return common.split_templates("es-s14", KINDS, aside=2)


def generate(split: str) -> list[dict[str, Any]]:
    source = Source(split)
    return common.generate(split_templates()[split], INSTANCES,
                           lambda: Sentence(source), "es")


def samples() -> list[dict[str, Any]]:
    """Both stored parts, each record marked with its part for S12's scoring."""
    rows = []
    for part in ("dev", "aside"):
        path = OUT_DIR / f"es-{part}.jsonl"
        rows += [{**json.loads(line), "part": part}
                 for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def main() -> None:
    if "--write" in sys.argv:
        common.write_splits(OUT_DIR, "es", generate)
        return
    from bench import phi_s12_probe as probe  # sets Django up: only when scoring
    probe.main(samples)


if __name__ == "__main__":
    main()
