"""A Spanish place's head said a word or two before the part of its name a finder found:
"el hospicio buen [pastor]", "el laboratorio gota [fiel]", "el policlínico [mártires] del
cerro".

Why: the finders read a name by its words ("pastor", "fiel", a surname or a saint), and
``span_edges.widened`` takes in the head of its kind only when it stands right before
them; a first word of the name between them ("buen", "gota", "nueva") left the head and
that word bare, and the place was scored unfound with a third of it hidden. The words
between must be a name's: no grammar (a frequent word: "en el hospital me dijo [ana]",
"la clínica y [ana]"), no verb or clinical word ("la clínica del pie diabético [santa
fe]" keeps its condition), no digits. After a finding that opens with its head, "de" or
"del" and one word go on with its name, unless the word says whose, where or when ("el
[hospital santa rosa] del pueblo", "de noche") or is clinical ("de diabetes").
"""

from __future__ import annotations

import re

from redaction.institution_words_es import GENERIC_OF, TIME_WORDS
from redaction.medical import is_medical_alone
from redaction.wordlists import common, fold

_MAX_WORDS_BETWEEN = 2
_GRAMMAR_RANK = 100  # a more frequent Spanish word is grammar ("me", "y", "a", "su")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
# A verb's ending, read with its accent: "la clínica llamó", "el hospital atendía", "la
# escuela cerraba".
_VERB = re.compile(r"(?:ó|aba|aban|ía|ían|ron|ando|iendo|ar|er|ir)$")


def head_before_name_words(text: str, floor: int, start: int,
                           head_before: re.Pattern[str]) -> int | None:
    """Where the head of a kind begins when only a name's first words stand between it and
    ``start`` ("hospicio buen [pastor]"), or None. ``head_before`` matches a head ending
    where the words begin (``span_edges``' pattern for heads said before a name)."""
    position = start
    for _ in range(_MAX_WORDS_BETWEEN):
        word = _WORD_BEFORE.search(text, floor, position)
        if word is None:
            return None
        if not _a_name_word(word.group(1)):
            return None
        position = word.start(1)
        head = head_before.search(text, floor, position)
        if head is not None and head.end() == position:
            return head.start()
    return None


_OF_A_WORD = re.compile(r"\s+(?:de|del)\s+([^\W\d_]+)\b", re.I)


def name_after_head(text: str, start: int, end: int, ceiling: int,
                    head_first: re.Pattern[str]) -> int:
    """Where a finding that opens with its head (``head_first`` matches at ``start``) ends
    once "de" or "del" and a name's word after it are taken in ("[policlínico mártires] del
    cerro"); ``end`` when none follows."""
    if head_first.match(text, start) is None:
        return end
    more = _OF_A_WORD.match(text, end, ceiling)
    if more is None:
        return end
    key = fold(more.group(1))
    if key in GENERIC_OF or key in TIME_WORDS or not _a_name_word(more.group(1)):
        return end
    return more.end()


def _a_name_word(word: str) -> bool:
    """Could this word be one of a place's name: no grammar, verb or clinical word?"""
    key = fold(word)
    return common("es").get(key, _GRAMMAR_RANK) >= _GRAMMAR_RANK \
        and not _VERB.search(word.lower()) and not is_medical_alone(key, "es")
