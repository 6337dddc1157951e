"""espeak-ng, used two ways: as the phonemiser for Piper voices, and as the stock voice
for languages no neural voice on the registries speaks (Spanish). It runs as a
subprocess of Debian's ``espeak-ng`` package; text goes in on stdin, never argv."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import wave

import numpy as np

from interpretation.engines.base import EngineError

TIMEOUT_S = 20
VOICES = {"en": "en-us", "es": "es-419"}
_CLAUSE = re.compile(r"([^.,;:!?¿¡]+)([.,;:!?]*)")


def _binary() -> str:
    path = shutil.which("espeak-ng")
    if path is None:
        raise EngineError("espeak-ng is not installed (apt-get install espeak-ng)")
    return path


def _run(args: list[str], text: str) -> bytes:
    try:
        # Fixed arguments; the text travels on stdin, so nothing said reaches argv or ps.
        done = subprocess.run([_binary(), *args], input=text.encode(), capture_output=True,  # noqa: S603
                              timeout=TIMEOUT_S, check=True)
    except subprocess.TimeoutExpired as exc:
        raise EngineError("espeak-ng timed out", retryable=True) from exc
    except subprocess.CalledProcessError as exc:
        raise EngineError(f"espeak-ng failed with status {exc.returncode}") from exc
    return done.stdout


def phonemize(text: str, voice: str) -> str:
    """IPA phonemes, clause by clause, with each clause's punctuation kept (as Piper expects)."""
    clauses = [(m.group(1).strip(), m.group(2)[:1]) for m in _CLAUSE.finditer(text)
               if m.group(1).strip()]
    if not clauses:
        return ""
    lines = _run(["-q", "--ipa", "-v", voice], "\n".join(c for c, _ in clauses))
    ipa = [line.strip() for line in lines.decode().splitlines() if line.strip()]
    if len(ipa) != len(clauses):  # espeak split a clause differently: keep the words
        return " ".join(ipa)
    return " ".join(f"{phonemes}{mark}" for phonemes, (_, mark) in zip(ipa, clauses, strict=True))


class EspeakVoice:
    """The robotic but intelligible fallback voice, one per language."""

    name = "espeak-ng"

    def synthesize(self, text: str, language: str) -> tuple[np.ndarray, int]:
        voice = VOICES.get(language, language)
        wav = _run(["-v", voice, "-s", "155", "--stdout"], text)
        with wave.open(io.BytesIO(wav)) as reader:
            rate = reader.getframerate()
            frames = reader.readframes(reader.getnframes())
        return np.frombuffer(frames, dtype="<i2").astype(np.float32) / 32768.0, rate
