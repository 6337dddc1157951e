"""Small models the project builds itself where the registries carry no weights.

No English<->Spanish translation weights can be installed on a machine without
the Hugging Face hub. This builds a tiny Marian-shaped Transformer (d_model 64,
2+2 layers, seeded random weights, int8) straight into CTranslate2's spec,
with SentencePiece models trained on a few sentences. Its output is
meaningless: it exists so that the real CTranslate2 code path (loading,
tokenising, decoding, placeholder protection) runs in tests and in the demo.
Its ``model_card.json`` says ``"real": false`` and every report says so too.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np

from interpretation.gguf_convert import Qwen2Shape, Vocabulary

D_MODEL = 64
FFN_DIM = 128
HEADS = 4
LAYERS = 2
VOCAB_SIZE = 160
MAX_POSITIONS = 256

CORPUS = [
    "how long have you had the pain", "¿desde cuándo tiene el dolor?",
    "take one tablet twice a day with food", "tome una tableta dos veces al día con comida",
    "do you have any allergies to medicines", "¿tiene alergia a algún medicamento?",
    "my chest hurts when I breathe", "me duele el pecho cuando respiro",
    "we will check your blood pressure", "vamos a revisar su presión arterial",
    "the results came back normal", "los resultados salieron normales",
    "please call the clinic if the fever returns", "llame a la clínica si vuelve la fiebre",
]


def _train_spm(prefix: Path) -> None:
    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(CORPUS * 4), model_writer=model, vocab_size=VOCAB_SIZE,
        model_type="unigram", hard_vocab_limit=False, character_coverage=1.0,
        user_defined_symbols=["[", "]", "_"],  # placeholders survive tokenisation
        minloglevel=2,
    )
    prefix.write_bytes(model.getvalue())


def _sinusoids(length: int, depth: int) -> np.ndarray:
    position = np.arange(length)[:, None]
    rates = np.exp(-np.log(10000.0) * np.arange(0, depth, 2) / depth)
    table = np.zeros((length, depth), dtype=np.float32)
    table[:, 0::2] = np.sin(position * rates)
    table[:, 1::2] = np.cos(position * rates)
    return table


def build_test_translation_model(folder: Path, pair: str, seed: int = 7) -> Path:
    """Write a CTranslate2 model for ``pair`` (e.g. ``en-es``) into ``folder``."""
    import ctranslate2
    import sentencepiece as spm
    from ctranslate2.specs import transformer_spec

    folder.mkdir(parents=True, exist_ok=True)
    _train_spm(folder / "source.spm")
    (folder / "target.spm").write_bytes((folder / "source.spm").read_bytes())
    sp = spm.SentencePieceProcessor(model_file=str(folder / "source.spm"))
    tokens = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    vocab = [t for t in tokens if t not in ("<s>", "</s>", "<unk>")]
    vocab = ["<unk>", "<s>", "</s>", *vocab]
    rng = np.random.default_rng(seed)

    def weight(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) * 0.08).astype(np.float32)

    def norm(spec: object) -> None:
        spec.gamma = np.ones(D_MODEL, np.float32)  # type: ignore[attr-defined]
        spec.beta = np.zeros(D_MODEL, np.float32)  # type: ignore[attr-defined]

    def linear(spec: object, out_dim: int, in_dim: int) -> None:
        spec.weight = weight(out_dim, in_dim)  # type: ignore[attr-defined]
        spec.bias = np.zeros(out_dim, np.float32)  # type: ignore[attr-defined]

    def ffn(spec: object) -> None:
        norm(spec.layer_norm)  # type: ignore[attr-defined]
        linear(spec.linear_0, FFN_DIM, D_MODEL)  # type: ignore[attr-defined]
        linear(spec.linear_1, D_MODEL, FFN_DIM)  # type: ignore[attr-defined]

    spec = transformer_spec.TransformerSpec.from_config(LAYERS, HEADS, pre_norm=True)
    encoder, decoder = spec.encoder, spec.decoder
    encoder.embeddings[0].weight = weight(len(vocab), D_MODEL)
    encoder.position_encodings.encodings = _sinusoids(MAX_POSITIONS, D_MODEL)
    norm(encoder.layer_norm)
    for layer in encoder.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * D_MODEL, D_MODEL)
        linear(layer.self_attention.linear[1], D_MODEL, D_MODEL)
        ffn(layer.ffn)
    decoder.embeddings.weight = weight(len(vocab), D_MODEL)
    decoder.position_encodings.encodings = _sinusoids(MAX_POSITIONS, D_MODEL)
    norm(decoder.layer_norm)
    linear(decoder.projection, len(vocab), D_MODEL)
    for layer in decoder.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * D_MODEL, D_MODEL)
        linear(layer.self_attention.linear[1], D_MODEL, D_MODEL)
        norm(layer.attention.layer_norm)
        linear(layer.attention.linear[0], D_MODEL, D_MODEL)
        linear(layer.attention.linear[1], 2 * D_MODEL, D_MODEL)
        linear(layer.attention.linear[2], D_MODEL, D_MODEL)
        ffn(layer.ffn)
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.validate()
    spec.optimize(quantization="int8")
    spec.save(str(folder))
    (folder / "model_card.json").write_text(json.dumps({
        "pair": pair, "family": "marian", "real": False,
        "source": "built by interpretation.test_models (random weights): output is meaningless",
        "licence": "Apache-2.0 (project code)",
    }, indent=2))
    ctranslate2.Translator(str(folder), device="cpu")  # fails here, not later, if malformed
    return folder


# A small OpenVoice converter: the real architecture (coqui-tts's OpenVoice) at a
# fraction of the size, with seeded random weights. Its output is noise-like: it
# exercises the cloning code path, nothing more.
SMALL_OPENVOICE = {
    "zero_g": True, "inter_channels": 32, "hidden_channels": 32, "filter_channels": 64,
    "n_heads": 2, "n_layers": 2, "kernel_size": 3, "p_dropout": 0.0, "resblock": "1",
    "resblock_kernel_sizes": [3], "resblock_dilation_sizes": [[1, 3, 5]],
    "upsample_rates": [8, 8, 2, 2], "upsample_initial_channel": 64,
    "upsample_kernel_sizes": [16, 16, 4, 4], "gin_channels": 32,
}


def build_test_voice_converter(folder: Path, seed: int = 7) -> Path:
    """Write an OpenVoice checkpoint and config, in OpenVoice's own layout, to ``folder``."""
    import torch
    from TTS.vc.configs.openvoice_config import OpenVoiceArgs, OpenVoiceConfig
    from TTS.vc.models.openvoice import OpenVoice

    folder.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(seed)
    model = OpenVoice(OpenVoiceConfig(model_args=OpenVoiceArgs(**SMALL_OPENVOICE)))
    torch.save({"model": model.state_dict()}, folder / "checkpoint.pth")
    (folder / "config.json").write_text(json.dumps({
        "data": {"sampling_rate": 22050, "filter_length": 1024, "hop_length": 256,
                 "win_length": 1024},
        "model": SMALL_OPENVOICE,
    }, indent=2))
    (folder / "model_card.json").write_text(json.dumps({
        "real": False, "licence": "Apache-2.0 (project code)",
        "source": "built by interpretation.test_models (random weights): output is noise",
    }, indent=2))
    return folder


