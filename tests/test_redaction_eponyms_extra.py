"""Medical eponyms, germs, scales and clinical acronyms survive redaction
(``redaction/eponyms.py``, ``data/eponyms.txt``); the same surnames said of people are
still hidden. Hand-written sets found "Prader-Willi", "Salter-Harris", "Coxsackie" and
Spanish "TOC" redacted as names. Every sentence and person here is invented."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from redaction.eponyms import (
    EPONYMS,
    EPONYMS_AFTER_A_HEAD,
    RARE_EPONYMS,
    eponym_in_frame,
)
from redaction.wordlists import places
from tests.test_redaction_speech import hidden, untouched


@pytest.mark.parametrize(("language", "text", "term"), [
    # eponyms of several names, hyphenated or said apart
    ("en", "the genetics team is testing for prader willi now", "prader willi"),
    ("en", "My son was diagnosed with Prader-Willi syndrome last year.", "Prader-Willi"),
    ("en", "Henoch-Schönlein purpura would explain the rash on her legs.",
     "Henoch-Schönlein purpura"),
    ("en", "the x-ray showed a salter harris type two fracture", "salter harris"),
    ("en", "he had cheyne stokes breathing before he passed", "cheyne stokes"),
    ("en", "they said it was wolff-parkinson-white on the ekg", "wolff-parkinson-white"),
    ("es", "Es una Salter-Harris tipo dos, pasa por la placa de crecimiento.", "Salter-Harris"),
    ("es", "la púrpura de henoch schönlein explica las manchas", "henoch schönlein"),
    ("es", "le van a hacer la prueba de prader willi", "prader willi"),
    # germs, and a germ that is a village too
    ("en", "Was it Coxsackie? The daycare said Coxsackie.", "Coxsackie"),
    ("es", "fue coxsackie en la guardería dijeron coxsackie", "coxsackie"),
    ("es", "Tiene una infección por Pseudomonas.", "Pseudomonas"),
    # rare surnames, medical unless a name cue comes before
    ("en", "kernig and brudzinski were both negative", "brudzinski"),
    ("en", "She scored low on the Wechsler intelligence scale.", "Wechsler"),
    ("en", "a krukenberg tumor on the ovary", "krukenberg"),
    ("es", "Usamos la regla de Nägele para calcular la fecha.", "Nägele"),
    ("es", "el signo de chadwick y el de hegar estaban", "hegar"),
    ("en", "the newborn had a positive ortolani and barlow", "ortolani"),
    ("es", "Tiene un Barthel de sesenta.", "Barthel"),
    # surnames and places people carry, in their medical frame
    ("en", "His Glasgow coma scale was fourteen on arrival.", "Glasgow"),
    ("en", "Clark level three on the pathology report.", "Clark"),
    ("en", "Her Fitzpatrick skin type is two.", "Fitzpatrick"),
    ("en", "there was tenderness at mcburney's point", "mcburney"),
    ("en", "romberg was positive, he swayed with eyes closed", "romberg"),
    ("es", "Tenía un Glasgow de quince al llegar.", "Glasgow"),
    ("es", "Gleason de siete en la biopsia.", "Gleason"),
    ("es", "El Romberg fue positivo.", "Romberg"),
    ("es", "el inventario de beck salió alto", "beck"),
    ("es", "le dolía en el punto de mcburney", "mcburney"),
    ("es", "Por las reglas de Ottawa quizá no necesita radiografía.", "Ottawa"),
    # clinical acronyms said as a word that name lists hold
    ("es", "Tics y TOC justo después de una faringitis.", "TOC"),
    ("es", "mi hijo tiene toc y le cuesta salir de casa", "toc"),
    ("es", "Mi sobrino tiene TEA, autismo leve.", "TEA"),
    ("es", "le dio un iam el mes pasado", "iam"),
    ("en", "her edd is in march according to the scan", "edd"),
])
def test_an_eponym_or_acronym_survives(redactor: Redactor, language: str, text: str,
                                       term: str) -> None:
    assert untouched(redactor, text, language, term)


@pytest.mark.parametrize(("language", "text", "value"), [
    ("en", "Dr. Murphy said the scan looked fine.", "Murphy"),
    ("en", "my neighbor clark drove me to the appointment", "clark"),
    ("en", "Mr. Jones will pick up the prescription.", "Jones"),
    ("en", "I'm Sarah Gleason, calling about my mother.", "Gleason"),
    ("en", "Dr. Kernig is on call tonight.", "Kernig"),
    ("en", "my sister ruth ranson stayed with me", "ruth ranson"),
    ("en", "she lives in Coxsackie, New York", "Coxsackie"),
    ("en", "my brother lives in marburg now", "marburg"),
    ("es", "El doctor Murphy me dijo que todo está bien.", "Murphy"),
    ("es", "Mi esposo, Andrés Glasgow, está en camino.", "Andrés Glasgow"),
    ("es", "La doctora Tanner me llamó.", "Tanner"),
    ("es", "Vengo por el tumor de Douglas, mi esposo", "Douglas"),
    # a surname of a sign or a node said bare, of a person
    ("es", "Virchow me llamó ayer por la factura.", "Virchow"),
    ("en", "Talk to Giordano about the schedule.", "Giordano"),
])
def test_a_person_or_town_with_an_eponyms_name_stays_hidden(
        redactor: Redactor, language: str, text: str, value: str) -> None:
    assert hidden(redactor, text, language, value)


def test_the_tiers_read_from_the_data_file() -> None:
    assert {"klebsiella", "giardia"} <= EPONYMS
    assert {"kernig", "hurler", "menkes"} <= RARE_EPONYMS
    assert {"murphy", "wells", "clark", "tanner", "glasgow"} <= EPONYMS_AFTER_A_HEAD
    # a surname people often carry is never medical wherever it stands
    assert not {"murphy", "wells", "clark", "smith", "jones", "tanner"} & (
        EPONYMS | RARE_EPONYMS)
    # nor a town, but the conditions first of all that were there before the data file
    assert (EPONYMS | RARE_EPONYMS) & set(places()) <= {"addison", "barre", "cushing",
                                                       "huntington"}


@pytest.mark.parametrize(("text", "word", "medical"), [
    ("a Jones fracture of the fifth metatarsal", "Jones", True),
    ("Mr. Jones fracture clinic", "Jones", False),
    ("la escala de coma de Glasgow", "Glasgow", True),
    ("un Glasgow de 15", "Glasgow", True),
    ("Tanner is 5 years old", "Tanner", False),
    ("la fractura de Rolando Pérez", "Rolando", False),
])
def test_the_frames(text: str, word: str, medical: bool) -> None:
    start = text.index(word)
    key = word.lower()
    assert eponym_in_frame(text, start, start + len(word), key) is medical
