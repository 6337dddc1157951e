"""Generate the labelled redaction development set: ``python -m bench.phi_data``.

Sentences come from the templates in ``bench/phi_templates.py`` filled with
synthetic identities (``phi_values``, ``phi_places``, ``phi_terms``), each written
twice: ``written`` (as typed: case, digits, punctuation, "@") and ``spoken`` (as
Whisper transcribes speech: lower case, numbers as words, "dot", "at"). The output,
``fixtures/phi/dev/{en,es}-{dev,heldout}.jsonl``, holds one JSON object per
sentence and form: id, template, language, form, text, spans [{type, start, end}]
(identifiers to redact) and keep [{start, end}] (medicines, conditions, durations,
doses, ages below 90: terms a redactor must leave alone).

Templates, not sentences, are split: every third template of each kind (grouped by
its rarest identifier type) is held out, so held-out sentences use wordings the
dev part never shows, with identities from another seed and locale mix. Tune on
``dev`` only; ``heldout`` says how a redactor does on speech nobody tuned it to.
Everything is fixed-seed: the same Faker version gives byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from bench import phi_places as places
from bench import phi_speech as speech
from bench import phi_terms as terms
from bench.phi_templates import EN, ES
from bench.phi_values import Source, Value

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "fixtures" / "phi" / "dev"
LANGUAGES = ("en", "es")
SPLITS = ("dev", "heldout")
TEMPLATES = {"en": EN, "es": ES}
BASE_INSTANCES = {"en": 6, "es": 5}
MIN_SPANS_PER_TYPE = 24  # held-out spans wanted for each type in each language
# Names and places are the commonest identifiers in speech and the hardest to find.
MIN_SPANS = {"PERSON": 80, "LOCATION": 48}
MAX_INSTANCES = 14
NO_IDENTIFIER_INSTANCES = 9  # about a quarter of all sentences carry no identifier

_SLOT = re.compile(r"\{(\w+)\}|\(\((.+?)\)\)")
SLOT_TYPES = {
    "name": "PERSON", "first": "PERSON", "first_same": "PERSON", "last": "PERSON",
    "last_same": "PERSON", "last2": "PERSON", "spelled": "PERSON",
    "phone": "PHONE_NUMBER", "email": "EMAIL_ADDRESS", "url": "URL",
    "ssn": "US_SSN", "ssn4": "US_SSN", "dob": "DATE_TIME", "date": "DATE_TIME",
    "date2": "DATE_TIME", "age90": "AGE", "street": "STREET_ADDRESS", "zip": "ZIP_CODE",
    "city": "LOCATION", "state": "LOCATION", "country": "LOCATION", "colonia": "LOCATION",
    "mrn": "MEDICAL_RECORD_NUMBER", "member": "MEMBER_ID", "license": "ID_NUMBER",
    "passport": "ID_NUMBER", "dni": "ID_NUMBER", "nie": "ID_NUMBER", "curp": "ID_NUMBER",
}


def template_types(template: str) -> set[str]:
    return {SLOT_TYPES[m.group(1)] for m in _SLOT.finditer(template) if m.group(1) in SLOT_TYPES}


def split_templates(language: str) -> dict[str, list[tuple[str, str]]]:
    """Dev and held-out templates: every third template of each kind, where a
    template's kind is its rarest identifier type (NONE for must-survive only)."""
    templates = TEMPLATES[language]
    frequency = Counter(t for template in templates for t in template_types(template))
    seen: Counter[str] = Counter()
    parts: dict[str, list[tuple[str, str]]] = {split: [] for split in SPLITS}
    for index, template in enumerate(templates):
        types = template_types(template)
        kind = min(types, key=lambda t: (frequency[t], t)) if types else "NONE"
        split = "heldout" if seen[kind] % 3 == 1 else "dev"
        seen[kind] += 1
        parts[split].append((f"{language}-{index:03d}", template))
    return parts


def instances(template: str, language: str) -> int:
    """Sentences per template: enough that each type reaches MIN_SPANS_PER_TYPE in the
    smaller, held-out part; dev templates get the same count, so both parts weigh
    each kind of template alike and the held-out share stays near a third."""
    heldout = split_templates(language)["heldout"]
    per_type = Counter(t for _, other in heldout for t in template_types(other))
    if not template_types(template):
        return NO_IDENTIFIER_INSTANCES
    needed = [math.ceil(MIN_SPANS.get(t, MIN_SPANS_PER_TYPE) / per_type[t])
              for t in template_types(template)]
    return min(MAX_INSTANCES, max([BASE_INSTANCES[language], *needed]))


