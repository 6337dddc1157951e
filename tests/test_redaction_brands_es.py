"""Spanish brand names that look like given names or that no list knows survive where
grammar or word-building shows a medicine: a given name with no personal "a" after a
verb whose subject it cannot be, a dose counted right after it, a time of taking it,
a therapeutic root in a coined word; and the same words are still hidden after a name
cue. Every sentence, person and brand here is invented for these tests."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from redaction.gazetteer import fold, names
from redaction.medical import extra_medicines, medicines
from tests.test_redaction_speech import hidden, redactor, untouched

__all__ = ["redactor"]  # the module-scoped fixture, shared with the speech tests

# Coined on therapeutic roots; in no medicine, name or place list.
COINED = ["Cardiofenil", "Tensiobral", "Gastrovex", "Osteomarin", "Lumaderm", "Neurovital",
          "Zendamax", "Rinocort", "Bestrol"]


def test_the_coined_brands_are_in_no_list() -> None:
    for word in COINED:
        key = fold(word)
        assert key not in medicines() and key not in extra_medicines() and key not in names()


@pytest.mark.parametrize(("text", "term"), [
    # a given name after a first-person or plural verb of giving, with no personal "a"
    ("¿Y a la niña le doy Regina o mejor nada?", "Regina"),
    ("En urgencias me pusieron Regina en el brazo.", "Regina"),
    ("me mandaron regina para la garganta", "regina"),
    # a dosage form counted right after it
    ("Regina media pastilla en la noche y ya.", "Regina"),
    ("regina dos tabletas cuando duela", "regina"),
    # a verb of leaving it on, then the sentence goes on
    ("El doctor me quitó el Dalvix y me dejó la Regina, por la presión.", "Regina"),
    # kept on with another known medicine
    ("Le dije que no me dé la Regina con el omeprazol.", "Regina"),
    # when it is taken, for a word no list holds
    ("Sí, y Dalvix con el desayuno.", "Dalvix"),
    ("Ahora nomás Dalvix a media mañana.", "Dalvix"),
    ("Ahora nomás Dalvix al acostarme.", "Dalvix"),
    # what it is for: a condition the lexicon writes with its accent
    ("Lo de siempre, Dalvix, doctora, para la hipertensión.", "Dalvix"),
    ("Ahora nomás Dalvix para la hipertension.", "Dalvix"),
    # what it did, after a word no name list holds
    ("Honestamente Dalvix ya no me duele tanto.", "Dalvix"),
    ("Sinceramente Dalvix no me hizo nada.", "Dalvix"),
    # frames of using it, reacting to it, reading about it
    ("Ya me funcionó la Regina, doctora.", "Regina"),
    ("Soy alérgica al Regina desde niña.", "Regina"),
    ("Hago gárgaras con Regina en la noche.", "Regina"),
    ("¿El genérico de la Regina sirve igual?", "Regina"),
    ("¿Cuáles son los efectos secundarios de la Regina?", "Regina"),
    ("Me echo Regina en la rodilla.", "Regina"),
    ("En la farmacia me dieron la marca Regina.", "Regina"),
    ("Me aplico Regina en la rodilla.", "Regina"),
    # herbal remedies that are rare given names too
    ("Anoche me tomé un té de valeriana para dormir.", "valeriana"),
    ("Con la Valeriana duermo mejor.", "Valeriana"),
])
def test_a_brand_named_like_a_person_survives_where_grammar_shows_a_thing(
        redactor: Redactor, text: str, term: str) -> None:
    assert untouched(redactor, text, "es", term)


@pytest.mark.parametrize("word", COINED)
def test_a_brand_coined_on_a_therapeutic_root_survives(redactor: Redactor, word: str) -> None:
    assert untouched(redactor, f"{word}.", "es", word)
    assert untouched(redactor, f"Ahora nomás {word} y ya.", "es", word)
    assert untouched(redactor, f"Creo que era {word} o algo así.", "es", word)


@pytest.mark.parametrize(("text", "name"), [
    # the personal "a" makes it a person
    ("Ayer le di a Regina dos pastillas de paracetamol.", "Regina"),
    ("me mandaron a regina a urgencias", "regina"),
    # two given names are the plural verb's subject
    ("Me mandaron Regina y Tomasa unas flores.", "Regina"),
    # the same verbs with a person where a person stands
    ("Le dije a Regina que me funcionó la crema.", "Regina"),
    ("Me aplico la crema que me dio Regina.", "Regina"),
    # a name-word before the counted dose: a surname
    ("le di a marta regina media pastilla", "regina"),
    # spoken to, with a comma
    ("Regina, dos tabletas cada ocho horas, ¿me oyó?", "Regina"),
    # leaving someone somewhere is no treatment
    ("Me dejó la Regina en la casa de mi hermana.", "Regina"),
    # what someone did: a surname of the name lists stays a name
    ("Creo que Pérez no me hizo nada.", "Pérez"),
    # a coined-looking word after a name cue is a surname
    ("Me llamo Ana Cardiofenil.", "Cardiofenil"),
    ("la doctora gastrovex me atendió ayer", "gastrovex"),
])
def test_a_person_is_still_hidden(redactor: Redactor, text: str, name: str) -> None:
    assert hidden(redactor, text, "es", name)
