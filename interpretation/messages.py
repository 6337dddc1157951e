"""Every message between the live path's processes, typed once: the worker's jobs and
its replies, and the ``visit.*`` events on the channel layer. What goes to and comes from
the page (docs/protocol.md) is ``protocol``.

One module so that a producer (``live``, ``telehealth.services``, the consumer) and its
consumer cannot disagree about a field without mypy saying so. ``TypedDict``s rather than
dataclasses: the channel layer and ``json.dumps`` take plain dicts, and a typed dict costs
nothing on the way. Imports nothing of the project, so that the domain and the pages may
use it.
"""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict

GapReason = Literal["engine_error", "overloaded", "lost", "no_consent", "network"]
SpeechFailure = Literal["tts_error", "stale", "shutdown"]
PresenceState = Literal["connected", "reconnecting", "left"]

# --- the worker's job and its replies (channel layer, point to point) ----------------------

WORKER_CHANNEL = "interpretation"  # where jobs wait for a worker (``runworker interpretation``)


class UtteranceRef(TypedDict):
    """Which utterance, whose, and where in the speaker's stream: all a gap needs."""

    visit_id: int
    speaker_id: int
    utterance_id: str
    language: str
    start_s: float
    end_s: float


class InterpretJob(UtteranceRef):
    """``utterance.interpret``: audio as 16-bit PCM, never text."""

    type: Literal["utterance.interpret"]
    pcm: bytes
    reply_to: NotRequired[str]  # the connection that waits: the worker's heartbeats go there
    attempt: NotRequired[int]  # beyond 1 the caption is late (a worker died, or Redis was away)


class DraftJob(UtteranceRef):
    """``utterance.draft``: an utterance under way, sent early at a pause
    (``interpretation.drafts``): a worker may make its text and keep it, in memory, for the
    cut of the same audio; it publishes nothing and is no in-flight job. Audio, never text."""

    type: Literal["utterance.draft"]
    pcm: bytes
    sent_at: float  # time.time() when sent: a draft that waited too long is not worked on
    reply_to: NotRequired[str]  # the connection whose endpointer waits for ``WordsEvent``


class InterimJob(UtteranceRef):
    """``utterance.interim``: the utterance under way so far
    (``StreamingEndpointer.take_interim``), for an interim caption: a worker recognises,
    redacts and translates it quickly and emits a ``visit.interim``; nothing is stored.
    ``utterance_id`` is the one its final segment will carry. Audio, never text."""

    type: Literal["utterance.interim"]
    pcm: bytes
    sent_at: float  # time.time() when sent: an interim that waited too long is not made


class WordsEvent(TypedDict):
    """``utterance.words``: a worker's verdict on a draft's words, to its connection: do
    they end inside a clause (``clauses.ends_open``)? ``end_s`` names the draft; false
    also when no words were made (skipped, failed, nothing heard). A flag, never words."""

    type: Literal["utterance.words"]
    end_s: float
    open_clause: bool


class WorkingEvent(TypedDict):
    """``utterance.working``: a worker took the job, or is still at it."""

    type: Literal["utterance.working"]
    utterance_id: str


class ProbeEvent(TypedDict):
    type: Literal["probe"]


# --- visit.* events (the visit's group) ----------------------------------------------------


class SegmentEvent(TypedDict):
    type: Literal["visit.segment"]
    seq: int
    speaker_id: int
    speaker_role: str
    source_language: str
    transcript: str  # what the speaker said, identifiers restored: live only, never stored
    translations: dict[str, str]
    flags: dict[str, list[str]]
    engines: dict[str, str]
    back_translations: dict[str, str]
    timings_ms: dict[str, float]
    utterance_id: str
    late: NotRequired[bool]


class InterimEvent(TypedDict):
    """What the speaker has said so far in an utterance under way: live only, never
    stored; replaced by the segment with the same ``utterance_id``."""

    type: Literal["visit.interim"]
    utterance_id: str
    speaker_id: int
    source_language: str
    transcript: str  # identifiers restored, as a segment's
    translations: dict[str, str]


class RevisionEvent(TypedDict):
    type: Literal["visit.revision"]
    seq: int
    speaker_id: int
    language: str
    translation: str
    flags: list[str]
    engine: str
    timings_ms: dict[str, float]


class AudioEvent(TypedDict):
    type: Literal["visit.audio"]
    seq: int
    speaker_id: int
    language: str
    voice: str
    rate: int
    part: int
    last: bool
    pcm: bytes
    timings_ms: dict[str, float]


class GapEvent(TypedDict):
    type: Literal["visit.gap"]
    seq: int
    speaker_id: int | None
    reason: str
    utterance_id: str


class SpeechFailedEvent(TypedDict):
    type: Literal["visit.speech_failed"]
    seq: int
    speaker_id: int
    language: str
    reason: SpeechFailure


class NothingEvent(TypedDict):
    """The utterance needs no segment (silence) or already has one: it is done."""

    type: Literal["visit.nothing"]
    utterance_id: str


class PresenceEvent(TypedDict):
    type: Literal["visit.presence"]
    participant_id: int
    role: str
    state: PresenceState
    channel: str


class SpeakingEvent(TypedDict):
    type: Literal["visit.speaking"]
    participant_id: int
    active: bool


class ConsentChangedEvent(TypedDict):
    type: Literal["visit.consent_changed"]
    participant_id: int
    scope: str
    active: bool


class InterpreterRequestedEvent(TypedDict):
    type: Literal["visit.interpreter_requested"]
    participant_id: int
    request_id: int


class EndedEvent(TypedDict):
    type: Literal["visit.ended"]


VisitEvent = (SegmentEvent | RevisionEvent | AudioEvent | GapEvent | SpeechFailedEvent
              | NothingEvent | PresenceEvent | SpeakingEvent | ConsentChangedEvent
              | InterpreterRequestedEvent | EndedEvent | InterimEvent)
"""What ``emit`` and ``group_send`` carry."""
LiveEvent = SegmentEvent | RevisionEvent | AudioEvent | GapEvent | SpeechFailedEvent \
    | NothingEvent | InterimEvent
"""What the interpretation of one utterance emits."""
