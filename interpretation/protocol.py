"""What goes to and comes from the live page (docs/protocol.md), typed once: JSON text
frames down and up, the binary speech frame, the close codes and the protocol's version.

Apart from ``messages`` (the channel layer's) so that a change to the page's protocol is
read in one place, beside ``docs/protocol.md``. ``TypedDict``s for the reason given there.
Imports nothing of the project but ``limits`` and ``messages``, so that the pages may use
it.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, Literal, NotRequired, TypedDict

from interpretation import limits
from interpretation.messages import PresenceState, SpeechFailure

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


