"""A fresh Spanish development set, written after the held-out figures showed what the
other sets lack: ``python -m bench.phi_fresh``.

Two things fail on held-out speech that no development sentence shows: street
addresses said aloud, and medicine words hit in spoken form. This generator is new
and independent (its own templates, names, medicines and seeds) and covers how
addresses are said across Spanish-speaking countries (``phi_fresh_streets``) and
medicines in many spoken frames: after a doctor's name, beside a place, in lists,
with doses said as words, lower case without accents, alone as an answer, with an
article, in diminutive dosage forms, beside conditions and durations.

Each sentence comes in three forms: ``written``; ``spoken`` (lower case, numbers as
words, little punctuation); ``numerals`` (spoken, but numbers as digits, as Whisper
usually writes Spanish). Templates are split as the main set's are: every third one
goes to ``es-aside.jsonl``, scored only at the end and never tuned on; the rest to
``es-dev.jsonl``. Street names, cities and medicines that occur in the main set's
held-out part are skipped (checked programmatically, never printed), and no
template repeats a held-out wording (``tests/test_phi_data.py`` checks both).
Faker locales: ``es_ES`` and ``es_MX`` only (``es_CO``, ``es_AR``, ``es_CL`` make the
held-out identities).
"""

from __future__ import annotations

import json
import random
import re
from functools import cache
from pathlib import Path
from typing import Any

from faker import Faker

from bench import phi_speech as speech
from bench.phi_data import dumps, rendered
from bench.phi_fresh_streets import FORMATS, StreetMaker
from bench.phi_fresh_terms import ADDRESS_TEMPLATES, MEDICINE_TEMPLATES, PLAIN_TEMPLATES, Terms

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "fixtures" / "phi" / "fresh"
HELDOUT = ROOT / "fixtures" / "phi" / "dev" / "es-heldout.jsonl"
SEEDS = {"dev": 5150, "aside": 8675}
INSTANCES = {"address": 12, "medicine": 9, "plain": 4}
FORMS = ("written", "spoken", "numerals")
_SLOT = re.compile(r"\{(\w+)\}|\(\((.+?)\)\)")
_NEIGHBOURHOOD_SAID = {"col.": "colonia", "fracc.": "fraccionamiento", "bo.": "barrio"}


def fold(text: str) -> str:
    return speech.strip_accents(text.lower())


@cache
def _heldout_text() -> tuple[str, frozenset[str]]:
    """The held-out part's identifier values, folded and joined, and its must-survive
    words: only ever searched, never printed."""
    values, kept = [], set()
    for line in HELDOUT.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = record["text"]
        values += [fold(text[s["start"]:s["end"]]) for s in record["spans"]]
        for k in record["keep"]:
            kept.update(re.findall(r"[^\W\d_]+", fold(text[k["start"]:k["end"]])))
    return "\n" + "\n".join(f" {v} " for v in values) + "\n", frozenset(kept)


def unseen(value: str) -> bool:
    """No held-out identifier holds this name as words of its own."""
    return f" {fold(value)} " not in _heldout_text()[0]


def unkept(word: str) -> bool:
    """No held-out must-survive term holds any word of this medicine."""
    return not set(re.findall(r"[^\W\d_]+", fold(word))) & _heldout_text()[1]


def heldout_copies(templates: list[str]) -> int:
    """How many templates repeat a held-out wording: a stretch of four or more words
    between slots that some held-out sentence holds too."""
    sentences = {fold(json.loads(line)["text"])
                 for line in HELDOUT.read_text(encoding="utf-8").splitlines()}
    joined = "\n".join(re.sub(r"[^\w\s]", "", s) for s in sentences)
    copies = 0
    for template in templates:
        for literal in _SLOT.split(template)[::3]:
            words = re.sub(r"[^\w\s]", "", fold(literal or "")).split()
            if len(words) >= 4 and " ".join(words) in joined:
                copies += 1
                break
    return copies


class Source:
    """Every draw from one seed, so each file is the same on every run."""

    def __init__(self, split: str) -> None:
        self.rng = random.Random(SEEDS[split])  # noqa: S311 - reproducible test data
        self.fakers: dict[str, Any] = {}
        for locale in ("es_ES", "es_MX"):
            self.fakers[locale] = Faker(locale)
            self.fakers[locale].seed_instance(self.rng.randrange(2**31))
        self.streets = StreetMaker(self.rng, self.fakers, unseen)
        self.terms = Terms(self.rng, unkept)

    def faker(self) -> Any:
        return self.fakers[self.rng.choice(sorted(self.fakers))]

    def person(self) -> tuple[str, str]:
        fake = self.faker()
        last = str(fake.last_name())
        if self.rng.random() < 0.5:
            last += f" {fake.last_name()}"
        return str(fake.first_name()), last

    def city(self) -> str:
        while True:
            city = str(self.faker().city())
            if unseen(city):
                return city


Piece = tuple[str, str, str]  # written, spoken, numerals


