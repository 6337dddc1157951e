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
rarer than the ``_ORDINARY_RANK`` most frequent, none medical. "The county", "a good
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
from redaction.teams import named_teams
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
_ANCHOR = re.compile(r"(?:\b(?:the|at|to|from|in|into|near|by|behind|past|outside|"
                     r"across\s+from|next\s+to|over\s+at|down\s+at|up\s+at)\s+)$", re.I)
_LOOSE_MIN_WORDS = 2
# Prepositions of place _NEVER lacks, which open the phrase and are no name's ("parked
# outside hop valley brewing").
_PLACE_PREPOSITIONS = frozenset("outside behind past into across next over down up".split())
_BARE_PREPOSITION = re.compile(r"\b(?:at|to|from|into|in|outside|behind|past|near)\s+$", re.I)
_LOOSE_RANK = 150  # a word more frequent than this is grammar, not a name ("all", "one")
# Endings of nationalities: "the Italian restaurant", "the Jewish cemetery" say which kind.
_NATIONALITY = re.compile(r"(?:ish|ian|ese|ean)$")
# Heads a kind of place is named by as often as one place is ("the pool hall", "the elk
# lodge", "beauty school", "the steel mill"): before them a name-word is not enough, only
# a capital or a rare word.
_KINDS_OF_PLACE = re.compile(SHOPS + r"|middle|school|station|hall|lodge|park", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_MAX_WORDS = 3
_ORDINARY_RANK = 5000  # a more frequent word is no place's name by itself ("old", "new")
_NAME_WORD_RANK = 1500  # a name-word this frequent is a word first ("good", "young")
_RARE_RANK = 20000  # a word rarer than this before any head is its name ("smithfield")
# Heads a service is named by too ("Fracture Clinic", "Memory Clinic", "Eye Hospital"):
# before them a capital is not enough, the word must be a name-word or rare.
_SERVICES = re.compile(r"clinic|hospital|medical\s+center|rehab|mission|college|"
                       r"university|academy", re.I)
# Endings of English adjectives, rare words that say what kind of place it is in lower-case
# speech, not which one.
_ADJECTIVE = re.compile(r"(?:ic|ical|ary|al|ous|ive|ist|ogy|ics|ed|ing|ian)$")
_NEVER = frozenset("""
    the a an my your his her our their this that these those its el la los las le de del
    and or of in at on to from for with by near
    county state city town local public private general community regional memorial
    high middle elementary junior senior new old big little main north south east west
""".split())


def _name_or_rare(key: str) -> bool:
    """A name-word, a place or a word rarer than the ``_ORDINARY_RANK`` most frequent:
    "eastside", "harmony"; not "online", "access", "crisis"."""
    return key in names() or key in places() \
        or common("en").get(key, _RARE_RANK) >= _ORDINARY_RANK


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
        for word in _WORD.finditer(text, start, end):
            key = fold(word.group())
            if is_medical(text, word.start(), word.end(), key, "en") or key.endswith("est"):
                continue
            rank = common("en").get(key, _RARE_RANK)
            if (word.group()[0].isupper() and key != "i" and key not in EN_MONTHS
                    and key not in EN_WEEKDAYS and not word.group().isupper()) \
                    or key in places() or rank >= _RARE_RANK \
                    or (uncommon_too and rank >= _UNCOMMON_RANK) \
                    or (key in names() and rank >= _ORDINARY_RANK):
                return True
        return False

    @staticmethod
    def _loose_start(text: str, end: int) -> int:
        """Where an ordinary-worded business name before a head starts, or ``end`` when
        nothing before it is one: its last words that are neither grammar, kinds of place
        nor clinical, joined by "and", after "the" or a preposition of place."""
        words = list(_WORD.finditer(text, max(0, end - 60), end))[-_MAX_WORDS - 1:]
        start, last = end, end
        for word in reversed(words):
            key = fold(word.group())
            if text[word.end():last].strip(" ") or (key == "and" and start == end):
                break  # punctuation between, or "and" right before the head
            if key != "and" and not (key in NAMING_LEAD and start < end) and (
                    key in _NEVER or key in KIND_WORDS or key in _PLACE_PREPOSITIONS
                    or key in clinical_acronyms()
                    or common("en").get(key, _RARE_RANK) < _LOOSE_RANK
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

    def _name_start(self, text: str, end: int, rare_too: bool, capital_enough: bool,
                    names_too: bool = True) -> int | None:
        """Where the name before a head word starts (its last words that look like a
        name, up to ``_MAX_WORDS``), or None when the word before names nothing."""
        words = list(_WORD.finditer(text, max(0, end - 60), end))
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
        if key in _NEVER or key in KIND_WORDS or key in SPECIALTIES or key in clinical_acronyms() \
                or is_medical(text, word.start(), word.end(), key, "en"):
            return False  # ("medicine" is a surname too)
        if _NATIONALITY.search(key) and key not in names():
            return False  # "the Italian restaurant", "the Jewish cemetery": which kind
        before = text[:word.start()].rstrip()
        if capital_enough and value[0].isupper() and before and before[-1] not in ".!?":
            return True  # written: a capital not only because a sentence starts
        if _ADJECTIVE.search(key):  # "the orthopedic clinic", "a veterinary hospital"
            return False
        rank = common("en").get(key, _RARE_RANK)
        return (names_too and key in names() and rank >= _NAME_WORD_RANK) \
            or (rare_too and rank >= _ORDINARY_RANK) or rank >= _RARE_RANK


# Where someone works or calls from, named after its cue: "he works at Sunrise Poultry",
# "i'm calling from riverside dialysis center", "she cleans rooms at the Marriott".
# "for" only after a verb of work: "i'm here for jardiance", "calling for her refill" name
# a medicine or an errand, not a place.
# Who someone works as, said before for whom: "i am taxi driver for ocean parkway car
# service", "a cashier at sunrise market".
_OCCUPATIONS = (r"driver|aide|cashier|cook|clerk|cleaner|mechanic|dispatcher|housekeeper|"
                r"caregiver|nanny|waitress|waiter|bartender|receptionist|guard|welder|roofer|"
                r"painter|picker|packer|loader|stocker|dishwasher|janitor|custodian|"
                r"landscaper|laborer|labourer|electrician|plumber|carpenter|trucker|"
                r"technician|operator|secretary|teller|"
                # who someone works with or under: "my supervisor at midwest poultry"
                r"supervisor|manager|boss|foreman|forewoman|coworkers?|co-workers?|"
                # what someone does there: "i pack boxes at", "i do the overnight at"
                r"pack|packs|packed|overnights?|graveyard")
_WORK_CUE = re.compile(r"\b(?:(?:works?|worked|working|employed|shifts?|job|"
                       r"(?:clean|cleans|cleaned)\s+\w+|"
                       # who someone works as, then for whom: "i am taxi driver for ocean
                       # parkway car service", "she's a cashier at"
                       rf"{_OCCUPATIONS})\s+"
                       r"(?:\w+\s+){0,3}?(?:at|for|from)|desk\s+at|"
                       # "the employer is castillo roofing", "my work is quickship fulfillment"
                       r"(?:employer|company|workplace|insurer|carrier|my\s+work|my\s+job)\s+"
                       r"(?:is|was)|(?:(?:i'm\s+|i\s+am\s+)?calling|"
                       r"i'm\s+\w+|i\s+am\s+\w+|this\s+is\s+\w+)\s+from)\s+(?:the\s+)?",
                       re.I)
# ("this is grace from walgreens", "i'm calling from": one word before "from"; "this is
# the rash i got from amoxicillin" names a medicine)
_BUSINESS = re.compile(r"(?:poultry|foods?|farms?|inc|llc|co|company|industries|health|"
                       r"home\s+health|services|logistics|transport(?:ation)?|construction|"
                       r"manufacturing|motors|market|bakery|dialysis|center|centre|clinic|"
                       r"pharmacy|plant|factory|warehouse|hotel|inn|motel|restaurant|diner|"
                       r"cafe|store|stores|supermarket|packing|cannery|nursery|landscaping|"
                       r"cleaning|roofing|plumbing|trucking|lumber|mill|mine|casino|life|"
                       r"insurance|counseling|club|prep|academy|fulfillment|staffing|"
                       r"solutions|group|partners|agency|bank|service|janitorial|daycare|"
                       r"academy|preschool|maids|cleaners|movers|builders|contractors|"
                       r"landscapers|painters|plumbers|roofers|electricians|"
                       # where work is done, no name alone: "a mechanic at the dealership"
                       r"dealership|depot|yard|garage|office|shop|airport|mall|salon|"
                       r"kitchen|laundry|site|grill|table|trails|adventures|tours|"
                       r"fellowship|"
                       # trades a firm is named for: "midwest poultry processing", "tri
                       # county cold storage", "fuentes tire and lube"
                       r"processing|storage|distribution|distributors?|supply|supplies|"
                       r"packaging|printing|machining|fabrication|welding|electric|heating|"
                       r"cooling|lube|glass|paving|concrete|excavating|towing|freight|"
                       r"express|delivery|courier|moving|recycling|salvage|repair|auto|"
                       r"nails|spa|barbershop|grocery|grocer|meats|produce|seafood|catering|"
                       r"pizza|tacos|taqueria|tavern|lounge|pub|brewing|brewery|winery|"
                       r"vineyards?|orchards?|ranch|greenhouses?|lawn|pest|security|laundromat|"
                       r"cleaners|upholstery|flooring|drywall|framing|masonry|hvac)$", re.I)
_MAX_BUSINESS_WORDS = 4
# A place of a trip or of care named after what it is: "the caterer was lowcountry table",
# "the hotel was the sandpiper", "the daycare is called sunshine kids". Its name need not
# end in a business's head; ordinary words ("the hotel was nice") name none, as after any
# other cue.
_NAMED_AS = re.compile(r"\b(?:the|my|our|his|her|their)\s+(?:[^\W\d_]+\s+)?(?:caterer|"
                       r"restaurant|hotel|"
                       r"motel|resort|hostel|daycare|day\s+care|camp|tour\s+company|"
                       r"tour\s+operator|outfit|outfitter|agency|airline|cruise\s+line|"
                       r"shelter|church|lab|travel\s+agent|travel\s+agency)"
                       r"\s+(?:is|was)(?:\s+called)?\s+(?:the\s+)?", re.I)
_NAME_SAID = re.compile(r"\b(?:called|the)\s+$", re.I)
_NOT_A_NAME_AFTER_THE = re.compile(r"[^\W\d_]*(?:est|ed|y|able|ive|al|ous|ful|less)\b|"
                                   r"(?:best|worst|same|only|first|last|one|other|main|"
                                   r"real|right|wrong|problem|reason|place|thing|kind)\b",
                                   re.I)


class WorkplaceRecognizer(SpeechRecognizer):
    """LOCATION for the place named after a cue of work or of calling from."""

    ENTITIES = ["LOCATION"]

    def find(self, text: str) -> Iterator[RecognizerResult]:
        if self.supported_language != "en":
            return
        for team_start, team_end in named_teams(text, "en"):  # "plays for the cedar hill hornets"
            yield result("LOCATION", team_start, team_end, self.recognizer_name)
        for cue in _NAMED_AS.finditer(text):  # "the caterer was lowcountry table"
            # a business's head must end it, as after "the employer is" ("the hotel was
            # lovely", "our lab was neutered"), unless "called" or "the" says a name comes
            # ("the hotel was the sandpiper"), and not a superlative or an adjective after
            # "the" ("the restaurant was the cheapest"): review RV28
            named = bool(_NAME_SAID.search(cue.group()))
            if named and _NOT_A_NAME_AFTER_THE.match(text, cue.end()):
                continue
            end = self._name_end(text, cue.end(), head_needed=not named)
            if end is not None:
                yield result("LOCATION", cue.end(), end, self.recognizer_name)
        for cue in _WORK_CUE.finditer(text):
            # "the employer is castillo roofing": after "is", a business's head must end
            # it ("my job is bartending", "the insurer is Medicaid" name none)
            end = self._name_end(text, cue.end(),
                                 head_needed=cue.group().rstrip().endswith(("is", "was")))
            if end is not None:
                yield result("LOCATION", cue.end(), end, self.recognizer_name)

    def _name_end(self, text: str, start: int, head_needed: bool = False) -> int | None:
        """Where the workplace's name after a cue ends: its words written with capitals, or
        said in lower case as name-words, rare words and a business's head ("sunrise
        poultry"); None when what follows names nothing ("at home", "for the county")."""
        end, named, last, count = None, False, start, 0
        head_end: int | None = None
        for word in _WORD.finditer(text, start):
            if count >= _MAX_BUSINESS_WORDS or text[last:word.start()].strip():
                break
            value, key = word.group(), fold(word.group())
            if key == "and" and end is not None and self._joins(text, word.end()):
                last = word.end()  # "fuentes tire and lube", "harbor heating and air"
                continue
            count += 1
            head = bool(_BUSINESS.match(key))  # "dialysis" is a business's word here
            if key in _NEVER or key in clinical_acronyms() or (
                    not head and is_medical(text, word.start(), word.end(), key, "en")):
                break
            rank = common("en").get(key, _RARE_RANK)
            if value[0].isupper() or (not head and (
                    (key in names() and rank >= _NAME_WORD_RANK) or rank >= _ORDINARY_RANK)):
                named = True
            elif not head and not (rank >= (_NAME_WORD_RANK if end is None else _LOOSE_RANK)
                                   and _BUSINESS.match(self._next(text, word.end()))):
                break  # "sunrise" (a word) before "poultry" (a head) is a name too, and so
                # is "country" after a name's word: "hill country counseling"
            end = last = word.end()
            head_end = end if head else head_end
        if head_needed:  # up to its last head: "quickship fulfillment", not "... badge"
            end = head_end
        return end if named else None

    def _joins(self, text: str, position: int) -> bool:
        """Does the word after an "and" inside a name go on with the name: a capital, a
        business's head, a name-word or a rare word, none of them grammar or clinical
        ("tire and lube"; not "... and i", "... and back pain")?"""
        following = _WORD.match(text, position + 1)
        if following is None:
            return False
        value, key = following.group(), fold(following.group())
        if key in _NEVER or key in clinical_acronyms() \
                or is_medical(text, following.start(), following.end(), key, "en"):
            return False
        rank = common("en").get(key, _RARE_RANK)
        return value[0].isupper() or bool(_BUSINESS.match(key)) or rank >= _ORDINARY_RANK \
            or (key in names() and rank >= _NAME_WORD_RANK)

    @staticmethod
    def _next(text: str, position: int) -> str:
        following = _WORD.search(text, position)
        return fold(following.group()) if following else ""
