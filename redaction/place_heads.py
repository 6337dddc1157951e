"""Places English names by a head word after their name: "out in Hennepin County", "the
Eastside neighborhood", "she lives at Sunrise Towers", "my son goes to jefferson high",
"he's in Cook County Jail", "she works at the Smithfield plant".

Why: a county, a neighbourhood, an apartment block, a school, a shelter or a workplace
says where someone lives, studies or works as well as a town does, and outside writers
mark them; but their names are mostly words no place list holds ("Hennepin",
"Eastside", "Sunrise"), so nothing else finds them. The head word ("county",
"neighborhood", "towers", "high") says a place is named; the words before it are its name
when they look like one: written with a capital (not only the sentence's first word), or,
in lower-case speech, name-words (given names and surnames: "jefferson", "cook") or words
rarer than the ``ORDINARY_RANK`` most frequent, none medical. "The county", "a good
neighborhood", "my high school", "the old hospital" name nothing and stay. A business's
name is mostly ordinary words ("the lakeview diner", "cedar ridge imaging"): after "the"
or a preposition of place, before a business's head, any word that is neither grammar,
nor a kind of business ("the hospital pharmacy", "the farmers market"), nor clinical is
part of its name (``_LOOSE``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.acronyms import clinical_acronyms
from redaction.contact import AddressRecognizer
from redaction.firms import named_firms
from redaction.gazetteer_tokens import EN_WEEKDAYS
from redaction.lexicon import EN_MONTHS
from redaction.medical import is_medical
from redaction.on_street import named_on_street
from redaction.place_head_words import HEADS, KIND_WORDS, NAMING_LEAD, NATURE, SHOPS
from redaction.practices import SPECIALTIES, named_practices
from redaction.recognizers import SpeechRecognizer, result
from redaction.suppliers import named_suppliers
from redaction.wordlists import common, fold, names, places

_HEAD = re.compile(rf"\s+(?:{HEADS})\b", re.I)
# Heads that name only places: before them a rare word is a name too ("hennepin county").
# Before the others ("high", "plant", "inn", "farms") only a name-word or a capital is:
# "her ldl high", "the tomato plant" name nothing.
_PLACE_ONLY = re.compile(r"county|parish|borough|township|neighbou?rhood|apartments|towers|"
                         r"assisted\s+living|senior\s+living|memory\s+care|home\s+health|"
                         r"estates|trailer\s+park|mobile\s+home\s+park|elementary|"
                         r"middle\s+school|high\s+school|nursing\s+home|shelter|jail|"
                         r"correctional\s+facility|detention\s+center", re.I)
_NATURE_HEAD = re.compile(NATURE, re.I)
# A lake or mountain said head first, after a preposition or verb of going there ("swam in
# lake tahoe", "climbed mount rainier"): not after an article ("the lake scum") or where
# "mount" is a verb ("help me mount tvs"); the word after it judged as before a water's head,
# not a plural ("lake trout", "mount brackets": review RV28).
_WATER_FIRST = re.compile(r"\b(?:in|at|to|near|on|by|from|around|up|past|over|visited|"
                          r"climbed|hiked|swam|fished|camped)\s+(lake|mount|mt\.?)\s+"
                          r"([^\W\d_]+)\b", re.I)
_PARK = re.compile(r"national\s+park|state\s+park|national\s+forest|wildlife\s+refuge", re.I)
_UNCOMMON_RANK = 10000  # a word rarer than this before a park's head is its name
# Heads after which ordinary words are a name too, when "the" or a preposition of place
# comes before them ("we live at the Willow Creek apartments", "he's the cook at the
# lakeview diner"): a business's name is mostly ordinary words, and spoken lower case hides
# the capitals that say so. Not "station", "hall", "park" or "center": "the bus station",
# "the dining hall", "the dog park" and "the cancer center" are kinds of place.
_LOOSE = re.compile(SHOPS + r"|apartments|apts|towers|estates|manor|village|heights|"
                    r"inn|motel|hotel|assisted\s+living|senior\s+living|memory\s+care|"
                    r"home\s+health|elementary(?:\s+school)?|middle(?:\s+school)?|"
                    r"high\s+school|trailer\s+park|mobile\s+home\s+park|ranch|farms?|"
                    r"orchards?|dairy|church|shelter|plant|factory|warehouse", re.I)
_ANCHOR = re.compile(r"(?:\b(?:the|at|to|from|with|in|into|near|by|behind|past|outside|"
                     r"across\s+from|next\s+to|over\s+at|down\s+at|up\s+at)\s+)$", re.I)
_LOOSE_MIN_WORDS = 2
# Prepositions of place NEVER lacks, which open the phrase and are no name's ("parked
# outside hop valley brewing").
_PLACE_PREPOSITIONS = frozenset("outside behind past into across next over down up".split())
_BARE_PREPOSITION = re.compile(r"\b(?:at|to|from|into|in|outside|behind|past|near)\s+$", re.I)
LOOSE_RANK = 150  # a word more frequent than this is grammar, not a name ("all", "one")
# Grammar that a name said bare never holds: determiners, pronouns, prepositions, "and".
_GRAMMAR = frozenset("""the a an my your his her our their this that these those its and or
of in at on to from for with by near i you he she we they it me him us them""".split())
# Endings of nationalities: "the Italian restaurant", "the Jewish cemetery" say which kind.
_NATIONALITY = re.compile(r"(?:ish|ian|ese|ean)$")
# Heads a kind of place is named by as often as one place is ("the pool hall", "the elk
# lodge", "beauty school", "the steel mill"): before them a name-word is not enough, only
# a capital or a rare word.
_KINDS_OF_PLACE = re.compile(SHOPS + r"|middle|school|station|hall|lodge|park", re.I)
WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_MAX_WORDS = 3
ORDINARY_RANK = 5000  # a more frequent word is no place's name by itself ("old", "new")
NAME_WORD_RANK = 1500  # a name-word this frequent is a word first ("good", "young")
RARE_RANK = 20000  # a word rarer than this before any head is its name ("smithfield")
# Heads a service is named by too ("Fracture Clinic", "Memory Clinic", "Eye Hospital"):
# before them a capital is not enough, the word must be a name-word or rare.
_SERVICES = re.compile(r"clinic|hospital|medical\s+center|rehab|mission|college|"
                       r"university|academy", re.I)
# Endings of English adjectives, rare words that say what kind of place it is in lower-case
# speech, not which one.
_ADJECTIVE = re.compile(r"(?:ic|ical|ary|al|ous|ive|ist|ogy|ics|ed|ing|ian)$")
NEVER = frozenset("""
    the a an my your his her our their this that these those its el la los las le de del
    and or of in at on to from for with by near
    county state city town local public private general community regional memorial
    high middle elementary junior senior new old big little main north south east west