class Sentence:
    """Fills one template: the same people throughout, written and spoken at once."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.first, self.last = source.person()
        self.other_first, self.other_last = source.person()
        self.full_first, self.full_last = source.person()

    def value(self, slot: str) -> Value:
        s = self.source
        makers: dict[str, Callable[[], Value]] = {
            "name": lambda: s.name_value(f"{self.full_first} {self.full_last}", middle=True),
            "first": lambda: s.name_value(self.first),
            "first_same": lambda: s.name_value(self.first),
            "last": lambda: s.name_value(self.last),
            "last_same": lambda: s.name_value(self.last),
            "last2": lambda: s.name_value(self.other_last),
            "spelled": lambda: Value(*speech.spelled(self.last.split()[0].split("-")[0],
                                                     s.language, s.rng), "PERSON"),
            "phone": s.phone, "ssn": s.ssn, "ssn4": lambda: s.ssn(last_four=True),
            "email": lambda: s.email(self.first, self.last),
            "url": lambda: s.url(self.full_first, self.full_last),
            "mrn": s.mrn, "member": s.member, "license": s.licence, "passport": s.passport,
            "dni": lambda: s.spanish_id("dni"), "nie": lambda: s.spanish_id("nie"),
            "curp": lambda: s.spanish_id("curp"),
            "dob": lambda: terms.date(s, birth=True), "date": lambda: terms.date(s, birth=False),
            "date2": lambda: terms.date(s, birth=False),
            "age90": lambda: terms.age(s, old=True), "age_young": lambda: terms.age(s, old=False),
            "street": lambda: places.street(s), "zip": lambda: places.zip_code(s),
            "city": lambda: places.city(s), "state": lambda: places.state(s),
            "country": lambda: places.country(s), "colonia": lambda: places.colonia(s),
            "duration": lambda: terms.duration(s), "dose": lambda: terms.dose(s),
            "relative": lambda: terms.relative(s),
        }
        base = slot.rstrip("2")  # a second medicine or age in the same sentence
        if base in ("drug", "brand", "condition", "dept", "body"):
            return terms.clinical(s, base)
        return makers[slot if slot in makers else base]()

    def render(self, template: str) -> dict[str, dict[str, Any]]:
        keep_punctuation = self.source.chance(0.3)
        say_doctor = self.source.chance(0.6)
        forms: dict[str, dict[str, Any]] = {
            form: {"text": "", "spans": [], "keep": []} for form in ("written", "spoken")}
        last = 0
        for match in _SLOT.finditer(template):
            self._literal(forms, template[last:match.start()], keep_punctuation, say_doctor)
            if match.group(1):
                value = self.value(match.group(1))
            else:
                value = Value(match.group(2), match.group(2).lower(), None)
            for form, out in forms.items():
                text = value.written if form == "written" else value.spoken
                out["text"] += value.prefix + (value.spoken_prefix if form == "spoken" else "")
                start = len(out["text"])
                out["text"] += text
                if value.type:
                    out["spans"].append(
                        {"type": value.type, "start": start, "end": len(out["text"])})
                else:
                    out["keep"].append({"start": start, "end": len(out["text"])})
            last = match.end()
        self._literal(forms, template[last:], keep_punctuation, say_doctor)
        for out in forms.values():
            out["text"] = out["text"].rstrip()
        return forms

    @staticmethod
    def _literal(forms: dict[str, dict[str, Any]], text: str, keep_punctuation: bool,
                 say_doctor: bool) -> None:
        forms["written"]["text"] += text
        spoken = text.lower()
        if say_doctor:
            spoken = re.sub(r"\bdr\.", "doctor", spoken)
        if not keep_punctuation:
            spoken = re.sub(r"[,.;:!?¿¡]", "", spoken)
        forms["spoken"]["text"] += spoken


def generate(language: str, split: str) -> list[dict[str, Any]]:
    source = Source(language, split)
    return rendered(((template_id, template, instances(template, language))
                     for template_id, template in split_templates(language)[split]),
                    lambda template: Sentence(source).render(template), language, 10)


def rendered(jobs: Iterable[tuple[str, str, int]],
             render: Callable[[str], dict[str, dict[str, Any]]], language: str,
             tries_each: int) -> list[dict[str, Any]]:
    """The records of each (template id, template, how many) in ``jobs``: each instance
    in every form ``render`` makes of it, none written twice, giving up on a template
    after ``tries_each`` tries an instance. Shared by the generators of every set."""
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    for template_id, template, wanted in jobs:
        made = tries = 0
        while made < wanted and tries < wanted * tries_each:
            tries += 1
            forms = render(template)
            if forms["written"]["text"] in seen:
                continue
            seen.add(forms["written"]["text"])
            for form, out in forms.items():
                records.append({"id": f"{template_id}.{made}.{form}", "template": template_id,
                                "language": language, "form": form, **out})
            made += 1
    return records


def output_path(language: str, split: str) -> Path:
    return OUT_DIR / f"{language}-{split}.jsonl"


def load(language: str, split: str) -> list[dict[str, Any]]:
    lines = output_path(language, split).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def dumps(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.parse_args()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        for split in SPLITS:
            records = generate(language, split)
            output_path(language, split).write_text(dumps(records), encoding="utf-8")
            types = Counter(span["type"] for r in records if r["form"] == "written"
                            for span in r["spans"])
            print(f"{language}-{split}: {len(records) // 2} sentences, "
                  f"{sum(types.values())} identifiers, {dict(sorted(types.items()))}")


if __name__ == "__main__":
    main()
