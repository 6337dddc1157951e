"""Does the live decode lose anything against faster-whisper's own, and does context help?

    python bench/asr_context.py [--json] [--quick] [--kinds clips,conversation]
                                [--modes ordinary,fitted,context,whole] [--zero-margin]
                                [--beam B] [--margin S]

Two kinds of "visit" per language: ``clips``, the sentences of ``fixtures/speech`` and
``../shared/speech`` one after another (unrelated sentences), and ``conversation``,
each speaker's sentences of ``fixtures/speech/conversation.tsv`` in order (sentences
that follow each other, as in a visit). Each sentence is decoded four ways with the
same Whisper weights and compute type, and scored by WER:

- ``ordinary``: faster-whisper's ``transcribe`` on the sentence's clip (30 s window,
  beam 5, no VAD), its usual call;
- ``fitted``: ``WhisperRecognizer`` on the endpointed utterances (VAD-trimmed, the
  fitted window, beam 5): the live path before issue 14;
- ``context``: the same, each utterance given the speaker's previous recognised
  utterances by ``interpretation.context.SpeakerContext`` (``CONTEXT_UTTERANCES``), as
  the worker does;
- ``whole``: faster-whisper's ``transcribe`` on the whole visit in one call (each
  30 s window conditioned on the previous text), the accuracy the model can reach.

``--zero-margin`` gives the live decode's window margin as zero-valued features, as
before the margin was silent audio (``WhisperRecognizer.silent_margin``), to compare;
``--beam`` and ``--margin`` give the live decode another beam or window margin (s).
Figures are for this machine only; the time per utterance is a median.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.conversation import load_script  # noqa: E402
from interpretation.audio import load_audio  # noqa: E402
from interpretation.context import SpeakerContext  # noqa: E402
from interpretation.endpointing import utterances  # noqa: E402
from interpretation.engines.whisper_asr import (  # noqa: E402
    BEAM_SIZE,
    WINDOW_MARGIN_S,
    WhisperRecognizer,
)
from interpretation.frames import SAMPLE_RATE_HZ  # noqa: E402
from interpretation.metrics import word_error_rate  # noqa: E402

SHARED = ROOT.parent / "shared" / "speech"
FIXTURES = ROOT / "fixtures" / "speech"
MODEL_DIR = Path(os.environ.get("MODELS_DIR", ROOT / "models")) / "asr" / "whisper-base"
COMPUTE_TYPE = os.environ.get("ASR_COMPUTE_TYPE", "int8")
THREADS = int(os.environ.get("ASR_THREADS", "2"))
PAUSE_S = 1.0  # between sentences in the whole-visit decode
MODES = ("ordinary", "fitted", "context", "whole")


def conversation(language: str) -> list[tuple[np.ndarray, str]]:
    """(audio, reference) per sentence of that language in the conversation, in order."""
    lines, _ = load_script()
    return [(line.audio, line.text) for line in lines if line.language == language]


def visit(language: str) -> list[tuple[np.ndarray, str]]:
    """(audio, reference) per sentence: the synthetic ones, then the real ones."""
    rows = []
    for line in (FIXTURES / "transcripts.tsv").read_text(encoding="utf-8").splitlines():
        name, lang, text = line.split("\t")
        if lang == language and "44k" not in name:
            rows.append((load_audio(FIXTURES / name), text))
    folder = SHARED / language
    if folder.is_dir():
        for line in (folder / "transcripts.tsv").read_text(encoding="utf-8").splitlines():
            name, text = line.split("\t")[:2]
            rows.append((load_audio(folder / name), text))
    return rows


def main() -> None:
    from faster_whisper import WhisperModel

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--quick", action="store_true", help="eight sentences a language")
    parser.add_argument("--kinds", default="clips,conversation", help="which visits")
    parser.add_argument("--modes", default=",".join(MODES), help="which decodes")
    parser.add_argument("--zero-margin", action="store_true",
                        help="the margin as zero-valued features (before), not silent audio")
    parser.add_argument("--beam", type=int, default=BEAM_SIZE, help="the live decode's beam")
    parser.add_argument("--margin", type=float, default=WINDOW_MARGIN_S,
                        help="the live decode's window margin, s")
    options = parser.parse_args()
    modes = [mode for mode in MODES if mode in options.modes.split(",")]
    recognizer = WhisperRecognizer(MODEL_DIR, compute_type=COMPUTE_TYPE, threads=THREADS,
                                   silent_margin=not options.zero_margin,
                                   beam_size=options.beam, margin_s=options.margin)
    ordinary = WhisperModel(str(MODEL_DIR), device="cpu", compute_type=COMPUTE_TYPE,
                            cpu_threads=THREADS)
    results: dict[str, dict[str, object]] = {}
    for kind, language in [(k, lang) for k in options.kinds.split(",") for lang in ("en", "es")]:
        sentences = visit(language) if kind == "clips" else conversation(language)
        sentences = sentences[:8] if options.quick else sentences
        pairs: dict[str, list[tuple[str, str]]] = {mode: [] for mode in MODES}
        times_ms: dict[str, list[float]] = {mode: [] for mode in MODES[:3]}
        heard = SpeakerContext()  # the speaker's recognised utterances, in memory
        key = (0, 0, language)
        for audio, reference in sentences:
            if "ordinary" in modes:
                started = time.perf_counter()
                segments, _ = ordinary.transcribe(audio, language=language, beam_size=5)
                pairs["ordinary"].append((reference, " ".join(s.text for s in segments)))
                times_ms["ordinary"].append((time.perf_counter() - started) * 1000)
            for mode in [m for m in ("fitted", "context") if m in modes]:
                texts = []
                for utterance in utterances(audio, language):
                    context = heard.prompt(key) if mode == "context" else ""
                    started = time.perf_counter()
                    text = recognizer.transcribe(utterance.audio, language, context=context)[0]
                    times_ms[mode].append((time.perf_counter() - started) * 1000)
                    texts.append(text)
                    if mode == "context":
                        heard.remember(key, text)
                pairs[mode].append((reference, " ".join(texts)))
        if "whole" in modes:
            gap = np.zeros(int(PAUSE_S * SAMPLE_RATE_HZ), np.float32)
            whole = np.concatenate([piece for audio, _ in sentences for piece in (audio, gap)])
            segments, _ = ordinary.transcribe(whole, language=language, beam_size=5)
            pairs["whole"].append((" ".join(r for _, r in sentences),
                                   " ".join(s.text for s in segments)))
        for mode in modes:
            results[f"{kind} {language} {mode}"] = {
                "sentences": len(sentences),
                "wer": round(word_error_rate(pairs[mode], language), 3),
                "ms_per_utterance_p50": round(statistics.median(times_ms[mode]))
                if mode in times_ms else None,
            }
    if options.json:
        print(json.dumps(results, indent=2))
        return
    for name, row in results.items():
        print(f"{name:<26} " + "  ".join(f"{k} {v}" for k, v in row.items()))


if __name__ == "__main__":
    main()
