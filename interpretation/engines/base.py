"""The narrow interfaces every engine implements, and the error they raise."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import numpy as np

if TYPE_CHECKING:
    from interpretation.translation import MtResult


class EngineError(RuntimeError):
    """An engine could not do its work. ``retryable`` says whether trying again may help
    (a transient failure) or not (bad input, a missing model). Messages carry no words."""

    def __init__(self, message: str, *, retryable: bool = False) -> None:
        super().__init__(message)
        self.retryable = retryable


class SpeechRecognizer(Protocol):
    def transcribe(self, audio: np.ndarray, language: str | None) -> tuple[str, float]:
        """Text heard in one utterance and the model's no-speech probability."""
        ...


class TextTranslator(Protocol):
    def translate(self, text: str, source: str, target: str, *,
                  quality: bool = False) -> MtResult:
        """Redacted text in, redacted translation out, with the engine's name and any
        safety flags. ``quality`` asks for the slower, better tier where there is one."""
        ...

    def pairs(self) -> list[str]: ...


class SpeechSynthesizer(Protocol):
    def synthesize(self, text: str, language: str) -> tuple[np.ndarray, int]:
        """Float32 mono samples and their rate."""
        ...
