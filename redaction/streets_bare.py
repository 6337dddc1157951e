"""English streets named without a house number: "i live on maple street", "the daycare
is on imperial highway", "we live by 26th street", "the clinic off fourth avenue".

Why: a street says where someone lives or is cared for even with no number, and speech
leaves the number out more often than not. After where one lives ("live on", "we're over
on") any street-shaped name counts, as before. After a plain preposition of place ("on",
"by", "off", "near", "along", "past") only a name ending in a word that is nothing but a
road ("street", "avenue", "highway", "drive"...) counts, and not when its first word is a
determiner or another preposition ("on this road", "by our street", "up past ..."), or a
medical word, or a kind of road ("on ring road", "off slip road", "on dirt road"; "main
street" is a name). Softer suffixes ("walks", "rest", "park", "hills") name a street only after
where one lives: "on long walks", "on bed rest" stay.

A neighbourhood is named the same way after where one lives "in": "we live in little
village", "they're over in german village", "she grew up in boyle heights": a LOCATION
when the name ends in a word that names a part of town ("village", "heights", "park").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaction.medical import is_medical

# After where one lives: "i live on maple street", "we're over on fifth avenue", "just off
# Route 9".
_LIVES_ON = re.compile(r"\b(?:live[sd]?|living|moved|staying|stay|located|house is|"
                       r"place is|home is|over|right|just|we're|i'm)\s+"
                       r"(?:on|off(?: of)?)\s+", re.I)
# A plain preposition of place.
_PLACE_PREPOSITION = re.compile(r"\b(?:on|onto|off(?: of)?|by|near|along|past|down|up|"
                                r"across|behind|toward|towards)\s+", re.I)
# Words that are only ever roads (USPS suffixes without a second meaning).
# (whole words and unambiguous abbreviations only: "chest ct", "the er dr", "3 st" are not)
_ROAD = re.compile(r"(?:street|avenue|ave|road|boulevard|blvd|lane|drive|court|highway|hwy|"
                   r"parkway|pkwy|freeway|expressway|turnpike|pike|terrace|circle|crescent|"
                   r"trail)\.?", re.I)
_DETERMINER = frozenset("""this that these those our your their its his her my every each
same other any some no which what whose one the a an whole entire busy long
on onto off by near along past down up across behind toward towards""".split())
# Kinds of road, not a road's name: "i was on ring road", "off slip road", "on dirt road".
_KIND_OF_ROAD = frozenset("""ring slip service dirt gravel back side access frontage private
toll country farm logging forest coastal mountain bypass paved unpaved rural
bumpy icy wet slippery snowy busy quiet dark narrow wide steep winding open new old
divided one-way two-lane four-lane dual express dead-end dead end interstate desert
basketball tennis volleyball pickleball squash handball racquetball food supreme district
federal family juvenile traffic nature hiking walking bike running jogging fitness
talking drum prayer sharing inner memory fast slow left right bus hov sex hard flash thumb
test disk usb""".split())
# Where one lives in a part of town, and the words that end such a part's name.
_LIVES_IN = re.compile(r"\b(?:live[sd]?|living|moved|staying|stay|located|grew\s+up|raised|"
                       r"over|we're|i'm|they're|she's|he's)\s+(?:in|into|to)\s+", re.I)
_PART_OF_TOWN = frozenset("""village heights park gardens estates hills hill terrace manor
commons square point valley acres meadows woods grove glen ridge springs landing crossing
harbor""".split())
# Words that say what kind of part of town or park it is, not its name: "a small fishing
# village", "in a mobile home park", "the dog park".
_KIND_OF_PART = frozenset("""small poor tiny big nice quiet rural remote fishing mining coal
farming farm amusement theme dog skate rv trailer mobile home water national state city
county retirement senior gated same low high pretty really very kind sort""".split())
_NAME_WORDS = 2  # a street's name and its suffix at least: "street" alone is no name


def bare_streets(text: str, street: re.Pattern[str]) -> Iterator[tuple[str, int, int]]:
    """(type, start, end) of each street (STREET_ADDRESS) named with no house number and
    each part of town (LOCATION) one lives in; ``street`` is the address recognizer's
    pattern of a street's name and suffix."""
    seen: set[int] = set()
    for cue in _LIVES_ON.finditer(text):
        found = street.match(text, cue.end())
        if found and len(found.group().split()) >= _NAME_WORDS:
            seen.add(found.start())
            yield "STREET_ADDRESS", found.start(), found.end()
    for cue in _LIVES_IN.finditer(text):
        found = street.match(text, cue.end())
        words = found.group().split() if found else []
        if found and len(words) >= _NAME_WORDS and words[-1].lower() in _PART_OF_TOWN \
                and words[0].lower() not in _DETERMINER \
                and not any(word.lower() in _KIND_OF_PART for word in words[:-1]):
            seen.add(found.start())
            yield "LOCATION", found.start(), found.end()
    for cue in _PLACE_PREPOSITION.finditer(text):
        found = street.match(text, cue.end())
        if not found or found.start() in seen:
            continue
        words = found.group().split()
        if len(words) < _NAME_WORDS or not _ROAD.fullmatch(words[-1]) \
                or words[0].lower() in _DETERMINER \
                or (len(words) == _NAME_WORDS and words[0].lower() in _KIND_OF_ROAD) \
                or is_medical(text, found.start(), found.start() + len(words[0]),
                              words[0].lower(), "en"):
            continue
        yield "STREET_ADDRESS", found.start(), found.end()
