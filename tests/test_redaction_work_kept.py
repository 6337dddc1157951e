"""What the redactor keeps between its finders' questions, so that an utterance costs less:
answers kept must be the answers asked again, copies must not leak, and a shortcut must
never skip what the long way finds.

``python bench/redaction.py`` measures what this saves (p50 per set); here only behaviour.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redaction.engine import Redactor
from redaction.medical import is_medical
from redaction.numbers import number_runs
from redaction.repeats import _PLAIN, _may_hold, _twice
from redaction.wordlists import fold

# Letters re's IGNORECASE pairs unusually (dotted and dotless i, long s, Kelvin, micro,
# Greek sigmas), beside ordinary Latin letters, accents and joiners.
LETTERS = "aAiIsSkKñÑéÉüÜ\u0131\u0130\u017f\u00b5\u212a\u03c3\u03a3\u03c2 -'bxz"


@settings(max_examples=2000, deadline=None)
@given(st.text(LETTERS, max_size=14), st.text(LETTERS, min_size=1, max_size=3))
def test_a_value_said_in_a_window_is_never_skipped(window: str, value: str) -> None:
    if re.search(re.escape(value), window, re.I):
        assert _may_hold(window, value)


@settings(max_examples=2000, deadline=None)
@given(st.text(LETTERS, max_size=14), st.text(LETTERS, min_size=1, max_size=3))
def test_a_value_said_twice_is_never_skipped(before: str, value: str) -> None:
    text = before + value  # in the text at least once, as a finding's value is
    places = len(re.findall(f"(?={re.escape(value.lower())})", text, re.I))
    if places >= 2 and _PLAIN.fullmatch(text):
        assert _twice(text.lower(), value.lower())


def test_number_runs_hand_each_caller_its_own_list() -> None:
    runs = number_runs("call me at five five five one two one two", "en")
    assert [run.digits for run in runs] == ["5551212"]
    runs.clear()  # a caller that edits its list leaves the next caller's whole
    assert [run.digits for run in number_runs("call me at five five five one two one two",
                                              "en")] == ["5551212"]


def test_kept_answers_are_the_answers() -> None:
    text = "me dio Tylenol y la vecina Olga Ibáñez lo trajo"
    tylenol, olga = text.index("Tylenol"), text.index("Olga")
    for _ in range(2):  # asked again: the same answer
        assert is_medical(text, tylenol, tylenol + 7, "tylenol", "es")
        assert not is_medical(text, olga, olga + 4, "olga", "es")
    assert fold("Ibáñez") == "ibañez" and fold("Ibáñez") == "ibañez"


def _fixture_lines(language: str) -> list[str]:
    from bench.redaction import fixture_samples

    return [sample["text"] for sample in fixture_samples(language)]


def test_utterances_read_again_compile_no_pattern_again(
        redactor: Redactor, monkeypatch: pytest.MonkeyPatch) -> None:
    """re keeps compiled patterns for its module functions, which spaCy's Spanish
    lemmatizer, phonenumbers and the finders all use; too few kept, and every utterance
    compiles hundreds again."""
    batch = [(text, language) for language in ("es", "en") for text in _fixture_lines(language)]
    first = [redactor.redact(text, language).entities for text, language in batch]
    compiled: list[str] = []
    compile_pattern = re._compiler.compile  # type: ignore[attr-defined]  # counted, not changed

    def counted(pattern: str, flags: int = 0) -> object:
        compiled.append(pattern)
        return compile_pattern(pattern, flags)

    monkeypatch.setattr(re._compiler, "compile", counted)  # type: ignore[attr-defined]
    again = [redactor.redact(text, language).entities for text, language in batch]
    assert again == first
    assert len(compiled) == 0
