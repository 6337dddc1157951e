"""An utterance handed to a worker again (the first one went silent, maybe dead after
storing the segment but before sending it): the stored caption goes out again under its
own seq, and nothing is stored or spoken twice."""

from __future__ import annotations

from typing import Any

from audit.events import AuditEvent
from audit.models import AuditEntry
from interpretation.audio import load_audio
from interpretation.models import Segment
from telehealth.models import Visit
from tests.cascade_helpers import SPEECH, engines  # noqa: F401
from tests.test_live import live_visit, person  # noqa: F401  (live_visit is a fixture)


def test_a_segment_stored_by_an_earlier_attempt_is_sent_again_not_stored_again(
        live_visit: Visit, engines: Any) -> None:  # noqa: F811
    from interpretation import live
    from interpretation import utterances as jobs
    from interpretation.endpointing import utterances

    speaker = person(live_visit, "clinician")
    utterance = utterances(load_audio(SPEECH / "en-followup.wav"), "en")[0]
    message = jobs.job(live_visit.pk, speaker.pk, utterance)
    first: list[dict[str, Any]] = []
    again: list[dict[str, Any]] = []
    live.interpret(message, first.append)  # as if its worker died before sending these
    live.interpret(message | {"attempt": 2}, again.append)

    stored = next(e for e in first if e["type"] == "visit.segment")
    resent = [e for e in again if e["type"] == "visit.segment"]
    assert [e["seq"] for e in resent] == [stored["seq"]]
    assert resent[0]["translations"] == stored["translations"]
    assert not any(e["type"] in ("visit.audio", "visit.nothing") for e in again)
    assert Segment.objects.filter(visit=live_visit).count() == 1
    assert AuditEntry.objects.filter(event=AuditEvent.SEGMENT_STORED,
                                     visit_id=live_visit.pk).count() == 1
