"""Stop 61's readings: a workplace after what someone does there ("she does payroll for
sterling"), a Spanish team played for by a name no Spanish word shares, a Spanish group
named by a verb ("el grupo renacer"), Spanish given names the lists lacked ("inmaculada"),
and a radiology practice named with its field. Sentences written for these tests, not
taken from any benchmark set."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from redaction.wordlists import names
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize("text, value", [
    ("she does payroll for lindqvist so she sits all day", "lindqvist"),
    ("he mows lawns for evergreen pros in the summer", "evergreen pros"),
    ("my dad drives a truck for hollister freight and his back hurts", "hollister freight"),
    ("i clean offices for shinebright at night so i sleep late", "shinebright"),
])
def test_a_workplace_after_what_someone_does_there(redactor: Redactor, text: str,
                                                   value: str) -> None:
    assert hidden(redactor, text, value, "en")


@pytest.mark.parametrize("text, kept", [
    ("she does her hair for church on sundays", "church"),
    ("she does hair for weddings on the weekend", "weddings"),
    ("he mows lawns for retirees in the summer", "retirees"),
    ("he drives a truck for a living", "living"),
    ("i take metformin at night with dinner", "metformin"),
])
def test_chores_and_medicines_at_night_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert not touched(redactor, text, kept, "en")


@pytest.mark.parametrize("text, value", [
    ("mi sobrino juega para los bulldogs y se lastimó el tobillo", "bulldogs"),
    ("el muchacho jugaba para los wildcats antes de la lesión", "wildcats"),
])
def test_a_spanish_team_played_for(redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value, "es")


@pytest.mark.parametrize("text, kept", [
    ("juega para los niños del barrio los sábados", "niños"),
    ("entrena para los maratones de la ciudad", "maratones"),
    ("juega para los juveniles de la escuela", "juveniles"),
])
def test_playing_for_people_or_events_names_no_team(redactor: Redactor, text: str,
                                                    kept: str) -> None:
    assert not touched(redactor, text, kept, "es")


@pytest.mark.parametrize("text, value", [
    ("mi madre inmaculada tiene artrosis en las manos", "inmaculada"),
    ("la que me cuida es mi tía angustias", "angustias"),
    ("mi hermana merche me trae las pastillas", "merche"),
])
def test_spanish_given_names_the_lists_lacked(redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value, "es")


@pytest.mark.parametrize("text, value", [
    ("llevo seis meses en el grupo despertar de alcohólicos anónimos", "grupo despertar"),
    ("el programa florecer nos da despensa cada mes", "programa florecer"),
])
def test_a_group_or_programme_named_by_a_verb(redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value, "es")


@pytest.mark.parametrize("text, kept", [
    ("su grupo sanguíneo es o negativo", "sanguíneo"),
    ("el grupo comenzó a las seis en punto", "comenzó"),
])
def test_a_groups_kind_or_what_it_did_stays(redactor: Redactor, text: str, kept: str) -> None:
    assert not touched(redactor, text, kept, "es")


@pytest.mark.parametrize("text, kept", [
    ("tengo muchas angustias por las noches", "angustias"),
    ("me tragué una pepita de uva", "pepita"),
    ("mi hijo toca el chelo en la escuela", "chelo"),
])
def test_a_given_name_that_is_an_ordinary_word_first_is_left_out(redactor: Redactor, text: str,
                                                                kept: str) -> None:
    """"angustias", "pepita" and "chelo" are given names in some lists, but said far more
    often as words: the extra list leaves them out (a review's probes)."""
    assert "F" in names()["inmaculada"]
    assert not touched(redactor, text, kept, "es")


@pytest.mark.parametrize("text, value", [
    ("la resonancia es en radiología san rafael a las diez", "radiología san rafael"),
])
def test_a_radiology_practice_named_with_its_field(redactor: Redactor, text: str,
                                                   value: str) -> None:
    assert hidden(redactor, text, value, "es")
