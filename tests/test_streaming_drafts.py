"""Start early, commit late (``interpretation.drafts``): a draft's result is found by the
cut that is the same audio, once, and by nothing else; it is forgotten soon and its
words never show in a repr."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from bench.live import _DRAFT
from interpretation.drafts import DRAFT_MAX_WAIT_S, Drafts, draft_key, too_late
from tests.cascade_helpers import engines  # noqa: F401  (a fixture)
from tests.test_live import live_visit  # noqa: F401  (a fixture)

HANG_GUARD_S = 30.0


class Clock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


def message(**changes: Any) -> dict[str, Any]:
    return {"visit_id": 7, "speaker_id": 3, "language": "en", "start_s": 1.25,
            "end_s": 3.5, "pcm": b"\x01\x02" * 800} | changes


def test_the_cut_of_the_same_audio_finds_the_draft_once() -> None:
    drafts: Drafts[str] = Drafts()
    drafts.put(draft_key(message()), "made early")
    assert drafts.take(draft_key(message(utterance_id="another id"))) == "made early"
    assert drafts.take(draft_key(message())) is None
    assert drafts.reused == 1


def test_a_different_cut_finds_nothing() -> None:
    drafts: Drafts[str] = Drafts()
    drafts.put(draft_key(message()), "made early")
    for other in (message(end_s=4.1), message(start_s=0.9), message(speaker_id=4),
                  message(visit_id=8), message(language="es"),
                  message(pcm=b"\x01\x03" * 800)):
        assert drafts.take(draft_key(other)) is None
    assert drafts.reused == 0 and len(drafts) == 1


def test_an_unused_draft_is_forgotten() -> None:
    clock = Clock()
    drafts: Drafts[str] = Drafts(ttl_s=5, clock=clock)
    drafts.put(draft_key(message()), "made early")
    clock.now += 6
    drafts.put(draft_key(message(end_s=9.0)), "a later one")
    assert len(drafts) == 1
    assert drafts.take(draft_key(message())) is None


def test_only_the_newest_drafts_are_kept() -> None:
    drafts: Drafts[int] = Drafts(size=2)
    for n in range(3):
        drafts.put(draft_key(message(end_s=float(n + 2))), n)
    assert drafts.take(draft_key(message(end_s=2.0))) is None
    assert drafts.take(draft_key(message(end_s=4.0))) == 2


def test_a_draft_that_waited_too_long_for_a_worker_is_not_worked_on() -> None:
    assert not too_late(message(sent_at=100.0), now=100.0 + DRAFT_MAX_WAIT_S / 2)
    assert too_late(message(sent_at=100.0), now=100.0 + DRAFT_MAX_WAIT_S + 0.01)
    assert too_late(message())  # no time: nothing to save


def test_a_cut_waits_for_its_draft_still_under_way_and_only_for_that() -> None:
    drafts: Drafts[str] = Drafts()
    key = draft_key(message())
    drafts.expect(key)
    found: list[str | None] = []
    cut = threading.Thread(target=lambda: found.append(drafts.take(key, wait_s=HANG_GUARD_S)))
    cut.start()
    drafts.put(key, "made early")
    drafts.done(key)
    cut.join(HANG_GUARD_S)
    assert found == ["made early"]
    drafts.expect(key)
    drafts.done(key)  # the draft failed or was left alone: nothing to wait for
    assert drafts.take(key, wait_s=HANG_GUARD_S) is None
    assert drafts.take(draft_key(message(end_s=9.0)), wait_s=HANG_GUARD_S) is None


def test_its_repr_holds_no_words() -> None:
    drafts: Drafts[str] = Drafts()
    drafts.put(draft_key(message()), "Ellen Marsh, four one five")
    assert repr(drafts) == "<Drafts kept=1 reused=0>"


async def _drain(layer: Any) -> list[Any]:
    import asyncio

    messages = []
    while True:
        try:
            messages.append(await asyncio.wait_for(layer.receive(WORKER), timeout=1))
        except TimeoutError:
            return messages


async def _speak_and_collect(visit: Any) -> list[Any]:
    """One sentence then a second of quiet, in 100 ms frames as the page sends them; what
    reached the worker channel (no worker runs here)."""
    import numpy as np
    from channels.layers import get_channel_layer

    from interpretation.audio import float_to_pcm16, load_audio
    from tests.cascade_helpers import SPEECH
    from tests.test_live import connect, open_and_read

    layer = get_channel_layer()
    await _drain(layer)  # whatever an earlier test left
    speaker = await visit.participants.aget(role="clinician")
    communicator = connect(visit.pk, speaker)
    await open_and_read(communicator)
    pcm = float_to_pcm16(np.concatenate([load_audio(SPEECH / "en-meds.wav"),
                                         np.zeros(16_000, np.float32)]))
    for at in range(0, len(pcm), 3_200):
        await communicator.send_to(bytes_data=pcm[at:at + 3_200])
    await communicator.receive_nothing(timeout=1)
    sent = await _drain(layer)
    await communicator.disconnect()
    return sent


WORKER = "interpretation"


def test_at_a_pause_the_connection_sends_the_draft_before_its_cut(live_visit: Any) -> None:  # noqa: F811
    from asgiref.sync import async_to_sync
    from django.test import override_settings

    with override_settings(INTERPRETATION_WORKERS=True, INTERPRETATION_DRAFTS=True):
        sent = async_to_sync(_speak_and_collect)(live_visit)
    assert [s["type"] for s in sent] == ["utterance.draft", "utterance.interpret"]
    draft, cut = sent
    assert draft_key(draft) == draft_key(cut)
    assert draft["utterance_id"] != cut["utterance_id"]
    assert draft["reply_to"] == cut["reply_to"]  # the verdict on its words comes back here

    with override_settings(INTERPRETATION_WORKERS=True, INTERPRETATION_CLAUSE_HOLD=False):
        sent = async_to_sync(_speak_and_collect)(live_visit)
    assert [s["type"] for s in sent] == ["utterance.draft", "utterance.interpret"]
    assert "reply_to" not in sent[0]

    with override_settings(INTERPRETATION_WORKERS=True, INTERPRETATION_DRAFTS=False):
        sent = async_to_sync(_speak_and_collect)(live_visit)
    assert [s["type"] for s in sent] == ["utterance.interpret"]


async def _hold_open(visit: Any) -> tuple[Any, list[list[Any]]]:
    """A sentence, its draft out; the worker's verdict "the words go on" sent back to its
    connection; then quiet up to 0.2 s short of ``OPEN_CLAUSE_CAP_S`` (past both silence
    caps), and on past it. The draft, and what reached the worker channel in each
    stretch."""
    import asyncio

    import numpy as np
    from channels.layers import get_channel_layer

    from interpretation.audio import float_to_pcm16, load_audio
    from interpretation.streaming import END_PAD_S
    from tests.cascade_helpers import SPEECH
    from tests.test_live import connect, open_and_read

    frame_s = 0.1
    quiet = float_to_pcm16(np.zeros(int(frame_s * 16_000), np.float32))
    layer = get_channel_layer()
    await _drain(layer)
    speaker = await visit.participants.aget(role="clinician")
    communicator = connect(visit.pk, speaker)
    await open_and_read(communicator)
    pcm = float_to_pcm16(load_audio(SPEECH / "en-meds.wav"))
    for at in range(0, len(pcm), 3_200):
        await communicator.send_to(bytes_data=pcm[at:at + 3_200])
    sent_s = len(pcm) / 32_000  # it ends in 0.34 s of quiet: its draft is out, not its cut
    draft = max((d for d in await _drain(layer) if d["type"] == "utterance.draft"),
                key=lambda d: d["end_s"])
    await layer.send(draft["reply_to"], {"type": "utterance.words", "end_s": draft["end_s"],
                                         "open_clause": True})
    await asyncio.sleep(0.5)  # no audio meanwhile: the stream's clock stands still
    stretches = []
    from interpretation.streaming import OPEN_CLAUSE_CAP_S

    for pause_s in (OPEN_CLAUSE_CAP_S - 0.2, OPEN_CLAUSE_CAP_S + 0.4):
        while sent_s - (draft["end_s"] - END_PAD_S) < pause_s:
            await communicator.send_to(bytes_data=quiet)
            sent_s += frame_s
        stretches.append(await _drain(layer))
    await communicator.disconnect()
    return draft, stretches


def test_words_that_go_on_keep_the_pause_open_past_the_silence_caps(live_visit: Any) -> None:  # noqa: F811
    from asgiref.sync import async_to_sync
    from django.test import override_settings

    with override_settings(INTERPRETATION_WORKERS=True, INTERPRETATION_DRAFTS=True):
        draft, (held, after) = async_to_sync(_hold_open)(live_visit)
    assert held == []
    assert [s["type"] for s in after] == ["utterance.interpret"]
    assert draft_key(after[0]) == draft_key(draft)


def test_each_cut_logs_what_it_found_as_bench_live_reads_it(
        caplog: pytest.LogCaptureFixture) -> None:
    """bench/live.py counts drafts reused, unmade (taken, then skipped or failed) and
    missing, and how long cuts waited, from the worker's log: ids, span and ms only."""
    import logging

    drafts: Drafts[str] = Drafts()
    made, unmade, missing = (draft_key(message(end_s=end)) for end in (3.5, 4.5, 5.5))
    drafts.put(made, "Ellen Marsh, four one five")
    drafts.expect(unmade)
    drafts.done(unmade)
    plain = logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s")
    with caplog.at_level(logging.INFO, logger="interpretation.drafts"):
        for key in (made, unmade, missing):
            drafts.take(key, wait_s=HANG_GUARD_S)
    lines = [plain.format(r) for r in caplog.records if r.name == "interpretation.drafts"]
    assert [m[2] for line in lines if (m := _DRAFT.match(line))] == ["reused", "unmade", "none"]
    assert not any("Ellen" in line or "four" in line for line in lines)


