"""The clinical glossary is data that every MT engine is forced to obey, so its shape is
checked here: a malformed row, a source term with two targets, or an everyday word that
would be forced into unrelated sentences must fail the build, not a visit.

Pure Python on purpose: it reads interpretation/glossary.tsv directly, needing neither
Django nor a model, so a reviewer who adds a row gets an answer in a second."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

GLOSSARY = Path(__file__).resolve().parent.parent / "interpretation" / "glossary.tsv"
HEADER = ["en", "es", "category", "direction", "note"]
CATEGORIES = {"history", "symptom", "body", "condition", "medication", "dosage_form", "route",
              "frequency", "unit", "allergy", "test", "instruction", "time"}
DIRECTIONS = {"both", "en-es", "es-en"}
MIN_ENTRIES = 350
MIN_PER_DIRECTION = 300

# Words that mean something else in ordinary sentences, or whose Spanish needs a gender or
# number the glossary cannot know: forcing them would break sentences they happen to be in.
AMBIGUOUS_ENGLISH = {
    "cold", "fit", "back", "well", "shot", "shots", "patient", "drop", "drops", "cough",
    "bleeding", "period", "periods", "head", "hand", "hands", "feet", "pound", "pounds", "er",
    "aids", "iv", "cream", "sprain", "bandage", "vomiting", "swelling", "itching", "sweating",
    "sneezing", "wheezing", "tingling", "joint", "joints", "eye", "ear", "breast", "iron",
    "tender", "discharge", "stool", "cramps", "gas", "dressing", "cast", "walker", "cane",
    "sore", "labor", "delivery", "culture", "positive", "negative", "allergic", "dizzy",
    "swollen",
}
AMBIGUOUS_SPANISH = {
    "pecho", "gota", "lengua", "frente", "recto", "ano", "muñeca", "seno", "senos", "dedos",
    "pie", "temblor", "regla", "dosis", "bulto", "puntos", "cataratas", "constipado",
    "constipada", "resfriado", "mareo", "herida", "desmayo", "remisión", "gripe", "gripa",
    "sangrado", "suero", "presión", "azúcar", "tensión", "fatiga", "cólicos", "aborto",
    "matriz", "espinilla",
}


def rows() -> list[list[str]]:
    lines = GLOSSARY.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines]


def sources(direction: str) -> list[tuple[str, str]]:
    """(source, target) pairs the engines get for one direction."""
    column = 0 if direction == "en-es" else 1
    return [(row[column], row[1 - column]) for row in rows()[1:]
            if row[3] in ("both", direction)]


def test_it_has_the_header_and_five_fields_in_every_row() -> None:
    table = rows()
    assert table[0] == HEADER
    bad = [number for number, row in enumerate(table, start=1) if len(row) != len(HEADER)]
    assert bad == []


def test_every_term_is_present_and_trimmed() -> None:
    bad = [row for row in rows()[1:]
           for term in row[:2] if not term or term != term.strip() or "  " in term]
    assert bad == []


def test_notes_carry_no_double_quotes_so_any_tsv_reader_agrees() -> None:
    assert [row for row in rows()[1:] if any('"' in field for field in row)] == []


def test_categories_and_directions_are_the_documented_ones() -> None:
    assert {row[2] for row in rows()[1:]} <= CATEGORIES
    assert {row[3] for row in rows()[1:]} <= DIRECTIONS


def test_each_source_term_maps_to_exactly_one_target_per_direction() -> None:
    for direction in ("en-es", "es-en"):
        counts: dict[str, int] = defaultdict(int)
        for source, _ in sources(direction):
            counts[source.casefold()] += 1
        assert [s for s, n in counts.items() if n > 1] == [], direction


def test_it_is_large_enough_in_each_direction() -> None:
    assert len(rows()) - 1 >= MIN_ENTRIES
    for direction in ("en-es", "es-en"):
        assert len(sources(direction)) >= MIN_PER_DIRECTION, direction


def test_no_source_is_an_ambiguous_everyday_word() -> None:
    english = [s for s, _ in sources("en-es") if s.casefold() in AMBIGUOUS_ENGLISH]
    spanish = [s for s, _ in sources("es-en") if s.casefold() in AMBIGUOUS_SPANISH]
    assert english == []
    assert spanish == []


def test_sources_start_and_end_with_a_word_character_so_whole_word_matching_works() -> None:
    # The engines match r"\bTERM\b"; a term ending in punctuation would never match.
    edge = re.compile(r"^\w(.*\w)?$")
    bad = [s for d in ("en-es", "es-en") for s, _ in sources(d) if not edge.match(s)]
    assert bad == []

