"""One live utterance, from audio to stored segment and fan-out event.

Runs where inference runs: in a worker process fed over the channel layer, or
in the server process when there is no Redis. The cascade (``Cascade.to_text``)
makes the text: ASR and redaction once, translation once per language among the
other participants; this module keeps what is live: the consent check, the store,
the fan-out. The segment (redacted text only) is stored, with its audit entry,
before the event goes out; any failure becomes a stored, audited gap instead of a
silent loss. Speech and revisions follow on lanes of their own (``lanes``).
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from asgiref.sync import async_to_sync
from django.conf import settings

from interpretation import lanes
from interpretation import messages as m
from interpretation.audio import pcm16_to_float
from interpretation.builder import cascade
from interpretation.clauses import ends_open
from interpretation.drafts import DraftKey, Drafts, draft_key, too_late
from interpretation.frames import Redacted, Translation, Utterance, restored
from interpretation.lanes import Emit
from interpretation.models import Segment, SegmentKind
from interpretation.pipeline import Cascade, Text, failure
from interpretation.utterances import gap
from telehealth.broadcast import group_name
from telehealth.models import Consent, ConsentScope, Participant

logger = logging.getLogger(__name__)

# One utterance's captions at a time per process (the engines share threads); speech
# and revisions follow on lanes of their own (``lanes``).
_lock = threading.Lock()


class _Wanted:
    """How many captions (drafts, finals) want ``_lock`` or hold it: an interim under way
    gives up at its next step when one does (``interim``), so it delays a caption by one
    step of its recognition at most, not by all of it."""

    def __init__(self) -> None:
        self._count = 0
        self._guard = threading.Lock()

    def __bool__(self) -> bool:
        return self._count > 0

    @contextmanager
    def caption(self) -> Iterator[None]:
        with self._guard:
            self._count += 1
        try:
            with _lock:
                yield
        finally:
            with self._guard:
                self._count -= 1


_wanted = _Wanted()
# Text made from drafts, waiting for the cut of the same audio (``interpretation.drafts``).
_drafts: Drafts[Text] = Drafts()
# An interim that waited longer than this for a worker (or, in it, for another interim)
# found it busy: it is skipped, so a worker never works through a backlog of them.
INTERIM_MAX_WAIT_S = 0.25


def warm_up() -> None:
    """Load every model and run each engine once: first calls compile and allocate."""
    import numpy as np

    pipeline = cascade()
    pipeline.recognizer.transcribe(np.zeros(16_000, np.float32), None)
    for language, voice in pipeline.voices.items():
        voice.synthesize("ready", language)
    for pair in pipeline.translator.pairs():
        source, target = pair.split("-")
        pipeline.translator.translate("ready", source, target)


def draft_taken(message: m.DraftJob) -> None:
    """A worker took the draft job (its work runs beside the next jobs, ``worker``): a cut
    of the same audio that comes meanwhile waits for it."""
    _drafts.expect(draft_key(message))


def draft(message: m.DraftJob, tell: Callable[[m.WordsEvent], None] | None = None) -> None:
    """Start early: make a draft's text and keep it for its cut; publish nothing. A draft
    that waited too long for a worker, or whose speaker has no consent, is left alone.
    ``tell``: where the verdict on its words goes (its connection's endpointer waits for
    it, ``StreamingEndpointer.words``): as soon as they are recognised, before redaction
    and translation, so that the cut comes while those run; "not open" whatever else
    became of the draft."""
    key = draft_key(message)
    told = False

    def verdict(open_clause: bool) -> None:
        nonlocal told
        if tell is None or told:
            return
        told = True
        try:
            tell(m.WordsEvent(type="utterance.words", end_s=message["end_s"],
                              open_clause=open_clause))
        except Exception as exc:  # the channel layer: the endpointer's caps stand in
            logger.warning("draft %s: verdict not sent (%s)", message["utterance_id"],
                           type(exc).__name__)

    try:
        _draft(message, key, verdict)
    finally:
        _drafts.done(key)
        verdict(False)


def _draft(message: m.DraftJob, key: DraftKey, verdict: Callable[[bool], None]) -> None:
    if too_late(message):
        return
    with _wanted.caption():
        try:
            speaker = Participant.objects.select_related("visit").get(pk=message["speaker_id"])
            if not Consent.objects.is_active(speaker, ConsentScope.INTERPRETATION):
                return
            utterance = _utterance(message)
            text = cascade().to_text(
                utterance, _targets(speaker, utterance.language),
                heard=lambda heard: verdict(ends_open(heard.text, utterance.language)))
            if not text.error:
                _drafts.put(key, text)
        except Exception as exc:  # a draft only saves time: its cut is worked on anyway
            logger.warning("draft %s failed (%s)", message["utterance_id"],
                           type(exc).__name__)


def interim(message: m.InterimJob, emit: Emit) -> None:
    """Words while they are spoken (``interpretation.interim``): a quick caption of the
    utterance so far, emitted to the visit as ``visit.interim``; nothing stored, no words
    logged. It never waits for a caption: it is skipped while a caption (a final, or a
    draft) is being made or waits here, gives up when one comes while it recognises
    (``_Wanted``), and waits for another interim only within ``INTERIM_MAX_WAIT_S`` of
    being sent: finals first. Skipped or empty (nothing heard yet), it is still answered,
    with no words: the speaker's connection may then send the next one (listeners are
    shown nothing of it)."""
    transcript, translations = "", dict[str, str]()
    if _interim_lock(message):
        try:
            transcript, translations = _interim_words(message)
        except Exception as exc:  # an interim is only a preview: its final comes anyway
            logger.warning("interim %s failed (%s)", message["utterance_id"],
                           type(exc).__name__)
        finally:
            _lock.release()
    try:
        emit(m.InterimEvent(
            type="visit.interim", utterance_id=message["utterance_id"],
            speaker_id=message["speaker_id"], source_language=message["language"],
            transcript=transcript, translations=translations))
    except Exception as exc:  # the channel layer: a lost preview is no loss
        logger.warning("interim %s not sent (%s)", message["utterance_id"], type(exc).__name__)


def _interim_lock(message: m.InterimJob) -> bool:
    """Take the inference lock for an interim, or say it may not: see ``interim``. Two
    visits speaking at once each get some interims, rather than one getting them all."""
    left_s = float(message["sent_at"]) + INTERIM_MAX_WAIT_S - time.time()
    if left_s <= 0 or _wanted or not _lock.acquire(timeout=left_s):
        return False
    if _wanted:  # a caption came while it waited: it goes first
        _lock.release()
        return False
    return True


def _interim_words(message: m.InterimJob) -> tuple[str, dict[str, str]]:
    """The utterance so far and its translations, live (identifiers restored); nothing
    when its speaker has no consent, nothing was heard, or a stage failed."""
    speaker = Participant.objects.select_related("visit").get(pk=message["speaker_id"])
    if not Consent.objects.is_active(speaker, ConsentScope.INTERPRETATION):
        return "", {}
    utterance = _utterance(message)
    text = cascade().interim_text(utterance, _targets(speaker, utterance.language),
                                  give_up=lambda: bool(_wanted))
    if text.error or text.transcript is None or text.redacted is None:
        return "", {}
    return text.transcript.text, {lang: t.live_text() for lang, t in text.translations.items()}


def _utterance(message: m.InterpretJob | m.DraftJob | m.InterimJob) -> Utterance:
    return Utterance(0, message["start_s"], message["end_s"], message["language"],
                     pcm16_to_float(message["pcm"]))


def _targets(speaker: Participant, language: str) -> list[str]:
    """The other participants' languages: what each caption is translated into."""
    return sorted({p.language_id for p in speaker.visit.participants.exclude(pk=speaker.pk)}
                  - {language})


