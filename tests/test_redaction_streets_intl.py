"""Street addresses in name-then-number order from many countries, written and as a
transcript writes them (lower case, numbers as words, accents sometimes lost), and unit
lines standing alone. Clinical text with a word and a number ("metformin 500", "room 12",
"ward 7") must stay. Every street here is invented for these tests."""

from __future__ import annotations

import pytest

from redaction.streets_intl import IntlStreetRecognizer


def found(text: str, language: str = "en") -> list[str]:
    return [text[start:end] for start, end in IntlStreetRecognizer(language).spans(text)]


@pytest.mark.parametrize(("text", "address"), [
    # the street word glued onto the name: German, Dutch, Nordic, Finnish
    ("Please send it to Lindenstrasse 14, 8004 Zürich.", "Lindenstrasse 14"),
    ("my mother lives at Blumenstraße 7a in Graz", "Blumenstraße 7a"),
    ("the clinic moved to Molenstraat 112", "Molenstraat 112"),
    ("I stay with my son, Kvarngatan 9, in Malmö", "Kvarngatan 9"),
    ("she lives on Tammelankatu 41 B.", "Tammelankatu 41 B"),
    ("we are at Skovvej 3", "Skovvej 3"),
    ("i live on hagebyveien twenty two", "hagebyveien twenty two"),
    # a name before the glued word, with capitals or after a building number
    ("Letters go to Jan van Goyenlaan 18", "Jan van Goyenlaan 18"),
    ("twelve oh five pieter de hoochstraat sixty one",
     "twelve oh five pieter de hoochstraat sixty one"),
    # the street word before the name: Portuguese, Italian, Polish, French, Romanian
    ("Moro na Rua das Laranjeiras 240, apartamento 3", "Rua das Laranjeiras 240"),
    ("her address is Via Garibaldi 17", "Via Garibaldi 17"),
    ("i live at ul. Ogrodowa 5/3 in Łódź", "ul. Ogrodowa 5/3"),
    ("i live at twenty three rue des lilas in lyon", "twenty three rue des lilas"),
    ("Send it to 8 Boulevard Voltaire, Paris", "8 Boulevard Voltaire"),
    ("we moved to strada florilor 12", "strada florilor 12"),
    ("sixty four twenty avenida vinte e cinco de abril forty one",
     "sixty four twenty avenida vinte e cinco de abril forty one"),
    ("Praça da Alegria 8 is where I stay", "Praça da Alegria 8"),
    # the street word after the name as its own word: Hungarian, Turkish, Slovene
    ("I used to live at Petőfi Sándor utca 31", "Petőfi Sándor utca 31"),
    ("my brother is at Bağdat Caddesi 210", "Bağdat Caddesi 210"),
    ("my sister is on Kranjska cesta 4", "Kranjska cesta 4"),
    ("she lives at Karl Marx Allee 100", "Karl Marx Allee 100"),
    # an extra building number in front, as forms copy it
    ("Address: 311 Talstrasse 9\nBERN", "311 Talstrasse 9"),
    # no street word: a name no dictionary knows between two numbers, or after a
    # preposition of place
    ("update my address to 4471 Zbrojnická 882", "4471 Zbrojnická 882"),
    ("forty four seventy one zbrojnicka eight eight two",
     "forty four seventy one zbrojnicka eight eight two"),
    ("The pharmacy is on Kvetnova 17.", "Kvetnova 17"),
    ("i grew up in tuulikki 9 near the lake", "tuulikki 9"),
    # a unit with the street, and post boxes of other countries
    ("Lindenstrasse 14 Apt. 3", "Lindenstrasse 14 Apt. 3"),
    ("write to Postfach 1207", "Postfach 1207"),
])
def test_international_street_addresses_are_found(text: str, address: str) -> None:
    assert address in found(text)


@pytest.mark.parametrize(("text", "unit"), [
    ("Suite 544", "Suite 544"),
    ("please add Apt. 058 to the label", "Apt. 058"),
    ("it's flat 3, second floor", "flat 3"),
    ("apartment five b", "apartment five b"),
    ("unit 12, the one by the gate", "unit 12"),
    ("apt 2C", "apt 2C"),
])
def test_a_unit_line_alone_is_an_address(text: str, unit: str) -> None:
    assert unit in found(text)


