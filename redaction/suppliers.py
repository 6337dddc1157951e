"""Firms that supply care from outside the clinic, named in English by ordinary words
before what they supply: "Northstar Medical Supply", "blue heron respiratory", "the prior
auth from cornerstone health plan", "summit rx", "golden hour ambulance", "by red fox
courier", "first light labs", "bright path assistance foundation".

Why: the pharmacy, the mail-order supplier, the insurer's plan, the lab, the ambulance and
the courier hold a patient's orders and claims, and outside writers mark them as
organisations. Their brands are ordinary words (a bird, a landscape, a virtue) that no list
holds and that say nothing alone, said at a sentence's start or after "from", "with",
"for", "if", where ``place_heads`` (which wants "the" or a preposition of place) reads no
name. The head of what they supply says a firm is named: these heads are said of a kind
after grammar, a kind word or a clinical word ("my health plan", "the mail order
pharmacy", "your medical supplies", "fasting labs", "an air ambulance"), so plain words
right before them are the firm's name when a cue opens the phrase ("from", "by", "with",
"called", a sentence's start) or one of them is written with a capital inside a sentence;
without either, however rare the words, they name none ("please page respiratory", "the
celiac labs": reviews RV33, RV34). Heads said of kinds more often ("labs", "foundation",
"transport") need two plain words, or one that is rare or written with a capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.acronyms import clinical_acronyms
from redaction.lexicon import EN_MONTHS, EN_UNITS
from redaction.medical import is_medical
from redaction.place_head_words import KIND_WORDS, NAMING_LEAD
from redaction.practices import SPECIALTIES
from redaction.recognizers import result
from redaction.wordlists import common, fold, names

# What a firm supplies, said last in its name.
_STRONG = (r"(?:medical|diabetic|diabetes|surgical|respiratory|ostomy|oxygen|mobility|"
           r"orthopedic|wound\s+care|home\s+medical|hospital|incontinence)\s+"
           r"(?:supply|supplies|equipment)|home\s+medical|durable\s+medical|"
           r"health\s+plans?|dental\s+plan|vision\s+plan|"
           r"pharmacy\s+(?:benefits?|solutions|services)|"
           r"(?:specialty|mail\s+order|compounding|infusion)\s+(?:pharmacy|rx)|mail\s+rx|rx|"
           r"mutual|"
           r"(?:medical|patient|wheelchair|non\s+emergency|senior|care)\s+"
           r"(?:transport|transportation|transit)|"
           r"ambulance(?:\s+service)?|courier(?:\s+service)?|"
           r"(?:patient\s+)?assistance\s+(?:foundation|fund|program)|"
           r"respiratory(?:\s+(?:services|care|therapy\s+services))?|"
           r"(?:home\s+)?infusion\s+services|virtual\s+care|telehealth|telemedicine|"
           r"medical\s+alert|hearing\s+aids?\s+center|prosthetics|orthotics")
# Heads said of kinds often ("the fasting labs", "a cancer foundation"): two plain words
# before them, or one rare or written with a capital inside a sentence (and a cue, as
# before any head, unless a capital).
_WEAK = r"labs|laboratories|laboratory|diagnostics|foundation|infusion|transport|transportation"
# What labs and infusions are of, no list of conditions holds: "his thyroid labs".
_TESTED = frozenset("""thyroid liver kidney blood urine stool lipid lipids cholesterol
sugar glucose iron vitamin hormone hormones lung lungs chemo steroid antibiotic""".split())
# Endings of adjectives and participles (not "red": the ending takes a longer word).
_ADJECTIVE = re.compile(r"(?:ic|ical|al|ary|ous|ive|ing|ly|ent|ant|ble|\w\w\wed)$")
_HEAD = re.compile(rf"\b(?:{_STRONG}|(?P<weak>{_WEAK}))\b", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_MAX_NAME_WORDS = 3
_GRAMMAR_RANK = 150  # a more frequent word is grammar ("all", "one", "get")
_RARE_RANK = 5000  # a rarer word names one alone before a weak head ("lakeside")
# What a head's word says of two people or of the body, not of a firm: "our mutual
# friend", "respiratory syncytial virus", "chloride transport defect", "saline infusion
# rate".
_NOT_A_FIRM_AFTER = re.compile(r"\s+(?:friends?|agreement|decision|consent|respect|trust|"
                               r"understanding|aid|interest|funds?|feeling|syncytial|"
                               r"syndrome|disease|symptoms?|illness|allerg\w*|failure|"
                               r"distress|infections?|virus|viral|tract|rate|effort|defects?|"
                               r"protein|pump|drip|reaction|showed|reported)\b", re.I)
# Where a firm is named from, by, with or as: "from cornerstone health plan", "called
# sunrise mail rx", "if heartland mutual gives"; and a sentence's start.
_CUE_BEFORE = re.compile(r"\b(?:from|by|with|at|to|for|through|via|called|is|was|if|unless|"
                         r"and|call|contact|fax|ask|tell|bill|try|hi|hello|"
                         r"use|uses|using|switched\s+to|calling\s+from|it's|its|this\s+is)"
                         r"\s+(?:the\s+)?$", re.I)
# Ordinary words brands open with, frequent as they are: "true north", "red fox".
_NAME_OPENERS = frozenset("true red blue green white gold golden silver bright".split())
# Words before a head that say which kind, whose or when, not which firm.
_KINDS = KIND_WORDS | frozenset("""
    air ground employer employee employees union federal group individual retiree
    retirees advantage supplemental department paper electronic written generic brand
    same different another current previous old new usual regular own cheap cheaper
    acute chronic severe mild upper lower viral bacterial routine baseline repeat stat
    pending recent outside fasting admission morning weekly monthly yearly annual
    center centre clinic office unit
    insurance insurer plan plans pharmacy supplier supply supplies company companies
    makeup beauty charity charitable nonprofit non profit research science
    use uses using used call called ask asked tell told try tried need needs needed send sent pay
    paid bill billed have has had get got gets switch switched through via
    says say said tells wants takes gives sends prefer prefers offers offer wears wear
    emergency custom limb glasses lens lenses contact contacts shower chair verbal hearing
    aid aids walker cane wheelchair brace splint boot bike specimen sample samples lab
    overnight video page consult notify financial copay rent utility prescription bronze
    platinum tribal deductible enough extra power rental portable
    transplant transfusion coag preop postop pre post cath delivery labor taper phone
    ppo hmo epo pos peer motorcycle
