"""Endpointing for a live stream: utterances are cut as audio arrives.

Silero VAD runs once over each 32 ms frame as it arrives, its recurrent state kept
between calls (``StreamingVad``): the work per chunk is the chunk's, whatever has been
buffered since the last cut. A pause is asked about once: after ``TURN_PAUSE_S`` of
silence the smart-turn model (``engines/smart_turn.py``) says whether the sentence is
over; a finished one is cut at once, an unfinished one keeps listening until
``SILENCE_CAP_S`` of silence, the rule used alone when the model is not installed. As
in ``endpointing``, no utterance is longer than ``MAX_UTTERANCE_S``.

Start early, commit late: once a pause is ``DRAFT_PAUSE_S`` long the utterance's end is
fixed (its padded end no longer moves), so ``take_draft`` hands out the utterance as it
will be cut if nobody speaks again. Recognition can start on it while the turn model and
the silence rule decide; the cut that follows is the same audio (same index, start and
end), so a worker that already recognised the draft reuses what it made, and one that
did not simply works on the cut. Speech that resumes voids the draft: the cut will be a
longer utterance and the draft's work is dropped.

Words while they are spoken: while an utterance is under way (speech heard, no pause
begun), ``take_interim`` hands out the audio so far, first once ``INTERIM_FIRST_S`` of it
follows the speech's start, then at most once per ``INTERIM_EVERY_S`` of stream audio: a
clock of samples, not of the wall, so the cadence is the same on any machine. It carries
the index the cut will carry (``Utterance.index``), so the connection can give the interim
captions and the final segment one utterance id.
"""

from __future__ import annotations

import logging
import time
from functools import cache
from pathlib import Path
from typing import Literal, Protocol

import numpy as np

from interpretation.endpointing import MAX_UTTERANCE_S, MIN_SPEECH_S, SPEECH_PAD_S, VAD_THRESHOLD
from interpretation.frames import SAMPLE_RATE_HZ, Utterance

