"""Where does the stream lose accuracy against the whole file? Offline, sentence by sentence.

    python bench/stream_asr.py [--json] [--languages es,en] [--variants live,oracle,...]

Each speaker's stream of ``bench/live.py``'s conversation (``bench.conversation``, the
same audio, 16-bit PCM as sent) goes through the live endpointer in 100 ms frames, as
the consumer feeds it (no network, no clock: the turn model is always asked, as it is
on a machine that is not overloaded). Each cut is then decoded by the live decode
(``WhisperRecognizer.transcribe``), and the same stream by faster-whisper in one call
(``whole``, with its VAD filter, as ``bench/live.py``'s ``whole_file_vad_wer``; words
given to sentences by their timestamps). Variants, each a stream WER:

- ``live``: the cuts as made, decoded as the worker does (the live path);
- ``oracle``: the script's sentences cut at their acoustic spans plus the endpointer's
  pads (``SPEECH_PAD_S`` before, ``END_PAD_S`` after): no split can happen;
- ``pad:B,A``: each cut widened to B s before and A s after its speech (stream audio);
- ``beam1`` / ``full-window``: the cuts with a greedy decode / faster-whisper's 30 s
  window instead of the fitted one;
- ``asr:beam=B/margin=S/threads=T``: the live decode with another beam, fitted window's
  margin (s of silence after the audio) or CTranslate2 thread count (any of them);
- ``zero-margin``: the fitted window's margin as zero-valued features (faster-whisper's
  padding) instead of silent audio (``WhisperRecognizer.silent_margin``);
- ``ordinary``: faster-whisper's own ``transcribe`` on each cut;
- ``prev:S``: each cut decoded with S s of the stream before it and the words heard in
  that lead-in dropped by their timestamps (faster-whisper word timestamps);
- ``lead:S``: each cut decoded after the speaker's previous cuts (up to S s of their
  audio) with their decoded text forced as the transcript's start.

Per sentence it prints the errors of ``live`` and ``whole`` and which cuts held it, so
a loss can be told apart: a split sentence, a word lost at a cut's edge, or a word the
model mishears alone. Figures are for this machine's Whisper weights only.

``--timing R`` times the decode-only variants (``live``, ``beam1``, ``zero-margin``,
``full-window``, ``asr:...``) instead: every cut R times per variant, the variants'
order rotated from cut to cut so that a shared machine's load falls on all alike; it
reports per variant the median wall and CPU (process) ms a cut, their sums, and the
load average. ``--beside nice|idle`` keeps a speech lane busy meanwhile (Kokoro making
Spanish speech without a pause, as on a visit whose speech is behind), on a thread
lowered as the speech lane lowers itself (``speaking.lower_priority(LANE_NICENESS)``:
``nice``) or in Linux's idle class (``idle``, SCHED_IDLE): what it takes from
recognition. Its CPU time is not counted in the decodes' (a thread of its own is
measured apart and taken off). Run under ``nice -n 15`` the lane's +5 is capped at 19
(weight 15 against the decode's 36, where nice 0 against 5 is 1024 against 335): on
this shared machine it made 6.7 s of speech a stream either way, starved, and the
decodes' wall was within the runs' noise.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.conversation import Sentence, Span, Stream, compose, load_script, match  # noqa: E402
from interpretation.audio import float_to_pcm16, pcm16_to_float  # noqa: E402
from interpretation.endpointing import SPEECH_PAD_S  # noqa: E402
from interpretation.engines.smart_turn import MODEL_FILE, SmartTurn  # noqa: E402
from interpretation.engines.whisper_asr import WhisperRecognizer  # noqa: E402
from interpretation.frames import SAMPLE_RATE_HZ, Utterance  # noqa: E402
from interpretation.metrics import edit_distance, word_error_rate, words  # noqa: E402
from interpretation.streaming import END_PAD_S, StreamingEndpointer  # noqa: E402

MODELS = Path(os.environ.get("MODELS_DIR", ROOT / "models"))
WHISPER = MODELS / "asr" / "whisper-base"
TURN = MODELS / "turn" / "smart-turn-v3.2" / MODEL_FILE
FRAME_S = 0.1  # as bench.headless sends
DEFAULT_VARIANTS = "live,oracle,pad:0.4,0.3,beam1,full-window,ordinary,prev:2"


class Always:
    """The turn model asked at every pause (reports no latency)."""

    def __init__(self, model: SmartTurn) -> None:
        self.model = model
        self.recent_latency_s = 0.0

    def probability_finished(self, audio_16k: np.ndarray) -> float:
        return self.model.probability_finished(audio_16k)


@dataclass
class Cut:
    start: int  # stream samples
    end: int
    audio: np.ndarray


def as_sent(audio: np.ndarray) -> np.ndarray:
    return pcm16_to_float(float_to_pcm16(audio))


def endpoint(stream: Stream, turn: SmartTurn | None) -> list[Cut]:
    endpointer = StreamingEndpointer(stream.language, Always(turn) if turn else None)
    audio = as_sent(stream.audio)
    step = int(FRAME_S * SAMPLE_RATE_HZ)
    made: list[Utterance] = []
    for at in range(0, len(audio), step):
        made += endpointer.feed(audio[at:at + step])
    made += endpointer.flush()
    return [Cut(round(u.start_s * SAMPLE_RATE_HZ), round(u.end_s * SAMPLE_RATE_HZ), u.audio)
            for u in made]


def owner(cut: Cut, sentences: list[Sentence]) -> int:
    """The sentence the cut overlaps most (its index)."""
    def overlap(s: Sentence) -> float:
        return min(cut.end / SAMPLE_RATE_HZ, s.end_s) - max(cut.start / SAMPLE_RATE_HZ, s.start_s)
    return max(range(len(sentences)), key=lambda i: overlap(sentences[i]))


class Decoders:
    def __init__(self) -> None:
        from faster_whisper import WhisperModel

        self.live = WhisperRecognizer(WHISPER, compute_type="int8", threads=2)
        self.full = WhisperRecognizer(WHISPER, compute_type="int8", threads=2,
                                      fitted_window=False)
        self.zero = WhisperRecognizer(WHISPER, compute_type="int8", threads=2,
                                      silent_margin=False)
        self.model = WhisperModel(str(WHISPER), device="cpu", compute_type="int8",
                                  cpu_threads=2)
        self._tuned: dict[str, WhisperRecognizer] = {}

    def tuned(self, variant: str) -> WhisperRecognizer:
        """The live decode as ``asr:beam=B/margin=S/threads=T`` says (loaded once)."""
        if variant not in self._tuned:
            options = dict(part.split("=") for part in variant[4:].split("/") if part)
            self._tuned[variant] = WhisperRecognizer(
                WHISPER, compute_type="int8", threads=int(options.get("threads", 2)),
                beam_size=int(options.get("beam", self.live.beam_size)),
                margin_s=float(options.get("margin", self.live.margin_s)))
        return self._tuned[variant]

    def recognizer(self, variant: str) -> WhisperRecognizer | None:
        """The recognizer a decode-only variant uses; None for the others."""
        if variant == "live":
            return self.live
        if variant == "beam1":
            return self.tuned("asr:beam=1")
        if variant == "zero-margin":
            return self.zero
        if variant == "full-window":
            return self.full
        return self.tuned(variant) if variant.startswith("asr:") else None

    def whole(self, stream: Stream) -> list[str]:
        """faster-whisper on the whole stream (VAD filter on), words given to sentences."""
        segments, _ = self.model.transcribe(as_sent(stream.audio), language=stream.language,
                                            beam_size=5, vad_filter=True,
                                            word_timestamps=True)
        heard = [w for s in segments for w in (s.words or [])]
        texts = [""] * len(stream.sentences)
        for word in heard:
            middle = (word.start + word.end) / 2
            nearest = min(range(len(stream.sentences)), key=lambda i: max(
                stream.sentences[i].start_s - middle, middle - stream.sentences[i].end_s, 0))
            texts[nearest] += word.word
        return [t.strip() for t in texts]

    def after(self, audio: np.ndarray, language: str, lead_s: float) -> str:
        """The words of ``audio`` that end after its first ``lead_s`` (lead-in dropped)."""
        segments, _ = self.model.transcribe(audio, language=language, beam_size=5,
                                            word_timestamps=True)
        kept = [w.word for s in segments for w in (s.words or []) if w.end > lead_s + 0.05]
        return "".join(kept).strip()


def decode(variant: str, cuts: list[Cut], stream: Stream, audio: np.ndarray,
           decoders: Decoders) -> list[tuple[int, str]]:
    """(sentence index, text) per piece of audio the variant decodes."""
    language, sentences = stream.language, stream.sentences
    pieces: list[tuple[int, str]] = []
    if variant == "oracle":
        for n, s in enumerate(sentences):
            start = int((s.start_s - SPEECH_PAD_S) * SAMPLE_RATE_HZ)
            end = int((s.end_s + END_PAD_S) * SAMPLE_RATE_HZ)
            pieces.append((n, decoders.live.transcribe(audio[start:end], language)[0]))
        return pieces
    for cut in cuts:
        n = owner(cut, sentences)
        recognizer = decoders.recognizer(variant)
        if recognizer is not None:
            text = recognizer.transcribe(cut.audio, language)[0]
        elif variant.startswith("pad:"):
            before, after = (float(x) for x in variant[4:].split(","))
            start = max(0, cut.start + int((SPEECH_PAD_S - before) * SAMPLE_RATE_HZ))
            end = cut.end + int((after - END_PAD_S) * SAMPLE_RATE_HZ)
            text = decoders.live.transcribe(audio[start:end], language)[0]
        elif variant == "ordinary":
            segments, _ = decoders.model.transcribe(cut.audio, language=language, beam_size=5)
            text = " ".join(s.text for s in segments)
        elif variant.startswith("lead:"):
            text = lead_decode(decoders.live, cuts, cut, language, float(variant[5:]),
                               pieces)
        elif variant.startswith("prev:"):
            lead = float(variant[5:])
            start = max(0, cut.start - int(lead * SAMPLE_RATE_HZ))
            text = decoders.after(audio[start:cut.end], language,
                                  (cut.start - start) / SAMPLE_RATE_HZ)
        else:
            raise SystemExit(f"unknown variant {variant}")
        pieces.append((n, text))
    return pieces


def lead_decode(recognizer: WhisperRecognizer, cuts: list[Cut], cut: Cut, language: str,
                lead_s: float, before: list[tuple[int, str]]) -> str:
    """The cut decoded after the speaker's previous cuts (up to ``lead_s`` of their audio,
    whole cuts only) with their decoded text forced as the transcript's start."""
    import ctranslate2  # noqa: F401

    from interpretation.engines import whisper_asr as asr

    index = cuts.index(cut)
    lead: list[Cut] = []
    texts: list[str] = []
    for n in range(index - 1, -1, -1):
        if sum(len(c.audio) for c in lead) + len(cuts[n].audio) > lead_s * SAMPLE_RATE_HZ:
            break
        lead.insert(0, cuts[n])
        texts.insert(0, before[n][1])
    if not lead:
        return recognizer.transcribe(cut.audio, language)[0]
    gap = np.zeros(int(0.3 * SAMPLE_RATE_HZ), np.float32)
    audio = np.concatenate([p for c in lead for p in (c.audio, gap)] + [cut.audio])
    encoded, tokenizer = recognizer._encode(audio, language, asr.WINDOW_MARGIN_S)
    prefix = tokenizer.encode(" " + " ".join(t.strip() for t in texts if t.strip()))
    prompt = [tokenizer.sot, tokenizer.language, tokenizer.transcribe,
              tokenizer.no_timestamps, *prefix]
    max_length = min(asr.MAX_LENGTH_TOKENS, len(prompt) + 10 + int(
        asr.TOKENS_PER_S * len(cut.audio) / SAMPLE_RATE_HZ))
    result = recognizer._model.model.generate(
        encoded, [prompt], beam_size=asr.BEAM_SIZE, max_length=max_length + len(prefix),
        suppress_blank=True, suppress_tokens=[-1])[0]
    tokens = [t for t in result.sequences_ids[0] if t < tokenizer.eot]
    if tokens[:len(prefix)] == prefix:  # the forced prefix comes back in front
        tokens = tokens[len(prefix):]
    return tokenizer.decode(tokens).strip()


