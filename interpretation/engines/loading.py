"""Build the engines named by settings, once per process, failing at start-up when a
model or a language pair is missing."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from django.conf import settings

from interpretation.engines.base import EngineError, SpeechSynthesizer
from interpretation.engines.ct2_mt import CTranslate2Translator
from interpretation.engines.espeak import EspeakVoice
from interpretation.engines.kokoro_voice import MODEL_FILE as KOKORO_MODEL_FILE
from interpretation.engines.kokoro_voice import KokoroVoice
from interpretation.engines.openvoice_clone import OpenVoiceConverter
from interpretation.engines.piper_voice import PiperVoice
from interpretation.engines.whisper_asr import WhisperRecognizer
from interpretation.pipeline import Cascade
from interpretation.weights import by_name
from redaction.engine import Redactor


def models_dir() -> Path:
    return Path(settings.MODELS_DIR)


def language_pairs() -> list[str]:
    languages = settings.INTERPRETATION_LANGUAGES
    return [f"{a}-{b}" for a in languages for b in languages if a != b]


def build_redactor() -> Redactor:
    return Redactor({lang: models_dir() / by_name(f"spacy-{lang}").folder
                     for lang in settings.INTERPRETATION_LANGUAGES})


def build_voices() -> dict[str, SpeechSynthesizer]:
    """The configured Piper voice per language; Spanish without one speaks with Kokoro
    where it is installed (Whisper understands espeak-ng's Spanish poorly: bench/tts.py);
    espeak-ng speaks whatever is left."""
    voices: dict[str, SpeechSynthesizer] = {}
    kokoro = models_dir() / by_name("voice-es").folder
    for language in settings.INTERPRETATION_LANGUAGES:
        folder = models_dir() / "tts" / settings.STOCK_VOICES.get(language, "")
        if settings.STOCK_VOICES.get(language) and folder.is_dir():
            voices[language] = PiperVoice(folder, threads=settings.TTS_THREADS)
        elif language == "es" and (kokoro / KOKORO_MODEL_FILE).is_file():
            voices[language] = KokoroVoice(kokoro, settings.KOKORO_STYLE,
                                           threads=settings.TTS_THREADS)
        else:
            voices[language] = EspeakVoice()
    return voices


def load_glossary() -> dict[str, dict[str, str]]:
    path = Path(settings.MT_GLOSSARY)
    if not path.is_file():
        raise EngineError(f"MT_GLOSSARY points to a missing file: {path}")
    glossary: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return glossary


def converter_folder() -> Path | None:
    """Where the voice converter is installed, or None where it is not."""
    folder = models_dir() / "vc" / "openvoice"
    return folder if (folder / "checkpoint.pth").is_file() else None


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
    translator = CTranslate2Translator(models_dir() / "mt", language_pairs(),
                                       threads=settings.MT_THREADS, glossary=load_glossary())
    return Cascade(recognizer, build_redactor(), translator, build_voices())
