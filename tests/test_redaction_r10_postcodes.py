"""Issue 10, English: postcodes abroad as an address writes them (UK, Eircode, Dutch,
codes before a town after an address's comma) and a UK postcode read aloud
(``redaction/postcodes.py``); doses and readings in capitals stay. Every address is
invented or a landmark's."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden


@pytest.mark.parametrize(("text", "value"), [
    ('Please send it to 10 Downing Street, London SW1A 2AA', 'SW1A 2AA'),
    ('my address is 22 Piccadilly, Manchester M1 1AE, United Kingdom', 'M1 1AE'),
    ('The office is at Damrak 1, 1012 LG Amsterdam', '1012 LG'),
    ('Rua Augusta 100, 1100-053 Lisboa, Portugal', '1100-053'),
    ('Avenida Paulista 1000, São Paulo, SP 01310-100', '01310-100'),
    ('I live at Vodičkova 30, 110 00 Praha 1', '110 00'),
    ('Drottninggatan 5, 111 51 Stockholm', '111 51'),
    ('ul. Marszałkowska 10, 00-590 Warszawa', '00-590'),
    ('Grafton Street, Dublin D02 X285', 'D02 X285'),
    ('Brīvības iela 10, Rīga, LV-1050', 'LV-1050'),
    ('Connaught Place, New Delhi 110001', '110001'),
    ('Tverskaya 7, Moscow 125009', '125009'),
    ('Chiyoda, Tokyo 100-0001', '100-0001'),
    ('Bahnhofstrasse 1, 8001 Zürich', '8001'),
    ('Rue de Rivoli 5, 75001 Paris', '75001'),
    ('Via Roma 3, 00184 Roma RM', '00184'),
    ('Calle Mayor 5, 28013 Madrid', '28013'),
    ('Mannerheimintie 1, 00100 Helsinki', '00100'),
    ('Karl Johans gate 1, 0154 Oslo', '0154'),
    ('Strøget 1, 1160 København K', '1160'),
    ('Andrássy út 1, 1061 Budapest', '1061'),
    ('Ermou 10, 105 63 Athens', '105 63'),
    ('Av. Corrientes 1000, C1043AAZ Buenos Aires', 'C1043AAZ'),
    ('ul. Nevsky 28, Saint Petersburg 191186', '191186'),
    ('Orchard Road 1, Singapore 238824', '238824'),
    ('the postcode is sw one a two a a', 'sw one a two a a'),
    ('postcode m one one a e', 'm one one a e'),
])
def test_postcodes_abroad(redactor: Redactor, text: str, value: str) -> None:
    assert hidden(redactor, text, value)


@pytest.mark.parametrize("text", [
    "Take 1000 IU of vitamin D daily",
    "She had 2000 MG Tylenol, 1000 ML fluids",
    "Dose 5, 1000 units of heparin overnight",
    "the postcode is on the letter",
    "bp 12-120 and hr 60-100",
    "take sinemet 25-100 daily",
    # the review's: lab and vital-sign ranges said in lower case, and IV orders
    "fbs 70-130", "her bg 80-180", "ck 30-200", "target map 65-110",
    "sugars run 80-200", "give 1000 NS Bolus", "start 1000 LR Bolus",
])
def test_doses_are_no_postcodes(redactor: Redactor, text: str) -> None:
    assert not [e for e in redactor.analyze(text, "en") if e.type == "ZIP_CODE"]
