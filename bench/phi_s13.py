"""Helper S13's Spanish set: medicines, conditions and doses that must survive redaction.

    python bench/phi_s13.py [--show] [--json]

The sentences (``fixtures/phi/s13/es-s13.txt``) were written for this set alone, by one
writer, as patients and clinicians say them: dense in medicines (generic and brand, many
in no list of the project), conditions, body parts, procedures, labs, doses and
durations, with a name or a place in about a third of them so recall is measured too.
The written lines are scored as written and as a transcript writes them (``spoken``);
the lower-case lines at the end are spoken already. Every third sentence is the
``aside`` part, printed in aggregate only. The scoring is S12's probe's
(``bench/phi_s12_probe.py``), over this file.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench import phi_s12_probe as probe  # noqa: E402  (after the path; sets Django up)
from bench.redaction import Tally, parse_fixture_line  # noqa: E402
from interpretation.builder import build_redactor  # noqa: E402

SET = ROOT / "fixtures" / "phi" / "s13" / "es-s13.txt"
ASIDE_EVERY = 3  # every third sentence (index % 3 == 2) is set aside


def samples() -> list[dict[str, Any]]:
    rng = random.Random(13)  # noqa: S311  (a fixed seed: the same spoken forms each run)
    rows: list[dict[str, Any]] = []
    index = 0
    for line in SET.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        part = "aside" if index % ASIDE_EVERY == ASIDE_EVERY - 1 else "dev"
        spoken_already = line == line.lower()
        forms = [("spoken", line)] if spoken_already else [
            ("written", line), ("spoken", probe.spoken_line(line, rng))]
        for form, text in forms:
            rows.append({**parse_fixture_line(text, "es", index), "form": form, "part": part})
        index += 1
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true", help="print the dev part's errors")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    redactor = build_redactor()
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    shown = []
    for sample in samples():
        result = redactor.redact(sample["text"], "es")
        found = [(e.type, e.start, e.end) for e in result.entities]
        tallies[(sample["part"], sample["form"])].add(sample, found)
        if args.show and sample["part"] == "dev":
            shown.extend(probe._errors(sample, found))
    report = {f"{part}/{form}": {
        "sentences": t.utterances, "gold": sum(t.gold.values()),
        "caught": sum(t.caught.values()), "keep": t.keep, "keep_hit": t.keep_hit,
        "false_positives": t.false_positives} for (part, form), t in sorted(tallies.items())}
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        for key, row in report.items():
            print(key, " ".join(f"{k}={v}" for k, v in row.items()))
    for line in shown:
        print(line)


if __name__ == "__main__":
    main()
