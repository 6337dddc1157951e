"""The gazetteer's tokens and thresholds: how frequent a word must be to be ordinary,
what kind of word each token is, and the sentence cues the name and place rules share
(``gazetteer.py`` finds names, ``gazetteer_places.py`` places; both read these)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from redaction.lexicon import EN_MONTHS, ES_MONTHS, KIN_AND_TITLES, NOT_NAMES
from redaction.medical import APOSTROPHES, _plainly_medical
from redaction.recognizers import NUMBER_PATTERN, NUMBER_WORDS
from redaction.wordlists import census_given_names

# A name-word more frequent than this is also an ordinary word ("jaw", "rosa").
COMMON_RANK = {"en": 20000, "es": 8000}
STOP_RANK = 300  # the most frequent words are never part of a name
# ...except a surname between a given name and another surname ("víctor guerra
# zaragoza"), if it is no function word ("como", "más").
FREQUENT_SURNAME_RANK = 150
# A name-word this frequent ("last", "daughter", "garganta") is no name by itself.
NAME_RANK = {"en": 2000, "es": 8000}
RARE_RANK = 20000  # a rarer word after a given name is taken for a surname
TECHNICAL_RANK = 15000  # rarer English words are mostly clinical and drug vocabulary
MAX_PLACE_WORDS = 4
UNITS = {"mg", "mcg", "ml", "kg", "lb", "lbs", "cc", "iu", "mmhg", "bpm", "am", "pm",
         "microgramos", "miligramos", "mililitros", "micrograms", "milligrams", "milliliters"}

TOKEN = re.compile(rf"[^\W\d_]+(?:[{APOSTROPHES}-][^\W\d_]+)*")
NUMBER_WORD = re.compile(rf"^(?:{NUMBER_PATTERN})(?:-(?:{NUMBER_PATTERN}))*$")
AGED = re.compile(r"-(?:years?|months?|weeks?|days?)-olds?$")
NAME_PARTICLES = {"de", "del", "la", "las", "los"}
ARTICLES = {"la", "el", "las", "los", "lo"}
SAINTS = {"san", "santa", "santo"}
NOT_INITIALS = {"en": {"a", "i"}, "es": {"a", "e", "o", "u", "y"}}
MONTH_WORDS = frozenset(EN_MONTHS + ES_MONTHS)
SENTENCE_END = re.compile(r"(?:^|[.!?:;\"“(]\s*)$")
# A Spanish object pronoun right before a word: the word is a verb ("me arden", "se
# ponen"), in speech as in writing.
CLITIC_BEFORE = re.compile(r"\b(?:me|te|se|nos|le|les)\s+$", re.I)


def starts_a_sentence(text: str, start: int) -> bool:
    return SENTENCE_END.search(text[:start]) is not None


# An article, a possessive or a number after a sentence's first word makes it a verb, not a
# town or a person capitalised by its place: "Tome una tableta", "Reading the label"
# (unless it is a given name: "Mercedes una vez me dijo", "Rosa la trae").
_OBJECT_AFTER = re.compile(r"\s+(?:un|una|unos|unas|el|la|los|las|lo|su|sus|este|esta|media|"
                           r"medio|a|an|the|your|this|these|dos|tres|two|three)\b", re.I)


# English given names that are verbs too: first in a sentence with an object after them
# they give an instruction or a wish ("Pat it dry", "Bob your head", "Hope the swelling
# goes down", "Grant me a minute"), not a name.
EN_NAME_VERBS = frozenset("""
hope pat bob mark grant bill sue rob chase drew will jack wade chip skip buck lance
pierce hunt ward trip rock jimmy peg dash page nick sally carol
""".split())
# Not "the" or "a": a name is followed by them as often ("Jimmy the neighbor drives me",
# "Sally the receptionist"); only "hope" takes them as a verb ("Hope the swelling").
_EN_OBJECT_AFTER = re.compile(r"\s+(?:it|them|me|him|us|your|some)\b", re.I)
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_EN_HOPE_AFTER = re.compile(r"\s+(?:the|a|an|it|your|you|so)\b", re.I)


def verb_with_its_object(text: str, key: str, end: int, language: str) -> bool:
    """Does an article, a possessive or a number follow the word ending at ``end``
    (folded ``key``), which is no given name ("Mercedes una vez me dijo")? First in its
    sentence, such a word is a verb: "Tome una tableta". In English, a name that is a
    verb too takes an object the same way: "Pat it dry" (never in Spanish: "Carol me
    trae las pastillas" is Carol)."""
    if language == "en" and key in EN_NAME_VERBS:
        after = _EN_HOPE_AFTER if key == "hope" else _EN_OBJECT_AFTER
        if after.match(text, end):
            return True
    if key in census_given_names():
        return False
    if _OBJECT_AFTER.match(text, end) is not None:
        return True
    # a listed medicine as its object: "Tomé Desenfriol y me sentí mejor" (Tomé: a town)
    following = _NEXT_WORD.match(text, end)
    return language == "es" and following is not None and _plainly_medical(following.group(1))


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    raw: str
    key: str
    kind: str  # stop, medical, common, strong, ambiguous, unknown


# English weekdays: surnames in the name lists (Friday, Monday), but "since Monday", "by
# Friday" name a day; no finding of a name (a date recognizer judges them).
EN_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                         "sunday", "mondays", "tuesdays", "wednesdays", "thursdays",
                         "fridays", "saturdays", "sundays"})


