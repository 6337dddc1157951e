"""What English findings of a name or a place take in that names no one and nowhere.

The gazetteer and spaCy run a name or a place over the cue before it or take a short
word in capitals for a surname: "I live near lice" (the cue's "near"), "Labs show AKI"
(a surname in the name lists, an acronym here), "epsom salts" (a town that names a
thing). The engine trims or drops such findings here, before it judges them.
"""

from __future__ import annotations

import re

from redaction.contexts import LOCATION_TRIGGER
from redaction.medical import WORD
from redaction.towns import acronym, all_places
from redaction.wordlists import common, fold, names

# English prepositions and adverbs of place, a closed class: a place cue's own word,
# never a name or a place ("i live near lice", "we're over by the lake").
_EN_PLACE_PREPOSITIONS = frozenset("""
near nearby over under by past around round about along across behind beyond beside
besides inside outside within without toward towards up down out off away
""".split())
# The kinds of the place lists' towns of some size (not "townword": a town that is an
# ordinary word, nor the small towns').
_HOME_TOWNS = frozenset({"city", "town"})
# Adverbs of time a place verb takes, trimmed off a place's end only: "the baby came
# early" (Early, TX); "gerald early", "dr. home" are people (a review found them let go).
_EN_TIME_ADVERBS = frozenset("""
early late soon later here there home today tonight tomorrow yesterday
""".split())
# Nouns that a place name modifies to name a thing, not a place: "epsom salts",
# "brussels sprouts", "dijon mustard", "lyme disease". A finding right before one of
# them is no place.
_PLACE_NAMED_THINGS = re.compile(
    r"[\s-]+(?:salts?|sprouts?|mustard|sauce|cheese|ham|sausages?|pepper|tea|coffee|"
    r"lettuce|cabbage|bread|muffins?|buns?|rolls?|beans|potatoes|cream|fries|toast|"
    r"disease|virus|fever|flu|syndrome|encephalitis|criteria|scale|score|rules?|classification|"
    r"protocol|technique|maneuver|manoeuvre|position|procedure|knot)\b", re.I)

# Things a given name also names when a noun follows it: a flower, a spice, a gem or a
# colour before what it flavours or tints ("rose water", "ginger tea", "ruby red spots",
# "angel food cake", "daisy chains"; not the colours that are frequent surnames: Green,
# Brown, White, Black, Gray). An English name is never followed
# straight by such a noun (a verb comes between: "Rose drinks water"), in speech as in
# writing; a person or place finding whose last word is one, or right before one, is
# no name.
_THING_NOUNS = frozenset("""
water waters tea teas oil oils juice milk syrup soup cake cakes food pie bread cookies
pollen chains chain petals petal leaves leaf root roots powder seeds oatmeal vinegar
colored coloured colour color red blue pink yellow purple clear dust mold mould silver
boots shoes tones earrings
""".split())
_THING_AFTER = re.compile(r"[ -]+(" + "|".join(sorted(_THING_NOUNS)) + r")\b")

# Roles and services of a care team, said after "nurse", "doctor" or "patient" (a name
# cue) or alone: "the nurse practitioner", "nurse triage called", "nurse navigator";
# some are rare surnames in the lists, none is anyone's name here.
_CARE_ROLES = frozenset("""
practitioner practitioners navigator navigators triage handoff handover intake educator
coordinator liaison advocate anesthetist anaesthetist midwife midwives dietitian
dietician physio physiotherapist paramedic paramedics chaplain counselor counsellor
phlebotomist sonographer radiographer hospitalist intensivist
""".split())

# Apps, sites and services said by name in a call ("my instagram is ...", "send it on
# whatsapp", "i'll zoom you"): in no word list, so read as a rare name; no one's name.
_SERVICES = frozenset("""
instagram insta facebook tiktok snapchat whatsapp youtube twitter google gmail hotmail
yahoo outlook icloud zoom skype discord reddit linkedin telegram iphone ipad android
uber lyft amazon walmart costco netflix venmo zelle paypal cashapp doordash mychart
""".split())