class Lane:
    """A speech lane kept busy: Kokoro speaking Spanish in a loop on a thread of its own,
    its priority lowered as ``mode`` says (see the module's docstring)."""

    TEXT = "Tengo dolor en el pecho desde hace tres días y me cuesta respirar por la noche."

    def __init__(self, mode: str) -> None:
        import threading

        from interpretation.engines.kokoro_voice import KokoroVoice

        self.voice = KokoroVoice(MODELS / "tts" / "kokoro-82m")
        self.mode = mode
        self.made_s = 0.0
        self._thread_id = 0
        self._stop = threading.Event()
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        self._started.wait()

    def _run(self) -> None:
        import threading

        from interpretation.speaking import lower_priority

        self._thread_id = threading.get_native_id()
        if self.mode == "idle":
            os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
        elif self.mode == "nice":
            lower_priority(5)  # settings.LANE_NICENESS
        else:
            raise SystemExit(f"unknown --beside {self.mode}")
        self._started.set()
        while not self._stop.is_set():
            audio, rate = self.voice.synthesize(self.TEXT, "es")
            self.made_s += len(audio) / rate

    def cpu_s(self) -> float:
        """The lane thread's CPU time so far (Linux: its clock through /proc)."""
        stat = Path(f"/proc/self/task/{self._thread_id}/stat").read_text()
        user, system = stat.rsplit(")", 1)[1].split()[11:13]
        return (int(user) + int(system)) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def timing(stream: Stream, turn: SmartTurn | None, decoders: Decoders, variants: list[str],
           repeats: int, beside: str = "") -> dict[str, Any]:
    """Wall and CPU ms per cut of each decode-only variant, interleaved (see the module's
    docstring)."""
    chosen = [v for v in variants if decoders.recognizer(v) is not None]
    cuts = endpoint(stream, turn)
    lane = Lane(beside) if beside else None
    wall: dict[str, list[float]] = {v: [] for v in chosen}
    cpu: dict[str, list[float]] = {v: [] for v in chosen}
    decoders.live.transcribe(cuts[0].audio, stream.language)  # warm
    for n, cut in enumerate(cuts):
        for r in range(repeats):
            turn_of = (n * repeats + r) % len(chosen)
            for variant in chosen[turn_of:] + chosen[:turn_of]:
                recognizer = decoders.recognizer(variant)
                assert recognizer is not None
                started, used = time.perf_counter(), time.process_time()
                lane_used = lane.cpu_s() if lane else 0.0
                recognizer.transcribe(cut.audio, stream.language)
                lane_used = (lane.cpu_s() if lane else 0.0) - lane_used
                cpu[variant].append((time.process_time() - used - lane_used) * 1000)
                wall[variant].append((time.perf_counter() - started) * 1000)
    if lane:
        lane.stop()
    return {"cuts": len(cuts), "beside": beside or "nothing",
            "speech_made_s": round(lane.made_s, 1) if lane else 0.0,
            "audio_s": round(sum(len(c.audio) for c in cuts) / SAMPLE_RATE_HZ, 1),
            "load_average_1min": round(os.getloadavg()[0], 2),
            "per_cut_ms": {v: {"wall_p50": round(statistics.median(wall[v]), 1),
                               "cpu_p50": round(statistics.median(cpu[v]), 1),
                               "wall_sum": round(sum(wall[v]) / repeats),
                               "cpu_sum": round(sum(cpu[v]) / repeats)} for v in chosen}}


