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

from redaction.lexicon import EN_ORDINAL_PATTERN
from redaction.recognizers import NUMBER_PATTERN, result
from redaction.wordlists import common, fold, names

_HUNDRED = r"(?:(?:a|one)\s+)?hundred(?:\s+and)?\s+"
# ("hundred" only before an ordinal said in words: "one hundred first")
_EN_ORDINAL = rf"(?:(?:{_HUNDRED}(?=[^\W\d_]))?{EN_ORDINAL_PATTERN})"
# Words only armies name units by, enough after an ordinal: "seventh marines", "1st cavalry".
_EN_ALONE = (r"battalion|brigade|regiment|infantry|cavalry|cav|airborne|marines|squadron|"
             r"(?:field\s+)?artillery")
# Words that are a unit's only before its head: "1st armored division", "the second medical
# battalion", "fifth special forces group"; "the first engineers", "a second marine", "the
# second wing" name none.
_EN_KIND = (r"armou?red|engineers?|rangers?|ranger|special\s+forces|signal|fighter|"
            r"bomb(?:er)?|airlift|mechanized|marine|mountain|expeditionary|medical|"
            r"military\s+police|transportation|aviation|aircraft|training|stryker|combat|"
            r"infantry|cavalry|airborne|artillery|light|heavy")
_EN_HEAD = (r"division|brigade|regiment|battalion|wing|squadron|corps|fleet|group|unit|"
            r"cavalry|rangers")
_EN_ONE_UNIT = (rf"{_EN_ORDINAL}\s+(?:(?:(?:{_EN_KIND})\s+)+(?:{_EN_HEAD})|(?:{_EN_ALONE})"
                rf"(?:\s+(?:{_EN_KIND}|{_EN_HEAD}))*)\b")
# "3rd Battalion, 7th Marines", "third battalion seventh marines": a unit within a unit; and
# units known by a nickname.
_EN_UNIT = re.compile(rf"\b{_EN_ONE_UNIT}(?:,?\s+{_EN_ONE_UNIT})?|\bthe\s+big\s+red\s+one\b|"
                      r"\bseal\s+team\s+(?:six|6)\b", re.I)
# One word after an ordinal is a unit only where one serves: "was in the first cavalry",
# "with the second airborne"; "the first cavalry charge in the movie", "my first airborne
# allergy", "the first battalion of ants" are no unit (review RV29).
_SERVED_IN = re.compile(r"\b(?:in|with|from|joined|of|to|served|assigned|attached)\s+"
                        r"(?:the\s+)?$", re.I)
_EN_BARE = re.compile(rf"{_EN_ORDINAL}\s+(?:{_EN_ALONE})", re.I)
_BRANCHES_EN = r"infantry|cavalry|artillery|engineers|marines|rangers|paratroopers|armor"
_OF_SOMETHING_ELSE = re.compile(rf"\s+of\s+(?!(?:the\s+)?(?:{_BRANCHES_EN})\b)", re.I)
_ES_ORDINAL = (r"(?:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|"
               r"s[eé]ptim[oa]|octav[oa]|noven[oa]|d[eé]cim[oa]|\d{1,3}(?:\.?[ºª]|[oa])?)")
_ES_BRANCH = (r"infanter[ií]a|caballer[ií]a|artiller[ií]a|ingenieros|marines|paracaidistas|"
              r"combate|monta[nñ]a|fuerzas\s+especiales|polic[ií]a\s+militar")
_ES_ARMY = (rf"batall[oó]n|brigada|regimiento|divisi[oó]n\s+(?:blindada|aerotransportada|"
            rf"acorazada|de\s+(?:{_ES_BRANCH}))|"
            r"zona\s+militar|regi[oó]n\s+militar|compa[nñ][ií]a\s+de\s+infanter[ií]a|"
            r"escuadr[oó]n")
_ES_UNIT = re.compile(
    rf"\b(?:(?:el|la)\s+)?{_ES_ORDINAL}\s+(?:{_ES_ARMY})\b(?:\s+(?:de\s+)?(?:{_ES_BRANCH}))?"
    rf"|\b(?:batall[oó]n|regimiento|brigada)\s+(?:de\s+(?:{_ES_BRANCH})\s+)?(?:n[uú]mero\s+)?"
    rf"(?:\d{{1,3}}|(?:{NUMBER_PATTERN})(?:\s+(?:y\s+)?(?:{NUMBER_PATTERN}))*)\b"
    rf"(?:\s+de\s+(?:{_ES_BRANCH}))?", re.I)
_ES_BARE = re.compile(rf"(?:(?:el|la)\s+)?{_ES_ORDINAL}\s+(?:batall[oó]n|brigada|regimiento|"
                      r"escuadr[oó]n)", re.I)
_ES_SERVED_IN = re.compile(r"\b(?:en|con|del|al|de|a)\s+$", re.I)
_ES_OF_SOMETHING_ELSE = re.compile(rf"\s+de\s+(?!(?:{_ES_BRANCH})\b)", re.I)
_NUMBER = (rf"(?:number\s+|no\.?\s+|n[uú]mero\s+|#\s*)?(?:\d{{1,5}}|(?:{NUMBER_PATTERN})"
           rf"(?:[\s-]+(?:and\s+|y\s+|oh\s+)?(?:{NUMBER_PATTERN}|oh))*)\b")
# Veterans' and fraternal bodies meet in numbered posts, chapters and lodges: "VFW Post 628",
# "disabled american veterans chapter twelve".
_POST = re.compile(
    rf"\b(?:v\.?\s?f\.?\s?w\.?|american\s+legion|legion|amvets|a\s+m\s+vets|elks|moose|"
    rf"eagles|masonic|knights\s+of\s+columbus|odd\s+fellows|disabled\s+american\s+veterans|"
    rf"d\s?a\s?v|catholic\s+war\s+veterans|jewish\s+war\s+veterans|"
    rf"vietnam\s+veterans\s+of\s+america|fleet\s+reserve\s+association)\s+"
    rf"(?:post|lodge|aerie|council|hall|chapter|branch)\s+{_NUMBER}", re.I)
# A ship: "USS" and its name's words, written with capitals or said as names.
_SHIP = re.compile(r"\b(?:U\.?S\.?S\.?|u\s+s\s+s)\s+(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})",
                   re.I)
_SHIP_WORD_RANK = 1000  # a lower-case word more frequent than this ends a ship's name


def military_bodies(text: str, language: str,
                    recognizer_name: str) -> Iterator[RecognizerResult]:
    """LOCATION for each unit, ship, post or lodge named in ``text``."""
    english = language == "en"
    for unit in (_EN_UNIT if english else _ES_UNIT).finditer(text):
        bare = (_EN_BARE if english else _ES_BARE).fullmatch(unit.group()) is not None
        if bare and ((_SERVED_IN if english else _ES_SERVED_IN).search(text, 0, unit.start())
                     is None or (_OF_SOMETHING_ELSE if english else _ES_OF_SOMETHING_ELSE)
                     .match(text, unit.end())):
            continue  # "my first airborne allergy", "the first battalion of ants"
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
        key = fold(word.group())
        if not (word.group()[0].isupper() or (
                key in names() and common("en").get(key, _SHIP_WORD_RANK) >= _SHIP_WORD_RANK)):
            break  # "uss cole in", "uss gerald ford right"
        end = ship.start("name") + word.end()
    return end