async def _closed_verdict(visit: Any) -> tuple[list[Any], list[Any], list[Any]]:
    """A sentence heard finished (the turn model made to say so), its draft out and its
    words awaited; then the worker's verdict "the words do not go on", and no more audio.
    What reached the worker channel before and after the verdict, and what the speaker's
    page heard after it."""
    import asyncio

    from channels.layers import get_channel_layer

    from interpretation.audio import float_to_pcm16, load_audio
    from tests.cascade_helpers import SPEECH
    from tests.test_live import connect, open_and_read

    layer = get_channel_layer()
    await _drain(layer)
    speaker = await visit.participants.aget(role="clinician")
    communicator = connect(visit.pk, speaker)
    await open_and_read(communicator)
    pcm = float_to_pcm16(load_audio(SPEECH / "en-meds.wav"))  # ends in 0.34 s of quiet
    for at in range(0, len(pcm), 3_200):
        await communicator.send_to(bytes_data=pcm[at:at + 3_200])
    before = await _drain(layer)
    page = []
    while not communicator.output_queue.empty():
        page.append(await communicator.receive_json_from())
    draft = max((d for d in before if d["type"] == "utterance.draft"), key=lambda d: d["end_s"])
    await layer.send(draft["reply_to"], {"type": "utterance.words", "end_s": draft["end_s"],
                                         "open_clause": False})
    after = await _drain(layer)
    await asyncio.sleep(0.2)
    page = []
    while not communicator.output_queue.empty():
        page.append(await communicator.receive_json_from())
    await communicator.disconnect()
    return before, after, page


def test_a_finished_turn_waits_for_its_words_and_is_cut_when_they_come(
        live_visit: Any, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    from asgiref.sync import async_to_sync
    from django.test import override_settings

    from interpretation import streaming
    from tests.test_turn import Fixed

    monkeypatch.setattr(streaming, "installed_turn_detector", lambda: Fixed(1.0))
    with override_settings(INTERPRETATION_WORKERS=True, INTERPRETATION_DRAFTS=True):
        before, after, page = async_to_sync(_closed_verdict)(live_visit)
    assert "utterance.interpret" not in [m["type"] for m in before]  # heard finished, waiting
    (cut,) = after
    assert cut["type"] == "utterance.interpret"
    assert {"type": "speaking", "participant_id": cut["speaker_id"], "active": False} in page
