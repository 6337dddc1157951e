"""Stock Presidio on the public sets, for comparison: ``python bench/phi_public_stock.py``.

    python bench/phi_public_stock.py [--split public|public_aside|both] [--json]

Why: the public set (``bench/phi_public.py``) comes from Presidio's own evaluation
generator, so what Presidio does out of the box on it is the baseline the issue's
figures invite. "Stock" is Presidio's ``AnalyzerEngine`` with its predefined English
recognizers and spaCy en_core_web_sm (the project's installed copy, so nothing is
downloaded), its default entity mapping, no recognizer of ours and every finding
scoring 0.35 or more. Scored with ``bench/redaction.py``'s ``Tally`` and printed with
its table, so the figures read side by side with ``bench/redaction.py --split public``.
Aggregates and per-type counts only: no misses are printed.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.redaction import Tally, generated_samples, print_table, rss_mb  # noqa: E402

SCORE_THRESHOLD = 0.35


def stock_analyzer() -> Any:
    import tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from interpretation.capabilities import models_dir
    from interpretation.weights import by_name

    # Presidio's e-mail recognizer would fetch the public suffix list: use the snapshot.
    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=())  # type: ignore[assignment]
    model = models_dir() / by_name("spacy-en").folder
    configuration = {"nlp_engine_name": "spacy",
                     "models": [{"lang_code": "en", "model_name": str(model)}]}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp_engine = NlpEngineProvider(nlp_configuration=configuration).create_engine()
    return AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"])


def score(analyzer: Any, samples: list[dict[str, Any]]) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    for sample in samples:
        tally = tallies.setdefault(sample["form"], Tally())
        started, started_cpu = time.perf_counter(), time.process_time()
        try:
            found = analyzer.analyze(sample["text"], language="en",
                                     score_threshold=SCORE_THRESHOLD)
        except Exception:  # a crash is a finding to count, not a reason to stop
            tally.crashes += 1
            tally.add(sample, None)
            continue
        tally.ms.append((time.perf_counter() - started) * 1000)
        tally.cpu_ms.append((time.process_time() - started_cpu) * 1000)
        tally.add(sample, [(r.entity_type, r.start, r.end) for r in found])
    return tallies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["public", "public_aside", "both"], default="both")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    options = parser.parse_args()
    splits = ["public", "public_aside"] if options.split == "both" else [options.split]
    before = rss_mb()
    started = time.perf_counter()
    analyzer = stock_analyzer()
    load_s = round(time.perf_counter() - started, 2)
    analyzer.analyze("warm up call 555 0100", language="en")
    report: dict[str, Any] = {"load_s": load_s, "rss_mb_before_load": before,
                              "rss_mb_after_load": rss_mb(), "sets": {}}
    for split in splits:
        tallies = score(analyzer, generated_samples("en", split))
        report["sets"][split] = {"en": {form: tally.summary() for form, tally
                                        in sorted(tallies.items(), reverse=True)}}
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(report, indent=2) if options.json else "stock Presidio", flush=True)
    if not options.json:
        print_table(report)


if __name__ == "__main__":
    main()
