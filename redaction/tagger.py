"""A learned tagger for the names of people, places and organisations that no rule reads:
"i do second shift at blue ridge poultry", "vamos a la iglesia nueva vida", "my coworker
jun found me".

Why: the rules read the frames their authors saw, and on sentences written by other hands
they miss what is said in a frame nobody wrote a rule for; each new rule gains a few of
those and costs a review. A linear-chain CRF (CRFsuite) weighs many small cues at once,
the same cues the rules use: the word and its neighbours, how common a word is, whether
the name or place lists hold it, capitals in written text. It is trained, at `manage.py
models install`, on the labelled sets the rules were tuned on
(``tagger_training.TRAINING_SETS``), never on the parts kept aside, so the benchmark's
never-tuned figures measure it honestly.

It only adds: its findings join the rules' and are trimmed as theirs are (function
words, medical words, ``trims.trimmed``), and a word the medical checks keep is
never taken. A token is taken when the model gives it a probability of
being part of a name of at least ``TOKEN_PROBABILITY``; a stretch of ordinary words (no
name-list, place-list, rare or capitalised word among them) is dropped, as is one made only
of grammar words or numbers (the rules read numbers), and a single word that is also an
ordinary word needs ``AMBIGUOUS_PROBABILITY`` (``_worth_taking``). Both thresholds were
chosen by cross-validation over the hand-written tuning sets (three folds, each trained
without the sets it scores): see the README's stop 48. Ordinary words alone are taken in
one case: two or more, each at ``ORDINARY_STRETCH_PROBABILITY``, beside the word of their
kind ("lucky star nails", "gimnasio fuerza total"; ``named_by_kind``), since shops,
agencies and programmes are mostly named so (README, stop 53).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from redaction.entity import Entity
from redaction.institution_words_es import HEADS as ES_HEADS
from redaction.institution_words_es import SHOP_BY_WHAT_IT_SELLS
from redaction.medical import is_medical
from redaction.place_head_words import HEADS as EN_HEADS
from redaction.place_head_words import KIND_WORDS
from redaction.recognizers import NUMBER_WORDS
from redaction.wordlists import common, fold, names, places, source_names

TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*|\S")
# People, and where someone lives, works or goes: places, organisations and streets alike
# (streets too: cross-validation read more of them, and of the rest, with them in).
LABELS = {"PERSON": "P", "LOCATION": "L", "ORGANIZATION": "L", "GPE": "L",
          "STREET_ADDRESS": "L", "ADDRESS": "L"}
TAGGER_NAME = "LearnedTagger"  # the recognizer name its findings carry in the engine
TOKEN_PROBABILITY = 0.2
AMBIGUOUS_PROBABILITY = 0.7
# Two or more ordinary words the model is this sure of, each, are a name too: most shops,
# agencies and programmes are named by ordinary words ("lucky star nails", "gimnasio
# fuerza total"). Chosen by the same cross-validation (stop 53).
ORDINARY_STRETCH_PROBABILITY = 0.4
# So sure, each, they name one even with no kind's word beside them ("at sweet valley
# poultry", "a los de manos unidas"): on the tuning parts the tagger was not trained on,
# such stretches were names 68 times of 71 (stop 58).
ORDINARY_SURE_PROBABILITY = 0.9
GRAMMAR_RANK = 200  # words this frequent are grammar ("the", "with", "de")
ORDINARY_RANK = 20000  # a word rarer than this may be a name's
WORD_FIRST_RANK = 3000  # a listed name this frequent as a word is a word first ("hope")
_NAME_TYPES = frozenset({"PERSON", "LOCATION", "ORGANIZATION", "NRP"})  # a rule's, to join
_PIECE_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_RANK_BUCKETS = (50, 300, 1500, 5000, 20000, 60000)
_PLACE_WORDS_MAX = 4  # the longest run of words looked up in the place list
_CONTEXT = (-3, -2, -1, 1, 2, 3)
# The kind's word of a place named by ordinary words (``named_by_kind``), and the shapes of
# a Spanish adjective that says which kind: "mecánico", "pediátrica", "general", "dental".
_TRADES = (r"nails|movers|moving|hauling|towing|trucking|painting|cleaning|cleaners|"
           r"landscaping|roofing|plumbing|construction|services|ministry|ministries|pantry|"
           r"house|program|team|crew|studio|kitchen|cafe|diner|grill|motel|hospice|"
           r"fitness|karate|academy|daycare|preschool|management|group|fellowship")
_EN_KIND_LAST = re.compile(rf"\b(?:{EN_HEADS}|{_TRADES})$")
_ES_KIND_FIRST = re.compile(rf"(?:{ES_HEADS}|agencia|programa|proyecto|red|estancia|"
                            r"cuidados|servicios|limpiezas|fletes|mudanzas|pinturas|abasto|"
                            r"colmado|miscelánea|soda|factoría|supermercados|ortopedia|"
                            r"óptica|optica|botica|droguería|drogueria|"
                            rf"{SHOP_BY_WHAT_IT_SELLS})\b")
_ES_WHICH_KIND = re.compile(r"(?:ic[oa]s?|al|ar|iv[oa]|ari[oa]|ens[ea]|an[oa])$")
_NEAR = 2  # neighbours within this distance also give their list flags


Token = tuple[str, int, int]  # text, start, end


def tokens(text: str) -> list[Token]:
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def _bucket(rank: int | None) -> str:
    if rank is None:
        return "none"
    return next((str(b) for b in _RANK_BUCKETS if rank < b), "rare")


@cache
def _place_names() -> frozenset[str]:
    return frozenset(places())


@dataclass(frozen=True)
class _Word:
    key: str
    rank: str
    name: str  # "F", "L", "FL" or "-"
    place: bool
    capital: bool
    upper: bool
    digit: bool
    number: bool
    punctuation: bool


def _words(found: list[Token], language: str) -> list[_Word]:
    ranks, listed, place_names = common(language), source_names(), _place_names()
    keys = [fold(text) for text, _, _ in found]
    in_place = [False] * len(keys)
    for i in range(len(keys)):
        for n in range(1, _PLACE_WORDS_MAX + 1):
            if i + n <= len(keys) and " ".join(keys[i:i + n]) in place_names:
                in_place[i:i + n] = [True] * n
    return [_Word(key, _bucket(ranks.get(key)), listed.get(key, "-"), in_place[i],
                  text[:1].isupper(), text.isupper() and len(text) > 1,
                  any(c.isdigit() for c in text), key in NUMBER_WORDS, not text[:1].isalnum())
            for i, ((text, _, _), key) in enumerate(zip(found, keys, strict=True))]


def features(found: list[Token], language: str) -> list[list[str]]:
    """CRFsuite's attributes for each token: the word, its shape and lists, and the same of
    its neighbours."""
    words = _words(found, language)
    rows = []
    for i, w in enumerate(words):
        row = ["bias", f"w={w.key}", f"s3={w.key[-3:]}", f"s2={w.key[-2:]}", f"p3={w.key[:3]}",
               f"r={w.rank}", f"n={w.name}", f"pl={w.place:d}", f"cap={w.capital:d}",
               f"up={w.upper:d}", f"dig={w.digit:d}", f"num={w.number:d}",
               f"pu={w.punctuation:d}", f"rn={w.rank}|{w.name}"]
        for offset in _CONTEXT:
            j = i + offset
            if not 0 <= j < len(words):
                row.append(f"{offset}:BOUND")
                continue
            other = words[j]
            row.append(f"{offset}:w={other.key}")
            if abs(offset) <= _NEAR:
                row += [f"{offset}:r={other.rank}", f"{offset}:n={other.name}",
                        f"{offset}:pl={other.place:d}", f"{offset}:cap={other.capital:d}",
                        f"{offset}:num={other.number:d}"]
        if i > 0:
            row.append(f"bi-={words[i - 1].key}|{w.key}")
        if i + 1 < len(words):
            row.append(f"bi+={w.key}|{words[i + 1].key}")
        if i > 1:
            row.append(f"ctx-2={words[i - 2].key}|{words[i - 1].key}")
        rows.append(row)
    return rows


def labels(found: list[Token], spans: list[tuple[str, int, int]]) -> list[str]:
    """BIO labels of the tokens inside the names and places of ``spans``."""
    tags = ["O"] * len(found)
    for entity_type, start, end in spans:
        kind = LABELS.get(entity_type)
        if kind is None:
            continue
        inside = [i for i, (_, s, e) in enumerate(found) if s >= start and e <= end]
        for n, i in enumerate(inside):
            tags[i] = ("B-" if n == 0 else "I-") + kind
    return tags


class Tagger:
    """One trained CRF per language, from ``folder/<language>.crfsuite``."""

    def __init__(self, folder: Path, languages: list[str]) -> None:
        import pycrfsuite

        self._taggers = {}
        self._lock = threading.Lock()
        for language in languages:
            path = folder / f"{language}.crfsuite"
            if not path.is_file():
                raise FileNotFoundError(f"no tagger for {language} at {path}: "
                                        "run `manage.py models install`")
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            self._taggers[language] = tagger

    def spans(self, text: str, language: str) -> list[Entity]:
        tagger = self._taggers.get(language)
        if tagger is None:
            return []
        with self._lock:  # a CRFsuite tagger holds the sequence it was last given
            return tagged(tagger, text, language)


def tagged(tagger: Any, text: str, language: str) -> list[Entity]:
    """The stretches of ``text`` a CRFsuite tagger reads as names, places or
    organisations."""
    found = tokens(text)
    if not found:
        return []
    tagger.set(features(found, language))
    tagger.tag()
    known = set(tagger.labels())
    probability = [1 - tagger.marginal("O", i) for i in range(len(found))]
    runs: list[list[int]] = []
    for i, (word, start, end) in enumerate(found):
        taken = probability[i] >= TOKEN_PROBABILITY and word[:1].isalnum() \
            and not is_medical(text, start, end, fold(word), language)
        if taken and runs and runs[-1][1] == i - 1:
            runs[-1][1] = i
        elif taken:
            runs.append([i, i])
    entities = []
    for first, last in runs:
        while first < last and _number(found[first][0]):
            first += 1  # a house number is the rules' to read, with its street
        while last > first and _number(found[last][0]):
            last -= 1
        if any(found[i][0][:1].isupper() for i in range(first, last + 1)):
            while last > first and found[last][0][:1].islower():
                last -= 1  # written: the name ends at its capitals ("Tomasz snores")
        inside = range(first, last + 1)
        if not _worth_taking(found, inside, probability, language):
            continue
        person = sum(tagger.marginal(tag, i) for i in inside
                     for tag in ("B-P", "I-P") if tag in known)
        place = sum(tagger.marginal(tag, i) for i in inside
                    for tag in ("B-L", "I-L") if tag in known)
        entities.append(Entity("PERSON" if person > place else "LOCATION",
                               found[first][1], found[last][2]))
    return entities


def _number(word: str) -> bool:
    return word.isdigit() or fold(word) in NUMBER_WORDS


def _worth_taking(found: list[Token], inside: range, probability: list[float],
                  language: str) -> bool:
    """Grammar words, numbers and ordinary words alone never: a stretch needs a word that
    looks like a name's (rare, listed as a name or place and not a frequent word, or
    capitalised inside a sentence); one word that is also an ordinary word needs the model
    to be surer (``AMBIGUOUS_PROBABILITY``)."""
    ranks = common(language)
    keys = [fold(found[i][0]) for i in inside]
    ranked = [ranks.get(key) for key in keys]
    capitals = [found[i][0][:1].isupper() and i > 0 and found[i - 1][0] not in ".?!:"
                for i in inside]  # a capital that does not start a sentence
    if all(rank is not None and rank < GRAMMAR_RANK and not capital
           for rank, capital in zip(ranked, capitals, strict=True)):
        return False  # "with an", "till"
    if all(_number(found[i][0]) for i in inside):
        return False  # numbers are the rules' to read
    name_like = any(
        capital or rank is None or rank >= ORDINARY_RANK
        or ((key in names() or key in _place_names()) and rank >= WORD_FIRST_RANK)
        for key, rank, capital in zip(keys, ranked, capitals, strict=True))
    if not name_like:  # "call center", "the new drug": kinds of things, not names
        surest = min(probability[i] for i in inside)
        said = [found[i][0].lower() for i in inside]
        return len(keys) > 1 and (
            (surest >= ORDINARY_SURE_PROBABILITY and not a_kind_said(said, language))
            or (surest >= ORDINARY_STRETCH_PROBABILITY and named_by_kind(said, language)))
    if len(keys) == 1 and not capitals[0] and a_kind_alone(keys[0], language):
        return False  # "lo mandaron a ortopedia": the kind of place is no place's name
    if len(keys) == 1 and not capitals[0] and ranked[0] is not None \
            and ranked[0] < ORDINARY_RANK:  # "ginger", "holly", "mercy": a word as often
        return probability[inside[0]] >= AMBIGUOUS_PROBABILITY
    return True


def a_kind_alone(key: str, language: str) -> bool:
    """Is this one word the word of a kind of place ("ortopedia", "clinic")?"""
    kind = _EN_KIND_LAST if language == "en" else _ES_KIND_FIRST
    return kind.fullmatch(key) is not None


def a_kind_said(words: list[str], language: str) -> bool:
    """Do these words only say a kind of place ("community center", "urgent care clinic",
    "taller mecánico"), its kind's word with none but kind words or one word of which
    kind beside it?"""
    said = " ".join(words)
    if language == "en":
        head = _EN_KIND_LAST.search(said)
        return head is not None and all(word in KIND_WORDS
                                        for word in said[:head.start()].split())
    head = _ES_KIND_FIRST.match(said)
    rest = said[head.end():].split() if head else []
    return head is not None and (not rest or (len(rest) == 1
                                              and _ES_WHICH_KIND.search(rest[0]) is not None))


def named_by_kind(words: list[str], language: str) -> bool:
    """Ordinary words that name a place of work, trade or care by its kind: the kind's
    word last in English ("lucky star nails", "golden years home care"), first in Spanish
    ("gimnasio fuerza total", "abarrotes la bendición"), and beside it words that are not
    themselves kinds ("urgent care clinic", "golf club", "adult day care") nor, in
    Spanish, one word that says which kind ("taller mecánico", "ortopedia pediátrica") or
    a verb ("farmacia la revisó")."""
    said = " ".join(words)
    if language == "en":
        head = _EN_KIND_LAST.search(said)
        rest = said[:head.start()].split() if head else []
        return bool(rest) and any(word not in KIND_WORDS for word in rest)
    head = _ES_KIND_FIRST.match(said)
    rest = said[head.end():].split() if head else []
    if not rest or any(word.endswith(("ó", "é")) for word in rest):
        return False
    return not (len(rest) == 1 and _ES_WHICH_KIND.search(rest[0]))


def with_learned(text: str, found: list[Entity], learned: list[Entity],
                 language: str) -> list[Entity]:
    """The tagger's findings added to the rules': one that overlaps the rules' names or
    places joins them (under their type); one that overlaps anything else (a street, a
    date, a number) gives way to it, since the rules' reading ends where that identifier
    ends, and only its words outside it are kept ("[peak motion p t] nine commerce way":
    the firm before the street the rules found)."""
    merged = list(found)
    for entity in _outside_numbers(text, found, learned, language):
        overlapping = [e for e in merged if e.start < entity.end and entity.start < e.end]
        kind = overlapping[0].type if overlapping else entity.type
        start = min([entity.start, *(e.start for e in overlapping)])
        end = max([entity.end, *(e.end for e in overlapping)])
        merged = sorted([e for e in merged if e not in overlapping] + [Entity(kind, start, end)],
                        key=lambda e: e.start)
    return merged


def _outside_numbers(text: str, found: list[Entity], learned: list[Entity],
                     language: str) -> list[Entity]:
    """The parts of the tagger's findings outside the rules' streets, dates and numbers:
    before the first of them, words other than grammar ("at", "the", "de la" alone are no
    name); after one, only a place's or a name's word or a rare one, the tagger having
    run on past the number ("... nueve siete cero siete uno [correcto]")."""
    kept: list[Entity] = []
    for entity in learned:
        blockers = sorted((e for e in found if e.type not in _NAME_TYPES
                           and e.start < entity.end and entity.start < e.end),
                          key=lambda e: e.start)
        pieces, cursor = [], entity.start
        for blocker in blockers:
            pieces.append((cursor, blocker.start))
            cursor = max(cursor, blocker.end)
        pieces.append((cursor, entity.end))
        for index, (piece_start, piece_end) in enumerate(pieces):
            words = list(_PIECE_WORD.finditer(text, piece_start, max(piece_start, piece_end)))
            if any(_a_name_word(fold(w.group()), language, after_a_number=index > 0)
                   for w in words):
                kept.append(Entity(entity.type, words[0].start(), words[-1].end()))
    return kept


def _a_name_word(key: str, language: str, after_a_number: bool) -> bool:
    rank = common(language).get(key, ORDINARY_RANK)
    if not after_a_number:
        return rank >= GRAMMAR_RANK
    return rank >= ORDINARY_RANK or key in places() or (key in names()
                                                         and rank >= WORD_FIRST_RANK)
