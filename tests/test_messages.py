"""The page's text frames checked field by field (``interpretation.messages.from_client``)
and the speech frame's header, without a socket."""

from __future__ import annotations

import struct
from typing import Any

import pytest

from interpretation import protocol

LANGUAGES = ("en", "es")


@pytest.mark.parametrize("frame", [
    {"type": "start"}, {"type": "stop"}, {"type": "leave"}, {"type": "ping"},
    {"type": "ping", "id": "a1"}, {"type": "ping", "id": 3},
    {"type": "set_language", "language": "es"},
    {"type": "audio_lost", "duration_ms": 1}, {"type": "audio_lost", "duration_ms": 600_000},
    {"type": "interim_captions", "enabled": True}, {"type": "interim_captions", "enabled": False},
])
def test_every_documented_message_is_accepted_as_itself(frame: dict[str, Any]) -> None:
    expected = {"id": None, **frame} if frame["type"] == "ping" else frame
    assert protocol.from_client(frame, LANGUAGES) == expected


@pytest.mark.parametrize(("frame", "detail"), [
    ([1, 2], "not JSON"), ({"no": "type"}, "not JSON"), ({"type": "dance"}, "unknown type"),
    ({"type": "set_language", "language": "fr"}, "unknown type"),
    ({"type": "set_language", "language": ["es"]}, "unknown type"),
    ({"type": "ping", "id": "x" * 65}, "a ping id is a string or number of at most 64 "
                                       "characters"),
    ({"type": "ping", "id": True}, "a ping id is a string or number of at most 64 characters"),
    ({"type": "audio_lost"}, protocol.AUDIO_LOST_RULE),
    ({"type": "audio_lost", "duration_ms": 0}, protocol.AUDIO_LOST_RULE),
    ({"type": "audio_lost", "duration_ms": 600_001}, protocol.AUDIO_LOST_RULE),
    ({"type": "audio_lost", "duration_ms": 1.5}, protocol.AUDIO_LOST_RULE),
    ({"type": "interim_captions"}, "interim_captions needs enabled, true or false"),
    ({"type": "interim_captions", "enabled": 1}, "interim_captions needs enabled, true or false"),
])
def test_a_bad_message_says_why_without_echoing_it(frame: Any, detail: str) -> None:
    with pytest.raises(protocol.BadMessage) as refused:
        protocol.from_client(frame, LANGUAGES)
    assert refused.value.detail == detail


def test_the_speech_frame_header_is_seg1_seq_and_rate_little_endian() -> None:
    frame = protocol.speech_frame(513, 24_000, b"\x01\x02")
    assert frame == b"SEG1" + struct.pack("<II", 513, 24_000) + b"\x01\x02"


def test_final_closes_are_consent_and_the_end_of_the_visit() -> None:
    assert protocol.FINAL_CLOSES == {protocol.CLOSE["no_consent"], protocol.CLOSE["ended"]}
    assert len(set(protocol.CLOSE.values())) == len(protocol.CLOSE)
