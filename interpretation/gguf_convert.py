"""Convert a Qwen2 GGUF file (llama.cpp's format) into a CTranslate2 int8 Generator.

The only instruction-tuned LLM weights a package registry carries for this project
come as a quantised GGUF (see ``weights.py``); CTranslate2's own converters read
Hugging Face checkpoints through torch, which the base install does not have. So
this reads the GGUF tensors with the ``gguf`` package, dequantises them (Q4_K,
Q6_K, Q8_0, ...) a slice of rows at a time, quantises each row to int8 exactly as
CTranslate2's converter does (per-row scale), and fills the Qwen2 decoder spec the
way ``ctranslate2.converters.transformers.Qwen2Loader`` does: pre-norm RMSNorm,
SwiGLU feed-forward, grouped-query attention with a bias on Q/K/V, rotary
embeddings over the whole head split in halves (llama.cpp's "NEOX" layout, which
Qwen2 GGUFs keep unpermuted). Memory stays near the int8 model's size (~2 GB)
rather than the float32 one (~6 GB).

The tokenizer is rebuilt from the GGUF's vocabulary and merges as Qwen2's
byte-level BPE, with Qwen2's pre-tokenizer regex, and saved as ``tokenizer.json``.

``build_generator`` takes plain float32 arrays by GGUF tensor name, so the small
random-weight test model (``interpretation.test_models.build_test_llm``) goes
through the same spec-filling code as the real conversion.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

QWEN2_PRETOKENIZE = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}"
    r"| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"
)
CHAT_SPECIAL_TOKENS = ("<|endoftext|>", "<|im_start|>", "<|im_end|>")
TOKEN_TYPE_NORMAL = 1
TOKEN_TYPE_CONTROL = 3
TOKEN_TYPE_USER_DEFINED = 4
ROWS_PER_SLICE = 8192  # dequantise this many rows at a time: bounds the float32 copy


@dataclass(frozen=True)
class Qwen2Shape:
    """The hyper-parameters a Qwen2 decoder needs, as the GGUF metadata states them."""

    name: str
    layers: int
    heads: int
    kv_heads: int
    d_model: int
    rope_base: float
    rms_eps: float


@dataclass(frozen=True)
class Vocabulary:
    tokens: list[str]
    merges: list[str]  # "left right", in priority order
    types: list[int]  # llama.cpp token types: 1 normal, 3 control, 4 user-defined, 5 unused
    bos: str
    eos: str


TensorSource = Callable[[str], Iterator[np.ndarray]]
"""Yields a tensor's float32 rows (out_features x in_features) in consecutive slices."""


