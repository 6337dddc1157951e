"""The word lists the recognizers share, loaded once: name-words (given names and
surnames), ordinary words by frequency, and places. Their sources and licences are in
``data/build.py``."""

from __future__ import annotations

import gzip
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


# every finder folds the same few hundred words and letters of an utterance, many times
# over (600,000 calls in 450 utterances): kept, they cost a lookup. Bounded, so that
# hostile input cannot grow it without end.
_FOLDED_KEPT = 1 << 15


@lru_cache(maxsize=_FOLDED_KEPT)
def fold(word: str) -> str:
    """Lower case without accents ("Fernández" -> "fernandez"); ñ stays apart from n."""
    word = word.lower().replace("\u2019", "'").replace("ñ", "\0")
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("\0", "ñ")


def fold_in_place(text: str) -> str:
    """``fold`` character by character, so every position stays that of ``text``."""
    out = []
    for char in text:
        folded = fold(char)
        out.append(folded[0] if len(folded) == 1 else (char.lower()[:1] or " "))
    return "".join(out)


def _lines(name: str) -> list[str]:
    with gzip.open(DATA / name, "rt", encoding="utf-8") as data:
        return [line for line in data.read().split("\n") if line]


def _listed(name: str) -> frozenset[str]:
    """The words of a plain list in ``data/`` (one a line, ``#`` comments)."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


@cache
def census_given_names() -> frozenset[str]:
    """Folded given names of the US Census files (``data/given_census.txt``)."""
    return _listed("given_census.txt")


@cache
def women_names() -> frozenset[str]:
    """Folded given names that only women bear (``data/given_women.txt``)."""
    return _listed("given_women.txt")


@cache
def given_not_words(language: str) -> frozenset[str]:
    """Frequent given names that are no ordinary word of ``language`` ("diego", "paula",
    "mary"), chosen by hand (``data/given_not_words_{en,es}.txt``): a frequency list
    holds them because names are frequent in text, not because they are words."""
    return _listed(f"given_not_words_{language}.txt")


@cache
def names() -> dict[str, str]:
    """Folded name-word -> "F" (given), "L" (surname) or "FL": ``source_names`` and the
    Spanish given names those lists lack (``data/given_extra_es.txt``: "inmaculada",
    "merche")."""
    listed = dict(source_names())
    for given in _listed("given_extra_es.txt"):
        listed[given] = "F" + listed[given].replace("F", "") if given in listed else "F"
    return listed


@cache
def source_names() -> dict[str, str]:
    """``names`` as its sources give them, with the names spelled with "ñ" that they lost
    (``data/names_enye.txt``: "muñoz", "peña") and the diminutives of the census's given
    names. The learned tagger's features read this list: it was trained and its
    thresholds cross-validated on it, and a retrained model shifts on every word."""
    listed = dict(line.split("\t") for line in _lines("names.txt.gz"))
    for line in _listed("names_enye.txt"):
        name, _, kind = line.partition("\t")
        listed.setdefault(name, kind or listed.get(name.replace("ñ", "n"), "L"))
    words = (common("es"), common("en"), places())
    for given in census_given_names():
        for small in diminutives_es(given):
            if small not in listed and not any(small in known for known in words):
                listed[small] = "F"
    return listed


def diminutives_es(name: str) -> set[str]:
    """The Spanish diminutives of a given name: "santiaguito", "dieguito", "juancito",
    "josecito". Families call children and elders by them, and no name list carries the
    rarer ones; ``names`` takes in those that are no ordinary word or place."""
    if len(name) < 3 or not name.isalpha():
        return set()
    last = name[-1]
    if last in "oa":
        stem = name[:-1]
        stem = stem + "u" if stem.endswith("g") \
            else stem[:-1] + "qu" if stem.endswith("c") \
            else stem[:-1] + "c" if stem.endswith("z") else stem
        return {f"{stem}it{last}"}  # santiag-o -> santiaguito, franci-sc-o -> francisquito
    if last in "nrl":
        return {f"{name}cito", f"{name}cita", f"{name}ito", f"{name}ita"}
    if last == "e":
        return {f"{name}cito", f"{name}cita", f"{name[:-1]}ito", f"{name[:-1]}ita"}
    return set()


@cache
def common(language: str) -> dict[str, int]:
    """Folded ordinary word -> frequency rank (0 is the most frequent)."""
    return {word: rank for rank, word in enumerate(_lines(f"common_{language}.txt.gz"))}


@cache
def without_enye(language: str) -> dict[str, int]:
    """Ordinary words as ``common``, and those with "ñ" also written "n", as
    accent-less transcripts write them ("sueno", "mañana" -> "manana")."""
    merged = dict(common(language))
    for word, rank in common(language).items():
        if "ñ" in word:  # "sueno" is a rare word and a name; "sueño" a frequent one
            key = word.replace("ñ", "n")
            merged[key] = min(rank, merged.get(key, rank))
    return merged


@cache
def places() -> dict[str, str]:
    return dict(line.split("\t") for line in _lines("places.txt.gz"))
