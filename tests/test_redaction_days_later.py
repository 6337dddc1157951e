"""A day of the month said alone after its month or weekday was said (``days_said``):
"me internaron el 20 de abril y salí el 28", "the friday before easter, the 7th i think";
and after "la cita es el". The same numbers where they count something stay."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize(("text", "language", "value"), [
    ("Lo ingresaron el 4 de mayo y le dieron el alta el 11.", "es", "11"),
    ("lo ingresaron el cuatro de mayo y le dieron el alta el once", "es", "once"),
    ("la cita es el diecisiete temprano", "es", "diecisiete"),
    ("El turno quedó para el 9, en la mañana.", "es", "9"),
    ("We saw her on Monday, then again the 4th, and she was better.", "en", "the 4th"),
    ("Estuvo internada del 3 al 9 de marzo por la neumonía.", "es", "3 al 9 de marzo"),
    ("la vi el viernes pasado, el nueve, en la mañana", "es", "nueve"),
    ("she started in september around the sixth i think", "en", "the sixth"),
    # a day alone after an appointment said to be one, or a move to it (stop 52)
    ("the home health evaluation is the seventh", "en", "seventh"),
    ("my follow up is the 21st at ten", "en", "21st"),
    ("they had to move it to the ninth at two fifteen", "en", "ninth"),
    ("he came back on the second after that", "en", "second"),
])
def test_a_later_day_is_a_date(redactor: Redactor, text: str, language: str,
                               value: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize(("text", "language", "kept"), [
    ("en marzo tomé el 5 por ciento de la dosis", "es", "5 por ciento"),
    ("in march she was the first in line", "en", "the first"),
    ("on monday he took the second dose", "en", "the second"),
    ("since tuesday the second toe hurts", "en", "the second"),
    ("In August she was the first, I think.", "en", "the first"),
    ("en enero empecé, el 10 por la mañana y el 20 por la noche", "es", "10"),
    ("en marzo estuve en el piso 3 y el 4 también", "es", "4"),
    ("tomé del 1 al 10 de la lista", "es", "1 al 10"),
])
def test_an_order_or_a_count_stays(redactor: Redactor, text: str, language: str,
                                   kept: str) -> None:
    assert not touched(redactor, text, kept, language)


@pytest.mark.parametrize(("text", "language", "value"), [
    ("surgery date was four twenty two and he went home the next day", "en", "four twenty two"),
    ("Date of admission: 7 3, at night.", "en", "7 3"),
    ("fecha de la operación 12 5 2023", "es", "12 5 2023"),
])
def test_an_event_date_said_as_numbers_is_a_date(redactor: Redactor, text: str,
                                                 language: str, value: str) -> None:
    assert hidden(redactor, text, value, language)


def test_an_admission_verb_before_a_count_is_no_date(redactor: Redactor) -> None:
    assert not touched(redactor, "she was discharged on three medicines", "three", "en")
