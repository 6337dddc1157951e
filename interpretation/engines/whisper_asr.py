"""ASR with faster-whisper's Whisper weights on CTranslate2.

faster-whisper pads every call to a 30-second window, which costs ~0.5 s per
utterance on a CPU however short the speech. Our utterances always fit one
window (endpointing caps them at 15 s), so we run the encoder on the audio
present plus ``WINDOW_MARGIN_S`` of silence instead: CTranslate2 accepts inputs
shorter than 3000 frames. ``bench/cascade.py`` compares both on real speech; on
``../shared/speech`` the fitted window matched or beat the full one
(English WER 0.063 vs 0.070, Spanish 0.088 vs 0.088) at about half the time.
A margin under ~3 s cost accuracy.

The margin is 4 s and the beam 3 (they were 5 and 5): recognition is on the caption's
critical path whenever the draft is not made by the cut (two visits pausing together
take turns on the CPU). ``bench/stream_asr.py --timing 3`` (the live cuts, interleaved,
three runs at load 1.7-4.9): wall a stream -7% to -34% (median -18%), CPU -6% to -35%;
``bench/no_speech.py`` unchanged (speech lost 0/357, noise as words 12/121). WER as good
or better where the live path decodes: ``bench/asr_context.py`` with context, clips en 0.099 ->
0.091, es 0.150 -> 0.141, conversation en 0.051 and es 0.409 equal (without context
clips en 0.072 -> 0.080, es 0.137 -> 0.132, conversation equal); ``bench/stream_asr.py``
en 0.068 -> 0.059 (the whole file's 0.059), es 0.25 equal. A beam of 2 or a margin of
3 s each lost up to 0.02 on the English clips.

The margin is silent audio before the log-mel, as OpenAI's Whisper pads a window (and
as the model was trained), not zero-valued features after it, as faster-whisper pads:
a zero there is a hiss 30-40 dB over the window's floor. On ``bench/live.py``'s streams as
the live endpointer cuts them (``bench/stream_asr.py``), WER es 0.364 -> 0.25 and en
0.068 -> 0.059; on ``bench/asr_context.py``'s VAD cuts it was mixed (clips en 0.078 ->
0.080, es 0.137 -> 0.132; conversation en 0.051 -> 0.042, es 0.273 -> 0.318). With
silence after it Whisper once said a short question twice, which the compression ratio
cannot see in so few words: ``looping`` also catches a phrase said again, and the
utterance is decoded once more with the repetition penalty.

A live utterance is one sentence heard alone; Whisper understands it better knowing
what the speaker said just before (names, numbers, the topic), as it does decoding a
whole recording. ``context`` is that text: it goes into Whisper's previous-text prompt
(``<|startofprev|>``, as faster-whisper's ``initial_prompt``) and nowhere else, never
logged or kept here. Over silence or noise a prompted Whisper tends to say the prompt
again ("your blood pressure today" over 2 s of zeros): a transcript that is a piece of
the context word for word is decoded once more without it. ``bench/asr_context.py``
measures it.

An interim caption (words while they are spoken) needs speed more than the last word
right: the segment that replaces it is decoded properly. ``transcribe_fast`` decodes
greedily (one beam) behind a shorter margin (``INTERIM_MARGIN_S``), and never again.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from interpretation.engines.base import EngineError
from interpretation.frames import SAMPLE_RATE_HZ

if TYPE_CHECKING:
    from faster_whisper.tokenizer import Tokenizer

WINDOW_MARGIN_S = 4.0  # see the module's docstring for this and BEAM_SIZE
FULL_WINDOW_FRAMES = 3000
FRAMES_PER_S = 100
BEAM_SIZE = 3
INTERIM_MARGIN_S = 2.0  # behind an interim's audio: the encoder's work grows with the
# window; at 0.5-1 s greedy decoding repeated short clips ("we will check. We will check")
TOKENS_PER_S = 8  # fast speech is ~5 tokens/s: decoding past this is a runaway loop
MAX_LENGTH_TOKENS = 448  # Whisper's text context, prompt and answer together
CONTEXT_TOKENS_MAX = MAX_LENGTH_TOKENS // 2 - 1  # the previous-text share, as Whisper's
NO_SPEECH_MAX = 0.6
# A decode Whisper doubts is kept when it reads like speech of its length: this many words
# a second at least (people say 2-4; inventions over noise, 0.3-1.7 in bench/no_speech.py)
# and a mean log-probability a token no lower than this (Whisper's own bar is -1.0; the
# noisy sentence that was lost scored -1.07 to -1.16, doubted inventions -1.3 to -2.9).
WORDS_PER_S_MIN = 2.0
LOG_PROB_DOUBTED_MIN = -1.3
COMPRESSION_RATIO_MAX = 2.4
REPEAT_MIN_WORDS = 3  # "no, no" and "thank you, thank you" are said; longer echoes are not

# Whisper's known inventions on silence and noise (subtitle credits, channel outros).
# Matched against the whole, normalised utterance only; "thank you" stays: people say it.
_HALLUCINATIONS = {
    "thanks for watching", "thank you for watching", "please subscribe",
    "subtitles by the amara org community", "subscribe to my channel",
    "gracias por ver el video", "gracias por ver", "suscribete al canal",
    "subtitulos realizados por la comunidad de amara org", "amara org",
}


def _normalise(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def echoes(text: str, context: str) -> bool:
    """Is ``text`` (some of) the context said again, word for word?"""
    said = _normalise(text)
    return bool(said) and f" {said} " in f" {_normalise(context)} "


class Heard(NamedTuple):
    """One decode: its text, the model's probability that the audio held no speech, and
    the text's mean log-probability a token."""

    text: str
    no_speech: float
    log_prob: float


