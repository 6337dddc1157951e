"""Clinical words that are names too: "me duele el bazo" and "Juan Quijada".

Some words of the body and the clinic are surnames or towns as well (Quijada, Costilla,
Mejilla, Sonda; La Ceja in Antioquia, Menton in France). In the general clinical word list
they hid people and towns that carry them ("Mi esposo es Juan Quijada", "Vivo en La Ceja",
found by a review), so they live in ``data/clinical_words_named.txt`` and count as
clinical only where an article or a possessive stands right before them and they are
written in lower case: "la quijada", "mi costilla", "un stent", "la ceja".
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

_ARTICLE_BEFORE = re.compile(r"\b(?:el|la|los|las|un|una|unos|unas|del|al|mi|mis|tu|tus|"
                             r"su|sus|the|a|an|my|his|her|your)\s+$", re.I)


@cache
def named_clinical_words() -> frozenset[str]:
    path = Path(__file__).resolve().parent / "data" / "clinical_words_named.txt"
    return frozenset(line for line in path.read_text(encoding="utf-8").splitlines()
                     if line and not line.startswith("#"))


def clinical_with_its_article(text: str, start: int, end: int, key: str) -> bool:
    """Is the word ``key`` (folded) at ``text[start:end]`` one of these, said as a part of
    the body or a device: lower case, an article or a possessive right before it?"""
    return key in named_clinical_words() and text[start:end].islower() \
        and _ARTICLE_BEFORE.search(text, max(0, start - 8), start) is not None
