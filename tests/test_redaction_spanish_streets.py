"""Street addresses as people in Spanish-speaking countries say them, written and as
a transcript writes them (lower case, numbers as words or digits): the whole address
is redacted, floor, door, plate, kilometre and cross streets included, while times,
beds and doses after "en" or "a" are not addresses. Every street here is invented."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from redaction.recognizers import _UNITS_AFTER
from tests.test_redaction_speech import hidden


@pytest.mark.parametrize(("text", "address"), [
    # Spain: portal, escalera, floor and the side of the landing
    ("vivo en calle de orvalle 7 portal 2 escalera c tercero izquierda",
     "calle de orvalle 7 portal 2 escalera c tercero izquierda"),
    ("Vivo en C/ Orvalle, 7, portal 2, 3º dcha.", "C/ Orvalle, 7, portal 2, 3º dcha"),
    # Colombia: the plate's second half after "guion" or "con", in digits or words
    ("vivo en carrera 52 número 18 guion 40 apartamento 301",
     "carrera 52 número 18 guion 40 apartamento 301"),
    ("vivo en calle ochenta número doce con uno", "calle ochenta número doce con uno"),
    ("mi dirección es diagonal 33 sur número 120 45 este",
     "diagonal 33 sur número 120 45 este"),
    # a house number before the street word, as in the US and Puerto Rico
    ("me mudé a 4821 calle los tamarindos apartamento 12",
     "4821 calle los tamarindos apartamento 12"),
    ("vivo en cuatro mil ochocientos veintiuno calle los tamarindos",
     "cuatro mil ochocientos veintiuno calle los tamarindos"),
    # a rural road and its kilometre
    ("queda en carretera 174 kilómetro 12.5", "carretera 174 kilómetro 12.5"),
    ("queda en carretera ciento setenta y cuatro kilómetro doce punto cinco",
     "carretera ciento setenta y cuatro kilómetro doce punto cinco"),
    # cross streets narrow it down as much as a number
    ("es en avenida tolquén 1820 entre rivaplata y los zapotes",
     "avenida tolquén 1820 entre rivaplata y los zapotes"),
    # no street word: a rare or capitalised name and a house number after a preposition
    ("la ambulancia me recogió en los almácigos 3391", "los almácigos 3391"),
    ("Me lo llevan a Orvalle al 2250.", "Orvalle al 2250"),
    ("pasen por mí a quintanal 5510 piso 3 depto b", "quintanal 5510 piso 3 depto b"),
    # no number at all, and a corner of two streets
    ("Vivo en Calle Tolquén s/n, Col. Tepalcapa.", "Calle Tolquén s/n"),
    ("vivo en calle tolquén sin número", "calle tolquén sin número"),
    ("vivo en la carrera séptima con calle cuarenta y cinco",
     "carrera séptima con calle cuarenta y cinco"),
    # Yucatán's cross streets by number, and a US address said in Spanish
    ("vivo en calle 60 por 55 y 57 número 491", "calle 60 por 55 y 57 número 491"),
    ("vivo en 4521 Oak Street apartamento 12", "4521 Oak Street apartamento 12"),
    # abbreviations a transcript writes without their dot
    ("me mandaron la carta al jr los pinos cuatrocientos doce",
     "jr los pinos cuatrocientos doce"),
    ("la carta llegó al blvd agua caliente mil doscientos", "blvd agua caliente mil doscientos"),
    # neighbourhoods by their abbreviations
    ("Vivo en Calle Tolquén 18, Col. Tepalcapa.", "Tepalcapa"),
    ("Calle Tolquén 18, Bo. Los Almácigos.", "Los Almácigos"),
    ("vivo en pasaje rivaplata 44 comuna de quintanal", "quintanal"),
])
def test_a_spanish_address_is_redacted_whole(redactor: Redactor, text: str,
                                             address: str) -> None:
    assert hidden(redactor, text, "es", address)


@pytest.mark.parametrize(("text", "words"), [
    ("estoy en la cama 3 del hospital", "la cama 3"),
    ("me la tomo a las 8 de la noche", "a las 8"),
    ("tomo metformina 850 en la mañana", "metformina 850"),
    ("nací en enero 1950 y vivo sola", "enero"),
    ("tomo 2 pastillas por 3 días", "por 3"),
])
def test_a_time_bed_or_dose_after_a_preposition_is_no_address(
        redactor: Redactor, text: str, words: str) -> None:
    start = text.index(words)
    assert not any(e.type == "STREET_ADDRESS" and e.start < start + len(words)
                   and start < e.end for e in redactor.analyze(text, "es"))


def test_a_unit_is_a_whole_word_not_the_start_of_one() -> None:
    assert _UNITS_AFTER.match(" kilos")
    assert not _UNITS_AFTER.match(" kilómetro 12")
    assert not _UNITS_AFTER.match(" mesa")


@pytest.mark.parametrize(("text", "address"), [
    # a comma and a hesitation between the street word and its name, as speech has them
    ("bueno pues vivo en calle, eh, tulcambo quinientos doce y ahí estoy",
     "calle, eh, tulcambo quinientos doce"),
    ("la dirección es avenida, este, los zapotillos, número 88, interior 3",
     "avenida, este, los zapotillos, número 88, interior 3"),
    ("me quedo en privada o sea huaxtla 1207 con mi tía", "privada o sea huaxtla 1207"),
    # a restart: the first street word said, taken back and said again
    ("vivo en pasaje, no, jirón quilmaco cuatro cero siete", "pasaje, no, jirón quilmaco cuatro"
     " cero siete"),
    # "cra" as a transcript writes Colombia's carrera, said twice or with a pause
    ("es cra 14 # 22 31 en el tercer piso", "cra 14 # 22 31"),
    ("queda en cra cra ochenta y uno número nueve guion diez", "cra cra ochenta y uno número"
     " nueve guion diez"),
])
def test_a_street_word_followed_by_a_pause_still_starts_an_address(
        redactor: Redactor, text: str, address: str) -> None:
    assert hidden(redactor, text, "es", address)


def test_a_pause_after_a_street_word_makes_no_address_of_a_dose() -> None:
    """The hesitation rule only widens an address; "la calle" with no name or number
    after it stays as before, and doses stay doses."""
    from redaction.streets_es import spanish_streets

    assert not list(spanish_streets("tomo la metformina, eh, 850 miligramos"))


def test_a_neighbourhood_before_a_question_mark_is_redacted(redactor: Redactor) -> None:
    text = "¿puede venir la enfermera a calle tulcambo 18, colonia las quintanillas? no camino"
    assert hidden(redactor, text, "es", "las quintanillas")
    assert "no camino" in redactor.redact(text, "es").text


@pytest.mark.parametrize(("text", "address"), [
    # the house number first, Spain's way
    ("vivo en el cuarenta y cinco de la calle tulcambo", "el cuarenta y cinco de la calle"
     " tulcambo"),
    ("es el número 12 del paseo de quilmaco", "el número 12 del paseo de quilmaco"),
    # the number introduced as "el número" after the name
    ("vivo por la avenida quilmaco por el número trescientos", "avenida quilmaco por el"
     " número trescientos"),
    ("la calle es tulcambo y el número es ochenta y ocho", "tulcambo y el número es ochenta"
     " y ocho"),
    # a numbered street, its side of town, then the house number (Puebla)
    ("vivo en calle diez norte doscientos treinta y cuatro", "calle diez norte doscientos"
     " treinta y cuatro"),
    ("Vivo en Calle 14 Sur 3302.", "Calle 14 Sur 3302"),
    # but a plate after the side of town is Colombia's, read as a plate
    ("me mudé a carrera 12 sur número 40 guion 7 hace poco", "carrera 12 sur número 40 guion 7"),
])
def test_a_house_number_said_apart_from_its_street_is_redacted_with_it(
        redactor: Redactor, text: str, address: str) -> None:
    assert hidden(redactor, text, "es", address)


def test_a_number_of_a_phone_after_a_street_is_no_house_number() -> None:
    from redaction.streets_es import spanish_streets

    text = "vivo en la calle tulcambo y el número de teléfono es el mismo"
    assert all("teléfono" not in text[s:e] for _, s, e in spanish_streets(text))


@pytest.mark.parametrize(("text", "address"), [
    # number marks of the Southern Cone and Peru
    ("vivo en avenida quilmaco n° 1200", "avenida quilmaco n° 1200"),
    # a numbered street with its ordinal's ending, and a floor said the same way
    ("vivo en calle 3ra número 45", "calle 3ra número 45"),
    ("vivo en la carrera 7ma # 45-12", "carrera 7ma # 45-12"),
    ("vivo en calle tulcambo 450, 2do piso", "calle tulcambo 450, 2do piso"),
    ("vivo en calle tulcambo, 450, 2° b", "calle tulcambo, 450, 2° b"),
    # the letter of a house number, joined by a dash or said at the end
    ("vivo en calle tulcambo 450-b", "calle tulcambo 450-b"),
    ("vivo en calle tulcambo cuatrocientos cincuenta b", "calle tulcambo cuatrocientos"
     " cincuenta b"),
])
def test_ordinal_endings_degree_marks_and_letters_belong_to_the_address(
        redactor: Redactor, text: str, address: str) -> None:
    assert hidden(redactor, text, "es", address)
