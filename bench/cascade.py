"""Benchmark the interpretation cascade on this machine and print what it measured.

    python bench/cascade.py [--json] [--quick]

Per stage: p50/p95 latency and real-time factor over the utterances of
``../shared/speech`` (real human speech, en and es) and ``fixtures/speech``;
model load times; peak resident memory; Whisper WER with the fitted window
and with faster-whisper's usual 30-second window, so a change that slows or
degrades a stage shows. Figures are medians over a shared, noisy machine:
compare runs on the same machine only.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.django_setup import setup_django  # noqa: E402  (after the path)

setup_django()

from django.conf import settings  # noqa: E402

from interpretation.audio import load_audio  # noqa: E402
from interpretation.builder import (  # noqa: E402
    build_redactor,
    build_translator,
    build_voices,
    models_dir,
)
from interpretation.endpointing import utterances  # noqa: E402
from interpretation.engines.whisper_asr import WhisperRecognizer  # noqa: E402
from interpretation.metrics import word_error_rate  # noqa: E402
from interpretation.pipeline import Cascade  # noqa: E402
from interpretation.weights import by_name  # noqa: E402

SHARED = ROOT.parent / "shared" / "speech"
TARGET = {"en": "es", "es": "en"}


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def clips(quick: bool) -> list[tuple[Path, str, str]]:
    rows = []
    for language in ("en", "es"):
        folder = SHARED / language
        if folder.is_dir():
            for line in (folder / "transcripts.tsv").read_text(encoding="utf-8").splitlines():
                name, text = line.split("\t")[:2]
                rows.append((folder / name, language, text))
    fixtures = ROOT / "fixtures" / "speech"
    for line in (fixtures / "transcripts.tsv").read_text(encoding="utf-8").splitlines():
        name, language, text = line.split("\t")
        rows.append((fixtures / name, language, text))
    return rows[::3] if quick else rows


def timed(build):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    value = build()
    return value, (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--quick", action="store_true", help="a third of the clips")
    options = parser.parse_args()

    base_rss = peak_rss_mb()
    load_ms: dict[str, float] = {}
    asr_dir = models_dir() / by_name(settings.ASR_MODEL).folder
    recognizer, load_ms["asr"] = timed(lambda: WhisperRecognizer(
        asr_dir, compute_type=settings.ASR_COMPUTE_TYPE, threads=settings.ASR_THREADS))
    redactor, load_ms["redact"] = timed(build_redactor)
    translator, load_ms["mt"] = timed(build_translator)
    voices, load_ms["tts"] = timed(build_voices)
    cascade = Cascade(recognizer, redactor, translator, voices)
    for target in TARGET.values():  # first calls compile and allocate: not counted
        cascade.voices[target].synthesize("warm up", target)

    stage_ms: dict[str, list[float]] = {s: [] for s in ("asr", "redact", "mt", "tts", "total")}
    rtf: dict[str, list[float]] = {s: [] for s in stage_ms}
    to_text_3s: list[float] = []
    whole_3s: list[float] = []
    wer_pairs: dict[str, dict[str, list[tuple[str, str]]]] = {
        lang: {"fitted": [], "full": []} for lang in TARGET}
    asr_ms: dict[str, list[float]] = {"fitted": [], "full": []}
    audio_s = 0.0
    for path, language, reference in clips(options.quick):
        audio = load_audio(path)
        audio_s += len(audio) / 16000
        heard: dict[str, list[str]] = {"fitted": [], "full": []}
        for utterance in utterances(audio, language):
            result = cascade.process(utterance, TARGET[language])
            heard["fitted"].append(result.transcript.text if result.transcript else "")
            asr_ms["fitted"].append(result.timings_ms["asr"])
            for stage, value in result.timings_ms.items():
                stage_ms[stage].append(value)
                rtf[stage].append(value / 1000 / utterance.duration_s)
            if 2.0 <= utterance.duration_s <= 4.0 and not result.error:
                to_text_3s.append(sum(result.timings_ms.get(s, 0) for s in ("asr", "redact", "mt")))
                whole_3s.append(result.timings_ms["total"])
            recognizer.fitted_window = False
            text, ms = timed(lambda u=utterance: recognizer.transcribe(u.audio, u.language)[0])
            recognizer.fitted_window = True
            heard["full"].append(text)
            asr_ms["full"].append(ms)
        if path.parent.parent == SHARED:  # WER on real human speech only
            for mode in ("fitted", "full"):
                wer_pairs[language][mode].append((reference, " ".join(heard[mode])))

    def summary(values: list[float]) -> dict[str, float]:
        return {"p50": round(statistics.median(values), 1) if values else 0.0,
                "p95": round(percentile(values, 0.95), 1) if values else 0.0}

    report: dict[str, Any] = {
        "machine": {"cpus": os.cpu_count(), "asr_threads": settings.ASR_THREADS},
        "audio_s": round(audio_s, 1),
        "utterances": len(stage_ms["total"]),
        "stage_ms": {stage: summary(values) for stage, values in stage_ms.items()},
        "stage_rtf": {stage: {k: round(v / 1000, 3) for k, v in summary(
            [x * 1000 for x in values]).items()} for stage, values in rtf.items()},
        "speech_end_to_text_ms_2_to_4s_utterances": summary(to_text_3s),
        "speech_end_to_speech_ms_2_to_4s_utterances": summary(whole_3s),
        "load_ms": {k: round(v) for k, v in load_ms.items()},
        "peak_rss_mb": round(peak_rss_mb()),
        "models_rss_mb": round(peak_rss_mb() - base_rss),
        "asr_window": {
            mode: {"asr_ms": summary(asr_ms[mode]),
                   "wer": {lang: round(word_error_rate(wer_pairs[lang][mode], lang), 3)
                           for lang in TARGET if wer_pairs[lang][mode]}}
            for mode in ("fitted", "full")},
        "mt_pairs": {pair: translator.engines[pair].name for pair in translator.pairs()},
    }
    if options.json:
        print(json.dumps(report))
        return
    print(f"{report['utterances']} utterances, {report['audio_s']} s of audio, "
          f"{report['machine']['cpus']} CPUs")
    print(f"{'stage':<8}{'p50 ms':>9}{'p95 ms':>9}{'RTF p50':>9}")
    for stage in stage_ms:
        s, r = report["stage_ms"][stage], report["stage_rtf"][stage]
        print(f"{stage:<8}{s['p50']:>9}{s['p95']:>9}{r['p50']:>9}")
    print(f"speech end -> translated text, 2-4 s utterances: "
          f"{report['speech_end_to_text_ms_2_to_4s_utterances']}")
    print(f"speech end -> translated speech, 2-4 s utterances: "
          f"{report['speech_end_to_speech_ms_2_to_4s_utterances']}")
    print(f"model load ms: {report['load_ms']}; peak RSS {report['peak_rss_mb']} MB "
          f"(models {report['models_rss_mb']} MB)")
    for mode, data in report["asr_window"].items():
        print(f"ASR {mode:<6} window: {data['asr_ms']} ms, WER on ../shared/speech {data['wer']}")
    print(f"MT pairs: {report['mt_pairs']}")


if __name__ == "__main__":
    main()
