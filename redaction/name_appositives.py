"""English names said with who the person is, and given names of two parts.

Two shapes of a name that no cue before it announces (``name_frames`` reads the cues):

- an appositive: a given name, then "the" and what the person is or does ("Carol the
  nurse called", "ask Mike the pharmacist", "Dave the new plumber"). Only a person
  noun fills the slot after "the", so the word before it names someone, wherever it
  stands (first in a sentence, after a verb, in lower-case speech). Given names that
  are verbs too ("hope the nurse calls", "will the doctor see me", "bill the patient")
  count only when written with a capital inside a sentence.
- a compound given name and a surname: "Rose-Marie Long", "Jean-Luc Picard" (both
  halves of the hyphenated word given names, the next word a surname in the name
  lists). The surname may be a frequent English word ("Long", "Young", "Strong"), so in
  lower-case speech only a rarer word follows as a surname ("rose-marie long came by"
  keeps "long" hidden only when written with its capital).
- a given name no list holds before a surname the lists hold: "Ctibor Kubíček",
  "ngozi okafor" (the first word in no dictionary and no medicine, the second a surname
  and no frequent word): a full name of a country the given-name lists miss. (A
  frequent given name before a word no list holds, "love ulyanova", was tried and left
  out: on the public tuning set it read "mandolin coda", "cyprus greek" as people and
  found no name the other rules missed.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaction.lexicon import KIN_AND_TITLES, NOT_NAMES
from redaction.medical import is_medical
from redaction.wordlists import common, fold, names

# Nouns of what a person is or does, said after "the" beside a name; a closed class
# (occupations, care roles, neighbours): no thing or place follows a name this way.
PERSON_NOUNS = frozenset("""
nurse nurses doctor doc pharmacist receptionist plumber electrician mechanic neighbour
neighbor landlord landlady driver carer caregiver aide therapist physio physiotherapist
dentist vet surgeon midwife chaplain priest pastor rabbi imam interpreter translator
secretary manager teacher coach cleaner nanny babysitter counsellor counselor paramedic
tech technician dietitian dietician nutritionist janitor porter guard cook chef gardener
handyman builder postman mailman barber hairdresser lawyer accountant banker boss
supervisor coordinator scheduler clerk cashier waiter waitress bartender farmer
carpenter painter roofer contractor intern resident volunteer assistant attendant
optician optometrist podiatrist chiropractor psychologist psychiatrist social worker
caseworker homecare chemist gp consultant registrar matron sister
""".split())
_SPECIALIST = re.compile(r"[^\W\d_]+(?:ologist|iatrist|ician|ographer)$")
_APPOSITIVE = re.compile(
    r"(?<![\w'\u2019-])([^\W\d_]+)\s+the\s+(?:(?:new|old|night|day|other|home|district|"
    r"community|school|practice|head|charge|agency|locum|regular|usual|young)\s+)?"
    r"([^\W\d_]+)\b", re.I)
# Words before a name-verb that make it a verb: "i hope the nurse", "you will the ...".
# Given names that are verbs taking a person as object ("hope the nurse calls", "will the
# doctor see me", "bill the patient", "page the doctor", "sue the surgeon").
EN_NAME_VERBS = frozenset("""
hope will bill page chase mark grant pat sue rob drew wade ward buck hunt may
""".split())
_SUBJECT_PRONOUNS = frozenset("i we you they he she it who".split())
_NAME_RANK = 300  # the most frequent words ("will", "long") are no name by their shape
_RARE_RANK = 2000
_COMPOUND = re.compile(r"(?<![\w'\u2019-])([^\W\d_]+)-([^\W\d_]+)\s+([^\W\d_]{2,})\b")
# Verbs said right after a name: no surname ("jean-luc brought", "anna-lena says").
_NOT_SURNAMES = frozenset("""
is was has had came comes went goes said says told called calls brought brings drove
will would can could and or but the to of in on at for with from by
""".split())


def _given(key: str) -> bool:
    return "F" in names().get(key, "")


def _role(word: str) -> bool:
    key = word.lower()
    return key in PERSON_NOUNS or _SPECIALIST.match(key) is not None


def appositive_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of given names followed by "the" and a person noun ("Carol the nurse")."""
    for match in _APPOSITIVE.finditer(text):
        if not _role(match.group(2)):
            continue
        word = match.group(1)
        key = fold(word)
        if not _given(key) or key in NOT_NAMES or key in KIN_AND_TITLES \
                or (common("en").get(key, _NAME_RANK) < _NAME_RANK and key not in EN_NAME_VERBS):
            continue
        if key in EN_NAME_VERBS:
            before = text[:match.start(1)].rstrip()
            sentence_start = not before or before[-1] in ".!?:\n"
            if not word[0].isupper() or sentence_start:
                continue  # "hope the nurse calls", "Bill the patient": a verb
        previous = re.search(r"([^\W\d_]+)\W*$", text[:match.start(1)])
        if previous and previous.group(1).lower() in _SUBJECT_PRONOUNS and key in EN_NAME_VERBS:
            continue
        yield match.start(1), match.end(1)


