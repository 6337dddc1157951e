"""Towns abroad: the GeoNames towns of every country that ``places.txt.gz`` leaves out
(its towns are the US's and the Spanish-speaking countries'). Patients and their
families come from everywhere; a town said with no cue ("I'm in Tampere for work",
"he flew back to winnipeg") is as identifying as one at home.

Kept in their own list, read by the gazetteer recognizer only: the other readers of
the place list (spoken ZIP codes after a place, spaCy's place findings kept, drug-shaped
Spanish words that are no place) were tuned on the home list and stay as they were.

Many towns abroad are ordinary words too ("rehab", "placas", "tours", "tarsus"); the
most frequent ones were left out of the list when it was built (``data/build.py``), and
those a dictionary knows are marked; at load, those that are Spanish common words,
clinical words or short English words are marked too (``_is_a_word``). They, and names
of three letters ("osa", "acs"), count as a place only with support that an ordinary
word seldom has: a capital that does not start a sentence and is no short acronym
("OSA", "IgA"), a verb of living, coming or birth before it ("I live in", "vengo de";
a bare "in", "from" or "en", going or working, is not enough), a hospital's name after
it, or a state, region or country after it that is no unit or clinical abbreviation
("Winnipeg, MB", "Tours, France"; not "gland ct").

Small towns at home (``places_small.txt.gz``: US towns under 5,000 people, villages of
the Spanish-speaking countries) join the map last, read the same way, as outside
writers name them freely ("out past the old mill in Piney Flats", "un pueblito que se
llama Tlamaya Grande"). Thousands of them are frequent words or given names ("Luck",
"Advance", "Comfort", "Amanda"), so for those a capital counts only after a place word
("over in Climax"), and a state only right after them, in full or as a postal code in
capitals ("Noel, Missouri", "Noel, MO").
"""

from __future__ import annotations

import gzip
import re
from functools import cache

from redaction.contexts import (
    FACILITY_AFTER,
    LOCATION_TRIGGER,
    LOCATION_VERB_TRIGGER,
    NAME_CONTEXT,
)
from redaction.medical import is_medical
from redaction.medical_lists import clinical_words, folded_medical_terms
from redaction.wordlists import DATA, common, fold, names, places

TOWN = "town"  # the kind of a town abroad in the merged place list
TOWN_WORD = "townword"  # a town abroad that a dictionary knows as a word: "tarsus"
_REGIONS = frozenset({"state", "country", "province", "region"})
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“(]\s*|\n\s*[-*>]?\s*)$")
_SUPPORT_WORDS = 3  # a region or country this many words after the town supports it
_LOOK_BACK = 80  # characters before a town searched for a sentence start or a place verb
_UNRANKED = 10**9  # the rank of a word no list holds
# A US state's postal code after a comma, in capitals ("Noel, MO", "Luck, WI"): the
# letters the region list leaves out as ordinary words ("mo", "in", "me", "pa") are a
# state here. Support for a small town only (the other lists keep their rules).
_STATE_CODE = re.compile(r"\s*,\s*(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|"
                         r"ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|"
                         r"SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\b")
_SHORT = 4  # a capitalised word this short may be an acronym: "OSA", "URI", "IgA"
# Region codes that are also units or clinical abbreviations: "thyroid gland ct", "the
# mole ct was normal", "lice, pt reports". Not support for a town before them.
_CLINICAL_CODES = frozenset("""
mg mcg ml kg lb lbs cc iu dl mmhg bpm am pm ct pt bp gi hb rn np tab tabs cap caps md do
pa er ed or icu iv im sc po pr bid tid qid prn hr hrs min cm mm gm ml ng ua ue le ra bs
""".split())


@cache
def world_towns() -> dict[str, str]:
    """Folded town name -> "town" or "townword", for towns outside the US and the
    Spanish-speaking countries."""
    with gzip.open(DATA / "places_world.txt.gz", "rt", encoding="utf-8") as data:
        towns = dict(line.split("\t") for line in data.read().split("\n") if line)
    return {key: TOWN_WORD if kind == TOWN and _is_a_word(key) else kind
            for key, kind in towns.items()}


