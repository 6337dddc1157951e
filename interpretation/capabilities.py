"""What this installation can do, answered from settings and the models folder without
loading a model or an engine's library: the live page asks on every render, and
``manage.py models`` prints it.

Importing the engine loader to ask would import the whole cascade (Presidio and spaCy on
every page view); here only the engines' disk readers are used (``discover_pairs``,
``discover_llm``, ``available_pairs``, ``is_real_converter``), which import nothing heavy.
tests/test_layering.py checks that asking loads none of the engines' libraries.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Literal

from django.conf import settings

from interpretation.engines import apertium_mt
from interpretation.engines.ct2_mt import discover_pairs
from interpretation.engines.llm_mt import discover_llm
from interpretation.engines.openvoice_clone import is_real_converter

Tier = Literal["test", "basic", "good"]


def models_dir() -> Path:
    return Path(settings.MODELS_DIR)


def language_pairs() -> list[str]:
    languages = settings.INTERPRETATION_LANGUAGES
    return [f"{a}-{b}" for a in languages for b in languages if a != b]


def llm_folder() -> Path | None:
    """The installed instruction LLM (``models install --with llm``), or None."""
    return discover_llm(models_dir())


def engine_choice(pair: str) -> str:
    """Which engine serves ``pair`` live: ct2, apertium or llm.

    ``auto`` prefers a real CTranslate2 pair an operator installed, then Apertium, then
    the LLM on a GPU, and last the random-weight test model (shown as such everywhere)."""
    wanted = settings.MT_ENGINE
    if wanted != "auto":
        return str(wanted)
    model = discover_pairs(models_dir() / "mt").get(pair)
    if model is not None and model.real:
        return "ct2"
    if pair in apertium_mt.available_pairs():
        return "apertium"
    if settings.MT_LLM_DEVICE == "cuda" and llm_folder() is not None:
        return "llm"
    return "ct2"


def quality_choice() -> str:
    """``llm`` where the better, slower tier revises live captions; ``none`` otherwise."""
    wanted = settings.MT_QUALITY_ENGINE
    if wanted == "none" or settings.MT_ENGINE == "llm":
        return "none"
    if wanted == "auto":
        return "llm" if llm_folder() is not None else "none"
    return "llm"


def mt_summary() -> dict[str, dict[str, str]]:
    """Per pair, the live engine, its licence and quality tier (test, basic, good), and the
    quality engine that revises its captions ("" if none)."""
    summary = {}
    quality = "llm" if quality_choice() == "llm" else ""
    for pair in language_pairs():
        kind = engine_choice(pair)
        tier: Tier
        if kind == "apertium":
            name, licence, tier = "apertium", apertium_mt.ApertiumTranslator.licence, "basic"
        elif kind == "llm":
            name, licence, tier = "llm", "see `manage.py models`", "good"
        else:
            model = discover_pairs(models_dir() / "mt").get(pair)
            real = model is not None and model.real
            name = f"ct2:{model.folder.name}" if model is not None and real else "test-model"
            licence = model.licence if model is not None else ""
            tier = "good" if real else "test"
        summary[pair] = {"engine": name, "licence": licence, "tier": tier,
                         "quality": quality}
    return summary


def converter_folder() -> Path | None:
    """Where the voice converter is installed, or None where it is not."""
    folder = models_dir() / "vc" / "openvoice"
    return folder if (folder / "checkpoint.pth").is_file() else None


def cloning_available() -> bool:
    """Could this clinic clone a voice at all? Read from disk, without importing torch:
    the converter is installed, the cloning extra is importable, and it is the real
    converter (or the operator allows the test one)."""
    folder = converter_folder()
    if folder is None or importlib.util.find_spec("TTS") is None:
        return False
    return is_real_converter(folder) or settings.VOICE_CLONING_ALLOW_TEST_MODEL
