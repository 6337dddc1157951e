"""The scaffolding that the three-form generators share (``phi_fresh``, ``phi_wild``,
``phi_wild_en``): one place for what they do alike, so a fix to how a set is kept
apart from the never-tuned sets, rendered or split reaches all of them.

- ``UnseenSets``: the identifier values and must-survive words of the sets never
  tuned on (held-out and aside parts), folded and only ever searched, never printed,
  so a generator can skip any value they hold.
- ``SeededSource``: one ``random.Random`` and the Faker instances seeded from it, so
  each file is the same on every run.
- ``FormsSentence``: a template filled in three forms (``written``; ``spoken``: lower
  case, numbers as words; ``numerals``: spoken, numbers as digits), with identifier
  spans and must-survive spans in each.
- ``split_templates``, ``write_splits``: every third template of each kind aside, and
  the files written from ``generate``.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from faker import Faker

from bench import phi_speech as speech
from bench.phi_data import dumps, rendered
from bench.phi_values import born_before

# The day the sets that draw a date of birth (the CURPs and RFCs of
# ``bench/phi_wild_es_ids.py``) were generated; the others draw none.
GENERATED_ON = date(2026, 11, 30)

ROOT = Path(__file__).resolve().parent.parent
FORMS = ("written", "spoken", "numerals")
Piece = tuple[str, str, str]  # written, spoken, numerals
_WORD = re.compile(r"[^\W\d_]+")


def fold(text: str) -> str:
    return speech.strip_accents(text.lower())


class UnseenSets:
    """The identifier values and must-survive words of the never-tuned sets in
    ``paths`` (a missing file is passed over): searched, never printed."""

    def __init__(self, paths: Sequence[Path]) -> None:
        self.paths = list(paths)

    @cached_property
    def _text(self) -> tuple[str, frozenset[str]]:
        values, kept = [], set()
        for path in self.paths:
            if not path.exists():
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                text = record["text"]
                values += [fold(text[s["start"]:s["end"]]) for s in record["spans"]]
                for k in record["keep"]:
                    kept.update(_WORD.findall(fold(text[k["start"]:k["end"]])))
        return "\n" + "\n".join(f" {v} " for v in values) + "\n", frozenset(kept)

    def unseen(self, value: str) -> bool:
        """No never-tuned identifier holds this value as words of its own."""
        return f" {fold(value)} " not in self._text[0]

    def unkept(self, word: str) -> bool:
        """No never-tuned must-survive term holds any word of this term."""
        return not set(_WORD.findall(fold(word))) & self._text[1]

    def sentences(self) -> list[str]:
        """The never-tuned sentences, folded: for checks that templates copy no wording."""
        return [fold(json.loads(line)["text"]) for path in self.paths if path.exists()
                for line in path.read_text(encoding="utf-8").splitlines()]


class SeededSource:
    """Every draw from one seed: the Faker instances are seeded from ``rng`` in the
    order of ``locales``, so each file is the same on every run."""

    def __init__(self, seed: int, locales: Iterable[str],
                 unseen: Callable[[str], bool]) -> None:
        self.rng = random.Random(seed)  # noqa: S311 - reproducible test data
        self.unseen = unseen
        self.fakers: dict[str, Any] = {}
        for locale in locales:
            self.fakers[locale] = Faker(locale)
            self.fakers[locale].seed_instance(self.rng.randrange(2**31))
            # A CURP or RFC holds a date of birth Faker counts back from today: at midnight
            # the committed files went stale. Their clock is the day they were made.
            born_before(self.fakers[locale], GENERATED_ON)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def faker(self) -> Any:
        return self.fakers[self.rng.choice(sorted(self.fakers))]

    def city(self) -> str:
        while True:
            city = str(self.faker().city())
            if self.unseen(city):
                return city


class FormsSentence:
    """One template filled in the three forms. ``SLOT`` finds the slots; ``fill``
    fills one (names and cities here, the rest by ``term`` or a subclass)."""

    SLOT = re.compile(r"\{(\w+)\}")
    PUNCTUATION = 0.35  # how often the spoken forms keep their punctuation

    def __init__(self, source: Any) -> None:
        self.s = source
        self.first, self.last = source.person()
        self.forms: dict[str, dict[str, Any]] = {
            form: {"text": "", "spans": [], "keep": []} for form in FORMS}
        self.punctuation = source.rng.random() < self.PUNCTUATION
        self.accents = source.rng.random() < 0.6

    def said(self, written: str, spoken: str | None = None) -> None:
        """Plain words: ``spoken`` (lower case) where they are said otherwise."""
        self.forms["written"]["text"] += written
        said = (written if spoken is None else spoken).lower()
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
            value = value.strip(" ,")
            start = len(out["text"])
            out["text"] += value
            mark = {"start": start, "end": len(out["text"])}
            (out["spans"].append({"type": kind, **mark}) if kind else out["keep"].append(mark))

    def term(self, slot: str, capital: bool) -> Piece:
        raise NotImplementedError(slot)

    def fill(self, match: re.Match[str]) -> None:
        slot = match.group(1)
        if slot in ("first", "last", "name"):
            value = {"first": self.first, "last": self.last,
                     "name": f"{self.first} {self.last}"}[slot]
            self.piece((value, value.lower(), value.lower()), "PERSON")
        elif slot == "city":
            city = self.s.city()
            self.piece((city, city.lower(), city.lower()), "LOCATION")
        else:
            self.piece(self.term(slot, capital=match.start() == 0), None)

    def render(self, template: str) -> dict[str, dict[str, Any]]:
        position = 0
        for match in self.SLOT.finditer(template):
            self.said(template[position:match.start()])
            self.fill(match)
            position = match.end()
        self.said(template[position:])
        for out in self.forms.values():
            out["text"] = out["text"].rstrip()
        return self.forms


def split_templates(prefix: str, kinds: Iterable[tuple[str, Sequence[str]]],
                    aside: int) -> dict[str, list[tuple[str, str, str]]]:
    """(id, kind, template) for each part: the templates of each kind whose index is
    ``aside`` modulo three go aside, the rest to dev."""
    parts: dict[str, list[tuple[str, str, str]]] = {"dev": [], "aside": []}
    for kind, templates in kinds:
        for index, template in enumerate(templates):
            split = "aside" if index % 3 == aside else "dev"
            parts[split].append((f"{prefix}-{kind[:3]}-{index:02d}", kind, template))
    return parts


def generate(templates: Iterable[tuple[str, str, str]], instances: dict[str, int],
             sentence: Callable[[], FormsSentence], language: str) -> list[dict[str, Any]]:
    """The records of ``templates`` (id, kind, template), ``instances[kind]`` each."""
    return rendered(((template_id, template, instances[kind])
                     for template_id, kind, template in templates),
                    lambda template: sentence().render(template), language, 20)


def write_splits(out_dir: Path, language: str,
                 make: Callable[[str], list[dict[str, Any]]]) -> None:
    """Write ``make(split)`` for dev and aside to ``out_dir/<language>-<split>.jsonl``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for split in ("dev", "aside"):
        records = make(split)
        path = out_dir / f"{language}-{split}.jsonl"
        path.write_text(dumps(records), encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {len(records) // 3} sentences")
