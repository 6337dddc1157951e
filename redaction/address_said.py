"""Parts of an address that English speech outside the US says in shapes of its own.

Why: a transcript writes what the caller says, with no capitals, commas or the
abbreviations a form has, and the other address rules read US and European shapes:

- a UK postcode read letter by letter and digit by digit with no "postcode" before it
  ("it's l s six two d w", "e c one a one b b"): one or two letters, one or two digits
  (a letter may follow), then a digit and two letters of the inward code's alphabet
  (no c, i, k, m, o or v): a run no word, dose or reading has;
- the Philippines' block and lot ("blk 5 lot 12", "block five lot twelve phase two"):
  a subdivision's plot, said in that order;
- India's sector of a planned town ("sector fifteen noida", "sector 21"), said with its
  number;
- a street by its name and street word with no house number ("the chemist on High
  Street", "the surgery on Church Road", said "on church road"): a street is a place
  smaller than a state whether or not a number comes with it, and its name is often a
  plain word ("High", "Church", "Station") that no name or place list reads as one;
- where a patient was admitted, discharged or transferred ("discharged from
  Baragwanath"): a hospital's name that no list knows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaction.wordlists import common, fold

_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_SMALL = (r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
          r"nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
          r"(?:[\s-]" + _DIGIT + r")?|" + _DIGIT + r")")
_NUMBER = rf"(?:\d{{1,4}}[a-z]?|{_SMALL}(?:\s+{_DIGIT}){{0,2}})"
_INWARD = r"[abd-hjlnp-uw-z]"
_UK_SAID = re.compile(
    rf"(?<![\w'])((?:[a-z]\s+){{1,2}})(?:{_DIGIT}|{_SMALL})(?:\s+{_DIGIT})?(?:\s+[a-z])?"
    rf"\s+{_DIGIT}\s+{_INWARD}\s+{_INWARD}(?![\w'])", re.I)
_BLOCK_LOT = re.compile(
    rf"\b(?:blk\.?|block)\s+{_NUMBER}\s*,?\s+(?:lot|lt\.?)\s+{_NUMBER}"
    rf"(?:\s*,?\s+phase\s+{_NUMBER})?", re.I)
_SECTOR = re.compile(rf"\bsector\s+{_NUMBER}\b(?!\s*(?:percent|%|per\s+cent))", re.I)
_STREET_WORDS = r"Street|Road|Avenue|Lane|Drive|Boulevard|Crescent|Terrace|Close|Grove|Mews"
# Written: one to three capitalised words, then a capitalised street word ("High Street",
# "Kofo Abayomi Street"); not a sentence's article or a title ("The Street", "Dr").
_NAMED = re.compile(rf"(?<![\w'\u2019])"
                    rf"(?:(?:Plot|Block|House|Flat|Unit|No\.?)\s+\d+[A-Za-z]?,?\s+)?"  # "Plot 12,"
                    rf"(?!(?:Ring|Slip|Bus|Service|Access|Relief|Link)\s+(?:{_STREET_WORDS}))"
                    rf"((?:(?!(?:The|A|An|My|Our|Your|This|That|Dr|Mr|Mrs|Ms)\b)"
                    rf"[A-Z][a-z'\u2019-]+\s+){{1,3}})(?:{_STREET_WORDS})\b")
# Said: a preposition of place, one or two words that are no article, possessive or
# kind of road, then a street word ("on church road", "off high street"); not "on the
# main road", "down a side street".
_SAID_STREET_WORDS = r"street|road|avenue|lane|drive|boulevard|crescent|terrace"
_ON_NAMED = re.compile(
    r"\b(?:on|off|along|near|onto|opposite|past)\s+"
    r"((?!(?:the|a|an|my|your|his|her|our|their|this|that|same|other|next|wrong|side|back|"
    r"dirt|gravel|country|busy|quiet|long|main|private|one|two|ring|slip|bus|service|"
    r"access|relief|bypass|fast|memory|cycle|bike|toll|link|dual|single|b)\b)[a-z'\u2019-]+"
    rf"(?:\s+(?!(?:{_SAID_STREET_WORDS})\b)[a-z'\u2019-]+)?)"
    rf"\s+(?:{_SAID_STREET_WORDS})\b")
# Where a patient was admitted, discharged or transferred: a capitalised name, or said in
# lower case a word no English dictionary holds ("discharged from baragwanath").
_FACILITY_CUE = (r"\b(?:admitted\s+(?:to|at)|discharged\s+from|transferred\s+(?:to|from)|"
                 r"seen\s+at|treated\s+at)\s+")
_FACILITY = re.compile(_FACILITY_CUE + r"((?!(?:The|A|An|My|Our|Your)\b)"
                       r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})")
_FACILITY_SAID = re.compile(_FACILITY_CUE + r"([a-z][a-z'\u2019-]+)\b")
_RARE = 30000  # rarer than any word a ward or a place of care is called by ("hospice": 15,583)
# Wards, units and services a patient is sent to, which name no place: acronyms said as
# letters ("hdu", "nicu", "sdec") are this short; the rest are listed.
_ACRONYM_MAX = 5
# A service of a hospital named by what it does ("Fracture Clinic", "Pain Team"); a name
# no dictionary holds before it keeps it a place ("Baragwanath Clinic").
_SERVICE = re.compile(r"Clinic|Unit|Ward|Department|Service|Team|Centre|Center|Lounge|Bay")
_CARE_UNITS = frozenset("""physio physiotherapy camhs cahms rehab resus theatre theatres
maternity paediatrics pediatrics oncology cardiology neurology radiology dialysis hospice
triage majors minors outpatients inpatients casualty""".split())
# A plot or house number before a street said in lower case: "plot twelve kofo abayomi
# street" (the number and the street the US rules read; the word before them not).
_PLOT = re.compile(rf"\b(?:plot|house|flat|block|stand|erf)\s+{_NUMBER}\s+(?:[a-z'\u2019-]+\s+)"
                   r"{1,3}(?:street|road|avenue|lane|drive|close|crescent)\b")


def said_address_parts(text: str) -> Iterator[tuple[str, int, int]]:
    """(type, start, end) of each part above in English ``text``."""
    for match in _UK_SAID.finditer(text):
        if match.group(1).split()[0].lower() not in ("a", "i"):
            yield "ZIP_CODE", match.start(), match.end()  # "a one two d w": an article
    for pattern in (_BLOCK_LOT, _SECTOR):
        for match in pattern.finditer(text):
            yield "STREET_ADDRESS", match.start(), match.end()
    for match in _NAMED.finditer(text):
        yield "STREET_ADDRESS", match.start(), match.end()
    for match in _ON_NAMED.finditer(text):
        if text[match.start(1):match.end()].islower():  # written streets: ``_NAMED``
            yield "STREET_ADDRESS", match.start(1), match.end()
    for match in _FACILITY.finditer(text):
        words = match.group(1).split()
        if not (words[0].isupper() or fold(words[0]) in _CARE_UNITS  # "transferred to HDU"
                or (len(words) > 1 and _SERVICE.fullmatch(words[-1])
                    and common("en").get(fold(words[0]), _RARE) < _RARE)):  # "Fracture Clinic"
            yield "LOCATION", match.start(1), match.end(1)
    for match in _FACILITY_SAID.finditer(text):
        said = fold(match.group(1))
        if len(said) > _ACRONYM_MAX and said not in _CARE_UNITS \
                and common("en").get(said, _RARE) >= _RARE:
            yield "LOCATION", match.start(1), match.end(1)
    for match in _PLOT.finditer(text):
        yield "STREET_ADDRESS", match.start(), match.end()
