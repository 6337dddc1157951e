"""Benchmark live visits end to end on this machine.

    python -m bench.live --visits N [--workers W] [--json] [--sweep] [--no-baseline]

Starts its own stack on loopback (Daphne plus W interpretation workers, against
the PostgreSQL and Redis in DATABASE_URL and REDIS_URL), creates N live
two-party visits (English clinician, Spanish patient), streams the conversation of
``fixtures/speech/conversation.tsv`` (``bench/conversation.py``: synthetic sentences
and real recordings from ``../shared/speech``, with natural pauses) from both sides at
real-time pace, all visits at once, and prints what it measured: segments sent
(stored) and received, lost, with per-stage medians, and what a person feels:

- ``acoustic_end_to_caption_ms`` / ``acoustic_end_to_audio_ms``: from each sentence's
  acoustic end (its last 10 ms frame above -40 dBFS) to the arrival at the listener of
  the caption (the first audio) holding its last words, p50 and p95;
  ``acoustic_end_to_audio_ms_by_voice`` gives the second per language heard (``es``: the
  clinician's words in the Spanish voice, Kokoro by default; ``en``: the patient's, Piper);
  ``turn_end_caption_ms`` and ``mid_turn_caption_ms`` split the first by whether the
  sentence ended its speaker's turn; ``acoustic_end_to_speaking_off_ms``: to the
  server's ``speaking`` off event that ended the utterance holding its last words (the
  endpointer's share; negative where it cut before the last loud frame), and
  ``speaking_off_to_caption_ms`` from that event to the caption (the worker's share:
  waiting for the CPU, recognition not finished by the cut, storing, fan-out);
- ``sentences_split`` / ``_merged`` / ``_lost``: sentences held by two or more utterances,
  sharing one with another sentence, or in none (stored segments' stream spans);
- ``stream_wer`` (the captions against the script) next to ``whole_file_wer`` (the same
  Whisper weights on each speaker's whole stream in one call) and ``whole_file_vad_wer``
  (the same with faster-whisper's VAD filter), per language;
- ``worker``: where the worker's share goes, from the workers' logs: ``cut_to_taken_ms``
  (the connection's ``speaking`` off, sent as it hands the cut on, to the worker taking
  it: the Redis hop and any job ahead of it), ``to_text_ms`` (the worker's making of the
  text: waiting for the draft, or recognising, redacting and translating),
  ``text_to_caption_ms`` (storing and fan-out), and ``drafts``: how many cuts reused their
  draft's text, found it unmade (skipped or failed) or had none, and how long the reused
  ones waited for it;
- ``endpointer``: from the server's log, the cuts by rule (``finished``: the turn model;
  ``-no-words`` after a rule: the pause waited in vain for its draft's words;
  ``open-cap``: the words ended inside a clause; ``silence-cap``: the model not asked,
  slower than the silence it could save; ``unfinished-cap``), the turn model's wall
  time a call, and how many were not asked.

Interim captions (words while they are spoken): every participant asks for them
(``interim_captions``). ``interim_first_word_ms`` is, per sentence, from the moment its
first word was spoken (the end of that word in faster-whisper's word timestamps, the same
Whisper weights, on the sentence's clip as streamed) to the arrival at the listener of
the first ``interim`` holding a word of the utterance that holds it, p50 and p95;
``interim_first_word_speaker_ms`` the same at the speaker; ``sentences_with_interim``
counts the sentences that had one at the listener before their final caption (short
ones may have none). ``--compare INTERPRETATION_INTERIM=0,1`` shows what interims cost
the final captions.

``speech_end_to_caption_ms`` / ``_audio_ms`` are counted from the end of each clip as
streamed (``bench.conversation.EDGE_S`` after its acoustic end), kept to compare with
older runs. The same sentences through the in-process cascade are the no-network
baseline. ``--sweep`` raises N until p95 caption latency from the acoustic end passes
2 s and reports the largest N that stayed under.

``--compare MT_ENGINE=apertium,ct2`` runs the same visits once per value of one
setting, in one sitting, and reports each run's latencies and the caption p50's
difference from the first: translation engines (``ct2`` is the small test model
where no real pair is installed), or Spanish voices (``STOCK_VOICE_ES=,espeak-ng``:
Kokoro, then espeak-ng). ``caption_to_audio_ms`` is how long the first piece of a
segment's speech came after its caption; ``speech_failed`` counts segments whose
speech was given up, by reason (``stale``: it would have started more than
``speaking.MAX_SPEECH_LAG_S`` after its caption); ``load_average_1min`` is the
machine's load when the run ended (the benchmark shares the CPU with anything else).
``--quality`` turns on the LLM tier (``MT_QUALITY_ENGINE=llm``) and reports how long
each revised caption came after the first (``revision_after_caption_ms``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import statistics
import sys
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.django_setup import setup_django  # noqa: E402  (after the path)

setup_django()

from django.utils import timezone  # noqa: E402

from audit.events import SYSTEM, AuditEvent  # noqa: E402
from bench.conversation import (  # noqa: E402
    EDGE_S,
    SCRIPT,
    Line,
    Span,
    Stream,
    compose,
    load_script,
    match,
)
from bench.headless import Received, frames_of_audio, participant  # noqa: E402
from bench.stack import Stack  # noqa: E402
from interpretation import tokens  # noqa: E402
from interpretation.metrics import word_error_rate  # noqa: E402
from interpretation.models import Segment  # noqa: E402
from telehealth import services  # noqa: E402
from telehealth.models import (  # noqa: E402
    CaptureMethod,
    ConsentDecision,
    ConsentScope,
    ConsentText,
    Language,
    Role,
    User,
    Visit,
)

SPEECH = ROOT / "fixtures" / "speech"
LISTEN_AFTER_S = 15.0
SUSTAINED_P95_MS = 2000.0
# Every benchmark participant asks for interim captions (docs/protocol.md).
HELLO = [{"type": "interim_captions", "enabled": True}]


def make_visit() -> Visit:
    clinician, _ = User.objects.get_or_create(username="bench.clinician",
                                              defaults={"role": Role.CLINICIAN})
    patient = services.patient_register(
        registered_by=clinician, given_name="Bench", family_name="Synthetic",
        date_of_birth=date(1970, 1, 1), preferred_language=Language.objects.get(code="es"))
    visit = services.visit_create(clinician=clinician, patient=patient,
                                  scheduled_for=timezone.now(),
                                  clinician_language=Language.objects.get(code="en"))
    for person in visit.participants.all():
        services.consent_record(
            participant=person, scope=ConsentScope.INTERPRETATION,
            decision=ConsentDecision.GRANTED, captured_via=CaptureMethod.CLINICIAN_ATTESTED,
            consent_text=ConsentText.objects.get(scope="interpretation", language_id="en"),
            recorded_by=clinician, actor=SYSTEM)
    return services.visit_transition(visit=visit, actor=clinician,
                                     event=AuditEvent.VISIT_STARTED)


def summary(values: list[float]) -> dict[str, float]:
    if not values:
        return {"p50": 0.0, "p95": 0.0}
    ordered = sorted(values)
    return {"p50": round(statistics.median(ordered), 1),
            "p95": round(ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))], 1)}


@dataclass
class Heard:
    """What one visit's listeners got of one speaker's stream, sentence by sentence."""

    caption: list[float] = field(default_factory=list)  # ms from each sentence's acoustic end
    audio: list[float] = field(default_factory=list)
    clip_end_caption: list[float] = field(default_factory=list)  # ms from the clip's end
    clip_end_audio: list[float] = field(default_factory=list)
    turn_end_caption: list[float] = field(default_factory=list)  # last sentence of a turn
    mid_turn_caption: list[float] = field(default_factory=list)
    speaking_off: list[float] = field(default_factory=list)  # ms to the server's "stopped"
    off_to_caption: list[float] = field(default_factory=list)  # ms, "stopped" to the caption
    caption_to_audio: list[float] = field(default_factory=list)
    interim_first_word: list[float] = field(default_factory=list)  # ms, at the listener
    interim_first_word_speaker: list[float] = field(default_factory=list)  # ms, at the speaker
    with_interim: int = 0  # sentences with an interim at the listener before their caption
    sentences: int = 0
    split: int = 0
    merged: int = 0
    lost: int = 0
    pair: tuple[str, str] = ("", "")  # (reference, the captions' text), for WER


def first_interims(received: Received, speaker_id: int) -> dict[str, float]:
    """Utterance id -> arrival of its first ``interim`` holding a word."""
    firsts: dict[str, float] = {}
    for event, at in zip(received.events, received.event_times, strict=True):
        if event["type"] == "interim" and event["speaker_id"] == speaker_id \
                and event["transcript"].strip():
            firsts.setdefault(event["utterance_id"], at)
    return firsts


def heard_interims(result: Heard, speaker: Received, listener: Received, speaker_id: int,
                   utterances: dict[str, tuple[float, float, int]],
                   first_words_s: list[float | None]) -> None:
    """Per sentence: the first interim holding a word of the utterance that holds its first
    word, from when that word was spoken (``utterances``: id -> stored span and seq)."""
    at_listener = first_interims(listener, speaker_id)
    at_speaker = first_interims(speaker, speaker_id)
    for word_s in first_words_s:
        owner = next((uid for uid, (start, end, _) in utterances.items()
                      if word_s is not None and start <= word_s <= end), None)
        if owner is None or word_s is None:
            continue
        spoken = speaker.started + word_s
        if owner in at_listener:
            result.interim_first_word.append((at_listener[owner] - spoken) * 1000)
            final = listener.arrival.get(("segment", utterances[owner][2]))
            result.with_interim += final is None or at_listener[owner] < final
        if owner in at_speaker:
            result.interim_first_word_speaker.append((at_speaker[owner] - spoken) * 1000)


def heard(stream: Stream, speaker: Received, listener: Received, speaker_id: int,
          spans: list[Span]) -> Heard:
    """Each sentence against the utterance that holds its last words (``match``): its
    caption's arrival at the listener, from the sentence's acoustic end."""
    result = Heard()
    matched = match(stream.sentences, spans)
    result.sentences = len(stream.sentences)
    result.split, result.merged, result.lost = matched.split, matched.merged, matched.lost
    offs = [at for event, at in zip(listener.events, listener.event_times, strict=True)
            if event["type"] == "speaking" and event["participant_id"] == speaker_id
            and not event["active"]]
    cut_ends = {span.key: span.end_s for span in spans}
    for sentence, seq in zip(stream.sentences, matched.last_of, strict=True):
        end = speaker.started + sentence.end_s
        # The "off" of the utterance holding its last words: the first after that
        # utterance's end, which may come before the last loud frame (a quiet tail the VAD
        # hears as silence; the value is then negative), not the next sentence's "off".
        cut_end = speaker.started + min(sentence.end_s, cut_ends.get(seq, sentence.end_s)) \
            if seq is not None else end
        later = [at for at in offs if at > cut_end]
        if later:
            result.speaking_off.append((later[0] - end) * 1000)
        if seq is None or ("segment", seq) not in listener.arrival:
            continue
        shown = listener.arrival[("segment", seq)]
        result.caption.append((shown - end) * 1000)
        if later and later[0] <= shown:
            result.off_to_caption.append((shown - later[0]) * 1000)
        result.clip_end_caption.append((shown - speaker.started - sentence.clip_end_s) * 1000)
        (result.turn_end_caption if sentence.turn_end else result.mid_turn_caption).append(
            (shown - end) * 1000)
        if ("audio", seq) in listener.arrival:
            result.audio.append((listener.arrival[("audio", seq)] - end) * 1000)
            result.clip_end_audio.append((listener.arrival[("audio", seq)] - speaker.started
                                          - sentence.clip_end_s) * 1000)
            result.caption_to_audio.append((listener.arrival[("audio", seq)] - shown) * 1000)
    mine = sorted((e for e in speaker.of("segment") if e["speaker_id"] == speaker_id),
                  key=lambda e: e["seq"])
    result.pair = (" ".join(s.text for s in stream.sentences),
                   " ".join(e["transcript"] for e in mine))
    return result


_LOGGED_AT = r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) INFO "
_TAKEN = re.compile(_LOGGED_AT + r"interpretation\.worker utterance (\S+) taken \(attempt 1\)")
_DRAFT = re.compile(_LOGGED_AT + r"interpretation\.drafts cut of visit \d+ .*: draft (\w+), "
                    r"waited (\d+) ms")


def worker_logs(stack: Stack, since: dict[Path, int]) -> list[str]:
    """The workers' log lines written after ``since`` (log -> its size then)."""
    lines = []
    for log in stack.worker_logs.values():
        with log.open("rb") as text:
            text.seek(since.get(log, 0))
            lines += text.read().decode(errors="replace").splitlines()
    return lines


