"""The clinical translation test set (``fixtures/mt/``) is well formed.

``bench/mt.py`` scores every engine against these files and checks that numbers
and placeholders survive; a malformed row would silently skew those figures, so
the shape of the set is checked here, in pure Python and in milliseconds.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mt"
PAIRS = ("en-es", "es-en")
HEADER = ["id", "split", "source", "reference", "topics"]
SPLITS = {"dev", "heldout"}
TOPICS = {"history", "symptoms", "body", "medication", "dose", "frequency", "route", "allergy",
          "tests", "instructions", "numbers", "time", "mental_health", "pediatrics", "pregnancy",
          "chronic", "emergency", "smalltalk", "placeholder"}
MIN_ROWS = 180
HELDOUT_SHARE = (0.3, 0.4)
MIN_WORDS, MAX_WORDS = 3, 40
PLACEHOLDER = re.compile(r"\[[A-Z]+(?:_[A-Z]+)*_\d+\]")
DIGITS = re.compile(r"\d+")


class Row(NamedTuple):
    id: str
    split: str
    source: str
    reference: str
    topics: tuple[str, ...]


def read(pair: str) -> tuple[list[str], list[list[str]]]:
    lines = (FIXTURES / f"{pair}.tsv").read_text(encoding="utf-8").splitlines()
    return lines[0].split("\t"), [line.split("\t") for line in lines[1:]]


def rows(pair: str) -> list[Row]:
    _, fields = read(pair)
    return [Row(f[0], f[1], f[2], f[3], tuple(f[4].split(","))) for f in fields]


@pytest.mark.parametrize("pair", PAIRS)
def test_every_row_has_five_non_empty_fields(pair: str) -> None:
    header, fields = read(pair)
    assert header == HEADER
    bad = [n for n, f in enumerate(fields, start=2) if len(f) != 5 or not all(x.strip() for x in f)]
    assert bad == [], f"malformed lines {bad}"
    assert len(fields) >= MIN_ROWS


@pytest.mark.parametrize("pair", PAIRS)
def test_ids_are_unique_and_name_the_pair(pair: str) -> None:
    ids = [r.id for r in rows(pair)]
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    assert all(i.startswith(f"{pair}-") for i in ids)


@pytest.mark.parametrize("pair", PAIRS)
def test_a_third_is_held_out_across_every_topic(pair: str) -> None:
    data = rows(pair)
    assert {r.split for r in data} <= SPLITS
    share = sum(r.split == "heldout" for r in data) / len(data)
    assert HELDOUT_SHARE[0] <= share <= HELDOUT_SHARE[1]
    per_topic = Counter(t for r in data for t in r.topics)
    held = Counter(t for r in data if r.split == "heldout" for t in r.topics)
    assert [t for t, n in per_topic.items() if n >= 3 and held[t] == 0] == []


@pytest.mark.parametrize("pair", PAIRS)
def test_topics_come_from_the_list_and_tag_placeholders_honestly(pair: str) -> None:
    for row in rows(pair):
        assert set(row.topics) <= TOPICS, row.id
        assert ("placeholder" in row.topics) == bool(PLACEHOLDER.search(row.source)), row.id


@pytest.mark.parametrize("pair", PAIRS)
def test_placeholders_are_identical_in_source_and_reference(pair: str) -> None:
    for row in rows(pair):
        assert Counter(PLACEHOLDER.findall(row.source)) == Counter(
            PLACEHOLDER.findall(row.reference)), row.id
        leftovers = "".join(PLACEHOLDER.split(row.source + row.reference))
        assert "[" not in leftovers and "]" not in leftovers, row.id


@pytest.mark.parametrize("pair", PAIRS)
def test_every_digit_group_of_the_source_is_in_the_reference(pair: str) -> None:
    for row in rows(pair):
        missing = Counter(DIGITS.findall(row.source)) - Counter(DIGITS.findall(row.reference))
        assert not missing, f"{row.id}: {sorted(missing)}"


@pytest.mark.parametrize("pair", PAIRS)
def test_utterances_are_spoken_length(pair: str) -> None:
    lengths = {r.id: len(r.source.split()) for r in rows(pair)}
    assert {i: n for i, n in lengths.items() if not MIN_WORDS <= n <= MAX_WORDS} == {}


def test_the_two_directions_are_written_independently() -> None:
    """Mirrored rows would let an engine be scored on its own round trip."""
    forward = {r.reference for r in rows("en-es")} | {r.source for r in rows("en-es")}
    assert [r.id for r in rows("es-en") if r.source in forward or r.reference in forward] == []