def compound_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of a hyphenated given name of two given names and the surname after it
    ("Rose-Marie Long", "anna-lena berg"); the name alone when no surname follows."""
    for match in _COMPOUND.finditer(text):
        first, second, after = (fold(match.group(g)) for g in (1, 2, 3))
        if not (_given(first) and _given(second)) or first in NOT_NAMES:
            continue
        end = match.end(2)
        word = match.group(3)
        if "L" in names().get(after, "") and after not in _NOT_SURNAMES \
                and after not in KIN_AND_TITLES \
                and ((word[0].isupper() and match.group(1)[0].isupper())
                     or common("en").get(after, _RARE_RANK) >= _RARE_RANK):
            end = match.end(3)
        yield match.start(1), end


_PAIR = re.compile(r"(?<![\w'\u2019-])([^\W\d_]{3,})\s+([^\W\d_]{3,}(?:['\u2019-][^\W\d_]+)?)"
                   r"(?![\w'\u2019-])")


def unlisted_given_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of a word in no dictionary before a listed surname ("Ctibor Kubíček"):
    both capitalised in writing, or both lower case in speech."""
    for match in _PAIR.finditer(text):
        first, last = match.group(1), match.group(2)
        key, surname = fold(first), fold(last)
        if key in common("en") or key in names() or "L" not in names().get(surname, "") \
                or common("en").get(surname, _RARE_RANK) < _RARE_RANK:
            continue
        if not ((first[0].isupper() and first[1:].islower() and last[0].isupper())
                or (first.islower() and last.islower())):
            continue
        if is_medical(text, match.start(1), match.end(1), key, "en") \
                or is_medical(text, match.start(2), match.end(2), surname, "en"):
            continue
        yield match.start(1), match.end(2)


# A family said by its surname in the plural: "she's with the Okoros now", "we were at the
# garcias' house", "the nguyens next door called". After a preposition of company or
# place, or before "next door", "house" or "place".
_FAMILY = re.compile(r"\bthe\s+([^\W\d_]{3,}?)(es|s)(?:['\u2019]s?)?(?![\w'\u2019])", re.I)
_FAMILY_BEFORE = re.compile(r"\b(?:with|at|to|from|visit|visiting|visited|by|and)\s+$", re.I)
_FAMILY_AFTER = re.compile(r"['\u2019]?s?\s+(?:next\s+door|house|place|home|farm|ranch)\b",
                           re.I)
_PLURAL_RANK = 10000  # a plural more frequent than this is a word: "the woods", "the browns"
_BASE_RANK = 1000  # and a surname more frequent than this one ("the reds")
# People named by what they are, not by a family name: "with the aides", "the medics".
_KINDS_OF_PEOPLE = frozenset("""aide medic paramedic volunteer worker nun priest cop guard
twin kid girl boy guy lady man woman folk neighbor neighbour parent grandparent cousin
sister brother nurse doctor tech technician therapist resident intern""".split())


def family_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of a family named by its surname in the plural, after "the"."""
    for match in _FAMILY.finditer(text):
        base, raw = fold(match.group(1)), match.group(1)
        if match.group(2).lower() == "es" and base + "e" in names():
            base += "e"  # "the lees" is Lee
        plural = fold(match.group(1) + match.group(2))
        if base in _KINDS_OF_PEOPLE or base in KIN_AND_TITLES or plural in KIN_AND_TITLES:
            continue
        word_rank = common("en").get(plural, _PLURAL_RANK)
        surname = "L" in names().get(base, "") and word_rank >= _PLURAL_RANK \
            and common("en").get(base, _BASE_RANK) >= _BASE_RANK
        capital = raw[0].isupper() and match.group()[0].islower()
        if not (surname or (capital and word_rank >= _PLURAL_RANK)):
            continue
        if not (_FAMILY_BEFORE.search(text, 0, match.start())
                or _FAMILY_AFTER.match(text, match.end(2))):
            continue
        if is_medical(text, match.start(1), match.end(2), base, "en"):
            continue
        yield match.start(1), match.end(2)
