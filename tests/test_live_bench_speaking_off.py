"""``bench/live.py`` counts the endpointer's share from each sentence's acoustic end to
the ``speaking`` off that ended the utterance holding its last words. An utterance cut
before the sentence's last loud frame (a quiet tail the VAD hears as silence) sends that
"off" before the acoustic end: it is the sentence's (a negative share), not the next
sentence's seconds later, which made the benchmark's p95 read 4.9-19 s."""

from __future__ import annotations

import numpy as np
import pytest

from bench.conversation import Sentence, Span, Stream
from bench.headless import Received
from bench.live import heard


def test_the_off_that_ended_a_sentences_utterance_is_its_own() -> None:
    sentences = [Sentence("en", "one", 1.0, 3.0, 3.1, False),
                 Sentence("en", "two", 5.0, 8.0, 8.1, True)]
    stream = Stream("clinician", "en", np.zeros(1, np.float32), sentences)
    speaker, listener = Received(started=100.0), Received(started=100.0)
    for at, active in ((101.0, True), (102.9, False), (105.0, True), (108.5, False)):
        listener.events.append({"type": "speaking", "participant_id": 7, "active": active})
        listener.event_times.append(at)
    result = heard(stream, speaker, listener, 7, [Span(1, 0.9, 2.8), Span(2, 4.9, 8.1)])
    assert result.speaking_off == pytest.approx([-100.0, 500.0])
