"""Small towns (US towns under 5,000 people, villages of the Spanish-speaking countries,
``places_small.txt.gz``) are places, written or spoken; those that are ordinary words
("Luck", "Advance", "Pareja") need strong support, and the words themselves, medicines
and conditions stay. Sentences written for these tests (synthetic people, real towns)."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from redaction.towns import all_places, small_towns, world_towns
from redaction.wordlists import common, places
from tests.redaction_helpers import hidden, spoken_es, touched


def test_the_small_list_holds_small_towns_and_none_of_the_other_lists() -> None:
    towns = small_towns()
    assert towns["piney flats"] == "town" and towns["buckatunna"] == "town"
    assert towns["fuenferrada"] == "town" and towns["tlamaya grande"] == "town"
    assert {towns[w] for w in ("noel", "luck", "advance", "comfort", "pareja")} == {
        "townword"}
    assert not set(towns) & set(places()) and not set(towns) & set(world_towns())
    assert all_places()["mission"] == "city"  # a home town keeps its home kind
    assert all_places()["piney flats"] == "town"


def test_the_small_list_leaves_out_medicines_time_words_and_frequent_words() -> None:
    towns = small_towns()
    assert not {"aspirin", "insulin", "weeks", "ten sleep", "social circle",
                "white house", "agua blanca"} & set(towns)
    stops = set(list(common("en"))[:300]) | set(list(common("es"))[:300])
    assert not stops & set(towns)


@pytest.mark.parametrize(("text", "town", "language"), [
    ("We're out past the old mill in Piney Flats, about an hour away.", "Piney Flats", "en"),
    ("we're out past the old mill in piney flats about an hour away", "piney flats", "en"),
    ("Mail the refill to her house in Buckatunna, Mississippi.", "Buckatunna", "en"),
    ("the drive from weleetka takes about an hour", "weleetka", "en"),
    ("We moved to Noel, Missouri when he retired.", "Noel", "en"),
    ("we moved to noel missouri when he retired", "noel", "en"),
    ("The package goes to Luck, WI.", "Luck", "en"),
    ("My sister lives in Advance and works nights.", "Advance", "en"),
    ("She grew up over in Comfort, near the river.", "Comfort", "en"),
    ("Soy de un pueblito que se llama Tlamaya Grande, en Puebla.", "Tlamaya Grande", "es"),
    ("Mi mamá vive sola en Fuenferrada y toma losartán.", "Fuenferrada", "es"),
    ("Nací en Valor, un pueblo de Granada.", "Valor", "es"),  # a word: a verb of birth
    ("mis papás viven en hoyos cáceres", "hoyos", "es"),
])
def test_a_small_town_is_hidden(redactor: Redactor, text: str, town: str,
                                language: str) -> None:
    assert hidden(redactor, text, town, language)


def test_a_spanish_village_said_by_an_asr_is_hidden(redactor: Redactor) -> None:
    text = spoken_es("Vivo en Fuenferrada desde niña y tomo metformina.")
    assert hidden(redactor, text, "fuenferrada", "es")
    assert not touched(redactor, text, "metformina")


@pytest.mark.parametrize(("text", "word", "language"), [
    ("Good luck with the surgery tomorrow.", "luck", "en"),
    ("She signed an Advance Directive last year.", "Advance", "en"),
    ("We should advance the diet slowly after the procedure.", "advance", "en"),
    ("Comfort care is what the family wants now.", "Comfort", "en"),
    ("He has no energy in the afternoons.", "energy", "en"),
    ("the first round of therapy was a success", "success", "en"),
    ("Early signs of infection include redness.", "Early", "en"),
    ("Mi pareja me acompaña a todas las citas.", "pareja", "es"),
    ("vine con mi pareja porque no manejo", "pareja", "es"),
    ("El medicamento es por vía oral.", "oral", "es"),
    ("Hay que tener valor para seguir con la quimioterapia.", "valor", "es"),
    ("el valor de la glucosa salió alto", "valor", "es"),
    ("tiene hoyos en los dientes y le duelen", "hoyos", "es"),
    ("Su abuela habla tzeltal y un poco de español.", "tzeltal", "es"),
])
def test_an_ordinary_word_that_names_a_small_town_stays(redactor: Redactor, text: str,
                                                        word: str, language: str) -> None:
    assert not touched(redactor, text, word, language)


@pytest.mark.parametrize(("text", "term", "language"), [
    ("We live in Piney Flats and she takes lisinopril every morning.", "lisinopril", "en"),
    ("He takes insulin at night, we're out near Buckatunna.", "insulin", "en"),
    ("Somos de Tlamaya Grande y mi papá tiene diabetes.", "diabetes", "es"),
])
def test_medicines_and_conditions_beside_a_small_town_stay(redactor: Redactor, text: str,
                                                           term: str, language: str) -> None:
    assert not touched(redactor, text, term, language)


@pytest.mark.parametrize(("text", "word", "language"), [
    ("Me inyecto insulina después de comer y la Alba la tomo aparte.", "comer", "es"),
    ("Can you check if the card is still active?", "check", "en"),
    ("Any charges for a money transfer from GB to other banks?", "transfer", "en"),
    ("Mi domicilio permanente está en Querétaro.", "permanente", "es"),
])
def test_a_region_a_few_words_on_is_no_support_for_a_word_town(
        redactor: Redactor, text: str, word: str, language: str) -> None:
    assert not touched(redactor, text, word, language)


def test_a_given_name_that_names_a_small_town_stays_a_person(redactor: Redactor) -> None:
    text = "My sister Amanda drove me here today."
    assert [e.type for e in redactor.analyze(text, "en")] == ["PERSON"]
    assert hidden(redactor, "We moved out to Amanda, Ohio last spring.", "Amanda")


def test_a_mailing_form_of_a_town_takes_no_following_word(redactor: Redactor) -> None:
    text = "My brother Joe Anderson is 97 and lives alone."
    assert not touched(redactor, text, "is", "en")


def test_a_given_name_town_after_a_kin_word_is_the_person(redactor: Redactor) -> None:
    text = "i'm his niece, caroline rivas, he doesn't speak english at all."
    assert [(e.type, text[e.start:e.end]) for e in redactor.analyze(text, "en")] == [
        ("PERSON", "caroline rivas")]
