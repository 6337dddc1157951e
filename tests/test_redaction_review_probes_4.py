"""Probes of the stop-27 review (people and towns put into the frames of the rules added
that stop, old code beside new): each identifier here was hidden before those rules and
must stay hidden; each term after them must survive. The rules were narrowed to what they
were for (clinical words that are surnames only with an article, eponyms after a lesion
only that lesion's own, "it is used up" only after an article, a root's brand only with a
brand's ending, a verb of people before "X para la presión", a time of day only after a
verb of taking, towns named like medicines only after a verb of living with its
preposition). Sentences written by the review."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import touched


@pytest.mark.parametrize(("text", "secret", "language"), [
    ("Mi esposo es Juan Quijada", "Quijada", "es"),
    ("Costilla es mi apellido", "Costilla", "es"),
    ("me llamo marco quijada", "quijada", "es"),
    ("Vivo en La Ceja, Antioquia", "Ceja", "es"),
    ("She moved to Menton", "Menton", "en"),
    ("Me llamo Lucía Quijadas", "Quijadas", "es"),
    ("La fractura de Rolando Pérez fue en la muñeca", "Rolando", "es"),
    ("Vengo por el tumor de Douglas, mi esposo", "Douglas", "es"),
    ("La fractura de Cutzal no ha crecido", "Cutzal", "es"),
    ("El quiste de Ana es benigno", "Ana", "es"),
    ("La póliza de Quispe ya se venció", "Quispe", "es"),
    ("Con Quispe se me acabó la paciencia", "Quispe", "es"),
    ("Huamán es el que tomo en cuenta", "Huamán", "es"),
    ("Hablé con Lactancio ayer.", "Lactancio", "es"),
    ("Osteolaza firmó la receta.", "Osteolaza", "es"),
    ("Me recomendaron Cutzal, es muy buena doctora", "Cutzal", "es"),
    ("¿Hay Cutzal en la oficina?", "Cutzal", "es"),
    ("Me atiende Cutzal para la presión", "Cutzal", "es"),
    ("Mi doctora es Cutzal para la tiroides", "Cutzal", "es"),
    ("En la mañana Cutzal y en la tarde mi hija", "Cutzal", "es"),
    ("Amy Felt called this morning", "Felt", "en"),
    ("dr felt saw me yesterday", "felt", "en"),
    ("My site is rosalesbakery dot com store hours are nine to five", "rosalesbakery", "en"),
    ("vivo en Colón", "Colón", "es"),
    ("she lives in Norco", "Norco", "en"),
])
def test_the_reviews_identifiers_stay_hidden(redactor: Redactor, text: str, secret: str,
                                            language: str) -> None:
    assert touched(redactor, text, secret, language)


@pytest.mark.parametrize(("text", "term", "language"), [
    ("me duele la quijada", "quijada", "es"),
    ("le pusieron un stent", "stent", "es"),
    ("tiene un neuroma de Morton", "Morton", "es"),
    ("el sarcoma de Ewing", "Ewing", "es"),
    ("me rompí el tendón de Aquiles", "Aquiles", "es"),
    ("Lo que me dieron fue Norco", "Norco", "es"),
    ("I switched from Norco to Tylenol", "Norco", "en"),
    ("los tzulbax se me acabaron", "tzulbax", "es"),
    ("¿me puede recetar tzulbax?", "tzulbax", "es"),
    ("Tomo metformina en la mañana y en la noche tzulbax.", "tzulbax", "es"),
    ("the patient felt better after lunch", "felt", "en"),
    ("meet me at the clinic dot com office", "clinic", "en"),
])
def test_the_terms_beside_them_survive(redactor: Redactor, text: str, term: str,
                                       language: str) -> None:
    assert not touched(redactor, text, term, language)
