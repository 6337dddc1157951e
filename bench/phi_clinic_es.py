"""A Spanish clinic set dense in words that must survive: ``python -m bench.phi_clinic_es``.

Why: on the never-tuned Spanish sets the redactor hit must-survive words (2.3 % of
them in held-out spoken speech, many more in ``real_aside``), mostly medicine names
that are also given names, said with no medicine frame, and capitalised brands it
does not know in written text; and the sets we tune on hold few such words beside
identifiers. Here a patient and a clinician talk in long loose turns (``eh``,
``este``, ``o sea``) full of medicines (generics, brands of Spain and Latin America,
brands that look like given names or plain words), conditions, symptoms, body parts,
doses, how often, how long, ages below 90, laboratory tests and places in the
hospital, mixed with names said with and without a cue, towns, phones, e-mails and
ids (``bench/phi_clinic_es_terms.py``; the id and phone makers are those of
``bench/phi_wild_es_ids.py``).

Each sentence in three forms (``written``, ``spoken`` with numbers as words,
``numerals`` spoken with digits), in ``fixtures/phi/clinic/es-dev.jsonl`` and
``es-aside.jsonl`` (the ``clinic`` and ``clinic_aside`` splits of
``bench/redaction.py``): every third template of each kind, and every third word of
each vocabulary, is aside and never tuned on. Any value or must-survive word that a
never-tuned set already holds is skipped (searched, never printed).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from bench import phi_common as common
from bench import phi_speech as speech
from bench import phi_wild_es_ids as ids
from bench import phi_wild_es_ids_terms as ids_terms
from bench.phi_clinic_es_terms import (
    BODY,
    BRANDS,
    CONDITIONS,
    DOSE_UNITS,
    DURATIONS,
    FREQUENCIES,
    GENERICS,
    INSTANCES,
    KINDS,
    LABS,
    LOOKALIKES,
    SYMPTOMS,
    WARDS,
)
from bench.phi_common import ROOT, Piece, SeededSource, fold

OUT_DIR = ROOT / "fixtures" / "phi" / "clinic"
UNSEEN_SETS = [ROOT / "fixtures" / "phi" / p for p in
               ("dev/es-heldout.jsonl", "fresh/es-aside.jsonl", "real/es-aside.jsonl",
                "wild/es-aside.jsonl", "ids/es-aside.jsonl", "dates/es-aside.jsonl")]
SEEDS = {"dev": 3319, "aside": 8053}
_UNSEEN = common.UnseenSets(UNSEEN_SETS)
# Words that any phrase may share with a never-tuned term without copying it.
_FUNCTION_WORDS = frozenset("a al con de del el en la las los me por se un una uno dos y".split())


def unkept(term: str) -> bool:
    """No never-tuned must-survive term holds a content word of ``term``."""
    words = set(re.findall(r"[^\W\d_]+", fold(term))) - _FUNCTION_WORDS
    return all(_UNSEEN.unkept(word) for word in words)


def _share(words: list[str], split: str) -> list[str]:
    """The words of ``split``: every third word aside, so aside sentences also carry
    medicines and conditions that dev never shows."""
    return [w for i, w in enumerate(words) if (i % 3 == 1) == (split == "aside")]


class Source(ids.Source):
    """The identity set's draws (names, towns, ids, phones) with this set's words."""

    def __init__(self, split: str) -> None:
        SeededSource.__init__(self, SEEDS[split], ids_terms.NAME_LOCALES, _UNSEEN.unseen)
        self.words = {
            "gen": _share([w for w in GENERICS if unkept(w)], split),
            "brand": _share([w for w in BRANDS if unkept(w)], split),
            "lookalike": _share([w for w in LOOKALIKES if unkept(w)], split),
            "cond": _share([w for w in CONDITIONS if unkept(w)], split),
            "sym": _share([w for w in SYMPTOMS if unkept(w)], split),
            "body": _share([w for w in BODY if unkept(w)], split),
            "lab": _share([w for w in LABS if unkept(w)], split),
            "ward": [w for w in WARDS if unkept(w)],
        }
        self.medicines = self.words["gen"] + self.words["brand"]
        self.conditions = self.words["cond"]
        self.regions = [r for r in ids_terms.REGIONS if self.unseen(r)]
        self.cities = [c for c in ids_terms.CITIES if self.unseen(c)]

    def pick(self, draw: Any) -> str:
        while True:
            value = str(draw())
            if self.unseen(value) and re.fullmatch(r"[^\W\d_]+(?:[ '-][^\W\d_]+)*", value):
                return value


class Sentence(ids.Sentence):
    """A clinic turn in three forms; the identifier slots are the identity set's."""

    s: Source

    def term(self, slot: str, capital: bool) -> Piece:
        s = self.s
        base = slot.rstrip("23")
        if base == "med":
            base = s.rng.choice(["gen", "brand", "lookalike"])
        if base in s.words:
            word = s.rng.choice(s.words[base])
            if base in ("gen", "brand", "lookalike"):
                written = word[0].upper() + word[1:] if capital or s.chance(0.7) \
                    else word.lower()
            else:
                written = word[0].upper() + word[1:] if capital else word
            said = written.lower() if s.chance(0.7) else fold(written)
            return written, said, said
        if base == "dose":
            written, spoken, values = s.rng.choice(DOSE_UNITS)
            n = s.rng.choice(values)
            return (written.format(n=n), spoken.format(n=speech.es_number(n)),
                    spoken.format(n=n))
        if base == "age":
            n = s.rng.randint(2, 89)
            return str(n), speech.es_number(n), str(n)
        pattern = s.rng.choice(FREQUENCIES if base == "freq" else DURATIONS)
        n = s.rng.choice([4, 6, 8, 12]) if base == "freq" else s.rng.randint(2, 15)
        k = s.rng.choice([2, 3])
        written = pattern.format(n=n, k=k)
        spoken = pattern.format(n=speech.es_number(n), k=speech.es_number(k))
        if capital:
            written, spoken = written[0].upper() + written[1:], spoken
        return written, spoken, written.lower()


def split_templates() -> dict[str, list[tuple[str, str, str]]]:
    """(id, kind, template) for each part: every third template of each kind aside."""
    return common.split_templates("es-clinic", KINDS, aside=2)


def generate(split: str) -> list[dict[str, Any]]:
    source = Source(split)
    return common.generate(split_templates()[split], INSTANCES, lambda: Sentence(source), "es")


def output_path(split: str) -> Path:
    return OUT_DIR / f"es-{split}.jsonl"


def main() -> None:
    common.write_splits(OUT_DIR, "es", generate)


if __name__ == "__main__":
    main()
