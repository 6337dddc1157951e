"""Spanish speech nobody tuned the redactor to (helper S14's probe, issue 10): an eponym
that is a name-word too, named as what a diagnosis found ("le diagnosticaron Wilson");
a given name in lower case where Spanish puts a person (after a verb of being or going
and "con", "andamos con carla"; called or thanked, "gracias bruno"; coming or saying,
"vino mateo a verme"; a partner or a boss, "mi novia lucía"; doubled by a pronoun, "a
carmen le dio covid"), while the speaker's state after the same verbs survives ("ando
con acidez"); conditions no list held ("Clamidia.", "le diagnosticaron Hipoacusia");
a DNI said in pairs that has lost its zeros, and an id said with its millions. Every
sentence and person here is invented for these tests."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize(("text", "term"), [
    # what a diagnosis found, studied, ruled out or what someone suffers from
    ("Lo están estudiando por Wilson, por lo del cobre.", "Wilson"),
    ("lo estan estudiando por wilson por lo del cobre", "wilson"),
    ("A mi hijo le diagnosticaron Down al nacer.", "Down"),
    ("le detectaron bell del lado derecho", "bell"),
    ("Padece de Graves desde niña.", "Graves"),
    ("tiene gilbert y por eso se pone amarillo", "gilbert"),
    ("Descartaron Takayasu, gracias a Dios.", "Takayasu"),
    # the speaker's state and things after a verb of being and "con"
    ("ando con acidez desde ayer", "acidez"),
    ("anda con calentura y no come", "calentura"),
    ("estoy con muletas por la fractura", "muletas"),
    ("vive con diabetes desde hace años", "diabetes"),
    ("estamos con varicela los dos niños", "varicela"),
    # thanks and calls to God, a doctor or a term of endearment; a doubled "a" with no
    # person ("a veces le duele")
    ("gracias a dios ya no tengo fiebre", "dios"),
    ("oye mija, pásame las pastillas", "pásame las pastillas"),
    ("a veces le duele mucho la cabeza", "duele"),
    ("a losartán le tengo alergia", "losartán"),
    # conditions no list held, capitalised alone or after a diagnosis, and their
    # families by ending (parasites, thyroid states, palsies, viruses)
    ("Clamidia.", "Clamidia"),
    ("Le diagnosticaron Hipoacusia ayer.", "Hipoacusia"),
    ("Vitiligo.", "Vitiligo"),
    ("Tengo Ginecomastia desde joven.", "Ginecomastia"),
    ("Le diagnosticaron Estrongiloidiasis.", "Estrongiloidiasis"),
    ("Tiene Hipoparatiroidismo.", "Hipoparatiroidismo"),
    ("Hantavirus.", "Hantavirus"),
    ("Hemograma y Urocultivo, nada más.", "Urocultivo"),
    ("Le hicieron Densitometría.", "Densitometría"),
    # a level after what was measured, a head before its condition's adjective
    ("Tengo Presión Alta desde hace años.", "Alta"),
    ("Le diagnosticaron Espina Bífida.", "Espina"),
    ("Púrpura Trombocitopénica.", "Púrpura"),
    ("Tengo Reflujo Gastroesofágico.", "Gastroesofágico"),
    # two medicines joined are no pair of people; what she is, no name
    ("ella es diabética desde joven", "diabética"),
    ("Losartán y Metformina, nada más.", "Metformina"),
])
def test_a_condition_or_a_state_survives(redactor: Redactor, text: str, term: str) -> None:
    assert not touched(redactor, text, term)


@pytest.mark.parametrize(("text", "value"), [
    # a person after those verbs takes the personal "a", or has a surname after
    ("tiene a wilson de pediatra desde chiquito", "wilson"),
    ("Le diagnosticaron Wilson Pérez la semana pasada.", "Wilson Pérez"),
    ("La llave la tiene Gilbert, el de la entrada.", "Gilbert"),
    # a given name after being, staying, living or going with someone
    ("aquí andamos con carla que ya le bajó la calentura", "carla"),
    ("qué tal, aquí andamos con alonso, que ya le bajó la fiebre.", "alonso"),
    ("estoy con marta en la sala de espera", "marta"),
    ("mi mamá vive con rodrigo, mi hermano", "rodrigo"),
    ("fui con leticia al centro de salud", "leticia"),
    # called to or thanked, coming or saying, and the person a pronoun doubles
    ("gracias bruno, nos vemos el lunes", "bruno"),
    ("oye mateo pásale el teléfono a tu papá", "mateo"),
    ("ayer vino mateo a verme y me trajo fruta", "mateo"),
    ("a carmen le dio covid el mes pasado", "carmen"),
    ("y a ramiro lo operaron de la vesícula", "ramiro"),
    ("estaba con francisco cuando me caí", "francisco"),
    ("mi novia lucía me trae las pastillas", "lucía"),
    ("Juan y María vinieron ayer.", "Juan"),
    ("ayer rosa y pedro me llevaron al doctor", "rosa"),
    ("ando con cristina y jerónimo en el centro", "jerónimo"),
    ("ella es victoria, mi nuera", "victoria"),
    ("mi compañera de trabajo, inés, me trajo al hospital", "inés"),
    # a condition's word that a name list holds stays a name ("Rabia" is a given name)
    ("Rabia Khan llamó para la cita.", "Rabia"),
    ("Alta Gómez vino ayer por la receta.", "Alta Gómez"),
    ("Juan Espina vino ayer.", "Juan Espina"),
    # an id said as one cardinal number, millions and all
    ("mi rut es doce millones trescientos cuarenta y cinco mil seiscientos setenta y ocho "
     "guion k", "doce millones trescientos cuarenta y cinco mil seiscientos setenta y ocho"),
    ("la cédula de mi papá es la ochenta millones cuatrocientos mil doscientos uno",
     "ochenta millones cuatrocientos mil doscientos uno"),
    # a DNI said in pairs, its zeros lost
    ("a ver el dni es veintidós diecisiete dos nueve a", "veintidós diecisiete dos nueve"),
    ("mi dni es cuatro cinco seis siete ocho nueve a", "cuatro cinco seis siete ocho nueve"),
])
def test_a_person_or_an_id_stays_hidden(redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value, "es")
