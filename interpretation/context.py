"""What each speaker just said, for Whisper to hear the next sentence in context.

A live utterance is one sentence decoded alone; the same model decoding a whole
recording does better because each window is conditioned on the text before it
(names, numbers, the topic: issue 14). ``SpeakerContext`` keeps the last
``CONTEXT_UTTERANCES`` recognised texts of each (visit, speaker, language) so that the
worker can pass them as ``WhisperRecognizer.transcribe(..., context=...)``.

The text is what the speaker said, identifiers included, so it is held in this
process's memory only: never stored, logged, sent or shown in a repr, forgotten after
``CONTEXT_MAX_AGE_S`` without a new utterance (the conversation moved on, or the visit
ended), and bounded to ``CONTEXT_SPEAKERS_MAX`` speakers (the least recently heard go
first). A worker that restarts starts without it, which costs accuracy, never
correctness. Nothing here imports Django.

Not wired into the worker yet, on purpose: on the conversation of
``fixtures/speech/conversation.tsv`` (``bench/asr_context.py --kinds conversation``) the
prompt made things worse, WER 0.051 -> 0.068 (English, 11 sentences) and 0.295 -> 0.409
(Spanish, 6), mostly because Whisper copies the prompt's style ("2 weeks" once a prompt
holds digits), and it made each decode ~150 ms slower. Measure again before using it.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field

# Utterances remembered per speaker. bench/asr_context.py measures 3 on a conversation.
CONTEXT_UTTERANCES = 3
# Without a new utterance for this long, a speaker's context is forgotten.
CONTEXT_MAX_AGE_S = 300.0
CONTEXT_SPEAKERS_MAX = 512
# Whisper's prompt holds at most ~223 tokens; a few sentences are far below that, and a
# runaway transcript is cut here rather than carried on.
CONTEXT_CHARS_MAX = 600

Key = tuple[int, int, str]  # visit, speaker, language


@dataclass
class _Memory:
    texts: deque[str] = field(default_factory=lambda: deque(maxlen=CONTEXT_UTTERANCES))
    heard_at: float = 0.0


class SpeakerContext:
    """Recent utterances per speaker, in memory only; safe to share between threads."""

    def __init__(self, *, utterances: int = CONTEXT_UTTERANCES,
                 max_age_s: float = CONTEXT_MAX_AGE_S,
                 max_speakers: int = CONTEXT_SPEAKERS_MAX,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._utterances = utterances
        self._max_age_s = max_age_s
        self._max_speakers = max_speakers
        self._clock = clock
        self._lock = threading.Lock()
        self._memories: OrderedDict[Key, _Memory] = OrderedDict()

    def __repr__(self) -> str:  # counts only: the texts are what patients said
        return f"<SpeakerContext speakers={len(self._memories)}>"

    def __len__(self) -> int:
        return len(self._memories)

    def prompt(self, key: Key) -> str:
        """The speaker's recent utterances, oldest first, or "" when there are none."""
        with self._lock:
            self._expire()
            memory = self._memories.get(key)
            if memory is None:
                return ""
            joined = " ".join(memory.texts)
            if len(joined) > CONTEXT_CHARS_MAX:  # the newest words, from a word's start
                joined = joined[-CONTEXT_CHARS_MAX:].split(" ", 1)[-1]
            return joined

    def remember(self, key: Key, text: str) -> None:
        """``text`` was just recognised from this speaker (nothing heard: nothing kept)."""
        text = " ".join(text.split())
        if not text:
            return
        with self._lock:
            self._expire()
            memory = self._memories.pop(key, None) or _Memory(deque(maxlen=self._utterances))
            memory.texts.append(text)
            memory.heard_at = self._clock()
            self._memories[key] = memory  # most recently heard last
            while len(self._memories) > self._max_speakers:
                self._memories.popitem(last=False)

    def forget(self, visit_id: int, speaker_id: int | None = None) -> None:
        """Drop a speaker's context (consent withdrawn), or a whole visit's."""
        with self._lock:
            for key in [k for k in self._memories
                        if k[0] == visit_id and speaker_id in (None, k[1])]:
                del self._memories[key]

    def _expire(self) -> None:
        oldest = self._clock() - self._max_age_s
        while self._memories:
            key, memory = next(iter(self._memories.items()))
            if memory.heard_at >= oldest:
                return
            del self._memories[key]