def _text(message: m.InterpretJob, utterance: Utterance, targets: list[str]) -> Text:
    """The utterance's text: made from its draft when this worker made one (and it covers
    every target language), else made now. Only the making waits for the engines: a cut
    whose draft is made waits for no other visit's recognition."""
    early = _drafts.take(draft_key(message))  # waits for a draft still being made
    if early is not None and (early.redacted is None
                              or set(targets) <= set(early.translations)):
        return early  # nothing was said, or everything needed was made already
    with _wanted.caption():
        return cascade().to_text(utterance, targets)


def emitter(layer: Any, visit_id: int) -> Emit:
    """Fan events out to a visit from the inference thread (sync code, async layer)."""
    group = group_name(visit_id)

    def emit(event: m.LiveEvent) -> None:
        async_to_sync(layer.group_send)(group, event)

    return emit


def interpret(message: m.InterpretJob, emit: Emit) -> None:
    """Interpret one utterance, store it, and ``emit`` its events to the visit: the
    captions as soon as the segment is stored, then each language's speech."""
    try:
        _interpret(message, emit)
    except Exception as exc:  # stage boundary: a stored, audited gap, never a silent drop
        logger.warning("utterance %s failed (%s)", message["utterance_id"],
                       type(exc).__name__)
        emit(gap(message, "engine_error", failure("live", exc)) or _nothing(message))


