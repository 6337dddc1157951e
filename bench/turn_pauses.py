"""Would asking the turn model again, or trusting it less, keep pauses inside a sentence?

    python bench/turn_pauses.py [--json]

``bench/turn.py``'s sentences and streams (same dev / held-out split), heard by the live
endpointer with the turn model out and no cut before ``HEAR_OUT_S`` of silence, so that
every pause is heard out. At each pause the smart-turn model is asked at every silence
of ``OFFSETS_S`` the pause reaches; a pause is "mid" when it lies inside a sentence's
acoustic span, an "end" otherwise. Each rule below is then played on those answers:
how many mid pauses it would cut (a split sentence each) and at what silence it cuts
the ends (the delay it adds to every sentence; 9 s stands for "never").

- ``threshold:P``: cut at ``TURN_PAUSE_S`` when the probability is above P (as shipped
  with P = ``TURN_FINISHED_PROBABILITY``), else at ``UNFINISHED_CAP_S``;
- ``again:S,R``: above S cut at once; between the threshold and S ask again at R s of
  silence and cut then if it is still above the threshold, else at the cap.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import interpretation.streaming as streaming  # noqa: E402
from bench.turn import _CHUNK, HOLD_OUT_EVERY, MODEL, SmartTurn, sentences, stream  # noqa: E402
from interpretation.frames import SAMPLE_RATE_HZ  # noqa: E402

HEAR_OUT_S = 1.2
OFFSETS_S = (0.3, 0.4, 0.5, 0.6, 0.8)
RULES = ("threshold:0.8", "threshold:0.9", "threshold:0.95", "again:0.95,0.4",
         "again:0.97,0.5", "again:0.99,0.5")

Pause = tuple[bool, dict[float, float]]  # mid?, silence (s) -> probability finished


def pauses(model: SmartTurn) -> dict[str, list[Pause]]:
    everything = sentences()
    parts = {"dev": [s for i, s in enumerate(everything) if i % HOLD_OUT_EVERY != 2],
             "held-out": [s for i, s in enumerate(everything) if i % HOLD_OUT_EVERY == 2]}
    streaming.SILENCE_CAP_S = HEAR_OUT_S
    found: dict[str, list[Pause]] = {}
    for part, chosen in parts.items():
        found[part] = []
        for seed, language in enumerate(("en", "es")):
            group = [s for s in chosen if s.language == language]
            audio = stream(group, seed)
            endpointer = streaming.StreamingEndpointer(language, None)
            answers: dict[int, dict[float, float]] = {}
            for at in range(0, len(audio), _CHUNK):
                endpointer.feed(audio[at:at + _CHUNK])
                start, silent = endpointer._speech_start, endpointer._silence_start
                if start is None or silent is None:
                    continue
                silence = (endpointer._heard - silent) / SAMPLE_RATE_HZ
                for offset in OFFSETS_S:
                    if silence >= offset and offset not in answers.setdefault(silent, {}):
                        first = max(0, start - streaming._PRE_SPEECH - endpointer._buffer_start)
                        heard = endpointer._buffer[first:endpointer._heard
                                                   - endpointer._buffer_start]
                        answers[silent][offset] = model.probability_finished(heard)
            for silent, asked in answers.items():
                mid = any(s.start <= silent < s.end - _CHUNK for s in group)
                found[part].append((mid, asked))
    return found


def play(rule: str, asked: dict[float, float]) -> float | None:
    """The silence at which ``rule`` cuts this pause; None when speech resumes first."""
    threshold, cap = streaming.TURN_FINISHED_PROBABILITY, streaming.UNFINISHED_CAP_S
    first = asked.get(OFFSETS_S[0])
    if first is None:
        return None
    capped = cap if max(asked) >= cap else None
    if rule.startswith("threshold:"):
        return OFFSETS_S[0] if first > float(rule[10:]) else capped
    sure, again = (float(x) for x in rule[6:].split(","))
    if first > sure:
        return OFFSETS_S[0]
    if first <= threshold:
        return capped
    if again not in asked:
        return None
    return again if asked[again] > threshold else capped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    found = pauses(SmartTurn(MODEL))
    report: dict[str, dict[str, object]] = {}
    for rule in RULES:
        for part, heard in found.items():
            ends = sorted(play(rule, asked) or 9.0 for mid, asked in heard if not mid)
            report[f"{rule} {part}"] = {
                "mid_pauses": sum(mid for mid, _ in heard),
                "mid_cut": sum(mid and play(rule, asked) is not None for mid, asked in heard),
                "ends": len(ends), "end_cut_p50_s": ends[len(ends) // 2],
                "end_cut_mean_s": round(sum(ends) / len(ends), 3)}
    report["mid-pause probabilities"] = {part: [
        {str(k): round(v, 3) for k, v in asked.items()} for mid, asked in heard if mid]
        for part, heard in found.items()}
    if options.json:
        print(json.dumps(report))
        return
    for name, row in report.items():
        print(f"{name:<26} {row}")


if __name__ == "__main__":
    main()
