"""Score the redactor on R12's own English probe utterances (``fixtures/phi/r12``).

    python bench/r12_probe.py [--aside] [--show]

The probes are hand-written in styles the generated sets do not use (intake, phone
triage, referral letters read aloud, handoffs, non-native speech) and a third of them
carry no identifier but clinical words and capitalised ordinary words. ``--show``
prints misses, false positives and touched must-keep terms; it refuses the aside part,
which is scored in aggregate only, so that it stays untuned.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.redaction import build_redactor, parse_fixture_line, score  # noqa: E402


def samples(aside: bool) -> list[dict]:
    name = "en-probe-aside.txt" if aside else "en-probe.txt"
    lines = (ROOT / "fixtures" / "phi" / "r12" / name).read_text(encoding="utf-8").splitlines()
    rows = [line for line in lines if line.strip() and not line.startswith("#")]
    return [parse_fixture_line(line, "en", n) for n, line in enumerate(rows)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--aside", action="store_true")
    parser.add_argument("--show", action="store_true")
    options = parser.parse_args()
    if options.aside and options.show:
        parser.error("the aside part is scored in aggregate only")
    redactor = build_redactor()
    redactor.redact("warm up", "en")
    rows = samples(options.aside)
    tally = score(redactor, rows)["fixture"]
    print({k: v for k, v in tally.summary().items() if k != "per_type"})
    if options.show:
        show_errors(redactor, rows, tally)


def show_errors(redactor: Any, rows: list[dict], tally: Any) -> None:
    """Print the tuning part's misses, false positives and must-keep terms hit, each
    marked in its sentence (``bench/r13_probe.py`` prints its own so too)."""
    for sample, span in tally.misses:
        t = sample["text"]
        print("MISS", span["type"], t[:span["start"]] + "[[" + t[span["start"]:span["end"]]
              + "]]" + t[span["end"]:])
    for sample in rows:
        found = redactor.redact(sample["text"], "en").entities
        for e in found:
            if not any(e.start < s["end"] and s["start"] < e.end for s in sample["spans"]):
                t = sample["text"]
                print("FP  ", e.type, t[:e.start] + "<<" + t[e.start:e.end] + ">>" + t[e.end:])
    for sample, term in tally.hit_terms:
        t = sample["text"]
        print("KEEP", t[:term["start"]] + "{{" + t[term["start"]:term["end"]] + "}}"
              + t[term["end"]:])


if __name__ == "__main__":
    main()
