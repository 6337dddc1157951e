"""PHI redaction on the synthetic labelled sets, with the real spaCy models and Presidio."""

from __future__ import annotations

import io
import json
import sys

import pytest
from django.core.management import call_command

from redaction.engine import Redactor
from redaction.fixtures import LabelledUtterance, load
from tests.cascade_helpers import ROOT

RECALL_FLOOR = 0.9


def caught(sample: LabelledUtterance, spans: list[tuple[int, int]]) -> list[bool]:
    covered = {i for start, end in spans for i in range(start, end)}
    return [{i for i in range(s, e) if not sample.text[i].isspace()} <= covered
            for _, s, e in sample.spans]


@pytest.mark.parametrize("language", ["en", "es"])
def test_recall_on_the_labelled_set(redactor: Redactor, language: str) -> None:
    hits: list[bool] = []
    for sample in load(ROOT / "fixtures" / "phi" / f"{language}.txt"):
        entities = redactor.analyze(sample.text, language)
        hits += caught(sample, [(e.start, e.end) for e in entities])
    assert sum(hits) / len(hits) >= RECALL_FLOOR, f"{sum(hits)}/{len(hits)} identifiers caught"


@pytest.mark.parametrize("language", ["en", "es"])
def test_medicines_conditions_and_durations_survive(redactor: Redactor, language: str) -> None:
    lost = []
    for sample in load(ROOT / "fixtures" / "phi" / f"{language}.txt"):
        redacted = redactor.redact(sample.text, language).text
        lost += [term for term in sample.keep if term not in redacted]
    assert lost == []


def test_placeholders_replace_identifiers_and_restore_them(redactor: Redactor) -> None:
    text = "my name is ellen marsh, call me at four one five two two two nine eight one one"
    result = redactor.redact(text, "en")
    assert result.text == "my name is [PERSON_1], call me at [PHONE_NUMBER_1]"
    assert result.restore == {"[PERSON_1]": "ellen marsh",
                              "[PHONE_NUMBER_1]": "four one five two two two nine eight one one"}


def test_the_same_identifier_keeps_one_placeholder(redactor: Redactor) -> None:
    text = "my name is Ellen Marsh. Yes, Ellen Marsh, with an h"
    assert redactor.redact(text, "en").text.count("[PERSON_1]") == 2


def test_redaction_reports_types_and_offsets_not_values(redactor: Redactor) -> None:
    result = redactor.redact("mi dni es 12345678 z", "es")
    assert [(e.type, e.start, e.end) for e in result.entities] == [("ES_NIF", 10, 20)]
    assert "12345678" not in repr(result)


def test_the_redact_command_prints_one_json_object_per_line(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """An unreadable line (not UTF-8) gets an error object and the command goes on. In this
    process (``call_command``), with the redactor already loaded: a fresh one took ~17 s of
    CPU to load Django and both spaCy pipelines again."""
    lines = b"my name is ellen marsh\n\xff\xfe not utf-8\nI take Tylenol for two weeks\n"
    printed = io.StringIO()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines)))
    call_command("redact", "--language", "en", stdout=printed)
    first, second, third = (json.loads(line) for line in printed.getvalue().splitlines())
    assert first == {"text": "my name is [PERSON_1]",
                     "entities": [{"type": "PERSON", "start": 11, "end": 22}]}
    assert second == {"error": "unreadable", "line": 2}
    assert third == {"text": "I take Tylenol for two weeks", "entities": []}
