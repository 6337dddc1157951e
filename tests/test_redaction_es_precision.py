"""Spanish medicines named like women, or put on by one person for another, survive
where the grammar shows a thing: a masculine article before a woman's given name ("el
Yasmin", "del Diane"), a second verb of treatment joined to one whose object is a known
medicine ("me quitó el losartán y me dejó la X, ..."), "le pongo X" and "me unto X",
what the word is said to be ("la X es mi anticonceptivo"), and another medicine taken
besides or instead of it ("aparte de la X tomo metformina"). People said in the same
words stay hidden. Every sentence, person and brand here is invented for these tests,
in written and in spoken (lower-case, unpunctuated) form."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden
from tests.redaction_helpers import spoken_es as _spoken
from tests.redaction_helpers import touched as _touched

KEPT = [
    # a masculine article or determiner before a woman's given name
    ("El Yasmin me lo recetó la ginecóloga hace un año.", "Yasmin"),
    ("Ya no encuentro el Diane en ninguna farmacia.", "Diane"),
    ("Con el Diane se me quitó el acné.", "Diane"),
    ("Me cae mal el Yasmin, me da dolor de cabeza.", "Yasmin"),
    ("Dejé el Selene porque me subió la presión.", "Selene"),
    ("El precio del Yasmin subió otra vez.", "Yasmin"),
    ("Cambié del Diane al Yasmin en enero.", "Diane"),
    ("Cambié del Diane al Yasmin en enero.", "Yasmin"),
    ("¿El Elvira se toma con comida?", "Elvira"),
    # a second verb of treatment, one prescriber, a known medicine in the first
    ("Me recetó metformina y me subió la Clara a dos diarias.", "Clara"),
    ("Me quitó el losartán y me dejó la Alba para la presión.", "Alba"),
    # put on someone else, or on oneself with a verb that is also a given name
    ("Le pongo Hirudoid y Venoruton en las piernas.", "Hirudoid"),
    ("Le pongo Hirudoid y Venoruton en las piernas.", "Venoruton"),
    ("me unto bengay y vaporub en el pecho", "bengay"),
    # a name-word in a list between medicines
    ("Tomo omeprazol, Yasmin y vitamina D.", "Yasmin"),
    # what it is said to be
    ("La Yasmin es mi anticonceptivo.", "Yasmin"),
    ("El anticonceptivo que uso es la Yasmin.", "Yasmin"),
    ("La Diane era la pastilla que me caía mal.", "Diane"),
    ("Tomaba una que se llama Selene.", "Selene"),
    # besides or instead of another medicine taken
    ("Aparte de la Diane tomo metformina.", "Diane"),
    ("En vez de la Diane me dieron omeprazol.", "Diane"),
    # brands no list held: a lexicon gap
    ("Tomo Glifage XR y Janumet.", "Janumet"),
    ("Me echo lágrimas artificiales y Systane.", "Systane"),
    ("Tomo Centrum y Omega 3.", "Omega"),
    ("Para el mareo me dieron Bonadoxina.", "Bonadoxina"),
]


# The comma is what ends the phrase: said without it, "me dejó la leonor dice que" may be
# Leonor who left and says so. Written form only.
KEPT_WRITTEN = [
    ("Me quitó el omeprazol y me dejó la Leonor, dice que por la gastritis.", "Leonor"),
]


@pytest.mark.parametrize(("text", "term"), KEPT_WRITTEN)
def test_medicine_after_a_joined_treatment_survives_written(
        redactor: Redactor, text: str, term: str) -> None:
    assert not _touched(redactor, text, term)


@pytest.mark.parametrize(("text", "term"), KEPT)
def test_medicine_named_like_a_woman_survives(redactor: Redactor, text: str,
                                              term: str) -> None:
    assert not _touched(redactor, text, term)
    assert not _touched(redactor, _spoken(text), term.lower())


PEOPLE = [
    ("Me atiende la doctora Yasmin Herrera.", "Yasmin Herrera"),
    ("Mi hija Diane tiene asma.", "Diane"),
    ("La Yasmin se fue con su mamá.", "Yasmin"),
    ("Hablé con Selene Quispe ayer.", "Selene Quispe"),
    ("María del Carmen Rojas es mi hermana.", "María del Carmen Rojas"),
    ("Mi tía es María del Pilar Ochoa.", "María del Pilar Ochoa"),
    ("Vivo en el Rosario, cerca del mercado.", "Rosario"),
    ("Me cuida mi nieta Venus y mi nieto Milo.", "Venus"),
    ("La señora Elvira me trae las pastillas.", "Elvira"),
    ("Le dije a Clara que me trajera el omeprazol.", "Clara"),
    ("Mi esposa Leonor me pone la insulina.", "Leonor"),
    # a second verb whose subject is the person after it
    ("Me quitó el losartán y me trajo la Ana en la tarde.", "Ana"),
    ("Me quitó el losartán y me dejó la Carmen, mi vecina, porque no podía venir.",
     "Carmen"),
    ("Tomé el paracetamol y me dejó la Marisol.", "Marisol"),
    ("Me quitaron la metformina y me pusieron la Valentina de enfermera.", "Valentina"),
    # what a person is said to be; a person instead of a person
    ("Yasmin es mi enfermera.", "Yasmin"),
    ("La Diane es mi hija.", "Diane"),
    ("Conocí a una que se llama Selene Ortiz.", "Selene Ortiz"),
    ("En vez de la Ana me mandaron a la Rosa con el omeprazol.", "Ana"),
]


@pytest.mark.parametrize(("text", "value"), PEOPLE)
def test_people_in_the_same_words_stay_hidden(redactor: Redactor, text: str,
                                              value: str) -> None:
    assert hidden(redactor, text, value, "es")


# A strength after a medicine, its form or a pill taken, "de" and a number from 90 up,
# is no age of 90 and over; a person of that age after "de" still is.
STRENGTHS = [
    ("Tomo aspirina de cien todos los días.", "cien"),
    ("La levotiroxina de ciento doce en ayunas.", "ciento doce"),
    ("La Eutirox de ciento veinticinco me la subieron.", "ciento veinticinco"),
    ("La pastilla de cien la parto a la mitad.", "cien"),
    ("Me tomo uno de cien y otro de cincuenta.", "cien"),
    ("La sertralina de cien me da sueño.", "cien"),
]


@pytest.mark.parametrize(("text", "term"), STRENGTHS)
def test_a_strength_is_no_age(redactor: Redactor, text: str, term: str) -> None:
    assert not _touched(redactor, text, term)
    assert not _touched(redactor, _spoken(text), term.lower())


AGES = [
    ("Una señora de noventa y cinco vive sola.", "noventa y cinco"),
    ("Tengo una tía de noventa y dos.", "noventa y dos"),
    ("Atiendo a una de noventa y cinco que toma aspirina.", "noventa y cinco"),
    ("Mi abuela de cien años toma losartán.", "cien años"),
]


@pytest.mark.parametrize(("text", "value"), AGES)
def test_an_age_after_de_stays_hidden(redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value, "es")
    assert hidden(redactor, _spoken(text), value, "es")


# Eponymous conditions: rare eponyms that no name list holds, the second name of a
# two-name eponym, and more head words before one ("signo de", "reflejo de",
# "distrofia de", "ataxia de", "encefalopatía de").
EPONYMS = [
    ("Le diagnosticaron síndrome de Ehlers Danlos.", "Ehlers Danlos"),
    ("Mi hijo tiene distrofia de Duchenne.", "Duchenne"),
    ("Le dio síndrome de Stevens Johnson por la carbamazepina.", "Stevens Johnson"),
    ("Tiene enfermedad de Von Willebrand y sangra mucho.", "Von Willebrand"),
    ("Tiene el síndrome de Wolff Parkinson White.", "Wolff Parkinson White"),
    ("Tiene tumor de Wilms.", "Wilms"),
    ("Tiene signo de Murphy positivo.", "Murphy"),
    ("Le hicieron la maniobra de Valsalva.", "Valsalva"),
    ("Tiene ataxia de Friedreich.", "Friedreich"),
    ("Le buscaron el reflejo de Babinski.", "Babinski"),
]


@pytest.mark.parametrize(("text", "term"), EPONYMS)
def test_an_eponymous_condition_survives(redactor: Redactor, text: str, term: str) -> None:
    assert not _touched(redactor, text, term)


@pytest.mark.parametrize(("text", "value"), [
    ("Me atiende la doctora Gaucher.", "Gaucher"),
    ("Me llamo Andrea Fabry.", "Andrea Fabry"),
    ("Mi vecino Lewy me lleva a las citas.", "Lewy"),
    ("mi vecino lewy me lleva a las citas", "lewy"),
])
def test_a_surname_that_names_a_condition_stays_a_person(
        redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value, "es")


@pytest.mark.parametrize(("text", "term"), [
    ("mi mamá de ochenta y nueve años toma losartán", "ochenta y nueve años"),
    ("mi papá de setenta años toma insulina", "setenta años"),
    ("Mi abuela de ochenta y dos años tiene demencia.", "ochenta y dos años"),
])
def test_an_age_after_a_relative_is_no_surname(redactor: Redactor, text: str,
                                               term: str) -> None:
    assert not _touched(redactor, text, term)


# A condition's name written with capitals: its adjectives are no person ("Fiebre
# Amarilla", "Lupus Eritematoso Sistémico"); a given name or a surname after a condition
# still is.
@pytest.mark.parametrize(("text", "term"), [
    ("Padece Lupus Eritematoso Sistémico.", "Lupus Eritematoso Sistémico"),
    ("Tiene Esclerosis Lateral Amiotrófica.", "Esclerosis Lateral Amiotrófica"),
    ("Le dio Fiebre Amarilla.", "Fiebre Amarilla"),
    ("Tiene Síndrome de Ovario Poliquístico.", "Ovario Poliquístico"),
    ("Tiene Fibrosis Quística.", "Fibrosis Quística"),
    ("Tiene Pie Diabético.", "Pie Diabético"),
    ("Tiene Dengue Hemorrágico.", "Dengue Hemorrágico"),
    ("Tiene Neuropatía Diabética.", "Neuropatía Diabética"),
    ("Tiene Leucemia Linfoblástica Aguda.", "Leucemia Linfoblástica Aguda"),
    ("Tiene Graves Basedow.", "Graves Basedow"),
    # a medicine's two words: "ácido" and its adjective
    ("Le doy Amoxicilina con Ácido Clavulánico.", "Ácido Clavulánico"),
    ("Tomo Levetiracetam y Ácido Valproico.", "Ácido Valproico"),
    ("Le doy Sulfato Ferroso y Ácido Fólico.", "Ácido Fólico"),
])
def test_a_capitalised_condition_survives(redactor: Redactor, text: str, term: str) -> None:
    assert not _touched(redactor, text, term)


@pytest.mark.parametrize(("text", "value"), [
    ("Tiene Parkinson Juan y no puede caminar.", "Juan"),
    ("La diabetes Quispe la controla bien.", "Quispe"),
    ("Tiene asma Rosario desde niña.", "Rosario"),
])
def test_a_name_after_a_condition_stays_hidden(redactor: Redactor, text: str,
                                               value: str) -> None:
    assert hidden(redactor, text, value, "es")
