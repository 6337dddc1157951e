"""Benchmark translation engines on the clinical test set and print what it measured.

    python bench/mt.py [--json] [--engines apertium,apertium-raw,test-model,llm]
                       [--split dev|heldout|all] [--limit N] [--llm-limit 40]

For each engine and direction, over ``fixtures/mt/{en-es,es-en}.tsv`` (written for
this purpose; a third of each held out: never tune the glossary or prompts on it):

- chrF and BLEU (sacrebleu) against the reference, dev and held-out reported apart;
- numbers preserved: the share of the source's numbers, doses and durations whose
  value is said in the translation (``interpretation.quantities``), and of its
  medicine names found in the translation (verbatim or as the glossary spells them);
- placeholders preserved: sentences whose ``[TYPE_N]`` placeholders all came back;
- sentences flagged for a human check; p50/p95 ms per sentence; load time; memory
  (this process's growth while the engine loads and runs, plus Apertium's processes).

``apertium-raw`` is Apertium with no glossary (the baseline the glossary must beat);
every other engine goes through ``interpretation.translation`` as live does. Figures
are medians on a shared, noisy machine: compare runs made in one sitting.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.django_setup import setup_django  # noqa: E402  (after the path)

setup_django()

import sacrebleu  # noqa: E402

from interpretation import quantities  # noqa: E402
from interpretation.builder import (  # noqa: E402
    build_engine,
    llm_folder,
    load_glossary,
    load_medicines_file,
)
from interpretation.translation import SPAN_RE, Glossary, MtEngine, Translator  # noqa: E402

FIXTURES = ROOT / "fixtures" / "mt"
PAIRS = ("en-es", "es-en")
ENGINES = ("apertium", "apertium-raw", "test-model", "llm")


def load_set(pair: str) -> list[dict[str, str]]:
    rows = []
    lines = (FIXTURES / f"{pair}.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    for line in lines[1:]:
        if line.strip():
            rows.append(dict(zip(header, line.split("\t"), strict=True)))
    return rows


def rss_mb(pid: int | str = "self") -> float:
    """Resident memory of a process now (this one, or a helper such as Apertium)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    found = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(found.group(1)) / 1024 if found else 0.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def build(name: str, pair: str) -> tuple[Translator, MtEngine]:
    kind = {"apertium-raw": "apertium", "test-model": "ct2"}.get(name, name)
    engine = build_engine(kind, pair)
    glossary = Glossary({}) if name == "apertium-raw" else load_glossary()
    medicines = frozenset() if name == "apertium-raw" else load_medicines_file()
    return Translator({pair: engine}, glossary, medicines), engine


def preserved(source: str, output: str, pair: str, glossary: Glossary,
              medicines: frozenset[str]) -> tuple[int, int]:
    """(found, wanted) over the source's numbers and medicine names."""
    src, tgt = pair.split("-")
    wanted = quantities.values(source, src)
    said = quantities.values(output, tgt)
    found = 0
    for value in wanted:
        if value in said:
            said.remove(value)
            found += 1
    lowered = output.lower()
    terms = glossary.terms.get(pair, {})
    names = [m for m in medicines if re.search(rf"(?<!\w){re.escape(m)}(?!\w)", source.lower())]
    for name in names:
        spelled = terms.get(name, name).lower()
        found += spelled in lowered or name in lowered
    return found, len(wanted) + len(names)


