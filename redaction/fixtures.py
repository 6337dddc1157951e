"""Read the labelled PHI sets in ``fixtures/phi``: ``[[TYPE|text]]`` marks an identifier,
``{{text}}`` a term that must survive redaction."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_MARK = re.compile(r"\[\[([A-Z_]+)\|(.+?)\]\]|\{\{(.+?)\}\}")


@dataclass(frozen=True)
class LabelledUtterance:
    text: str
    spans: tuple[tuple[str, int, int], ...]  # (type, start, end) of each identifier
    keep: tuple[str, ...]  # terms that must be in the redacted text


def parse_line(line: str) -> LabelledUtterance:
    text, spans, keep, last = "", [], [], 0
    for match in _MARK.finditer(line):
        text += line[last:match.start()]
        if match.group(1):
            spans.append((match.group(1), len(text), len(text) + len(match.group(2))))
            text += match.group(2)
        else:
            keep.append(match.group(3))
            text += match.group(3)
        last = match.end()
    text += line[last:]
    return LabelledUtterance(text, tuple(spans), tuple(keep))


def load(path: Path) -> list[LabelledUtterance]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [parse_line(line) for line in lines if line.strip() and not line.startswith("#")]