# The pause after which the turn model is asked. bench/turn.py measures the trade: at
# 0.2 s it cut read speech at its commas; at 0.3 s fewer, for 0.1 s more.
TURN_PAUSE_S = 0.3
# Cut when the turn model says "finished" with more than this probability.
TURN_FINISHED_PROBABILITY = 0.8
# Without the model, this much silence ends an utterance. Live speech ends one at a
# shorter pause than a recording (UTTERANCE_GAP_S): every 100 ms waited is latency.
SILENCE_CAP_S = 0.6
# When the model heard an unfinished sentence, the silence that ends it all the same.
UNFINISHED_CAP_S = 0.8
# A model slower than the silence it can save is not asked (the silence rule decides);
# it is still asked at one pause in TURN_REPROBE_EVERY, to notice the CPU got faster.
# Less than SILENCE_CAP_S - TURN_PAUSE_S (0.3 s): an "unfinished" verdict at a sentence's
# end waits for UNFINISHED_CAP_S, which eats into the saving. bench/turn.py --model-cost
# (the same verdicts, the call taking S s): delay p50 on dev 0.64 s at 0.2 s, 0.69 at
# 0.25, 0.72 at 0.28, 0.74 at 0.3, against the silence rule's 0.70 (and 10 splits of 32
# against its 7). The live server measured 200-410 ms a call on the shared 2-core machine.
TURN_LATENCY_BUDGET_S = 0.25
TURN_REPROBE_EVERY = 10
# Audio before the first word handed to the turn model (pipecat gives it 0.5 s).
TURN_PRE_SPEECH_S = 0.5
# Silence kept after the speech at a cut (SPEECH_PAD_S before it, as in endpointing).
# The draft goes out once the pause covers it, and its recognition is on the caption's
# critical path whenever the turn model hears a finished sentence: 0.1 s instead of
# 0.2 s, in two alternated pairs of bench/live.py --visits 2 (load 1.5-2.2), caption
# p50 -57/-70 ms and p95 -57/-230 ms, stream WER en 0.068 vs 0.076 (es equal), splits
# equal. More drafts are voided by speech that resumes (31 vs 15 of 103-121 offline).
END_PAD_S = 0.1
# The pause at which the draft goes out: its end is fixed once the pause covers the pad.
DRAFT_PAUSE_S = END_PAD_S
# A pause that is over (the turn model's "finished", or a silence cap) waits for its
# draft's words up to this much silence: the caption waits for them anyway. Not longer:
# on a busy CPU they come after the cap, and waiting for them kept breaths inside long
# read sentences whole (bench/turn.py --drafts --asr-cost 0.6 --words-wait 1.0: splits
# 7/6 -> 4/3 of 32/15) but live, with two visits' drafts queued for one worker, merged
# sentences 0.8-1.0 s apart within a turn (bench/live.py --visits 2 on its script,
# load 3.5-4.8: merged 0 at 0.6 s, 2 at 0.8 s, 7 at 1.0 s; split 2, 2, 3).
WORDS_WAIT_CAP_S = SILENCE_CAP_S
# When the draft's words end inside a clause (``clauses.ends_open``: "allergic to"), the
# silence that ends the utterance all the same, whatever the turn model heard.
# Not longer: a wrong "open" merges the next sentence when the speaker goes on within it
# (bench/turn.py --pause); the pauses inside a clause it is for are 0.5-0.9 s.
OPEN_CLAUSE_CAP_S = 1.2
# Interim captions: the first once this much audio follows the speech's start (a first
# word ends 0.0-0.36 s after it on bench/live.py's sentences, 0.1-0.2 s in most), then
# one per INTERIM_EVERY_S of stream audio at most. At 0.3 s instead of 0.4 s, first word
# to interim p50 fell by 60-90 ms in six alternated runs of bench/live.py --visits 2
# (p95 ~0.65 s either way; captions and splits unchanged).
INTERIM_FIRST_S = 0.3
INTERIM_EVERY_S = 0.5
VAD_FRAME = 512  # samples (32 ms): Silero's window at 16 kHz
VAD_CONTEXT = 64  # samples of the previous frame Silero sees with each frame
VAD_SILENCE_THRESHOLD = VAD_THRESHOLD - 0.15  # below it a frame is silence (Silero's rule)

logger = logging.getLogger(__name__)
_PAD = int(SPEECH_PAD_S * SAMPLE_RATE_HZ)
_END_PAD = int(END_PAD_S * SAMPLE_RATE_HZ)
_PRE_SPEECH = int(TURN_PRE_SPEECH_S * SAMPLE_RATE_HZ)
_MAX = int(MAX_UTTERANCE_S * SAMPLE_RATE_HZ)
_MIN_SPEECH = int(MIN_SPEECH_S * SAMPLE_RATE_HZ)
_INTERIM_FIRST = int(INTERIM_FIRST_S * SAMPLE_RATE_HZ)
_INTERIM_EVERY = int(INTERIM_EVERY_S * SAMPLE_RATE_HZ)


class TurnDetector(Protocol):
    @property
    def recent_latency_s(self) -> float: ...

    def probability_finished(self, audio_16k: np.ndarray) -> float: ...


@cache
def installed_turn_detector() -> TurnDetector | None:
    """The smart-turn model under MODELS_DIR, loaded once per process; None when it is not
    installed (endpointing then waits ``SILENCE_CAP_S`` at every pause)."""
    from django.conf import settings

    from interpretation.engines.smart_turn import MODEL_FILE, SmartTurn
    from interpretation.weights import by_name

    path = Path(settings.MODELS_DIR) / by_name("smart-turn").folder / MODEL_FILE
    return SmartTurn(path) if path.is_file() else None


