"""Helper S12's Spanish probe: its own sentences, scored for what redaction hides.

    python bench/phi_s12_probe.py [--show] [--json]

The sentences (``fixtures/phi/s12/es-probe.txt``) were written for this probe alone, by
one writer, as patients and clinicians of Mexico, Central America, the Caribbean,
Colombia and Spain talk: medicines (brands named like people and towns among them),
conditions, body parts, labs, doses and durations that must survive, and in about half of
them an identifier. Lines before the ``## spoken`` marker are scored twice: as written and
as a transcript writes speech (``spoken``: lower case, numbers and symbols said as words,
punctuation dropped); the lines after it are spoken already.

Every third sentence is the ``aside`` part, kept from tuning: ``--show`` prints the
misses, the must-keep terms a finding touched and the false positives of the ``dev``
part only; the aside part is printed in aggregate, never sentence by sentence.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.django_setup import setup_django  # noqa: E402  (after the path)

setup_django(throwaway_secrets=True)

from bench.phi_speech import digits, es_number  # noqa: E402
from bench.redaction import Tally, parse_fixture_line  # noqa: E402
from interpretation.builder import build_redactor  # noqa: E402

PROBE = ROOT / "fixtures" / "phi" / "s12" / "es-probe.txt"
SPOKEN_MARKER = "## spoken"
ASIDE_EVERY = 3  # every third sentence (index % 3 == 2) is set aside
_MARK = re.compile(r"(\[\[[A-Z_]+\||\{\{|\]\]|\}\})")
_SYMBOLS = {"@": " arroba ", "#": " número ", "_": " guion bajo ", "º": " ", "%": " por ciento "}
_UNITS = {"mg": "miligramos", "dr": "doctor"}


def _say_number(token: str, rng: random.Random) -> str:
    if "." in token:  # a decimal or a dotted id
        parts = token.split(".")
        if all(len(p) == 3 for p in parts[1:]) and len(parts) > 2:
            return digits("".join(parts), "es", rng)
        return " punto ".join(_say_number(p, rng) for p in parts)
    if len(token) <= 3 and token[0] != "0":
        return es_number(int(token))
    return digits(token, "es", rng)


def speak(piece: str, rng: random.Random) -> str:
    """A piece of a written sentence as a transcript writes it."""
    text = piece.lower()
    text = re.sub(r"(?<=\w)\.(?=[a-z])", " punto ", text)  # e-mails and hosts
    for symbol, said in _SYMBOLS.items():
        text = text.replace(symbol, said)
    text = re.sub(r"(?<=\d)-(?=\d)", " guion ", text)
    text = re.sub(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)", " ", text)  # "45678912k"
    text = re.sub(r"\d+(?:\.\d+)*", lambda m: _say_number(m.group(), rng), text)
    words = re.findall(r"[^\W\d_]+", text)
    return " ".join(_UNITS.get(w, w) for w in words)


def spoken_line(line: str, rng: random.Random) -> str:
    """A marked line with each marked and unmarked piece said aloud, marks kept."""
    out = []
    for piece in _MARK.split(line):
        out.append(piece if _MARK.fullmatch(piece) else speak(piece, rng))
    joined = " ".join(p for p in out if p)
    return re.sub(r"\s+(\]\]|\}\})", r"\1", re.sub(r"(\[\[[A-Z_]+\||\{\{)\s+", r"\1", joined))


def samples() -> list[dict[str, Any]]:
    rng = random.Random(12)  # noqa: S311  (a fixed seed: the same spoken forms each run)
    rows: list[dict[str, Any]] = []
    spoken_only = False
    index = 0
    for line in PROBE.read_text(encoding="utf-8").splitlines():
        if line.startswith(SPOKEN_MARKER):
            spoken_only = True
        if not line.strip() or line.startswith("#"):
            continue
        part = "aside" if index % ASIDE_EVERY == ASIDE_EVERY - 1 else "dev"
        forms = [("spoken", line)] if spoken_only else [
            ("written", line), ("spoken", spoken_line(line, rng))]
        for form, text in forms:
            sample = parse_fixture_line(text, "es", index)
            rows.append({**sample, "form": form, "part": part})
        index += 1
    return rows


def main(load: Callable[[], list[dict[str, Any]]] = samples) -> None:
    """Score the set ``load`` gives (this probe's own by default; ``bench/phi_s13.py``
    passes its own) per part and form, with ``--show`` the dev part's errors."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true", help="print the dev part's errors")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    redactor = build_redactor()
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    shown = []
    for sample in load():
        result = redactor.redact(sample["text"], "es")
        found = [(e.type, e.start, e.end) for e in result.entities]
        tallies[(sample["part"], sample["form"])].add(sample, found)
        if args.show and sample["part"] == "dev":
            shown.extend(_errors(sample, found))
    print_report(tallies.items(), shown, as_json=args.json)


def print_report(tallies: Iterable[tuple[tuple[str, ...], Tally]], shown: list[str], *,
                 as_json: bool) -> None:
    """A probe's tallies by part and form (a line each, or one JSON object), then the lines
    it chose to show (``mk15_probe`` prints its own the same way)."""
    report = {"/".join(key): {
        "sentences": t.utterances, "gold": sum(t.gold.values()),
        "caught": sum(t.caught.values()), "keep": t.keep, "keep_hit": t.keep_hit,
        "false_positives": t.false_positives} for key, t in sorted(tallies)}
    if as_json:
        print(json.dumps(report, indent=1))
    else:
        for key, row in report.items():
            print(key, " ".join(f"{k}={v}" for k, v in row.items()))
    for line in shown:
        print(line)


def _errors(sample: dict[str, Any], found: list[tuple[str, int, int]]) -> list[str]:
    text = sample["text"]
    out = []
    covered = {i for _, s, e in found for i in range(s, e)}
    for span in sample["spans"]:
        chars = [i for i in range(span["start"], span["end"]) if not text[i].isspace()]
        if sum(i in covered for i in chars) < 0.9 * len(chars):
            out.append(f"MISS {span['type']} {text[span['start']:span['end']]!r} | {text}")
    for kind, s, e in found:
        hits = [k for k in sample["keep"] if s < k["end"] and k["start"] < e]
        if hits:
            out.append(f"KEEP-HIT {kind} {text[s:e]!r} | {text}")
        elif not any(s < g["end"] and g["start"] < e for g in sample["spans"]):
            out.append(f"FP {kind} {text[s:e]!r} | {text}")
    return out


if __name__ == "__main__":
    main()