def log_sizes(stack: Stack) -> dict[Path, int]:
    logs = [*stack.worker_logs.values(), stack.logs / "daphne.log"]
    return {log: log.stat().st_size for log in logs if log.exists()}


_CUT = re.compile(_LOGGED_AT + r"interpretation\.streaming cut \w+ \(([\w-]+)\): \d+ ms of "
                  r"silence, turn model (?:(\d+) ms|not asked)")


def endpointer_share(stack: Stack, since: dict[Path, int]) -> dict[str, Any]:
    """The ``endpointer`` report (see the module's docstring), from the server's log."""
    log = stack.logs / "daphne.log"
    with log.open("rb") as text:
        text.seek(since.get(log, 0))
        found = [m for line in text.read().decode(errors="replace").splitlines()
                 if (m := _CUT.match(line))]
    reasons: dict[str, int] = {}
    for cut in found:
        reasons[cut[2]] = reasons.get(cut[2], 0) + 1
    return {"cuts": reasons, "turn_model_ms": summary([float(c[3]) for c in found if c[3]]),
            "turn_model_not_asked": sum(c[3] is None for c in found)}


def worker_share(lines: list[str], captions: list[tuple[dict[str, Any], float, list[float]]]
                 ) -> dict[str, Any]:
    """The ``worker`` report (see the module's docstring). ``captions``: each segment event
    at its listener, its arrival (``time.monotonic()``) and the arrivals of its speaker's
    ``speaking`` off events there."""
    to_monotonic = time.time() - time.monotonic()

    def when(stamp: str) -> float:
        return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f").timestamp() - to_monotonic

    taken = {found[2]: when(found[1]) for line in lines if (found := _TAKEN.match(line))}
    drafts = [(found[2], float(found[3])) for line in lines if (found := _DRAFT.match(line))]
    cut_to_taken, to_text, text_to_caption = [], [], []
    for event, shown, offs in captions:
        at = taken.get(event.get("utterance_id", ""))
        if at is None:
            continue
        off = max((t for t in offs if at - 2.0 <= t <= at), default=None)
        if off is not None:
            cut_to_taken.append((at - off) * 1000)
        making = event["timings_ms"].get("total", 0.0)  # a listener's view: to_text
        to_text.append(making)
        text_to_caption.append((shown - at) * 1000 - making)
    counts = {kind: sum(found == kind for found, _ in drafts)
              for kind in ("reused", "unmade", "none")}
    return {"cut_to_taken_ms": summary(cut_to_taken), "to_text_ms": summary(to_text),
            "text_to_caption_ms": summary(text_to_caption),
            "drafts": counts | {"reused_waited_ms": summary(
                [ms for found, ms in drafts if found == "reused"])}}


