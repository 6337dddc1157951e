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

import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench import phi_s12_probe as probe  # noqa: E402  (after the path; sets Django up)
from bench.redaction import parse_fixture_line  # noqa: E402

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
    probe.main(samples)  # S12's probe's scoring and output, over this set

if __name__ == "__main__":
    main()