def nothing_heard(heard: Heard, duration_s: float) -> bool:
    """Silence, noise, or a known invention: no word at all (". ." on silence, which a
    context prompt makes likelier), a stock phrase Whisper invents, or a decode the model
    doubts (no-speech probability over 0.6) that does not read like speech of its length.

    Doubt alone used to be enough, but the endpointer sends only what Silero heard as
    speech, and on a noisy line the no-speech probability of a clear sentence crosses 0.6
    with the audio's last bits (0.47-0.73 seen on one recording, 10 words in 3 s): the
    sentence was lost. Whisper's inventions over noise and silence are a word or two for
    seconds of audio ("you", "¡Adiós!", "No, no.") or far less likely text. So a doubted
    decode is kept only with at least ``WORDS_PER_S_MIN`` words a second of audio and a
    mean log-probability of at least ``LOG_PROB_DOUBTED_MIN``: it keeps more than the old
    rule, never less. bench/no_speech.py counts both sides."""
    said = _normalise(heard.text)
    if not said or said in _HALLUCINATIONS:
        return True
    if heard.no_speech <= NO_SPEECH_MAX:
        return False
    reads_as_speech = len(said.split()) >= WORDS_PER_S_MIN * duration_s \
        and heard.log_prob >= LOG_PROB_DOUBTED_MIN
    return not reads_as_speech


def compression_ratio(text: str) -> float:
    data = text.encode()
    return len(data) / max(1, len(zlib.compress(data)))