def run_visits(stack: Stack, visits: list[Visit], streams: dict[str, Stream],
               first_words: dict[str, list[float | None]] | None = None) -> dict[str, Any]:
    """Every visit streams the same conversation, all at once, both sides together.
    ``first_words``: per role, when each sentence's first word ends (``first_words``)."""
    since = log_sizes(stack)
    frames = {role: frames_of_audio(stream.audio) for role, stream in streams.items()}
    sides: list[dict[str, tuple[Received, int]]] = []
    sessions = []
    for visit in visits:
        url = f"{stack.ws}/ws/visits/{visit.pk}/"
        side = {}
        for role, stream in streams.items():
            person = visit.participants.get(role=role)
            received = Received()
            side[role] = (received, person.pk)
            sessions.append(asking(url, tokens.issue(person.pk, visit.pk), frames[role],
                                   [s.end_s for s in stream.sentences], received))
        sides.append(side)

    async def together() -> None:
        await asyncio.gather(*sessions)

    asyncio.run(together())
    per_role: dict[str, list[Heard]] = {role: [] for role in streams}
    stages: dict[str, list[float]] = {}
    captions: list[tuple[dict[str, Any], float, list[float]]] = []
    received_count = 0
    for visit, side in zip(visits, sides, strict=True):
        for role, stream in streams.items():
            speaker, speaker_id = side[role]
            listener = next(r for other, (r, _) in side.items() if other != role)
            spans = [Span(seq, start, end) for seq, start, end in Segment.objects.filter(
                visit=visit, kind="speech", speaker_id=speaker_id).values_list(
                "seq", "start_s", "end_s")]
            per_role[role].append(heard(stream, speaker, listener, speaker_id, spans))
            if first_words is not None:
                utterances = {str(uid): (start, end, seq) for uid, start, end, seq in
                              Segment.objects.filter(visit=visit, kind="speech",
                                                     speaker_id=speaker_id).values_list(
                                  "utterance_id", "start_s", "end_s", "seq")}
                heard_interims(per_role[role][-1], speaker, listener, speaker_id,
                               utterances, first_words[role])
            offs = [at for event, at in zip(listener.events, listener.event_times, strict=True)
                    if event["type"] == "speaking" and event["participant_id"] == speaker_id
                    and not event["active"]]
            for event in listener.of("segment"):
                if event["speaker_id"] == speaker_id:
                    received_count += 1
                    captions.append((event, listener.arrival[("segment", event["seq"])], offs))
                    for stage, ms in event["timings_ms"].items():
                        stages.setdefault(stage, []).append(ms)
    everyone = [h for hs in per_role.values() for h in hs]

    def pooled(name: str) -> list[float]:
        return [ms for h in everyone for ms in getattr(h, name)]

    revision_delay = [(received.arrival[("revision", seq)] - at) * 1000
                      for side in sides for received, _ in side.values()
                      for (kind, seq), at in received.arrival.items()
                      if kind == "segment" and ("revision", seq) in received.arrival]
    sent = Segment.objects.filter(visit__in=visits, kind="speech").count()
    gaps = Segment.objects.filter(visit__in=visits, kind="gap").count()
    speech_failed: dict[str, int] = {}
    for side in sides:
        for listener, _ in side.values():
            for event in listener.of("speech_failed"):
                speech_failed[event["reason"]] = speech_failed.get(event["reason"], 0) + 1
    return {"visits": len(visits), "segments_sent": sent, "segments_received": received_count,
            "gaps": gaps, "lost": sent - received_count, "speech_failed": speech_failed,
            "load_average_1min": round(os.getloadavg()[0], 1),
            "speech_end_to_caption_ms": summary(pooled("clip_end_caption")),
            "speech_end_to_audio_ms": summary(pooled("clip_end_audio")),
            "caption_to_audio_ms": summary(pooled("caption_to_audio")),
            "revision_after_caption_ms": summary(revision_delay),
            "stage_ms_p50": {k: summary(v)["p50"] for k, v in sorted(stages.items())},
            "acoustic_end_to_caption_ms": summary(pooled("caption")),
            "acoustic_end_to_audio_ms": summary(pooled("audio")),
            "acoustic_end_to_audio_ms_by_voice": {
                next(other.language for r, other in streams.items() if r != role):
                    summary([ms for h in hs for ms in h.audio])
                for role, hs in per_role.items()},
            "acoustic_end_to_speaking_off_ms": summary(pooled("speaking_off")),
            "speaking_off_to_caption_ms": summary(pooled("off_to_caption")),
            "turn_end_caption_ms": summary(pooled("turn_end_caption")),
            "mid_turn_caption_ms": summary(pooled("mid_turn_caption")),
            "interim_first_word_ms": summary(pooled("interim_first_word")),
            "interim_first_word_speaker_ms": summary(pooled("interim_first_word_speaker")),
            "sentences_with_interim": sum(h.with_interim for h in everyone),
            "sentences": sum(h.sentences for h in everyone),
            "sentences_split": sum(h.split for h in everyone),
            "sentences_merged": sum(h.merged for h in everyone),
            "sentences_lost": sum(h.lost for h in everyone),
            "stream_wer": {streams[role].language: round(word_error_rate(
                [h.pair for h in hs], streams[role].language), 3)
                for role, hs in per_role.items()},
            "worker": worker_share(worker_logs(stack, since), captions),
            "endpointer": endpointer_share(stack, since)}


