"""Build the cascade the settings name, once per process, failing at start-up when a
model or a language pair is missing.

It reads Django settings, so it lives here and not among the engines, which know
nothing of Django (tests/test_layering.py). What is installed, without loading any of
it, is ``interpretation.capabilities``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from django.conf import settings

from interpretation.capabilities import (  # what is installed, read from disk
    converter_folder,
    engine_choice,
    language_pairs,
    llm_folder,
    models_dir,
    quality_choice,
)
from interpretation.engines import apertium_mt
from interpretation.engines.base import EngineError, SpeechSynthesizer
from interpretation.engines.ct2_mt import Seq2SeqTranslator, discover_pairs
from interpretation.engines.espeak import EspeakVoice
from interpretation.engines.kokoro_voice import MODEL_FILE as KOKORO_MODEL_FILE
from interpretation.engines.kokoro_voice import KokoroVoice
from interpretation.engines.openvoice_clone import OpenVoiceConverter
from interpretation.engines.piper_voice import PiperVoice
from interpretation.engines.whisper_asr import WhisperRecognizer
from interpretation.pipeline import Cascade
from interpretation.translation import Glossary, MtEngine, Translator, load_medicines
from interpretation.weights import TAGGER_FOLDER, by_name
from redaction.engine import Redactor

if TYPE_CHECKING:  # the LLM tier is optional: imported only where it is used
    from interpretation.engines.llm_mt import LlmTranslator


def build_redactor() -> Redactor:
    return Redactor({lang: models_dir() / by_name(f"spacy-{lang}").folder
                     for lang in settings.INTERPRETATION_LANGUAGES},
                    models_dir() / TAGGER_FOLDER)


def build_voices() -> dict[str, SpeechSynthesizer]:
    """The configured Piper voice per language; Spanish without one speaks with Kokoro
    where it is installed (Whisper understands espeak-ng's Spanish poorly: bench/tts.py);
    espeak-ng speaks whatever is left."""
    voices: dict[str, SpeechSynthesizer] = {}
    kokoro = models_dir() / by_name("voice-es").folder
    for language in settings.INTERPRETATION_LANGUAGES:
        folder = models_dir() / "tts" / settings.STOCK_VOICES.get(language, "")
        if settings.STOCK_VOICES.get(language) == "espeak-ng":  # chosen, not a fallback
            voices[language] = EspeakVoice()
        elif settings.STOCK_VOICES.get(language) and folder.is_dir():
            voices[language] = PiperVoice(folder, threads=settings.TTS_THREADS)
        elif language == "es" and (kokoro / KOKORO_MODEL_FILE).is_file():
            voices[language] = KokoroVoice(kokoro, settings.KOKORO_STYLE,
                                           threads=settings.TTS_THREADS)
        else:
            voices[language] = EspeakVoice()
    return voices


def build_engine(kind: str, pair: str) -> MtEngine:
    if kind == "apertium":
        return apertium_mt.ApertiumTranslator(pair)
    if kind == "llm":
        return _llm_for(pair)
    model = discover_pairs(models_dir() / "mt").get(pair)
    if model is None:
        raise EngineError(f"no translation model for {pair} in {models_dir() / 'mt'}: "
                          "run `manage.py models install` or see README (Translation models)")
    return Seq2SeqTranslator(model, threads=settings.MT_THREADS)


@lru_cache(maxsize=1)
def _llm() -> LlmTranslator:
    from interpretation.engines.llm_mt import LlmTranslator

    folder = llm_folder()
    if folder is None:
        raise EngineError("no LLM installed: run `manage.py models install --with llm`")
    return LlmTranslator(folder, threads=settings.MT_LLM_THREADS, device=settings.MT_LLM_DEVICE)


class _LlmPair:
    """The one loaded LLM serves every pair: this is its view for one ordered pair.
    It reads: glossary terms go to it inline, in the target language (``translation``)."""

    reads_terms = True

    def __init__(self, model: LlmTranslator, pair: str) -> None:
        self.model = model
        self.source, self.target = pair.split("-")
        self.name, self.licence, self.real = model.name, model.licence, model.real
        self.tier = "good" if model.real else "test"

    def translate_batch(self, texts: list[str]) -> list[str]:
        return self.model.translate_batch(texts, self.source, self.target)


def _llm_for(pair: str) -> MtEngine:
    return _LlmPair(_llm(), pair)


def build_translator() -> Translator:
    """Every ordered pair's live engine (and the quality tier where there is one), with
    the glossary and the medicines list."""
    pairs = language_pairs()
    engines = {pair: build_engine(engine_choice(pair), pair) for pair in pairs}
    quality = ({pair: build_engine("llm", pair) for pair in pairs}
               if quality_choice() == "llm" else {})
    return Translator(engines, load_glossary(), load_medicines_file(), quality)


def load_medicines_file() -> frozenset[str]:
    return load_medicines(Path(settings.MT_MEDICINES))


def load_glossary() -> Glossary:
    path = Path(settings.MT_GLOSSARY)
    if not path.is_file():
        raise EngineError(f"MT_GLOSSARY points to a missing file: {path}")
    return Glossary.from_tsv(path)


def build_converter() -> OpenVoiceConverter | None:
    """The voice converter, or None where the cloning extra or its model is absent."""
    folder = converter_folder()
    if folder is None:
        return None
    try:
        return OpenVoiceConverter(folder, threads=settings.TTS_THREADS)
    except EngineError:
        return None  # torch / coqui-tts not installed: stock voices only


@lru_cache(maxsize=1)
def cascade() -> Cascade:
    """The process's one cascade: every model loaded once, shared by every visit."""
    recognizer = WhisperRecognizer(models_dir() / by_name(settings.ASR_MODEL).folder,
                                   compute_type=settings.ASR_COMPUTE_TYPE,
                                   threads=settings.ASR_THREADS)
    return Cascade(recognizer, build_redactor(), build_translator(), build_voices())