def looping(text: str) -> bool:
    """Whisper's known failure of saying a phrase again: text that compresses too well,
    that ends with the same ``REPEAT_MIN_WORDS`` or more words twice in a row, or that
    starts over and says its first ``REPEAT_MIN_WORDS`` or more words again ("How long
    have you had the chest pain? How long have you had the chest": too short for the
    compression ratio to see)."""
    if compression_ratio(text) > COMPRESSION_RATIO_MAX:
        return True
    said = _normalise(text).split()
    n, least = len(said), REPEAT_MIN_WORDS
    return any(said[-2 * k:-k] == said[-k:] for k in range(least, n // 2 + 1)) \
        or any(said[k:] == said[:n - k] for k in range(least, n - least + 1))


class WhisperRecognizer:
    """One loaded Whisper model; thread-compatible for one caller at a time."""

    beam_size = BEAM_SIZE  # of the final decode (interims are greedy)
    margin_s = WINDOW_MARGIN_S  # silence after the audio in the fitted window

    def __init__(self, model_dir: Path, *, compute_type: str = "int8", threads: int = 2,
                 fitted_window: bool = True, silent_margin: bool = True,
                 beam_size: int = BEAM_SIZE, margin_s: float = WINDOW_MARGIN_S) -> None:
        from faster_whisper import WhisperModel

        if not (model_dir / "model.bin").is_file():
            raise EngineError(f"no Whisper model at {model_dir}: run `manage.py models install`")
        self._model = WhisperModel(str(model_dir), device="cpu", compute_type=compute_type,
                                   cpu_threads=threads)
        self.fitted_window = fitted_window
        self.silent_margin = silent_margin
        self.beam_size = beam_size
        self.margin_s = margin_s

    def transcribe(self, audio: np.ndarray, language: str | None, *,
                   context: str = "") -> tuple[str, float]:
        """Text heard in one utterance and the no-speech probability. ``context``: the
        speaker's previous utterances in this visit, oldest first (the last
        ``CONTEXT_TOKENS_MAX`` tokens are used)."""
        heard = self.hear(audio, language, context=context)
        duration_s = len(audio) / SAMPLE_RATE_HZ
        return ("", heard.no_speech) if nothing_heard(heard, duration_s) \
            else (heard.text, heard.no_speech)

    def hear(self, audio: np.ndarray, language: str | None, *, context: str = "") -> Heard:
        """``transcribe``'s decode and what the model thought of it, before deciding
        whether anything was said (``nothing_heard``; bench/no_speech.py scores rules)."""
        if len(audio) < SAMPLE_RATE_HZ // 10:
            return Heard("", 1.0, 0.0)
        encoded, tokenizer = self._encode(audio, language, self.margin_s)
        prompt = [tokenizer.sot, tokenizer.language, tokenizer.transcribe,
                  tokenizer.no_timestamps]
        plain = prompt
        if context.strip():
            previous = tokenizer.encode(" " + context.strip())[-CONTEXT_TOKENS_MAX:]
            prompt = [tokenizer.sot_prev, *previous, *prompt]
        max_length = min(MAX_LENGTH_TOKENS,
                         len(prompt) + 10 + int(TOKENS_PER_S * len(audio) / SAMPLE_RATE_HZ))
        heard = self._decode(encoded, prompt, tokenizer, max_length, penalty=1.0)
        if prompt is not plain and echoes(heard.text, context):
            # Over silence or noise Whisper may say its prompt again: heard without it.
            prompt = plain
            heard = self._decode(encoded, prompt, tokenizer, max_length, penalty=1.0)
        if looping(heard.text):  # once more, penalised
            heard = self._decode(encoded, prompt, tokenizer, max_length, penalty=1.3)
            if looping(heard.text):
                return heard._replace(text="")
        return heard

    def transcribe_fast(self, audio: np.ndarray, language: str | None, *,
                        give_up: Callable[[], bool] = lambda: False) -> tuple[str, float]:
        """``transcribe`` for an interim caption: one greedy decode behind
        ``INTERIM_MARGIN_S``, no context, no second try; "" when it heard nothing sure, or
        when ``give_up()`` says so once the audio is encoded (other work wants the CPU)."""
        if len(audio) < SAMPLE_RATE_HZ // 10:
            return "", 1.0
        encoded, tokenizer = self._encode(audio, language, INTERIM_MARGIN_S)
        if give_up():
            return "", 1.0
        prompt = [tokenizer.sot, tokenizer.language, tokenizer.transcribe,
                  tokenizer.no_timestamps]
        max_length = len(prompt) + 10 + int(TOKENS_PER_S * len(audio) / SAMPLE_RATE_HZ)
        heard = self._decode(encoded, prompt, tokenizer, max_length, penalty=1.0, beam_size=1)
        if looping(heard.text) or nothing_heard(heard, len(audio) / SAMPLE_RATE_HZ):
            return "", heard.no_speech
        return heard.text, heard.no_speech

    def _encode(self, audio: np.ndarray, language: str | None,
                margin_s: float) -> tuple[object, Tokenizer]:
        """The encoder's output over the audio plus ``margin_s`` of silence (the fitted
        window), and the tokenizer of its language (detected when not given)."""
        import ctranslate2
        from faster_whisper.tokenizer import Tokenizer

        model = self._model
        frames = FULL_WINDOW_FRAMES
        if self.fitted_window:
            duration_s = len(audio) / SAMPLE_RATE_HZ
            frames = min(FULL_WINDOW_FRAMES, math.ceil(duration_s + margin_s) * FRAMES_PER_S)
        if self.silent_margin:  # the window's rest is silent audio, as Whisper was trained
            hop = model.feature_extractor.hop_length
            audio = np.pad(audio, (0, max(0, frames * hop - len(audio))))
        features = _pad_or_trim(model.feature_extractor(audio)[:, :-1], frames)
        encoded = model.model.encode(ctranslate2.StorageView.from_array(features[None]))
        if language is None:  # fallback only: the participant's language is normally pinned
            language = model.model.detect_language(encoded)[0][0][0][2:-2]
        return encoded, Tokenizer(model.hf_tokenizer, True, task="transcribe",
                                  language=language)

    def _decode(self, encoded: object, prompt: list[int], tokenizer: object, max_length: int,
                penalty: float, beam_size: int | None = None) -> Heard:
        result = self._model.model.generate(
            encoded, [prompt], beam_size=beam_size or self.beam_size, max_length=max_length,
            return_no_speech_prob=True, return_scores=True, suppress_blank=True,
            suppress_tokens=[-1], repetition_penalty=penalty,
            no_repeat_ngram_size=3 if penalty > 1 else 0,
        )[0]
        eot = tokenizer.eot  # type: ignore[attr-defined]
        ids = result.sequences_ids[0]
        # CTranslate2 scores a sequence by its log-probability over its length (length
        # penalty 1); faster-whisper's mean counts the end token too: the same here.
        log_prob = float(result.scores[0]) * len(ids) / (len(ids) + 1)
        text = tokenizer.decode([t for t in ids if t < eot]).strip()  # type: ignore[attr-defined]
        return Heard(text, float(result.no_speech_prob), log_prob)


def _pad_or_trim(features: np.ndarray, frames: int) -> np.ndarray:
    if features.shape[-1] >= frames:
        return np.ascontiguousarray(features[:, :frames], dtype=np.float32)
    padded = np.pad(features, ((0, 0), (0, frames - features.shape[-1])))
    return np.ascontiguousarray(padded, dtype=np.float32)
