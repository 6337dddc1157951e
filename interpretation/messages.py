"""Every message of the live path, typed once (docs/protocol.md): the worker's job, the
``visit.*`` events on the channel layer, and what goes to and comes from the page.

One module so that a producer (``live``, ``telehealth.services``, the consumer) and its
consumer cannot disagree about a field without mypy saying so. ``TypedDict``s rather than
dataclasses: the channel layer and ``json.dumps`` take plain dicts, and a typed dict costs
nothing on the way. Imports nothing of the project but ``limits``, so that the domain and
the pages may use it.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, Literal, NotRequired, TypedDict

from interpretation import limits

PROTOCOL_VERSION = 2
"""2: a live ``segment`` names its raw transcript ``transcript``, a catch-up segment its
redacted text ``redacted_text``; both still carry ``text`` until version 3. Additions
within 2, for a connection that asks for them (``interim_captions``): ``interim``
captions, and ``utterance_id`` on ``segment`` and ``gap`` to replace them with; a client
that does not ask gets exactly what it got before."""

# Close codes, defined here only: the live page reads them from its config (``json_script``).
CLOSE: dict[str, int] = {
    "unauthenticated": 4401, "forbidden": 4403, "no_visit": 4404, "not_live": 4409,
    "no_consent": 4451, "abuse": 4408, "ended": 4410, "silent": 4499}
# A connection the server closed for these reasons was left, not dropped.
FINAL_CLOSES = frozenset({CLOSE["no_consent"], CLOSE["ended"]})

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

# --- down: to the page (JSON text frames) ---------------------------------------------------


class Ready(TypedDict):
    type: Literal["ready"]
    protocol: int
    participant_id: int
    role: str
    language: str
    last_seq: int
    translation: dict[str, dict[str, str]]


class Segment(TypedDict):
    type: Literal["segment"]
    seq: int
    speaker_id: int
    speaker_role: str
    source_language: str
    transcript: str
    text: str  # ``transcript`` under its version-1 name, kept until protocol version 3
    target_language: str
    translation: str
    translations: dict[str, str]
    late: bool
    flags: list[str]
    engine: str
    back_translations: NotRequired[dict[str, str]]
    timings_ms: dict[str, float]
    utterance_id: NotRequired[str]  # to a connection that asked for interim captions


class Interim(TypedDict):
    """A provisional caption of an utterance under way (for connections that asked): the
    segment, or gap, with the same ``utterance_id`` replaces it. An empty ``transcript``
    says the utterance came to nothing: the line goes."""

    type: Literal["interim"]
    utterance_id: str
    speaker_id: int
    source_language: str
    transcript: str
    target_language: str
    translation: str


class Revision(TypedDict):
    type: Literal["revision"]
    seq: int
    speaker_id: int
    language: str
    translation: str
    flags: list[str]
    engine: str
    timings_ms: dict[str, float]


class Audio(TypedDict):
    """Followed by the binary frame that carries the speech (``speech_frame``)."""

    type: Literal["audio"]
    seq: int
    voice: str
    part: int
    last: bool
    timings_ms: dict[str, float]


class Gap(TypedDict):
    type: Literal["gap"]
    seq: int
    speaker_id: int | None
    reason: str
    utterance_id: NotRequired[str]  # to a connection that asked for interim captions


class SpeechFailed(TypedDict):
    type: Literal["speech_failed"]
    seq: int
    language: str
    reason: SpeechFailure


class Presence(TypedDict):
    type: Literal["presence"]
    participant_id: int
    role: str
    state: PresenceState


class Interpretation(TypedDict):
    type: Literal["interpretation"]
    state: Literal["paused", "running"]


class ConsentChanged(TypedDict):
    type: Literal["consent_changed"]
    participant_id: int
    scope: str
    active: bool


class Speaking(TypedDict):
    type: Literal["speaking"]
    participant_id: int
    active: bool


class InterpreterRequested(TypedDict):
    type: Literal["interpreter_requested"]
    participant_id: int


class Error(TypedDict):
    type: Literal["error"]
    code: str
    detail: str


class Pong(TypedDict):
    type: Literal["pong"]
    id: str | int | float | None


class VisitEnded(TypedDict):
    type: Literal["visit_ended"]


ToClient = (Ready | Segment | Revision | Audio | Gap | SpeechFailed | Presence | Interpretation
            | ConsentChanged | Speaking | InterpreterRequested | Error | Pong | VisitEnded
            | Interim)


def speech_frame(seq: int, rate_hz: int, pcm: bytes) -> bytes:
    """The binary frame after an ``audio`` event: ``SEG1``, ``seq`` and the sample rate as
    uint32 little-endian, then the 16-bit PCM."""
    return b"SEG1" + seq.to_bytes(4, "little") + rate_hz.to_bytes(4, "little") + pcm


# --- up: from the page (JSON text frames) ---------------------------------------------------


class Start(TypedDict):
    type: Literal["start"]


class Stop(TypedDict):
    type: Literal["stop"]


class Leave(TypedDict):
    type: Literal["leave"]


class Ping(TypedDict):
    type: Literal["ping"]
    id: str | int | float | None


class SetLanguage(TypedDict):
    type: Literal["set_language"]
    language: str


class AudioLost(TypedDict):
    type: Literal["audio_lost"]
    duration_ms: int


class InterimCaptions(TypedDict):
    """Ask for ``interim`` captions (or stop them): off until a client asks, so that a
    client written for protocol 1 never receives a type it does not know."""

    type: Literal["interim_captions"]
    enabled: bool


FromClient = Start | Stop | Leave | Ping | SetLanguage | AudioLost | InterimCaptions


class BadMessage(ValueError):
    """A text frame that is not one of ``FromClient``; ``detail`` goes back in an ``error``
    (``bad_message``) and holds no word of the frame."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


AUDIO_LOST_RULE = (f"audio_lost needs duration_ms, 1 to {limits.MAX_AUDIO_LOST_MS}, at most "
                   f"{limits.MAX_AUDIO_LOST_REPORTS} a connection")


def from_client(message: Any, languages: Collection[str]) -> FromClient:
    """A decoded text frame checked field by field, or ``BadMessage``. ``languages``: the
    enabled ones (``set_language`` to another is an unknown message, as in version 1)."""
    if not isinstance(message, dict) or "type" not in message:
        raise BadMessage("not JSON")
    kind = message["type"]
    if kind in ("start", "stop", "leave"):
        return {"type": kind}
    if kind == "ping":
        ping_id = message.get("id")
        if not limits.short_scalar(ping_id):
            raise BadMessage("a ping id is a string or number of at most "
                             f"{limits.MAX_PING_ID_CHARS} characters")
        return {"type": "ping", "id": ping_id}
    if kind == "set_language" and isinstance(message.get("language"), str) \
            and message["language"] in languages:
        return {"type": "set_language", "language": message["language"]}
    if kind == "audio_lost":
        duration_ms = limits.lost_ms(message.get("duration_ms"))
        if duration_ms is None:
            raise BadMessage(AUDIO_LOST_RULE)
        return {"type": "audio_lost", "duration_ms": duration_ms}
    if kind == "interim_captions":
        if not isinstance(message.get("enabled"), bool):
            raise BadMessage("interim_captions needs enabled, true or false")
        return {"type": "interim_captions", "enabled": message["enabled"]}
    raise BadMessage("unknown type")


