"""When is a decode "nothing heard"? Score the rule on speech under noise and on noise alone.

    python bench/no_speech.py [--json] [--rules old,whisper,current]

The live endpointer sends Whisper only what Silero heard as speech, but a cough, a door or
line noise still gets through, and over it Whisper invents a word or two. Its no-speech
probability alone misjudges noisy speech too: a clear sentence on a noisy line scored 0.69,
above the 0.6 bar, and was dropped without a trace. This decodes, as the live path does
(``WhisperRecognizer.hear``), two sets, and counts for each rule:

- speech: every recording in ``fixtures/speech`` and ``../shared/speech`` (its first 28 s),
  clean and with white or brown noise mixed in at 20, 10 and 5 dB SNR: the share of
  clips whose words the rule throws away (**lost**). Every third recording is held out:
  its figures are printed apart, and no rule was chosen on them.
- noise: white, pink and brown noise, mains hum, clicks and breath-like bursts at three
  levels and three lengths, and recordings played backwards (speech-like, no words), each
  streamed through the live endpointer (Silero VAD, the turn rules) as a participant's
  stream is, and every cut it makes decoded: the share of sounds the rule lets through
  as words (**invented**). Most noise never reaches Whisper: Silero hears no speech.

Rules: ``old`` (no-speech probability over 0.6), ``whisper`` (Whisper's: that, and a mean
log-probability under -1.0), ``current`` (``whisper_asr.nothing_heard``: a doubted decode
is kept only with 2 words a second of audio or more and a mean log-probability of -1.3 or
more).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from interpretation.audio import load_audio  # noqa: E402  (after the path is set)
from interpretation.engines.whisper_asr import (  # noqa: E402
    NO_SPEECH_MAX,
    Heard,
    WhisperRecognizer,
    _normalise,
    nothing_heard,
)

RATE_HZ = 16_000
MAX_CLIP_S = 28.0
SNRS_DB = (20, 10, 5)
NOISE_LEVELS_DBFS = (-50, -35, -25)
NOISE_LENGTHS_S = (1.0, 2.0, 4.0)
HELD_OUT_EVERY = 3
SEED = 2026
WHISPER_LOG_PROB_MIN = -1.0  # faster-whisper's log_prob_threshold
CHUNK = 320  # samples: the 20 ms frames a page sends

Rule = Callable[[Heard, float], bool]


def _old(heard: Heard, duration_s: float) -> bool:
    return not _normalise(heard.text) or heard.no_speech > NO_SPEECH_MAX


def _whisper(heard: Heard, duration_s: float) -> bool:
    return not _normalise(heard.text) or (heard.no_speech > NO_SPEECH_MAX
                                          and heard.log_prob < WHISPER_LOG_PROB_MIN)


RULES: dict[str, Rule] = {"old": _old, "whisper": _whisper, "current": nothing_heard}


def recordings() -> list[tuple[str, str, np.ndarray]]:
    """(name, language, audio) of every usable speech recording, in a fixed order."""
    paths = sorted((ROOT / "fixtures" / "speech").glob("*.wav"))
    shared = ROOT.parent / "shared" / "speech"
    paths += sorted(shared.glob("*/*.wav"))
    found = []
    for path in paths:
        if path.stem in ("silence", "corrupt"):
            continue
        name = path.name
        language = "es" if path.parent.name == "es" or "es-" in name or "_es" in name else "en"
        try:
            audio = load_audio(path)
        except Exception:  # a fixture that is meant to be unreadable  # noqa: S112
            continue
        found.append((name, language, audio[: int(MAX_CLIP_S * RATE_HZ)]))
    return found


def _scaled(noise: np.ndarray, rms: float) -> np.ndarray:
    return (noise / max(1e-9, float(np.sqrt(np.mean(noise ** 2)))) * rms).astype(np.float32)


def _colour(kind: str, samples: int, rng: np.random.Generator) -> np.ndarray:
    white = rng.standard_normal(samples)
    if kind == "white":
        return white
    if kind == "brown":
        brown = np.cumsum(white)
        return brown - np.convolve(brown, np.ones(400) / 400, mode="same")  # no drift
    spectrum = np.fft.rfft(white)  # pink: 1/f power
    spectrum /= np.sqrt(np.maximum(1, np.arange(len(spectrum))))
    return np.fft.irfft(spectrum, samples)


def noisy(audio: np.ndarray, kind: str, snr_db: float, rng: np.random.Generator) -> np.ndarray:
    speech_rms = float(np.sqrt(np.mean(audio ** 2)))
    noise = _scaled(_colour(kind, len(audio), rng), speech_rms / 10 ** (snr_db / 20))
    return np.clip(audio + noise, -1, 1).astype(np.float32)


def noises(rng: np.random.Generator, speech: list[tuple[str, str, np.ndarray]]
           ) -> list[tuple[str, str, np.ndarray]]:
    """(name, language, audio) of sounds with no words in them."""
    made = []
    for seconds in NOISE_LENGTHS_S:
        n = int(seconds * RATE_HZ)
        t = np.arange(n) / RATE_HZ
        for level in NOISE_LEVELS_DBFS:
            rms = 10 ** (level / 20)
            sounds = {kind: _colour(kind, n, rng) for kind in ("white", "pink", "brown")}
            harmonics = [np.sin(2 * np.pi * 50 * k * t) / k for k in (1, 2, 3, 4)]
            sounds["hum"] = np.sum(harmonics, axis=0)
            clicks = np.zeros(n)
            clicks[rng.integers(0, n, size=int(seconds * 6))] = 1.0
            sounds["clicks"] = np.convolve(clicks, np.hanning(64), mode="same")
            envelope = np.clip(np.sin(np.pi * t / seconds * 2), 0, None)  # two breaths
            sounds["breath"] = _colour("pink", n, rng) * envelope
            for kind, sound in sounds.items():
                for language in ("en", "es"):
                    made.append((f"{kind}-{level}dB-{seconds:g}s", language, _scaled(sound, rms)))
    for name, language, audio in speech[::4]:  # speech-like, no words: played backwards
        made.append((f"reversed-{name}", language, np.ascontiguousarray(audio[::-1][:4 * RATE_HZ])))
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--rules", default=",".join(RULES))
    options = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "telehealth.settings")
    from interpretation.builder import models_dir  # reads settings: after the environment

    rules = {name: RULES[name] for name in options.rules.split(",")}
    recognizer = WhisperRecognizer(models_dir() / "asr" / "whisper-base")
    rng = np.random.default_rng(SEED)
    speech = recordings()
    counts: dict[str, dict[str, list[int]]] = {}  # set -> rule -> [hit, total]

    def score(set_name: str, audio: np.ndarray, language: str, wanted_words: bool) -> None:
        heard = recognizer.hear(audio, language)
        duration_s = len(audio) / RATE_HZ
        for rule_name, rule in rules.items():
            dropped = rule(heard, duration_s)
            tally = counts.setdefault(set_name, {}).setdefault(rule_name, [0, 0])
            tally[0] += int(dropped if wanted_words else not dropped)
            tally[1] += 1

    for index, (_name, language, audio) in enumerate(speech):
        part = "held-out" if index % HELD_OUT_EVERY == HELD_OUT_EVERY - 1 else "dev"
        score(f"speech {part}, clean", audio, language, True)
        for kind in ("white", "brown"):
            for snr in SNRS_DB:
                score(f"speech {part}, {snr} dB SNR", noisy(audio, kind, snr, rng), language,
                      True)
    from interpretation.streaming import StreamingEndpointer

    for _name, language, audio in noises(rng, speech):
        endpointer = StreamingEndpointer(language)
        stream = np.concatenate([np.zeros(RATE_HZ // 2, np.float32), audio,
                                 np.zeros(RATE_HZ, np.float32)])
        cuts = []
        for start in range(0, len(stream), CHUNK):
            cuts += endpointer.feed(stream[start:start + CHUNK])
        cuts += endpointer.flush()
        heard = [(recognizer.hear(cut.audio, language), len(cut.audio) / RATE_HZ)
                 for cut in cuts]
        for rule_name, rule in rules.items():
            invented = any(not rule(one, seconds) for one, seconds in heard)
            tally = counts.setdefault("noise (invented)", {}).setdefault(rule_name, [0, 0])
            tally[0] += int(invented)
            tally[1] += 1
        reached = counts.setdefault("noise reaching Whisper", {})
        for rule_name in rules:
            tally = reached.setdefault(rule_name, [0, 0])
            tally[0] += int(bool(cuts))
            tally[1] += 1

    report = {set_name: {rule: {"share": round(hit / total, 3), "count": f"{hit}/{total}"}
                         for rule, (hit, total) in per_rule.items()}
              for set_name, per_rule in counts.items()}
    if options.json:
        print(json.dumps(report, indent=2))
        return
    print("speech sets: share of clips whose words were thrown away (lost); "
          "noise: share let through as words (invented)")
    print(f"{'set':32}" + "".join(f"{rule:>16}" for rule in rules))
    for set_name, per_rule in report.items():
        print(f"{set_name:32}" + "".join(f"{per_rule[r]['count']:>9} {per_rule[r]['share']:.2f}"
                                         .rjust(16) for r in rules))


if __name__ == "__main__":
    main()