@pytest.mark.parametrize("text", [
    "take metformin 500 twice a day",
    "he is in room 12, bed 4, on ward 7, floor 3",
    "take 2 tablets at 3 pm",
    "vitamin d 1000 units daily",
    "covid 19 last year and type 2 diabetes since 2010",
    "insulin 10 units at night, 10 unit 12 hours later",
    "boarding gate 8 at the airport",
    "sent via email 2 days ago, via text 2 times",
    "Smith et al. 2019 showed the same",
    "the ring 3 sizes too small",
    "lisinopril 20 and atorvastatin 40 in the evening",
    "blood pressure 140 over 90 at 10:30",
    "i walked 3 blocks to place 2 orders",
    "on day 3 of 10 the fever went down",
    "in march 2021 and again on june 4",
    "i felt flat 3 days in a row",
    "take jardiance 10 and farxiga 10 every morning",
    "we flew on flight 1234 via frankfurt 2 weeks ago",
])
def test_clinical_words_and_numbers_are_no_street(text: str) -> None:
    assert found(text) == []


def test_spanish_street_words_are_left_to_the_spanish_reader_in_spanish() -> None:
    """streets_es reads "calle" and "paseo" in Spanish speech; English speech needs them
    here ("Paseo Junquera 80" said by an English speaker)."""
    assert "12 Paseo Alcalde 80" in found("I live at 12 Paseo Alcalde 80")
    assert all("Paseo" not in span for span in found("vivo en Paseo Alcalde 80", "es"))


@pytest.mark.parametrize("text", [
    "the patient was moved to unit 4 east",
    "she is in the ICU, unit 3, bed 12",
])
def test_a_hospital_unit_is_no_address(text: str) -> None:
    assert found(text) == []


def test_a_french_house_number_with_bis() -> None:
    assert "12 bis rue de la Paix" in found("j'habite au 12 bis rue de la Paix")


@pytest.mark.parametrize("text", [
    "she was born in Tallinn 2015 and moved here",
    "we went to Reykjavik twenty nineteen",
    "One ETF Kabuto 300 fund and the rest in bonds",
])
def test_a_town_and_a_year_or_a_fund_is_no_street(text: str) -> None:
    assert found(text) == []


def locations(text: str) -> list[str]:
    return [text[r.start:r.end] for r in IntlStreetRecognizer("en").find(text)
            if r.entity_type == "LOCATION"]


@pytest.mark.parametrize(("text", "town"), [
    ("send it to Kvarngatan 9, Hjärnarp, Sweden", "Hjärnarp"),
    ("Talstrasse 9\nOBERWIL-LIELI\n4402", "OBERWIL-LIELI"),
    ("forty one kaivokatu seven suite two ylöjärvi finland", "ylöjärvi finland"),
    ("the parcel goes to Via Garibaldi 17, Castelnuovo di Porto", "Castelnuovo di Porto"),
])
def test_the_town_after_a_street_abroad_is_a_location(text: str, town: str) -> None:
    assert town in locations(text)


@pytest.mark.parametrize("text", [
    "I live at Lindenstrasse 14 with my family",
    "send it to Kantstrasse 40 tomorrow afternoon please",
    "Lindenstrasse 14, then take metformin",
    "Suite 200 near the elevator",
])
def test_ordinary_words_after_a_street_are_no_town(text: str) -> None:
    assert locations(text) == []


@pytest.mark.parametrize(("text", "address"), [
    ("send the letter to Via dei Mille 23/A, Roma", "Via dei Mille 23/A"),
    ("ul. Marszałkowska 10 m. 5, Warszawa", "ul. Marszałkowska 10 m. 5"),
    ("Nørrebrogade 12, 2. th., København", "Nørrebrogade 12, 2. th."),
    ("they moved to Hietalahdenkatu 8 B 21", "Hietalahdenkatu 8 B 21"),
    ("Bağdat Cad. No:45 D:3 Kadikoy", "Bağdat Cad. No:45 D:3"),
    ("she lives on Rue du Bac, number 5", "Rue du Bac, number 5"),
    ("her flat is at 14 Kerkstraat", "14 Kerkstraat"),
])
def test_house_number_labels_and_what_follows_them(text: str, address: str) -> None:
    assert address in found(text)


@pytest.mark.parametrize(("text", "unit"), [
    ("Apt #5", "Apt #5"),
    ("apartment number five b", "apartment number five b"),
    ("Apt. 12-B", "Apt. 12-B"),
    ("I live at Lindenstrasse 14 apartment number 6", "Lindenstrasse 14 apartment number 6"),
])
def test_a_unit_number_after_a_label(text: str, unit: str) -> None:
    assert unit in found(text)


def test_the_unit_of_a_ward_is_no_address() -> None:
    assert found("the unit number 4 nurse called") == []
