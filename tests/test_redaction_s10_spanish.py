"""Spanish speech of patients of Spain and Latin America on a call, lower case and with
numbers as words where Whisper writes them so (issue 10): medicines in the frames that
show a thing (a list with "y también", a half dose, a plural verb of injecting, what it
is for), towns said where a home is named, and streets said as a corner or a house
number first; and the people said in the same words, who stay hidden. Every sentence,
person, town and brand here is invented for these tests."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.test_redaction_speech import hidden, untouched


@pytest.mark.parametrize(("text", "term"), [
    # a list goes on after "y también", "y además" or a filler, with or without commas
    # half a dose after a medicine named like a person is no part of a name
    ("yasmin media pastilla cada seis horas", "media pastilla"),
    ("Valeria media tableta en la noche.", "media tableta"),
    ("Diane media pastilla cada doce horas.", "media pastilla"),
    # a plural verb of injecting or prescribing: the one name after it is what was given
    # what it is for, an everyday ailment that no medical list holds
    # a brand made of a prefix and a whole generic's name, and what is joined to it
    ("Migraparacetamol y Zontrel, nada más.", "Zontrel"),
    ("Migraparacetamol y Zontrel, nada más.", "Migraparacetamol"),
    # named with an article, taken up again by a pronoun and a verb of taking
    # a verb of taking after a relative and a name is no surname
    ("mi suegra dolores toma losartán", "toma"),
    ("mi esposo se llama arturo y toma metformina", "llama"),
])
def test_a_medicine_or_a_dose_survives(redactor: Redactor, text: str, term: str) -> None:
    assert untouched(redactor, text, "es", term)


@pytest.mark.parametrize(("text", "value"), [
    # two names after the plural verb are its subject
    ("Me recetaron Aurora y Tomasa unas vitaminas.", "Aurora"),
    # the personal "a" still makes a person
    ("Le aplicaron a Aurora la vacuna.", "Aurora"),
    # a name after a relative before the verb of taking
    ("mi hijo mateo toma su jarabe en la noche", "mateo"),
    ("mi suegra dolores toma losartán", "dolores"),
    ("mi esposo se llama arturo y toma metformina", "arturo"),
    # a title before a word joined to a compound brand elsewhere
    ("Me atendió la doctora Zontrel.", "Zontrel"),
    # a person taken by the hand, or whose words are reported
    ("La Regina se enoja cuando la tomo de la mano.", "Regina"),
    ("La Regina dice que la tomo en ayunas.", "Regina"),
    # a person joined by "y también" to another person
    ("Vino Regina y también Tomasa a verme.", "Tomasa"),
])
def test_people_in_the_same_words_stay_hidden(redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, "es", value)


@pytest.mark.parametrize(("text", "value"), [
    # a town no list holds, where a home is said
    ("mi mamá vive en palmilla y yo le mando la morfina", "palmilla"),
    ("mi papá nació en tepetlixpa", "tepetlixpa"),
    # a rare word that only a place list holds is a town by itself
    # a town of function words only, said as a home
    ("mi hermana vive en ciudad del este", "ciudad del este"),
    # "vieja" heads a town's name as "nueva" does
    ("vivimos en vieja belice cerca del hospital", "vieja belice"),
    ("En la farmacia de Vieja Zambia compré las gotas.", "Vieja Zambia"),
    # a corner named by two street numbers, Colombia's way
    ("vivo en la cuarenta y cinco con doce", "cuarenta y cinco con doce"),
    ("vivo en la 45 con 12 en el segundo piso", "45 con 12"),
    # the house number first, after "la" (casa)
    ("mi casa es la tres cuarenta y dos de la avenida reforma",
     "tres cuarenta y dos de la avenida reforma"),
])
def test_spoken_towns_and_streets_are_hidden(redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, "es", value)


@pytest.mark.parametrize("text", [
    "mi hija vive en casa de su suegra",
    "nació en cesárea a las treinta y ocho semanas",
    "estoy en la doce con tres pacientes",
    "estoy en la cama tres con dolor",
    "la casa vieja de mi abuela tiene escaleras",
    "mi vieja me trajo las pastillas",
    "vengo de fisioterapia y me duele la rodilla",
    "te lo pido en nombre de dios",
    "lo vi en treinta y tres días",
])
def test_ordinary_words_in_the_same_frames_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text, "es").entities == ()
