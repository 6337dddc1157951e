"""Spanish brand names that look like given names or that no list knows survive where
a medicine frame shows a thing (a time of taking it, what it did, using it, reacting to
it); and people said in the same words, or named, met, dosed or left somewhere, are still
hidden. Every sentence, person and brand here is invented for these tests.

Rules tried and taken out after a review found them hiding people: a given name with no
personal "a" after a verb of giving ("a mi hija le puse Valentina"), a given name before
a counted dose ("Valentina una tableta y se acuesta"), "me dejó la X" ("me dejó la
Carmen, mi vecina"), and words shaped like coined brands outside any medicine frame
(therapeutic roots and brand endings, which surnames of many countries share:
"Stojicin", "Dermawan")."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.test_redaction_speech import hidden, untouched


@pytest.mark.parametrize(("text", "term"), [
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
    # naming a child, a child's dose, someone left somewhere (the review's probes)
    ("A mi hija le puse Valentina por mi abuela.", "Valentina"),
    ("Me pusieron María por mi abuela.", "María"),
    ("Me mandaron Andrea de trabajo social a verme.", "Andrea"),
    ("Entonces Valentina una tableta y se acuesta.", "Valentina"),
    ("Y Sofía una tableta en la noche, doctora.", "Sofía"),
    ("Le di a la Lupe una pastilla.", "Lupe"),
    ("Me dejó la Carmen, mi vecina, porque no podía venir.", "Carmen"),
    ("Hoy me dejó la Marisol y se fue.", "Marisol"),
    # someone seen or called at a time of day
    ("Veo a Wojcik a media mañana.", "Wojcik"),
    ("Llamo a Nakamura al despertar.", "Nakamura"),
    # a surname that ends like a brand or starts on a therapeutic root
    ("Hablé con Stojicin ayer por la tarde.", "Stojicin"),
    ("Milan Lazicin y su esposa vinieron.", "Lazicin"),
])
def test_a_person_is_still_hidden(redactor: Redactor, text: str, name: str) -> None:
    assert hidden(redactor, text, "es", name)


@pytest.mark.parametrize(("text", "name"), [
    ("I see Okafor with breakfast most days.", "Okafor"),
    ("Dragan Stojicin is the patient's brother.", "Stojicin"),
    ("Hendra Dermawan is the patient.", "Dermawan"),
    ("Please ask Jovicin to bring the forms.", "Jovicin"),
])
def test_an_english_surname_shaped_like_a_brand_is_hidden(
        redactor: Redactor, text: str, name: str) -> None:
    assert hidden(redactor, text, "en", name)