def run_engine(name: str, pair: str, rows: list[dict[str, str]]) -> dict[str, Any]:
    rss_before = rss_mb()
    started = time.perf_counter()
    translator, engine = build(name, pair)
    src, tgt = pair.split("-")
    translator.translate("Hello.", src, tgt)  # first call starts a pipeline or allocates
    load_s = time.perf_counter() - started
    reference_glossary = load_glossary()
    reference_medicines = load_medicines_file()
    outputs, times, flagged = [], [], 0
    kept = wanted = spans_ok = spans_total = 0
    for row in rows:
        t0 = time.perf_counter()
        result = translator.translate(row["source"], src, tgt)
        times.append((time.perf_counter() - t0) * 1000)
        outputs.append(result.text)
        flagged += bool([f for f in result.flags if f != "test_model"])
        found, want = preserved(row["source"], result.text, pair, reference_glossary,
                                reference_medicines)
        kept, wanted = kept + found, wanted + want
        if SPAN_RE.search(row["source"]):
            spans_total += 1
            spans_ok += sorted(SPAN_RE.findall(row["source"])) == sorted(
                SPAN_RE.findall(result.text))
    pids = [p.pid for chain in getattr(engine, "_chains", []) for p in chain.processes]
    scores: dict[str, Any] = {}
    for split in ("dev", "heldout"):
        chosen = [i for i, row in enumerate(rows) if row["split"] == split]
        if not chosen:
            continue
        hyps = [outputs[i] for i in chosen]
        refs = [[rows[i]["reference"] for i in chosen]]
        scores[split] = {"n": len(chosen),
                         "chrf": round(sacrebleu.corpus_chrf(hyps, refs).score, 1),
                         "bleu": round(sacrebleu.corpus_bleu(hyps, refs).score, 1)}
    return {"engine": name, "pair": pair, **scores,
            "numbers_medicines_preserved": round(kept / wanted, 4) if wanted else None,
            "preserved_counts": [kept, wanted],
            "placeholders_preserved": round(spans_ok / spans_total, 4) if spans_total else None,
            "flagged": flagged, "sentences": len(rows),
            "ms_p50": round(statistics.median(times), 1),
            "ms_p95": round(percentile(times, 0.95), 1),
            "load_s": round(load_s, 2),
            "rss_mb": round(rss_mb() - rss_before + sum(rss_mb(pid) for pid in pids), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--engines", default="apertium,apertium-raw,test-model,llm")
    parser.add_argument("--split", choices=["dev", "heldout", "all"], default="all")
    parser.add_argument("--limit", type=int, default=0,
                        help="at most N sentences per direction, for every engine")
    parser.add_argument("--llm-limit", type=int, default=40,
                        help="the LLM, slow on a CPU, gets an even sample of N sentences per "
                             "direction, with Apertium scored on the same ones beside it "
                             "(0: all)")
    args = parser.parse_args()
    results = []
    for name in [n.strip() for n in args.engines.split(",") if n.strip()]:
        if name not in ENGINES:
            parser.error(f"unknown engine {name}; choose from {', '.join(ENGINES)}")
        if name == "llm" and llm_folder() is None:
            print("llm: not installed (manage.py models install --with llm); skipped",
                  file=sys.stderr)
            continue
        for pair in PAIRS:
            rows = [r for r in load_set(pair) if args.split in ("all", r["split"])]
            if args.limit:
                rows = spread(rows, args.limit)
            if name == "llm" and args.llm_limit and len(rows) > args.llm_limit:
                rows = spread(rows, args.llm_limit)
                results.append(run_engine("apertium", pair, rows) | {
                    "engine": "apertium (LLM's sample)"})
            results.append(run_engine(name, pair, rows))
    if args.json:
        print(json.dumps(results, indent=2))
        return
    show(results)


def spread(rows: list[dict[str, str]], limit: int) -> list[dict[str, str]]:
    """An even sample over the file (topics are grouped), dev and held-out alike."""
    step = max(1, len(rows) // limit)
    return rows[::step][:limit]


def show(results: list[dict[str, Any]]) -> None:
    def cell(r: dict[str, Any], split: str, key: str) -> str:
        return str(r.get(split, {}).get(key, "-"))

    print(f"{'engine':<24}{'pair':<7}{'chrF dev':>9}{'chrF held':>10}{'BLEU dev':>9}"
          f"{'BLEU held':>10}{'numbers+meds':>13}{'placeholders':>13}{'flagged':>8}"
          f"{'p50 ms':>8}{'p95 ms':>8}{'load s':>7}{'RSS MB':>8}")
    for r in results:
        print(f"{r['engine']:<24}{r['pair']:<7}{cell(r, 'dev', 'chrf'):>9}"
              f"{cell(r, 'heldout', 'chrf'):>10}{cell(r, 'dev', 'bleu'):>9}"
              f"{cell(r, 'heldout', 'bleu'):>10}"
              f"{r['numbers_medicines_preserved']!s:>13}{r['placeholders_preserved']!s:>13}"
              f"{r['flagged']:>8}{r['ms_p50']:>8}{r['ms_p95']:>8}{r['load_s']:>7}"
              f"{r['rss_mb']:>8}")


if __name__ == "__main__":
    main()