def int8_rows(slices: Iterator[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Per-row symmetric int8 and its scales, the same arithmetic as CTranslate2's
    ``int8`` quantisation, done slice by slice so no whole float32 copy exists."""
    values, scales = [], []
    for rows in slices:
        rows = np.asarray(rows, dtype=np.float32)
        amax = np.abs(rows).max(axis=1)
        amax[amax == 0] = 127.0
        scale = (127.0 / amax).astype(np.float32)
        values.append(np.rint(rows * scale[:, None]).astype(np.int8))
        scales.append(scale)
    return np.concatenate(values), np.concatenate(scales)


def _vector(source: TensorSource, name: str) -> np.ndarray:
    return np.concatenate(list(source(name))).reshape(-1).astype(np.float32)


def build_generator(shape: Qwen2Shape, vocab: Vocabulary, source: TensorSource,
                    has_output: bool) -> Any:
    """A validated CTranslate2 ``TransformerDecoderModelSpec`` with int8 weights.

    ``has_output`` is False when the LM head is tied to the token embeddings.
    """
    from ctranslate2.specs import common_spec, transformer_spec

    spec = transformer_spec.TransformerDecoderModelSpec.from_config(
        shape.layers, shape.heads,
        activation=common_spec.Activation.SWISH, pre_norm=True, ffn_glu=True, rms_norm=True,
        rotary_dim=0, rotary_interleave=False, rotary_base=shape.rope_base,
        num_heads_kv=None if shape.kv_heads == shape.heads else shape.kv_heads,
    )
    decoder = spec.decoder

    def linear(target: Any, *names: str, bias: bool) -> None:
        """Fill a linear layer; several names are fused along the output rows (Q, K, V)."""
        parts = [int8_rows(source(f"{n}.weight")) for n in names]
        target.weight = np.concatenate([w for w, _ in parts])
        target.weight_scale = np.concatenate([s for _, s in parts])
        if bias:
            target.bias = np.concatenate(
                [_vector(source, f"{n}.bias") for n in names])

    decoder.scale_embeddings = False
    embed, embed_scale = int8_rows(source("token_embd.weight"))
    decoder.embeddings.weight = embed
    decoder.embeddings.weight_scale = embed_scale
    decoder.layer_norm.gamma = _vector(source, "output_norm.weight")
    if has_output:
        linear(decoder.projection, "output", bias=False)
    else:
        decoder.projection.weight = embed
        decoder.projection.weight_scale = embed_scale
    for i, layer in enumerate(decoder.layer):
        block = f"blk.{i}"
        layer.self_attention.layer_norm.gamma = _vector(source, f"{block}.attn_norm.weight")
        linear(layer.self_attention.linear[0],
               f"{block}.attn_q", f"{block}.attn_k", f"{block}.attn_v", bias=True)
        linear(layer.self_attention.linear[1], f"{block}.attn_output", bias=False)
        layer.ffn.layer_norm.gamma = _vector(source, f"{block}.ffn_norm.weight")
        linear(layer.ffn.linear_0, f"{block}.ffn_gate", bias=False)
        linear(layer.ffn.linear_0_noact, f"{block}.ffn_up", bias=False)
        linear(layer.ffn.linear_1, f"{block}.ffn_down", bias=False)

    spec.register_vocabulary(vocab.tokens)
    spec.config.bos_token = vocab.bos
    spec.config.eos_token = vocab.eos
    spec.config.unk_token = ""
    spec.config.layer_norm_epsilon = shape.rms_eps
    spec.validate()
    return spec


def build_tokenizer(vocab: Vocabulary) -> Any:
    """Qwen2's byte-level BPE tokenizer (a ``tokenizers.Tokenizer``) from a GGUF vocabulary.

    Control and user-defined tokens (``<|im_start|>`` ...) are added as special
    tokens so chat markup becomes one token each and never splits.
    """
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers
    from tokenizers import pre_tokenizers as pre

    ids = {token: i for i, token in enumerate(vocab.tokens)}
    merges = [(left, right) for left, right in (m.split(" ", 1) for m in vocab.merges)]
    tokenizer = Tokenizer(models.BPE(vocab=ids, merges=merges, unk_token=None,
                                     byte_fallback=False, ignore_merges=False))
    tokenizer.normalizer = normalizers.NFC()
    tokenizer.pre_tokenizer = pre.Sequence([
        pre.Split(Regex(QWEN2_PRETOKENIZE), behavior="isolated", invert=False),
        pre.ByteLevel(add_prefix_space=False, trim_offsets=False, use_regex=False),
    ])
    tokenizer.decoder = decoders.ByteLevel()
    special = [t for t, kind in zip(vocab.tokens, vocab.types, strict=True)
               if kind in (TOKEN_TYPE_CONTROL, TOKEN_TYPE_USER_DEFINED)]
    tokenizer.add_special_tokens(
        [AddedToken(t, special=True, normalized=False) for t in special])
    return tokenizer


def model_name(general_name: str) -> str:
    """``"Qwen2.5 Coder 1.5B Instruct GGUF"`` -> ``"qwen2.5-coder-1.5b-instruct"``."""
    name = re.sub(r"\bGGUF\b", "", general_name, flags=re.IGNORECASE).strip().lower()
    return re.sub(r"[^a-z0-9.]+", "-", name).strip("-")


def _field(reader: Any, key: str) -> Any:
    field = reader.fields.get(key)
    if field is None:
        raise ValueError(f"the GGUF file has no {key}")
    return field.contents()


def read_gguf(path: Path) -> tuple[Qwen2Shape, Vocabulary, TensorSource, bool]:
    """The shape, vocabulary and a row-slice reader of a Qwen2 GGUF file (memory-mapped)."""
    from gguf import GGUFReader
    from gguf.quants import dequantize

    reader = GGUFReader(str(path))
    arch = _field(reader, "general.architecture")
    if arch != "qwen2":
        raise ValueError(f"only qwen2 GGUF files convert, not {arch}")
    shape = Qwen2Shape(
        name=model_name(str(_field(reader, "general.name"))),
        layers=int(_field(reader, "qwen2.block_count")),
        heads=int(_field(reader, "qwen2.attention.head_count")),
        kv_heads=int(_field(reader, "qwen2.attention.head_count_kv")),
        d_model=int(_field(reader, "qwen2.embedding_length")),
        rope_base=float(_field(reader, "qwen2.rope.freq_base")),
        rms_eps=float(_field(reader, "qwen2.attention.layer_norm_rms_epsilon")),
    )
    tokens: list[str] = list(_field(reader, "tokenizer.ggml.tokens"))
    vocab = Vocabulary(
        tokens=tokens,
        merges=list(_field(reader, "tokenizer.ggml.merges")),
        types=[int(t) for t in _field(reader, "tokenizer.ggml.token_type")],
        bos=tokens[int(_field(reader, "tokenizer.ggml.bos_token_id"))],
        eos=tokens[int(_field(reader, "tokenizer.ggml.eos_token_id"))],
    )
    tensors = {t.name: t for t in reader.tensors}

    def rows(name: str) -> Iterator[np.ndarray]:
        tensor = tensors.get(name)
        if tensor is None:
            raise ValueError(f"the GGUF file has no tensor {name}")
        data = tensor.data
        if data.ndim == 1:  # a vector (norm, bias): one "row"
            yield dequantize(data, tensor.tensor_type).reshape(1, -1)
            return
        for start in range(0, data.shape[0], ROWS_PER_SLICE):
            part = dequantize(np.ascontiguousarray(data[start:start + ROWS_PER_SLICE]),
                              tensor.tensor_type)
            yield part.reshape(part.shape[0], -1)

    return shape, vocab, rows, "output.weight" in tensors


def convert_gguf(path: Path, out_dir: Path) -> Qwen2Shape:
    """Write ``model.bin``, ``config.json``, the vocabulary and ``tokenizer.json`` to
    ``out_dir`` and check that CTranslate2 loads the result. Returns the model's shape."""
    shape, vocab, source, has_output = read_gguf(path)
    save_generator(out_dir, shape, vocab, source, has_output)
    return shape


def save_generator(out_dir: Path, shape: Qwen2Shape, vocab: Vocabulary, source: TensorSource,
                   has_output: bool) -> None:
    """Build, save and load-check the Generator and its tokenizer in ``out_dir``."""
    import ctranslate2

    missing = [t for t in CHAT_SPECIAL_TOKENS if t not in vocab.tokens]
    if missing:
        raise ValueError(f"the vocabulary lacks the chat tokens {missing}")
    out_dir.mkdir(parents=True, exist_ok=True)
    spec = build_generator(shape, vocab, source, has_output)
    spec.save(str(out_dir))
    del spec
    build_tokenizer(vocab).save(str(out_dir / "tokenizer.json"))
    ctranslate2.Generator(str(out_dir), device="cpu")  # fails here, not later, if malformed


def merges_of(tokenizer_json: dict[str, Any]) -> Sequence[str]:
    """A trained ``tokenizers`` BPE's merges as GGUF stores them ("left right")."""
    merges = tokenizer_json["model"]["merges"]
    return [m if isinstance(m, str) else " ".join(m) for m in merges]
