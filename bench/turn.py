"""When is a sentence over? The live endpointer's cut delay and its mistakes, per rule.

    python bench/turn.py [--json] [--rules old,silence,smart-turn] [--cost N]
                         [--finished P]

Sentences stream through the endpointer in 20 ms chunks at real-time chunking (audio
time is counted, nothing sleeps), one language per stream, with ``PAUSE_S``
(``--pause``) of quiet between sentences: every clip of ``../shared/speech`` (real
human speech; the mfa clips hesitate mid-sentence), ``fixtures/speech``'s synthetic
sentences, and espeak-ng sentences spoken with a pause in the middle of a clause
(``MID_CLAUSE``). Each clip is one sentence, levelled to a peak of ``PEAK_DBFS``,
trimmed to its acoustic span.

For each sentence, from its acoustic end (its last 20 ms frame above ``LOUD_DBFS``):
the cut delay, audio time until the chunk whose feed returned the utterance holding that
end plus the measured compute of that feed call; and whether it was split (two or more
utterances), merged (one utterance over two sentences) or lost (none). Rules:
``old`` (the endpointer before issue 14: Silero over everything buffered every 100 ms,
0.5 s gap), ``silence`` (the stateful endpointer without the turn model),
``smart-turn`` (as shipped: the model is not asked while it is slower than
``TURN_LATENCY_BUDGET_S``) and ``smart-turn-always`` (asked at every pause, whatever it
costs). Every third clip is held out: tune on ``dev``, read ``held-out``.
``--model-cost S1,S2`` also gives each rule's delay p50 were the model's call to take S s
(as on a loaded CPU, where the live server measured 200-410 ms) instead of this run's:
the same verdicts, the feed that asked waiting S for it; against ``silence`` it shows
the call time past which asking no longer pays.

``--cost N`` times N calls of the turn model instead, split into its feature extraction
(``log_mel``) and the ONNX model, p50 and p95 each, with the load average: on a busy
2-core machine the model's whole budget (``TURN_LATENCY_BUDGET_S``) can go.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from interpretation.audio import load_audio  # noqa: E402
from interpretation.clauses import ends_open  # noqa: E402
from interpretation.endpointing import MAX_UTTERANCE_S, SPEECH_PAD_S, speech_spans  # noqa: E402
from interpretation.engines.smart_turn import MODEL_FILE, SmartTurn  # noqa: E402
from interpretation.frames import SAMPLE_RATE_HZ, Utterance  # noqa: E402
from interpretation.streaming import StreamingEndpointer  # noqa: E402

SHARED = ROOT.parent / "shared" / "speech"
FIXTURES = ROOT / "fixtures" / "speech"
MODELS = Path(os.environ.get("MODELS_DIR", ROOT / "models"))
MODEL = MODELS / "turn" / "smart-turn-v3.2" / MODEL_FILE
CHUNK_S = 0.02
PAUSE_S = 1.9  # between sentences, as the measurement
TAIL_S = 1.5  # of quiet after the last sentence, beyond its pause: the stream goes on
# +text rules: from a draft's decode done to its verdict reaching the endpointer (the
# worker's reply over Redis to the connection).
HINT_TRANSPORT_S = 0.02
PEAK_DBFS = -3.0
LOUD_DBFS = -40.0  # a 20 ms frame above this is sound, as the issue measures the end
FLOOR_MARGIN_DB = 12.0
MIN_RUN_FRAMES = 3
EDGE_S = 0.15  # of the clip's own audio kept either side of its acoustic span
NOISE_DBFS = -65.0  # the room between sentences: white noise, not digital zeros
HOLD_OUT_EVERY = 3
# Pauses inside a clause, as people hesitate (espeak-ng SSML breaks).
MID_CLAUSE = [
    ("en", 'I have had chest pain <break time="700ms"/> for about three days.'),
    ("en", 'The pain gets worse when I <break time="600ms"/> climb the stairs.'),
    ("en", 'My blood pressure was one hundred and forty <break time="800ms"/> over ninety.'),
    ("en", 'I take metformin <break time="500ms"/> twice a day with food.'),
    ("en", 'She has been allergic to <break time="900ms"/> penicillin since childhood.'),
    ("en", 'We will check your <break time="600ms"/> blood pressure again in two weeks.'),
    ("es", 'Me duele la cabeza <break time="700ms"/> desde hace dos semanas.'),
    ("es", 'Tomo la pastilla <break time="600ms"/> dos veces al día con comida.'),
    ("es", 'Tengo alergia a la <break time="800ms"/> penicilina desde niño.'),
]
_CHUNK = int(CHUNK_S * SAMPLE_RATE_HZ)
_FRAME = int(0.02 * SAMPLE_RATE_HZ)


@dataclass
class Sentence:
    name: str
    language: str
    audio: np.ndarray
    start: int = 0  # acoustic span in the stream, samples
    end: int = 0


@dataclass
class Cut:
    utterance: Utterance
    at: int  # stream samples fed when it came back
    compute_s: float
    reason: str = ""  # the endpointer's rule that made it (``StreamingEndpointer.reasons``)
    model_s: float = 0.0  # of compute_s, the turn model's calls in that feed
    ready: int | None = None  # --drafts: stream samples when its text is made (see Drafts)


@dataclass
class Outcome:
    delays_s: list[float] = field(default_factory=list)
    ready_s: list[float] = field(default_factory=list)  # --drafts: until each text is made
    split: int = 0
    merged: int = 0
    lost: int = 0
    sentences: int = 0
    feed_ms: list[float] = field(default_factory=list)
    turn_checks: int = 0
    splits: list[dict[str, object]] = field(default_factory=list)  # --detail: each split
    # --model-cost: each sentence's delay were the turn model's call to take that long
    delays_at_cost_s: dict[float, list[float]] = field(default_factory=dict)


def loud_frames(audio: np.ndarray) -> np.ndarray:
    """20 ms frames of sound: above ``LOUD_DBFS`` and ``FLOOR_MARGIN_DB`` over the clip's
    noise floor (quiet, lossy FLEURS clips levelled up hiss near -40 dBFS), in runs of at
    least ``MIN_RUN_FRAMES`` (a click is not the end of a sentence)."""
    frames = audio[:len(audio) // _FRAME * _FRAME].reshape(-1, _FRAME)
    level = 20 * np.log10(np.sqrt(np.mean(frames.astype(np.float64) ** 2, axis=1)) + 1e-12)
    loud = level > max(LOUD_DBFS, float(np.percentile(level, 10)) + FLOOR_MARGIN_DB)
    runs = np.convolve(loud, np.ones(MIN_RUN_FRAMES), mode="valid") == MIN_RUN_FRAMES
    starts = np.nonzero(runs)[0]
    return np.unique(np.concatenate([starts + k for k in range(MIN_RUN_FRAMES)]))


def prepare(name: str, language: str, audio: np.ndarray) -> Sentence:
    audio = audio * (10 ** (PEAK_DBFS / 20) / max(1e-6, float(np.abs(audio).max())))
    loud = loud_frames(audio)
    edge = int(EDGE_S * SAMPLE_RATE_HZ)
    first, last = loud[0] * _FRAME, (loud[-1] + 1) * _FRAME
    return Sentence(name, language, audio[max(0, first - edge):last + edge].astype(np.float32))


def espeak(text: str, language: str) -> np.ndarray:
    voice = {"en": "en-us", "es": "es-419"}[language]
    wav = subprocess.run(["espeak-ng", "-m", "-v", voice, "-s", "155", "--stdout"],  # noqa: S603,S607
                         input=f"<speak>{text}</speak>".encode(), capture_output=True,
                         check=True).stdout
    import io
    import wave

    from interpretation.audio import resample

    with wave.open(io.BytesIO(wav)) as reader:
        rate = reader.getframerate()
        samples = np.frombuffer(reader.readframes(reader.getnframes()), "<i2") / 32768.0
    return resample(samples.astype(np.float32), rate)


def sentences() -> list[Sentence]:
    found = []
    for language in ("en", "es"):
        for path in sorted((SHARED / language).glob("*.wav")):
            found.append(prepare(path.name, language, load_audio(path)))
    for path in sorted(FIXTURES.glob("*.wav")):
        if path.stem.split("-")[0] in ("en", "es") and "two" not in path.stem \
                and "44k" not in path.stem:
            found.append(prepare(path.name, path.stem[:2], load_audio(path)))
    for n, (language, text) in enumerate(MID_CLAUSE):
        found.append(prepare(f"mid-clause-{language}-{n}", language, espeak(text, language)))
    return found


def stream(group: list[Sentence], seed: int, pause_s: float = PAUSE_S) -> np.ndarray:
    """The sentences one after another, ``pause_s`` of quiet around each acoustic span."""
    rng = np.random.default_rng(seed)
    gap = int(pause_s * SAMPLE_RATE_HZ) - 2 * int(EDGE_S * SAMPLE_RATE_HZ)

    def quiet(samples: int = gap) -> np.ndarray:
        return rng.standard_normal(samples).astype(np.float32) * 10 ** (NOISE_DBFS / 20)

    pieces, at = [quiet()], gap
    for sentence in group:
        loud = loud_frames(sentence.audio)
        sentence.start = at + loud[0] * _FRAME
        sentence.end = at + (loud[-1] + 1) * _FRAME
        pieces += [sentence.audio, quiet()]
        at += len(sentence.audio) + gap
    # a live stream goes on after its last sentence: room for the longest wait to end it
    return np.concatenate([*pieces, quiet(int(TAIL_S * SAMPLE_RATE_HZ))])


class Measured:
    """The model, its calls timed; ``always`` reports no latency, so that the endpointer
    asks it at every pause."""

    def __init__(self, model: SmartTurn, *, always: bool) -> None:
        self.model = model
        self.always = always
        self.latencies_s: list[float] = []
        self.probabilities: list[float] = []

    @property
    def recent_latency_s(self) -> float:
        return 0.0 if self.always else self.model.recent_latency_s

    def probability_finished(self, audio_16k: np.ndarray) -> float:
        probability = self.model.probability_finished(audio_16k)
        self.latencies_s.append(self.model.last_latency_s)
        self.probabilities.append(probability)
        return probability


class OldEndpointer:
    """The endpointer before issue 14, kept here to compare: Silero over all audio since
    the last cut every 100 ms, a 0.5 s gap after the padded span ends."""

    def __init__(self) -> None:
        self.buffer = np.zeros(0, np.float32)
        self.start = 0
        self.unchecked = 0
        self.count = 0
        self.turn_checks = 0

    def feed(self, samples: np.ndarray) -> list[Utterance]:
        self.buffer = np.concatenate([self.buffer, samples])
        self.unchecked += len(samples)
        if self.unchecked < 0.1 * SAMPLE_RATE_HZ:
            return []
        self.unchecked = 0
        spans = speech_spans(self.buffer)
        if not spans:
            keep = int(2 * SPEECH_PAD_S * SAMPLE_RATE_HZ)
            self._drop(max(0, len(self.buffer) - keep))
            return []
        gap = int(0.5 * SAMPLE_RATE_HZ)
        done = spans if len(self.buffer) - spans[-1][1] >= gap else spans[:-1]
        if not done and len(self.buffer) - spans[0][0] >= MAX_UTTERANCE_S * SAMPLE_RATE_HZ:
            done = [(spans[0][0], spans[0][0] + int(MAX_UTTERANCE_S * SAMPLE_RATE_HZ))]
        out = [Utterance(self.count + i, (self.start + s) / SAMPLE_RATE_HZ,
                         (self.start + e) / SAMPLE_RATE_HZ, "", self.buffer[s:e])
               for i, (s, e) in enumerate(done)]
        self.count += len(out)
        if done:
            self._drop(done[-1][1])
        return out

    def _drop(self, samples: int) -> None:
        self.buffer = self.buffer[samples:]
        self.start += samples


class Drafts:
    """``--drafts``: each draft decoded as a worker decodes it (the live Whisper decode),
    its text made once the decode's time (as measured here, or ``--asr-cost``) has passed
    in stream time; a cut of the same audio has its text then, another one a decode after
    it is cut. A caption goes out when its text is made, not when it is cut: that is the
    delay a listener feels (``ready``). The ``+text`` rules also hand each draft's verdict
    (``clauses.ends_open``) back to the endpointer, ``HINT_TRANSPORT_S`` later, as the
    worker's reply reaches the connection."""

    def __init__(self, asr_cost_s: float | None, verdicts: bool) -> None:
        from interpretation.engines.whisper_asr import WhisperRecognizer

        self.recognizer = WhisperRecognizer(MODELS / "asr" / "whisper-base",
                                            compute_type="int8", threads=2)
        self.asr_cost_s = asr_cost_s
        self.pending: list[tuple[int, float, bool]] = []  # (sample due, draft end_s, open)
        self.decodes_ms: list[float] = []
        self.open = 0
        self.verdicts = verdicts
        self.made: dict[int, int] = {}  # draft end (samples) -> when its text is made

    def decode(self, utterance: Utterance) -> tuple[str, int]:
        """Its text, and the decode's time in stream samples."""
        started = time.perf_counter()
        text = self.recognizer.transcribe(utterance.audio, utterance.language)[0]
        spent = time.perf_counter() - started
        self.decodes_ms.append(spent * 1000)
        return text, int((spent if self.asr_cost_s is None else self.asr_cost_s)
                         * SAMPLE_RATE_HZ)

    def drafted(self, draft: Utterance, at: int) -> None:
        text, took = self.decode(draft)
        self.made[round(draft.end_s * SAMPLE_RATE_HZ)] = at + took
        open_clause = ends_open(text, draft.language)
        self.open += open_clause
        if self.verdicts:
            self.pending.append((at + took + int(HINT_TRANSPORT_S * SAMPLE_RATE_HZ),
                                 draft.end_s, open_clause))

    def ready(self, cut: Cut) -> int:
        cut_at = cut.at + int(cut.compute_s * SAMPLE_RATE_HZ)
        made = self.made.get(round(cut.utterance.end_s * SAMPLE_RATE_HZ))
        return max(cut_at, made) if made is not None else cut_at + self.decode(cut.utterance)[1]

    def deliver(self, endpointer: StreamingEndpointer, at: int) -> list[Utterance]:
        due = [p for p in self.pending if p[0] <= at]
        self.pending = [p for p in self.pending if p[0] > at]
        return [u for _, end_s, open_clause in due
                if (u := endpointer.words(end_s, open_clause)) is not None]