class Sentence:
    """One template filled: three forms, with identifier spans and must-survive spans."""

    def __init__(self, source: Source) -> None:
        self.s = source
        self.first, self.last = source.person()
        self.forms: dict[str, dict[str, Any]] = {
            form: {"text": "", "spans": [], "keep": []} for form in FORMS}
        self.punctuation = source.rng.random() < 0.3
        self.accents = source.rng.random() < 0.6

    def literal(self, text: str) -> None:
        self.forms["written"]["text"] += text
        said = text.lower()
        if not self.punctuation:
            said = re.sub(r"[,.;:!?¿¡]", "", said)
        if not self.accents:
            said = speech.strip_accents(said)
        for form in ("spoken", "numerals"):
            self.forms[form]["text"] += said

    def piece(self, piece: Piece, kind: str | None) -> None:
        """``kind``: an identifier type, or None for a must-survive term."""
        for form, value in zip(FORMS, piece, strict=True):
            out = self.forms[form]
            if form != "written" and not self.accents:
                value = speech.strip_accents(value)
            start = len(out["text"])
            out["text"] += value
            mark = {"start": start, "end": len(out["text"])}
            if kind:
                out["spans"].append({"type": kind, **mark})
            else:
                out["keep"].append(mark)

    def address(self) -> None:
        street, place, postcode = self.s.rng.choice(FORMATS)(self.s.streets)
        self.piece(street, "STREET_ADDRESS")
        if place:
            self.neighbourhood(*place, lead=", ")
        if postcode:
            roll = self.s.rng.random()
            self.said(", C.P. " if roll < 0.5 else ", código postal ", ", código postal ")
            said = " ".join(speech.ES_DIGITS[int(d)] for d in postcode) if roll < 0.7 else \
                " ".join(speech.es_number(int(postcode[i:i + 2])) if i < 4 else
                         speech.ES_DIGITS[int(postcode[i])] for i in (0, 2, 4))
            self.piece((postcode, said, postcode), "ZIP_CODE")

    def said(self, written: str, spoken: str) -> None:
        """Plain words said otherwise than written ("C.P." said "código postal")."""
        self.forms["written"]["text"] += written
        if not self.punctuation:
            spoken = re.sub(r"[,.;:!?¿¡]", "", spoken)
        for form in ("spoken", "numerals"):
            self.forms[form]["text"] += spoken.lower()

    def neighbourhood(self, word: str, name: str, lead: str = "") -> None:
        said = _NEIGHBOURHOOD_SAID.get(word.lower(), word.lower())
        self.said(f"{lead}{word} ", f"{lead}{said} ")
        self.piece((name, name.lower(), name.lower()), "LOCATION")

    def render(self, template: str) -> dict[str, dict[str, Any]]:
        position = 0
        for match in _SLOT.finditer(template):
            self.literal(template[position:match.start()])
            slot = match.group(1)
            if match.group(2):
                said = match.group(2).lower()
                self.piece((match.group(2), said, said), None)
            elif slot == "addr":
                self.address()
            elif slot == "barrio":
                word = self.s.rng.choice(["colonia", "barrio", "la colonia", "el barrio",
                                          "la población", "el fraccionamiento"])
                self.neighbourhood(word, self.s.streets.name())
            elif slot in ("first", "last", "name"):
                value = {"first": self.first, "last": self.last,
                         "name": f"{self.first} {self.last}"}[slot]
                self.piece((value, value.lower(), value.lower()), "PERSON")
            elif slot == "city":
                city = self.s.city()
                self.piece((city, city.lower(), city.lower()), "LOCATION")
            else:
                self.piece(self.s.terms.make(slot, capital=match.start() == 0), None)
            position = match.end()
        self.literal(template[position:])
        for out in self.forms.values():
            out["text"] = out["text"].rstrip()
        return self.forms


def split_templates() -> dict[str, list[tuple[str, str, str]]]:
    """(id, kind, template) for each part: every third template of each kind aside."""
    parts: dict[str, list[tuple[str, str, str]]] = {"dev": [], "aside": []}
    for kind, templates in (("address", ADDRESS_TEMPLATES), ("medicine", MEDICINE_TEMPLATES),
                            ("plain", PLAIN_TEMPLATES)):
        for index, template in enumerate(templates):
            split = "aside" if index % 3 == 1 else "dev"
            parts[split].append((f"es-fresh-{kind[:3]}-{index:02d}", kind, template))
    return parts


def generate(split: str) -> list[dict[str, Any]]:
    source = Source(split)
    return rendered(((template_id, template, INSTANCES[kind])
                     for template_id, kind, template in split_templates()[split]),
                    lambda template: Sentence(source).render(template), "es", 20)


def output_path(split: str) -> Path:
    return OUT_DIR / f"es-{split}.jsonl"


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for split in ("dev", "aside"):
        records = generate(split)
        output_path(split).write_text(dumps(records), encoding="utf-8")
        print(f"{output_path(split).relative_to(ROOT)}: {len(records) // 3} sentences")


if __name__ == "__main__":
    main()