def errors(reference: str, hypothesis: str, language: str) -> int:
    return edit_distance(words(reference, language), words(hypothesis, language))


def measure(stream: Stream, turn: SmartTurn | None, decoders: Decoders,
            variants: list[str], show: bool = False) -> dict[str, Any]:
    cuts = endpoint(stream, turn)
    matched = match(stream.sentences, [Span(i, c.start / SAMPLE_RATE_HZ,
                                            c.end / SAMPLE_RATE_HZ)
                                       for i, c in enumerate(cuts)])
    audio = as_sent(stream.audio)
    reference = " ".join(s.text for s in stream.sentences)
    language = stream.language
    result: dict[str, Any] = {"sentences": len(stream.sentences), "cuts": len(cuts),
                              "split": matched.split, "merged": matched.merged,
                              "lost": matched.lost, "wer": {}}
    whole = decoders.whole(stream)
    result["wer"]["whole"] = round(word_error_rate([(reference, " ".join(whole))], language), 3)
    per_sentence: dict[str, list[str]] = {}
    for variant in variants:
        pieces = decode(variant, cuts, stream, audio, decoders)
        result["wer"][variant] = round(word_error_rate(
            [(reference, " ".join(t for _, t in pieces))], language), 3)
        per_sentence[variant] = [" ".join(t for i, t in pieces if i == n)
                                 for n in range(len(stream.sentences))]
    rows = []
    for n, sentence in enumerate(stream.sentences):
        held = [i for i, c in enumerate(cuts) if owner(c, stream.sentences) == n]
        wrong = {"whole": errors(sentence.text, whole[n], language)} | {
            v: errors(sentence.text, per_sentence[v][n], language) for v in variants}
        row: dict[str, Any] = {
            "sentence": n, "words": len(words(sentence.text, language)),
            "cuts": [[round(cuts[i].start / SAMPLE_RATE_HZ - sentence.start_s, 2),
                      round(cuts[i].end / SAMPLE_RATE_HZ - sentence.end_s, 2)] for i in held],
            "errors": wrong}
        if show:
            row["texts"] = {"reference": sentence.text, "whole": whole[n]} | {
                v: per_sentence[v][n] for v in variants}
        rows.append(row)
    result["per_sentence"] = rows
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--languages", default="es,en")
    parser.add_argument("--variants", default=DEFAULT_VARIANTS,
                        help="semicolon-separated (pad:B,A holds a comma)")
    parser.add_argument("--timing", type=int, default=0, metavar="R",
                        help="time the decode-only variants, each cut R times, interleaved")
    parser.add_argument("--beside", default="", choices=["", "nice", "idle"],
                        help="with --timing: a busy speech lane beside, so lowered")
    parser.add_argument("--show", action="store_true",
                        help="print each sentence's texts too (synthetic fixtures only)")
    options = parser.parse_args()
    variants = [v for v in options.variants.replace("pad:", ";pad:").replace(
        ",", ";").split(";") if v]
    variants = _rejoin(variants)
    lines, _ = load_script()
    streams = compose(lines)
    turn = SmartTurn(TURN) if TURN.is_file() else None
    decoders = Decoders()
    if options.timing:
        print(json.dumps({stream.language: timing(stream, turn, decoders, variants,
                                                  options.timing, options.beside)
                          for stream in streams.values()
                          if stream.language in options.languages.split(",")}))
        return
    report = {stream.language: measure(stream, turn, decoders, variants, options.show)
              for stream in streams.values()
              if stream.language in options.languages.split(",")}
    if options.json:
        print(json.dumps(report))
        return
    for language, result in report.items():
        print(f"{language}: {result['sentences']} sentences, {result['cuts']} cuts, split "
              f"{result['split']}, merged {result['merged']}, lost {result['lost']}")
        print("  WER " + "  ".join(f"{k} {v}" for k, v in result["wer"].items()))
        for row in result["per_sentence"]:
            print(f"  #{row['sentence']:<2} words {row['words']:<3} cuts {row['cuts']}  "
                  "errors " + " ".join(f"{k} {v}" for k, v in row["errors"].items()))
            for name, text in row.get("texts", {}).items():
                print(f"      {name:<12} {text}")


def _rejoin(parts: list[str]) -> list[str]:
    """``pad:B`` and ``A`` split at the comma belong together again."""
    out: list[str] = []
    for part in parts:
        if out and out[-1].startswith("pad:") and "," not in out[-1]:
            out[-1] += "," + part
        else:
            out.append(part)
    return out


if __name__ == "__main__":
    main()