def run(endpointer: StreamingEndpointer | OldEndpointer, audio: np.ndarray,
        outcome: Outcome, measured: Measured | None = None, drafts: Drafts | None = None
        ) -> tuple[list[Cut], list[tuple[int, float]]]:
    """The cuts, and where the turn model was asked (stream samples) with its answer."""
    cuts, asks = [], []
    for at in range(0, len(audio), _CHUNK):
        if drafts is not None and isinstance(endpointer, StreamingEndpointer):
            cuts += [Cut(u, at, 0.0, endpointer.last_reason)
                     for u in drafts.deliver(endpointer, at)]
        asked = len(measured.probabilities) if measured else 0
        started = time.perf_counter()
        done = endpointer.feed(audio[at:at + _CHUNK])
        spent = time.perf_counter() - started
        outcome.feed_ms.append(spent * 1000)
        reason = getattr(endpointer, "last_reason", "")  # one cut a 20 ms chunk at most
        model_s = sum(measured.latencies_s[asked:]) if measured else 0.0
        cuts += [Cut(u, at + _CHUNK, spent, reason, model_s) for u in done]
        if drafts is not None and isinstance(endpointer, StreamingEndpointer) \
                and (draft := endpointer.take_draft()) is not None:
            if drafts.verdicts:
                endpointer.expect_words(draft.end_s)
            drafts.drafted(draft, at + _CHUNK)
        if measured:
            asks += [(at + _CHUNK, p) for p in measured.probabilities[asked:]]
    outcome.turn_checks += endpointer.turn_checks
    if drafts is not None:
        for cut in cuts:
            cut.ready = drafts.ready(cut)
    return cuts, asks