# A small Qwen2-shaped chat LLM: the real architecture of the LLM translation tier
# (grouped-query attention, Q/K/V bias, RMSNorm, SwiGLU, rotary) at d_model 64, with
# a byte-level BPE trained on a few sentences and Qwen's chat tokens. Its output is
# meaningless: it exercises the CTranslate2 Generator code path and the GGUF converter.
LLM_LAYERS = 2
LLM_HEADS = 4
LLM_KV_HEADS = 2
LLM_D_MODEL = 64
LLM_FFN_DIM = 128
LLM_VOCAB_SIZE = 400


def small_llm_parts(seed: int = 7) -> tuple[Qwen2Shape, Vocabulary, dict[str, np.ndarray]]:
    """The shape, vocabulary and float32 tensors (by GGUF name) of the small test LLM."""
    from tokenizers import Tokenizer, models, trainers
    from tokenizers import pre_tokenizers as pre

    from interpretation.gguf_convert import (
        CHAT_SPECIAL_TOKENS,
        TOKEN_TYPE_CONTROL,
        TOKEN_TYPE_NORMAL,
        merges_of,
    )

    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre.ByteLevel(add_prefix_space=False)
    trainer = trainers.BpeTrainer(
        vocab_size=LLM_VOCAB_SIZE, initial_alphabet=pre.ByteLevel.alphabet(),
        show_progress=False)
    bpe.train_from_iterator([*CORPUS, "Translate English to Spanish. [PERSON_1] 500 mg"] * 4,
                            trainer)
    trained = json.loads(bpe.to_str())
    by_id = sorted(trained["model"]["vocab"].items(), key=lambda kv: kv[1])
    tokens = [token for token, _ in by_id] + list(CHAT_SPECIAL_TOKENS)
    types = [TOKEN_TYPE_NORMAL] * len(by_id) + [TOKEN_TYPE_CONTROL] * len(CHAT_SPECIAL_TOKENS)
    vocab = Vocabulary(tokens, list(merges_of(trained)), types,
                       bos="<|endoftext|>", eos="<|im_end|>")
    shape = Qwen2Shape("test-llm", LLM_LAYERS, LLM_HEADS, LLM_KV_HEADS, LLM_D_MODEL,
                       rope_base=1_000_000.0, rms_eps=1e-6)
    rng = np.random.default_rng(seed)
    head_dim = LLM_D_MODEL // LLM_HEADS
    kv_dim = LLM_KV_HEADS * head_dim

    def weight(*dims: int) -> np.ndarray:
        return (rng.standard_normal(dims) * 0.08).astype(np.float32)

    tensors = {"token_embd.weight": weight(len(tokens), LLM_D_MODEL),
               "output_norm.weight": np.ones(LLM_D_MODEL, np.float32),
               "output.weight": weight(len(tokens), LLM_D_MODEL)}
    for i in range(LLM_LAYERS):
        block = f"blk.{i}"
        tensors |= {
            f"{block}.attn_norm.weight": np.ones(LLM_D_MODEL, np.float32),
            f"{block}.attn_q.weight": weight(LLM_D_MODEL, LLM_D_MODEL),
            f"{block}.attn_q.bias": weight(LLM_D_MODEL),
            f"{block}.attn_k.weight": weight(kv_dim, LLM_D_MODEL),
            f"{block}.attn_k.bias": weight(kv_dim),
            f"{block}.attn_v.weight": weight(kv_dim, LLM_D_MODEL),
            f"{block}.attn_v.bias": weight(kv_dim),
            f"{block}.attn_output.weight": weight(LLM_D_MODEL, LLM_D_MODEL),
            f"{block}.ffn_norm.weight": np.ones(LLM_D_MODEL, np.float32),
            f"{block}.ffn_gate.weight": weight(LLM_FFN_DIM, LLM_D_MODEL),
            f"{block}.ffn_up.weight": weight(LLM_FFN_DIM, LLM_D_MODEL),
            f"{block}.ffn_down.weight": weight(LLM_D_MODEL, LLM_FFN_DIM),
        }
    return shape, vocab, tensors


def build_test_llm(folder: Path, seed: int = 7) -> Path:
    """Write the small test LLM (a CTranslate2 Generator, ``tokenizer.json`` and a
    ``model_card.json`` saying ``"real": false``) into ``folder``."""
    from interpretation.gguf_convert import save_generator

    shape, vocab, tensors = small_llm_parts(seed)
    save_generator(folder, shape, vocab,
                   lambda name: iter([np.atleast_2d(tensors[name])]), has_output=True)
    (folder / "model_card.json").write_text(json.dumps({
        "engine": "llm", "name": "test-llm", "real": False,
        "licence": "Apache-2.0 (project code)",
        "source": "built by interpretation.test_models (random weights): output is meaningless",
        "pairs": ["en-es", "es-en"],
    }, indent=2))
    return folder
