"""NUM15's probe of dates, phone numbers and ids said every way, English and Spanish:
``python bench/num15_probe.py [--write] [--score] [--aside] [--show N]``.

Why: on sentences written by other people the redactor missed Spanish dates, record
numbers and English phones said in ways no generated set held. These are NUM15's own
templates (``fixtures/phi/num15/src/{en,es}.txt``, written before reading the recognizers):
one frame a line, ``{slot}`` an identifier drawn here in one of many styles, ``{{written~
spoken~numerals}}`` a number that is NOT an identifier (dose, pressure, lab value, time, age
under 90, year alone, room, page) and must survive. Each frame is filled ``INSTANCES``
times and written in three forms: ``written``, ``spoken`` (lower case, numbers as words,
no punctuation, as Whisper writes speech) and ``numerals`` (spoken, with digits).
Every third frame goes aside (``*-aside.jsonl``): scored in aggregate only, never shown.
Scoring: a gold span is caught when >= 90 % of its non-space characters are redacted
(as ``bench/redaction.py`` counts).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.num15_values import (  # noqa: E402
    Said,
    Speaker,
    en_dates,
    en_id,
    en_phone,
    es_dates,
    es_id,
    es_phone,
    keep_value,
)
from bench.phi_ext import marked  # noqa: E402

FOLDER = ROOT / "fixtures" / "phi" / "num15"
FORMS = ("written", "spoken", "numerals")
INSTANCES = 5
SEED = 1515


EN_DATE_SLOTS = {"dfull": "full", "dpart": "part", "day": "day", "month": "month",
                 "range": "range"}
ES_DATE_SLOTS = {"fecha": "full", "fpart": "part", "dia": "day", "mes": "month",
                 "rango": "range"}
KEEPS = {"dose", "bp", "lab", "time", "age", "count", "page", "room", "year", "dur", "temp"}
_SLOT = re.compile(r"\{(\w+)\}")


def fill(sp: Speaker, slot: str) -> tuple[str | None, Said]:
    """The gold type (None: must survive) and the three forms of a slot's value."""
    if slot in KEEPS:
        return None, keep_value(sp, slot)
    dates = EN_DATE_SLOTS if sp.lang == "en" else ES_DATE_SLOTS
    if slot in dates:
        say = en_dates if sp.lang == "en" else es_dates
        return "DATE_TIME", say(sp, dates[slot])
    if slot in ("phone", "tel"):
        return "PHONE_NUMBER", (en_phone(sp) if sp.lang == "en" else es_phone(sp))
    return (en_id if sp.lang == "en" else es_id)(sp, slot)


def speech(text: str) -> str:
    """Template words as Whisper writes speech: lower case, punctuation dropped."""
    return re.sub(r"[,.?!;:\"()¿¡]|(?<!\w)-|-(?!\w)", " ", text.lower())


def render(template: str, sp: Speaker) -> list[str]:
    """The written, spoken and numerals lines, in ``[[TYPE|text]]``/``{{text}}`` markup."""
    lines = ["", "", ""]
    last = 0
    for match in _SLOT.finditer(template):
        static = template[last:match.start()]
        gold, said = fill(sp, match.group(1))
        for i, value in enumerate(said):
            lines[i] += (static if i == 0 else speech(static))
            lines[i] += f"[[{gold}|{value}]]" if gold else "{{" + value + "}}"
        last = match.end()
    tail = template[last:]
    return [" ".join((line + (tail if i == 0 else speech(tail))).split())
            for i, line in enumerate(lines)]


def templates(language: str) -> list[str]:
    raw = (FOLDER / "src" / f"{language}.txt").read_text(encoding="utf-8")
    return [row.strip() for row in raw.splitlines() if row.strip() and not row.startswith("#")]


def build(language: str) -> dict[str, list[dict[str, Any]]]:
    rng = random.Random(f"{SEED}-{language}")  # noqa: S311 - reproducible test data
    sp = Speaker(language, rng)
    parts: dict[str, list[dict[str, Any]]] = {"dev": [], "aside": []}
    for number, template in enumerate(templates(language)):
        part = "aside" if number % 3 == 2 else "dev"
        for instance in range(INSTANCES):
            for form, line in zip(FORMS, render(template, sp), strict=True):
                text, spans, keep = marked(line)
                parts[part].append({"id": f"{language}-num15-{number}-{instance}-{form}",
                                    "template": f"num15-{number}", "language": language,
                                    "form": form, "text": text, "spans": spans, "keep": keep})
    return parts


def load(language: str, part: str) -> list[dict[str, Any]]:
    path = FOLDER / f"{language}-{part}.jsonl"
    return [json.loads(row) for row in path.read_text(encoding="utf-8").splitlines() if row]


def covered(text: str, start: int, end: int, hits: set[int]) -> bool:
    chars = [i for i in range(start, end) if not text[i].isspace()]
    return sum(i in hits for i in chars) >= 0.9 * len(chars)


def score(part: str, show: int) -> None:
    from bench.django_setup import setup_django
    setup_django()
    from interpretation.builder import build_redactor
    redactor = build_redactor()
    for language in ("en", "es"):
        caught: Counter[str] = Counter()
        total: Counter[str] = Counter()
        keep_hit = keep_all = false_hits = 0
        misses: list[str] = []
        for sample in load(language, part):
            result = redactor.redact(sample["text"], language)
            found = [(e.start, e.end) for e in result.entities]
            hits = {i for s, e in found for i in range(s, e)}
            form = sample["form"]
            for span in sample["spans"]:
                key = f"{span['type']}/{form}"
                total[key] += 1
                if covered(sample["text"], span["start"], span["end"], hits):
                    caught[key] += 1
                elif len(misses) < show:
                    misses.append(f"  MISS {span['type'][:6]} {form[:3]} "
                                  f"[{sample['text'][span['start']:span['end']]}] "
                                  f"in: {sample['text']}")
            for span in sample["keep"]:
                keep_all += 1
                if any(s < span["end"] and span["start"] < e for s, e in found):
                    keep_hit += 1
                    if len(misses) < show:
                        misses.append(f"  KEEP-HIT {form[:3]} "
                                      f"[{sample['text'][span['start']:span['end']]}] "
                                      f"in: {sample['text']}")
            false_hits += sum(not any(s < g["end"] and g["start"] < e for g in sample["spans"])
                              for s, e in found)
        print(f"== {language} {part}: recall {sum(caught.values())}/{sum(total.values())} "
              f"= {sum(caught.values()) / max(1, sum(total.values())):.3f}; keep hit "
              f"{keep_hit}/{keep_all}; predicted spans touching no gold {false_hits}")
        for key in sorted(total):
            print(f"  {key:34} {caught[key]:4}/{total[key]:<4} {caught[key] / total[key]:.3f}")
        if part != "aside":
            print("\n".join(misses))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--score", action="store_true")
    parser.add_argument("--aside", action="store_true", help="score the aside part (no misses)")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    if args.write:
        for language in ("en", "es"):
            for part, samples in build(language).items():
                path = FOLDER / f"{language}-{part}.jsonl"
                path.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n"
                                        for s in samples), encoding="utf-8")
                print(f"{path.relative_to(ROOT)}: {len(samples) // len(FORMS)} utterances")
    if args.score:
        score("aside" if args.aside else "dev", 0 if args.aside else args.show)


if __name__ == "__main__":
    main()