def score(group: list[Sentence], cuts: list[Cut], outcome: Outcome,
          asks: list[tuple[int, float]] | None = None,
          costs_s: tuple[float, ...] = ()) -> None:
    def overlaps(cut: Cut, s: Sentence) -> bool:
        start = int(cut.utterance.start_s * SAMPLE_RATE_HZ)
        return start < s.end and int(cut.utterance.end_s * SAMPLE_RATE_HZ) > s.start

    merged = {id(c) for c in cuts if sum(overlaps(c, s) for s in group) > 1}
    for sentence in group:
        mine = [c for c in cuts if overlaps(c, sentence)]
        outcome.sentences += 1
        if not mine:
            outcome.lost += 1
            continue
        outcome.split += len(mine) > 1
        if len(mine) > 1:
            outcome.splits.append({"sentence": sentence.name, "pieces": [
                (round(float(c.utterance.start_s - sentence.start / SAMPLE_RATE_HZ), 2),
                 round(float(c.utterance.end_s - sentence.start / SAMPLE_RATE_HZ), 2), c.reason)
                for c in mine], "asked": [
                (round(float(at - sentence.start) / SAMPLE_RATE_HZ, 2), round(p, 3))
                for at, p in asks or [] if sentence.start < at <= sentence.end + _CHUNK * 50]})
        if any(id(c) in merged for c in mine):
            outcome.merged += 1
            continue
        last = mine[-1]
        heard_s = (last.at - sentence.end) / SAMPLE_RATE_HZ
        outcome.delays_s.append(heard_s + last.compute_s)
        if last.ready is not None:
            outcome.ready_s.append((last.ready - sentence.end) / SAMPLE_RATE_HZ)
        for cost_s in costs_s:  # the feed that asked the model waited cost_s for it instead
            outcome.delays_at_cost_s.setdefault(cost_s, []).append(
                heard_s + last.compute_s - last.model_s + (cost_s if last.model_s else 0.0))