def _nothing(message: m.UtteranceRef) -> m.NothingEvent:
    """The utterance needs no segment (silence) or already has one: it is done."""
    return m.NothingEvent(type="visit.nothing", utterance_id=message["utterance_id"])


def _interpret(message: m.InterpretJob, emit: Emit) -> None:
    speaker = Participant.objects.select_related("visit").get(pk=message["speaker_id"])
    if not Consent.objects.is_active(speaker, ConsentScope.INTERPRETATION):
        emit(gap(message, "no_consent") or _nothing(message))
        return
    pipeline = cascade()
    started = time.perf_counter()
    utterance = _utterance(message)
    text = _text(message, utterance, _targets(speaker, utterance.language))
    if text.error:  # a stage failed: a stored, audited gap that says which, and how
        logger.warning("utterance %s failed (%s)", message["utterance_id"], text.error)
        emit(gap(message, "engine_error", text.error) or _nothing(message))
        return
    if text.transcript is None or text.redacted is None:
        emit(_nothing(message))  # noise or a cough: nothing to say
        return
    transcript, redacted, translations = text.transcript, text.redacted, text.translations
    timings = text.timings_ms
    segment, created = Segment.objects.append(
        visit_id=message["visit_id"], utterance_id=uuid.UUID(message["utterance_id"]),
        speaker=speaker, source_language=utterance.language, redacted_text=redacted.text,
        translations={lang: translation.text for lang, translation in translations.items()},
        translation_flags={lang: list(t.flags) for lang, t in translations.items()},
        translation_engines={lang: t.engine for lang, t in translations.items()},
        entity_counts=redacted.entity_counts(), start_s=utterance.start_s,
        end_s=utterance.end_s, redaction_failed=redacted.failed_closed)
    if segment is None or segment.kind != SegmentKind.SPEECH:  # visit ended, or a gap
        emit(_nothing(message))
        return
    # Stored by an earlier attempt, whose worker may have died before sending it: the
    # caption goes out again (each connection passes a seq on once); its speech may have
    # gone out already, so it is not made twice.
    again = not created
    timings["to_text"] = (time.perf_counter() - started) * 1000
    back = {}
    if speaker.visit.back_translation:  # for the speaker: what the others got, said back
        with _wanted.caption():
            back = _said_back(pipeline, translations, utterance.language, redacted)
    emit(m.SegmentEvent(
        type="visit.segment", seq=segment.seq, speaker_id=speaker.pk,
        speaker_role=speaker.role, source_language=utterance.language,
        transcript=transcript.text,
        translations={lang: t.live_text() for lang, t in translations.items()},
        flags={lang: list(t.flags) for lang, t in translations.items()},
        engines={lang: t.engine for lang, t in translations.items()},
        back_translations=back, timings_ms={k: round(v, 1) for k, v in timings.items()},
        utterance_id=message["utterance_id"]))
    if again:
        return
    revising = lanes.has_quality_tier(pipeline, utterance.language)
    for translation in translations.values():  # speech follows the captions
        if not (revising and settings.MT_SPEECH_FROM == "quality"):
            lanes.queue_speech(emit, speaker, segment, translation, started)
    if revising:
        lanes.revise_later(lanes.Revision(speaker.pk, segment, redacted, tuple(translations),
                                          started, emit))


def _said_back(pipeline: Cascade, translations: dict[str, Translation], language: str,
               redacted: Redacted) -> dict[str, str]:
    """What each listener got, translated back for the speaker, identifiers restored."""
    back = {}
    for target, translation in translations.items():
        said_back = pipeline.translator.translate(translation.text, target, language)
        back[target] = restored(said_back.text, redacted.restore)
    return back
