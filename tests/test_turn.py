"""The live endpointer (issue 14): Silero keeps its state and hears each frame once, the
smart-turn model decides at a pause, and the silence rule stands in when it cannot.
Real speech, the real VAD and the real smart-turn weights; fakes only for the policy's
mechanics (a model that is slow, or always says the same)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bench.live import _CUT
from bench.turn import MID_CLAUSE, SHARED, Sentence, espeak, prepare, stream
from interpretation import streaming
from interpretation.audio import load_audio
from interpretation.builder import models_dir
from interpretation.engines.smart_turn import MODEL_FILE, SmartTurn
from interpretation.frames import SAMPLE_RATE_HZ, Utterance
from interpretation.streaming import (
    DRAFT_PAUSE_S,
    SILENCE_CAP_S,
    TURN_PAUSE_S,
    UNFINISHED_CAP_S,
    StreamingEndpointer,
    StreamingVad,
    installed_turn_detector,
)
from interpretation.weights import by_name
from tests.cascade_helpers import SPEECH

CHUNK = SAMPLE_RATE_HZ // 50  # 20 ms, as a browser sends
VAD_LAG_S = 0.25  # Silero hears silence up to this long after the last loud frame


def smart_turn() -> SmartTurn:
    path = models_dir() / by_name("smart-turn").folder / MODEL_FILE
    if not path.is_file():
        pytest.fail("models are not installed: run `python manage.py models install`")
    return SmartTurn(path)


class AlwaysAsked:
    """The real model, never judged too slow: the policy under test, not this CPU's load."""

    recent_latency_s = 0.0

    def __init__(self, model: SmartTurn) -> None:
        self.model = model
        self.calls = 0

    def probability_finished(self, audio_16k: np.ndarray) -> float:
        self.calls += 1
        return self.model.probability_finished(audio_16k)


class Fixed:
    """Always the same verdict, as slow as told: the policy's mechanics only."""

    def __init__(self, probability: float, latency_s: float = 0.0) -> None:
        self.probability = probability
        self.recent_latency_s = latency_s
        self.calls = 0

    def probability_finished(self, audio_16k: np.ndarray) -> float:
        self.calls += 1
        return self.probability


def feed(endpointer: StreamingEndpointer, audio: np.ndarray) -> list[tuple[Utterance, int]]:
    """Each utterance with the stream position (samples) at which it came back."""
    cuts = []
    for at in range(0, len(audio), CHUNK):
        cuts += [(u, at + CHUNK) for u in endpointer.feed(audio[at:at + CHUNK])]
    return cuts


def shared(language: str, name: str) -> Sentence:
    if not SHARED.is_dir():
        pytest.skip("../shared/speech is not beside the repo")
    return prepare(name, language, load_audio(SHARED / language / name))