""".split())


def _name_or_rare(key: str) -> bool:
    """A name-word, a place or a word rarer than the ``ORDINARY_RANK`` most frequent:
    "eastside", "harmony"; not "online", "access", "crisis"."""
    return key in names() or key in places() \
        or common("en").get(key, RARE_RANK) >= ORDINARY_RANK


class PlaceHeadRecognizer(SpeechRecognizer):
    """LOCATION for a name and the head word after it that says it is a place."""

    ENTITIES = ["LOCATION"]

    def find(self, text: str) -> Iterator[RecognizerResult]:
        if self.supported_language != "en":
            return
        # "at club vibe on bourbon street", "the clinic on cesar chavez"
        yield from named_on_street(text, AddressRecognizer._EN_STREET, self.recognizer_name)
        # "lakeshore cardiology associates", "hays heart and vascular clinic"
        yield from named_practices(text, self.recognizer_name)
        # "castillo and sons roofing", "from local eleven eighty seven"
        yield from named_firms(text, "en", self.recognizer_name)
        # "northstar medical supply", "from cornerstone health plan", "summit rx"
        yield from named_suppliers(text, self.recognizer_name)
        for head in _HEAD.finditer(text):
            named = text[head.start():head.end()].strip()
            nature = bool(_NATURE_HEAD.fullmatch(named))
            park = bool(_PARK.fullmatch(named))
            rare_too = bool(_PLACE_ONLY.fullmatch(named)) or park
            capital_enough = not _SERVICES.fullmatch(named)
            start = self._name_start(text, head.start(), rare_too, capital_enough,
                                     names_too=not _KINDS_OF_PLACE.fullmatch(named))
            if _LOOSE.fullmatch(named):
                start = min(start if start is not None else head.start(),
                            self._loose_start(text, head.start()))
            if not nature and capital_enough and (start is None or start == head.start()):
                start = self._bare_start(text, head.start())
            if start is not None and start < head.start() and not (
                    nature and not self._listed_or_capital(text, start, head.start(),
                                                           uncommon_too=park)):
                yield result("LOCATION", start, head.end(), self.recognizer_name)
        for water in _WATER_FIRST.finditer(text):  # "in lake tahoe", "climbed mount rainier"
            key = fold(water.group(2))
            if key.endswith("s") and key[:-1] in common("en"):
                continue  # a plural: "mount brackets", "lake perch" aside
            if self._listed_or_capital(text, water.start(2), water.end(), uncommon_too=True):
                yield result("LOCATION", water.start(1), water.end(), self.recognizer_name)

    @staticmethod
    def _listed_or_capital(text: str, start: int, end: int, uncommon_too: bool = False) -> bool:
        """Is a word of the name written with a capital (not "I", not a day or a month), a
        listed place, a rare word, or a listed name that is no frequent word ("cedar"; not
        "kitchen", "dry")? With ``uncommon_too`` a word rarer than ``_UNCOMMON_RANK`` is
        enough ("yellowstone national park", "lake tahoe"). Never a superlative ("the
        busiest beach")."""
        for word in WORD.finditer(text, start, end):
            key = fold(word.group())
            if is_medical(text, word.start(), word.end(), key, "en") or key.endswith("est"):
                continue
            rank = common("en").get(key, RARE_RANK)
            if (word.group()[0].isupper() and key != "i" and key not in EN_MONTHS
                    and key not in EN_WEEKDAYS and not word.group().isupper()) \
                    or key in places() or rank >= RARE_RANK \
                    or (uncommon_too and rank >= _UNCOMMON_RANK) \
                    or (key in names() and rank >= ORDINARY_RANK):
                return True
        return False

    @staticmethod
    def _loose_start(text: str, end: int) -> int:
        """Where an ordinary-worded business name before a head starts, or ``end`` when
        nothing before it is one: its last words that are neither grammar, kinds of place
        nor clinical, joined by "and", after "the" or a preposition of place."""
        words = list(WORD.finditer(text, max(0, end - 60), end))[-_MAX_WORDS - 1:]
        start, last = end, end
        for word in reversed(words):
            key = fold(word.group())
            if text[word.end():last].strip(" ") or (key == "and" and start == end):
                break  # punctuation between, or "and" right before the head
            if key != "and" and not (key in NAMING_LEAD and start < end) and (
                    key in NEVER or key in KIND_WORDS or key in _PLACE_PREPOSITIONS
                    or key in clinical_acronyms()
                    or common("en").get(key, RARE_RANK) < LOOSE_RANK
                    or _ADJECTIVE.search(key) or key.endswith(("'s", "\u2019s"))
                    or is_medical(text, word.start(), word.end(), key, "en")):
                break
            start = last = word.start()
        words_in = text[start:end].split()
        if start < end and fold(words_in[0]) == "and":
            return end
        # one ordinary word names a kind more often than a place: "the poultry plant",
        # "the pool hall", "the italian restaurant"; two are a name ("cedar ridge"), and so
        # is one said with no article after a preposition ("i go to access community
        # health", "she's at eastside behavioral health"): a kind would take "the"
        if len(words_in) < _LOOSE_MIN_WORDS and not (
                words_in and _BARE_PREPOSITION.search(text, 0, start)
                and _name_or_rare(fold(words_in[0]))):
            return end
        return start if _ANCHOR.search(text, 0, start) else end

    @staticmethod
    def _bare_start(text: str, end: int) -> int | None:
        """Where a name said with no article between a preposition and its head starts:
        "i work at golden years care center", "she goes to access community health center".
        An English place of a kind takes "the" ("at the care center"); said bare after
        "at" or "to", the words are a name, however ordinary. Its first word is no kind,
        adjective, grammar or clinical word ("at urgent care center", "to physical therapy
        center", "in community center" name none), and the head no service, which is named
        by what it does without an article ("seen at fracture clinic", "at pain clinic")."""
        words = list(WORD.finditer(text, max(0, end - 60), end))[-_MAX_WORDS:]
        start, last = None, end
        for word in reversed(words):
            key = fold(word.group())
            if text[word.end():last].strip(" ") or key in _GRAMMAR \
                    or key in clinical_acronyms() \
                    or is_medical(text, word.start(), word.end(), key, "en"):
                break
            start = last = word.start()
        if start is None or not _BARE_PREPOSITION.search(text, 0, start):
            return None
        first = fold(text[start:end].split()[0])
        if first in NEVER or first in KIND_WORDS or _ADJECTIVE.search(first) \
                or first.endswith(("'s", "\u2019s")) \
                or common("en").get(first, RARE_RANK) < LOOSE_RANK:
            return None
        return start

    def _name_start(self, text: str, end: int, rare_too: bool, capital_enough: bool,
                    names_too: bool = True) -> int | None:
        """Where the name before a head word starts (its last words that look like a
        name, up to ``_MAX_WORDS``), or None when the word before names nothing."""
        words = list(WORD.finditer(text, max(0, end - 60), end))
        start = None
        for word in reversed(words[-_MAX_WORDS:]):
            if text[word.end():end if start is None else start].strip(" "):
                break  # punctuation between: not one name
            if not (self._name_like(text, word, rare_too, capital_enough, names_too)
                    or (start is not None and fold(word.group()) in NAMING_LEAD)):
                break
            start = word.start()
        return start

    def _name_like(self, text: str, word: re.Match[str], rare_too: bool,
                   capital_enough: bool, names_too: bool = True) -> bool:
        value = word.group()
        key = fold(value)
        if key in NEVER or key in KIND_WORDS or key in SPECIALTIES or key in clinical_acronyms() \
                or is_medical(text, word.start(), word.end(), key, "en"):
            return False  # ("medicine" is a surname too)
        if _NATIONALITY.search(key) and key not in names():
            return False  # "the Italian restaurant", "the Jewish cemetery": which kind
        before = text[:word.start()].rstrip()
        if capital_enough and value[0].isupper() and before and before[-1] not in ".!?":
            return True  # written: a capital not only because a sentence starts
        if _ADJECTIVE.search(key):  # "the orthopedic clinic", "a veterinary hospital"
            return False
        rank = common("en").get(key, RARE_RANK)
        return (names_too and key in names() and rank >= NAME_WORD_RANK) \
            or (rare_too and rank >= ORDINARY_RANK) or rank >= RARE_RANK