# Kin said in the plural, in no word list: "mason and hunter are my grandsons". Not "sons",
# "brothers", "sisters", "hermanos": in businesses' and hospitals' names ("Smith and Sons",
# "Hospital Hermanos Ameijeiras").
_KIN_PLURALS = frozenset("""grandsons granddaughters grandkids grandchildren stepsons
stepdaughters stepkids nephews nieces""".split())


def never_names(language: str) -> frozenset[str]:
    months = EN_MONTHS if language == "en" else ES_MONTHS
    weekdays = EN_WEEKDAYS if language == "en" else frozenset()
    return frozenset({*NOT_NAMES, *NUMBER_WORDS, *months, *UNITS, *KIN_AND_TITLES, *weekdays,
                      *_KIN_PLURALS})


def adjacent(text: str, before: Token, after: Token) -> bool:
    """Only spaces (or an initial's full stop) between two tokens: one name or place."""
    gap = text[before.end:after.start]
    return gap.strip(" ") == "" or (len(before.raw) == 1 and gap.strip(" ") == ".")


def mid_sentence_capital(text: str, token: Token) -> bool:
    """A capital that is not the sentence's own: the writer meant a name or a place."""
    return token.raw[0].isupper() and not token.raw.isupper() \
        and not SENTENCE_END.search(text[:token.start])


# A capital on some word other than "I": the text is written with its capitals, not a
# lower-case transcript.
_CASED = re.compile(rf"(?<![^\W\d_])(?!I(?:[{APOSTROPHES}][a-z]+)?\b)[A-Z]")


def written_in_case(text: str) -> bool:
    """Does the text capitalise (a sentence, a name), so that a lower-case word in it is
    no name by its spelling alone? "Rose water helps" against "rose walker called"."""
    return _CASED.search(text) is not None

# A relative named right before a word: after it a given name is a name ("my daughter
# grace"), a frequent word that is no given name a verb ("my daughter speak english",
# as a speaker of another language says it).
KIN_BEFORE = re.compile(
    r"\b(?:son|daughter|husband|wife|mother|father|mom|dad|brother|sister|partner|grandson|"
    r"granddaughter|grandmother|grandfather|aunt|uncle|niece|nephew|cousin|friend|"
    r"neighbou?r|boyfriend|girlfriend)\s+$", re.I)

# Languages a patient speaks (surnames too: English, French, Welsh): after a verb of
# speaking or "in", a language, no name ("he doesn't speak English", "say it in French").
_LANGUAGES = ("english|spanish|french|arabic|somali|russian|ukrainian|polish|portuguese|"
              "italian|german|greek|turkish|persian|farsi|dari|pashto|urdu|hindi|punjabi|"
              "bengali|tamil|mandarin|cantonese|chinese|vietnamese|korean|japanese|tagalog|"
              "swahili|amharic|tigrinya|yoruba|igbo|hausa|haitian|creole|welsh|irish|dutch|"
              "mexican|cuban|nigerian|ghanaian|ethiopian|eritrean|filipino|indian|pakistani|"
              "afghan|syrian|iraqi|iranian|egyptian|moroccan|jamaican|canadian|american|"
              "british|scottish|australian|brazilian|colombian|peruvian|romanian|bulgarian")
# ...and who someone is by origin: "he's greek", "i'm polish" (a name cue otherwise).
LANGUAGE_SPOKEN = re.compile(
    r"\b(?:speak|speaks|spoke|speaking|understand|understands|read|reads|write|writes|"
    rf"in|into|translate|interpreter|interpret|no|some|broken|little|i[{APOSTROPHES}]m|am|"
    # whose: "my English is not so good", "her Spanish is better"
    r"my|his|her|your|our|their|"
    rf"(?:he|she)[{APOSTROPHES}]s|(?:we|they)[{APOSTROPHES}]re)\s+"
    rf"(?:{_LANGUAGES})\b", re.I)