def test_the_streaming_vad_hears_each_frame_once_and_agrees_with_one_pass() -> None:
    from faster_whisper.vad import get_vad_model

    audio = load_audio(SPEECH / "en-two-utterances.wav")
    audio = audio[:len(audio) // 512 * 512]
    whole = get_vad_model()(audio).reshape(-1)
    vad = StreamingVad()
    rows = 0
    run = vad._session.run

    def counted(names: None, feeds: dict[str, np.ndarray]) -> Any:  # a spy on the session
        nonlocal rows
        rows += len(feeds["input"])
        return run(names, feeds)

    vad._session = type("Spy", (), {"run": staticmethod(counted)})()
    heard = np.concatenate([vad.feed(audio[at:at + CHUNK]) for at in range(0, len(audio), CHUNK)])
    assert rows == len(whole) == len(heard)
    np.testing.assert_allclose(heard, whole, atol=1e-5)


def test_two_sentences_become_two_whole_utterances_with_the_silence_rule() -> None:
    audio = load_audio(SPEECH / "en-two-utterances.wav")
    audio = np.concatenate([audio, np.zeros(SAMPLE_RATE_HZ, np.float32)])
    endpointer = StreamingEndpointer("en", None)
    cuts = feed(endpointer, audio)
    assert [u.index for u, _ in cuts] == [0, 1]
    first, second = (u for u, _ in cuts)
    assert first.end_s < second.start_s
    assert all(u.duration_s > 1.0 and u.language == "en" for u, _ in cuts)
    assert not endpointer.speaking


def test_flush_cuts_the_utterance_under_way() -> None:
    audio = load_audio(SPEECH / "en-meds.wav")
    endpointer = StreamingEndpointer("en", None)
    assert feed(endpointer, audio[:len(audio) * 2 // 3]) == []
    assert endpointer.speaking
    (utterance,) = endpointer.flush()
    assert utterance.duration_s > 1.5
    assert not endpointer.speaking
    assert endpointer.flush() == []


def test_a_finished_sentence_is_cut_soon_after_its_acoustic_end() -> None:
    sentence = shared("en", "leopard-test.wav")
    audio = stream([sentence], seed=0)
    model = AlwaysAsked(smart_turn())
    ((utterance, at),) = feed(StreamingEndpointer("en", model), audio)
    ((_, silence_at),) = feed(StreamingEndpointer("en", None), audio)
    delay_s = (at - sentence.end) / SAMPLE_RATE_HZ
    assert delay_s <= TURN_PAUSE_S + VAD_LAG_S
    assert delay_s < (silence_at - sentence.end) / SAMPLE_RATE_HZ - 0.2  # sooner than silence
    assert utterance.start_s * SAMPLE_RATE_HZ <= sentence.start
    assert utterance.end_s * SAMPLE_RATE_HZ >= sentence.end
    assert model.calls == 1


def test_an_unfinished_verdict_keeps_a_pause_inside_a_clause_in_one_sentence() -> None:
    """"The pain gets worse when I ... climb the stairs" (espeak-ng, a 0.6 s break): the
    silence rule alone cuts it in two; a verdict of "unfinished" waits past the break.
    Whether the real model says so at a given pause is bench/turn.py's to count (on
    this sentence it said 0.82 "finished" here, above the 0.8 bar, and split it)."""
    language, text = MID_CLAUSE[1]
    sentence = prepare("mid-clause", language, espeak(text, language))
    audio = stream([sentence], seed=0)
    assert len(feed(StreamingEndpointer("en", None), audio)) == 2
    ((utterance, _),) = feed(StreamingEndpointer("en", Fixed(0.0)), audio)
    assert utterance.start_s * SAMPLE_RATE_HZ <= sentence.start
    assert utterance.end_s * SAMPLE_RATE_HZ >= sentence.end


def test_an_unfinished_verdict_waits_for_the_longer_cap() -> None:
    audio = load_audio(SPEECH / "en-meds.wav")
    audio = np.concatenate([audio, np.zeros(2 * SAMPLE_RATE_HZ, np.float32)])
    model = Fixed(0.0)
    ((_, unfinished_at),) = feed(StreamingEndpointer("en", model), audio)
    ((_, silence_at),) = feed(StreamingEndpointer("en", None), audio)
    ((_, finished_at),) = feed(StreamingEndpointer("en", Fixed(1.0)), audio)
    assert model.calls == 1
    waited = (unfinished_at - silence_at) / SAMPLE_RATE_HZ
    assert waited == pytest.approx(UNFINISHED_CAP_S - SILENCE_CAP_S, abs=0.04)
    saved = (silence_at - finished_at) / SAMPLE_RATE_HZ
    assert saved == pytest.approx(SILENCE_CAP_S - TURN_PAUSE_S, abs=0.04)


def test_each_cut_says_which_rule_made_it() -> None:
    """bench/turn.py tells a split by the turn model's "finished" from one by a silence
    cap: the endpointer names the rule of its latest cut."""
    audio = load_audio(SPEECH / "en-meds.wav")
    padded = np.concatenate([audio, np.zeros(2 * SAMPLE_RATE_HZ, np.float32)])
    for detector, reason in ((Fixed(1.0), "finished"), (Fixed(0.0), "unfinished-cap"),
                             (None, "silence-cap")):
        endpointer = StreamingEndpointer("en", detector)
        assert len(feed(endpointer, padded)) == 1
        assert endpointer.last_reason == reason
    endpointer = StreamingEndpointer("en", None)
    feed(endpointer, audio[:len(audio) * 2 // 3])
    assert len(endpointer.flush()) == 1
    assert endpointer.last_reason == "flush"


def test_a_model_slower_than_the_silence_it_saves_is_not_asked() -> None:
    audio = load_audio(SPEECH / "en-meds.wav")
    audio = np.concatenate([audio, np.zeros(2 * SAMPLE_RATE_HZ, np.float32)])
    slow = Fixed(1.0, latency_s=streaming.TURN_LATENCY_BUDGET_S + 0.1)
    ((_, slow_at),) = feed(StreamingEndpointer("en", slow), audio)
    ((_, silence_at),) = feed(StreamingEndpointer("en", None), audio)
    assert slow.calls == 0
    assert slow_at == silence_at


def test_a_model_that_would_save_almost_nothing_is_not_asked() -> None:
    """At 0.27 s a call its verdict would cut a finished sentence only 0.03 s before the
    silence rule, and an unfinished one 0.2 s after it: bench/turn.py --model-cost puts
    the break-even at about 0.25 s. A fast one is asked."""
    audio = load_audio(SPEECH / "en-meds.wav")
    audio = np.concatenate([audio, np.zeros(2 * SAMPLE_RATE_HZ, np.float32)])
    for latency_s, asked in ((0.27, False), (0.2, True)):
        model = Fixed(1.0, latency_s=latency_s)
        feed(StreamingEndpointer("en", model), audio)
        assert (model.calls > 0) == asked, latency_s


def test_the_installed_model_is_found_and_its_absence_falls_back(
        settings: Any, tmp_path: Path) -> None:
    installed_turn_detector.cache_clear()
    try:
        assert isinstance(installed_turn_detector(), SmartTurn)
        installed_turn_detector.cache_clear()
        settings.MODELS_DIR = tmp_path
        assert installed_turn_detector() is None
        assert StreamingEndpointer("en")._turn is None
    finally:
        installed_turn_detector.cache_clear()


def test_smart_turn_hears_a_finished_sentence_and_reports_its_latency() -> None:
    model = smart_turn()
    sentence = shared("en", "leopard-test.wav")
    quiet = np.zeros(int(TURN_PAUSE_S * SAMPLE_RATE_HZ), np.float32)
    assert model.probability_finished(np.concatenate([sentence.audio, quiet])) > 0.5
    # how long it takes is bench/turn.py's to say (call_ms); here only that it is kept
    assert model.last_latency_s > 0
    assert model.recent_latency_s > 0


def test_short_turn_features_equal_the_full_computation() -> None:
    """The constant frames of the zero padding in front are computed once (``log_mel``),
    with the same result as framing the whole window."""
    from interpretation.engines import smart_turn as engine

    def plain(window: np.ndarray) -> np.ndarray:  # the straightforward computation
        x = (window - window.mean()) / np.sqrt(window.var() + engine._VARIANCE_EPS)
        padded = np.pad(x.astype(np.float64), (200, 200), mode="reflect")
        frames = np.lib.stride_tricks.sliding_window_view(padded, 400)[::160]
        power = np.abs(np.fft.rfft(frames * engine._HANN, axis=-1)) ** 2
        spec = np.log10(np.maximum(1e-10, engine._FILTERS.T @ power.T))[:, :-1]
        return ((np.maximum(spec, spec.max() - 8.0) + 4.0) / 4.0).astype(np.float32)

    speech = load_audio(SPEECH / "en-meds.wav")
    window = engine.WINDOW_S * SAMPLE_RATE_HZ
    for length in (0, 150, 350, SAMPLE_RATE_HZ, len(speech), window):
        heard = np.resize(speech, length) if length else np.zeros(0, np.float32)
        padded = np.pad(heard[-window:], (window - min(length, window), 0)).astype(np.float32)
        np.testing.assert_allclose(engine.log_mel(padded), plain(padded), atol=1e-5)


def drafts_and_cuts(endpointer: StreamingEndpointer, audio: np.ndarray
                    ) -> tuple[list[tuple[Utterance, int]], list[tuple[Utterance, int]]]:
    """As a connection reads them: the cuts of each chunk, then its new draft, if any."""
    drafts, cuts = [], []
    for at in range(0, len(audio), CHUNK):
        cuts += [(u, at + CHUNK) for u in endpointer.feed(audio[at:at + CHUNK])]
        if (draft := endpointer.take_draft()) is not None:
            drafts.append((draft, at + CHUNK))
    return drafts, cuts


def test_the_draft_is_the_cut_to_come_handed_out_before_the_verdict() -> None:
    audio = load_audio(SPEECH / "en-two-utterances.wav")
    audio = np.concatenate([audio, np.zeros(SAMPLE_RATE_HZ, np.float32)])
    drafts, cuts = drafts_and_cuts(StreamingEndpointer("en", None), audio)
    assert len(drafts) == len(cuts) == 2
    for (draft, drafted_at), (cut, cut_at) in zip(drafts, cuts, strict=True):
        assert (draft.index, draft.start_s, draft.end_s) == (cut.index, cut.start_s, cut.end_s)
        np.testing.assert_array_equal(draft.audio, cut.audio)
        waited = (cut_at - drafted_at) / SAMPLE_RATE_HZ
        assert waited == pytest.approx(SILENCE_CAP_S - DRAFT_PAUSE_S, abs=0.04)


def test_the_draft_goes_out_a_tenth_of_a_second_into_the_pause() -> None:
    """Its recognition is the caption's critical path when the sentence is heard finished:
    it goes once 0.1 s of the pause is heard (it was 0.2 s), the same audio as the cut to
    come, and the cut still holds the speech to its acoustic end."""
    sentence = shared("en", "leopard-test.wav")
    audio = stream([sentence], seed=0)
    drafts, cuts = drafts_and_cuts(StreamingEndpointer("en", None), audio)
    ((draft, drafted_at),) = drafts
    ((cut, cut_at),) = cuts
    assert (draft.start_s, draft.end_s) == (cut.start_s, cut.end_s)
    assert (cut_at - drafted_at) / SAMPLE_RATE_HZ >= SILENCE_CAP_S - 0.1 - 0.04
    assert cut.end_s * SAMPLE_RATE_HZ >= sentence.end
    assert (drafted_at - sentence.end) / SAMPLE_RATE_HZ <= 0.1 + VAD_LAG_S


def test_speech_that_resumes_voids_the_draft() -> None:
    """"The pain gets worse when I ... climb the stairs": the pause makes a draft of the
    first half; the verdict is "unfinished", speech resumes, and the one cut is the
    whole sentence, not the draft."""
    language, text = MID_CLAUSE[1]
    sentence = prepare("mid-clause", language, espeak(text, language))
    audio = stream([sentence], seed=0)
    drafts, cuts = drafts_and_cuts(StreamingEndpointer("en", Fixed(0.0)), audio)
    ((cut, _),) = cuts
    assert len(drafts) == 2  # one at the pause inside the clause, one at the end
    void, final = (d for d, _ in drafts)
    assert void.end_s < cut.end_s and void.index == cut.index
    assert (final.start_s, final.end_s) == (cut.start_s, cut.end_s)


def test_a_draft_already_cut_is_not_handed_out() -> None:
    audio = load_audio(SPEECH / "en-meds.wav")
    audio = np.concatenate([audio, np.zeros(SAMPLE_RATE_HZ, np.float32)])
    endpointer = StreamingEndpointer("en", Fixed(1.0))
    (cut,) = endpointer.feed(audio)  # one call: the draft and its cut together
    assert cut.index == 0
    assert endpointer.take_draft() is None


def test_each_cut_is_logged_with_its_rule_and_the_models_time_as_bench_live_reads_it(
        caplog: pytest.LogCaptureFixture) -> None:
    """bench/live.py splits the endpointer's share by rule from the server's log: each cut
    says its rule, the silence heard and the turn model's time, or that it was not asked;
    no words."""
    import logging

    audio = load_audio(SPEECH / "en-meds.wav")
    padded = np.concatenate([audio, np.zeros(2 * SAMPLE_RATE_HZ, np.float32)])
    plain = logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s")
    for detector, reason, asked in ((Fixed(1.0), "finished", True),
                                    (Fixed(0.0), "unfinished-cap", True),
                                    (None, "silence-cap", False),
                                    (Fixed(1.0, latency_s=1.0), "silence-cap", False)):
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="interpretation.streaming"):
            assert len(feed(StreamingEndpointer("en", detector), padded)) == 1
        (record,) = [r for r in caplog.records if r.name == "interpretation.streaming"]
        found = _CUT.match(plain.format(record))
        assert found is not None and found[2] == reason
        assert (found[3] is not None) == asked
