"""Start early, commit late (``interpretation.drafts``): a draft's result is found by the
cut that is the same audio, once, and by nothing else; it is forgotten soon and its
words never show in a repr."""

from __future__ import annotations

from typing import Any

from interpretation.drafts import DRAFT_MAX_WAIT_S, Drafts, draft_key, too_late


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


def test_its_repr_holds_no_words() -> None:
    drafts: Drafts[str] = Drafts()
    drafts.put(draft_key(message()), "Ellen Marsh, four one five")
    assert repr(drafts) == "<Drafts kept=1 reused=0>"
