"""ZIP and postal codes said aloud (``bench/phi_dates.py`` found these gaps on its dev
part): a filler inside five digits said one by one, a second code after the word
"zip" ("the old one was ..., the new one's ..."), Spanish codes said in pairs or as a
whole number after "código postal", "el postal" or "C.P.", with "uno" as a digit. Every
sentence was written for the test; doses and ages beside the same words survive."""

from __future__ import annotations

import pytest

from redaction.contact import AddressRecognizer


def found(language: str, text: str) -> list[str]:
    return [text[r.start:r.end] for r in AddressRecognizer(language).find(text)
            if r.entity_type == "ZIP_CODE"]


@pytest.mark.parametrize(("language", "text", "value"), [
    ("en", "it's out past the mill, four one uh, six oh two", "four one uh, six oh two"),
    ("en", "zip code, um, seven seven like one oh four", "seven seven like one oh four"),
    ("en", "my zip was three one four four two, now it's three one um four five nine",
     "three one um four five nine"),
    ("en", "zip? eight five, eight five two one oh", "eight five, eight five two one oh"),
    ("es", "el código postal es treinta y un mil doscientos", "treinta y un mil doscientos"),
    ("es", "el postal es cero seis siete cero cero", "cero seis siete cero cero"),
    ("es", "código postal uno eh, cuatro cero cero cero", "uno eh, cuatro cero cero cero"),
    ("es", "C.P. cuarenta y cuatro, cien, en el centro", "cuarenta y cuatro, cien"),
    ("es", "el código postal de antes, cuatro uno cero cero dos, y el de ahora "
           "dieciocho, trescientos", "dieciocho, trescientos"),
    ("en", "we moved up from Toronto, it was K1A 0B1 there", "K1A 0B1"),
    ("en", "we're over in 3-0-3-1-8 now", "3-0-3-1-8"),
    ("en", "the postal code is 2614, it's in Canberra", "2614"),
    ("en", "12 Wattle Road, Ballarat VIC 3350", "3350"),
    ("en", "twelve wattle road ballarat vic three three five oh", "three three five oh"),
    ("en", "ul. Lipowa 7, Lublin LU 20-019", "20-019"),
])
def test_postal_codes_said_many_ways_are_found(language: str, text: str, value: str) -> None:
    assert value in found(language, text)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "zip code is the same; i take five hundred milligrams twice a day"),
    ("en", "the zip code? i've lived there forty years"),
    ("en", "zip code is 100 miles from here"),
    ("en", "she was in the ICU 3 days and the ER 2 hours"),
    ("en", "her birthday, it's four twenty-two sixty-one"),
    ("en", "it was three twenty three thirty nine, a tuesday"),
    ("en", "they gave me MR204626 as my number"),
    ("en", "zip is the same and she was born june six nineteen fifty one"),
    ("es", "el código postal no lo sé, tengo sesenta y dos años"),
    ("es", "tomo quinientos miligramos cada ocho horas"),
])
def test_numbers_beside_the_word_zip_that_are_no_code_are_left(language: str,
                                                                text: str) -> None:
    assert found(language, text) == []
