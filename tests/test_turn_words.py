"""A pause judged by its words as well (issue 14: no sentence split mid-clause): the
draft's words, recognised at the pause, say whether the speaker stopped inside a clause
(``clauses.ends_open``), and the endpointer keeps such a pause open
(``StreamingEndpointer.words``). Real speech and the real VAD; the turn model is a fixed
verdict and the worker's verdict is given by the test: the policy's mechanics."""

from __future__ import annotations

import numpy as np
import pytest

from bench.turn import MID_CLAUSE, espeak, prepare, stream
from interpretation import streaming
from interpretation.audio import load_audio
from interpretation.clauses import ends_open
from interpretation.frames import SAMPLE_RATE_HZ, Utterance
from interpretation.streaming import (
    OPEN_CLAUSE_CAP_S,
    SILENCE_CAP_S,
    TURN_PAUSE_S,
    WORDS_WAIT_CAP_S,
    StreamingEndpointer,
    TurnDetector,
)
from tests.cascade_helpers import SPEECH
from tests.test_turn import CHUNK, Fixed, feed

ALLERGIC = 4  # "She has been allergic to <0.9 s> penicillin since childhood."


@pytest.mark.parametrize(("text", "language"), [
    ("She has been allergic to", "en"), ("My blood pressure was one hundred and", "en"),
    ("We will check your", "en"), ("I take it with the...", "en"), ("I think, um", "en"),
    ("It started during", "en"), ("The pain gets worse when I...", "en"), ("Well…", "en"),
    ("Tengo alergia a la", "es"), ("Me duele desde que", "es"),
    ("Tomo la pastilla con", "es"), ("y me", "es"), ("Me la tomo cada", "es"),
])
def test_words_that_end_inside_a_clause(text: str, language: str) -> None:
    assert ends_open(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("I have had chest pain for three days.", "en"), ("Yes, I can.", "en"),
    ("I saw her", "en"), ("What is it for?", "en"), ("Where are you from?", "en"),
    ("Come in", "en"), ("I need this", "en"), ("", "en"), ("Tengo alergia a la penicilina.", "es"),
    ("Creo que si", "es"), ("Nada más", "es"), ("¿Para qué?", "es"), ("the", "fr"),
    # the review's: a number ends it (Whisper writes digits), verbs that take a bare "to",
    # fixed endings, Spanish words that are also verbs, accents Whisper drops
    ("On a scale of 1 to 10, it's about a 7.", "en"), ("At 8 and at 8.", "en"),
    ("I used to.", "en"), ("I have to", "en"), ("Kind of.", "en"),
    ("Just because.", "en"), ("No, dejé de fumar en 2015.", "es"),
    ("Me despierto como a las 3.", "es"), ("Solo una.", "es"), ("De vez en cuando.", "es"),
    ("Casi no como.", "es"), ("El dolor no para.", "es"), ("Dígale que entre.", "es"),
    ("No se.", "es"), ("Tómelo todos los días, eh.", "es"), ("Estoy en contra", "es"),
])
def test_words_that_may_end_a_sentence(text: str, language: str) -> None:
    assert not ends_open(text, language)


def cuts_with_verdicts(detector: TurnDetector | None, audio: np.ndarray,
                       verdict: bool | None, after_s: float = 0.2
                       ) -> list[tuple[Utterance, int]]:
    """As the connection runs it: each draft expects words, and ``verdict`` (open or not;
    None: no worker answers) comes ``after_s`` of stream later; a cut may come with it."""
    endpointer = StreamingEndpointer("en", detector)
    cuts: list[tuple[Utterance, int]] = []
    due: list[tuple[int, float]] = []
    for at in range(0, len(audio), CHUNK):
        for end_s in [end for when, end in due if when <= at]:
            if verdict is not None and (cut := endpointer.words(end_s, verdict)) is not None:
                cuts.append((cut, at))
        due = [(when, end) for when, end in due if when > at]
        cuts += [(u, at + CHUNK) for u in endpointer.feed(audio[at:at + CHUNK])]
        if (draft := endpointer.take_draft()) is not None:
            endpointer.expect_words(draft.end_s)
            due.append((at + CHUNK + int(after_s * SAMPLE_RATE_HZ), draft.end_s))
    return cuts


