"""Stop 59's readings: Spanish names said right after their kind's noun with no "de"
between (read with spaCy's part of speech), and English trades and firms named by ordinary
words before the word of their trade. Sentences written for these tests, not taken from
any benchmark set."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from redaction.juxtaposed_es import juxtaposed_names
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize("text, value", [
    ("mi tía va al centro de día rayito de luz los martes", "rayito de luz"),
    ("la cooperativa tierra fértil nos presta para las medicinas", "tierra fértil"),
    ("la fundación niños sonrientes pagó la operación del paladar", "niños sonrientes"),
    ("trabajo con la constructora cimientos del sur en temuco", "cimientos del sur"),
    ("mi hija entrena en la academia de baile estrellas del barrio", "estrellas del barrio"),
])
def test_a_name_right_after_its_kind(redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value, "es")


@pytest.mark.parametrize("text, kept", [
    ("la farmacia dice que falta la autorización", "dice"),
    ("la clínica queda lejos y el camión pasa cada hora", "queda lejos"),
    ("la escuela pide un certificado del pediatra", "pide"),
    ("la clínica dental me cobró de más", "dental"),
    ("la casa de mi mamá queda lejos", "mamá"),
    ("el centro de salud abre temprano", "abre temprano"),
    ("la aseguradora eh no me contestó", "eh"),
])
def test_a_verb_an_adjective_or_whose_after_a_kind_stays(redactor: Redactor, text: str,
                                                         kept: str) -> None:
    assert not touched(redactor, text, kept, "es")


def test_the_part_of_speech_decides() -> None:
    """The same words are a name after a noun's tag and nothing after a verb's: the
    reading trusts the model's tag of the word right after the kind."""
    text = "la cooperativa tierra fértil"
    at = text.index("tierra")
    assert list(juxtaposed_names(text, {at: "NOUN"})) == [(3, len(text))]
    assert list(juxtaposed_names(text, {at: "VERB"})) == []


@pytest.mark.parametrize("text, value", [
    ("i do nails at golden lotus nail spa on weekends", "golden lotus nail spa"),
    ("she's with riverside birth collective for the home visits", "riverside birth collective"),
    ("he paints cars at tres hermanos auto body", "tres hermanos auto body"),
])
def test_an_english_trade_named_by_ordinary_words(redactor: Redactor, text: str,
                                                  value: str) -> None:
    assert hidden(redactor, text, value, "en")


@pytest.mark.parametrize("text, kept", [
    ("watch for constipation and call hospice any hour", "constipation"),
    ("she went to the nail spa with her sister", "nail spa"),
    ("he works in plumbing and his back hurts", "plumbing"),
])
def test_an_english_trade_said_as_a_kind_stays(redactor: Redactor, text: str,
                                               kept: str) -> None:
    assert not touched(redactor, text, kept, "en")


@pytest.mark.parametrize("text, value", [
    ("mi sobrina cuida niños en estancia infantil pasitos felices en zapopan",
     "estancia infantil pasitos felices"),
    ("compro la insulina en farmacias doctor barato porque sale más barata",
     "farmacias doctor barato"),
    ("voy al colmado las dos hermanas todos los días", "colmado las dos hermanas"),
])
def test_a_spanish_kind_said_before_a_learned_name_is_its_head(redactor: Redactor, text: str,
                                                               value: str) -> None:
    """The rules' head widening also runs on the learned tagger's names: the kind's word
    is part of the name as the sign says it."""
    assert hidden(redactor, text, value, "es")


@pytest.mark.parametrize("text, value", [
    ("the ramirez lupus foundation sent a nurse to the house", "ramirez lupus foundation"),
    ("i applied with the arizona industrial commission for my back",
     "arizona industrial commission"),
    ("the valley dairy cooperative gives us insurance", "valley dairy cooperative"),
    ("he is a lineman with i b e w local one twenty five", "i b e w local one twenty five"),
    ("she's a junior at kansas state and lives in the dorms", "kansas state"),
])
def test_the_rest_of_a_body_named_for_a_place_or_person(redactor: Redactor, text: str,
                                                        value: str) -> None:
    assert hidden(redactor, text, value, "en")


@pytest.mark.parametrize("text, kept", [
    ("she moved from ohio across the state line last year", "state line"),
    ("my cousin in texas works for the state police", "state police"),
])
def test_a_state_said_as_a_kind_stays(redactor: Redactor, text: str, kept: str) -> None:
    assert not touched(redactor, text, kept, "en")


@pytest.mark.parametrize("text, value", [
    ("he'll be discharged tomorrow the fourteenth if the labs hold", "tomorrow the fourteenth"),
    ("the scan is booked for tomorrow, July 9th, so no food after midnight",
     "tomorrow, July 9th"),
])
def test_an_english_day_with_its_tomorrow(redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value, "en")


@pytest.mark.parametrize("text, value, language", [
    ("los horarios están en w w w punto centro comunitario esperanza punto org y son gratis",
     "w w w punto centro comunitario esperanza punto org", "es"),
    ("my sister posts updates on w w w dot walking with grace dot com every week",
     "w w w dot walking with grace dot com", "en"),
])
def test_a_web_address_said_with_words_in_its_labels(
        redactor: Redactor, text: str, value: str, language: str) -> None:
    """After "www" and its dot, a host's labels may be several words each, as after a cue
    ("la página ...")."""
    assert hidden(redactor, text, value, language)


def test_a_web_address_path_said_as_words_and_numbers(redactor: Redactor) -> None:
    """A path's last step said as several words and a number, up to the grammar word that
    goes on the sentence."""
    text = "me mandaron un enlace bit punto ly barra tele consulta cuarenta y dos es seguro"
    assert hidden(redactor, text, "bit punto ly barra tele consulta cuarenta y dos", "es")
    assert not touched(redactor, text, "es seguro", "es")


def test_a_kind_joined_by_any_space_starts_at_its_word(redactor: Redactor) -> None:
    """The name's span starts at the kind's word however the article was joined to it
    (a tab, two spaces): no utterance fails closed for it (review of stop 59)."""
    for text in ("va a la\tcooperativa\ttierra\tfértil", "va a la  cooperativa tierra fértil"):
        result = redactor.redact(text, "es")
        assert not result.failed_closed
        assert hidden(redactor, text, "cooperativa", "es")
        assert "la" in result.text


@pytest.mark.parametrize("text, kept", [
    ("pay at w w w dot city water dot org slash billing tomorrow morning",
     "tomorrow morning"),
    ("maria called lupus foundation about the walk", "called"),
])
def test_what_goes_on_after_an_address_or_a_name_stays(redactor: Redactor, text: str,
                                                      kept: str) -> None:
    assert not touched(redactor, text, kept, "en")