class StreamingVad:
    """Silero VAD (faster-whisper's ONNX export) over a stream: each call runs the model
    on the complete frames fed since the last one, carrying its LSTM state and the
    previous frame's tail, so the probabilities equal one pass over the whole stream."""

    def __init__(self) -> None:
        from faster_whisper.vad import get_vad_model

        self._session = get_vad_model().session
        self._h = np.zeros((1, 1, 128), dtype=np.float32)
        self._c = np.zeros((1, 1, 128), dtype=np.float32)
        self._context = np.zeros(VAD_CONTEXT, dtype=np.float32)
        self._pending = np.zeros(0, dtype=np.float32)

    def feed(self, samples: np.ndarray) -> np.ndarray:
        """Speech probabilities of the frames completed by ``samples``, in order."""
        audio = np.concatenate([self._pending, samples.astype(np.float32)])
        count = len(audio) // VAD_FRAME
        self._pending = audio[count * VAD_FRAME:]
        if count == 0:
            return np.zeros(0, dtype=np.float32)
        frames = audio[:count * VAD_FRAME].reshape(count, VAD_FRAME)
        contexts = np.concatenate([self._context[None], frames[:-1, -VAD_CONTEXT:]])
        self._context = frames[-1, -VAD_CONTEXT:].copy()
        out, self._h, self._c = self._session.run(
            None, {"input": np.concatenate([contexts, frames], axis=1), "h": self._h,
                   "c": self._c})
        return np.asarray(out, dtype=np.float32).reshape(-1)[:count]


