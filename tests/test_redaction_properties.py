"""Redaction never crashes and fails closed: Hypothesis over random text, digit and
spoken-number runs, and identifier fragments run together so that findings touch and
overlap, in English and Spanish.

The suite runs a few hundred examples (under 30 s). For the long run set
``REDACTION_PROPERTY_EXAMPLES`` (the 100,000-input run: ``REDACTION_PROPERTY_EXAMPLES=100000
pytest tests/test_redaction_properties.py -k any_text``).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redaction.engine import FAILED_CLOSED_TYPE, RedactionResult, Redactor
from redaction.entity import Entity

EXAMPLES = int(os.environ.get("REDACTION_PROPERTY_EXAMPLES", "500"))

NUMBER_WORDS = {
    "en": "zero oh one two three four five six seven eight nine ten eleven twelve "
          "thirteen nineteen twenty thirty forty fifty ninety hundred thousand double "
          "triple and".split(),
    "es": "cero uno una un dos tres cuatro cinco seis siete ocho nueve diez once doce "
          "quince veinte veintiocho treinta cuarenta noventa cien ciento quinientos "
          "novecientos mil y".split(),
}
FRAGMENTS = {
    "en": ["my name is", "dr", "mr.", "my son", "this is", "calling", "spelled", "at", "dot",
           "com", "gmail", "street", "avenue", "apartment", "zip code", "phone", "ssn",
           "member id", "medical record number", "born on", "date of birth", "march",
           "the", "of", "years old", "aged", "u s s", "hunt", "f p o a a", "ellen", "marsh",
           "w as in william", "tylenol", "parkinson's", "500 mg", "for two weeks", ",", ".",
           "-", "@", "/", "'", "Springfield, Illinois", "62704", "1450", "Lakeshore Drive"],
    "es": ["me llamo", "mi nombre es", "doctora", "señor", "mi hijo", "soy", "llamando",
           "se escribe", "arroba", "punto", "com", "calle", "avenida", "colonia", "piso",
           "número", "teléfono", "dni", "letra", "afiliado", "historia clínica", "nací el",
           "de", "del", "marzo", "años", "tiene", "lucía", "fernández", "quispe", "q u i s",
           "metformina", "parkinson", "dos semanas", ",", ".", "-", "@", "/", "º", "118",
           "Alcalá", "28014"],
}


def phrases(language: str) -> st.SearchStrategy[str]:
    """Identifier-looking fragments and number runs, joined by spaces or punctuation."""
    token = st.one_of(st.sampled_from(FRAGMENTS[language]),
                      st.sampled_from(NUMBER_WORDS[language]),
                      st.from_regex(r"\d{1,6}", fullmatch=True),
                      st.from_regex(r"[a-zñ]", fullmatch=True))
    joiner = st.sampled_from([" ", " ", " ", ", ", "-", ". ", "  ", "", "\t"])
    return st.lists(st.tuples(token, joiner), max_size=40).map(
        lambda pairs: "".join(t + j for t, j in pairs))


def number_runs(language: str) -> st.SearchStrategy[str]:
    word = st.one_of(st.sampled_from(NUMBER_WORDS[language]), st.from_regex(r"\d{1,4}",
                                                                             fullmatch=True))
    return st.lists(word, min_size=1, max_size=30).map(" ".join)


ANY_TEXT = st.one_of(
    st.text(max_size=200),
    st.text(st.characters(blacklist_categories=()), max_size=80),  # lone surrogates too
    st.text(st.sampled_from("0123456789 -.,/()+#@"), max_size=60),
    # long runs of an id's characters: an id pattern once backtracked for 10 s on
    # 200 letters and digits before an underscore (``bench/redaction_fuzz.py`` times them)
    st.builds(str.__add__, st.text(st.sampled_from("aZ19"), min_size=150, max_size=300),
              st.sampled_from(["_", "-_", "", " x"])),
    *(strategy(lang) for lang in ("en", "es") for strategy in (phrases, number_runs)),
)


def assert_well_formed(text: str, result: RedactionResult) -> None:
    """Findings are ordered, disjoint and inside the text; the redacted text is the input
    with each finding swapped for its placeholder; restoring gives back each value."""
    if result.failed_closed:
        assert result.entities in ((), (Entity(FAILED_CLOSED_TYPE, 0, len(text)),))
        return
    inverse = {value: placeholder for placeholder, value in result.restore.items()}
    rebuilt, last = "", 0
    for entity in result.entities:
        assert last <= entity.start < entity.end <= len(text)
        rebuilt += text[last:entity.start] + inverse[text[entity.start:entity.end]]
        last = entity.end
    assert rebuilt + text[last:] == result.text
    assert len(result.restore) == len({text[e.start:e.end] for e in result.entities})


@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=ANY_TEXT, language=st.sampled_from(["en", "es"]))
def test_any_text_yields_a_well_formed_result(redactor: Redactor, text: str,
                                              language: str) -> None:
    assert_well_formed(text, redactor.redact(text, language))


@pytest.mark.parametrize(("text", "language"), [
    ("where would you like this to be sent to user u s s hunt f p o a a three eight two "
     "zero one", "en"),
    ("my name is ellen marsh ellen marsh e l l e n", "en"),
    ("vivo en la colonia del valle calle de la paz número cuatro piso dos", "es"),
])
def test_adjacent_findings_become_separate_placeholders(redactor: Redactor, text: str,
                                                        language: str) -> None:
    result = redactor.redact(text, language)
    assert not result.failed_closed
    assert result.entities, "these utterances hold identifiers"
    assert_well_formed(text, result)


def test_a_failing_analysis_redacts_the_whole_utterance(
        redactor: Redactor, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str, language: str) -> list[Entity]:
        raise RuntimeError("recognizer bug")

    monkeypatch.setattr(redactor, "analyze", broken)
    text = "my name is ellen marsh and my phone is 415 222 9811"
    result = redactor.redact(text, "en")
    assert result.failed_closed
    assert result.text == "[REDACTED_1]"
    assert result.entities == (Entity(FAILED_CLOSED_TYPE, 0, len(text)),)
    assert result.restore == {"[REDACTED_1]": text}
    assert "ellen" not in repr(result)
