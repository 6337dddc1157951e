"""Helper S13's Spanish rules (issue 10): a medicine no list holds, known by what is
done with it (its dosage form before it, a product-line word after it, "es todo lo que
tomo" after it), plurals of clinical words, and given names that only look like drugs.
The same frames said of people stay hidden. Every sentence, person and brand here is
invented for these tests, in written and in spoken (lower-case, unpunctuated) form."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden
from tests.redaction_helpers import spoken_es as _spoken
from tests.redaction_helpers import touched as _touched

KEPT = [
    # its dosage form right before it, no "de"
    ("La pomada Dermivex me la pongo en el codo.", "Dermivex"),
    ("Le doy el jarabe Tosinal en la noche.", "Tosinal"),
    ("Me dieron unas gotas Oftaclar para el ojo.", "Oftaclar"),
    # a product-line word after it, and that word too
    ("Gastrolin Forte me quita las agruras.", "Gastrolin"),
    ("Gastrolin Forte me quita las agruras.", "Forte"),
    ("Artrivex Plus ya no me sirve.", "Artrivex"),
    ("Bronquisan Compuesto cada ocho horas.", "Bronquisan"),
    # a clause after it saying it is what is taken; the word joined to it too
    ("Cardiovel y Presolan, es todo lo que tomo.", "Cardiovel"),
    ("Cardiovel y Presolan, es todo lo que tomo.", "Presolan"),
    ("Nervomax, eso es lo único que me pongo.", "Nervomax"),
    # what it is taken for, after it
    ("Bronquimol para la congestión.", "Bronquimol"),
    ("Dermasil, doctora, para los hongos.", "Dermasil"),
    # a verb whose object is a thing: in stock, prescribed, injected, given, left over
    ("¿Hay Gastrovel en la farmacia?", "Gastrovel"),
    ("¿Me puede recetar Artroflex otra vez?", "Artroflex"),
    ("Me inyecté Vitaneural ayer.", "Vitaneural"),
    ("Todavía me queda Tosfenil.", "Tosfenil"),
    # a brand coined from a therapeutic root no name holds, even said alone
    ("Osteovital.", "Osteovital"),
    ("Nomás Gastrofin, doctora.", "Gastrofin"),
    ("Creo que era Cardiotens o algo así.", "Cardiotens"),
    ("Neurobalin y Glucotrex, nada más.", "Glucotrex"),
    # brands of two words, the first a name-word, and brands the lists lacked
    ("le pongo vick vaporub en el pecho", "vick vaporub"),
    ("Tomé Alka-Seltzer para las agruras.", "Alka-Seltzer"),
    ("Le di Pedialyte porque estaba deshidratado.", "Pedialyte"),
    # a count and how often, how it is given, used up, "es el que tomo"
    ("Bemirol, una diaria.", "Bemirol"),
    ("Bemirol, dos al día.", "Bemirol"),
    ("Cortivan sublingual cuando me sube la presión.", "Cortivan"),
    ("Los Plestin se me acabaron.", "Plestin"),
    ("Plestin es el que tomo.", "Plestin"),
    ("Plestin es lo que me da el seguro.", "Plestin"),
    # what it is for or when it is taken said first, the word closing the clause
    ("Para la gastritis, Pepsolin.", "Pepsolin"),
    # an eponym after a condition's head word, a name too
    ("Tengo un neuroma de Morton en el pie.", "Morton"),
    ("Le encontraron un sarcoma de Ewing.", "Ewing"),
    ("Me duele el tendón de Aquiles.", "Aquiles"),
    ("Tiene síndrome de Down.", "Down"),
    # the same words as a medicine and an organ
    ("Tomo Norco para el dolor de la espalda.", "Norco"),
    ("Me duele el colon cuando como chile.", "colon"),
    ("Me tomo una tila para los nervios.", "tila"),
    # a plural of a clinical word
    ("Me duelen las caderas en la noche.", "caderas"),
    ("Tengo hinchados los ganglios del cuello.", "ganglios"),
    # clinical words that name lists hold too
    ("Me pusieron un stent en el corazón.", "stent"),
    ("Le dieron nebulizaciones en urgencias.", "nebulizaciones"),
    ("Me raspé la córnea con una rama.", "córnea"),
]

HIDDEN = [
    # a given name that only looks like a drug, after "me llamo" or as a subject
    ("Me llamo Saturnino Quelca.", "Saturnino"),
    ("Me llamo Aquilina.", "Aquilina"),
    ("Enedina me trae a las citas.", "Enedina"),
    # a given name or a surname after a form is someone spoken to or spoken of
    ("Le di la pastilla a Rosalba.", "Rosalba"),
    ("Me trajo las pastillas Gómez.", "Gómez"),
    # "Forte" is a surname after a given name
    ("Vino Ana Forte ayer.", "Forte"),
    ("Llamó Mariela Plus a la clínica.", "Mariela"),
    # someone seen or sent for a condition; a woman "para" whom something is
    ("Vaya con Quispe para la presión.", "Quispe"),
    ("Un recado de Huanca para Dolores.", "Huanca"),
    ("Huanca para los dolores.", "Huanca"),
    # the prescriber after the verb; a person there in stock or giving
    ("Me lo recetó Ramírez.", "Ramírez"),
    ("Me recomendaron Quispe, el cardiólogo.", "Quispe"),
    ("¿Hay Quispe hoy en la clínica?", "Quispe"),
    ("Me da Ana la pastilla.", "Ana"),
    # a root-shaped word with a person's cue stays a name: "me llamo", a title, a verb
    # said of people, the personal "a", a surname beside it
    ("Me llamo Gastrilda.", "Gastrilda"),
    ("La doctora Osteomira me atendió.", "Osteomira"),
    ("Vino Gastrilda ayer.", "Gastrilda"),
    ("Le pregunté a Gastrilda.", "Gastrilda"),
    ("Me llamo Gastrilda Quispe.", "Gastrilda"),
    # a brand's first word said as a name
    ("Me llamo Alka Seltzer.", "Alka Seltzer"),
    # a woman who gives, a visitor each day, a patience run out, a person gone
    ("Ana es la que me da las pastillas.", "Ana"),
    ("Rosalba, una diaria, me visita.", "Rosalba"),
    ("Quispe ya se me fue.", "Quispe"),
    # a person there has a verb after, or a name list holds the word
    ("Para la diabetes, Ramírez.", "Ramírez"),
    # given names shaped like drugs, as subjects; a surname that is a frequent word,
    # capitalised, beside a root-shaped name
    ("Coralina me acompaña.", "Coralina"),
    ("Habló Galina para cambiar la cita.", "Galina"),
    ("Cardiomira Reyes vino con su hija.", "Cardiomira"),
    # whose test or cyst it is: a name after the head word and "de"
    ("La prueba de Rosendo salió bien.", "Rosendo"),
    ("El quiste de Ana es benigno.", "Ana"),
    ("El tumor de Rosendo creció.", "Rosendo"),
    # a town named like a medicine or a clinical word, after a verb of living or birth
    ("Vivo en Colón, cerca del puerto.", "Colón"),
    ("Nací en Tila, Chiapas.", "Tila"),
    ("Mi hija vive en Norco, California.", "Norco"),
    # people are what one has, not what one takes
    ("Anselma y Rufino, es todo lo que tengo.", "Anselma"),
    ("Me dijo Herminia que es lo que tomo.", "Herminia"),
]


@pytest.mark.parametrize(("text", "term"), KEPT)
@pytest.mark.parametrize("spoken", [False, True])
def test_medicine_by_what_is_done_with_it_survives(redactor: Redactor, text: str, term: str,
                                                   spoken: bool) -> None:
    if spoken:
        text, term = _spoken(text), term.lower()
    assert not _touched(redactor, text, term)


@pytest.mark.parametrize(("text", "name"), HIDDEN)
@pytest.mark.parametrize("spoken", [False, True])
def test_people_in_the_same_frames_stay_hidden(redactor: Redactor, text: str, name: str,
                                               spoken: bool) -> None:
    if spoken:
        text, name = _spoken(text), name.lower()
    assert hidden(redactor, text, name, "es")


def test_unlisted_surname_with_a_verb_after_the_purpose_stays_hidden(
        redactor: Redactor) -> None:
    # written only: a lower-case word in no list is found by no finder, with or
    # without this frame
    text = "Para la presión, Tzulbaj me atiende."
    assert hidden(redactor, text, "Tzulbaj", "es")