def asking(url: str, token: str, frames: list[bytes], speech_ends_s: list[float],
           received: Received) -> Any:
    """``bench.headless.participant`` asking for interim captions (``HELLO``)."""
    return participant(url, token, frames, speech_ends_s, LISTEN_AFTER_S, received,
                       hello=HELLO)


def first_words(streams: dict[str, Stream]) -> dict[str, list[float | None]]:
    """Per role, where in the stream (s) each sentence's first word ends: faster-whisper's
    word timestamps (the same Whisper weights) on the sentence's clip as streamed; None
    where it heard no word."""
    model = whisper()
    ends: dict[str, list[float | None]] = {}
    for role, stream in streams.items():
        ends[role] = []
        for sentence in stream.sentences:
            start_s = max(0.0, sentence.start_s - EDGE_S)
            clip = stream.audio[int(start_s * 16_000):int(sentence.clip_end_s * 16_000)]
            segments, _ = model.transcribe(clip, language=stream.language, beam_size=5,
                                           word_timestamps=True)
            words = [w for segment in segments for w in (segment.words or [])]
            ends[role].append(start_s + words[0].end if words else None)
    return ends


def whisper() -> Any:
    """The live path's Whisper weights, as faster-whisper loads them."""
    from django.conf import settings
    from faster_whisper import WhisperModel

    from interpretation.builder import models_dir
    from interpretation.weights import by_name

    return WhisperModel(str(models_dir() / by_name(settings.ASR_MODEL).folder),
                        device="cpu", compute_type=settings.ASR_COMPUTE_TYPE,
                        cpu_threads=settings.ASR_THREADS)


