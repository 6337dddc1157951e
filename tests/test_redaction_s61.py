"""Stop 61's readings: a workplace after what someone does there ("she does payroll for
sterling"), a Spanish team played for by a name no Spanish word shares, a Spanish group
named by a verb ("el grupo renacer"), Spanish given names the lists lacked ("inmaculada"),
and the words that open a name ("at [the rusty spoon]", "[manos unidas]", "[little
saigon]"). Sentences written for these tests, not taken from any benchmark set."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from redaction.entity import Entity
from redaction.name_openings import with_body_openings, with_lead_words, with_place_articles
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
    ("she drives a van for hospice patients", "hospice"),
    ("she does hair for prom every spring", "prom"),
    ("she does intake for detox at night", "detox"),
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
    ("entrena para los playoffs de la liga", "playoffs"),
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
    ("mi hijo va al programa crecer de la alcaldía", "programa crecer"),
    ("mi mamá va al grupo sanar los jueves", "grupo sanar"),
])
def test_a_group_or_programme_named_by_a_verb(redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value, "es")


@pytest.mark.parametrize("text, kept", [
    ("su grupo sanguíneo es o negativo", "sanguíneo"),
    ("el grupo comenzó a las seis en punto", "comenzó"),
    # a second review's probes: an adjective in -ar, a "de" phrase before it, a verb
    # going on to its object or its predicate
    ("en el grupo familiar somos cinco", "familiar"),
    ("el programa de rehabilitación pulmonar me ayudó mucho", "pulmonar"),
    ("en el grupo hablar con otros me ayuda", "hablar"),
    ("en el programa caminar es lo primero", "caminar"),
])
def test_a_groups_kind_or_what_it_did_stays(redactor: Redactor, text: str, kept: str) -> None:
    assert not touched(redactor, text, kept, "es")


@pytest.mark.parametrize("text, kept", [
    ("tengo muchas angustias por las noches", "angustias"),
    ("me tragué una pepita de uva", "pepita"),
    ("mi hijo toca el chelo en la escuela", "chelo"),
    ("me dio consolación hablar con usted", "consolación"),
])
def test_a_given_name_that_is_an_ordinary_word_first_is_left_out(redactor: Redactor, text: str,
                                                                kept: str) -> None:
    """"angustias", "pepita" and "chelo" are given names in some lists, but said far more
    often as words: the extra list leaves them out (a review's probes)."""
    assert "F" in names()["inmaculada"]
    assert not touched(redactor, text, kept, "es")


@pytest.mark.parametrize("text, whole, language", [
    ("i tend bar at the salty dog on weekends", "the salty dog", "en"),
    ("my cousin lives out in the bronx now", "the bronx", "en"),
    ("compro las tortillas en la michoacana de la esquina", "la michoacana", "es"),
    ("The Rusty Spoon closed early", "The Rusty Spoon", "en"),
])
def test_a_places_article_goes_with_its_name(text: str, whole: str, language: str) -> None:
    """A place found without its article takes it in."""
    start, end = text.index(whole), text.index(whole) + len(whole)
    name_start = start + len(whole.split()[0]) + 1
    assert with_place_articles(text, [Entity("LOCATION", name_start, end)], language) \
        == [Entity("LOCATION", start, end)]


def test_an_article_another_finding_holds_stays_there() -> None:
    text = "vive en la la villita"
    first, second = Entity("LOCATION", 8, 10), Entity("LOCATION", 14, 21)
    assert with_place_articles(text, [first, second], "es") == [
        first, Entity("LOCATION", 11, 21)]


def test_an_english_place_with_its_article_redacted_whole(redactor: Redactor) -> None:
    assert "the" not in redactor.redact("she cooks at the blue heron in town", "en").text


def test_a_spanish_place_taken_for_a_person_after_en_or_por_takes_its_article() -> None:
    """"por el parián": no person is where something is; a finding typed a person there
    is a place, and its article goes with it."""
    text = "vivo en tlaquepaque por el parián"
    start = text.index("parián")
    assert with_place_articles(text, [Entity("PERSON", start, len(text))], "es") \
        == [Entity("PERSON", text.index("el parián"), len(text))]


@pytest.mark.parametrize("text, article", [
    ("va a la cooperativa tierra fértil los lunes", "la"),
    ("la maría me trajo las pastillas", "la"),
    ("se lo di a la maría ayer", "la"),
    ("fui al mercado con la maría", "la"),
])
def test_an_article_before_a_kind_or_a_person_stays(redactor: Redactor, text: str,
                                                    article: str) -> None:
    """A finding that opens with its kind, or a Spanish person said colloquially with an
    article, keeps the article outside."""
    assert article in redactor.redact(text, "es").text.split()


@pytest.mark.parametrize("text, body, rest", [
    ("nos ayudaron los de manos solidarias", "manos", "solidarias"),
    ("we got the stroller from brazos abiertos downtown", "brazos", "abiertos"),
])
def test_a_body_word_that_opens_a_found_name_goes_with_it(text: str, body: str,
                                                          rest: str) -> None:
    start, end = text.index(rest), text.index(rest) + len(rest)
    assert with_body_openings(text, [Entity("LOCATION", start, end)]) \
        == [Entity("LOCATION", text.index(body), end)]


@pytest.mark.parametrize("text", [
    "me duelen las manos hinchadas desde ayer",
    "tengo las manos rojas de tanto lavar",
    "cómo siguen las manos mercedes",  # a person called by name (a second review)
])
def test_a_body_word_before_a_word_no_finder_took_stays(redactor: Redactor, text: str) -> None:
    """The reading only widens a finding; it never makes one."""
    assert not touched(redactor, text, "manos", "es")


@pytest.mark.parametrize("text, lead, rest, kind", [
    ("we moved near little havana last year", "little", "havana", "LOCATION"),
    ("she sings at greater bethel every sunday", "greater", "bethel", "LOCATION"),
    ("i cook at mama rosa's on the weekend", "mama", "rosa's", "PERSON"),
])
def test_a_word_of_size_age_or_kin_that_opens_a_name_goes_with_it(text: str, lead: str,
                                                                  rest: str, kind: str) -> None:
    start, end = text.index(rest), text.index(rest) + len(rest)
    assert with_lead_words(text, [Entity(kind, start, end)]) \
        == [Entity(kind, text.index(lead), end)]


def test_a_kin_word_before_a_person_stays_outside() -> None:
    """"a la tía [rosa]": a person, not a shop named for her (no "'s")."""
    text = "se lo di a la tía rosa"
    found = [Entity("PERSON", text.index("rosa"), len(text))]
    assert with_lead_words(text, found) == found


def test_the_tagger_reads_the_name_lists_as_their_sources_give_them() -> None:
    """The extra Spanish given names reach the rules, not the learned tagger's features:
    a model trained and cross-validated on the source lists shifts on every added word."""
    from redaction.wordlists import source_names

    assert "inmaculada" in names() and "inmaculada" not in source_names()