# Feasts of the year taken for a given name or surname ("Christmas was hard", "Easter
# is late this year"); no person is named by one alone in a visit.
_FEASTS = frozenset("christmas xmas easter thanksgiving halloween hanukkah chanukah passover "
                    "ramadan diwali eid kwanzaa".split())
_DOT_COM = re.compile(r"\s+(?:com|org|net)\b", re.I)

# A Greek letter inside or beside Latin letters names a molecule, a receptor or a drug
# class ("TNF-alpha", "beta-blocker", "IFN-gamma" written with the Greek letter): no
# one's name. (A name in
# Greek script is the foreign-script recognizer's, whose findings are kept whole.)
_GREEK = re.compile("[\u0370-\u03ff]")
_LATIN = re.compile("[A-Za-z]")

# What a person does, said right after the name (the name lists hold some of these as
# rare surnames: "brought", "works", "given"): "mrs. kowalczyk drove me", "her husband
# rajesh works nights", "the nurse called me back". Never the edge of a name in English
# speech; "said" only at its end (Said is a given name too: "said ahmed").
_VERBS_AFTER_A_NAME = frozenset("""
called calls said says told tells asked asks drove drives brought brings works worked
lives lived came comes went goes takes took gave gives given wants wanted knows knew
thinks thought helps helped picked picks stays stayed shouted yelled replied answered
texted phoned visited visits sent sends wrote writes signed handles handled checked
made makes got gets needs needed speaks spoke left has had was is
""".split())
# How someone felt or looked ("the patient felt better"): Felt and Looks are surnames
# too ("Amy Felt called", "dr felt saw me": a review), so only in lower case and with no
# verb after them.
_STATE_VERBS = frozenset("felt feels seemed seems looked looks became becomes slept sleeps "
                         "ate eats".split())


def _state_verb_at_the_end(text: str, word: re.Match[str]) -> bool:
    """Is ``word`` how someone felt or looked (``_STATE_VERBS``), not a surname?"""
    if word.group() not in _STATE_VERBS:  # lower case only
        return False
    after = re.match(r"\s+([a-z]+)", text[word.end():], re.I)
    return after is None or after.group(1).lower() not in _VERBS_AFTER_A_NAME | {
        "saw", "sees", "seen", "examined"}


# A count said right before a word: "ten miles", "3 miles", "a few miles", "a couple of".
_COUNT_BEFORE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                           r"eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|"
                           r"eighty|ninety|hundred|few|couple\s+of|many|several|more|fewer|"
                           r"a|half\s+a|the\s+last|\w+teen))\s+$", re.I)


def _surname_after(words: list[re.Match[str]]) -> bool:
    """Is the word after the first a surname and no frequent English word ("nineteen miles
    rodriguez": a son named Miles; "ten miles north": a distance)?"""
    if len(words) < 2:
        return False
    key = fold(words[1].group())
    return "L" in names().get(key, "") and common("en").get(key, _FREQUENT) >= _FREQUENT