def whole_file_wer(streams: dict[str, Stream], *, vad: bool) -> dict[str, float]:
    """The same Whisper weights on each speaker's whole stream in one call
    (faster-whisper's ``transcribe``: 30 s windows, each conditioned on the text before):
    the accuracy the model reaches on this audio, for ``stream_wer`` to be read against.
    ``vad``: faster-whisper's VAD filter on; a stream is mostly the room while the other
    one talks, where Whisper without it may invent words (the patient's, here)."""
    model = whisper()
    wer = {}
    for stream in streams.values():
        segments, _ = model.transcribe(stream.audio, language=stream.language, beam_size=5,
                                       vad_filter=vad)
        reference = " ".join(s.text for s in stream.sentences)
        wer[stream.language] = round(word_error_rate(
            [(reference, " ".join(s.text for s in segments))], stream.language), 3)
    return wer


def baseline(lines: list[Line]) -> dict[str, Any]:
    """The same sentences through the in-process cascade: no network, no endpointing wait."""
    from interpretation.builder import cascade
    from interpretation.endpointing import utterances

    pipeline = cascade()
    to_text, total = [], []
    for line in lines:
        target = "es" if line.language == "en" else "en"
        for utterance in utterances(line.audio, line.language):
            result = pipeline.process(utterance, target)
            to_text.append(sum(result.timings_ms.get(s, 0) for s in ("asr", "redact", "mt")))
            total.append(result.timings_ms["total"])
    return {"utterance_to_text_ms": summary(to_text), "utterance_to_speech_ms": summary(total)}