def test_words_inside_a_clause_keep_a_pause_the_model_heard_finished_in_one_sentence() -> None:
    language, text = MID_CLAUSE[ALLERGIC]
    sentence = prepare("mid-clause", language, espeak(text, language))
    audio = stream([sentence], seed=0)
    assert len(cuts_with_verdicts(Fixed(1.0), audio, verdict=False)) == 2  # the split
    ((whole, at),) = cuts_with_verdicts(Fixed(1.0), audio, verdict=True)
    assert whole.start_s * SAMPLE_RATE_HZ <= sentence.start
    assert whole.end_s * SAMPLE_RATE_HZ >= sentence.end
    # at the true end the words are "open" too here: the pause ends at the open cap
    assert (at - sentence.end) / SAMPLE_RATE_HZ >= OPEN_CLAUSE_CAP_S


def test_a_finished_turn_is_cut_when_its_words_say_so_and_not_before() -> None:
    audio = load_audio(SPEECH / "en-meds.wav")
    audio = np.concatenate([audio, np.zeros(2 * SAMPLE_RATE_HZ, np.float32)])
    ((_, capped_at),) = feed(StreamingEndpointer("en", None), audio)  # no words expected
    # no answer: the words are waited for up to WORDS_WAIT_CAP_S of silence, no longer,
    # whether the turn model heard the sentence finished or was not asked
    ((_, plain_at),) = cuts_with_verdicts(Fixed(1.0), audio, verdict=None, after_s=99)
    ((_, silence_at),) = cuts_with_verdicts(None, audio, verdict=None)
    assert plain_at == silence_at
    # stream positions (samples fed), not the wall clock: deterministic on any machine
    waited_in_stream_s = (silence_at - capped_at) / SAMPLE_RATE_HZ
    assert waited_in_stream_s == pytest.approx(WORDS_WAIT_CAP_S - SILENCE_CAP_S, abs=0.06)
    # an answer 0.2 s after the draft (0.1 s into the pause): the cut comes with it
    ((closed, closed_at),) = cuts_with_verdicts(Fixed(1.0), audio, verdict=False)
    sooner_in_stream_s = (capped_at - closed_at) / SAMPLE_RATE_HZ
    assert sooner_in_stream_s == pytest.approx(SILENCE_CAP_S - TURN_PAUSE_S, abs=0.06)
    assert closed.duration_s > 1.5


def test_a_longer_wait_for_words_keeps_a_breath_and_ends_when_they_come(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """``bench/turn.py --words-wait 1.0``: a pause that is over waits for its draft's
    words beyond the 0.6 s cap. A breath of 0.75 s in a long sentence, speech resuming
    before the words come, stays inside one utterance; the same breath is a cut when
    they came in time, and without drafts; words that come late end the pause then."""
    monkeypatch.setattr(streaming, "WORDS_WAIT_CAP_S", 1.0)
    ended = np.concatenate([load_audio(SPEECH / "en-meds.wav"),
                            np.zeros(2 * SAMPLE_RATE_HZ, np.float32)])
    ((_, capped_at),) = feed(StreamingEndpointer("en", None), ended)
    ((_, late_at),) = cuts_with_verdicts(None, ended, verdict=False, after_s=0.7)
    assert (late_at - capped_at) / SAMPLE_RATE_HZ == pytest.approx(0.8 - SILENCE_CAP_S,
                                                                   abs=0.06)
    sentence = load_audio(SPEECH / "en-meds.wav")[:int(3.7 * SAMPLE_RATE_HZ)]  # to its end
    breath = np.zeros(int(0.75 * SAMPLE_RATE_HZ), np.float32)
    audio = np.concatenate([sentence, breath, sentence,
                            np.zeros(2 * SAMPLE_RATE_HZ, np.float32)])
    assert len(feed(StreamingEndpointer("en", None), audio)) == 2
    assert len(cuts_with_verdicts(None, audio, verdict=False, after_s=0.2)) == 2
    ((whole, _),) = cuts_with_verdicts(None, audio, verdict=False, after_s=0.85)
    assert whole.duration_s > 2 * len(sentence) / SAMPLE_RATE_HZ


def test_a_verdict_for_a_pause_that_is_over_changes_nothing() -> None:
    audio = load_audio(SPEECH / "en-two-utterances.wav")
    audio = np.concatenate([audio, np.zeros(SAMPLE_RATE_HZ, np.float32)])
    endpointer = StreamingEndpointer("en", None)
    drafts = []
    cuts = []
    for at in range(0, len(audio), CHUNK):
        cuts += endpointer.feed(audio[at:at + CHUNK])
        if (draft := endpointer.take_draft()) is not None:
            drafts.append(draft)
    assert len(cuts) == 2
    assert endpointer.words(drafts[0].end_s, True) is None
    assert endpointer.words(drafts[0].end_s, False) is None
