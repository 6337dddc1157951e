"""Spanish identities said aloud by people of many countries (``bench/phi_wild_es_ids.py``
found these gaps on its dev part): ids of other countries, their check digits and the
dashes said inside them, hesitations inside numbers, nicknames, surnames with particles,
dates of birth said day, month and year as numbers, ages given by their decade, towns
named for a saint. Every
sentence here was written for the test, none copied from a benchmark set; the clinical
words beside the same cues must survive."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor


def hidden(redactor: Redactor, text: str, value: str) -> bool:
    """At least 90 % of the value's non-space characters lie inside findings."""
    start = text.index(value)
    covered = {i for e in redactor.analyze(text, "es") for i in range(e.start, e.end)}
    chars = [i for i in range(start, start + len(value)) if not text[i].isspace()]
    return sum(i in covered for i in chars) >= 0.9 * len(chars)


@pytest.mark.parametrize(("text", "value"), [
    # ids named by the word before them: cédula, CURP, RUT (with its check digit)
    ("ya le di la cédula, es cuatro uno dos siete cero nueve tres ocho, ¿no?",
     "cuatro uno dos siete cero nueve tres ocho"),
    ("el rut de mi papá es nueve ocho siete seis cinco cuatro tres guion ka",
     "nueve ocho siete seis cinco cuatro tres guion ka"),
    ("el rut es 9.876.543-k", "9.876.543-k"),
    # a hesitation inside a number: "o sea", "este"
    ("la cédula es cuarenta y uno o sea dieciocho setenta y dos cero cinco",
     "cuarenta y uno o sea dieciocho setenta y dos cero cinco"),
    # a lettered record with a dash said: the letter is a letter, not the word "e"
    ("mi expediente es el e guion siete siete uno dos cero nueve",
     "e guion siete siete uno dos cero nueve"),
    ("el número de expediente es ka guion 4407163", "ka guion 4407163"),
    # a NIE as Whisper writes it, and a CURP said with its digits as written
    ("tengo nie, es el x4417205 te", "x4417205 te"),
    ("mi curp es b o g a 780112 h n l r r n 07", "b o g a 780112 h n l r r n 07"),
    # nicknames and surnames with particles
    ("se llama ernesto pero en la casa le decimos neto", "neto"),
    ("El apellido es del Castillo, con ce.", "del Castillo"),
    ("me llamo rosa elena de los santos ibarra", "rosa elena de los santos ibarra"),
    # dates of birth said as numbers, after a hesitation or a relative
    ("su fecha de nacimiento, este, es doce del diez del setenta y uno",
     "doce del diez del setenta y uno"),
    ("la fecha de nacimiento de mi esposo es 4 9 63", "4 9 63"),
    ("nacio el veinte del uno del noventa y nueve en el seguro",
     "veinte del uno del noventa y nueve"),
    # ages of 90 and over: after a hesitation, "anos" without its ñ, by decade
    ("mi suegro tiene, eh, noventa y seis anos", "noventa y seis"),
    ("la señora tiene noventa y pico y vive sola", "noventa y pico"),
    ("mi bisabuela cumplió ciento un años en mayo", "ciento un"),
    # a town named for a saint, with its tail: "los altos", "de la montaña"
    ("mi hermana nació en el hospital de san teodoro los llanos", "san teodoro los llanos"),
    ("Vivíamos en San Ramiro de la Sierra, Oaxaca.", "San Ramiro de la Sierra"),
])
def test_spanish_identities_are_hidden(redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value)


@pytest.mark.parametrize(("text", "term"), [
    ("tomo dos o tres pastillas de ibuprofeno al día", "dos o tres"),
    ("la dosis es de 1500 a 2000 mg de paracetamol", "1500 a 2000 mg"),
    ("le dicen que tome metformina cada ocho horas", "metformina"),
    ("tiene ochenta y nueve años y toma losartán", "ochenta y nueve"),
    ("la paciente de la cama tres tiene neumonía", "cama tres"),
])
def test_clinical_words_beside_those_cues_survive(redactor: Redactor, text: str,
                                                  term: str) -> None:
    assert term in redactor.redact(text, "es").text


def test_a_long_gap_after_a_date_of_birth_is_read_as_words_not_a_date(
        redactor: Redactor) -> None:
    """The words between a date's numbers are read one step at a time: a pattern that
    repeated a repeated separator backtracked exponentially on this input (a fuzz input
    hung on it; ``bench/redaction_fuzz.py`` is where speed is measured). Here: it ends,
    and the age after the gap is no part of the date."""
    text = "fecha de nacimiento 12" + " ," * 20 + " tiene 40 años"
    assert "40 años" in redactor.redact(text, "es").text
