"""Practices, clinics, churches and firms English names by a name, then what they do, then
what they are: "Lakeshore Cardiology Associates", "the paper from hays heart and vascular
clinic", "dothan digestive center", "Greater Mount Olive Missionary Baptist Church",
"walden drug", "keystone mutual".

Why: a letter, a label or a bill names the practice, pharmacy or payer that holds a
patient's record, and outside writers mark it as a place or an organisation. The head word
("clinic", "associates", "church") says one is named, but between it and the name stand
words of what is done there ("cardiology", "heart and vascular", "missionary baptist"),
which are clinical or ordinary: ``place_heads`` reads a name only right before its head,
and stops at a clinical word. Here those words are passed over, and the name before them
decides, as ``place_heads`` judges a name: written with a capital (not only because a
sentence starts), or said as a place, a name-word or a rare word. "The cardiology
associates", "my family medicine clinic", "a heart and vascular center" name none and
stay. A name's own first word may be one of the ordinary words names start with ("Little
Saigon", "Good Shepherd", "Greater Mount Olive").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.acronyms import clinical_acronyms
from redaction.medical import is_medical
from redaction.recognizers import result
from redaction.wordlists import common, fold, names, places

# What a practice, church or firm is, said last in its name.
_HEADS = frozenset("""clinic clinics center centre centers associates group partners
specialists practice institute hospital pharmacy drug drugs apothecary mission church
chapel tabernacle ministries fellowship labs lab laboratory laboratories diagnostics
mutual daycare preschool montessori""".split())
# Heads no other recognizer reads, after which a name alone is enough: "walden drug",
# "keystone mutual", "the Okafor Group" ("clinic", "church" are ``place_heads``'s).
_NAME_ENOUGH = frozenset("""associates group partners specialists drug drugs apothecary
mutual laboratory laboratories diagnostics ministries fellowship tabernacle daycare
preschool montessori""".split())  # "little acorns daycare"
# A field a practice is named by with no head after it: "Lakeview Pediatrics", "Riverside
# Orthopedics", "Eastside Allergy and Asthma" (asthma only so, after "allergy and"); a
# firm's trade: "Brightline Logistics". A name before them is enough, judged strictly.
_FIELDS = frozenset("""pediatrics orthopedics orthopaedics dermatology cardiology urology
neurology oncology gastroenterology endocrinology rheumatology podiatry dentistry asthma
logistics staffing counseling wellness""".split())  # "crescent counseling"
# What is done there, or for whom, said between the name and the head: a clinic's
# specialties (no name's words: "medicine" is a surname too), and a church's or firm's kind.
SPECIALTIES = frozenset("""cardiology cardiac heart vascular cardiovascular digestive
gastroenterology gi internal medicine family community health healthcare medical women's
womens women children's childrens pediatric pediatrics orthopedic orthopedics orthopaedic
sports spine bone joint surgical surgery surgeons eye vision skin dermatology kidney renal
cancer oncology hematology neurology neuro brain behavioral mental urgent care primary
foot ankle ear nose throat allergy asthma lung pulmonary sleep wound diabetes endocrine
endocrinology urology rheumatology imaging radiology diagnostic dental rehab
rehabilitation physical therapy wellness recovery counseling compounding specialty
clinical pathology fertility reproductive maternal fetal hearing speech retina cosmetic
plastic vein veins anesthesia anesthesiology hospitalist podiatry bariatric lymphedema
palliative hospice pain memory""".split())
_WHAT_IT_DOES = SPECIALTIES | frozenset("""rescue missionary baptist methodist lutheran
presbyterian episcopal catholic pentecostal evangelical apostolic christian bible gospel
legal immigrant insurance life and &""".split())
# Ordinary words a name may start with: "Holy Cross", "Good Shepherd", "Greater Mount
# Olive" (they make a name of the next word, however ordinary), and "Little Saigon", "New
# Hope", "North Shore" (said after "the", "a", "my", they are adjectives: "the new Pinecrest
# Group"; only written with a capital are they then the name's).
_NAMING_OPENERS = frozenset("""holy good blessed great greater mount mt saint st san santa
sacred""".split())
_NAME_OPENERS = _NAMING_OPENERS | frozenset("""little new old first second third north south
east west upper lower big""".split())
# Parts of a building or a campus, not a name's words: "the second floor family clinic".
_PARTS_OF_A_BUILDING = frozenset("""floor level wing campus side tower building annex unit
patient patients suite basement lobby""".split())
_DETERMINER = re.compile(r"\b(?:the|a|an|my|your|his|her|our|their|this|that)\s+$", re.I)
# Words that are no name, whatever a list says.
_NEVER = frozenset("""the a an my your his her our their this that these those its and or
of in at on to from for with by near says said say paper letter card label bottle""".split())
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019.&-][^\W\d_]+)*|&")
_MAX_NAME_WORDS = 3
# A preposition right before a name with no article: "at good neighbor pharmacy", "from
# open door community pantry". An institution's or firm's head is a countable noun, which
# English says after a preposition only with an article ("at the pharmacy") unless a name
# stands before it; so here ordinary words make the name.
_BARE_CUES = frozenset("at from for with to by behind outside near past".split())
# Only heads that are singular countable nouns: a mass noun or a plural is said bare
# ("to soft foods", "for residential plumbing", "to support group", "with partners"). Not
# "clinic", "hospital", "center": a speaker who drops articles names kinds of them bare
# ("to psych hospital", "at fast track clinic", "to weight loss center": review RV25).
_BARE_HEADS = frozenset("""pharmacy church chapel daycare preschool pantry lutheran baptist
methodist presbyterian episcopal pentecostal adventist""".split())  # "from good shepherd lutheran"
# A firm's last word, said bare as a mass noun or a plural ("to soft foods", "for
# residential plumbing", "with partners"), but after a name of two ordinary words the firm:
# "at harvest table foods", "outside hollister precision plastics". After one word only
# where the head is rarely said of a kind ("from hometown drug", "at cornerstone
# orthopedics", "at passport health"), not "bland foods", "illicit drugs", "respite
# services", "cpap supplies" (review RV27); after two plain words of any rank where the
# head is a trade ("for red river freight", "big sky trucking"); after one beside a word
# of what is done there: "at refugee family services".
_BARE_FIRM_HEADS = frozenset("""foods freight plastics services partners supply supplies
logistics staffing trucking roofing construction landscaping industries enterprises
outfitters catering caterers tours interpreting growers grocer grocers orthopedics
pediatrics drug drugs company health distributors""".split())
_ONE_WORD_FIRM_HEADS = frozenset("""drug health orthopedics grocer staffing logistics
freight plastics catering distributors""".split())
_TRADES = frozenset("""freight trucking logistics staffing plastics catering roofing
landscaping distributors""".split())
# English adjective endings: "for residential plumbing", "commercial roofing" (also
# ``english_firms_es``)
ADJECTIVE_ENDING = re.compile(r"(?:ic|ical|ary|al|ous|ive|ed|ing|ly)$")
# Words that say what kind of place it is, not which: "from mail order pharmacy", said by
# one who drops the article, names none.
_KIND_WORDS = frozenset("""senior day call shopping rec recreation general county state city
town village local main student staff walk public private night weekend
outpatient inpatient animal pet food blood high low risk long term short acute online mail
order internet retail grocery store ambulance interpreter interpreting respite ostomy cpap
seafood gluten dairy medical diabetic home adolescent greasy salty fatty starchy spicy
sugary oily bland crunchy junk fast comfort whole raw frozen canned illicit street
recreational""".split())
_MAX_BARE_WORDS = 4  # "grace and mercy free pantry"
_BARE_RANK = 1000  # one word must be rarer than this: "to new church", "at good pharmacy"
_MAX_WHAT_IT_DOES = 5
_MAX_OPENERS = 2  # "Greater Mount Olive"
_ORDINARY_RANK = 5000  # a more frequent word is no name by itself ("old", "new")
_NAME_WORD_RANK = 1500  # a place this frequent is a word first ("union", "normal")
_GRAMMAR_RANK = 150  # a more frequent word is grammar ("all", "one")
_STRICT_RANK = 10000  # a name-word this frequent is a word too ("grief", "hope")


# A church's care named by its denomination alone: "the methodist hospital", "baptist
# health", "adventist medical center". Every town's one of them is a name ("Methodist
# Hospital"), not a kind; a church by its denomination alone ("the methodist church")
# stays: that says what someone believes, and so does "a methodist hospital" (a kind).
_DENOMINATIONAL_CARE = re.compile(
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bany\s)(?<!\bone\s)(?<!\bsome\s)(?<!\bevery\s)"
    r"\b(?:methodist|baptist|presbyterian|adventist|lutheran|episcopal|mennonite)\s+"
    r"(?:hospital|medical\s+cent(?:er|re)|health(?:\s+system)?|healthcare|clinic|hospice)\b",
    re.I)


def named_practices(text: str, recognizer_name: str) -> Iterator[RecognizerResult]:
    """LOCATION for each name, what-it-does words and head, in English text."""
    for care in _DENOMINATIONAL_CARE.finditer(text):
        yield result("LOCATION", care.start(), care.end(), recognizer_name)
    words = list(_WORD.finditer(text))
    for index, word in enumerate(words):
        key = fold(word.group())
        # "pantry", "freight": bare heads no other head list holds
        bare = key in _BARE_HEADS or key in _BARE_FIRM_HEADS
        firm = key if key in _BARE_FIRM_HEADS else ""
        if key not in _HEADS and key not in _FIELDS:
            if bare:
                start = _bare_name_start(text, words, index, firm=firm)
                if start is not None:
                    yield result("LOCATION", start, word.end(), recognizer_name)
            continue
        inner = index
        while inner > 0 and index - inner < _MAX_WHAT_IT_DOES \
                and _joined(text, words[inner - 1], words[inner]) \
                and _what_it_does(text, words[inner - 1]):
            inner -= 1
        start = None
        if not ((inner == index and key not in _NAME_ENOUGH and key not in _FIELDS)
                or _key(words[inner]) in ("and", "&")
                or (key == "asthma" and _key(words[inner]) != "allergy")):
            # ("hays clinic" is ``place_heads``'s; "and" opens no name)
            start = _name_start(text, words, inner, strict=inner == index)
        if start is None and bare:
            start = _bare_name_start(text, words, inner, firm=firm)
        if start is not None:
            yield result("LOCATION", start, word.end(), recognizer_name)


def _bare_name_start(text: str, words: list[re.Match[str]], inner: int,
                     firm: str = "") -> int | None:
    """Where a name of ordinary words starts after a preposition with no article ("at
    good neighbor pharmacy"), or None. Before a firm's word ``firm`` (``_BARE_FIRM_HEADS``)
    the name needs two words, or one that is no frequent word nor an adjective where the
    head is rarely said of a kind."""
    position = inner
    while position > 0 and inner - position < _MAX_BARE_WORDS \
            and _joined(text, words[position - 1], words[position]) \
            and _key(words[position - 1]) not in _BARE_CUES \
            and (_plain_word(text, words[position - 1])
                 or _key(words[position - 1]) in _NAME_OPENERS
                 or _key(words[position - 1]) in _WHAT_IT_DOES):
        position -= 1
    name = [_key(word) for word in words[position:inner]]
    named = [key for key in name if key not in _WHAT_IT_DOES and key not in _NAME_OPENERS]
    if not name or name[0] in _WHAT_IT_DOES or position == 0 \
            or not _joined(text, words[position - 1], words[position]) \
            or _key(words[position - 1]) not in _BARE_CUES \
            or any(key in _KIND_WORDS for key in name) \
            or not named \
            or (max(common("en").get(key, _BARE_RANK) for key in named) < _BARE_RANK
                and not (firm in _TRADES and len(named) >= 2)):
        return None
    naming = [key for key in named if not ADJECTIVE_ENDING.search(key)]
    if firm and not ((len(named) >= 2 and naming) or (
            (firm in _ONE_WORD_FIRM_HEADS or len(name) >= 2) and naming
            and common("en").get(naming[0], _ORDINARY_RANK) >= _ORDINARY_RANK)):
        return None  # "central valley legal services"; not "residential plumbing company"
    return words[position].start()


def _what_it_does(text: str, word: re.Match[str]) -> bool:
    """A specialty or kind word, or a condition a practice treats ("hypertension")."""
    key = _key(word)
    return key in _WHAT_IT_DOES or is_medical(text, word.start(), word.end(), key, "en")


def _key(word: re.Match[str]) -> str:
    return re.sub(r"['\u2019]s$", "", fold(word.group()))


def _joined(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    """Nothing but spaces between two words: no comma, no full stop."""
    return not text[left.end():right.start()].strip()


def _name_start(text: str, words: list[re.Match[str]], inner: int,
                strict: bool) -> int | None:
    """Where the name before the what-it-does words at ``inner`` starts, or None. Right
    before a head (``strict``), a said word must be rarer: "grief group" names a kind."""
    start = None
    position = inner
    while position > 0 and inner - position < _MAX_NAME_WORDS \
            and _joined(text, words[position - 1], words[position]) \
            and _name_like(text, words[position - 1], strict):
        position -= 1
        start = words[position].start()
    if start is None and position > 1 and _joined(text, words[position - 2],
                                                  words[position - 1]) \
            and _key(words[position - 2]) in _NAMING_OPENERS \
            and _plain_word(text, words[position - 1]):
        position -= 1  # an opener makes a name of an ordinary word: "holy cross"
        start = words[position].start()
    if start is None:
        return None
    for _ in range(_MAX_OPENERS):
        if position > 0 and _joined(text, words[position - 1], words[position]) \
                and _opens_the_name(text, words[position - 1]):
            position -= 1
            start = words[position].start()
    return start


def _opens_the_name(text: str, word: re.Match[str]) -> bool:
    """"Holy", "Mount" always; "new", "north" unless an article makes them adjectives."""
    key = _key(word)
    if key in _NAMING_OPENERS:
        return True
    return key in _NAME_OPENERS and (word.group()[0].isupper()
                                     or not _DETERMINER.search(text, 0, word.start()))


def _plain_word(text: str, word: re.Match[str]) -> bool:
    """Neither grammar nor clinical nor a kind word: "cross", "samaritan", "hope"."""
    key = _key(word)
    return key not in _NEVER and key not in _WHAT_IT_DOES and key not in _HEADS \
        and key not in _PARTS_OF_A_BUILDING \
        and common("en").get(key, _GRAMMAR_RANK) >= _GRAMMAR_RANK \
        and not is_medical(text, word.start(), word.end(), key, "en")


def _name_like(text: str, word: re.Match[str], strict: bool) -> bool:
    value, key = word.group(), _key(word)
    if key in _NEVER or key in _WHAT_IT_DOES or key in _HEADS or key in clinical_acronyms() \
            or key in _PARTS_OF_A_BUILDING or "-" in key \
            or is_medical(text, word.start(), word.end(), key, "en"):
        return False  # ("point-of-care diagnostics": hyphens join words, not a name)
    before = text[:word.start()].rstrip()
    if value[0].isupper() and before and before[-1] not in ".!?:\"\u201c":
        return True  # written: a capital not only because a sentence or a quote starts
    if key not in common("en"):
        return True  # "okonkwo", "dothan": no word of the language
    rank = common("en")[key]
    if strict:  # a rare word is a kind too: "bereavement group", "mindfulness group"
        return (key in places() and rank >= _NAME_WORD_RANK) \
            or (key in names() and rank >= _STRICT_RANK)
    # a place is a name first ("lincoln"); a surname only if rare ("memory", "grief" are
    # surnames too)
    return (key in places() and rank >= _NAME_WORD_RANK) or rank >= _ORDINARY_RANK
