"""Helper S12's Spanish rules (issue 10): an adjective put first ("Morada se me puso
la uña"), a medicine named before its noun ("se llama X la crema"), medicines named like
women beside another medicine, or taken up again by a pronoun and a verb of taking
("El Milo me da sueño desde que lo estoy tomando"); a lower-case given name after the
personal "a" ("vi a maría ayer"). The same words said of people stay hidden. Every
sentence, person and brand is invented for these tests, in written and in spoken
(lower-case, unpunctuated) form."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden
from tests.redaction_helpers import spoken_es as _spoken
from tests.redaction_helpers import touched as _touched

KEPT = [
    # another medicine joined. (A woman's given name after a verb of giving with what it
    # is for, "Me recetaron Alegra para la rinitis", or taken up again by a pronoun, "¿La
    # Venus engorda? ... la tomo", is hidden again since a review found people read that
    # way: "me mandaron Karina para la presión"; tests/test_redaction_review_probes_3.py.)
    ("¿Le doy Alba o ibuprofeno?", "Alba"),
    # taken up again later by a pronoun of its gender and a verb of taking
    ("El Milo me da sueño desde que lo estoy tomando.", "Milo"),
    ("La Clara me cae mal, me la tomo en ayunas.", "Clara"),
    ("La Elvira me hizo daño, dejé de tomarla.", "Elvira"),
    # named before its noun
    ("Se llama Contractubex la crema que me pongo en la cicatriz.", "Contractubex"),
]

HIDDEN = [
    # a person after the verb takes the personal "a"
    ("Le doy a Yesenia la pastilla en la noche.", "Yesenia"),
    # the pronoun stands for another noun, or for a person taken by the hand
    ("La Ana me dio la pastilla y la tomo en la noche.", "Ana"),
    ("La Ana llora si no la tomo de la mano.", "Ana"),
    ("La Lupita se duerme cuando la tomo en brazos.", "Lupita"),
    ("La Yesenia llora cuando la tomo.", "Yesenia"),
    # speech drops the personal "a" and calls people by name
    ("Me mandaron Andrea de trabajo social.", "Andrea"),
    ("Me inyectaron Marisol en el brazo.", "Marisol"),
    # two names joined after a plural verb are its subject; a word that speaks is a person
    ("Me recetaron Yesenia y Dayana para la presión.", "Yesenia"),
    ("La Regina me dice que la tomo en ayunas.", "Regina"),
    # named before a noun that is a person
    ("Se llama Yesenia la enfermera que me atendió.", "Yesenia"),
    # a given name first in its clause with an object pronoun and a verb after it
    ("Rosa la trae los martes porque yo trabajo.", "Rosa"),
    ("Y Carmen me ayuda con las pastillas.", "Carmen"),
    # a person called one's medicine
    ("Sofía es mi medicina.", "Sofía"),
    # the woman named like the symptom
    ("Dolores de la Cruz es mi vecina.", "Dolores de la Cruz"),
    # a town named like an everyday place, written as one; a surname after a title
    ("Vivo en La Mesa, California.", "La Mesa"),
    ("La doctora Mesa me atendió.", "Mesa"),
    # a place said again after a self-repair
    ("Soy de Chihuahua, de la capital no, de Posadas.", "Posadas"),
    ("Vivo en Puebla, bueno, en Atlixco con mi hija.", "Atlixco"),
    ("Nací en Lima, perdón, en Callao.", "Callao"),
    # a surname after a specialty, as after "la doctora"
    ("Me mandó el cardiólogo Serrano a hacerme un eco.", "Serrano"),
    ("La ginecóloga Ramos me dijo que todo bien.", "Ramos"),
    # a range of ages of 90 and over
    ("Mi abuelo tiene de noventa a noventa y cinco años.", "noventa a noventa y cinco años"),
    ("Tiene entre 90 y 95 años.", "90 y 95 años"),
    # a given name after the personal "a", even a frequent word
    ("Le pongo a María la inyección de insulina.", "María"),
    ("Vi a María ayer en la clínica.", "María"),
    ("Llevé a Juan al doctor.", "Juan"),
    ("Le pregunté a Carmen si ya comió.", "Carmen"),
]

# Everyday words after "a" that given names share stay words.
NOT_FOUND = [
    # an adjective or participle first, a first-person verb or "se me" after it
    "Morada se me puso la uña del pie.",
    "Quemada tengo la piel de la cara por el sol.",
    # a symptom put first, the body part after it
    "Dolores de cabeza tengo casi diario.",
    "Dolores en el pecho no he tenido.",
    "Di a luz hace dos semanas.",
    "Voy a dar la pastilla de lunes a viernes.",
    "Me cambiaron a rosuvastatina.",
    "El cardiólogo me dijo que todo bien.",
    "Estaba en casa, no, en el trabajo.",
    "Estuve en la fila dos horas.",
    "Me quedé en el carro esperando.",
    "Me duele en la espalda, no, en el pecho.",
    "Mira, me duele aquí.",
    "La psicóloga nueva es muy amable.",
    "La presión me sale de 90 a 95.",
]


@pytest.mark.parametrize(("text", "term"), KEPT)
@pytest.mark.parametrize("spoken", [False, True])
def test_medicine_named_like_a_woman_survives(redactor: Redactor, text: str, term: str,
                                              spoken: bool) -> None:
    if spoken:
        text, term = _spoken(text), term.lower()
    assert not _touched(redactor, text, term)


@pytest.mark.parametrize(("text", "name"), HIDDEN)
@pytest.mark.parametrize("spoken", [False, True])
def test_person_in_the_same_words_stays_hidden(redactor: Redactor, text: str, name: str,
                                               spoken: bool) -> None:
    if spoken:
        text, name = _spoken(text), name.lower()
    assert hidden(redactor, text, name, "es")


def test_surname_first_with_a_third_person_verb_stays_hidden(redactor: Redactor) -> None:
    """An adjective-shaped surname first, then a third-person verb: a person (written; in
    lower case a frequent word is read as one)."""
    assert hidden(redactor, "Delgado me dijo que viniera hoy.", "Delgado", "es")
    assert hidden(redactor, "Dolores me acompaña hoy.", "Dolores", "es")


def test_poner_names_a_baby(redactor: Redactor) -> None:
    """ "le pusieron X" names a child: no plural verb of giving makes it a medicine
    (written; said in lower case the name rule does not find it yet)."""
    assert hidden(redactor, "A mi hija le pusieron Valentina.", "Valentina", "es")


@pytest.mark.parametrize("text", NOT_FOUND)
@pytest.mark.parametrize("spoken", [False, True])
def test_everyday_words_after_a_are_no_names(redactor: Redactor, text: str,
                                             spoken: bool) -> None:
    if spoken:
        text = _spoken(text)
    assert [e for e in redactor.analyze(text, "es")
            if e.type in ("PERSON", "LOCATION", "AGE")] == []
