"""Redaction of identifiers as speech carries them, and of nothing clinical: lower-case
names from the gazetteers, ids read letter by letter, addresses, web addresses; drug
names and eponymous conditions survive. Every person, number and place is invented."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor


def hidden(redactor: Redactor, text: str, language: str, value: str) -> bool:
    """Every character of ``value`` (found in ``text``) lies inside some finding."""
    start = text.index(value)
    covered = {i for e in redactor.analyze(text, language) for i in range(e.start, e.end)}
    return all(i in covered for i in range(start, start + len(value)) if not text[i].isspace())


def untouched(redactor: Redactor, text: str, language: str, term: str) -> bool:
    return term in redactor.redact(text, language).text


@pytest.mark.parametrize(("language", "text", "value"), [
    ("en", "ellen marsh called about the refill yesterday", "ellen marsh"),
    ("en", "tell ninioluwa kosoko the results came back normal", "ninioluwa kosoko"),
    ("en", "my insurance member id is four m p two v q one x k nine five", "four m p two v q"),
    ("en", "passport number p as in peter a c ninety five fifty seven thirty", "p as in peter"),
    ("en", "send it to bradleyh fifty seven at aol dot com please",
     "bradleyh fifty seven at aol dot com"),
    ("en", "her page is facebook dot com slash mariano dot paez", "facebook dot com slash"),
    ("en", "i live at one five seven zero four penny plaza in north stephanie",
     "north stephanie"),
    ("en", "is there a clinic closer to five six eight one five", "five six eight one five"),
    ("en", "my aunt is one hundred two and still drives", "one hundred two"),
    ("es", "mi hijo nicanor hervia es mi contacto de emergencia", "nicanor"),
    ("es", "mi dni es uno cuatro nueve cuatro ocho siete uno tres letra erre",
     "uno cuatro nueve cuatro ocho siete uno tres letra erre"),
    ("es", "Vivo en Glorieta de Candelario Rico 64, 1.º D, en Málaga.",
     "Glorieta de Candelario Rico 64, 1.º D"),
    ("es", "vivo en la colonia del valle cerca del mercado", "colonia del valle"),
    ("es", "mi apellido es samaniego se escribe ese a eme a ene i e ge o",
     "ese a eme a ene i e ge o"),
    # A name-word that is also a place, a month or a common word inside a name.
    ("es", "está a nombre de rocío inés arenas bravo", "rocío inés arenas bravo"),
    ("es", "el paciente es tomás abril ordóñez", "tomás abril ordóñez"),
    ("es", "soy julia hurtado de mendoza, la hija", "julia hurtado de mendoza"),
    ("en", "her emergency contact is nadia k holloway", "nadia k holloway"),
    ("en", "It is under Darius T. Wembley.", "Darius T. Wembley"),
    # A place-list word that is also a word, in a place context or after an address.
    ("en", "we flew in from spokane on sunday", "spokane"),
    ("es", "mi sobrina vino de salamanca a verme", "salamanca"),
    ("es", "mi prima vive en tarragona con su esposo", "tarragona"),
    ("es", "llevamos diez años en carolina del norte", "carolina del norte"),
    ("en", "mail it to forty two birch row bridgeport connecticut", "bridgeport"),
    # Letters read by name, plates and check letters said aloud, brackets, old ages.
    ("es", "me llamo jota u a ene be e ele", "jota u a ene be e ele"),
    ("es", "vivo en la calle treinta número doce guion cuarenta en cali",
     "calle treinta número doce guion cuarenta"),
    ("es", "Vivo en C. de la Reina Mercedes 21.", "C. de la Reina Mercedes 21"),
    ("es", "mi dni es 12.345.678-Z", "12.345.678-Z"),
    ("en", "the number is (612) 555-0143", "(612) 555-0143"),
    ("en", "grandma is a hundred and three and sharp as a tack", "a hundred and three"),
    ("en", "the address is 881 Willow Track", "881 Willow Track"),
])
def test_identifiers_said_aloud_are_hidden(redactor: Redactor, language: str, text: str,
                                           value: str) -> None:
    assert hidden(redactor, text, language, value)


@pytest.mark.parametrize(("language", "text", "term"), [
    ("en", "i take keppra for the lou gehrig's disease", "lou gehrig's disease"),
    ("en", "My mother had Parkinson's and my father had Hodgkin lymphoma", "Hodgkin"),
    ("en", "I take 500 mg of metformin and the Entresto at night", "Entresto"),
    ("en", "my blood sugar was over three hundred six weeks ago", "six weeks ago"),
    ("es", "me trataron un linfoma de hodgkin hace dos años", "hodgkin"),
    ("es", "tomo levotiroxina y loratadina desde hace tres semanas", "levotiroxina"),
    ("es", "me dejaron atorvastatina y luego keppra", "keppra"),
    ("es", "tengo una dosis de cien miligramos", "cien miligramos"),
    # Brand names no hand list carries, from the medicine lexicon (DrugBank names).
    ("es", "Brilinta me sale más caro que la aspirina", "Brilinta"),
    ("en", "Tradjenta gave me an upset stomach", "Tradjenta"),
    ("es", "me cambiaron a Farxiga y el azúcar bajó", "Farxiga"),
])
def test_medicines_and_conditions_survive(redactor: Redactor, language: str, text: str,
                                          term: str) -> None:
    assert untouched(redactor, text, language, term)


def test_digits_that_are_not_decimal_do_not_fail_closed(redactor: Redactor) -> None:
    result = redactor.redact("¹²³ mi número es ٣٤٥ ⁴", "es")
    assert not result.failed_closed


def test_a_lone_surrogate_does_not_fail_closed(redactor: Redactor) -> None:
    text = "my name is ellen marsh \ud800 and i live in north stephanie"
    result = redactor.redact(text, "en")
    assert not result.failed_closed
    assert "[PERSON_1]" in result.text


# How English speech carries places, units and numbers (one rule each; sentences written
# for these tests, not copied from any set).
@pytest.mark.parametrize(("text", "value"), [
    # Hesitations inside a spoken number keep it one number.
    ("you can call me at five oh three, um, two two one, uh, four four nine zero",
     "five oh three, um, two two one, uh, four four nine zero"),
    ("we're at nine you know one two larkspur lane", "nine you know one two larkspur lane"),
    # Dashes said between digit groups, and before the digits of a lettered id.
    ("her social is four four one dash two two dash nine oh one seven",
     "four four one dash two two dash nine oh one seven"),
    ("the chart number is k l dash seven seven three one nine", "k l dash seven seven three"),
    # The area code said apart from the rest.
    ("home phone, area code six one two, then five five five, two two oh one",
     "six one two, then five five five, two two oh one"),
    # A phone number's extension, said or written.
    ("the office line is two one two five five five zero one nine nine extension forty one",
     "two one two five five five zero one nine nine extension forty one"),
    ("reach her at (212) 555-0199 ext. 41 after lunch", "(212) 555-0199 ext. 41"),
    # ZIP+4, said with its dash.
    ("my zip code is three oh three one two dash four four one eight",
     "three oh three one two dash four four one eight"),
    # PO boxes.
    ("mail it to p o box twenty two seventeen please", "p o box twenty two seventeen"),
    ("Send the bill to P.O. Box 3021 instead.", "P.O. Box 3021"),
    # Units after the street, their numbers said as words; "trailer" ends a street too.
    ("we're at eleven oak ridge road suite two hundred ten now",
     "eleven oak ridge road suite two hundred ten"),
    ("i'm at eight willow trailer thirty one by the creek", "eight willow trailer thirty one"),
    ("Her place is 40 Harmon St, Bldg 3, past the school.", "40 Harmon St, Bldg 3"),
    # A street named without a house number where someone lives; a unit said first.
    ("my aunt lives on juniper hollow road, the blue house", "juniper hollow road"),
    ("We're right on Calloway Avenue, second floor.", "Calloway Avenue"),
    ("it's suite nine at four forty elm court", "suite nine at four forty elm court"),
    # An e-mail's "at sign".
    ("write to pmarsh at sign hotmail dot com", "pmarsh at sign hotmail dot com"),
    # US military mail, and USPS street suffixes that are also words ("Via", "Rest").
    ("Ship it to PSC 2231, Box 4410, APO AE 09123 please.", "PSC 2231, Box 4410, APO AE"),
    ("his unit is Unit 8120 Box 77, DPO AP 96522", "Unit 8120 Box 77, DPO AP"),
    ("The address is 18 Corwin Via Suite 2, Hollis, GU 96910.", "18 Corwin Via Suite 2"),
    ("The address is 18 Corwin Via Suite 2, Hollis, GU 96910.", "GU"),
    # A state's postal code after a town.
    ("We moved to Tacoma, WA last fall.", "WA"),
    # Town names by their head word, after "the city is" or "past", before a hospital.
    ("she lives out past port ellery somewhere", "port ellery"),
    ("that's north haverton, the one by the lake", "north haverton"),
    ("the city is laramie and the zip i forget", "laramie"),
    ("the scan was done at bend memorial last week", "bend"),
    ("my sister is in sedro-woolley now", "sedro-woolley"),
    # An age over 89 with its unit glued on, as notes write it.
    ("pt is a 96yo female, lives alone", "96yo"),
    # A name before "my daughter", "my neighbor".
    ("the papers are for hope, my granddaughter", "hope"),
    ("jill is my wife, she drives me", "jill"),
])
def test_english_speech_places_units_and_numbers_are_hidden(redactor: Redactor, text: str,
                                                             value: str) -> None:
    assert hidden(redactor, text, "en", value)


@pytest.mark.parametrize(("text", "term"), [
    ("she's a sixty-eight-year-old with gout", "sixty-eight-year-old"),
    ("take 850mg with dinner, not before", "850mg"),
    ("a 64yo with copd, here for a refill", "64yo"),
    ("take two dash three tablets after meals", "two dash three tablets"),
    ("sure, OK, thanks", "OK"),
    ("i used the new inhaler on my west side", "new inhaler"),
    ("the pain is worse, my daughter says", "pain"),
    ("i'm on blood thinners and the water pills", "blood thinners"),
    ("she was on the highway when the pain started", "highway"),
])
def test_english_clinical_words_near_those_rules_survive(redactor: Redactor, text: str,
                                                          term: str) -> None:
    assert untouched(redactor, text, "en", term)