def conversation(script: Path = SCRIPT
                 ) -> tuple[list[Line], dict[str, Stream], dict[str, Stream], dict[str, Any]]:
    """The script's lines, the streams measured, the warm-up's (each role's first line),
    and what the script holds."""
    lines, missing = load_script(script)
    firsts = [next(line for line in lines if line.role == role)
              for role in dict.fromkeys(line.role for line in lines)]
    about = {"file": script.name, "sentences_per_visit": len(lines),
             "real_recordings": sum(line.source.startswith("shared:") for line in lines),
             "left_out_no_shared_speech": missing}
    return lines, compose(lines), compose(firsts), about


def compare(setting: str, values: list[str], visits: int, workers: int, env: dict[str, str],
            as_json: bool, script: Path = SCRIPT) -> None:
    """The same visits once per value of ``setting``, one run after the other."""
    runs = {}
    _, streams, warm, _ = conversation(script)
    words = first_words(streams)
    for value in values:
        with Stack(env | {setting: value}, workers=workers) as stack:
            run_visits(stack, [make_visit()], warm)  # warm-up
            runs[value] = run_visits(stack, [make_visit() for _ in range(visits)], streams,
                                     words)
    first = runs[values[0]]["speech_end_to_caption_ms"]["p50"]
    acoustic = runs[values[0]]["acoustic_end_to_caption_ms"]
    report = {"setting": setting, "runs": runs,
              "caption_p50_minus_first_ms": {
                  value: round(r["speech_end_to_caption_ms"]["p50"] - first, 1)
                  for value, r in runs.items()},
              "acoustic_caption_minus_first_ms": {
                  value: {k: round(r["acoustic_end_to_caption_ms"][k] - acoustic[k], 1)
                          for k in ("p50", "p95")} for value, r in runs.items()}}
    if as_json:
        print(json.dumps(report))
        return
    for value, result in runs.items():
        print(f"{setting}={value!r}: caption {result['speech_end_to_caption_ms']}, "
              f"audio {result['speech_end_to_audio_ms']}, "
              f"caption to audio {result['caption_to_audio_ms']}, lost {result['lost']}, "
              f"speech failed {result['speech_failed']}, "
              f"mt p50 {result['stage_ms_p50'].get('mt')} ms, "
              f"load {result['load_average_1min']}")
        print(f"  from the acoustic end: caption {result['acoustic_end_to_caption_ms']}, "
              f"audio {result['acoustic_end_to_audio_ms']} "
              f"(by voice {result['acoustic_end_to_audio_ms_by_voice']}); first interim "
              f"holding a word, "
              f"after it was spoken: listener {result['interim_first_word_ms']}, speaker "
              f"{result['interim_first_word_speaker_ms']}, sentences with one "
              f"{result['sentences_with_interim']}/{result['sentences']}; "
              f"asr p50 {result['stage_ms_p50'].get('asr')} ms")
        print(f"  speaking off from the acoustic end {result['acoustic_end_to_speaking_off_ms']}, "
              f"then the caption {result['speaking_off_to_caption_ms']}; split "
              f"{result['sentences_split']}, merged {result['sentences_merged']}, lost "
              f"{result['sentences_lost']}; stream WER {result['stream_wer']}")
        print(f"  worker {result['worker']}")
        print(f"  endpointer {result['endpointer']}")
    print(f"caption p50 minus the first run: {report['caption_p50_minus_first_ms']}")
    print(f"caption from the acoustic end, minus the first run: "
          f"{report['acoustic_caption_minus_first_ms']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--visits", type=int, default=2)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--sweep", action="store_true", help="find the largest N under 2 s p95")
    parser.add_argument("--compare", default="",
                        help="SETTING=V1,V2: the same visits once per value, in one sitting")
    parser.add_argument("--no-baseline", action="store_true",
                        help="skip the in-process cascade's baseline (minutes on 2 cores)")
    parser.add_argument("--quality", action="store_true",
                        help="revise captions with the LLM tier (models install --with llm)")
    parser.add_argument("--script", type=Path, default=SCRIPT,
                        help="the conversation (default: fixtures/speech/conversation.tsv; "
                             "conversation_aside.tsv holds recordings it never tuned on)")
    options = parser.parse_args()
    if not os.environ.get("REDIS_URL"):
        parser.error("set REDIS_URL: the live benchmark runs workers over Redis")
    quality = {"MT_QUALITY_ENGINE": "llm" if options.quality else "none"}
    if options.compare:
        setting, _, values = options.compare.partition("=")
        compare(setting, values.split(","), options.visits, options.workers, quality,
                options.json, options.script)
        return
    lines, streams, warm, about = conversation(options.script)
    words = first_words(streams)
    with Stack(quality, workers=options.workers) as stack:
        run_visits(stack, [make_visit()], warm)  # warm-up: workers load their models
        report = run_visits(stack, [make_visit() for _ in range(options.visits)], streams,
                            words)
        if options.sweep:
            largest, n = 0, 1
            while True:
                trial = run_visits(stack, [make_visit() for _ in range(n)], streams)
                if trial["lost"] or \
                        trial["acoustic_end_to_caption_ms"]["p95"] > SUSTAINED_P95_MS:
                    break
                largest, n = n, n + 1
            report["largest_visits_under_2s_p95"] = largest
    report["workers"] = options.workers
    report["script"] = about
    report["whole_file_wer"] = whole_file_wer(streams, vad=False)
    report["whole_file_vad_wer"] = whole_file_wer(streams, vad=True)
    if not options.no_baseline:
        report["baseline_in_process"] = baseline(lines)
    if options.json:
        print(json.dumps(report))
    else:
        for key, value in report.items():
            print(f"{key}: {value}")


if __name__ == "__main__":
    main()
