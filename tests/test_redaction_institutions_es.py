"""Places Spanish names by what they are, said before their name
(``redaction/institutions_es.py``)."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize(("text", "place"), [
    ("Vengo de parte del albergue Casa del Migrante en Tijuana.", "albergue Casa del Migrante"),
    ("soy la trabajadora social del hospital general de zona cuarenta y seis",
     "hospital general de zona cuarenta y seis"),
    ("fue en el comedor de la mina Los Bronces.", "mina Los Bronces"),
    ("fue en el comedor de la mina los bronces", "mina los bronces"),
    ("mi esposo está en el hospital jackson memorial desde el sábado",
     "hospital jackson memorial"),
    ("me atendieron en la clínica veintisiete del seguro", "clínica veintisiete"),
    ("Vivimos en el albergue Hogar Nuevo Amanecer, en Mexicali.", "albergue Hogar Nuevo Amanecer"),
])
def test_a_head_and_the_name_after_it_are_a_place(redactor: Redactor, text: str,
                                                  place: str) -> None:
    assert hidden(redactor, text, place, "es")


@pytest.mark.parametrize(("text", "word"), [
    ("la escuela de mi hijo está cerrada", "escuela"),
    ("fui al hospital de la ciudad", "hospital"),
    ("estuvo hospitalizada tres días en Lima", "hospitalizada"),
    ("estuve en el hospital dos semanas", "dos semanas"),
    ("trabajo en la fábrica de la esquina", "esquina"),
    ("voy a la iglesia los domingos", "domingos"),
    ("en el hospital le pusieron suero", "hospital"),
    ("lo internaron en el hospital psiquiátrico", "psiquiátrico"),
    ("la mandaron a una clínica oftalmológica", "oftalmológica"),
    ("vamos a la clínica de fertilidad", "fertilidad"),
])
def test_a_head_with_no_name_after_it_stays(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word, "es")


def test_a_listed_town_of_two_words_is_whole(redactor: Redactor) -> None:
    # "puente" is a dental bridge too; the list holds the town whole
    assert hidden(redactor, "ahora vivo con mi hija en puente alto", "puente alto", "es")
    assert not touched(redactor, "me pusieron un puente en la muela", "muela", "es")


@pytest.mark.parametrize(("text", "word"), [
    ("La clínica cierra a las seis", "cierra"),
    ("la escuela de enfermería queda lejos", "enfermería"),
    ("En la placa se ve L4 L5 con desgaste", "L4 L5"),
])
def test_review_kinds_that_name_no_place_stay(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word, "es")


@pytest.mark.parametrize(("text", "place"), [
    ("trabajo en la empacadora de yakima en el turno de noche", "empacadora de yakima"),
    ("cortaba flores en la florícola jardines de latacunga", "florícola jardines de latacunga"),
    ("mi nieto va a la primaria benito juárez", "primaria benito juárez"),
    ("nos atendieron en la posta de villa los ríos", "posta de villa los ríos"),
    ("el centro de salud de san ramón me mandó aquí", "centro de salud de san ramón"),
])
def test_a_workplace_shop_or_school_and_its_name_are_a_place(
        redactor: Redactor, text: str, place: str) -> None:
    assert hidden(redactor, text, place, "es")


@pytest.mark.parametrize(("text", "word"), [
    ("en el bar tomaba mucho los sábados", "tomaba"),
    ("fui a la tienda a comprar pan", "tienda"),
    ("trabajo en la fábrica de ropa desde marzo", "ropa"),
    ("me duele la planta de los pies", "planta"),
    ("en la prepa comía diario", "comía"),
    ("en la cafetería conseguí metformina", "conseguí"),
    ("trabajo en la empacadora de fresa", "fresa"),
    ("fui al comedor de la escuela a ver a mi hija", "comedor"),
])
def test_a_kind_of_shop_or_work_with_no_name_stays(redactor: Redactor, text: str,
                                                   word: str) -> None:
    assert not touched(redactor, text, word, "es")


@pytest.mark.parametrize(("text", "place"), [
    ("mande la receta a la farmacia san judas de zapopan", "farmacia san judas"),
    ("le llamo del banco de alimentos de caguas", "banco de alimentos de caguas"),
    ("Voy a la Farmacia El Sol los lunes por mis pastillas.", "Farmacia El Sol"),
    ("va todos los días al centro de día san ignacio", "centro de día san ignacio"),
])
def test_a_pharmacy_or_a_centre_and_its_name_are_a_place(redactor: Redactor, text: str,
                                                         place: str) -> None:
    assert hidden(redactor, text, place, "es")


@pytest.mark.parametrize(("text", "word"), [
    ("voy a la farmacia de guardia esta noche", "guardia"),
    ("en la farmacia me dieron ibuprofeno", "ibuprofeno"),
])
def test_a_pharmacy_with_no_name_stays(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word, "es")