def turn_detector(rule: str, model: SmartTurn | None) -> Measured | None:
    if model is None or rule.startswith("silence"):
        return None
    return Measured(model, always=rule == "smart-turn-always")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else 0.0


def cost(detector: SmartTurn, calls: int) -> dict[str, object]:
    """The turn model's time per call on 8 s of real speech, by part."""
    from interpretation.engines.smart_turn import WINDOW_S, log_mel

    clip = load_audio(SHARED / "en" / "leopard-test.wav") if SHARED.is_dir() \
        else load_audio(FIXTURES / "en-pain.wav")
    window = np.pad(clip, (WINDOW_S * SAMPLE_RATE_HZ, 0))[-WINDOW_S * SAMPLE_RATE_HZ:]
    parts: dict[str, list[float]] = {"features_ms": [], "model_ms": [], "call_ms": []}
    detector.probability_finished(window)  # the first run allocates
    for _ in range(calls):
        started = time.perf_counter()
        features = log_mel(window)[None]
        parts["features_ms"].append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        detector._session.run(None, {"input_features": features})
        parts["model_ms"].append((time.perf_counter() - started) * 1000)
        detector.probability_finished(window)
        parts["call_ms"].append(detector.last_latency_s * 1000)
    result: dict[str, object] = {
        f"{name[:-3]}_{q}_ms": round(percentile(values, p), 1)
        for name, values in parts.items() for q, p in (("p50", 0.5), ("p95", 0.95))}
    result["calls"] = calls
    result["load_average_1min"] = round(os.getloadavg()[0], 2)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--rules", default="old,silence,smart-turn,smart-turn-always")
    parser.add_argument("--cost", type=int, default=0, help="time N turn-model calls, by part")
    parser.add_argument("--finished", type=float, default=0.0,
                        help="cut above this probability (TURN_FINISHED_PROBABILITY) instead")
    parser.add_argument("--model-cost", default="",
                        help="S1,S2,...: with smart-turn-always, each delay were the model's "
                             "call to take S s (a loaded CPU) instead of what it took here")
    parser.add_argument("--pause", type=float, default=PAUSE_S,
                        help="seconds of quiet between sentences (shorter: a pause held "
                             "open wrongly merges the next sentence)")
    parser.add_argument("--drafts", action="store_true",
                        help="decode each draft and cut as a worker does, and report when "
                             "each sentence's text is made (text_ready); needed by +text")
    parser.add_argument("--asr-cost", type=float, default=None,
                        help="--drafts: each decode taken to last S s (a busy worker) "
                             "instead of what it took here")
    parser.add_argument("--words-wait", type=float, default=None,
                        help="+text: a pause that is over waits this much silence for its "
                             "draft's words (WORDS_WAIT_CAP_S) instead; 0.6 is the rule "
                             "before it existed")
    parser.add_argument("--detail", action="store_true",
                        help="list each split sentence: its pieces, the rule that cut each "
                             "and the turn model's answers (seconds from its acoustic start)")
    options = parser.parse_args()
    if options.finished:
        import interpretation.streaming

        interpretation.streaming.TURN_FINISHED_PROBABILITY = options.finished
    if options.words_wait is not None:
        import interpretation.streaming

        interpretation.streaming.WORDS_WAIT_CAP_S = options.words_wait
    detector = SmartTurn(MODEL) if MODEL.is_file() else None
    if options.cost:
        if detector is None:
            parser.error(f"no model at {MODEL} (manage.py models install)")
        print(json.dumps(cost(detector, options.cost), indent=None if options.json else 2))
        return
    costs_s = tuple(float(c) for c in options.model_cost.split(",") if c)
    everything = sentences()
    parts = {"dev": [s for i, s in enumerate(everything) if i % HOLD_OUT_EVERY != 2],
             "held-out": [s for i, s in enumerate(everything) if i % HOLD_OUT_EVERY == 2]}
    results: dict[str, dict[str, object]] = {}
    details: dict[str, list[dict[str, object]]] = {}  # --detail: the splits, per rule
    for rule in options.rules.split(","):
        if rule.startswith("smart-turn") and detector is None:
            print(f"smart-turn: no model at {MODEL} (manage.py models install)")
            continue
        for part, chosen in parts.items():
            outcome = Outcome()
            measured = turn_detector(rule.removesuffix("+text"), detector)
            drafts = Drafts(options.asr_cost, rule.endswith("+text")) \
                if options.drafts and rule != "old" else None
            for seed, language in enumerate(("en", "es")):
                group = [s for s in chosen if s.language == language]
                audio = stream(group, seed, options.pause)
                endpointer = OldEndpointer() if rule == "old" else StreamingEndpointer(
                    language, measured)
                cuts, asks = run(endpointer, audio, outcome, measured, drafts)
                score(group, cuts, outcome, asks, costs_s)
            model_ms = [1000 * s for s in measured.latencies_s] if measured else []
            row: dict[str, object] = {
                "sentences": outcome.sentences,
                "delay_p50_s": round(percentile(outcome.delays_s, 0.5), 3),
                "delay_p95_s": round(percentile(outcome.delays_s, 0.95), 3),
                "split": outcome.split, "merged": outcome.merged, "lost": outcome.lost,
                "turn_checks": outcome.turn_checks,
                "turn_model_p50_ms": round(statistics.median(model_ms)) if model_ms else None,
                "feed_p50_ms": round(statistics.median(outcome.feed_ms), 2),
                "feed_max_ms": round(max(outcome.feed_ms), 1),
            }
            row |= ({"text_ready_p50_s": round(percentile(outcome.ready_s, 0.5), 3),
                  "text_ready_p95_s": round(percentile(outcome.ready_s, 0.95), 3),
                  "drafts_open": drafts.open, "decode_p50_ms":
                  round(statistics.median(drafts.decodes_ms))} if drafts else {})
            results[f"{rule} {part}"] = row | {
                f"delay_p50_s_model_{cost}s": round(percentile(delays, 0.5), 3)
                for cost, delays in outcome.delays_at_cost_s.items() if measured}
            details[f"{rule} {part}"] = outcome.splits
    if options.detail:
        for name, row in results.items():
            row["splits"] = details[name]
    if options.json:
        print(json.dumps(results, indent=2))
        return
    for name, row in results.items():
        print(f"{name:<20} " + "  ".join(f"{k} {v}" for k, v in row.items()
                                          if k != "splits"))
        for split in details[name] if options.detail else []:
            print(f"    split {split}")


if __name__ == "__main__":
    main()
