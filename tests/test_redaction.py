"""PHI redaction on the synthetic labelled sets, with the real spaCy models and Presidio."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from interpretation.pipeline import Cascade
from redaction.fixtures import LabelledUtterance, load
from tests.cascade_helpers import ROOT, engines  # noqa: F401  (fixture)

RECALL_FLOOR = 0.9


def caught(sample: LabelledUtterance, spans: list[tuple[int, int]]) -> list[bool]:
    covered = {i for start, end in spans for i in range(start, end)}
    return [{i for i in range(s, e) if not sample.text[i].isspace()} <= covered
            for _, s, e in sample.spans]


@pytest.mark.parametrize("language", ["en", "es"])
def test_recall_on_the_labelled_set(engines: Cascade, language: str) -> None:  # noqa: F811
    hits: list[bool] = []
    for sample in load(ROOT / "fixtures" / "phi" / f"{language}.txt"):
        entities = engines.redactor.analyze(sample.text, language)
        hits += caught(sample, [(e.start, e.end) for e in entities])
    assert sum(hits) / len(hits) >= RECALL_FLOOR, f"{sum(hits)}/{len(hits)} identifiers caught"


@pytest.mark.parametrize("language", ["en", "es"])
def test_medicines_conditions_and_durations_survive(engines: Cascade, language: str) -> None:  # noqa: F811
    lost = []
    for sample in load(ROOT / "fixtures" / "phi" / f"{language}.txt"):
        redacted = engines.redactor.redact(sample.text, language).text
        lost += [term for term in sample.keep if term not in redacted]
    assert lost == []


def test_placeholders_replace_identifiers_and_restore_them(engines: Cascade) -> None:  # noqa: F811
    text = "my name is ellen marsh, call me at four one five two two two nine eight one one"
    result = engines.redactor.redact(text, "en")
    assert result.text == "my name is [PERSON_1], call me at [PHONE_NUMBER_1]"
    assert result.restore == {"[PERSON_1]": "ellen marsh",
                              "[PHONE_NUMBER_1]": "four one five two two two nine eight one one"}


def test_the_same_identifier_keeps_one_placeholder(engines: Cascade) -> None:  # noqa: F811
    text = "my name is Ellen Marsh. Yes, Ellen Marsh, with an h"
    assert engines.redactor.redact(text, "en").text.count("[PERSON_1]") == 2


def test_redaction_reports_types_and_offsets_not_values(engines: Cascade) -> None:  # noqa: F811
    result = engines.redactor.redact("mi dni es 12345678 z", "es")
    assert [(e.type, e.start, e.end) for e in result.entities] == [("ES_NIF", 10, 20)]
    assert "12345678" not in repr(result)


def test_the_redact_command_prints_one_json_object_per_line() -> None:
    lines = "my name is ellen marsh\nI take Tylenol for two weeks\n"
    done = subprocess.run([sys.executable, "manage.py", "redact", "--language", "en"],
                          cwd=ROOT, input=lines, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    first, second = (json.loads(line) for line in done.stdout.splitlines())
    assert first == {"text": "my name is [PERSON_1]",
                     "entities": [{"type": "PERSON", "start": 11, "end": 22}]}
    assert second == {"text": "I take Tylenol for two weeks", "entities": []}
