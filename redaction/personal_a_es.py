"""A given name after Spanish's personal "a" is a person, even a frequent word.

Spanish marks a person who is the object of a verb with "a": "vi a maría ayer", "le pongo
a maría la inyección", "llevé a juan al doctor". In speech the name comes in lower case,
and the most frequent given names (maría, juan, josé, carmen) are also among the most
frequent words of a Spanish corpus, so the name rule, which takes a lone lower-case
frequent word for an ordinary one, let them through. After "a" a census given name is a
person, unless it is one of the everyday nouns that given names share and that follow
"a" in a clinic ("dar a luz", "a mitad", "cara a cara").
"""

from __future__ import annotations

import re

from redaction.wordlists import census_given_names, fold, names

_PERSONAL_A = re.compile(r"[^\W\d_]+[\s,]+a\s+$", re.I)  # a word, then "a": no opening "A"
_STOP_RANK = 300  # the function words among the names ("su", "mi", "una") are never one
# Given names of the census that are everyday nouns or words after "a" in clinical talk.
_EVERYDAY_AFTER_A = frozenset("""
luz tierra cara zona vida nada alta sol mar paz cruz flor fe sal bebe virgen reina rey
luna ola risa dulce pura sana ida ira palma vena meta monte sierra mina tia nena lana
joya rana loma delta mora noble linda bonita bella gloria santa santo salud miles in so
man art ed ja ta jo ji ka ria ora ami asa aja isa yen ali ben rob pat kit jan val gay
remedios dolores
""".split())


def personal_a_before(text: str, start: int, rank: int | None) -> bool:
    """Is the word at ``start`` a census given name after a personal "a" ("vi a
    maría")? ``rank``: its place in the frequency list of Spanish words."""
    word = re.match(r"[^\W\d_]+", text[start:])
    if word is None or _PERSONAL_A.search(text, max(0, start - 40), start) is None:
        return False
    key = fold(word.group())
    return key in census_given_names() and "F" in names().get(key, "") \
        and key not in _EVERYDAY_AFTER_A and (rank is None or rank >= _STOP_RANK)
