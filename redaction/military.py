"""Military units, ships, and veterans' posts and lodges: "3rd Battalion, 7th Marines", "the
eighty second airborne", "la primera división blindada", "the USS Harlan Briggs", "VFW Post
628", "american legion post forty two".

Why: a unit, a ship or a post says where and with whom someone served or meets, and with
a war and a year it points at one veteran; outside writers mark them as organisations.
Their names are ordinals and ordinary words ("first", "cavalry", "division") that no name
list holds, so nothing else finds them. An ordinal before a word only armies use names a
unit ("seventh marines", "1st cavalry"); "division" and "wing" are a cell's, a league's
or a building's too, so they name a unit only after an army word ("first infantry
division"), never alone ("the first division", "the second wing"). A ship is "USS" and its
name; a post or a lodge is its body's name, the word and its number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.lexicon import EN_ORDINALS
from redaction.recognizers import NUMBER_PATTERN, result
from redaction.wordlists import fold, names

_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_HUNDRED = r"(?:(?:a|one)\s+)?hundred(?:\s+and)?\s+"
_EN_ORDINAL = (rf"(?:(?:{_HUNDRED})?(?:(?:{_TENS}[\s-])?(?:{'|'.join(EN_ORDINALS)})|"
               rf"{_TENS.replace('y', 'ieth')})|\d{{1,3}}(?:st|nd|rd|th))")
# Words only armies name units by, enough after an ordinal: "seventh marines", "1st cavalry".
_EN_ALONE = (r"battalion|brigade|regiment|infantry|cavalry|airborne|marines|squadron|"
             r"(?:field\s+)?artillery")
# Words that are a unit's only before its head: "1st armored division", "the second medical
# battalion"; "the first engineers", "a second marine", "the second wing" name none.
_EN_KIND = (r"armou?red|engineers?|rangers?|special\s+forces|signal|fighter|bomb(?:er)?|"
            r"airlift|mechanized|marine|mountain|expeditionary|medical|military\s+police|"
            r"transportation|aviation|infantry|cavalry|airborne|artillery|light|heavy")
_EN_HEAD = r"division|brigade|regiment|battalion|wing|squadron|corps|fleet|forces\s+group"
_EN_ONE_UNIT = (rf"{_EN_ORDINAL}\s+(?:(?:(?:{_EN_KIND})\s+)+(?:{_EN_HEAD})|(?:{_EN_ALONE})"
                rf"(?:\s+(?:{_EN_KIND}|{_EN_HEAD}))*)\b")
# "3rd Battalion, 7th Marines", "third battalion seventh marines": a unit within a unit.
_EN_UNIT = re.compile(rf"\b{_EN_ONE_UNIT}(?:,?\s+{_EN_ONE_UNIT})?", re.I)
_ES_ORDINAL = (r"(?:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|"
               r"s[eé]ptim[oa]|octav[oa]|noven[oa]|d[eé]cim[oa]|\d{1,3}(?:\.?[ºª]|[oa])?)")
_ES_ARMY = (r"batall[oó]n|brigada|regimiento|divisi[oó]n\s+(?:blindada|de\s+infanter[ií]a|"
            r"de\s+caballer[ií]a|aerotransportada|acorazada|de\s+marines)|"
            r"zona\s+militar|regi[oó]n\s+militar|compa[nñ][ií]a\s+de\s+infanter[ií]a|"
            r"escuadr[oó]n")
_ES_UNIT = re.compile(
    rf"\b(?:(?:el|la)\s+)?{_ES_ORDINAL}\s+(?:{_ES_ARMY})\b(?:\s+(?:de\s+)?(?:infanter[ií]a|"
    rf"caballer[ií]a|artiller[ií]a|ingenieros|marines|paracaidistas))?"
    rf"|\b(?:batall[oó]n|regimiento|brigada)\s+(?:de\s+(?:infanter[ií]a|caballer[ií]a|"
    rf"artiller[ií]a|ingenieros|paracaidistas)\s+)?(?:n[uú]mero\s+)?"
    rf"(?:\d{{1,3}}|(?:{NUMBER_PATTERN})(?:\s+(?:y\s+)?(?:{NUMBER_PATTERN}))*)\b", re.I)
_NUMBER = (rf"(?:number\s+|no\.?\s+|n[uú]mero\s+|#\s*)?(?:\d{{1,5}}|(?:{NUMBER_PATTERN})"
           rf"(?:[\s-]+(?:and\s+|y\s+|oh\s+)?(?:{NUMBER_PATTERN}|oh))*)\b")
# Veterans' and fraternal bodies meet in numbered posts and lodges: "VFW Post 628".
_POST = re.compile(
    rf"\b(?:v\.?\s?f\.?\s?w\.?|american\s+legion|legion|amvets|a\s+m\s+vets|elks|moose|"
    rf"eagles|masonic|knights\s+of\s+columbus|odd\s+fellows)\s+(?:post|lodge|aerie|council|"
    rf"hall)\s+{_NUMBER}", re.I)
# A ship: "USS" and its name's words, written with capitals or said as names.
_SHIP = re.compile(r"\b(?:U\.?S\.?S\.?|u\s+s\s+s)\s+(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})",
                   re.I)


def military_bodies(text: str, language: str,
                    recognizer_name: str) -> Iterator[RecognizerResult]:
    """LOCATION for each unit, ship, post or lodge named in ``text``."""
    for unit in (_EN_UNIT if language == "en" else _ES_UNIT).finditer(text):
        yield result("LOCATION", unit.start(), unit.end(), recognizer_name)
    for post in _POST.finditer(text):
        yield result("LOCATION", post.start(), post.end(), recognizer_name)
    for ship in _SHIP.finditer(text):
        end = _ship_name_end(text, ship)
        if end is not None:
            yield result("LOCATION", ship.start(), end, recognizer_name)


def _ship_name_end(text: str, ship: re.Match[str]) -> int | None:
    """Where a ship's name ends: its words written with a capital or listed as names,
    up to the first that is neither; None if there is none ("USS" alone)."""
    end = None
    for word in re.finditer(r"[^\W\d_]+", ship.group("name")):
        if not (word.group()[0].isupper() or fold(word.group()) in names()):
            break
        end = ship.start("name") + word.end()
    return end
