"""The medicine and clinical word lists ``medical`` checks words against, read once from
``data/``: DrugBank's medicine names, the project's own extra medicines, Spanish condition
names, the lexicon's terms as ``fold`` writes them, and everyday clinical words.

Why apart: ``medical`` decides what a word is in its sentence; these only load lists, and
other modules (towns, frames, the benchmark's generators) want the lists without that.
"""

from __future__ import annotations

import gzip
from functools import cache
from pathlib import Path

from redaction.lexicon import MEDICAL_TERMS


@cache
def medicines() -> frozenset[str]:
    """One-word medicine names, generic and brand (``data/medicines.txt.gz``, DrugBank
    open data via a registry package; names and places taken out), and their
    brand names ("Brilinta", "Tradjenta") that no word list knows otherwise."""
    path = Path(__file__).resolve().parent / "data" / "medicines.txt.gz"
    with gzip.open(path, "rt", encoding="utf-8") as data:
        words = [line for line in data.read().split("\n") if line]
    return frozenset(words)


@cache
def extra_medicines() -> frozenset[str]:
    """Brand and generic names patients say that DrugBank's list lacks or leaves to the
    name lists (``data/medicines_extra.txt``: Dolex, Tafirol, Norco)."""
    return _word_file("medicines_extra.txt")


@cache
def condition_names_es() -> frozenset[str]:
    """Spanish conditions, diagnoses, symptoms, tests and procedures that no other list
    held ("clamidia", "hipoacusia", "hemograma": ``data/condition_names_es.txt``), less
    any word a name or place list holds: a capitalised one alone was the model's person
    or place."""
    from redaction.wordlists import names, places

    return frozenset(w for w in _word_file("condition_names_es.txt")
                     if w not in names() and w not in places())


@cache
def folded_medical_terms() -> frozenset[str]:
    """The lexicon's medical terms as ``fold`` writes them: "hipertensión" is looked up
    as "hipertension"."""
    from redaction.gazetteer import fold

    return frozenset(fold(term) for term in MEDICAL_TERMS)


@cache
def clinical_words() -> frozenset[str]:
    """Everyday body, symptom and dosage-form words that are surnames too ("ingle",
    "barriga", "orina"): ``data/clinical_words.txt``."""
    return _word_file("clinical_words.txt")


def _word_file(name: str) -> frozenset[str]:
    lines = (Path(__file__).resolve().parent / "data" / name).read_text(
        encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))