def _is_a_word(key: str) -> bool:
    """Whether a town abroad is also an ordinary word the build's dictionary check
    missed: it ran hunspell on accent-stripped names, so Spanish words with an accent
    passed ("daran" for "darán", "decima", "salvacion", "tapon"). Any Spanish word of
    the common list, any clinical word, and any short English one ("alot", "sars": the
    English list also holds long place names such as "winnipeg") needs support; a
    name of several words does when each word is one ("daran de alta")."""
    spanish, english, clinical = common("es"), common("en"), clinical_words()
    return all(word in spanish or word in clinical
               or (len(word) <= _SHORT and word in english) for word in key.split())


@cache
def regions() -> frozenset[str]:
    """First-level regions of every country, by name and code ("manitoba", "mb"): no
    finding of their own, support for a town beside them."""
    with gzip.open(DATA / "places_regions.txt.gz", "rt", encoding="utf-8") as data:
        return frozenset(line.split("\t")[0] for line in data.read().split("\n") if line)


def is_region(phrase: str) -> bool:
    """A state, province, region or country of the place lists, or a region abroad."""
    return places().get(phrase) in _REGIONS or phrase in regions()


@cache
def all_places() -> dict[str, str]:
    """The home place list, the towns abroad, the short forms of both and the small
    towns in one map; a name on several keeps its home kind ("city", "state",
    "country"...), then its kind abroad."""
    return {**small_towns(), **short_forms(), **world_towns(), **places()}


@cache
def small_towns() -> dict[str, str]:
    """Folded name -> "town" or "townword": the US towns under 5,000 people and the
    villages of the Spanish-speaking countries that the other lists miss ("piney flats",
    "buckatunna", "fuenferrada"), built by ``data/build.py``. Patients live in them and
    outside writers name them freely. A word a medical list knows is left out here too
    (the build read the data files; the lexicon's terms are read here)."""
    medical = folded_medical_terms() | clinical_words()
    with gzip.open(DATA / "places_small.txt.gz", "rt", encoding="utf-8") as data:
        rows = [line.split("\t") for line in data.read().split("\n")
                if line and not line.startswith("#")]
    return {key: kind for key, kind in rows if not medical & set(key.split())}


_FREQUENT = {"en": 20000, "es": 8000}  # a word more frequent than this rank is a word first


@cache
def _small_town_words() -> frozenset[str]:
    """The small towns that are frequent ordinary words or given names ("luck",
    "advance", "comfort", "amanda"): thousands of them, and a capital is weak support
    for such a word ("Advance Directive", "my sister Amanda"): it needs a place word
    before it too ("out near Luck"), and a region must come right after it ("Noel,
    Missouri"; not "después de comer y la Alba", Alba a county of Romania). Rarer
    ones, mostly surnames ("Theriot"), are read as towns abroad are."""
    english, spanish, given = common("en"), common("es"), names()
    known = {**short_forms(), **world_towns(), **places()}
    return frozenset(key for key, kind in small_towns().items()
                     if kind == TOWN_WORD and key not in known
                     and (english.get(key, _UNRANKED) < _FREQUENT["en"]
                          or spanish.get(key, _UNRANKED) < _FREQUENT["es"]
                          or "F" in given.get(key, "")))


# What GeoNames adds after a town's short name: a patron or a hero ("Acapulco de
# Juárez", "Ecatepec de Morelos"), a river or a region ("Marburg an der Lahn", "Mühlheim
# am Main", "Castellammare di Stabia"), and Mexico's "Heroica" before it.
_LONG_FORM = re.compile(r"^(?:heroica\s+(?:ciudad\s+de\s+|villa\s+de\s+)?)?([^\s]+)"
                        r"(?:\s+(?:de|del|de\s+la|de\s+los|de\s+las|am|an\s+der|im|bei|"
                        r"sur|upon|on|di|da)\s+.+)?$")
_MIN_SHORT = 5
_SHORT_RARE_RANK = 20000
_SHORT_WORD_RANK = 10000  # a head more frequent than this is an ordinary word: no town
# Heads that are a kind of place, not one ("Villa de ...", "Castel di ...").
_GENERIC_HEADS = frozenset("""
villa villar vila castel castello borgo puebla pueblo ciudad colonia barrio ejido rancho
hacienda ribeira monte torre porto puerto fuente senhora nossa quart bruck cienega
""".split())


