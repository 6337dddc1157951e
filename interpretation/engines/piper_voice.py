"""Stock voices in Piper's format: a VITS model exported to ONNX plus a JSON config.

The graph runs on onnxruntime (already loaded for the VAD), the same graph
coqui-tts runs through ``Vits.load_onnx``; phonemes come from espeak-ng, as
Piper's own phonemiser does. About 0.15 s per sentence on two CPU cores.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from interpretation.engines.base import EngineError
from interpretation.engines.espeak import phonemize


class PiperVoice:
    def __init__(self, folder: Path, *, threads: int = 1) -> None:
        import onnxruntime

        models = sorted(folder.glob("*.onnx"))
        if not models:
            raise EngineError(f"no Piper voice in {folder}: run `manage.py models install`")
        config = json.loads(Path(f"{models[0]}.json").read_text())
        self.name = models[0].stem
        self.sample_rate_hz = int(config["audio"]["sample_rate"])
        self._espeak_voice = config["espeak"]["voice"]
        self._ids = {symbol: ids for symbol, ids in config["phoneme_id_map"].items()}
        inference = config.get("inference", {})
        self._scales = np.array([inference.get("noise_scale", 0.667),
                                 inference.get("length_scale", 1.0),
                                 inference.get("noise_w", 0.8)], dtype=np.float32)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        self._session = onnxruntime.InferenceSession(str(models[0]), options,
                                                     providers=["CPUExecutionProvider"])

    def phoneme_ids(self, phonemes: str) -> list[int]:
        """Piper's layout: BOS, then each phoneme followed by the pad id, then EOS."""
        pad = self._ids["_"]
        ids = [*self._ids["^"], *pad]
        for symbol in phonemes:
            if symbol in self._ids:  # symbols the voice never learned are skipped
                ids += [*self._ids[symbol], *pad]
        return [*ids, *self._ids["$"]]

    def synthesize(self, text: str, language: str) -> tuple[np.ndarray, int]:
        phonemes = phonemize(text, self._espeak_voice)
        if not phonemes:
            return np.zeros(0, dtype=np.float32), self.sample_rate_hz
        ids = np.array([self.phoneme_ids(phonemes)], dtype=np.int64)
        audio = self._session.run(None, {
            "input": ids,
            "input_lengths": np.array([ids.shape[1]], dtype=np.int64),
            "scales": self._scales,
        })[0]
        return np.asarray(audio, dtype=np.float32).reshape(-1), self.sample_rate_hz
