"""Where a neural voice's time goes: ONNX Runtime's profile of the Kokoro voice.

    python bench/tts_profile.py [--runs N] [--threads T] [--text TEXT]

Speaks one Spanish sentence ``--runs`` times with the installed Kokoro model and
prints, per operator type, its share of the kernel time and milliseconds a run, then
the slowest nodes; and how much of the audio the model made is the padding silence
that ``kokoro_voice.trimmed`` removes (made, then thrown away). Figures are from a
shared machine: compare shares, not milliseconds, across runs.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SENTENCE = "Tome una tableta de quinientos miligramos dos veces al día con comida."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--text", default=SENTENCE)
    options = parser.parse_args()
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    import onnxruntime

    from interpretation.engines.kokoro_voice import (
        MODEL_FILE,
        SAMPLE_RATE_HZ,
        KokoroVoice,
        trimmed,
    )

    folder = ROOT / "models" / "tts" / "kokoro-82m"
    voice = KokoroVoice(folder, threads=options.threads)
    ids = voice.pieces(options.text, "es")[0]
    style = voice._style[len(ids) - 1].reshape(1, 256)  # the voice's own row for this length
    session_options = onnxruntime.SessionOptions()
    session_options.intra_op_num_threads = options.threads
    session_options.enable_profiling = True
    session_options.profile_file_prefix = str(Path(tempfile.mkdtemp()) / "kokoro")
    session = onnxruntime.InferenceSession(str(folder / MODEL_FILE), session_options,
                                           providers=["CPUExecutionProvider"])
    inputs = {"tokens": np.array([[0, *ids, 0]], dtype=np.int64), "style": style,
              "speed": np.array([1.0], dtype=np.float32)}
    walls, made_s, kept_s = [], 0.0, 0.0
    for _ in range(options.runs):
        started = time.perf_counter()
        audio = np.asarray(session.run(None, inputs)[0], dtype=np.float32).reshape(-1)
        walls.append(time.perf_counter() - started)
        made_s = len(audio) / SAMPLE_RATE_HZ
        kept_s = len(trimmed(audio)) / SAMPLE_RATE_HZ
    events = json.loads(Path(session.end_profiling()).read_text())
    by_op: collections.Counter[str] = collections.Counter()
    by_node: collections.Counter[str] = collections.Counter()
    for event in events:
        if event.get("cat") == "Node" and event["name"].endswith("_kernel_time"):
            by_op[event["args"]["op_name"]] += event["dur"]
            by_node[event["name"].removesuffix("_kernel_time")] += event["dur"]
    total = sum(by_op.values()) or 1
    print(f"{len(ids)} phonemes, {options.threads} thread(s), load {os.getloadavg()[0]:.1f}: "
          f"wall p50 {sorted(walls)[len(walls) // 2] * 1000:.0f} ms a run; audio made "
          f"{made_s:.2f} s, kept after trimming {kept_s:.2f} s "
          f"({1 - kept_s / made_s:.0%} padding made and thrown away)")
    for op, micros in by_op.most_common(8):
        print(f"  {op:26s} {micros / total:6.1%} {micros / options.runs / 1000:8.1f} ms a run")
    print("slowest nodes:")
    for node, micros in by_node.most_common(5):
        print(f"  {node[:80]:80s} {micros / options.runs / 1000:7.1f} ms")


if __name__ == "__main__":
    main()
