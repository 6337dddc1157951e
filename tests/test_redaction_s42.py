"""Stop 42's readings: a place told with the verbs of travel ("we flew into cancun", "a
layover in bogotá") or after a filler ("i went to um tulum"), and a firm named by ordinary
words before its trade, said after a bare preposition ("at harvest table foods", "outside
hollister precision plastics"). Sentences written for these tests, not taken from any
benchmark set."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize("text, value, language", [
    ("we flew into cancun and drove from there", "cancun", "en"),
    ("they drove up to flagstaff for the weekend", "flagstaff", "en"),
    ("we visited oaxaca last spring and he got sick there", "oaxaca", "en"),
    ("we had a layover in bogotá on the way back", "bogotá", "en"),
    ("i went to um tulum with my roommate", "tulum", "en"),
    ("we passed through amarillo on the way", "amarillo", "en"),
])
def test_a_place_of_travel(redactor: Redactor, text: str, value: str, language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, words", [
    ("i was going to check with my wife first", "check"),
    ("we went back to bed after that", "bed"),
    ("she went into labor at thirty six weeks", "labor"),
    ("he went through hell with the chemo", "hell"),
    ("i'm working like normal hours again", "normal"),
    ("he's in uh comfort care now", "comfort"),
])
def test_going_and_back_are_no_place_cue_alone(redactor: Redactor, text: str,
                                              words: str) -> None:
    assert not touched(redactor, text, words, "en")


@pytest.mark.parametrize("text, value", [
    ("his boss at harvest table foods needs the form", "harvest table foods"),
    ("i'm parked outside hollister precision plastics where i work",
     "hollister precision plastics"),
    ("there's a message from hometown drug about the refill", "hometown drug"),
    ("the billing office at cornerstone orthopedics called her", "cornerstone orthopedics"),
    ("she does the books for bluewater marine supply", "bluewater marine supply"),
    ("the case worker at refugee family services called", "refugee family services"),
    ("he hauls for red river freight now", "red river freight"),
])
def test_a_firm_named_by_ordinary_words_after_a_bare_preposition(
        redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value, "en")


@pytest.mark.parametrize("text, words", [
    ("she's on soft foods for two weeks", "soft foods"),
    ("he works for residential plumbing company", "residential plumbing"),
    ("we got help from social services", "social services"),
    ("he used to work for family services", "family services"),
    ("she came with good company", "good company"),
    ("he moved on to harder drugs", "harder drugs"),
    ("she should stay away from greasy foods", "greasy foods"),
    ("we need more ostomy supplies from the pharmacy", "ostomy supplies"),
    ("he used illicit drugs in his twenties", "illicit drugs"),
    ("call for respite services for the weekend", "respite services"),
])
def test_a_kind_of_firm_said_bare_stays(redactor: Redactor, text: str, words: str) -> None:
    assert not touched(redactor, text, words, "en")


@pytest.mark.parametrize("text, value, language", [
    ("we went swimming at cedar lake that weekend", "cedar lake", "en"),
    ("they fished at lake travis and he got the cut there", "lake travis", "en"),
    ("a rash after swimming in salt river", "salt river", "en"),
    ("he got the tick bite at big thicket national park", "thicket national park", "en"),
    ("fuimos a las grutas de cacahuamilpa con la escuela", "grutas de cacahuamilpa", "es"),
    ("nadamos en la laguna de chapala y le salió el sarpullido",
     "laguna de chapala", "es"),
    ("acampamos junto al río usumacinta dos noches", "río usumacinta", "es"),
    ("we swam in lake tahoe the week before", "lake tahoe", "en"),
    ("we went to yellowstone national park in july", "yellowstone national park", "en"),
])
def test_a_named_lake_river_or_cave(redactor: Redactor, text: str, value: str,
                                    language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, words, language", [
    ("she lives by the river", "river", "en"),
    ("we went to the beach", "beach", "en"),
    ("his blood pressure falls at night", "falls", "en"),
    ("the kids played at the creek", "creek", "en"),
    ("se bañó en el río y le dio diarrea", "río", "es"),
    ("la cueva estaba llena de murciélagos", "cueva", "es"),
    ("she hit her head on the kitchen island", "kitchen island", "en"),
    ("her sodium falls every time she drinks that much water", "sodium", "en"),
    ("the snake bit him by a dry creek", "dry creek", "en"),
    ("the lake water was warm", "lake water", "en"),
    ("he can mount the bike again", "mount", "en"),
    ("estaba presa del pánico cuando llegó", "presa", "es"),
])
def test_a_kind_of_water_or_ground_stays(redactor: Redactor, text: str, words: str,
                                         language: str) -> None:
    assert not touched(redactor, text, words, language)


@pytest.mark.parametrize("text, value, language", [
    ("the reunion was over labor day weekend", "labor day weekend", "en"),
    ("he got sick right after labor day", "labor day", "en"),
    ("she was fine until after new year's", "new year's", "en"),
    ("we saw her around thanksgiving and she was fine", "thanksgiving", "en"),
    ("she stayed through christmas with us", "christmas", "en"),
    ("se enfermó el día de reyes", "día de reyes", "es"),
    ("desde el día de muertos no come", "día de muertos", "es"),
    ("lo operaron el viernes santo", "viernes santo", "es"),
])
def test_a_holiday_said_as_when_something_happened(redactor: Redactor, text: str,
                                                   value: str, language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, words, language", [
    ("after the christmas party he felt sick", "christmas", "en"),
    ("he ate too much over thanksgiving leftovers", "thanksgiving", "en"),
    ("me encanta el día de muertos con mi familia", "día de muertos", "es"),
    ("we went home for thanksgiving", "thanksgiving", "en"),
    ("the cough got worse after christmas", "christmas", "en"),
    ("para semana santa fuimos al pueblo", "semana santa", "es"),
])
def test_a_holiday_as_a_season_or_a_thing_stays(redactor: Redactor, text: str, words: str,
                                                language: str) -> None:
    assert not touched(redactor, text, words, language)


@pytest.mark.parametrize("text, value, language", [
    ("my confirmation code is q x seven r t b", "q x seven r t b", "en"),
    ("la reserva en avianca es q x siete r t b", "q x siete r t b", "es"),
    ("trabajo en ozark premium poultry en el deshuese", "ozark premium poultry", "es"),
    ("la mandan de sunbelt staffing cada semana", "sunbelt staffing", "es"),
    ("mis colegas de construcciones iturbe se enfermaron", "construcciones iturbe", "es"),
    ("i got my shots at passport health before the trip", "passport health", "en"),
    ("we flew jetblue to san juan in may", "jetblue", "en"),
])
def test_codes_firms_and_carriers_of_a_trip(redactor: Redactor, text: str, value: str,
                                            language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, words, language", [
    ("he was referred to mental health", "mental health", "en"),
    ("they sent her to public health", "public health", "en"),
    ("es un grupo de apoyo para mamás", "grupo", "es"),
    ("avian influenza is rare in people", "avian influenza", "en"),
    ("you will need the meningococcal a c w y vaccine", "a c w y", "en"),
    ("trabaja en commercial roofing desde hace años", "commercial roofing", "es"),
    ("el código es a e i o u para los niños", "a e i o u", "es"),
])
def test_a_kind_of_service_stays(redactor: Redactor, text: str, words: str,
                                 language: str) -> None:
    assert not touched(redactor, text, words, language)


@pytest.mark.parametrize("text, value", [
    ("todos le dicen la flaca y ella fue la que llamó", "la flaca"),
    ("le decimos el chino desde chiquito", "el chino"),
    ("su apodo es la güera", "la güera"),
    ("lo conocen como el chaparro en el rancho", "el chaparro"),
])
def test_a_nickname_after_the_words_that_give_one(redactor: Redactor, text: str,
                                                  value: str) -> None:
    assert hidden(redactor, text, value, "es")


@pytest.mark.parametrize("text, words", [
    ("le dicen la verdad aunque duela", "la verdad"),
    ("le dicen el diagnóstico mañana", "el diagnóstico"),
    ("está flaca la niña desde la gripa", "flaca"),
    ("nos dice la nena que le duele la panza", "la nena"),
    ("me dicen los viejos que ya no", "los viejos"),
])
def test_what_is_said_to_someone_stays(redactor: Redactor, text: str, words: str) -> None:
    assert not touched(redactor, text, words, "es")


@pytest.mark.parametrize("text, value", [
    ("the safari outfit was serengeti trails company we were in tanzania",
     "serengeti trails company"),
    ("the cheap hotel was the sandpiper", "sandpiper"),
    ("the caterer was lowcountry table right", "lowcountry"),
])
def test_a_place_of_a_trip_named_after_what_it_is(redactor: Redactor, text: str,
                                                  value: str) -> None:
    assert hidden(redactor, text, value, "en")


@pytest.mark.parametrize("text, words", [
    ("the hotel was nice but the beds were hard", "nice"),
    ("the restaurant was closed on sunday", "closed"),
    ("the agency was slow to call back", "slow"),
    ("the hotel was full of people coughing", "full"),
    ("the hotel was lovely and quiet", "lovely"),
    ("our lab was neutered last year", "neutered"),
    ("the restaurant was the cheapest one", "cheapest"),
    ("the lake scum was green that week", "lake scum"),
    ("can you help me mount tvs on the wall", "mount tvs"),
])
def test_what_a_place_was_like_stays(redactor: Redactor, text: str, words: str) -> None:
    assert not touched(redactor, text, words, "en")
