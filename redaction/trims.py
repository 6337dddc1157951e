"""Trim what a recognizer or spaCy found to what names someone or something: function
words, medical words and durations out, the model's guesses on unknown words dropped, a
name said after its cue kept whole. Split from ``engine.py``, which calls ``trimmed`` on
the recognizers' findings and on the learned tagger's alike.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from redaction.acronyms import in_said_acronym, spine_levels
from redaction.adjectives_es import adjective_first
from redaction.english_spans import without_english_place_words
from redaction.entity import Entity
from redaction.gazetteer import (
    LOCATION_TRIGGER,
    NAME_CONTEXT,
    NAME_RANK,
    RARE_RANK,
    STOP_RANK,
    common,
    fold,
    names,
    places,
    starts_a_sentence,
    verb_with_its_object,
    without_enye,
)
from redaction.lexicon import EN_MONTHS, ES_MONTHS, MEDICAL_TERMS, NOT_NAMES
from redaction.medical import DRUG_CONTEXT, WORD, is_medical
from redaction.name_roles import ONLY_A_PERSON
from redaction.numbers import number_runs
from redaction.recognizers import WHOLE_RECOGNIZERS
from redaction.towns import listed_phrase, listed_phrase_es

if TYPE_CHECKING:
    from presidio_analyzer import RecognizerResult

_MONTH_WORDS = re.compile(r"\b(?:" + "|".join(EN_MONTHS + ES_MONTHS) + r")\b", re.IGNORECASE)
# Two or three numbers joined by / . or -: a date only if they can be one ("3/14", "2023-04"),
# not a reading ("140/90", "98.6").
# (a dot and one digit with nothing after it is a decimal reading: "A1C 7.2", "TSH 4.6")
_NUMBERS_JOINED = re.compile(r"(?<!\d)(\d{1,4})(?:[/-](\d{1,2})|\.(\d{2}|\d(?=[./-]\d)))(?!\d)")

# Spanish marks a person as object with "a": "le dije a limachi", "llame a tiul".
# Words rarer than this, or capitalised, after a name cue are taken as said.
_CUE_NAME_RANK = 3000
_PERSONAL_A = re.compile(r"\b(?:a|al)\s+$", re.I)
# Words inside Spanish names ("García de la Cruz", "Ortega y Gasset", "El Paso").
_NAME_PARTICLES_ES = frozenset({"de", "del", "el", "la", "las", "los", "y", "e", "san", "santa"})
# Recognizers that find a name by the words around it ("me llamo", "calls me", "bob
# here"): their findings keep a name-word that is also a medical word ("hashimoto").
_CUE_RECOGNIZERS = ("NameRecognizer", "NameFrameRecognizer")

_ARTICLE_BEFORE = re.compile(r"\b(?:la|el|los|las|the)\s+$", re.I)
# A Spanish command with its pronoun joined on, stressed where the written accent shows:
# "confírmeme", "márqueme", "dígame", "mándenoslo" (the model reads a capital or a
# title before it as a name: "doctor confírmeme").
_COMMAND_WITH_PRONOUN = re.compile(r"[^\W\d_]*[áéíóú][^\W\d_]*(?:me|nos|melo|mela|selo|sela|"
                                   r"noslo|nosla)", re.I)


def without_medical_words(text: str, start: int, end: int, language: str,
                          from_model: bool, entity_type: str) -> tuple[int, int]:
    """A name or place never starts or ends with a medicine, condition or function word:
    spaCy tags "Hodgkin" in "linfoma de Hodgkin" as a place, "Zofran" as a person and,
    in lower-case speech, ordinary words ("tenía") too; its findings also lose ordinary
    words that are no name and no place. Returns the trimmed span (empty when nothing
    is left)."""
    if not from_model and entity_type == "LOCATION" and (
            (language == "en" and listed_phrase(text[start:end]))
            or (language == "es" and listed_phrase_es(text, start, end))):
        return start, end  # "Moose Jaw", "Puente Alto": a listed place whole, whatever
        # its words are ("puente" is a dental bridge too)
    words = list(WORD.finditer(text, start, end))
    ordinary = without_enye(language)

    # a first name, an initial and a surname ("Follow up with Vadym A. Švec"): a person,
    # whatever drug cue stands before it
    initialled = len(words) >= 3 and any(len(w.group()) == 1 for w in words[1:-1])

    def removable(word: re.Match[str]) -> bool:
        key = fold(word.group())
        if len(key) == 1:
            return False  # a spelled letter
        if "-" in key and key in places():
            return False  # "wilkes-barre": a town as a whole, whatever its parts end in
        if language == "es" and _COMMAND_WITH_PRONOUN.fullmatch(word.group()) \
                and key not in names() and key not in places():
            return True
        if is_medical(text, word.start(), word.end(), key, language) \
                or (from_model and key in NOT_NAMES):
            return True  # an ordinary word that is no name and no place: "Zofran", "tenía"
        rank = ordinary.get(key)
        frequent = rank is not None and rank < NAME_RANK[language]
        after_article = _ARTICLE_BEFORE.search(text[:word.start()]) is not None
        if entity_type == "LOCATION" and key in places() \
                and not (frequent and word.group().islower() and after_article):
            return False  # the model and the place list agree: "de salamanca"; but
            # "me duele la vista" names no place
        if key in names() or key in places():
            return from_model and frequent  # "me duele la vista": no place
        return from_model and (key in ordinary or (
            not initialled and DRUG_CONTEXT.search(text[:word.start()]) is not None))

    while words and removable(words[0]):
        words.pop(0)
    while words and removable(words[-1]):
        words.pop()
    return (words[0].start(), words[-1].end()) if words else (start, start)


def _is_identifier(text: str, entity_type: str, start: int, end: int, language: str,
                   from_model: bool) -> bool:
    value = text[start:end].strip(" .,;:'\"").lower()
    if not value or value in MEDICAL_TERMS:
        return False
    if entity_type == "DATE_TIME":  # a date names a day; durations and "yesterday" do not
        if not from_model:
            return True  # ours: calendar dates only
        # one run of six digits or more: "one two three nineteen sixty one", not "140 90
        # and HR 110" (two readings that spaCy joined into one date)
        spoken_digits = max((len(run.digits) for run in number_runs(value, language)),
                            default=0)
        return bool(_MONTH_WORDS.search(value)) or _numbers_make_a_date(value) \
            or spoken_digits >= 6
    if entity_type == "LOCATION" and not from_model \
            and re.fullmatch(r"[A-Z]{2}", text[start:end]):
        return True  # a state's postal code after a place ("Ames, OR"), not the word "or"
    if entity_type in ("PERSON", "LOCATION"):
        if in_said_acronym(text, start, end, language):
            return False  # "el ele de ele en ciento setenta": a test, said letter by letter
        words = re.findall(r"[\wáéíóúñü']+", value)
        return len(value) > 1 and not all(w in MEDICAL_TERMS or w in NOT_NAMES for w in words)
    return True


def _numbers_make_a_date(value: str) -> bool:
    """spaCy tags "140/90" (a blood pressure) as a date: numbers joined by a slash, dot or
    dash are one only when they can be a day and a month in either order, or a year and a
    month."""
    for match in _NUMBERS_JOINED.finditer(value):
        first, second = match.group(1), int(match.group(2) or match.group(3))
        if len(first) == 4:
            if 1 <= second <= 12:
                return True
        elif 1 <= int(first) <= 31 and 1 <= second <= 31 and min(int(first), second) <= 12:
            return True
    return False


def _model_guess_on_unknown_word(text: str, start: int, end: int, language: str) -> bool:
    """spaCy's small Spanish model calls a lone lower-case word it has never seen a
    person or a place ("venoruton", "tensiotrat, doctora"): in speech that is most often
    a medicine no list knows. The name and place lists, read case-insensitively, decide
    instead: a lone lower-case Spanish word in no name, place or word list, with no name
    or place cue before it (a personal "a" is one: "le dije a limachi"), is no finding
    of the model's (the gazetteer still finds unknown words beside a name or after a
    cue: "la doctora plana", "vivo en tlacote"). A word said alone keeps the model's
    finding: it may be a surname given as an answer."""
    if language != "es":
        return False
    words = list(WORD.finditer(text, start, end))
    if len(words) != 1 or not words[0].group().islower():
        return False
    key = fold(words[0].group())
    if key in names() or key in places() or key in without_enye(language):
        return False
    before = text[:words[0].start()]
    if not WORD.search(before) and not WORD.search(text, words[0].end()):
        return False  # the whole utterance, perhaps a surname answered: recall first
    personal_a = _PERSONAL_A.search(before) is not None and not DRUG_CONTEXT.search(before)
    return not (personal_a or NAME_CONTEXT[language].search(before)
                or LOCATION_TRIGGER[language].search(before))


def _verb_that_starts_a_sentence(text: str, start: int, end: int, language: str) -> bool:
    """ "Tome dos pastillas", "Lleve la receta": the model calls an instruction's first
    word, capitalised by its place, a place or a person. An everyday word first in its
    sentence with an article, a possessive or a number after it is a verb, no finding."""
    words = list(WORD.finditer(text, start, end))
    if len(words) != 1 or not starts_a_sentence(text, start):
        return False
    key = fold(words[0].group())
    rank = common(language).get(key)
    return rank is not None and rank < RARE_RANK and verb_with_its_object(text, key, end, language)


def _named_after_a_cue(text: str, found: RecognizerResult, language: str) -> bool:
    """A name said after "me llamo", a title or a relative keeps every word of it that
    the name lists hold, even one that is also a medicine or a body word: "me llamo
    mirena gonzález", "el doctor colón" (Philter: a name trigger beats the safe list).
    A frequent word in lower case is no name for that ("mi hija pone las novedades")."""
    recognizer = str((found.recognition_metadata or {}).get("recognizer_name", ""))
    if (found.recognition_metadata or {}).get(ONLY_A_PERSON):
        return True  # "is will there", "ask for may": a frame only a person fills
    if found.entity_type != "PERSON" or not recognizer.startswith(_CUE_RECOGNIZERS):
        return False
    words = list(WORD.finditer(text, found.start, found.end))
    ordinary = without_enye(language)
    return bool(words) and all(
        fold(w.group()) in names() and fold(w.group()) not in NOT_NAMES
        and (w.group()[0].isupper() or ordinary.get(fold(w.group()), _CUE_NAME_RANK)
             >= _CUE_NAME_RANK) for w in words)


def _split_at_function_words(text: str, start: int, end: int, language: str,
                             from_model: bool) -> list[tuple[int, int]]:
    """spaCy's small Spanish model runs a name or place on over the words around it in
    lower-case speech ("zamorano me quitó el lantus y", "tomara milo cada"): a
    function word that no name holds ("me", "el", "cada"; the particles of names, "de
    la", "y", stay) splits its finding, and each piece is judged alone."""
    if not from_model or language != "es":
        return [(start, end)]
    pieces, piece_start = [], start
    for word in WORD.finditer(text, start, end):
        key = fold(word.group())
        rank = without_enye(language).get(key)
        if rank is not None and rank < STOP_RANK and key not in _NAME_PARTICLES_ES \
                and "F" not in names().get(key, ""):
            if piece_start < word.start():
                pieces.append((piece_start, word.start()))
            piece_start = word.end()
    if piece_start < end:
        pieces.append((piece_start, end))
    return [(s, e) for s, e in pieces if text[s:e].strip(" ,.;:")]


def trimmed(text: str, results: list[RecognizerResult], language: str) -> list[Entity]:
    """Findings cut to what names someone or somewhere: function words, medical words and
    the model's guesses on unknown words taken out."""
    kept = []
    spine = spine_levels(text)
    for found in results:
        start, end = found.start, found.end
        recognizer = str((found.recognition_metadata or {}).get("recognizer_name", ""))
        from_model = recognizer == "SpacyRecognizer"
        pieces = [(start, end)]
        if any(a <= start and end <= b for a, b in spine):
            continue  # "una hernia en ele cuatro ele cinco": L4-L5, no street nor name
        if _named_after_a_cue(text, found, language) or recognizer.startswith(WHOLE_RECOGNIZERS):
            # no list reads its words, or a head says what it is ("albergue Casa del
            # Migrante", "hospital general de zona cuarenta y seis")
            kept.append(Entity(found.entity_type, start, end))
            continue
        if found.entity_type in ("PERSON", "LOCATION"):
            pieces = []
            for piece_start, piece_end in _split_at_function_words(
                    text, start, end, language, from_model):
                piece_start, piece_end = without_medical_words(
                    text, piece_start, piece_end, language, from_model, found.entity_type)
                if language == "en":
                    piece_start, piece_end = without_english_place_words(
                        text, piece_start, piece_end, found.entity_type)
                if not (from_model and (_model_guess_on_unknown_word(
                        text, piece_start, piece_end, language)
                        or _verb_that_starts_a_sentence(text, piece_start, piece_end,
                                                        language))) \
                        and not adjective_first(text, piece_start, piece_end, language):
                    pieces.append((piece_start, piece_end))  # "Morada se me puso"
        for start, end in pieces:
            if 0 <= start < end <= len(text) and _is_identifier(
                    text, found.entity_type, start, end, language, from_model):
                kept.append(Entity(found.entity_type, start, end))
    return kept
