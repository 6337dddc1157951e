"""How much does the redactor hide in clinical speech that holds no identifier?

    python bench/redaction_clean.py [--json]

Every set of ``bench/redaction.py`` was written to test redaction, by people who knew its
rules. This one was not: the sentences are the translation fixtures
(``fixtures/mt/en-es.tsv`` and ``es-en.tsv``, source and reference, written for issue
9's MT benchmark), a clinician and a patient talking about symptoms, medicines, doses,
durations and follow-ups. Sentences that hold a placeholder (``[PERSON_1]``) are left
out; the rest hold no name, place, number or address that identifies anyone, so every
finding hides words that the MT and the stored transcript needed. A weekday or a date
("el lunes", "on March 3rd") is the exception: dates are identifiers under HIPAA, so
findings are counted by type and DATE_TIME apart.

Each sentence is scored as written and as a transcript writes speech (lower case,
numbers as words, punctuation dropped: ``bench.phi_speech.speak_text``). Printed per
language and form: sentences, sentences with a finding other than a date, findings by
type, and the share of words hidden. Never tuned on: it prints counts only, never the
words found, so that it stays a check nobody fitted.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.django_setup import setup_django  # noqa: E402  (after the path)

setup_django(throwaway_secrets=True)

from bench.phi_speech import speak_text  # noqa: E402
from interpretation.builder import build_redactor  # noqa: E402

MT_FIXTURES = ROOT / "fixtures" / "mt"
SEED = 7  # how numbers are said (as words or digit by digit) is drawn per sentence
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def clean_sentences() -> dict[str, list[str]]:
    """English and Spanish sentences of the MT fixtures that hold no placeholder."""
    found: dict[str, list[str]] = {"en": [], "es": []}
    for pair in ("en-es", "es-en"):
        source, target = pair.split("-")
        with (MT_FIXTURES / f"{pair}.tsv").open(encoding="utf-8", newline="") as rows:
            for row in csv.DictReader(rows, delimiter="\t"):
                for language, text in ((source, row["source"]), (target, row["reference"])):
                    if "[" not in text and text not in found[language]:
                        found[language].append(text)
    return found


def score(redactor: Any, sentences: list[str], language: str) -> dict[str, Any]:
    by_type: Counter[str] = Counter()
    touched = words = hidden = 0
    for text in sentences:
        entities = redactor.redact(text, language).entities
        by_type.update(entity.type for entity in entities)
        if any(entity.type != "DATE_TIME" for entity in entities):
            touched += 1
        for word in _WORD.finditer(text):
            words += 1
            hidden += any(e.start < word.end() and word.start() < e.end for e in entities)
    return {"sentences": len(sentences), "with_a_finding_not_a_date": touched,
            "share_with_a_finding": round(touched / max(1, len(sentences)), 3),
            "findings_by_type": dict(by_type.most_common()),
            "share_of_words_hidden": round(hidden / max(1, words), 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    options = parser.parse_args()
    redactor = build_redactor()
    report: dict[str, Any] = {}
    for language, sentences in clean_sentences().items():
        rng = random.Random(SEED)  # noqa: S311 -- how a number is said, not a secret
        spoken = [speak_text(text, language, rng) for text in sentences]
        report[language] = {"written": score(redactor, sentences, language),
                            "spoken": score(redactor, spoken, language)}
    if options.json:
        print(json.dumps(report, indent=2))
        return
    for language, forms in report.items():
        for form, figures in forms.items():
            print(f"{language} {form:8} " + "  ".join(f"{k} {v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
