"""Benchmark the LLM translation tier: load time, memory, seconds per sentence.

    python bench/llm.py [--models-dir models] [--count 20] [--threads 2] [--json]

Loads the installed LLM (``manage.py models install --with llm``; the small test
model if that is all there is, which says nothing about speed or quality) and
translates the first ``--count`` held-out sentences of ``fixtures/mt/en-es.tsv``
and ``fixtures/mt/es-en.tsv`` (never used to choose the prompt):

- load: seconds to construct the engine, and the process RSS after it;
- first call per direction: includes computing the cached instruction prefix;
- one at a time: p50 / p95 seconds per sentence;
- batched: seconds per sentence when ``--batch`` sentences go in one call;
- the prefix cache's gain: on a few sentences, each translated with and then without
  the cached prefix, interleaved so that load from other jobs hits both alike;
- placeholders (``[PERSON_1]``) and digit groups of the source found in the output
  (the caller protects them anyway; this is the raw model's rate).

Figures are medians on a shared machine: compare runs on the same machine only.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from interpretation.engines.llm_mt import LlmTranslator, discover_llm  # noqa: E402

PLACEHOLDER_RE = re.compile(r"\[[A-Z_]+_\d+\]")
DIGITS_RE = re.compile(r"\d+(?:[.,:]\d+)*")
NO_CACHE_SENTENCES = 5


def held_out(pair: str, count: int) -> list[str]:
    rows = (ROOT / "fixtures" / "mt" / f"{pair}.tsv").read_text(encoding="utf-8").splitlines()
    sources = [line.split("\t")[2] for line in rows[1:] if line.split("\t")[1] == "heldout"]
    return sources[:count]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def kept(sources: list[str], outputs: list[str], pattern: re.Pattern[str]) -> tuple[int, int]:
    """(items of ``pattern`` in the sources that are in the outputs, items in the sources)."""
    found = total = 0
    for source, output in zip(sources, outputs, strict=True):
        wanted = pattern.findall(source)
        total += len(wanted)
        found += sum(1 for item in wanted if item in output)
    return found, total


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run_direction(engine: LlmTranslator, pair: str, count: int, batch: int) -> dict[str, Any]:
    source, target = pair.split("-")
    sentences = held_out(pair, count)
    started = time.perf_counter()
    engine.translate_batch(sentences[:1], source, target)
    first_call = time.perf_counter() - started
    singles, outputs = [], []
    for sentence in sentences:
        started = time.perf_counter()
        outputs += engine.translate_batch([sentence], source, target)
        singles.append(time.perf_counter() - started)
    started = time.perf_counter()
    for i in range(0, len(sentences), batch):
        engine.translate_batch(sentences[i:i + batch], source, target)
    batched = (time.perf_counter() - started) / len(sentences)
    paired: dict[bool, list[float]] = {True: [], False: []}
    for sentence in sentences[:NO_CACHE_SENTENCES]:
        for cached in (True, False):
            engine._cache_static_prompt = cached
            started = time.perf_counter()
            engine.translate_batch([sentence], source, target)
            paired[cached].append(time.perf_counter() - started)
    engine._cache_static_prompt = True
    placeholders = kept(sentences, outputs, PLACEHOLDER_RE)
    digits = kept(sentences, outputs, DIGITS_RE)
    return {
        "pair": pair, "sentences": len(sentences), "first_call_s": round(first_call, 2),
        "p50_s": round(statistics.median(singles), 2), "p95_s": round(p(singles, 0.95), 2),
        f"batched_{batch}_s_per_sentence": round(batched, 2),
        "paired_p50_cached_s": round(statistics.median(paired[True]), 2),
        "paired_p50_uncached_s": round(statistics.median(paired[False]), 2),
        "placeholders_kept": f"{placeholders[0]}/{placeholders[1]}",
        "digit_groups_kept": f"{digits[0]}/{digits[1]}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--models-dir", type=Path, default=ROOT / "models")
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch", type=int, default=4)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    folder = discover_llm(args.models_dir)
    if folder is None:
        sys.exit(f"no LLM under {args.models_dir}/mt-llm: manage.py models install --with llm")
    started = time.perf_counter()
    engine = LlmTranslator(folder, threads=args.threads, device=args.device)
    load_s = time.perf_counter() - started
    report: dict[str, Any] = {
        "model": engine.name, "real": engine.real, "threads": args.threads,
        "device": args.device, "load_s": round(load_s, 2), "rss_after_load_mb": round(rss_mb()),
        "directions": [run_direction(engine, pair, args.count, args.batch)
                       for pair in ("en-es", "es-en")],
    }
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"{report['model']} (real={report['real']}) on {args.device}, {args.threads} threads: "
          f"load {report['load_s']} s, RSS {report['rss_after_load_mb']} MB after load, "
          f"peak {report['peak_rss_mb']} MB")
    for row in report["directions"]:
        print("  " + ", ".join(f"{key} {value}" for key, value in row.items()))


if __name__ == "__main__":
    main()