class StreamingEndpointer:
    """Cuts one speaker's stream into utterances. ``feed`` and ``flush`` return the
    utterances they completed; ``speaking`` says whether one is under way, not yet cut.

    ``turn_detector``: the end-of-turn model, by default the installed one; None uses
    the silence rule alone."""

    def __init__(self, language: str,
                 turn_detector: TurnDetector | Literal["installed"] | None = "installed"
                 ) -> None:
        self.language = language
        self._turn = installed_turn_detector() if turn_detector == "installed" \
            else turn_detector
        self._vad = StreamingVad()
        self._buffer = np.zeros(0, dtype=np.float32)
        self._buffer_start = 0  # stream position of _buffer[0], in samples
        self._heard = 0  # stream position up to which the VAD has judged, in samples
        self._count = 0
        self._speech_start: int | None = None  # first voiced frame of the utterance
        self._voiced = 0  # samples judged speech in the utterance
        self._silence_start: int | None = None  # first silent frame of the current pause
        self._consulted = False  # has this pause reached TURN_PAUSE_S?
        self._finished: bool | None = None  # the turn model's verdict on it, if asked
        self._turn_s: float | None = None  # how long the verdict took (wall), if asked
        self._pauses = 0  # pauses the turn model could have been asked about
        self.turn_checks = 0  # how often the turn model was asked (bench/turn.py)
        # The rule that made the latest cut: "finished" (the turn model), "finished-no-words"
        # (its draft's words never came, ``words``), "open-cap" (they ended inside a
        # clause), "unfinished-cap", "silence-cap", "max" or "flush"; bench/turn.py tells
        # the splits apart by it, bench/live.py counts them.
        self.last_reason = ""
        self.speaking = False  # is an utterance under way, not yet cut?
        self._draft: Utterance | None = None  # made at this pause, not yet taken
        # Stream position where this pause's draft ends; None: the pause has made none.
        self._draft_end: int | None = None
        # The verdict on the words of this pause's draft: none expected, awaited (a worker
        # has it), open (they end inside a clause) or closed.
        self._words: Literal["none", "awaited", "open", "closed"] = "none"
        self._interim_at: int | None = None  # stream position of the last interim taken

    def feed(self, samples: np.ndarray) -> list[Utterance]:
        self._buffer = np.concatenate([self._buffer, samples.astype(np.float32)])
        utterances = []
        for probability in self._vad.feed(samples):
            self._heard += VAD_FRAME
            utterance = self._judge(float(probability))
            if utterance is not None:
                utterances.append(utterance)
        if self._speech_start is None:  # silence: keep the turn model's pre-roll, no more
            self._drop(max(0, self._heard - _PRE_SPEECH - self._buffer_start))
        self.speaking = self._speech_start is not None and self._voiced >= _MIN_SPEECH
        return utterances

    def take_draft(self) -> Utterance | None:
        """The utterance under way as it will be cut if the pause goes on (once per
        pause, None when there is none new); see the module's docstring."""
        draft, self._draft = self._draft, None
        return draft if draft is not None and draft.index == self._count else None

    def expect_words(self, draft_end_s: float) -> None:
        """The draft ending at ``draft_end_s`` went to a worker, whose verdict on its words
        (``words``) will come: a pause that is over waits for it, up to
        ``WORDS_WAIT_CAP_S`` of silence (the caption waits for those words anyway)."""
        if self._pause_end(draft_end_s) is not None:
            self._words = "awaited"

    def words(self, draft_end_s: float, open_clause: bool) -> Utterance | None:
        """A worker's verdict on the words of the draft ending at ``draft_end_s``
        (``clauses.ends_open``). Inside a clause: the pause ends only at
        ``OPEN_CLAUSE_CAP_S`` of silence, whatever the turn model heard. Not: a pause that
        is over (judged finished, or past its silence cap) is cut now (the utterance is
        returned). Ignored (None) when that pause is over: cut, or speech resumed."""
        end = self._pause_end(draft_end_s)
        if end is None:
            return None
        self._words = "open" if open_clause else "closed"
        assert self._silence_start is not None  # a pause is under way
        if open_clause or not self._due(self._heard - self._silence_start):
            return None
        self.speaking = False
        return self._cut(end, self._rule())

    def _pause_end(self, draft_end_s: float) -> int | None:
        """Where the draft of the pause under way ends (stream samples), if that is
        ``draft_end_s``; None for any other pause (cut, or speech resumed)."""
        end = self._draft_end
        return end if end is not None and round(draft_end_s * SAMPLE_RATE_HZ) == end else None

    def take_interim(self) -> Utterance | None:
        """The utterance under way so far, when an interim caption of it is due (see the
        module's docstring); None otherwise. Taking it starts the next interval."""
        if not self.speaking or self._silence_start is not None or self._speech_start is None:
            return None
        due = self._speech_start + _INTERIM_FIRST if self._interim_at is None \
            else self._interim_at + _INTERIM_EVERY
        if self._heard < due:
            return None
        self._interim_at = self._heard
        return self._utterance(self._heard)

    def flush(self) -> list[Utterance]:
        """The speaker stopped: whatever speech is buffered is an utterance now."""
        done = []
        if self._speech_start is not None and self._voiced >= _MIN_SPEECH:
            end = self._buffer_start + len(self._buffer)
            if self._silence_start is not None:
                end = min(end, self._silence_start + _END_PAD)
            done.append(self._cut(end, "flush"))
        self._reset()
        self.speaking = False
        return done

    def _judge(self, probability: float) -> Utterance | None:
        """One more frame heard (ending at ``_heard``): an utterance if it ends one."""
        frame_start = self._heard - VAD_FRAME
        if probability >= VAD_THRESHOLD:
            if self._speech_start is None:
                self._speech_start = frame_start
            self._voiced += VAD_FRAME
            self._silence_start = None
            self._consulted, self._finished, self._turn_s = False, None, None
            self._draft = None  # speaking again: the draft is void
            self._draft_end, self._words = None, "none"
        elif probability < VAD_SILENCE_THRESHOLD and self._speech_start is not None \
                and self._silence_start is None:
            self._silence_start = frame_start
        if self._speech_start is None:
            return None
        if self._heard - self._speech_start >= _MAX:  # talking too long: cut here
            return self._cut(self._heard, "max")
        if self._silence_start is None:
            return None
        silence = self._heard - self._silence_start
        if self._voiced < _MIN_SPEECH:  # a click or a breath, not speech
            if silence >= TURN_PAUSE_S * SAMPLE_RATE_HZ:
                self._reset()
            return None
        end = min(self._heard, self._silence_start + _END_PAD)
        if self._draft_end is None and silence >= DRAFT_PAUSE_S * SAMPLE_RATE_HZ:
            self._draft_end = self._silence_start + _END_PAD
            self._draft = self._utterance(self._draft_end)
        if self._words == "open":
            return self._cut(end, "open-cap") \
                if silence >= OPEN_CLAUSE_CAP_S * SAMPLE_RATE_HZ else None
        if not self._consulted and silence >= TURN_PAUSE_S * SAMPLE_RATE_HZ:
            self._consulted = True
            self._finished = self._ask()
        if not self._due(silence):
            return None
        if self._words != "awaited":
            return self._cut(end, self._rule())
        if silence >= WORDS_WAIT_CAP_S * SAMPLE_RATE_HZ:
            return self._cut(end, self._rule() + "-no-words")  # they never came
        return None  # the caption waits for the draft's words anyway: so does the cut

    def _due(self, silence: int) -> bool:
        """Is this pause over, by the turn model's "finished" or by its silence cap?"""
        cap = UNFINISHED_CAP_S if self._finished is False else SILENCE_CAP_S
        return bool(self._finished) or silence >= cap * SAMPLE_RATE_HZ

    def _rule(self) -> str:
        """The rule that ended a pause that is due (``_due``), for ``last_reason``."""
        if self._finished:
            return "finished"
        return "unfinished-cap" if self._finished is False else "silence-cap"

    def _ask(self) -> bool | None:
        """The turn model's verdict on this pause (True: finished), or None when it is
        not asked: not installed, or slower than the silence it could save."""
        if self._turn is None:
            return None
        self._pauses += 1
        if self._turn.recent_latency_s > TURN_LATENCY_BUDGET_S \
                and self._pauses % TURN_REPROBE_EVERY:
            return None
        self.turn_checks += 1
        assert self._speech_start is not None
        heard = self._buffer[max(0, self._speech_start - _PRE_SPEECH - self._buffer_start):
                             self._heard - self._buffer_start]
        started = time.perf_counter()
        finished = self._turn.probability_finished(heard) > TURN_FINISHED_PROBABILITY
        self._turn_s = time.perf_counter() - started
        return finished

    def _utterance(self, end: int) -> Utterance:
        """The utterance under way, ending at stream sample ``end``."""
        assert self._speech_start is not None
        start = max(self._buffer_start, self._speech_start - _PAD)
        return Utterance(
            index=self._count, language=self.language,
            start_s=start / SAMPLE_RATE_HZ, end_s=end / SAMPLE_RATE_HZ,
            audio=self._buffer[start - self._buffer_start:end - self._buffer_start].copy())

    def _cut(self, end: int, reason: str) -> Utterance:
        """The utterance up to ``end``, logged with its rule, the silence heard and the
        turn model's time (no words: ``bench/live.py`` reads it)."""
        utterance = self._utterance(end)
        self.last_reason = reason
        silence = 0 if self._silence_start is None else self._heard - self._silence_start
        logger.info("cut %s (%s): %.0f ms of silence, turn model %s", self.language, reason,
                    silence * 1000 / SAMPLE_RATE_HZ,
                    "not asked" if self._turn_s is None else f"{self._turn_s * 1000:.0f} ms")
        self._count += 1
        self._drop(end - self._buffer_start)
        self._reset()
        return utterance

    def _reset(self) -> None:
        self._speech_start = None
        self._voiced = 0
        self._silence_start = None
        self._consulted, self._finished, self._turn_s = False, None, None
        self._interim_at = None
        # an untaken draft stays: its cut may come in the same feed
        self._draft_end, self._words = None, "none"

    def _drop(self, samples: int) -> None:
        self._buffer = self._buffer[samples:]
        self._buffer_start += samples
