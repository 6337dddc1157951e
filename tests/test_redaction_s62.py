"""Stop 62's readings: a listed chain that is no frequent word, named after a cue of place
whatever follows it ("the one at safeway said"); who calls from where ("i'm calling from
humana", "le llamo de humana"); a second employer joined to the first ("for doordash and
for grubhub"); Spanish "a" read as "to", not as an English article ("voy a doble a"); and
the organisations listed at this stop (help with food and resettlement, fellowships of
recovery, home care agencies, unions, interpreters). Sentences written for these tests,
not taken from any benchmark set."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize("text, value", [
    ("not the one at safeway said my refill was ready", "safeway"),
    ("she picked it up at kaiser told me it was fine", "kaiser"),
    ("we got the crib at goodwill last month", "goodwill"),
])
def test_a_chain_no_dictionary_knows_after_a_cue_of_place(redactor: Redactor, text: str,
                                                          value: str) -> None:
    assert hidden(redactor, text, value, "en")


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
    ("compré pilas doble a en la tienda", "doble a", "es"),
    ("the staples come out on friday at the clinic", "staples", "en"),
])
def test_what_is_used_or_said_stays(redactor: Redactor, text: str, kept: str,
                                    language: str) -> None:
    assert not touched(redactor, text, kept, language)


@pytest.mark.parametrize("text, value, language", [
    ("los martes voy a doble a y luego a misa", "doble a", "es"),
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