""".split())


def named_suppliers(text: str, recognizer_name: str) -> Iterator[RecognizerResult]:
    """LOCATION for each supplier's name and the head after it, in English text."""
    for head in _HEAD.finditer(text):
        if _NOT_A_FIRM_AFTER.match(text, head.end()):
            continue
        start = _name_start(text, head.start(), weak=head.group("weak") is not None)
        if start is not None:
            yield result("LOCATION", start, head.end(), recognizer_name)


def _name_start(text: str, end: int, weak: bool) -> int | None:
    """Where the plain words before a head start (at most ``_MAX_NAME_WORDS``, joined by
    spaces only), with one of the words names open with before them ("first light
    labs", "true north specialty pharmacy"); None when no plain word is there."""
    words = list(_WORD.finditer(text, max(0, end - 60), end))
    plain: list[re.Match[str]] = []
    last = end
    for word in reversed(words):
        if text[word.end():last].strip() or len(plain) >= _MAX_NAME_WORDS:
            break
        key = fold(word.group())
        if _CUE_BEFORE.fullmatch(key + " "):
            break  # a cue opens the phrase: "unless granite state mutual"
        lead = key in NAMING_LEAD or key in _NAME_OPENERS
        if not (lead or _plain(text, word) or _kind_inside(text, word, key)):
            break
        plain.insert(0, word)
        last = word.start()
    while plain and _kind_inside(text, plain[0], fold(plain[0].group())):
        plain.pop(0)  # "the county health plan"; inside a name it is the name's: "granite state"
    while plain and fold(plain[0].group()) in NAMING_LEAD and len(plain) > 1 \
            and fold(plain[1].group()) in NAMING_LEAD:
        plain.pop(0)  # "the new north ...": one lead opens a name
    if not plain or all(fold(word.group()) in NAMING_LEAD for word in plain) \
            or (len(plain) == 1 and fold(plain[0].group()) in _NAME_OPENERS):
        return None  # "my new rx", "the first lab": a lead alone names none
    start = plain[0].start()
    cued = _CUE_BEFORE.search(text, max(0, start - 30), start) is not None \
        or not text[:start].strip() or text[:start].rstrip()[-1] in ".?!,;:"
    capital = any(_capital(text, word) for word in plain)
    # plain words name a firm only after a cue ("from", "by", a sentence's start) or when
    # written with a capital: "please page respiratory", "a toilet seat rx", "the celiac
    # labs" name none, however rare their words; before a weak head one plain word needs
    # both a cue and a rare word, or a capital ("the preop labs")
    if not (capital or cued):
        return None
    if weak and len(plain) < 2 and not (capital or _rare(plain[0])):
        return None
    return start


def _plain(text: str, word: re.Match[str]) -> bool:
    """Neither grammar, nor a kind, nor a number, a month, nor clinical, nor an adjective
    or participle by its ending, nor anyone's ("the patient's")."""
    value = word.group()
    key = fold(value)
    if key in _KINDS or key in SPECIALTIES or key in _TESTED or key in EN_UNITS \
            or key in EN_MONTHS or key in clinical_acronyms() \
            or (("'" in key or "\u2019" in key) and key not in names()) \
            or len(key) < 3 or _ADJECTIVE.search(key):
        return False
    if common("en").get(key, _RARE_RANK) < _GRAMMAR_RANK:
        return False
    return not is_medical(text, word.start(), word.end(), key, "en")


def _kind_inside(text: str, word: re.Match[str], key: str) -> bool:
    """A kind word ("state", "family"), which a name may hold after its first word."""
    return key in KIND_WORDS and common("en").get(key, _RARE_RANK) >= _GRAMMAR_RANK \
        and not is_medical(text, word.start(), word.end(), key, "en")


def _capital(text: str, word: re.Match[str]) -> bool:
    """Written with a capital inside a sentence, not only because one starts."""
    before = text[:word.start()].rstrip()
    return word.group()[0].isupper() and bool(before) and before[-1] not in ".!?:"


def _rare(word: re.Match[str]) -> bool:
    return common("en").get(fold(word.group()), _RARE_RANK) >= _RARE_RANK