def without_english_place_words(text: str, start: int, end: int,
                                entity_type: str) -> tuple[int, int]:
    """Trim what English findings of a name or place take in that is none: a
    preposition of place at either edge ("live near lice": the cue's "near"), a verb at
    a name's edge ("mrs. kowalczyk drove me"); drop a lone acronym taken for a name
    ("Labs show AKI", "history of OSA"), an app or a site ("my instagram"), a molecule
    ("TNF-alpha" with its Greek letter) and a place that names a thing ("epsom salts").
    Returns the span, empty when nothing is left."""
    words = list(WORD.finditer(text, start, end))
    # Only a preposition written in lower case: "Round Rock", "Near North Side" are names;
    # so is a town the place lists hold whole, said in lower case ("in round rock").
    while words and words[0].group() in _EN_PLACE_PREPOSITIONS and not (
            entity_type == "LOCATION" and len(words) > 1
            and all_places().get(fold(text[words[0].start():words[-1].end()])) in _HOME_TOWNS):
        words.pop(0)
    while words and (words[-1].group() in _EN_PLACE_PREPOSITIONS or (
            entity_type == "LOCATION" and len(words) > 1
            and words[-1].group() in _EN_TIME_ADVERBS)):
        words.pop()
    if entity_type == "PERSON":  # "kowalczyk drove", "given katrine": a verb beside a name
        while words and (words[-1].group().lower() in _VERBS_AFTER_A_NAME
                         or _state_verb_at_the_end(text, words[-1])):
            words.pop()
        while words and words[0].group().lower() in _VERBS_AFTER_A_NAME - {"said"}:
            words.pop(0)
        if words and _participle(text, words[0]):  # "i'm calling for", "i'm running late"
            words.pop(0)
            if all(common("en").get(fold(w.group()), _FREQUENT) < _FREQUENT
                   and "F" not in names().get(fold(w.group()), "") for w in words):
                words = []  # what follows the verb is no name either ("late")
    if not words or (entity_type == "PERSON" and words[0].group().lower() == "miles"
                     and _COUNT_BEFORE.search(text, 0, words[0].start())
                     and not _surname_after(words)):
        return start, start  # "ten miles east", "3 miles north": a distance, no Miles
    start, end = words[0].start(), words[-1].end()
    word = words[0].group()
    if len(words) == 1 and entity_type == "PERSON" and word.isascii() and acronym(word) \
            and len(word) > 2 and "F" not in names().get(word.lower(), "") \
            and not text.isupper():
        # a short word in capitals that no given name spells: an acronym ("AKI", "OSA");
        # initials and given names in capitals stay names ("JD", "AJ", "KIM", "LEE")
        return start, start
    if any(_GREEK.search(w.group()) and (_LATIN.search(w.group()) or len(w.group()) < 3)
           for w in words) and not any(_GREEK.search(w.group()) and len(w.group()) >= 3
                                       and not _LATIN.search(w.group()) for w in words):
        return start, start  # "a TNF-alpha inhibitor", "her IFN-gamma level": molecules
        # (a Greek initial before a surname in Greek script is a name, no molecule)
    if len(words) == 1 and _scheme_name(text, word, end):
        return start, start  # "his philhealth number": the scheme's name, no one's
    if len(words) == 1 and entity_type == "PERSON" and word.lower() in _CARE_ROLES:
        return start, start  # "the nurse practitioner", "nurse triage called me back"
    if len(words) == 1 and word.lower() in _SERVICES:
        return start, start  # "my instagram is ...": an app, no one's name
    if len(words) == 1 and word.lower() == "dot" and _DOT_COM.match(text, end):
        return start, start  # "a dot com company": the web's "dot", no one's name
    if len(words) == 1 and entity_type == "PERSON" and word.lower() in _FEASTS:
        return start, start  # "Christmas was hard": a day of the year, no one
    if len(words) == 1 and entity_type == "LOCATION" and start \
            and _PLACE_NAMED_THINGS.fullmatch(" " + word) \
            and not LOCATION_TRIGGER["en"].search(text[:start]):
        return start, start  # "Epsom salt soak": the thing a place names, no town
    if entity_type == "LOCATION" and _PLACE_NAMED_THINGS.match(text, end):
        return start, start
    if entity_type == "LOCATION" and named_thing(text, words) \
            and not LOCATION_TRIGGER["en"].search(text[:start]):
        return start, start  # "Sterling silver", "Chelsea boots": a thing, nowhere; not
        # after a place cue ("we live in chelsea, boots and all")
    if entity_type == "PERSON" and named_thing(text, words):
        return start, start  # "Rose water helps", "hunter green": a thing, no one
    return start, end


# Given names that also name a flower, a spice, a gem, a colour or a thing: only these
# name a thing when a thing noun follows. Any other name before "water" or "red" is a
# person or a town ("I gave Sarah water", "mrs okafor red rash", "the Flint water crisis").
_THING_NAMES = frozenset("""
rose ginger daisy ruby sterling chelsea hunter amber jade violet ivy lily holly olive
hazel pearl crystal basil sage pepper saffron cherry candy honey coral jasmine iris
heather poppy rosemary laurel willow fern clementine rusty angel
""".split())


