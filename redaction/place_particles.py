"""Towns whose names join two names with a particle: "Frankfurt am Main", "Newcastle
upon Tyne", "Halle an der Saale", "Bergen op Zoom", "Boulogne-sur-Mer", "Brandýs nad
Labem", "Santa Cruz de la Sierra".

The place lists hold few of them and spaCy takes the part before the particle only, so
"flights from Büsingen am Hochrhein" left "Hochrhein" in the text. After a cue of place
("from", "to", "in", "near", "born in", "moved to"), a name, a particle of this closed
class and a name are one town. In writing every name is capitalised; in lower-case
speech a name before the particle is a known place or no English word, the particle one that no
English sentence puts there ("am", "upon", "nad"; not "on", "in", "de"), and the last
name is no frequent English word ("from london on tuesday" stays as it is).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaction.towns import all_places
from redaction.wordlists import common, fold

_WORD = r"[^\W\d_][\w'\u2019]*"
_PARTICLES_WRITTEN = (r"am|an\s+der|an|im|in\s+der|ob\s+der|upon|on|sur|sous|en|l[eè]s|"
                      r"de\s+la|de\s+las|de\s+los|del|de|do|da|dos|das|di|della|"
                      r"aan\s+den|aan\s+de|aan|op|nad|pod|bei|ad|an\s+dem")
_PARTICLES_SAID = frozenset({"am", "an der", "ob der", "upon", "sur", "les", "lès", "de la",
                             "de las", "de los", "del", "do", "dos", "das", "aan den",
                             "aan de", "op", "nad", "pod", "bei", "in der"})
_PLACE = re.compile(
    r"\b(?:from|to|in|near|at|outside|around|toward|towards|visit|visited|visiting|"
    r"lives?|lived|living|born|moved|flew|drove)\s+"
    rf"((?:(?!(?:from|to|in|near|at|of|the|a)\b){_WORD}(?:\s+|-)){{1,3}}?)"
    rf"({_PARTICLES_WRITTEN})(?:\s+|-)"
    rf"({_WORD}(?:\s+{_WORD})?)", re.I)
_COMMON_RANK = 2000
# Particles that are English (or Latin, French) words too: spaced, they join a town's
# names only when the name after them is no frequent word ("Kingston upon Thames" is
# unambiguous; "Leeds on Friday", "Lagos in March" are no towns). Hyphenated always.
_ENGLISH_TOO = frozenset({"on", "in", "an", "en", "de", "da", "do", "di", "ad", "im"})


def _said_ok(head: list[str], last: list[str]) -> bool:
    known = any(fold(w) in all_places() or fold(w) not in common("en") for w in head)
    return known and all(common("en").get(fold(w), _COMMON_RANK) >= _COMMON_RANK for w in last)


def particle_places(text: str) -> Iterator[tuple[int, int]]:
    """Spans of towns named with a particle, after a cue of place."""
    for match in _PLACE.finditer(text):
        head = re.findall(_WORD, match.group(1))
        tail = re.findall(_WORD, match.group(3))
        if not head or not tail:
            continue
        particle = " ".join(match.group(2).lower().split())
        written = all(w[0].isupper() for w in head) and tail[0][0].isupper()
        hyphen = "-" in text[match.end(1) - 1:match.start(3) + 1]
        if written and particle in _ENGLISH_TOO and not hyphen and any(
                common("en").get(fold(w), _COMMON_RANK) < _COMMON_RANK for w in tail[:1]):
            continue  # "moved to Leeds on Friday", "from Lagos in March": no town's name
        if written:
            # a second word of the tail only when it is capitalised too
            end = match.end(3) if tail[-1][0].isupper() else match.start(3) + len(tail[0])
            yield match.start(1), end
        elif particle in _PARTICLES_SAID and text == text.lower() \
                and _said_ok(head, tail[:1]):
            yield match.start(1), match.start(3) + len(tail[0])
