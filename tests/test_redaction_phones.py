"""Phone numbers as they are written and said abroad: a country code with or without the
trunk "(0)", an area code in brackets of any length, "plus" said before the digits,
six-digit numbers of small countries after a phone word, a label after the number
("office", "fax"), an extension glued on. Doses, counts and readings stay. Numbers
invented for these tests."""

from __future__ import annotations

import pytest

from redaction.recognizers import SpokenNumberRecognizer


def phones(text: str, language: str = "en") -> list[str]:
    return [text[r.start:r.end] for r in SpokenNumberRecognizer(language).find(text)
            if r.entity_type == "PHONE_NUMBER"]


@pytest.mark.parametrize(("text", "phone"), [
    ("reach me at +41 (0)31 552 17 08 after five", "+41 (0)31 552 17 08"),
    ("her number abroad is +44 20 7946 0321", "+44 20 7946 0321"),
    ("it's written +3531 4456 7 on the form", "+3531 4456 7"),
    ("my registered (31) 624-097 stopped working", "(31) 624-097"),
    ("the surgery is on (0161) 496 0213", "(0161) 496 0213"),
    ("my cell is plus three five eight four zero one two three four five six",
     "plus three five eight four zero one two three four five six"),
    ("mi celular es +34 622 41 07 95", "+34 622 41 07 95"),
    ("me puede llamar al más cincuenta y seis nueve ocho siete seis cinco cuatro tres",
     "más cincuenta y seis nueve ocho siete seis cinco cuatro tres"),
])
def test_a_country_or_area_code_makes_a_phone(text: str, phone: str) -> None:
    language = "es" if text.startswith(("mi ", "me ")) else "en"
    assert phone in phones(text, language)


@pytest.mark.parametrize(("text", "phone"), [
    ("please stop sending messages to 41 28 57", "41 28 57"),
    ("stop sending texts to four one two eight five seven", "four one two eight five seven"),
    ("the landline in Nuuk, call 36 21 90", "36 21 90"),
    ("no me mande mensajes al 58 31 26", "58 31 26"),
])
def test_six_digits_after_a_phone_word_are_a_phone(text: str, phone: str) -> None:
    language = "es" if text.startswith("no ") else "en"
    assert phone in phones(text, language)


@pytest.mark.parametrize(("text", "phone"), [
    ("Katrin Olsen\n52 71 33 office\n", "52 71 33"),
    ("48 16 09-Fax", "48 16 09"),
    ("(042)881-2207x315 mobile", "(042)881-2207x315"),
])
def test_a_label_or_an_extension_after_a_number_makes_a_phone(text: str, phone: str) -> None:
    assert phone in phones(text)


@pytest.mark.parametrize(("text", "language"), [
    ("take 500 mg twice a day, number 2 of 3 in the pack", "en"),
    ("her pressure was +20 over 120/80 this morning", "en"),
    ("call me in 2 weeks with the results", "en"),
    ("the dose went up to 1000 units (2) 300 mg at night", "en"),
    ("she had 3 more texts about the 40 mg dose", "en"),
    ("tome más 500 mg si le duele", "es"),
])
def test_doses_counts_and_readings_are_no_phone(text: str, language: str) -> None:
    assert phones(text, language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Call me if platelets are below 150,000.", "en"),
    ("call me, platelets 450000 this morning", "en"),
    ("text me, 120000 calories a week is the goal", "en"),
    ("Me llamo Ana y tengo 150000 plaquetas", "es"),
    ("Le mandé un mensaje: plaquetas 250000", "es"),
    ("llámeme si los leucocitos pasan de 120000", "es"),
])
def test_a_six_digit_count_after_a_phone_word_is_no_phone(text: str, language: str) -> None:
    assert phones(text, language) == []


@pytest.mark.parametrize(("text", "phone", "language"), [
    ("call 41 28 57 after six", "41 28 57", "en"),
    ("my cell is 412 857", "412 857", "en"),
    ("mi móvil es 412857", "412857", "es"),
])
def test_six_digits_right_after_a_phone_word_are_a_phone(text: str, phone: str,
                                                         language: str) -> None:
    assert phone in phones(text, language)
