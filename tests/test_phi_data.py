"""The redaction development set (``bench/phi_data.py``): reproducible, well-formed and
honestly split, so that held-out figures mean something."""

from __future__ import annotations

import random
import re
from collections import Counter
from typing import Any

import pytest

from bench.phi_data import LANGUAGES, SPLITS, dumps, generate, load, output_path, split_templates

MIN_SENTENCES = {"en": 600, "es": 400}
MIN_HELDOUT_SPANS_PER_TYPE = 20
TYPES = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "US_SSN", "DATE_TIME", "AGE",
         "STREET_ADDRESS", "LOCATION", "ZIP_CODE", "MEDICAL_RECORD_NUMBER", "MEMBER_ID",
         "ID_NUMBER", "URL"}


@pytest.fixture(scope="module")
def generated() -> dict[tuple[str, str], list[dict[str, Any]]]:
    return {(language, split): generate(language, split)
            for language in LANGUAGES for split in SPLITS}


def test_the_generator_is_deterministic_and_the_committed_files_are_its_output(
        generated: dict[tuple[str, str], list[dict[str, Any]]]) -> None:
    for (language, split), records in generated.items():
        assert generate(language, split) == records
        assert output_path(language, split).read_text(encoding="utf-8") == dumps(records), (
            f"{language}-{split} is stale: run `python -m bench.phi_data`")


def test_spans_lie_inside_the_text_and_hold_the_identifier(
        generated: dict[tuple[str, str], list[dict[str, Any]]]) -> None:
    for records in generated.values():
        for record in records:
            text = record["text"]
            marks = sorted([(s["start"], s["end"]) for s in record["spans"]]
                           + [(k["start"], k["end"]) for k in record["keep"]])
            for (start, end), following in zip(marks, [*marks[1:], (len(text), len(text))],
                                               strict=True):
                assert 0 <= start < end <= following[0], record["id"]
                assert text[start:end] == text[start:end].strip(), record["id"]
            for span in record["spans"]:
                assert span["type"] in TYPES
                value = text[span["start"]:span["end"]]
                if record["form"] == "spoken":
                    assert not re.search(r"\d|@", value), record["id"]
                elif span["type"] == "EMAIL_ADDRESS":
                    assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", value), record["id"]
                elif span["type"] in ("PHONE_NUMBER", "US_SSN", "ZIP_CODE"):
                    assert sum(c.isdigit() for c in value) >= 4, record["id"]


def test_both_forms_of_a_sentence_carry_the_same_identifiers(
        generated: dict[tuple[str, str], list[dict[str, Any]]]) -> None:
    for records in generated.values():
        by_sentence: dict[str, dict[str, dict[str, Any]]] = {}
        for record in records:
            by_sentence.setdefault(record["id"].rsplit(".", 1)[0], {})[record["form"]] = record
        for forms in by_sentence.values():
            assert set(forms) == {"written", "spoken"}
            written, spoken = forms["written"], forms["spoken"]
            assert [s["type"] for s in written["spans"]] == [s["type"] for s in spoken["spans"]]
            assert len(written["keep"]) == len(spoken["keep"])
            assert not re.search(r"\d", spoken["text"]), spoken["id"]


