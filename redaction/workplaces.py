"""Where someone works or calls from, named after its cue: "he works at Sunrise
Poultry", "i'm calling from riverside dialysis center", "my supervisor at midwest poultry
processing", "the employer is castillo roofing".

Why: an employer names a patient as surely as a town, and said in lower case its name is
ordinary words ("sunrise", "golden years") that only the cue of work marks as a name. Split
from ``place_heads``, whose thresholds and word sets it shares.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.acronyms import clinical_acronyms
from redaction.medical import is_medical, is_medical_alone
from redaction.place_head_words import HEADS
from redaction.place_heads import (  # the thresholds that place heads and workplaces share
    LOOSE_RANK,
    NAME_WORD_RANK,
    NEVER,
    ORDINARY_RANK,
    RARE_RANK,
    WORD,
)
from redaction.recognizers import SpeechRecognizer, result
from redaction.teams import named_teams
from redaction.wordlists import common, fold, names

# Where someone works or calls from, named after its cue: "he works at Sunrise Poultry",
# "i'm calling from riverside dialysis center", "she cleans rooms at the Marriott".
# "for" only after a verb of work: "i'm here for jardiance", "calling for her refill" name
# a medicine or an errand, not a place.
# Who someone works as, said before for whom: "i am taxi driver for ocean parkway car
# service", "a cashier at sunrise market".
# Who someone works with or under, and what they do there: "my supervisor at midwest
# poultry processing", "i pack boxes at northstar fulfillment", "i do the overnight at".
_AROUND = (r"technician|operator|supervisor|manager|boss|foreman|forewoman|coworkers?|co-workers?|"
           r"pack|packs|packed|overnights?|graveyard")
_OCCUPATIONS = (r"driver|aide|cashier|cook|clerk|cleaner|mechanic|dispatcher|housekeeper|"
                r"caregiver|nanny|waitress|waiter|bartender|receptionist|guard|welder|roofer|"
                r"painter|picker|packer|loader|stocker|dishwasher|janitor|custodian|"
                r"landscaper|laborer|labourer|electrician|plumber|carpenter|trucker|"
                r"secretary|teller|" + _AROUND)
_AROUND_WORK = re.compile(rf"\b(?:{_AROUND})\b", re.I)
_WORK_CUE = re.compile(r"\b(?:(?:works?|worked|working|employed|shifts?|job|"
                       r"(?:clean|cleans|cleaned)\s+\w+|"
                       # work said by what is done: "she does payroll for sterling", "he
                       # mows lawns for evergreen pros", "drives a truck for swift"
                       r"(?:do|does|did|doing)\s+(?:the\s+)?(?:payroll|billing|books|"
                       r"bookkeeping|accounting|deliveries|security|maintenance|housekeeping|"
                       r"landscaping|cleaning|inventory|shipping|intake|hair|nails)|"
                       r"(?:mow|mows|mowed|mowing)\s+(?:lawns|yards|grass)|"
                       r"(?:drive|drives|drove|driving)\s+(?:a\s+|the\s+)?(?:truck|bus|cab|"
                       r"taxi|van|forklift|rig|semi|tow\s+truck|school\s+bus)|"
                       # who someone works as, then for whom: "i am taxi driver for ocean
                       # parkway car service", "she's a cashier at"
                       rf"{_OCCUPATIONS})\s+"
                       r"(?:\w+\s+){0,3}?(?:at|for|from)|desk\s+at|"
                       # "the employer is castillo roofing", "my work is quickship fulfillment"
                       r"(?:employer|company|workplace|insurer|carrier|my\s+work|my\s+job)\s+"
                       r"(?:is|was)|(?:(?:i'm\s+|i\s+am\s+)?calling|"
                       r"i'm\s+\w+|i\s+am\s+\w+|this\s+is\s+\w+)\s+from)\s+(?:the\s+)?",
                       re.I)
# Work said by what is done, which is done for people as often as for a firm; what says
# for whom, when or how instead: "does hair for prom", "drives a van for hospice patients".
_BY_WHAT_IS_DONE = re.compile(r"(?:do|does|did|doing|mow|mows|mowed|mowing|drive|drives|"
                              r"drove|driving)\s", re.I)
_A_KIND = re.compile(HEADS, re.I)
_NOT_FIRMS = frozenset("""christmas easter thanksgiving halloween prom graduation homecoming
holidays summer winter spring fall weekends cheap free cash money fun extra less more
telehealth telemedicine detox""".split())


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
# Times a list after "and" names, never a firm's word: "costco and mondays".
_NOT_JOINED = frozenset("""monday mondays tuesday tuesdays wednesday wednesdays thursday
thursdays friday fridays saturday saturdays sunday sundays weekend weekends weekday weekdays
nights night days mornings evenings holidays summers winters i he she they we you""".split())
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
            # after who someone works with or what they do there ("my boss at", "i pack
            # boxes at") a business's head must end it too: "my boss at christmas", "the
            # manager at orientation" name none (review RV35)
            if _BY_WHAT_IS_DONE.match(cue.group()) and _whom(text, cue.end()):
                continue  # "she does hair for weddings", "drives a van for hospice": whom
            end = self._name_end(text, cue.end(),
                                 head_needed=cue.group().rstrip().endswith(("is", "was"))
                                 or _AROUND_WORK.search(cue.group()) is not None)
            if end is not None:
                yield result("LOCATION", cue.end(), end, self.recognizer_name)

    def _name_end(self, text: str, start: int, head_needed: bool = False) -> int | None:
        """Where the workplace's name after a cue ends: its words written with capitals, or
        said in lower case as name-words, rare words and a business's head ("sunrise
        poultry"); None when what follows names nothing ("at home", "for the county")."""
        end, named, last, count = None, False, start, 0
        head_end: int | None = None
        for word in WORD.finditer(text, start):
            if count >= _MAX_BUSINESS_WORDS or text[last:word.start()].strip():
                break
            value, key = word.group(), fold(word.group())
            if key == "and" and end is not None and self._joins(text, word.end()):
                last = word.end()  # "fuentes tire and lube", "harbor heating and air"
                continue
            count += 1
            head = bool(_BUSINESS.match(key))  # "dialysis" is a business's word here
            if key in NEVER or key in clinical_acronyms() or (
                    not head and is_medical_alone(key, "en")):
                break  # judged alone: after a cue of work, "at night" ends a shift, not a
                # medicine's dose ("i clean offices for brightway at night")
            rank = common("en").get(key, RARE_RANK)
            if value[0].isupper() or (not head and (
                    (key in names() and rank >= NAME_WORD_RANK) or rank >= ORDINARY_RANK)):
                named = True
            elif not head and not (rank >= (NAME_WORD_RANK if end is None else LOOSE_RANK)
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
        following = WORD.match(text, position + 1)
        if following is None:
            return False
        value, key = following.group(), fold(following.group())
        if key in NEVER or key in clinical_acronyms() or key in _NOT_JOINED \
                or key.endswith(("ing", "'m", "'s", "'re", "'ll")) \
                or is_medical(text, following.start(), following.end(), key, "en"):
            return False  # "walmart and tuesdays", "the warehouse and lifting" (RV35)
        return bool(_BUSINESS.match(key)) or (value[0].isupper() and key != "dr") \
            or common("en").get(key, RARE_RANK) >= RARE_RANK

    @staticmethod
    def _next(text: str, position: int) -> str:
        following = WORD.search(text, position)
        return fold(following.group()) if following else ""


def _whom(text: str, position: int) -> bool:
    """Does the word at ``position`` say for whom, when or how, not for which firm: an
    ordinary word's plural ("weddings", "seniors"), a kind of place ("hospice", "church"),
    a clinical word ("chemo", "detox"), an occasion or a price ("prom", "cheap")?"""
    word = WORD.match(text, position)
    key = fold(word.group()) if word else ""
    return (key.endswith("s") and key in common("en")) or _A_KIND.fullmatch(key) is not None \
        or key in _NOT_FIRMS or is_medical_alone(key, "en")
