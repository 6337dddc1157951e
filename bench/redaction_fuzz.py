"""Throw random inputs at the installed redactor and count what went wrong.

    python bench/redaction_fuzz.py [--examples 100000] [--seed 0]

The inputs come from the property tests' strategies (``tests/test_redaction_properties``:
random unicode with lone surrogates, digit and spoken-number runs, identifier fragments
run together, English and Spanish). Every result is checked as the property test checks
it; instead of stopping at the first failure, this counts crashes (``redact`` raised),
malformed results, fail-closed answers and calls over 1 s (``over_1_s``, with the
slowest's ``slowest_ms``), and prints one JSON object at the end, or
when stopped early (SIGTERM or Ctrl-C: ``"stopped": true`` and the counts so far, so a
long run on a busy machine still reports what it covered). Run two with different seeds
to use two cores.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.django_setup import setup_django  # noqa: E402  (after the path)

setup_django(throwaway_secrets=True)

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from interpretation.builder import build_redactor  # noqa: E402
from tests.test_redaction_properties import ANY_TEXT, assert_well_formed  # noqa: E402

SLOW_MS = 1000  # an input this slow is counted: one utterance must not stall a visit


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    options = parser.parse_args()
    redactor = build_redactor()
    counts = {"inputs": 0, "crashes": 0, "malformed": 0, "failed_closed": 0,
              "over_1_s": 0}
    slowest_ms = [0.0]
    started = time.perf_counter()

    @seed(options.seed)
    @settings(max_examples=options.examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(text=ANY_TEXT, language=st.sampled_from(["en", "es"]))
    def run(text: str, language: str) -> None:
        if stopping:
            raise KeyboardInterrupt
        counts["inputs"] += 1
        called = time.perf_counter()
        try:
            result = redactor.redact(text, language)
        except Exception:  # counted, never fatal: this is what the run measures
            counts["crashes"] += 1
            return
        finally:  # a pattern that backtracks shows here, not as a crash
            took_ms = (time.perf_counter() - called) * 1000
            slowest_ms[0] = max(slowest_ms[0], took_ms)
            counts["over_1_s"] += took_ms > SLOW_MS
        counts["failed_closed"] += result.failed_closed
        try:
            assert_well_formed(text, result)
        except AssertionError:
            counts["malformed"] += 1
        if counts["inputs"] % 2_000 == 0:
            print(f"{counts['inputs']} inputs, {time.perf_counter() - started:.0f} s",
                  file=sys.stderr, flush=True)

    def stop(signum: int, frame: object) -> None:
        # Raising here could land in a garbage-collector callback, which swallows it:
        # the next input raises instead.
        stopping.append(signum)

    stopping: list[int] = []
    signal.signal(signal.SIGTERM, stop)
    stopped = False
    try:
        run()
    except KeyboardInterrupt:  # stopped early: report what was covered
        stopped = True
    print(json.dumps({**counts, "slowest_ms": round(slowest_ms[0]), "seed": options.seed,
                      "stopped": stopped,
                      "seconds": round(time.perf_counter() - started)}), flush=True)


if __name__ == "__main__":
    main()
