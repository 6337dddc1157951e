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

import re
from pathlib import Path
from typing import Any

from bench import phi_common as common
from bench import phi_speech as speech
from bench.phi_common import ROOT, FormsSentence, Piece, SeededSource, fold
from bench.phi_fresh_streets import FORMATS, StreetMaker
from bench.phi_fresh_terms import ADDRESS_TEMPLATES, MEDICINE_TEMPLATES, PLAIN_TEMPLATES, Terms

OUT_DIR = ROOT / "fixtures" / "phi" / "fresh"
HELDOUT = ROOT / "fixtures" / "phi" / "dev" / "es-heldout.jsonl"
SEEDS = {"dev": 5150, "aside": 8675}
INSTANCES = {"address": 12, "medicine": 9, "plain": 4}
_SLOT = re.compile(r"\{(\w+)\}|\(\((.+?)\)\)")
_NEIGHBOURHOOD_SAID = {"col.": "colonia", "fracc.": "fraccionamiento", "bo.": "barrio"}
_HELDOUT = common.UnseenSets([HELDOUT])
unseen = _HELDOUT.unseen  # no held-out identifier holds this name as words of its own
unkept = _HELDOUT.unkept  # no held-out must-survive term holds any word of this medicine
__all__ = ["Piece", "Sentence", "Source", "fold", "unkept", "unseen"]


def heldout_copies(templates: list[str]) -> int:
    """How many templates repeat a held-out wording: a stretch of four or more words
    between slots that some held-out sentence holds too."""
    joined = "\n".join(re.sub(r"[^\w\s]", "", s) for s in set(_HELDOUT.sentences()))
    copies = 0
    for template in templates:
        for literal in _SLOT.split(template)[::3]:
            words = re.sub(r"[^\w\s]", "", fold(literal or "")).split()
            if len(words) >= 4 and " ".join(words) in joined:
                copies += 1
                break
    return copies


class Source(SeededSource):
    """Every draw from one seed, so each file is the same on every run."""

    def __init__(self, split: str) -> None:
        super().__init__(SEEDS[split], ("es_ES", "es_MX"), unseen)
        self.streets = StreetMaker(self.rng, self.fakers, unseen)
        self.terms = Terms(self.rng, unkept)

    def person(self) -> tuple[str, str]:
        fake = self.faker()
        last = str(fake.last_name())
        if self.rng.random() < 0.5:
            last += f" {fake.last_name()}"
        return str(fake.first_name()), last


class Sentence(FormsSentence):
    """One template filled: three forms, with identifier spans and must-survive spans.
    Besides names and cities: ``{addr}``, ``{barrio}``, ``((a term said as written))``
    and the fresh terms' slots."""

    SLOT = _SLOT
    s: Source
    PUNCTUATION = 0.3

    def address(self) -> None:
        street, place, postcode = self.s.rng.choice(FORMATS)(self.s.streets)
        self.piece(street, "STREET_ADDRESS")
        if place:
            self.neighbourhood(*place, lead=", ")
        if postcode:
            roll = self.s.rng.random()
            self.said_as(", C.P. " if roll < 0.5 else ", código postal ", ", código postal ")
            said = " ".join(speech.ES_DIGITS[int(d)] for d in postcode) if roll < 0.7 else \
                " ".join(speech.es_number(int(postcode[i:i + 2])) if i < 4 else
                         speech.ES_DIGITS[int(postcode[i])] for i in (0, 2, 4))
            self.piece((postcode, said, postcode), "ZIP_CODE")

    def said_as(self, written: str, spoken: str) -> None:
        """Plain words said otherwise than written ("C.P." said "código postal"),
        accents kept."""
        self.forms["written"]["text"] += written
        if not self.punctuation:
            spoken = re.sub(r"[,.;:!?¿¡]", "", spoken)
        for form in ("spoken", "numerals"):
            self.forms[form]["text"] += spoken.lower()

    def neighbourhood(self, word: str, name: str, lead: str = "") -> None:
        said = _NEIGHBOURHOOD_SAID.get(word.lower(), word.lower())
        self.said_as(f"{lead}{word} ", f"{lead}{said} ")
        self.piece((name, name.lower(), name.lower()), "LOCATION")

    def term(self, slot: str, capital: bool) -> Piece:
        return self.s.terms.make(slot, capital=capital)

    def fill(self, match: re.Match[str]) -> None:
        if match.group(2):
            said = match.group(2).lower()
            self.piece((match.group(2), said, said), None)
        elif match.group(1) == "addr":
            self.address()
        elif match.group(1) == "barrio":
            word = self.s.rng.choice(["colonia", "barrio", "la colonia", "el barrio",
                                      "la población", "el fraccionamiento"])
            self.neighbourhood(word, self.s.streets.name())
        else:
            super().fill(match)


def split_templates() -> dict[str, list[tuple[str, str, str]]]:
    """(id, kind, template) for each part: every third template of each kind aside."""
    return common.split_templates("es-fresh", (("address", ADDRESS_TEMPLATES),
                                               ("medicine", MEDICINE_TEMPLATES),
                                               ("plain", PLAIN_TEMPLATES)), aside=1)


def generate(split: str) -> list[dict[str, Any]]:
    source = Source(split)
    return common.generate(split_templates()[split], INSTANCES, lambda: Sentence(source), "es")


def output_path(split: str) -> Path:
    return OUT_DIR / f"es-{split}.jsonl"


def main() -> None:
    common.write_splits(OUT_DIR, "es", generate)


if __name__ == "__main__":
    main()
