"""Benchmark the stock voices: how well a recogniser understands them, and how fast they speak.

    python bench/tts.py [--json] [--quick] [--only TEXT ...] [--no-speed]

Intelligibility: every sentence of ``fixtures/tts/{en,es}.txt`` (synthetic clinical
sentences with numbers) is spoken by each voice (espeak-ng, Piper joe, Kokoro with
each shipped style), resampled to 16 kHz and transcribed by the installed Whisper
base with the language pinned (beam 5, the cascade's own recogniser). WER is scored
after normalising both sides: lower case, punctuation dropped, accents folded, and
every number, spelled or in digits, rewritten as digits ("dos veces" and "2 veces",
"one hundred forty-two" and "142" agree; see ``normalise``). Every fourth sentence
(index 3, 7, ...) is held out: choose a default voice on ``dev`` and confirm it on
``held_out``.

Speed: per voice and thread count (1 and 2), the real-time factor (synthesis time /
audio duration), the time to the first audio of a segment when the whole sentence is
synthesised at once and when only its first piece is (``pipeline.clauses``: what the
live speech lane waits for before a listener hears anything), load time, and the
peak RSS of a process that holds only that voice. Each voice runs in its own process
so the memory figures do not mix. Figures are medians on a shared, noisy machine:
compare runs on the same machine only.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from interpretation.audio import resample  # noqa: E402
from interpretation.metrics import edit_distance, words  # noqa: E402
from interpretation.pipeline import clauses  # noqa: E402

SENTENCES = ROOT / "fixtures" / "tts"
STYLES = ("jm_kumo", "jf_alpha", "jf_gongitsune", "jf_nezumi", "jf_tebukuro")
EN_STYLES = ("jm_kumo", "jf_alpha")  # English has Piper: two styles answer "does it work"
HELD_OUT_EVERY = 4
SPEED_SENTENCES = 12  # per voice and thread count: speed needs fewer than accuracy


@dataclass(frozen=True)
class VoiceRun:
    engine: str  # espeak, piper, kokoro
    language: str
    folder: str = ""
    style: str = ""

    @property
    def label(self) -> str:
        return {"espeak": "espeak-ng", "piper": "piper-joe"}.get(self.engine,
                                                                 f"kokoro-{self.style}")


def normalise(text: str, language: str) -> list[str]:
    """Words to score: numbers become digits (even single ones, unlike the cascade's
    WER on human speech, because these sentences are full of doses and counts)."""
    from redaction.numbers import number_runs

    for run in reversed(number_runs(text, language, min_digits=1)):
        text = f"{text[:run.start]} {run.digits} {text[run.end:]}"
    return words(text, language)


def wer(pairs: list[tuple[str, str]], language: str) -> float:
    errors = sum(edit_distance(normalise(r, language), normalise(h, language))
                 for r, h in pairs)
    return errors / max(1, sum(len(normalise(r, language)) for r, _ in pairs))


def sentences(language: str) -> list[str]:
    path = SENTENCES / f"{language}.txt"
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _peak_rss_mb() -> float:
    """This process's own high-water mark. Not getrusage's ru_maxrss: Linux carries that
    over from the parent through fork and exec, so a child would report the parent's."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # not Linux


def _load(run: VoiceRun, threads: int) -> Any:
    from interpretation.engines.espeak import EspeakVoice

    if run.engine == "espeak":
        return EspeakVoice()
    if run.engine == "piper":
        from interpretation.engines.piper_voice import PiperVoice

        return PiperVoice(Path(run.folder), threads=threads)
    from interpretation.engines.kokoro_voice import KokoroVoice

    return KokoroVoice(Path(run.folder), run.style, threads=threads)


def speak_all(run: VoiceRun, texts: list[str], threads: int) -> dict[str, Any]:
    """In a child process: load the voice, speak every text (and each text's first
    clause), and report 16 kHz audio, timings and this process's peak RSS."""
    started = time.perf_counter()
    voice = _load(run, threads)
    load_s = time.perf_counter() - started
    voice.synthesize("Warm up.", run.language)  # first calls allocate: not counted
    audio, synth_s, audio_s, first_piece_s, clause_sentence_s = [], [], [], [], []
    for text in texts:
        started = time.perf_counter()
        samples, rate = voice.synthesize(text, run.language)
        elapsed = time.perf_counter() - started
        synth_s.append(elapsed)
        audio_s.append(len(samples) / rate)
        audio.append(resample(samples, rate))
        pieces = clauses(text)
        if len(pieces) > 1:
            started = time.perf_counter()
            voice.synthesize(pieces[0], run.language)
            first_piece_s.append(time.perf_counter() - started)
            clause_sentence_s.append(elapsed)
    return {"audio": audio, "synth_s": synth_s, "audio_s": audio_s, "load_s": load_s,
            "first_piece_s": first_piece_s, "clause_sentence_s": clause_sentence_s,
            "peak_rss_mb": _peak_rss_mb()}


def in_child(run: VoiceRun, texts: list[str], threads: int) -> dict[str, Any]:
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(speak_all, run, texts, threads).result()


def median(values: list[float], digits: int = 3) -> float:
    return round(statistics.median(values), digits) if values else 0.0


