"""Translation of one redacted utterance: protect, translate, check, restore.

Every engine (Apertium, a CTranslate2 seq2seq model, an instruction-following LLM)
sits behind the same narrow ``MtEngine`` interface: a batch of texts in, a batch
out, with opaque spans (``[PERSON_1]``, ``[TERM_2]``) kept where they were. What
must reach the listener exactly is decided here, never by the engine:

- placeholders from redaction come back as they went in;
- glossary terms (``glossary.tsv``) are replaced by the reviewed target term;
- quantities ("500 mg", "two tablets", "9:30") are rendered by ``quantities``;
- medicine names pass unchanged (or as the glossary spells them).

Each is swapped for a numbered span before MT and put back after. If an engine
loses or invents a span, the pieces between spans are translated one by one. The
numbers and medicines of the result are then compared with the source; a
difference does not stop the segment, it flags it ("check with the interpreter").
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from interpretation import quantities
from interpretation.engines.base import EngineError

SPAN_RE = re.compile(r"\[[A-Z_]+_\d+\]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
MAX_SENTENCE_CHARS = 400

# Flags a segment can carry; both sides are told, the audit entry counts them.
FLAG_NUMBERS = "numbers_changed"
FLAG_MEDICINES = "medicines_changed"
FLAG_SPANS = "spans_lost"
FLAG_TEST_MODEL = "test_model"


class MtEngine(Protocol):
    """One ordered pair's translation engine. One that understands what it reads (an
    LLM) may also say ``reads_terms = True``: it then gets glossary terms inline, in the
    target language, rather than as opaque markers."""

    name: str
    licence: str
    tier: str  # "test" (meaningless output), "basic" (rule-based), "good"
    real: bool

    def translate_batch(self, texts: list[str]) -> list[str]: ...


@dataclass(frozen=True)
class MtResult:
    text: str = field(repr=False)
    engine: str = ""
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    kind: str  # TERM, NUM or DRUG
    target: str
    original: str = ""


class Glossary:
    """Reviewed source -> target terms per ordered pair, matched whole-word, any case,
    longest first."""

    def __init__(self, terms: dict[str, dict[str, str]]) -> None:
        self.terms = terms
        self._patterns: dict[str, tuple[re.Pattern[str], dict[str, str]] | None] = {}

    @classmethod
    def from_tsv(cls, path: Path) -> Glossary:
        """``en  es  category  direction  note`` rows; direction is both, en-es or es-en."""
        terms: dict[str, dict[str, str]] = {"en-es": {}, "es-en": {}}
        with path.open(encoding="utf-8", newline="") as rows:
            for row in csv.DictReader(rows, delimiter="\t"):
                english, spanish = row["en"].strip(), row["es"].strip()
                direction = (row.get("direction") or "both").strip()
                if not english or not spanish:
                    continue
                if direction in ("both", "en-es"):
                    terms["en-es"].setdefault(english.lower(), spanish)
                if direction in ("both", "es-en"):
                    terms["es-en"].setdefault(spanish.lower(), english)
        return cls(terms)

    def find(self, text: str, pair: str) -> Iterable[_Span]:
        compiled = self._pattern(pair)
        if compiled is None:
            return
        pattern, targets = compiled
        for match in pattern.finditer(text):
            yield _Span(match.start(), match.end(), "TERM", targets[match.group(0).lower()])

    def _pattern(self, pair: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
        if pair not in self._patterns:
            targets = self.terms.get(pair, {})
            alternatives = "|".join(re.escape(t) for t in sorted(targets, key=len, reverse=True))
            self._patterns[pair] = (re.compile(rf"(?<![\w\[])(?:{alternatives})(?![\w\]])",
                                               re.IGNORECASE), targets) if targets else None
        return self._patterns[pair]


def load_medicines(path: Path) -> frozenset[str]:
    """One medicine name a line (generic or brand); ``#`` starts a comment."""
    names = (line.split("#", 1)[0].strip().lower()
             for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(name for name in names if name)


class Translator:
    """Every ordered pair's engine, with the glossary and the medicines list."""

    def __init__(self, engines: dict[str, MtEngine], glossary: Glossary,
                 medicines: frozenset[str] = frozenset(),
                 quality: dict[str, MtEngine] | None = None) -> None:
        self.engines = engines
        self.quality = quality or {}
        self.glossary = glossary
        self.medicines = medicines
        alternatives = "|".join(re.escape(m) for m in sorted(medicines, key=len, reverse=True))
        self._medicine_re = re.compile(rf"(?<![\w\[])(?:{alternatives})(?![\w\]])",
                                       re.IGNORECASE) if medicines else None

    def pairs(self) -> list[str]:
        return sorted(self.engines)

    def engine(self, source: str, target: str, *, quality: bool = False) -> MtEngine:
        pair = f"{source}-{target}"
        chosen = (self.quality.get(pair) if quality else None) or self.engines.get(pair)
        if chosen is None:
            raise EngineError(f"no translation engine for {pair}")
        return chosen

    def translate(self, text: str, source: str, target: str, *,
                  quality: bool = False) -> MtResult:
        """``text`` is redacted; so is the result (placeholders still in place)."""
        engine = self.engine(source, target, quality=quality)
        base_flags = () if engine.real else (FLAG_TEST_MODEL,)
        if not text.strip():
            return MtResult("", engine.name, base_flags)
        pair = f"{source}-{target}"
        protected, spans = self._protect(text, source, pair)
        translated = (_with_terms_inline(engine, protected, spans)
                      if getattr(engine, "reads_terms", False) else None)
        lost = False
        if translated is None:
            translated, lost = _translate_keeping_spans(engine, protected)
        checked = _put_back(translated, spans, kinds=("NUM", "DRUG"))
        flags = list(base_flags)
        if lost:
            flags.append(FLAG_SPANS)
        unprotected_source = _put_back(protected, spans, kinds=("NUM", "DRUG"), original=True)
        if (quantities.values(_without_terms(unprotected_source, spans), source)
                != quantities.values(_without_terms(checked, spans), target)):
            flags.append(FLAG_NUMBERS)
        if self._medicines_in(unprotected_source) - self._medicines_in(checked):
            flags.append(FLAG_MEDICINES)
        output = _capitalised_like(text, _put_back(checked, spans, kinds=("TERM",)))
        return MtResult(output, engine.name, tuple(flags))

    def _protect(self, text: str, source: str, pair: str) -> tuple[str, dict[str, _Span]]:
        """Swap every protected span for a numbered marker; quantities win overlaps, then
        the longest glossary term, then medicine names."""
        taken = [(m.start(), m.end()) for m in SPAN_RE.finditer(text)]
        candidates = [*(_Span(q.start, q.end, "NUM", q.rendered.get(pair[-2:], ""))
                        for q in quantities.find(text, source)),
                      *self.glossary.find(text, pair)]
        if self._medicine_re is not None:
            candidates += [_Span(m.start(), m.end(), "DRUG", m.group(0))
                           for m in self._medicine_re.finditer(text)]
        # A number is never left to an engine: quantities first, then the longest term.
        priority = {"NUM": 0, "TERM": 1, "DRUG": 2}
        chosen: list[_Span] = []
        for span in sorted(candidates, key=lambda s: (priority[s.kind], s.start - s.end)):
            if span.target and all(span.end <= a or span.start >= b for a, b in taken):
                chosen.append(span)
                taken.append((span.start, span.end))
        markers: dict[str, _Span] = {}
        out = text
        for number, span in enumerate(sorted(chosen, key=lambda s: -s.start), start=1):
            marker = f"[{span.kind}_{number}]"
            markers[marker] = replace(span, original=text[span.start:span.end])
            out = out[:span.start] + marker + out[span.end:]
        return out, markers

    def _medicines_in(self, text: str) -> set[str]:
        if self._medicine_re is None:
            return set()
        return {m.group(0).lower() for m in self._medicine_re.finditer(text)}


def _put_back(text: str, spans: dict[str, _Span], kinds: tuple[str, ...],
              original: bool = False) -> str:
    for marker, span in spans.items():
        if span.kind in kinds:
            text = text.replace(marker, span.original if original else span.target)
    return text


def _capitalised_like(source: str, output: str) -> str:
    """A glossary term or a quantity may open the sentence: start it as the source did."""
    first = next((i for i, ch in enumerate(source) if ch.isalpha()), None)
    at = next((i for i, ch in enumerate(output) if ch.isalpha()), None)
    if first is None or at is None or not source[first].isupper():
        return output
    return output[:at] + output[at].upper() + output[at + 1:]


def _without_terms(text: str, spans: dict[str, _Span]) -> str:
    """Glossary terms may hold numbers of their own ("dos veces al día"): not compared."""
    text = re.sub(r"\[TERM_\d+\]", " ", text)
    for span in spans.values():
        if span.kind == "TERM":
            text = re.sub(re.escape(span.target), " ", text, flags=re.IGNORECASE)
    return text


def _with_terms_inline(engine: MtEngine, protected: str, spans: dict[str, _Span]) -> str | None:
    """For an engine that reads (an LLM), glossary terms and medicine names go in already
    in the target language, so it sees what the sentence is about; it must copy them. If
    any term or span did not come back as given, None: the caller uses opaque markers."""
    inline = _put_back(protected, spans, kinds=("TERM", "DRUG"))
    sentences = _sentences(inline)
    outputs = engine.translate_batch(sentences)
    if len(outputs) != len(sentences):
        return None
    joined = " ".join(output.strip() for output in outputs if output.strip())
    if sorted(SPAN_RE.findall(joined)) != sorted(SPAN_RE.findall(inline)):
        return None
    lowered = joined.lower()
    if any(span.target.lower() not in lowered for span in spans.values()
           if span.kind in ("TERM", "DRUG")):
        return None
    return joined


def _translate_keeping_spans(engine: MtEngine, text: str) -> tuple[str, bool]:
    """Translate sentence by sentence; where the engine lost or invented a span, translate
    the pieces between spans instead. Returns the text and whether a span is still lost."""
    sentences = _sentences(text)
    outputs = engine.translate_batch(sentences)
    if len(outputs) != len(sentences):
        raise EngineError(f"{engine.name} returned {len(outputs)} texts for {len(sentences)}")
    result, lost = [], False
    for sentence, output in zip(sentences, outputs, strict=True):
        spans = SPAN_RE.findall(sentence)
        if sorted(SPAN_RE.findall(output)) != sorted(spans):
            output = _piecewise(engine, sentence)
            lost = lost or sorted(SPAN_RE.findall(output)) != sorted(spans)
        result.append(output.strip())
    return " ".join(part for part in result if part), lost


def _piecewise(engine: MtEngine, sentence: str) -> str:
    spans = SPAN_RE.findall(sentence)
    pieces = SPAN_RE.split(sentence)
    wanted = [p.strip() for p in pieces if _has_words(p)]
    translated = iter(engine.translate_batch(wanted) if wanted else [])
    out: list[str] = []
    for index, piece in enumerate(pieces):
        out.append(next(translated) if _has_words(piece) else piece.strip())
        if index < len(spans):
            out.append(spans[index])
    joined = " ".join(part for part in out if part)
    return re.sub(r"\s+([.,;:!?])", r"\1", joined)


def _has_words(piece: str) -> bool:
    return any(ch.isalnum() for ch in piece)


def _sentences(text: str) -> list[str]:
    """Engines do best on one sentence at a time, and a seq2seq model truncates long input."""
    parts: list[str] = []
    for sentence in _SENTENCE_END.split(text.strip()):
        while len(sentence) > MAX_SENTENCE_CHARS:  # run-on speech: cut at a space
            cut = sentence.rfind(" ", 0, MAX_SENTENCE_CHARS)
            cut = cut if cut > 0 else MAX_SENTENCE_CHARS
            parts.append(sentence[:cut])
            sentence = sentence[cut:].strip()
        if sentence:
            parts.append(sentence)
    return parts