def test_no_template_is_in_both_splits_and_a_third_is_held_out(
        generated: dict[tuple[str, str], list[dict[str, Any]]]) -> None:
    for language in LANGUAGES:
        parts = split_templates(language)
        assert not {t for t, _ in parts["dev"]} & {t for t, _ in parts["heldout"]}
        used = {split: {r["template"] for r in generated[(language, split)]} for split in SPLITS}
        assert not used["dev"] & used["heldout"]
        assert used["heldout"] <= {t for t, _ in parts["heldout"]}
        sentences = {split: len(generated[(language, split)]) // 2 for split in SPLITS}
        assert sum(sentences.values()) >= MIN_SENTENCES[language]
        assert 0.30 <= sentences["heldout"] / sum(sentences.values()) <= 0.40


def test_every_type_has_enough_held_out_spans_in_each_language(
        generated: dict[tuple[str, str], list[dict[str, Any]]]) -> None:
    for language in LANGUAGES:
        for form in ("written", "spoken"):
            counts = Counter(span["type"] for r in generated[(language, "heldout")]
                             if r["form"] == form for span in r["spans"])
            assert set(counts) == TYPES
            assert min(counts.values()) >= MIN_HELDOUT_SPANS_PER_TYPE, counts


def test_sentences_are_distinct_and_a_quarter_carry_no_identifier(
        generated: dict[tuple[str, str], list[dict[str, Any]]]) -> None:
    for language in LANGUAGES:
        written = [r for split in SPLITS for r in generated[(language, split)]
                   if r["form"] == "written"]
        assert len({r["text"] for r in written}) == len(written)
        without = sum(1 for r in written if not r["spans"])
        assert 0.18 <= without / len(written) <= 0.35
        assert all(r["keep"] for r in written if not r["spans"])


def test_identities_are_diverse() -> None:
    names: Counter[str] = Counter()
    for language in LANGUAGES:
        for record in load(language, "dev") + load(language, "heldout"):
            if record["form"] == "written":
                names.update(record["text"][s["start"]:s["end"]].lower()
                             for s in record["spans"] if s["type"] == "PERSON")
    assert len(names) >= 0.85 * sum(names.values())
    assert names.most_common(1)[0][1] <= 6


def test_the_novel_set_is_reproducible_and_its_medicines_are_in_no_list() -> None:
    """``bench/phi_novel.py``: the committed file is the generator's output, and no
    invented medicine is a word of the benchmark's lists (held-out third included) or
    of the redactor's medicine lists."""
    from bench import phi_novel

    records = phi_novel.generate()
    assert phi_novel.OUT.read_text(encoding="utf-8") == dumps(records), (
        "fixtures/phi/novel is stale: run `python -m bench.phi_novel`")
    listed = phi_novel._listed_words()
    kept = {record["text"][k["start"]:k["end"]] for record in records for k in record["keep"]}
    assert len(kept) > 100
    assert not {phi_novel._fold(word) for word in kept} & listed


def sentences_in_three_forms(records: list[dict[str, Any]]) -> list[dict[str, dict[str, Any]]]:
    """Each sentence's written, spoken and numerals records, checked: every marked value
    is trimmed and non-empty, the three forms carry the same identifier types, and the
    spoken form has no digit."""
    by_sentence: dict[str, dict[str, dict[str, Any]]] = {}
    for record in records:
        text = record["text"]
        for mark in record["spans"] + record["keep"]:
            value = text[mark["start"]:mark["end"]]
            assert value and value == value.strip(" ,"), record["id"]
        by_sentence.setdefault(record["id"].rsplit(".", 1)[0], {})[record["form"]] = record
    for forms in by_sentence.values():
        assert set(forms) == {"written", "spoken", "numerals"}
        types = [[s["type"] for s in forms[f]["spans"]] for f in forms]
        assert all(t == types[0] for t in types)
        assert not re.search(r"\d", forms["spoken"]["text"]), forms["spoken"]["id"]
    return list(by_sentence.values())


def test_the_fresh_set_is_reproducible_well_formed_and_apart_from_the_held_out_part() -> None:
    """``bench/phi_fresh.py``: the committed files are its output; each sentence has the
    same identifiers in its three forms; about a third of its templates are aside; no
    template repeats a held-out wording and no street name, city or medicine of it is
    in the held-out part (checked without showing any held-out text)."""
    from bench import phi_fresh
    from bench.phi_fresh_terms import ADDRESS_TEMPLATES, MEDICINE_TEMPLATES, PLAIN_TEMPLATES

    parts = {split: phi_fresh.generate(split) for split in ("dev", "aside")}
    for split, records in parts.items():
        assert phi_fresh.output_path(split).read_text(encoding="utf-8") == dumps(records), (
            "fixtures/phi/fresh is stale: run `python -m bench.phi_fresh`")
        sentences_in_three_forms(records)
    templates = {split: {r["template"] for r in records} for split, records in parts.items()}
    assert not templates["dev"] & templates["aside"]
    assert 0.28 <= len(parts["aside"]) / (len(parts["dev"]) + len(parts["aside"])) <= 0.4
    assert phi_fresh.heldout_copies(ADDRESS_TEMPLATES + MEDICINE_TEMPLATES
                                    + PLAIN_TEMPLATES) == 0
    places = [record["text"][s["start"]:s["end"]] for records in parts.values()
              for record in records if record["form"] == "written"
              for s in record["spans"] if s["type"] == "LOCATION"]
    assert len(places) > 100 and all(phi_fresh.unseen(place) for place in places)


def test_the_real_set_is_reproducible_and_its_medicines_no_list_knows() -> None:
    from bench import phi_real
    from redaction.gazetteer import fold
    from redaction.medical_lists import extra_medicines, medicines

    unknown = phi_real.unknown_medicines()
    assert len(unknown) >= 40  # enough real names left to vary the sentences
    assert not {fold(m) for m in unknown} & (medicines() | extra_medicines())
    for split in ("dev", "aside"):
        committed = (phi_real.OUT_DIR / f"es-{split}.jsonl").read_text(encoding="utf-8")
        assert dumps(phi_real.generate(split)) == committed
    dev, aside = (phi_real.RealTerms(random.Random(0), s).medicines  # noqa: S311
                  for s in ("dev", "aside"))
    assert dev and aside and not set(dev) & set(aside)


def wild_written_records(module: Any, hesitations: str, least: int) -> list[dict[str, Any]]:
    """A wild generator's written records, once its parts are checked: the committed
    files are its output, each sentence has the same identifiers in its three forms,
    ``hesitations`` only in the spoken ones, at least ``least`` sentences, a third of
    the templates aside and none in both parts."""
    parts = {split: module.generate(split) for split in ("dev", "aside")}
    for split, records in parts.items():
        assert module.output_path(split).read_text(encoding="utf-8") == dumps(records), (
            f"{module.output_path(split)} is stale: run `python -m {module.__name__}`")
        for forms in sentences_in_three_forms(records):
            typed = forms["written"]
            assert not any(re.search(hesitations, typed["text"][s["start"]:s["end"]].lower())
                           for s in typed["spans"]), typed["id"]
    templates = {split: {r["template"] for r in records} for split, records in parts.items()}
    assert not templates["dev"] & templates["aside"]
    sentences = {split: len(records) // 3 for split, records in parts.items()}
    assert sum(sentences.values()) >= least
    assert 0.28 <= sentences["aside"] / sum(sentences.values()) <= 0.4
    return [r for records in parts.values() for r in records if r["form"] == "written"]


def test_the_wild_set_is_reproducible_well_formed_and_apart_from_the_unseen_sets() -> None:
    """``bench/phi_wild.py``: well formed (``wild_written_records``); no street, city or
    medicine of it is in a set never tuned on (checked without showing any of their
    text)."""
    from bench import phi_wild

    written = wild_written_records(phi_wild, r"\b(?:eh|mmm|o sea)\b", 300)
    places = [r["text"][s["start"]:s["end"]] for r in written for s in r["spans"]
              if s["type"] == "LOCATION"]
    kept = [r["text"][k["start"]:k["end"]] for r in written for k in r["keep"]]
    assert len(places) > 50 and all(phi_wild.unseen(place) for place in places)
    assert len(kept) > 200 and all(phi_wild.unkept(word) for word in phi_wild.Source("dev")
                                   .medicines)


def test_the_english_wild_set_is_reproducible_well_formed_and_apart_from_the_held_out_part(
) -> None:
    """``bench/phi_wild_en.py``: well formed (``wild_written_records``), at least 500
    sentences with every identifier type; no name, town or medicine of it is in the
    English held-out part (checked without showing any of its text)."""
    from bench import phi_wild_en

    written = wild_written_records(phi_wild_en, r"\b(?:um|uh)\b", 500)
    values = [r["text"][s["start"]:s["end"]] for r in written for s in r["spans"]
              if s["type"] in ("LOCATION", "PERSON")]
    kept = [r["text"][k["start"]:k["end"]] for r in written for k in r["keep"]]
    source = phi_wild_en.Source("dev")
    assert len(values) > 200 and all(phi_wild_en.unseen(value) for value in values)
    assert len(kept) > 200 and all(phi_wild_en.unkept(term) for term
                                   in source.medicines + source.conditions)
    types = {s["type"] for r in written for s in r["spans"]}
    assert types >= {"PERSON", "LOCATION", "STREET_ADDRESS", "ZIP_CODE", "PHONE_NUMBER",
                     "US_SSN", "MEDICAL_RECORD_NUMBER", "MEMBER_ID", "EMAIL_ADDRESS",
                     "DATE_TIME", "AGE"}


def test_the_spanish_identity_set_is_reproducible_well_formed_and_apart_from_the_unseen_sets(
) -> None:
    """``bench/phi_wild_es_ids.py``: well formed (``wild_written_records``), at least 400
    sentences with every identifier type it carries; no name, town, province or
    medicine of it is in a set never tuned on (checked without showing any of their
    text)."""
    from bench import phi_wild_es_ids

    written = wild_written_records(phi_wild_es_ids, r"\b(?:eh|este|o sea|mmm)\b", 400)
    values = [r["text"][s["start"]:s["end"]] for r in written for s in r["spans"]
              if s["type"] in ("LOCATION", "PERSON")]
    source = phi_wild_es_ids.Source("dev")
    assert len(values) > 200 and all(phi_wild_es_ids.unseen(value) for value in values)
    assert all(phi_wild_es_ids.unkept(term) for term in source.medicines + source.conditions)
    assert len(source.medicines) > 40 and len(source.conditions) > 20
    types = {s["type"] for r in written for s in r["spans"]}
    assert types >= {"PERSON", "LOCATION", "ID_NUMBER", "MEDICAL_RECORD_NUMBER", "MEMBER_ID",
                     "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_TIME", "AGE"}


def test_the_hand_written_sets_are_their_sources_and_a_training_set_keeps_a_third_aside(
) -> None:
    """``bench/phi_ext.py`` rebuilds every committed part from its source; a set written to
    train the tagger (``TRAINING_HEAVY``) gives it two thirds and still keeps one aside."""
    from bench import phi_ext

    for name in phi_ext.SETS:
        for language in ("en", "es"):
            if not (phi_ext.folder(name) / "src" / f"{language}.txt").exists():
                continue
            parts = phi_ext.build(language, {"dev": 0, "aside": 0}, name)
            for part, samples in parts.items():
                path = phi_ext.folder(name) / f"{language}-{part}.jsonl"
                assert path.read_text(encoding="utf-8") == dumps(samples), (name, part)
            if name in phi_ext.TRAINING_HEAVY:
                assert 0.3 <= len(parts["aside"]) / len(parts["dev"] + parts["aside"]) <= 0.34
