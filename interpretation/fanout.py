"""What one listener receives from a visit's events (docs/protocol.md, "Down").

Every connection of a visit hears every ``visit.*`` event; this decides, without I/O, what
its participant should see and hear of each: their language's translation, nobody's own
speech, each ``seq`` once, one presence line per person however often they reconnect.
Interim captions only to a connection that asked for them (``interim``), never after the
final segment of their utterance, and cleared when the utterance came to nothing.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

from interpretation import messages as m
from interpretation import protocol

UTTERANCES_REMEMBERED = 64  # interim or finished utterance ids a connection keeps


@dataclass
class Listener:
    participant_id: int
    language: str
    present: dict[int, str] = field(default_factory=dict)  # someone -> their newest channel
    delivered: set[int] = field(default_factory=set)  # seqs passed on already
    interim: bool = False  # did this connection ask for interim captions?
    # utterance id -> its speaker, for interims shown (True: finished, shown no more)
    _utterances: OrderedDict[str, int | bool] = field(default_factory=OrderedDict)

    def first_time(self, seq: int) -> bool:
        """Each seq reaches a connection once, however often it is fanned out."""
        if seq in self.delivered:
            return False
        self.delivered.add(seq)
        return True

    def view(self, event: m.VisitEvent) -> protocol.ToClient | None:
        """The message for this listener, or None when the event is not theirs to see."""
        if event["type"] == "visit.segment":
            if not self.first_time(event["seq"]):
                return None
            segment = segment_for(event, self.language, self.participant_id)
            if self.interim:
                self._remember(event["utterance_id"], True)
                segment["utterance_id"] = event["utterance_id"]
            return segment
        if event["type"] == "visit.gap":
            if not self.first_time(event["seq"]):
                return None
            gap = protocol.Gap(type="gap", seq=event["seq"], speaker_id=event["speaker_id"],
                        reason=event["reason"])
            if self.interim:
                self._remember(event["utterance_id"], True)
                gap["utterance_id"] = event["utterance_id"]
            return gap
        if event["type"] == "visit.interim" or event["type"] == "visit.nothing":
            return self._interim(event)
        if event["type"] == "visit.revision":
            return protocol.Revision(
                type="revision", seq=event["seq"], speaker_id=event["speaker_id"],
                language=event["language"], translation=event["translation"],
                flags=event["flags"], engine=event["engine"], timings_ms=event["timings_ms"])
        if event["type"] == "visit.audio" or event["type"] == "visit.speech_failed":
            return self._speech(event)
        if event["type"] == "visit.presence":
            return self._presence(event)
        if event["type"] == "visit.consent_changed":
            return protocol.ConsentChanged(type="consent_changed",
                                    participant_id=event["participant_id"],
                                    scope=event["scope"], active=event["active"])
        if event["type"] == "visit.speaking":
            return protocol.Speaking(type="speaking", participant_id=event["participant_id"],
                              active=event["active"])
        if event["type"] == "visit.interpreter_requested":
            return protocol.InterpreterRequested(type="interpreter_requested",
                                          participant_id=event["participant_id"])
        if event["type"] == "visit.ended":
            return protocol.VisitEnded(type="visit_ended")
        return None

    def _interim(self, event: m.InterimEvent | m.NothingEvent) -> protocol.Interim | None:
        """The caption so far of an utterance under way, in this listener's language (the
        speaker's own words to the speaker); an empty one when an utterance that showed
        one came to nothing (``visit.nothing``, otherwise bookkeeping only)."""
        if not self.interim:
            return None
        seen = self._utterances.get(event["utterance_id"])
        if event["type"] == "visit.nothing":
            if seen is None or seen is True:
                return None
            self._remember(event["utterance_id"], True)
            return protocol.Interim(type="interim", utterance_id=event["utterance_id"],
                             speaker_id=int(seen), source_language="", transcript="",
                             target_language=self.language, translation="")
        if seen is True or not event["transcript"]:  # its final is out (a late interim is
            return None  # old news), or it holds no words (skipped, or nothing heard yet)
        self._remember(event["utterance_id"], event["speaker_id"])
        transcript = event["transcript"]
        return protocol.Interim(type="interim", utterance_id=event["utterance_id"],
                         speaker_id=event["speaker_id"],
                         source_language=event["source_language"], transcript=transcript,
                         target_language=self.language,
                         translation=event["translations"].get(self.language, transcript))

    def _remember(self, utterance_id: str, state: int | bool) -> None:
        self._utterances[utterance_id] = state
        self._utterances.move_to_end(utterance_id)
        while len(self._utterances) > UTTERANCES_REMEMBERED:
            self._utterances.popitem(last=False)

    def _speech(self, event: m.AudioEvent | m.SpeechFailedEvent) -> protocol.ToClient | None:
        """Speech in this listener's language; speakers never hear themselves."""
        if event["speaker_id"] == self.participant_id or event["language"] != self.language:
            return None
        if event["type"] == "visit.speech_failed":
            return protocol.SpeechFailed(type="speech_failed", seq=event["seq"],
                                  language=event["language"], reason=event["reason"])
        return protocol.Audio(type="audio", seq=event["seq"], voice=event["voice"],
                       part=event.get("part", 0), last=event.get("last", True),
                       timings_ms=event["timings_ms"])

    def _presence(self, event: m.PresenceEvent) -> protocol.Presence | None:
        """Someone else connected, dropped (``reconnecting``) or left. The departure of an
        older connection of someone who is already back is not news."""
        who, channel = event["participant_id"], event["channel"]
        if who == self.participant_id:
            return None
        if event["state"] == "connected":
            self.present[who] = channel
        elif self.present.get(who, channel) != channel:
            return None
        else:
            self.present.pop(who, None)
        return protocol.Presence(type="presence", participant_id=who, role=event["role"],
                          state=event["state"])


def segment_for(event: m.SegmentEvent, language: str, participant_id: int) -> protocol.Segment:
    """A ``visit.segment`` as one listener gets it: their language's translation and
    timings, the flags of every language, and back-translations for the speaker only."""
    timings = event["timings_ms"]
    transcript = event["transcript"]
    segment = protocol.Segment(
        type="segment", seq=event["seq"], speaker_id=event["speaker_id"],
        speaker_role=event["speaker_role"], source_language=event["source_language"],
        transcript=transcript, text=transcript, target_language=language,
        translation=event["translations"].get(language, transcript),
        translations=event["translations"],
        # Handed to a worker again (one died) or held up by an outage: marked late.
        late=bool(event.get("late")),
        # Both sides are told when a number or a medicine may not have survived MT.
        flags=sorted({f for flags in event["flags"].values() for f in flags}),
        engine=event["engines"].get(language, ""),
        timings_ms={"asr": timings.get("asr", 0.0), "redact": timings.get("redact", 0.0),
                    "mt": timings.get(f"mt_{language}", 0.0),
                    "total": timings.get("to_text", 0.0)})
    # Only the speaker sees their words translated back (a per-visit setting).
    if event["back_translations"] and event["speaker_id"] == participant_id:
        segment["back_translations"] = event["back_translations"]
    return segment
