"""Machine translation with CTranslate2: one model folder per language pair.

A pair's folder (``MODELS_DIR/mt/<src>-<tgt>/``) holds a CTranslate2 model
converted with ``ct2-transformers-converter`` (OPUS-MT/Marian or NLLB), its
SentencePiece models, and ``model_card.json``: ``{"family": "marian"|"nllb",
"real": true|false, ...}``. A missing pair is an error when the engine is
built, not at the first utterance.

Protected spans (``[PERSON_1]``, ``[TERM_2]``) travel through the model as they are;
``interpretation.translation`` checks that they came back and falls back piece by
piece where one did not.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

MAX_DECODING_LENGTH = 256
NLLB_CODES = {"en": "eng_Latn", "es": "spa_Latn", "fr": "fra_Latn", "pt": "por_Latn"}


@dataclass(frozen=True)
class PairModel:
    pair: str
    folder: Path
    family: str
    real: bool
    licence: str = ""


def discover_pairs(mt_dir: Path) -> dict[str, PairModel]:
    pairs: dict[str, PairModel] = {}
    if not mt_dir.is_dir():
        return pairs
    for folder in sorted(p for p in mt_dir.iterdir() if (p / "model.bin").is_file()):
        card_path = folder / "model_card.json"
        card = json.loads(card_path.read_text()) if card_path.is_file() else {}
        pair = card.get("pair", folder.name)
        pairs[pair] = PairModel(pair, folder, card.get("family", "marian"),
                                bool(card.get("real", True)),
                                card.get("licence", "as its model card says"))
    return pairs


class Seq2SeqTranslator:
    """One ordered pair's CTranslate2 encoder-decoder model (OPUS-MT, NLLB, Argos)."""

    def __init__(self, model: PairModel, threads: int = 1) -> None:
        import ctranslate2
        import sentencepiece as spm

        self.model = model
        self.pair = model.pair
        self.name = f"ct2:{model.folder.name}" if model.real else "test-model"
        self.real = model.real
        self.licence = model.licence
        self.tier = "good" if model.real else "test"
        self.translator = ctranslate2.Translator(str(model.folder), device="cpu",
                                                 compute_type="int8", intra_threads=threads)
        source_spm = model.folder / "source.spm"
        target_spm = model.folder / "target.spm"
        if not source_spm.is_file():  # NLLB ships one model for both sides
            source_spm = target_spm = model.folder / "sentencepiece.bpe.model"
        self.source = spm.SentencePieceProcessor(model_file=str(source_spm))
        self.target = spm.SentencePieceProcessor(model_file=str(target_spm))

    def translate_batch(self, texts: list[str]) -> list[str]:
        if not texts:
            return []
        source, target = self.model.pair.split("-")
        batch = [[*self.source.encode(t, out_type=str), "</s>"] for t in texts]
        prefix = None
        if self.model.family == "nllb":
            batch = [[NLLB_CODES[source], *tokens] for tokens in batch]
            prefix = [[NLLB_CODES[target]]] * len(batch)
        # A translation is rarely over twice its source: longer is a model stuck in a loop.
        longest = max(len(tokens) for tokens in batch)
        results = self.translator.translate_batch(
            batch, target_prefix=prefix, beam_size=4,
            max_decoding_length=min(MAX_DECODING_LENGTH, 2 * longest + 10))
        out = []
        for result in results:
            tokens = [t for t in result.hypotheses[0] if t not in ("</s>", "<pad>")]
            if self.model.family == "nllb" and tokens and tokens[0] == NLLB_CODES[target]:
                tokens = tokens[1:]
            out.append(self.target.decode(tokens))
        return out
