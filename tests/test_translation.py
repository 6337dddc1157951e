"""Translation: real engines (Apertium from Debian, the CTranslate2 path on the small test
model), and the protection every engine goes through (placeholders, glossary terms,
quantities, medicines) with its checks. Deterministic fakes only drive the mechanics
of the fallback and the flags; every engine is also tested for real."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from interpretation import quantities
from interpretation.builder import build_translator, engine_choice, load_glossary
from interpretation.engines.apertium_mt import ApertiumTranslator, available_pairs
from interpretation.engines.base import EngineError
from interpretation.engines.ct2_mt import Seq2SeqTranslator, discover_pairs
from interpretation.test_models import build_test_translation_model
from interpretation.translation import (
    FLAG_NUMBERS,
    FLAG_TEST_MODEL,
    SPAN_RE,
    Glossary,
    Translator,
    load_medicines,
)

ROOT = Path(__file__).resolve().parent.parent
MEDICINES = load_medicines(ROOT / "interpretation" / "medicines.txt")
needs_apertium = pytest.mark.skipif(
    not available_pairs(), reason="apt-get install apertium apertium-eng-spa")


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return Glossary.from_tsv(ROOT / "interpretation" / "glossary.tsv")


@pytest.fixture(scope="module")
def apertium(glossary: Glossary) -> Translator:
    return Translator({pair: ApertiumTranslator(pair) for pair in ("en-es", "es-en")},
                      glossary, MEDICINES)


@pytest.fixture(scope="module")
def test_model(tmp_path_factory: pytest.TempPathFactory, glossary: Glossary) -> Translator:
    folder = tmp_path_factory.mktemp("mt")
    build_test_translation_model(folder / "en-es", "en-es")
    return Translator({"en-es": Seq2SeqTranslator(discover_pairs(folder)["en-es"])},
                      glossary, MEDICINES)


class Fake:
    """Pipeline mechanics only: an engine whose output a test decides."""

    name, licence, tier, real = "fake", "none", "good", True

    def __init__(self, answer: dict[str, str]) -> None:
        self.answer = answer
        self.calls: list[list[str]] = []

    def translate_batch(self, texts: list[str]) -> list[str]:
        self.calls.append(texts)
        return [self.answer.get(text, text.upper()) for text in texts]


# --- Apertium, for real ----------------------------------------------------------------


@needs_apertium
def test_apertium_translates_clinical_english_into_formal_spanish(apertium: Translator) -> None:
    assert apertium.translate("Where does it hurt?", "en", "es").text == "¿Dónde le duele?"
    result = apertium.translate("Take your medicine.", "en", "es")
    assert result.text.startswith("Tome su ")  # usted, not "Tomar vuestra"
    assert result.engine == "apertium" and result.flags == ()


@needs_apertium
def test_apertium_translates_spanish_and_gives_back_the_dropped_subject(
        apertium: Translator) -> None:
    text = apertium.translate("Tengo tos y fiebre.", "es", "en").text
    assert text.startswith("I have")
    assert "fever" in text


@needs_apertium
def test_the_glossary_beats_word_for_word_translation(apertium: Translator) -> None:
    raw = Translator({"en-es": ApertiumTranslator("en-es")}, Glossary({}))
    assert "dolor de pecho" not in raw.translate("I have chest pain.", "en", "es").text
    assert "dolor de pecho" in apertium.translate("I have chest pain.", "en", "es").text


@needs_apertium
def test_doses_numbers_and_medicines_reach_the_spanish_exactly(apertium: Translator) -> None:
    source = "Take 500 mg of ibuprofen and two tablets of Tylenol at 9:30, for 10 days."
    result = apertium.translate(source, "en", "es")
    assert result.flags == ()
    for expected in ("500 mg", "ibuprofeno", "dos tabletas", "Tylenol", "9:30", "10 días"):
        assert expected in result.text
    assert quantities.values(result.text, "es") == quantities.values(source, "en")


@needs_apertium
def test_placeholders_pass_apertium_untranslated(apertium: Translator) -> None:
    source = "Mr. [PERSON_1], call [PHONE_NUMBER_1] before [DATE_TIME_1]."
    text = apertium.translate(source, "en", "es").text
    assert SPAN_RE.findall(text) == ["[PERSON_1]", "[PHONE_NUMBER_1]", "[DATE_TIME_1]"]


@needs_apertium
@pytest.mark.parametrize("hostile", [
    "", "   ", "x" * 2000, "<b>bold</b> & <script>alert(1)</script>", "tab\there\x00\x07 bell",
    "[ ] \\ ^ $ / @ { } * # ~", "[PERSON_9] never redacted here", "¿Dónde le duele?" * 50,
    "one two three four five six seven eight nine ten " * 30,
])
def test_hostile_input_gets_a_translation_not_a_crash(apertium: Translator, hostile: str) -> None:
    for source, target in (("en", "es"), ("es", "en")):
        result = apertium.translate(hostile, source, target)
        assert isinstance(result.text, str)
        assert SPAN_RE.findall(result.text) == SPAN_RE.findall(hostile)
    # and the pipeline is still alive for the next utterance
    assert apertium.translate("Hello.", "en", "es").text == "Hola."


@needs_apertium
def test_a_killed_apertium_is_started_again() -> None:
    engine = ApertiumTranslator("en-es")
    assert engine.translate_batch(["Good morning."]) == ["Buenos días."]
    for chain in engine._chains:
        for process in chain.processes:
            process.kill()
            process.wait()
    assert engine.translate_batch(["Good morning."]) == ["Buenos días."]
    engine.close()


def test_apertium_for_an_unknown_pair_is_refused() -> None:
    with pytest.raises(EngineError, match="fr-en"):
        ApertiumTranslator("fr-en")


# --- the CTranslate2 seq2seq path, on the small test model -----------------------------


def test_the_test_model_is_protected_too(test_model: Translator) -> None:
    """Its words are noise, but every number, medicine, term and placeholder survives."""
    source = "[PERSON_1], take 500 mg of metformin twice a day for two weeks."
    result = test_model.translate(source, "en", "es")
    assert FLAG_TEST_MODEL in result.flags
    for expected in ("[PERSON_1]", "500 mg", "metformina", "dos veces al día", "dos semanas"):
        assert expected in result.text
    assert FLAG_NUMBERS not in result.flags


def test_the_test_model_is_named_as_such(test_model: Translator) -> None:
    engine = test_model.engine("en", "es")
    assert engine.tier == "test" and not engine.real and engine.name == "test-model"


# --- mechanics: fallback and flags -----------------------------------------------------


def test_a_lost_placeholder_is_translated_piece_by_piece(glossary: Glossary) -> None:
    fake = Fake({"call [PERSON_1] now": "LLAME AHORA"})  # the span went missing
    result = Translator({"en-es": fake}, Glossary({})).translate("call [PERSON_1] now",
                                                                "en", "es")
    assert result.text == "CALL [PERSON_1] NOW"
    assert fake.calls[-1] == ["call", "now"]


def test_an_invented_number_flags_the_segment() -> None:
    fake = Fake({"Take your pills.": "Tome 5 pastillas."})
    result = Translator({"en-es": fake}, Glossary({})).translate("Take your pills.", "en", "es")
    assert FLAG_NUMBERS in result.flags


def test_an_empty_utterance_is_not_sent_to_the_engine() -> None:
    fake = Fake({})
    assert Translator({"en-es": fake}, Glossary({})).translate("  ", "en", "es").text == ""
    assert fake.calls == []


def test_the_glossary_reads_directions_from_its_tsv(tmp_path: Path) -> None:
    path = tmp_path / "g.tsv"
    path.write_text("en\tes\tcategory\tdirection\tnote\n"
                    "blood pressure\tpresión arterial\tcondition\tboth\t\n"
                    "blood pressure\ttensión arterial\tcondition\tes-en\tvariant\n",
                    encoding="utf-8")
    glossary = Glossary.from_tsv(path)
    assert glossary.terms["en-es"] == {"blood pressure": "presión arterial"}
    assert glossary.terms["es-en"] == {"presión arterial": "blood pressure",
                                       "tensión arterial": "blood pressure"}


def test_the_shipped_glossary_and_medicines_load() -> None:
    glossary = load_glossary()
    assert len(glossary.terms["en-es"]) >= 300 and len(glossary.terms["es-en"]) >= 300
    assert {"metformin", "ibuprofen", "tylenol"} <= MEDICINES


# --- quantities ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "language", "value", "rendered"), [
    ("500 mg", "en", "500", "500 mg"),
    ("two tablets", "en", "2", "dos tabletas"),
    ("one tablet", "en", "1", "una tableta"),
    ("twenty one days", "en", "21", "veintiún días"),
    ("120 over 80", "en", "120/80", "120 sobre 80"),
    ("38,5 grados", "es", "38.5", "38.5 degrees"),
    ("ciento cincuenta miligramos", "es", "150", "one hundred fifty milligrams"),
    ("media tableta", "es", "0.5", "half a tablet"),
])
def test_quantities_are_read_and_said_in_the_other_language(
        text: str, language: str, value: str, rendered: str) -> None:
    found = quantities.find(text, language)
    assert [q.value for q in found] == [value]
    assert found[0].rendered["es" if language == "en" else "en"] == rendered


def test_an_article_is_not_a_number() -> None:
    assert quantities.find("one of them said a word", "en") == []
    assert quantities.values("Tengo un dolor aquí", "es") == []


# --- choice of engine and the command ---------------------------------------------------


@needs_apertium
def test_auto_serves_each_pair_with_apertium_when_no_real_model_is_installed() -> None:
    assert engine_choice("en-es") == "apertium"
    translator = build_translator()
    assert translator.engine("en", "es").name == "apertium"


@needs_apertium
def test_the_translate_command_redacts_protects_and_restores(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """In this process (``call_command``), on the session's models: stdin as bytes, an
    unreadable line answered in its place."""
    lines = (b"My name is Ellen Marsh, take 500 mg of ibuprofen.\n\n") + b"\xff\xfe\n"
    printed = io.StringIO()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines)))
    call_command("translate", "--source", "en", "--target", "es", "--json", stdout=printed)
    out = [json.loads(line) for line in printed.getvalue().splitlines()]
    assert len(out) == 3
    assert "Ellen Marsh" in out[0]["translation"] and "500 mg" in out[0]["translation"]
    assert out[0]["engine"] == "apertium" and out[0]["flags"] == []
    assert set(out[0]) == {"translation", "engine", "flags", "ms"}
    assert out[1]["translation"] == ""
    assert out[2] == {"error": "unreadable", "line": 3}


def test_a_range_of_number_words_stays_two_numbers() -> None:
    assert quantities.values("entre cuatro y seis semanas", "es") == ["4", "6"]
    assert quantities.values("treinta y seis horas", "es") == ["36"]
    assert quantities.values("four to six weeks, two and three", "en") == ["2", "3", "4", "6"]
    assert quantities.values("one hundred and five pounds", "en") == ["105"]
