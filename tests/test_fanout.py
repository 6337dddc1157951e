"""What one listener gets of a visit's events (``interpretation.fanout``), without a socket:
their language, nobody's own speech, each seq once, presence once per person."""

from __future__ import annotations

from typing import Any

from interpretation import messages as m
from interpretation.fanout import Listener

ME, OTHER = 7, 8


def segment_event(seq: int = 1, speaker_id: int = OTHER, **extra: Any) -> m.SegmentEvent:
    event = m.SegmentEvent(
        type="visit.segment", seq=seq, speaker_id=speaker_id, speaker_role="clinician",
        source_language="en", transcript="raw words", translations={"es": "palabras"},
        flags={"es": ["numbers_changed"]}, engines={"es": "apertium"},
        back_translations={"es": "words back"},
        timings_ms={"asr": 1.0, "redact": 2.0, "mt_es": 3.0, "to_text": 6.0},
        utterance_id="u1")
    event.update(extra)  # type: ignore[typeddict-item]  # tests add `late`
    return event


def audio_event(speaker_id: int = OTHER, language: str = "es") -> m.AudioEvent:
    return m.AudioEvent(type="visit.audio", seq=1, speaker_id=speaker_id, language=language,
                        voice="stock:x", rate=24_000, part=0, last=True, pcm=b"\0\0",
                        timings_ms={"tts": 1.0, "total": 2.0})


def presence(who: int, state: m.PresenceState, channel: str) -> m.PresenceEvent:
    return m.PresenceEvent(type="visit.presence", participant_id=who, role="patient",
                           state=state, channel=channel)


def test_a_listener_gets_the_segment_in_their_language_with_both_field_names() -> None:
    got = Listener(ME, "es").view(segment_event())
    assert got is not None and got["type"] == "segment"
    assert (got["transcript"], got["text"], got["translation"], got["target_language"]) == (
        "raw words", "raw words", "palabras", "es")
    assert got["flags"] == ["numbers_changed"] and got["engine"] == "apertium"
    assert got["timings_ms"] == {"asr": 1.0, "redact": 2.0, "mt": 3.0, "total": 6.0}
    assert got["late"] is False and "back_translations" not in got


def test_only_the_speaker_sees_the_back_translation_and_a_late_mark_passes_on() -> None:
    got = Listener(OTHER, "en").view(segment_event(late=True))
    assert got is not None and got["type"] == "segment"
    assert got["back_translations"] == {"es": "words back"} and got["late"] is True
    assert got["translation"] == "raw words"  # no translation into the speaker's own language


def test_each_seq_passes_once_segment_or_gap() -> None:
    listener = Listener(ME, "es")
    gap = m.GapEvent(type="visit.gap", seq=2, speaker_id=OTHER, reason="lost",
                     utterance_id="u2")
    assert listener.view(segment_event()) is not None
    assert listener.view(segment_event()) is None
    assert listener.view(gap) == {"type": "gap", "seq": 2, "speaker_id": OTHER,
                                  "reason": "lost"}
    assert listener.view(gap) is None


def test_speech_goes_to_listeners_of_its_language_and_never_to_its_speaker() -> None:
    assert Listener(ME, "es").view(audio_event()) is not None
    assert Listener(ME, "en").view(audio_event()) is None
    assert Listener(OTHER, "es").view(audio_event()) is None
    failed = m.SpeechFailedEvent(type="visit.speech_failed", seq=1, speaker_id=OTHER,
                                 language="es", reason="tts_error")
    assert Listener(ME, "es").view(failed) == {"type": "speech_failed", "seq": 1,
                                               "language": "es", "reason": "tts_error"}
    assert Listener(OTHER, "es").view(failed) is None


def test_an_old_connection_leaving_is_not_news_once_its_person_is_back() -> None:
    listener = Listener(ME, "es")
    assert listener.view(presence(OTHER, "connected", "a")) is not None
    assert listener.view(presence(OTHER, "connected", "b")) is not None
    assert listener.view(presence(OTHER, "reconnecting", "a")) is None  # the old one
    assert listener.view(presence(OTHER, "left", "b")) is not None
    assert listener.view(presence(ME, "connected", "c")) is None  # not about myself


def test_bookkeeping_events_show_nothing() -> None:
    nothing = m.NothingEvent(type="visit.nothing", utterance_id="u1")
    assert Listener(ME, "es").view(nothing) is None


def interim_event(utterance_id: str = "u1", speaker_id: int = OTHER,
                  transcript: str = "raw wo") -> m.InterimEvent:
    return m.InterimEvent(type="visit.interim", utterance_id=utterance_id,
                          speaker_id=speaker_id, source_language="en", transcript=transcript,
                          translations={"es": "palab"})


def test_interim_captions_reach_only_connections_that_asked_for_them() -> None:
    assert Listener(ME, "es").view(interim_event()) is None  # a protocol-1 client
    segment = Listener(ME, "es").view(segment_event())
    gap = Listener(ME, "es").view(m.GapEvent(type="visit.gap", seq=2, speaker_id=OTHER,
                                             reason="lost", utterance_id="u2"))
    assert segment is not None and "utterance_id" not in segment
    assert gap is not None and "utterance_id" not in gap


def test_the_listener_gets_the_interim_translated_and_the_speaker_their_own_words() -> None:
    listener, speaker = Listener(ME, "es", interim=True), Listener(OTHER, "en", interim=True)
    assert listener.view(interim_event()) == {
        "type": "interim", "utterance_id": "u1", "speaker_id": OTHER, "source_language": "en",
        "transcript": "raw wo", "target_language": "es", "translation": "palab"}
    own = speaker.view(interim_event())
    assert own is not None and own["type"] == "interim"
    assert (own["transcript"], own["translation"]) == ("raw wo", "raw wo")


def test_the_final_segment_carries_the_interims_id_and_a_late_interim_is_dropped() -> None:
    listener = Listener(ME, "es", interim=True)
    assert listener.view(interim_event(transcript="raw")) is not None
    segment = listener.view(segment_event())
    assert segment is not None and segment["type"] == "segment"
    assert segment["utterance_id"] == "u1"
    assert listener.view(interim_event()) is None  # came after its final
    assert listener.view(interim_event(utterance_id="u3")) is not None  # the next utterance


def test_an_utterance_that_came_to_nothing_clears_its_interim() -> None:
    listener = Listener(ME, "es", interim=True)
    nothing = m.NothingEvent(type="visit.nothing", utterance_id="u1")
    assert listener.view(nothing) is None  # no interim was shown for it
    listener.view(interim_event())
    cleared = listener.view(nothing)
    assert cleared is not None and cleared["type"] == "interim"
    assert (cleared["utterance_id"], cleared["speaker_id"], cleared["transcript"]) == (
        "u1", OTHER, "")
    assert listener.view(nothing) is None and listener.view(interim_event()) is None


def test_an_interim_without_words_shows_nothing_and_clears_nothing() -> None:
    listener = Listener(ME, "es", interim=True)
    assert listener.view(interim_event(transcript="")) is None  # skipped, or nothing yet
    assert listener.view(interim_event()) is not None
    assert listener.view(interim_event(transcript="")) is None
    assert listener.view(segment_event()) is not None  # the interim was still shown


def test_a_gap_replaces_an_interim_too() -> None:
    listener = Listener(ME, "es", interim=True)
    listener.view(interim_event())
    gap = listener.view(m.GapEvent(type="visit.gap", seq=1, speaker_id=OTHER,
                                   reason="engine_error", utterance_id="u1"))
    assert gap is not None and gap["type"] == "gap" and gap["utterance_id"] == "u1"
    assert listener.view(interim_event()) is None
