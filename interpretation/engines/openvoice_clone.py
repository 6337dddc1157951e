"""Voice cloning by tone-colour conversion: OpenVoice's converter, run by coqui-tts.

The stock voice speaks the translation; the converter then gives it the
consenting speaker's tone colour, taken from their reference recording. The
reference and its embedding stay in memory: coqui's own cloning cache (which
writes unencrypted ``.pth`` files naming the reference) is never used, because
the reference reaches the model as a tensor, not a path.

The folder holds OpenVoice's ``checkpoint.pth`` and ``config.json`` (the V2
converter from myshell-ai/OpenVoice, MIT) and our ``model_card.json``. Needs
the ``cloning`` extra (torch, coqui-tts): ``pip install -e .[cloning]``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from interpretation.audio import resample
from interpretation.engines.base import EngineError, SpeechSynthesizer


def is_real_converter(folder: Path) -> bool:
    """False for the small test converter our model card marks, whose output is noise."""
    card = folder / "model_card.json"
    return bool(json.loads(card.read_text()).get("real", True)) if card.is_file() else True


class OpenVoiceConverter:
    def __init__(self, folder: Path, *, threads: int = 1) -> None:
        try:
            import torch
            from TTS.vc.configs.openvoice_config import OpenVoiceArgs, OpenVoiceConfig
            from TTS.vc.models.openvoice import OpenVoice
        except ImportError as exc:
            raise EngineError("voice cloning needs the cloning extra: pip install -e .[cloning]"
                              ) from exc
        checkpoint = folder / "checkpoint.pth"
        if not checkpoint.is_file():
            raise EngineError(f"no OpenVoice converter in {folder}")
        torch.set_num_threads(threads)
        original = json.loads((folder / "config.json").read_text())
        config = OpenVoiceConfig(model_args=OpenVoiceArgs(**original["model"]))
        self._model = OpenVoice(config)
        self._model.load_checkpoint(config, str(checkpoint), eval=True)
        self.sample_rate_hz = int(original["data"]["sampling_rate"])
        self.real = is_real_converter(folder)
        self._torch = torch

    def embed(self, reference: np.ndarray, rate_hz: int) -> Any:
        """The speaker's tone-colour embedding, from their reference recording (in memory)."""
        samples = resample(reference, rate_hz, self.sample_rate_hz)
        if len(samples) < self.sample_rate_hz:  # under a second says too little about a voice
            raise EngineError("the reference recording is shorter than one second")
        with self._torch.inference_mode():
            embedding, _ = self._model.extract_se(self._torch.from_numpy(samples))
        return embedding

    def convert(self, audio: np.ndarray, rate_hz: int, embedding: Any) -> tuple[np.ndarray, int]:
        samples = resample(audio, rate_hz, self.sample_rate_hz)
        if len(samples) == 0:
            return samples, self.sample_rate_hz
        with self._torch.inference_mode():
            source_embedding, spectrogram = self._model.extract_se(
                self._torch.from_numpy(samples))
            output = self._model.inference(
                spectrogram, {"g_src": source_embedding, "g_tgt": embedding})
        converted = output["model_outputs"][0, 0].detach().cpu().float().numpy()
        return converted.astype(np.float32), self.sample_rate_hz


class ClonedVoice:
    """A synthesizer: the stock voice, converted to one consenting speaker's voice."""

    def __init__(self, base: SpeechSynthesizer, converter: OpenVoiceConverter,
                 embedding: Any, participant_id: int) -> None:
        self._base, self._converter, self._embedding = base, converter, embedding
        self.name = f"clone:participant-{participant_id}"

    def __repr__(self) -> str:
        return f"ClonedVoice({self.name})"

    def synthesize(self, text: str, language: str) -> tuple[np.ndarray, int]:
        audio, rate = self._base.synthesize(text, language)
        return self._converter.convert(audio, rate, self._embedding)