def names_a_thing(first: str, second: str) -> bool:
    """Do the folded words ``first second`` name a thing ("rose water", "ginger tea")?"""
    return first in _THING_NAMES and second in _THING_NOUNS


def named_thing(text: str, words: list[re.Match[str]]) -> bool:
    """Is the finding one of ``_THING_NAMES`` with a thing noun right after it, in lower
    case ("Ginger tea settles", "ruby red spots")? Then it names a thing."""
    first = words[0].group().lower()
    if len(words) >= 2:
        return names_a_thing(first, words[1].group())
    return first in _THING_NAMES and _THING_AFTER.match(text, words[-1].end()) is not None


# What a verb's object opens with after a name that is a verb too, first in its
# sentence ("Page the doctor", "Chase up the results", "Mark my words"): no town follows
# that way ("Page is a small town" keeps it).
# "up", "down", "out", "off" open an object only before one ("Chase up the bloods"):
# "Hope up in the valley", "Page out in Arizona" name a town and where it lies.
_VERB_OBJECT = re.compile(r"\s+(?:(?:up|down|out|off)\s+)?(?:the|a|an|it|them|me|him|her|"
                          r"us|your|my|his|our|their|some)\b", re.I)
# A place noun within two words of the object's start: "Hope my home town", "Page the
# village": the town, no verb.
_PLACE_NEAR = re.compile(r"(?:\s+[\w'-]+)?\s+(?:town|village|city|hometown|county|"
                         r"valley|area)\b", re.I)


def verb_not_place(text: str, end: int) -> bool:
    """Whether a name-verb place word ending at ``end`` is followed by a verb's object;
    the caller checks it is first in its sentence and a name that is a verb."""
    found = _VERB_OBJECT.match(text, end)
    return found is not None and _PLACE_NEAR.match(text, found.end()) is None


# What follows the name of an id scheme or a card: "my aadhaar number", "his PhilHealth
# number", "the pincode is".
_SCHEME_AFTER = re.compile(r"\s+(?:number|no\b|card|id\b|ids\b|code\b|scheme|account)", re.I)
_BE_BEFORE = re.compile(r"\b(?:i'm|im|i\s+am|we're|you're|he's|she's|they're|been|was|were|"
                        r"is|are)\s+$", re.I)
_VERB_RANK = 5000
_FREQUENT = 2000
# What follows an "-ing" word that is a surname too when it is what someone is doing.
_DOING_AFTER = re.compile(r"\s+(?:for|to|about|late|on|back|round|around)\b", re.I)


def _scheme_name(text: str, word: str, end: int) -> bool:
    """A word no name list holds, or one written in camel case, before "number" or
    "card": the id scheme's name, no one's ("aadhaar", "PhilHealth")."""
    key = fold(word)
    camel = re.search(r"[a-z][A-Z]", word) is not None
    return _SCHEME_AFTER.match(text, end) is not None and (camel or key not in names())


def _participle(text: str, word: re.Match[str]) -> bool:
    """A lower-case "-ing" form of a frequent verb after "i'm" or "is": what someone is
    doing, no name ("i'm calling for my mum", "i'm running late"; "i'm sterling" stays:
    "sterl" is no verb)."""
    raw = word.group()
    if not (raw.islower() and raw.endswith("ing") and len(raw) > 5) \
            or not _BE_BEFORE.search(text, 0, word.start()):
        return False
    if fold(raw) in names() and not _DOING_AFTER.match(text, word.end()):
        return False  # "i'm browning, the patient's daughter": a surname ("calling for")
    stem = raw[:-3]
    forms = (stem, stem + "e", *([stem[:-1]] if stem[-1] == stem[-2] else []))  # "running"
    return any(common("en").get(form, _VERB_RANK) < _VERB_RANK for form in forms)

