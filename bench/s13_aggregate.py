"""Print only the aggregates of ``bench/redaction.py --json`` (recall, must-keep hits,
per set and form), read from stdin: the never-tuned sets are checked this way, never
sentence by sentence.

    python bench/redaction.py --split heldout --language es --json | python bench/s13_aggregate.py
"""

from __future__ import annotations

import json
import sys


def main() -> None:
    report = json.load(sys.stdin)
    for split, languages in report["sets"].items():
        for language, forms in languages.items():
            for form, row in forms.items():
                print(f"{split} {language} {form}: recall {row['recall']:.3f} "
                      f"keep_hit {row['keep_hit']}/{row['keep_terms']} "
                      f"fp {row['false_positives']}")


if __name__ == "__main__":
    main()
