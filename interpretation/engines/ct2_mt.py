"""Machine translation with CTranslate2: one model folder per language pair.

A pair's folder (``MODELS_DIR/mt/<src>-<tgt>/``) holds a CTranslate2 model
converted with ``ct2-transformers-converter`` (OPUS-MT/Marian or NLLB), its
SentencePiece models, and ``model_card.json``: ``{"family": "marian"|"nllb",
"real": true|false, ...}``. A missing pair is an error when the engine is
built, not at the first utterance.

Placeholders (``[PHONE_1]``) and glossary terms must reach the output exactly.
They are protected as opaque spans: the text is translated with them in place,
and if the model dropped or garbled one, the text between them is translated
piece by piece and the spans are put back in order.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from interpretation.engines.base import EngineError

PLACEHOLDER_RE = re.compile(r"\[[A-Z_]+_\d+\]")
MAX_DECODING_LENGTH = 256
NLLB_CODES = {"en": "eng_Latn", "es": "spa_Latn", "fr": "fra_Latn", "pt": "por_Latn"}


@dataclass(frozen=True)
class PairModel:
    pair: str
    folder: Path
    family: str
    real: bool


def discover_pairs(mt_dir: Path) -> dict[str, PairModel]:
    pairs: dict[str, PairModel] = {}
    if not mt_dir.is_dir():
        return pairs
    for folder in sorted(p for p in mt_dir.iterdir() if (p / "model.bin").is_file()):
        card_path = folder / "model_card.json"
        card = json.loads(card_path.read_text()) if card_path.is_file() else {}
        pair = card.get("pair", folder.name)
        pairs[pair] = PairModel(pair, folder, card.get("family", "marian"),
                                bool(card.get("real", True)))
    return pairs


class _LoadedPair:
    def __init__(self, model: PairModel, threads: int) -> None:
        import ctranslate2
        import sentencepiece as spm

        self.model = model
        self.translator = ctranslate2.Translator(str(model.folder), device="cpu",
                                                 compute_type="int8", intra_threads=threads)
        source_spm = model.folder / "source.spm"
        target_spm = model.folder / "target.spm"
        if not source_spm.is_file():  # NLLB ships one model for both sides
            source_spm = target_spm = model.folder / "sentencepiece.bpe.model"
        self.source = spm.SentencePieceProcessor(model_file=str(source_spm))
        self.target = spm.SentencePieceProcessor(model_file=str(target_spm))

    def translate_batch(self, texts: list[str]) -> list[str]:
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


class CTranslate2Translator:
    def __init__(self, mt_dir: Path, required_pairs: list[str], *, threads: int = 1,
                 glossary: dict[str, dict[str, str]] | None = None) -> None:
        found = discover_pairs(mt_dir)
        missing = [pair for pair in required_pairs if pair not in found]
        if missing:
            raise EngineError(
                f"no translation model for {', '.join(missing)} in {mt_dir}: "
                "run `manage.py models install` or see README (Translation models)")
        self._pairs = {pair: _LoadedPair(found[pair], threads) for pair in required_pairs}
        self._glossary = glossary or {}

    def pairs(self) -> list[str]:
        return sorted(self._pairs)

    def is_real(self, pair: str) -> bool:
        return self._pairs[pair].model.real

    def translate(self, text: str, source: str, target: str) -> str:
        pair = f"{source}-{target}"
        loaded = self._pairs.get(pair)
        if loaded is None:
            raise EngineError(f"no translation model for {pair}")
        protected, terms = self._protect_terms(text, pair)
        output = _translate_keeping_spans(loaded, protected)
        for marker, term in terms.items():
            output = output.replace(marker, term)
        return output

    def _protect_terms(self, text: str, pair: str) -> tuple[str, dict[str, str]]:
        """Glossary terms become placeholders, restored as the forced target term."""
        terms: dict[str, str] = {}
        for number, (source_term, target_term) in enumerate(
            sorted(self._glossary.get(pair, {}).items(), key=lambda kv: -len(kv[0])), start=1
        ):
            pattern = re.compile(rf"\b{re.escape(source_term)}\b", re.IGNORECASE)
            if pattern.search(text):
                marker = f"[TERM_{number}]"
                text = pattern.sub(marker, text)
                terms[marker] = target_term
        return text, terms


def _translate_keeping_spans(loaded: _LoadedPair, text: str) -> str:
    spans = PLACEHOLDER_RE.findall(text)
    if not text.strip():
        return text
    whole = loaded.translate_batch([text])[0]
    if sorted(PLACEHOLDER_RE.findall(whole)) == sorted(spans):
        return whole
    # The model lost or invented a span: translate the pieces between spans instead.
    pieces = PLACEHOLDER_RE.split(text)
    to_translate = [p for p in pieces if p.strip()]
    translated = iter(loaded.translate_batch(to_translate)) if to_translate else iter(())
    out: list[str] = []
    for i, piece in enumerate(pieces):
        out.append(next(translated) if piece.strip() else piece.strip())
        if i < len(spans):
            out.append(spans[i])
    return " ".join(part for part in out if part)
