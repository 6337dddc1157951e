"""Places named the ways two new outside-style sets showed (issue 10, stop 31): streets
without a number after a plain preposition, parts of town one lives in, a place or group
given its name with "called" / "se llama", Spanish places whose name follows an article
("la escuela la milagrosa") or is the kind of hospital it is ("el hospital de la mujer"),
where a trip ends ("hasta bakersfield"), the town between a street and its ZIP,
organisations written with capitals, and days said after a trip's verb, a part of a day,
an appointment or a pregnancy's cue ("lmp"); and, from a review of those rules (REV17),
the ordinary words they first took. Every sentence, person and place here is invented for
these tests."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize(("text", "value", "language"), [
    ("the daycare is on sepulveda highway near the school", "sepulveda highway", "en"),
    ("we live by 31st street near the arch", "31st street", "en"),
    ("the pharmacy near carver avenue closes at six", "carver avenue", "en"),
    ("she was found along quarry road", "quarry road", "en"),
    ("we live in little havana by the park", "little havana", "en"),
    ("they're over in dutch village now", "dutch village", "en"),
    ("she grew up in lincoln heights", "lincoln heights", "en"),
    ("the group is called open doors and we meet on fridays", "open doors", "en"),
    ("the ranch is called the broken arrow", "broken arrow", "en"),
    ("it's a shelter called harbor light", "harbor light", "en"),
    ("el grupo se llama nueva vida en la calle diez", "nueva vida", "es"),
    ("la finca donde trabajo se llama el naranjal", "el naranjal", "es"),
    ("el rancho se llama los dos potrillos", "los dos potrillos", "es"),
    ("pasando la escuela la inmaculada a la derecha", "la inmaculada", "es"),
    ("lo llevaron al hospital del niño en la capital", "hospital del niño", "es"),
    ("está internada en el hospital de la mujer", "hospital de la mujer", "es"),
    ("nos trajo de nogales hasta bakersfield", "bakersfield", "es"),
    ("va a la secundaria técnica treinta y uno", "secundaria técnica treinta y uno", "es"),
    ("unos chavos de la prepa nueve le pegaron", "prepa nueve", "es"),
    ("juega los domingos en la cancha los olivos", "cancha los olivos", "es"),
    ("me voy el doce en el camión", "doce", "es"),
    ("llegamos el quince a las tres", "quince", "es"),
    ("on the night of the sixth she fell", "the sixth", "en"),
    ("the weekend of the fourth we drove up", "the fourth", "en"),
    ("my next appointment is the ninth at three thirty", "the ninth", "en"),
    ("lmp seven three and the test was positive", "seven three", "en"),
    ("her last period was ten four", "ten four", "en"),
    ("fur ocho once", "ocho once", "es"),
    ("The caseworker from Hartwell County Family Services called.",
     "Hartwell County Family Services", "en"),
    ("They sent us to the Bienvenidos Migrant Resource Center.",
     "Bienvenidos Migrant Resource Center", "en"),
    ("she's at eighty two birch lane el cajon nine two zero two zero", "el cajon", "en"),
    ("1420 Elm St, Coon Rapids, MN 55433", "Coon Rapids", "en"),
    ("calle cinco número doce colonia centro tlaquepaque código postal cuatro cinco cero "
     "cero cero", "tlaquepaque", "es"),
])
def test_a_place_or_day_named_this_way_is_hidden(redactor: Redactor, text: str, value: str,
                                                 language: str) -> None:
    assert hidden(redactor, text, value, language)


@pytest.mark.parametrize(("text", "kept", "language"), [
    ("he is on bed rest for two weeks", "bed rest", "en"),
    ("she goes on long walks", "long walks", "en"),
    ("walk on this road every day", "this road", "en"),
    ("i was on ring road when it happened", "ring road", "en"),
    ("we got stuck on dirt road after the rain", "dirt road", "en"),
    ("we moved to a trailer park", "trailer park", "en"),
    ("the pharmacy called me yesterday", "me yesterday", "en"),
    ("the medicine is called metformin", "metformin", "en"),
    ("la enfermedad se llama lupus", "lupus", "es"),
    ("en la clínica la enfermera me puso la vacuna", "enfermera", "es"),
    ("en la escuela la maestra me dijo que no", "maestra", "es"),
    ("la operación fue en el hospital general", "general", "es"),
    ("hasta mañana doctora", "mañana", "es"),
    ("fuimos al parque a caminar", "parque", "es"),
    ("la primaria dos años después", "dos años", "es"),
    ("the morning of the second surgery he was fine", "second", "en"),
    ("her last period was two weeks ago", "two weeks", "en"),
    ("the surgery is the first thing we need", "first", "en"),
    ("i live at twelve oak street and the zip is four five five zero two", "and the", "en"),
    # the review's (REV17): what these rules first took
    ("he was seen on chest ct last week", "chest ct", "en"),
    ("she was seen by the er dr this morning", "er dr", "en"),
    ("at the school the condition is called dyslexia", "dyslexia", "en"),
    ("a clinic called me back yesterday", "me back", "en"),
    ("the meeting was called off", "off", "en"),
    ("there's a place called home", "home", "en"),
    ("she grew up in a small fishing village", "fishing village", "en"),
    ("we used to play on the basketball court", "basketball court", "en"),
    ("1420 Elm St yeah 55433", "yeah", "en"),
    ("the scan was the second in a row", "second", "en"),
    ("my appointment is the third this month", "third", "en"),
    ("en el parque los perros andan sueltos", "perros", "es"),
    ("en la farmacia el farmacéutico me lo dio", "farmacéutico", "es"),
    ("en la secundaria treinta alumnos se enfermaron", "treinta alumnos", "es"),
    ("el lugar se llama no me acuerdo", "no me acuerdo", "es"),
    ("llego el primero al trabajo", "primero", "es"),
    ("hasta navidad no lo veo", "navidad", "es"),
    ("en estadio de tanner dos", "estadio de tanner", "es"),
    ("Take Tylenol PM at night and call Social Security.", "Tylenol PM", "en"),
    ("She went to the Emergency Department at noon.", "Emergency Department", "en"),
    ("Her Medicaid ID is on the card.", "Medicaid", "en"),
    ("She was seen at Fracture Clinic.", "Fracture Clinic", "en"),
    ("Based on an LMP of August 20th, she is due in May.", "LMP", "en"),
])
def test_ordinary_words_in_these_frames_survive(redactor: Redactor, text: str, kept: str,
                                                language: str) -> None:
    assert not touched(redactor, text, kept, language)
