"""Spanish-named places said in English speech: "we go to iglesia pentecostal monte sion",
"she works at the farmacia la económica", "Hogar San Vicente de Paúl".

Why: patients in US clinics name their church, pharmacy, shop or school in Spanish while
speaking English, and outside writers mark those names. ``institutions_es`` reads them in
Spanish text only, and the English recognizers know neither the head ("iglesia") nor the
Spanish words of the name. Here a head no English word shares opens a name, and the words
after it belong to it while they are Spanish, not English: written with a capital (not
only because a sentence starts), listed names or places, or Spanish words that English
speech seldom uses; "de", "la", "san" inside. An English word ends it ("the farmacia on
main street", "the tienda near my house"): "the clinica where she works" names nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaction.medical import is_medical
from redaction.wordlists import common, fold, names, places

_HEAD = re.compile(
    r"\b(?:iglesia|parroquia|capilla|templo|cl[ií]nica|farmacia|botica|tienda|"
    r"panader[ií]a|taquer[ií]a|escuela|colegio|f[aá]brica|hogar|fundaci[oó]n|"
    r"centro\s+de\s+salud|barrio|colonia|mercado|supermercado|restaurante|"
    r"lavander[ií]a|carnicer[ií]a|tortiller[ií]a|botánica|botanica)"
    # what kind it is, said between the head and the name
    r"(?:\s+(?:pentecostal|bautista|cristiana|católica|catolica|evangélica|evangelica|"
    r"adventista|metodista|apostólica|apostolica|americano|americana|primaria|"
    r"secundaria|comunitaria))*\b", re.I)
_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_PARTICLES = frozenset("de del la las los el y san santa santo ni".split())
_MAX_WORDS = 6
_GRAMMAR_RANK = 300  # a more frequent English word is grammar, never a name's
_ENGLISH_RANK = 5000  # a Spanish word more frequent in English is said as English


def spanish_places(text: str) -> Iterator[tuple[int, int]]:
    """Spans of a Spanish head and the Spanish name after it, in English text."""
    for head in _HEAD.finditer(text):
        end = None
        last = head.end()
        after_particle = False
        for count, token in enumerate(_TOKEN.finditer(text, head.end())):
            if count >= _MAX_WORDS or text[last:token.start()].strip():
                break  # too long, or punctuation between
            word, key = token.group(), fold(token.group())
            last = token.end()
            if key in _PARTICLES:
                after_particle = True
                continue  # inside a name only: trailing ones are left out
            english = common("en").get(key, _ENGLISH_RANK)
            if is_medical(text, token.start(), token.end(), key, "es") \
                    or english < _GRAMMAR_RANK:
                break
            listed = key in names() or key in places()
            spanish = key in common("es") or listed or key not in common("en")
            if not (word[0].isupper() or (english >= _ENGLISH_RANK and spanish)
                    or (after_particle and listed)):
                break  # an English word: "the escuela near us", "the colonia smells"
            end, after_particle = token.end(), False
        if end is not None:
            yield head.start(), end
