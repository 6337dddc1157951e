"""The public-generator PHI set (``bench/phi_public.py``): filled the way the evaluator
fills its templates, typed by Safe Harbor, said as speech, reproducible. Offline: the
generator is run on a small source written here; the committed files are checked
against the evaluator's wheel only where it is already cached."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bench import phi_public as public
from bench import phi_public_said as said
from bench.phi_public_fill import merged

PEOPLE = [{"first_name": first, "last_name": last, "middle_initial": "Q", "gender": gender,
           "prefix": "Ms." if gender == "female" else "Mr.", "city": city,
           "state": "Vermont", "state_abbr": "VT", "country": "Iceland",
           "street_name": street, "zipcode": "05401", "email": email,
           "phone_number": "802 555 0143", "date_of_birth": "7/4/1961", "age": age,
           "nationality": "Icelandic", "job": "Welder", "company": "Acme"}
          for first, last, gender, city, street, email, age in [
              ("Thorvaldina", "Quennell", "female", "Brattleborough", "Kettle Pond Rd",
               "tq1961@examplemail.com", "63"),
              ("Osvaldir", "Pemberthy", "male", "Wyndham Falls", "Larchmere Lane",
               "opem@examplemail.com", "94"),
              ("Gudrunella", "Strathcoe", "female", "Hollins Ferry", "Quarry Hill St",
               "gstrath@examplemail.com", "35"),
              ("Bertholdo", "Anvarsson", "male", "Mapleton Ridge", "Cider Mill Ave",
               "banvar@examplemail.com", "71")]]
TEMPLATES = ["Please post the letter to {{address}} by Friday.",
             "Her date of birth is {{date_of_birth}} and she is {{age}}, 3 kids.",
             "Ring {{person}} on {{phone_number}}, she lives in {{city}}, {{state}}.",
             "Card {{credit_card_number}}, reply to {{email}}"]


def small_data() -> public.PublicData:
    return public.PublicData(
        templates=TEMPLATES, people=PEOPLE, organizations=["Acme Holdings"],
        nationalities=[{"country": "iceland", "nationality": "icelandic", "man": "icelander",
                        "woman": "icelander", "plural": "icelanders"}],
        licence_formats=["?#######"],
        address_formats={"{{building_number}} {{street_name}} {{secondary_address}}\n"
                         "{{city}}, {{state_abbr}} {{postcode}}": 1.0},
        phone_formats=["###-###-####"], age_formats={"9#": 1.0})


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return public.generate("dev", small_data())


def spans_of(record: dict[str, Any], kind: str) -> list[str]:
    return [record["text"][s["start"]:s["end"]] for s in record["spans"] if s["type"] == kind]


def test_the_generator_is_deterministic(records: list[dict[str, Any]]) -> None:
    assert public.generate("dev", small_data()) == records
    assert {r["form"] for r in records} == {"written", "spoken", "numerals"}


def test_every_form_of_a_sentence_has_the_same_identifiers(
        records: list[dict[str, Any]]) -> None:
    types: dict[str, set[tuple[str, ...]]] = {}
    for record in records:
        sentence = record["id"].rsplit(".", 1)[0]
        types.setdefault(sentence, set()).add(tuple(s["type"] for s in record["spans"]))
    assert types and all(len(kinds) == 1 for kinds in types.values())


def test_every_template_is_used_and_split_by_kind() -> None:
    parts = public.template_parts(TEMPLATES * 3)
    assert len(parts["aside"]) == 4 and len(parts["dev"]) == 8
    assert {public.template_kind(t) for _, _, t in parts["aside"]} == \
        {public.template_kind(t) for _, _, t in parts["dev"]}


def test_an_address_is_a_street_span_a_town_and_a_zip_code_but_not_its_state(
        records: list[dict[str, Any]]) -> None:
    letters = [r for r in records if r["template"] == "en-public-000"]
    assert letters
    for record in letters:
        streets = spans_of(record, "STREET_ADDRESS")
        assert len(streets) == 1 and re.search(r"\d|apartment|suite|apt", streets[0].lower())
        assert len(spans_of(record, "LOCATION")) == 1 and len(spans_of(record, "ZIP_CODE")) == 1
        assert all("vt" not in value.lower().split() for s in record["spans"]
                   for value in [record["text"][s["start"]:s["end"]]])


def test_states_countries_and_young_ages_are_no_identifiers(
        records: list[dict[str, Any]]) -> None:
    for record in records:
        for span in record["spans"]:
            assert "vermont" not in record["text"][span["start"]:span["end"]].lower()
            if span["type"] == "AGE":
                assert int(record["text"][span["start"]:span["end"]]) >= 90
        if record["template"] == "en-public-001" and record["form"] == "written":
            kept = [record["text"][k["start"]:k["end"]] for k in record["keep"]]
            ages = spans_of(record, "AGE")
            assert len(kept) + len(ages) == 1
            assert all(int(age) < 90 for age in kept)
            assert spans_of(record, "DATE_TIME") == ["7/4/1961"]


def test_the_spoken_form_says_numbers_and_symbols(records: list[dict[str, Any]]) -> None:
    spoken = [r for r in records if r["form"] == "spoken"]
    assert spoken and not any(re.search(r"\d", r["text"]) for r in spoken)
    assert all(r["text"] == r["text"].lower() for r in spoken)
    for record in spoken:
        for email in spans_of(record, "EMAIL_ADDRESS"):
            assert " at " in email and " dot " in email
        if record["template"] == "en-public-001":
            assert "three kids" in record["text"]
    numerals = [r for r in records if r["form"] == "numerals"]
    assert any(re.search(r"\d{3}", phone) for r in numerals
               for phone in spans_of(r, "PHONE_NUMBER"))


def test_foreign_phone_shapes_are_said_digit_by_digit() -> None:
    import random

    rng = random.Random(4)  # noqa: S311 - reproducible test data
    _, spoken, numerals = said.digit_groups("+41 (0)31 555 12 34", rng)
    assert spoken.startswith("plus ") and not re.search(r"\d", spoken)
    assert numerals.startswith("+41")
    _, spoken, numerals = said.digit_groups("802-555-0143x719", rng)
    assert "extension seven one nine" in spoken and numerals.endswith("extension 719")


def test_street_parts_with_only_spaces_between_are_one_span() -> None:
    text = "12 Elm St Apt 4\nSpringfield"
    spans = [{"type": "STREET_ADDRESS", "start": 0, "end": 2},
             {"type": "STREET_ADDRESS", "start": 3, "end": 9},
             {"type": "STREET_ADDRESS", "start": 10, "end": 15},
             {"type": "LOCATION", "start": 16, "end": 27}]
    assert merged(text, spans) == [{"type": "STREET_ADDRESS", "start": 0, "end": 15},
                                   {"type": "LOCATION", "start": 16, "end": 27}]


def test_the_committed_files_are_the_generators_output() -> None:
    if not sorted(public.CACHE_DIR.glob(f"presidio_evaluator-{public.VERSION}-*.whl")):
        pytest.skip("the evaluator's wheel is not cached (python -m bench.phi_public fetches it)")
    data = public.load_data(public.wheel_path())
    assert len(data.templates) >= 200 and len(data.people) == 3000
    for split in ("dev", "aside"):
        lines = public.output_path(split).read_text(encoding="utf-8").splitlines()
        from bench.phi_data import dumps

        assert dumps(public.generate(split, data)).splitlines() == lines
