"""NUM15: dates, plates and record numbers said in ways no rule read before, and the
numbers beside them that must stay. Each rule's own sentences, not the probe's
(``bench/num15_probe.py``)."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize(("text", "language", "value"), [
    # a bare day after a weekday, "día" or a word of time (days_said._spanish_bare_days)
    ("Tengo consulta el jueves 22, temprano.", "es", "22"),
    ("tengo consulta el jueves veintidós temprano", "es", "veintidós"),
    ("Me duele la cabeza desde el 9.", "es", "9"),
    ("me duele la cabeza desde el nueve y no se me quita", "es", "nueve"),
    ("El día 30 me hicieron la placa.", "es", "30"),
    ("la semana del diecisiete estoy fuera", "es", "diecisiete"),
    ("A partir del 4 ya puedo ir.", "es", "4"),
    ("nos vemos el primero entonces", "es", "primero"),
    ("regreso el uno a trabajar", "es", "uno"),
    ("el domingo 4 estuve con vómito", "es", "4"),
    ("me internaron el 15 pasado", "es", "15"),
    ("en la madrugada del 6 me llevaron a urgencias", "es", "6"),
    ("llegué el 8 de este mes", "es", "8"),
    ("el 1º de junio me operaron", "es", "1º de junio"),
    ("Estuve internada del 4 al 11.", "es", "4 al 11"),
    ("entre el tres y el ocho no puedo venir", "es", "tres y el ocho"),
    ("I was admitted from the 2nd to the 6th", "en", "the 2nd to the 6th"),
    ("her birthday is the twelfth of the third, so soon", "en", "the twelfth of the third"),
    ("I got my period around the 19th", "en", "the 19th"),
    ("they moved it to the 2nd", "en", "the 2nd"),
    # a written day and month, day first (days_said._written_day_month)
    ("La operaron el 28/9 en la mañana.", "es", "28/9"),
    ("I was discharged on 21/4 from the ward.", "en", "21/4"),
    ("the scan was on 5/10 at the clinic", "en", "5/10"),
    ("the shot was given 5/9 the second one later", "en", "5/9"),
    # an abbreviated month glued to its day (date_stretch: "27-ene")
    ("La regla me bajó el 12-mar, creo.", "es", "12-mar"),
    ("Fecha de la cita: 5-sept.", "es", "5-sept"),
    # the day that stands away from the month in a span (days_said._english_day_spans)
    ("I'm away the 11th to the 15th of June.", "en", "the 11th to the 15th of June"),
    ("she is booked october second through the ninth", "en",
     "october second through the ninth"),
    ("we're gone january four to nine", "en", "january four to nine"),
    # three numbers with a two-digit year, written with digits (date_stretch._DIGIT_TRIPLE)
    ("he was admitted on 7 12 58 with a stroke", "en", "7 12 58"),
    # plates after their word (plates_said)
    ("La matrícula es 4471 KLM, un coche blanco.", "es", "4471 KLM"),
    ("Las placas de mi carro son RTW-382-B.", "es", "RTW-382-B"),
    ("My licence plate is LK19 XPT.", "en", "LK19 XPT"),
    # "número de historia" and "folio" name a record (recognizers: MRN context)
    ("El número de historia es, eh, 558013.", "es", "558013"),
    ("el folio eh siete siete uno dos cero cuatro", "es", "siete siete uno dos cero cuatro"),
    # a country code before an area code in brackets (recognizers._PHONE_PREFIX)
    ("Mi fijo es +57 (4) 444 1234.", "es", "+57 (4) 444 1234"),
    # a passport's letter before its digits (recognizers: an id, not a phone "number")
    ("my passport number is k 49182733", "en", "k 49182733"),
    # a letter spelled after another ("z de de dedo": spoken_ids)
    ("mi curp es g o z a ocho cuatro cero tres uno dos h de de dedo f r r n cero uno", "es",
     "g o z a ocho cuatro cero tres uno dos h de de dedo f r r n cero uno"),
])
def test_hidden(redactor: Redactor, text: str, language: str, value: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize(("text", "language", "kept"), [
    ("El dolor es de 8/10 desde ayer.", "es", "8/10"),
    ("Tome 1/2 pastilla en la noche.", "es", "1/2"),
    ("Es el día 3 de tratamiento con antibiótico.", "es", "3"),
    ("Desde el 20 por ciento de la dosis empezó la mejoría.", "es", "20"),
    ("Para el primero que llegue hay turno.", "es", "primero"),
    ("En una escala del 1 al 10, ¿cuánto le duele?", "es", "1 al 10"),
    ("Tome entre 2 y 3 pastillas al día.", "es", "2 y 3"),
    ("El lunes 3 pastillas y el martes 2.", "es", "3 pastillas"),
    ("After the first I felt sick.", "en", "first"),
    ("take eighty one milligrams at one fifteen and again at night", "en", "one fifteen"),
    ("her hemoglobin was 10.4 yesterday", "en", "10.4"),
    ("Tengo psoriasis en placas desde hace 3 años.", "es", "3 años"),
    ("pain is like 6/10 now", "en", "6/10"),
    ("You may take two to three tablets a day.", "en", "two to three"),
    ("Half a tab, so 1/2 tablet at night.", "en", "1/2"),
    ("Cancer in 2/3 of the nodes they took.", "en", "2/3"),
])
def test_kept(redactor: Redactor, text: str, language: str, kept: str) -> None:
    assert not touched(redactor, text, kept, language)
