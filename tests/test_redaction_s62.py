"""Stop 62's readings: who calls from where ("i'm calling from humana", "le llamo de
humana"); a second employer joined to the first by its own preposition ("for doordash and
for grubhub"); the organisations listed at this stop (help with food and resettlement,
fellowships of recovery, home care agencies, unions, interpreters); e-mails and web
addresses said with letters and words apart; ages after a contraction said without its
apostrophe, not a reading after it; a Spanish institution's head around its found name; a
count that ends a longer number, no dose. And what two reviews found these readings took,
kept as tests. Sentences written for these tests, not taken from any benchmark set."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize("text, value, language", [
    ("hi im calling from humana about the prior authorization", "humana", "en"),
    ("this is deshawn from walgreens about the refill", "walgreens", "en"),
    ("buenas le llamo de humana sobre el reclamo de su mamá", "humana", "es"),
])
def test_who_calls_from_where(redactor: Redactor, text: str, value: str,
                              language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, values, language", [
    ("i deliver for doordash and for grubhub so i eat in the car", ("doordash", "grubhub"),
     "en"),
    ("reparto para rappi y para didi casi todo el día", ("rappi", "didi"), "es"),
])
def test_a_second_employer_joined_to_the_first(redactor: Redactor, text: str,
                                               values: tuple[str, ...], language: str) -> None:
    for value in values:
        assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, kept, language", [
    ("i took an uber and a lyft to get here", "lyft", "en"),
    ("tomé un uber y luego un didi para llegar", "didi", "es"),
    ("the staples come out on friday at the clinic", "staples", "en"),
    ("this is the incision with staples from the surgery", "staples", "en"),
    ("this is her sugar at target range finally", "target", "en"),
    ("he works at target and staples are still in his knee", "staples", "en"),
    ("manejo para uber y con google busco las direcciones", "google", "es"),
    ("mi hijo habla mucho de amazon y de sus compras", "amazon", "es"),
    ("paciente con irc en hemodiálisis tres veces por semana", "irc", "es"),
    ("she wants to recover at home instead of going to rehab", "home instead", "en"),
    ("we got an early head start on the antibiotics", "early head start", "en"),
])
def test_what_is_used_or_said_stays(redactor: Redactor, text: str, kept: str,
                                    language: str) -> None:
    assert not touched(redactor, text, kept, language)


@pytest.mark.parametrize("text, value, language", [
    ("our formula comes from wic but she spits it up", "wic", "en"),
    ("a nurse with amedisys comes twice a week for the wound", "amedisys", "en"),
    ("soy intérprete de languageline y estoy en la llamada", "languageline", "es"),
    ("ya no voy a narcóticos anónimos desde marzo", "narcóticos anónimos", "es"),
    ("he goes to alcoholics anonymous at the church basement", "alcoholics anonymous", "en"),
    ("my brother is in the teamsters and drives nights", "teamsters", "en"),
    ("meals on wheels brings his lunch at noon", "meals on wheels", "en"),
])
def test_organisations_listed_at_this_stop(redactor: Redactor, text: str, value: str,
                                           language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize("text, value", [
    ("hi im calling about my aunt shes ninety six and she fell", "ninety six"),
    ("my dads ninety two and still drives", "ninety two"),
])
def test_an_age_after_a_contraction_said_without_its_apostrophe(redactor: Redactor, text: str,
                                                               value: str) -> None:
    assert hidden(redactor, text, value, "en")


@pytest.mark.parametrize("text, kept", [
    ("hes ninety pounds soaking wet", "ninety"),
    ("my patients ninety two percent on room air", "ninety two"),
    ("my moms ninety two on room air this morning", "ninety two"),
    ("shes ninety nine point five since last night", "ninety nine"),
    ("she's 94 on two liters now", "94"),
])
def test_a_weight_or_a_reading_after_such_a_contraction_stays(redactor: Redactor, text: str,
                                                              kept: str) -> None:
    assert not touched(redactor, text, kept, "en")


@pytest.mark.parametrize("text, value", [
    ("send the form to r okonkwo at l h s schools dot org by friday",
     "r okonkwo at l h s schools dot org"),
    ("the address is t dot nakamura at s f c h metro dot org",
     "t dot nakamura at s f c h metro dot org"),
    ("upload it at w w w dot c c p s health forms dot org slash intake",
     "w w w dot c c p s health forms dot org slash intake"),
    ("the forms are at members dot green valley health dot com slash forms",
     "members dot green valley health dot com"),
])
def test_an_address_said_with_letters_and_words_apart(redactor: Redactor, text: str,
                                                      value: str) -> None:
    assert hidden(redactor, text, value, "en")


@pytest.mark.parametrize("text, kept", [
    ("she looked at a b c dot com and laughed", "looked"),
    ("take a look at c d c dot gov for the schedule", "a look"),
])
def test_letters_after_at_with_no_address_shape_stay(redactor: Redactor, text: str,
                                                     kept: str) -> None:
    assert not touched(redactor, text, kept, "en")


@pytest.mark.parametrize("text, value", [
    ("la mandaron del centro de salud margarita para la biopsia", "centro de salud margarita"),
    ("mi abuela vive en la casa de reposo los pinos desde enero",
     "casa de reposo los pinos"),
    ("lo operaron en el instituto de cardiología ignacio chávez", "instituto de cardiología"),
])
def test_a_spanish_institution_found_with_all_its_head(redactor: Redactor, text: str,
                                                       value: str) -> None:
    assert hidden(redactor, text, value, "es")


@pytest.mark.parametrize("text, kept", [
    ("en el centro de salud le pusieron la vacuna", "centro de salud"),
    ("lo vio el servicio de cardiología por la arritmia", "cardiología"),
    ("la casa de reposo es cara pero la cuidan bien", "casa de reposo"),
])
def test_an_institution_named_by_its_kind_alone_stays(redactor: Redactor, text: str,
                                                      kept: str) -> None:
    assert not touched(redactor, text, kept, "es")


@pytest.mark.parametrize("text, kept", [
    ("we moved him over to insulin last week", "insulin"),
    ("the doctor moved her up to fifty milligrams", "fifty milligrams"),
    ("she moved down to rehab on tuesday", "rehab"),
])
def test_a_dose_moved_to_stays(redactor: Redactor, text: str, kept: str) -> None:
    assert not touched(redactor, text, kept, "en")


@pytest.mark.parametrize("text, value", [
    ("mi cédula es ocho cero uno dos de tegucigalpa y vivo sola", "tegucigalpa"),
    ("el código es cuatro cinco uno dos de cochabamba", "cochabamba"),
])
def test_a_town_after_a_number_that_ends_in_a_count(redactor: Redactor, text: str,
                                                    value: str) -> None:
    assert hidden(redactor, text, value, "es")


@pytest.mark.parametrize("text, kept", [
    ("tomo dos de ibuprofeno en la mañana", "ibuprofeno"),
    ("me tomo una de paracetamol cuando me duele", "paracetamol"),
])
def test_a_count_of_a_medicine_stays_a_dose(redactor: Redactor, text: str, kept: str) -> None:
    assert not touched(redactor, text, kept, "es")
