"""Word error rate, scored as the shared speech set is labelled: lower case, no punctuation,
accents folded, and numbers compared as digits ("four one five" and "415" agree)."""

from __future__ import annotations

import re
import unicodedata


def words(text: str, language: str = "en") -> list[str]:
    from redaction.numbers import number_runs

    for run in reversed(number_runs(text, language, min_digits=2)):
        text = f"{text[:run.start]} {run.digits} {text[run.end:]}"
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^\w\s']", " ", text).split()


def edit_distance(reference: list[str], hypothesis: list[str]) -> int:
    row = list(range(len(hypothesis) + 1))
    for i, ref_word in enumerate(reference, start=1):
        previous, row[0] = row[0], i
        for j, hyp_word in enumerate(hypothesis, start=1):
            current = row[j]
            row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (ref_word != hyp_word))
            previous = current
    return row[-1]


def word_error_rate(pairs: list[tuple[str, str]], language: str = "en") -> float:
    """Corpus WER over (reference, hypothesis) pairs."""
    errors = sum(edit_distance(words(ref, language), words(hyp, language)) for ref, hyp in pairs)
    total = sum(len(words(ref, language)) for ref, _ in pairs)
    return errors / max(1, total)