@cache
def short_forms() -> dict[str, str]:
    """A town said by the short name its people use, where the lists hold the long one
    only: "acapulco" for "Acapulco de Juárez", "marburg" for "Marburg an der Lahn". The
    first word of a long name, five letters or more, when no Spanish word, frequent
    English word, given name or clinical word shares it; a rarer English word
    ("frankfurt") is a town that needs support ("flew in from Frankfurt")."""
    spanish, english, clinical = common("es"), common("en"), clinical_words()
    known = {**world_towns(), **places()}
    forms: dict[str, str] = {}
    for name, kind in known.items():
        if kind not in ("city", TOWN) or " " not in name:
            continue
        match = _LONG_FORM.match(name)
        head = match.group(1) if match else ""
        rank = english.get(head, _SHORT_RARE_RANK)
        if len(head) < _MIN_SHORT or head in known or head in _GENERIC_HEADS \
                or head in spanish or rank < _SHORT_WORD_RANK \
                or head in clinical or "F" in names().get(head, ""):
            continue
        # a head the English list knows ("frankfurt" of "Frankfurt am Main") is a town
        # only with support, as towns abroad that are words are
        forms.setdefault(head, kind if rank >= _SHORT_RARE_RANK else TOWN_WORD)
    return forms


def needs_support(kind: str, key: str) -> bool:
    """Whether a place-list word of ``kind`` is a town abroad that is also a word."""
    return kind == TOWN_WORD or (kind == TOWN and len(key) <= 3)


def ordinary_town_is_place(text: str, start: int, end: int, language: str,
                           following: list[str]) -> bool:
    """Whether a town abroad that is also an ordinary word, at ``text[start:end]``,
    names a place here. ``following`` are the folded words after it."""
    raw = text[start:end]
    before = text[max(0, start - _LOOK_BACK):start]
    strict = fold(raw) in _small_town_words()
    if strict and NAME_CONTEXT[language].search(before):
        return False  # "i'm his niece, caroline rivas": a person (Caroline, WI; Rivas)
    if raw[0].isupper() and not _SENTENCE_START.search(before) and not acronym(raw) and (
            not strict or LOCATION_TRIGGER[language].search(before)):
        return True  # "flights to Split", an address line "TOURS"; "out past Luck"
    if FACILITY_AFTER.match(text, end):
        return True
    if _STATE_CODE.match(text, end) and fold(raw) in small_towns():
        return True  # "Noel, MO"
    if LOCATION_VERB_TRIGGER[language].search(before):
        return True
    return any(is_region(word) and word not in _CLINICAL_CODES
               for word in following[:1 if strict else _SUPPORT_WORDS])


def acronym(raw: str) -> bool:
    """A short word in capitals or mixed case is an acronym more often than a town:
    "He has OSA", "History of AMI", "IgA nephropathy"; "Bonn", "Graz" are not."""
    return len(raw) <= _SHORT and not raw[1:].islower()


def listed_phrase(value: str) -> bool:
    """A place of several words that a place list holds as a whole ("Moose Jaw", "Red
    Deer"): its words are not judged one by one (a body word, "Jaw", stays in it)."""
    words = re.findall(r"[^\W\d_]+(?:['-][^\W\d_]+)*", value)
    return len(words) > 1 and " ".join(fold(w) for w in words) in all_places()


_ARTICLES_ES = frozenset("el la los las de del".split())


def listed_phrase_es(text: str, start: int, end: int) -> bool:
    """A Spanish place of several words that the place list holds whole, one of its words
    neither medical nor an article ("Puente Alto"; not "la muela", a town too)."""
    words = list(re.finditer(r"[^\W\d_]+", text[start:end]))
    return len(words) > 1 and fold(" ".join(w.group() for w in words)) in places() and any(
        fold(w.group()) not in _ARTICLES_ES
        and not is_medical(text, start + w.start(), start + w.end(), fold(w.group()), "es")
        for w in words)
