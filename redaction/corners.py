"""Street corners and house names, as English speech gives an address without a house
number: "we're on fifth and main", "meet me at the corner of 5th and elm", "she lives
off third and pine", "i live at 3 the crescent", "we live at rose cottage".

A corner is two streets joined by "and", one of them a numbered street said as an
ordinal ("fifth", "twenty third", "42nd"), after a place cue ("on", "at", "off",
"near", "by", "live(s) on"), or any two street names after "the corner of" or "the
intersection of". The other street is a word the name or place lists hold (most
street names are surnames, trees or towns: "main", "pine", "lincoln") or a capitalised
one, or it has a street suffix ("high street"); an ordinal beside an ordinal needs a
suffix ("on third and fourth avenue"): "on third and fourth fingers", "at first and
then" stay. An article before the ordinal ("on the third and fourth") is a date or a
count, never a corner.

A house named instead of numbered (the UK's, Ireland's): "the crescent", "the green",
"the close" after a house number ("3 the crescent"), and a word before "cottage",
"house", "farm", "lodge", "manor", "barn", "villa" or "bungalow" after "live at" or
"address is" ("rose cottage", "ivy house"); "the old rectory" and its kind. British
street words that are English words too ("close", "rise", "gate") after a house number
and a name word: "14 beech close", "2 church rise"; not "3 pills close together".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaction.lexicon import EN_ORDINAL_PATTERN, NOT_NAMES
from redaction.medical import is_medical
from redaction.numbers import number_runs
from redaction.wordlists import common, fold, names, places

_STOP_RANK = 300
_RARE_RANK = 20000
_CROSS_STREET_RANK = 5000  # two cross streets said with no number: names, not adjectives
_ORDINAL = EN_ORDINAL_PATTERN
_SUFFIX = r"(?:\s+(?:street|st|avenue|ave|av|road|rd|boulevard|blvd|place|pl|drive|dr)\b\.?)"
_WORD = r"[^\W\d_][\w'-]*"
_WORD_RE = re.compile(_WORD)
_SUFFIX_AT_END = re.compile(rf"{_SUFFIX}$", re.I)
_CUE = (r"(?:^|[.?!,:]\s*)\s*|\b(?:on|at|off|near|by|past|of|around|between|"
        r"live[sd]?\s+(?:on|at|off|near|by)|living\s+(?:on|at|off|near|by))\s+")
# "on fifth and main", "at 42nd and broadway street", "off pine and third"
_CORNER = re.compile(
    rf"(?:{_CUE})(?:(?P<ord>{_ORDINAL}){_SUFFIX}?\s+and\s+(?P<other>{_WORD}){_SUFFIX}?|"
    rf"(?P<other2>{_WORD}){_SUFFIX}?\s+and\s+(?P<ord2>{_ORDINAL})){_SUFFIX}?", re.I)
# "the corner of main and elm", "intersection of pine street and oak avenue"
_NAMED_CORNER = re.compile(
    rf"\b(?:corner|corners|intersection|crossroads?|junction)\s+of\s+(?:the\s+)?"
    rf"((?:{_WORD}\s+){{0,2}}?{_WORD}\s+and\s+{_WORD}(?:{_SUFFIX}|\s+{_WORD}{_SUFFIX})?)"
    rf"(?=[\s,.;?!]|$)", re.I)
# Two named streets with no ordinal: after where someone lives or something is ("we live
# off fullerton and pulaski", "the cvs is on eastern and sunset"), or before the corner
# itself ("fullerton and pulaski, northwest corner").
_TWO_STREETS = rf"(?P<first>{_WORD}){_SUFFIX}?\s+(?:and|&)\s+(?P<second>{_WORD}){_SUFFIX}?"
_LIVES_ON_CORNER = re.compile(
    rf"\b(?:live[sd]?|living|stays?|staying|located|moved|is|are|it's|we're|i'm|they're)\s+"
    rf"(?:right\s+)?(?:off|on|at|near|by)\s+(?:of\s+)?{_TWO_STREETS}", re.I)
# The cross streets said by their name: "cross streets are kedzie and 26th" (each one a
# street's word, as beside a numbered street: not "are confusing and busy").
_STREET = rf"(?:{_ORDINAL}|{_WORD}){_SUFFIX}?"
_CROSS_STREETS = re.compile(rf"\bcross[\s-]?streets?\s+(?:are|is|were|was)\s+(?:the\s+)?"
                            rf"(?P<first>{_STREET})\s+(?:and|&)\s+(?P<second>{_STREET})", re.I)
_CORNER_AFTER = re.compile(
    rf"\b{_TWO_STREETS}(?=[\s,]+(?:the\s+)?(?:(?:north|south)(?:east|west)?\s+|east\s+|"
    rf"west\s+)?corner\b)", re.I)
# UK house names: "3 the crescent", "flat 2, the old rectory", "rose cottage".
_THE_STREET = re.compile(r"\s*,?\s*the\s+(?:crescent|green|close|parade|mews|grove|square|"
                         r"circus|terrace|drive|avenue|ridings|paddocks?|orchard|meadows?|"
                         r"spinney|copse|croft|maltings|sidings|rise|chase|glade|willows|"
                         r"limes|elms|beeches|oaks|pines|laurels|hollies|poplars|"
                         r"old\s+(?:rectory|vicarage|school|schoolhouse|mill|forge|smithy|"
                         r"bakery|post\s+office|dairy|barn|stables|chapel|manse|granary))\b",
                         re.I)
_HOUSE = re.compile(
    r"\b(?:live[sd]?\s+at|living\s+at|address\s+is|address's|house\s+is\s+called|"
    r"it's\s+called|send\s+it\s+to|deliver(?:ed)?\s+to)\s+"
    r"((?:the\s+old\s+(?:rectory|vicarage|school|schoolhouse|mill|forge|smithy|bakery|dairy|"
    r"barn|stables|chapel|manse|granary|coach\s+house))|"
    rf"(?!(?:the|a|an|my|your|his|her|our|their|this|that|home|work)\b){_WORD}(?:\s+{_WORD})?"
    r"\s+(?:cottage|house|farm|farmhouse|lodge|manor|barn|villa|bungalow|hall|grange))\b",
    re.I)
# British street words that are English words too ("close", "rise", "gate"): a street
# only after a house number and one or two name words ("14 beech close", "2 church
# rise", "9 hunters chase") or a word in no dictionary ("7 kookaburra close"), never
# after a count ("3 pills close together").
_UK_STREET = re.compile(rf"\s+((?:{_WORD}\s+){{0,1}}{_WORD})\s+(?:close|rise|chase|parade|"
                        r"croft|wynd|brae|garth|gate|mead|dene|grange|walk|row|yard)\b", re.I)
_UNITS = re.compile(r"\s*(?:,\s*)?(?:flat|apartment|apt\.?|unit)\s*$", re.I)
# What a number counts before a street suffix, where a house number would stand: a unit
# or a distance ("a 20 minute drive", "a 10 mile run", "40 minutes each way"), or the
# suffix alone, an everyday noun with no street name before it ("she had 3 falls"; but
# "Strand 83 street", the Danish order, is an address). Detroit's
# "8 Mile Road" is a name.
A_COUNT = re.compile(r"\s*(?:miles?\b(?!\s+(?:road|rd)\b)|"
                      r"(?:minutes?|mins?|seconds?|hours?|blocks?|feet|foot|"
                      r"inch(?:es)?|yards?|meters?|kilometers?|km|pounds?|times?|units?)\b"
                      r"|(?!(?:street|st|avenue|ave|road|rd|boulevard|blvd|highway|hwy|parkway|"
                      r"pkwy)\b)[^\W\d_]+\.?\s*$)", re.I)


def _street_word(raw: str, after_suffix: bool) -> bool:
    """Whether a word can name the street beside a numbered one: a name or a place
    word that is no function, medical or number word, a capitalised word, or any word
    with its street suffix said."""
    key = fold(raw)
    if key in NOT_NAMES or re.fullmatch(_ORDINAL, key, re.I):
        return after_suffix
    if after_suffix or raw[0].isupper():
        return True
    rank = common("en").get(key)
    return (key in names() or key in places()) and (rank is None or rank >= _STOP_RANK)


# "close together", "close by": how near things are, no street named "Close".
_TOGETHER = re.compile(r"\s+(?:together|by|to|enough)\b", re.I)


def _rare_word(text: str, start: int, end: int) -> bool:
    """A word in no dictionary and no medical term: a street named after a bird, a tree
    or a settler no list holds ("7 kookaburra close", Australia's)."""
    key = fold(text[start:end])
    return common("en").get(key, _RARE_RANK) >= _RARE_RANK \
        and not is_medical(text, start, end, key, "en")


def _cross_street(text: str, start: int, end: int, beside_numbered: bool) -> bool:
    """A word said as a cross street: beside a numbered street, a street's word or one no
    dictionary holds ("kedzie and 26th"); beside another word, a name or place rarer than
    ordinary words ("pulaski and cermak"; not "quiet and safe", "unpaved and unlit")."""
    word = text[start:end]
    if beside_numbered:
        return _street_word(word, False) or _rare_word(text, start, end)
    key = fold(word)
    return (key in names() or key in places()) \
        and common("en").get(key, _RARE_RANK) >= _CROSS_STREET_RANK \
        and not is_medical(text, start, end, key, "en")


def street_corners(text: str) -> Iterator[tuple[str, int, int]]:
    """(type, start, end) of each corner and named house in English ``text``."""
    for match in _CORNER.finditer(text):
        group = "other" if match.group("other") else "other2"
        suffix = re.match(_SUFFIX, text[match.end(group):], re.I) is not None
        other = match.group(group)
        if is_medical(text, match.start(group), match.end(group), fold(other), "en") \
                or not _street_word(other, suffix):
            continue
        start = match.start("ord") if group == "other" else match.start("other2")
        yield "STREET_ADDRESS", start, match.end()
    for pattern in (_LIVES_ON_CORNER, _CORNER_AFTER):
        for match in pattern.finditer(text):
            if all(_street_word(match.group(part), False) and not is_medical(
                    text, match.start(part), match.end(part), fold(match.group(part)), "en")
                   for part in ("first", "second")):
                yield "STREET_ADDRESS", match.start("first"), match.end()
    for match in _CROSS_STREETS.finditer(text):
        numbered = [re.fullmatch(_ORDINAL, match.group(part), re.I) is not None
                    or _SUFFIX_AT_END.search(match.group(part)) is not None
                    for part in ("first", "second")]
        if all(said or _cross_street(text, match.start(part), match.end(part), any(numbered))
               for said, part in zip(numbered, ("first", "second"), strict=True)):
            yield "STREET_ADDRESS", match.start("first"), match.end()
    for match in _NAMED_CORNER.finditer(text):
        words = [w for w in re.finditer(_WORD, text[:match.end(1)])
                 if w.start() >= match.start(1) and w.group().lower() != "and"
                 and not re.fullmatch(_SUFFIX, " " + w.group(), re.I)]
        if not any(fold(w.group()) in NOT_NAMES
                   or is_medical(text, w.start(), w.end(), fold(w.group()), "en")
                   for w in words):
            yield "STREET_ADDRESS", match.start(1), match.end(1)
    for run in number_runs(text, "en"):
        street = _THE_STREET.match(text, run.end)
        if street:
            unit = _UNITS.search(text, 0, run.start)
            if "," in street.group() and not unit:
                continue  # "i take 2, the green ones": a count; "flat 2, the old rectory"
            yield "STREET_ADDRESS", unit.start() if unit else run.start, street.end()
    for run in number_runs(text, "en"):
        street = _UK_STREET.match(text, run.end)
        # A lower-case plural counts things ("3 hypos close together"), no street.
        if street and not A_COUNT.match(text, run.end, street.end()) \
                and not _TOGETHER.match(text, street.end()) and all(
                w.group()[0].isupper() or (not w.group().endswith("s") and (
                    _street_word(w.group(), False) or _rare_word(text, w.start(), w.end())))
                for w in _WORD_RE.finditer(text, street.start(1), street.end(1))):
            yield "STREET_ADDRESS", run.start, street.end()
    for match in _HOUSE.finditer(text):
        yield "STREET_ADDRESS", match.start(1), match.end(1)