def speed(spoken: dict[str, Any]) -> dict[str, Any]:
    rtf = [s / a for s, a in zip(spoken["synth_s"], spoken["audio_s"], strict=True) if a]
    return {
        "rtf_p50": median(rtf),
        "sentence_ms_p50": round(median(spoken["synth_s"]) * 1000),
        "first_piece_ms_p50": round(median(spoken["first_piece_s"]) * 1000),
        "whole_sentence_ms_p50_same_sentences": round(median(spoken["clause_sentence_s"])
                                                      * 1000),
        "audio_s_p50": median(spoken["audio_s"], 2),
        "load_ms": round(spoken["load_s"] * 1000),
        "peak_rss_mb": round(spoken["peak_rss_mb"]),
    }


def voice_runs(models: Path) -> list[VoiceRun]:
    kokoro = models / "tts" / "kokoro-82m"
    runs = [VoiceRun("espeak", "en"), VoiceRun("espeak", "es")]
    piper = models / "tts" / "en_US-joe-medium"
    if piper.is_dir():
        runs.append(VoiceRun("piper", "en", str(piper)))
    if kokoro.is_dir():
        runs += [VoiceRun("kokoro", "es", str(kokoro), style) for style in STYLES]
        runs += [VoiceRun("kokoro", "en", str(kokoro), style) for style in EN_STYLES]
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--quick", action="store_true", help="a third of the sentences")
    parser.add_argument("--only", nargs="*", default=[],
                        help="voices whose 'label/language' contains one of these")
    parser.add_argument("--no-speed", action="store_true",
                        help="skip the 1- and 2-thread speed runs")
    options = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "telehealth.settings")
    import django

    django.setup()
    from django.conf import settings

    from interpretation.builder import models_dir
    from interpretation.engines.whisper_asr import WhisperRecognizer
    from interpretation.weights import by_name

    recognizer = WhisperRecognizer(models_dir() / by_name(settings.ASR_MODEL).folder,
                                   compute_type=settings.ASR_COMPUTE_TYPE,
                                   threads=settings.ASR_THREADS)
    runs = [r for r in voice_runs(models_dir())
            if not options.only or any(o in f"{r.label}/{r.language}" for o in options.only)]
    report: dict[str, Any] = {"machine": {"cpus": os.cpu_count()},
                              "asr": settings.ASR_MODEL, "voices": []}
    timed_engines: set[tuple[str, str]] = set()
    for run in runs:
        texts = sentences(run.language)
        indices = list(range(len(texts)))[::3] if options.quick else list(range(len(texts)))
        spoken = in_child(run, [texts[i] for i in indices], threads=2)
        heard = [recognizer.transcribe(audio, run.language)[0] for audio in spoken["audio"]]
        pairs = [(texts[i], h) for i, h in zip(indices, heard, strict=True)]
        held = [p for i, p in zip(indices, pairs, strict=True) if i % HELD_OUT_EVERY == 3]
        dev = [p for i, p in zip(indices, pairs, strict=True) if i % HELD_OUT_EVERY != 3]
        row: dict[str, Any] = {
            "voice": run.label, "language": run.language, "sentences": len(pairs),
            "wer": round(wer(pairs, run.language), 3),
            "wer_dev": round(wer(dev, run.language), 3),
            "wer_held_out": round(wer(held, run.language), 3),
            "speed": {},
        }
        # Speed does not depend on the style: time each engine and language once.
        if not options.no_speed and (run.engine, run.language) not in timed_engines:
            timed_engines.add((run.engine, run.language))
            subset = [texts[i] for i in indices][:SPEED_SENTENCES]
            for threads in (1, 2):
                row["speed"][str(threads)] = speed(in_child(run, subset, threads))
        report["voices"].append(row)
        # A long run: show each voice as it finishes (on stderr, so --json stays one object).
        print(json.dumps(row), file=sys.stderr, flush=True)
    if options.json:
        print(json.dumps(report))
        return
    print_table(report)


def print_table(report: dict[str, Any]) -> None:
    print(f"Whisper {report['asr']} WER on each voice's speech ({report['machine']['cpus']} "
          "CPUs); held out: every 4th sentence")
    print(f"{'voice':<22}{'lang':<6}{'n':>4}{'WER':>7}{'dev':>7}{'held':>7}")
    for row in report["voices"]:
        print(f"{row['voice']:<22}{row['language']:<6}{row['sentences']:>4}{row['wer']:>7}"
              f"{row['wer_dev']:>7}{row['wer_held_out']:>7}")
    print()
    print(f"{'voice':<22}{'lang':<6}{'thr':>4}{'RTF':>7}{'sent ms':>9}{'1st piece':>11}"
          f"{'whole':>7}{'load ms':>9}{'RSS MB':>8}")
    for row in report["voices"]:
        for threads, s in row["speed"].items():
            print(f"{row['voice']:<22}{row['language']:<6}{threads:>4}{s['rtf_p50']:>7}"
                  f"{s['sentence_ms_p50']:>9}{s['first_piece_ms_p50']:>11}"
                  f"{s['whole_sentence_ms_p50_same_sentences']:>7}{s['load_ms']:>9}"
                  f"{s['peak_rss_mb']:>8}")


if __name__ == "__main__":
    main()
