"""A home given by how it looks and what stands beside it: "the pink duplex next to the
laundromat", "the third hogan past the chapter house", "la traila azul detrás de la
iglesia", "la casa de dos pisos frente a la tienda".

Why: where roads have no numbers (reservations, colonias, rural routes, trailer parks),
and whenever a driver, a nurse or a delivery must find the door, people locate a home by
its looks and its landmark. Such a phrase finds one house as well as a street and number
do, and outside writers mark it as an address; no street word or house number is in it,
so the address recognizers never read it. A home's word ("house", "trailer", "casa",
"traila"), the words that describe it, then a word of place ("next to", "behind", "frente
a", "detrás de") and the landmark after its article make the span. "The house" alone, or
a home's word with no landmark after it ("the blue house is nice"), is no address.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_EN_HOME = (r"house|home|trailer|mobile\s+home|double[\s-]?wide|single[\s-]?wide|duplex|"
            r"triplex|cabin|hogan|shack|farmhouse|bungalow|cottage|camper|rv|"
            r"apartment\s+building|brick\s+building")
_EN_LOOKS = (r"white|blue|pink|yellow|green|red|brown|gr[ae]y|beige|tan|orange|purple|"
             r"black|old|big|little|small|brick|wooden|stone|two[\s-]story|one[\s-]story|"
             r"corner|last|first|second|third|fourth|fifth|sixth|only")
_EN_PLACE = (r"next\s+(?:door\s+)?to|behind|across\s+(?:the\s+street\s+)?from|past|beside|"
             r"in\s+front\s+of|at\s+the\s+end\s+of|(?:down|up)\s+the\s+(?:road|street)\s+"
             r"from|after|before|(?:on\s+the\s+)?corner\s+of|around\s+the\s+corner\s+from")
_ES_HOME = r"casa|casita|traila|tr[aá]iler|quinta|finca|rancho|ranchito|choza|vivienda"
_ES_LOOKS = (r"azul|verde|amarill[oa]|blanc[oa]|roj[oa]|rosad[oa]|rosa|caf[eé]|gris|"
             r"morad[oa]|anaranjad[oa]|naranja|grande|chica|chiquita|peque[ñn]a|viej[oa]|"
             r"nuev[oa]|esquinera|de\s+(?:dos|tres)\s+pisos|de\s+madera|de\s+ladrillo|"
             r"de\s+adobe|de\s+l[aá]mina|de\s+block|de\s+bloque")
_ES_PLACE = (r"detr[aá]s\s+de|atr[aá]s\s+de|frente\s+a|enfrente\s+de|al\s+lado\s+de|"
             r"a\s+un\s+lado\s+de|a\s+la\s+par\s+de|junto\s+a|pegad[oa]\s+a|"
             r"despu[eé]s\s+de|en\s+la\s+esquina\s+de|al\s+fondo\s+de|subiendo|bajando")
_HOUSE = {
    "en": re.compile(
        rf"\bthe\s+(?:(?:{_EN_LOOKS})[\s,]+){{0,3}}(?:{_EN_HOME})\b"
        rf"(?:\s+with\s+the\s+[a-z]+(?:\s+[a-z]+)?)?(?:\s+on\s+the\s+(?:left|right))?"
        rf"\s+(?:{_EN_PLACE})\s+(?=\w)",
        re.I),
    "es": re.compile(
        rf"\b(?:la|el)\s+(?:{_ES_HOME})(?:\s+(?:{_ES_LOOKS})){{0,3}}"
        rf"(?:,?\s+(?:la|el)\s+(?:del|de\s+la|de\s+los|con\s+el|con\s+la)\s+[a-záéíóúñ]+"
        rf"(?:\s+[a-záéíóúñ]+)?)?(?:\s+a\s+la\s+(?:izquierda|derecha))?,?\s+(?:{_ES_PLACE})"
        rf"(?:l\b)?\s+(?=\w)",
        re.I),
}
# The landmark: its article and up to three words, to where the clause goes on.
_LANDMARK_WORD = re.compile(r"\s*([a-záéíóúñ'&-]+)", re.I)
_STOP = frozenset("""and so but in on at near she he we i they is was because where that
to for who which it my his her our their this y pero en que donde porque ella él
nosotros es está esta por para con me le lo la el los las del al un una""".split())
_ARTICLES = frozenset("the a la el los las del al".split())
_MAX_LANDMARK_WORDS = 3
_CORNER_OF = re.compile(r"corner\s+of\s+$", re.I)
_GLUED_ARTICLE = re.compile(r"\b(?:del|al)\s+$", re.I)
_CORNER_STOP = _STOP - {"and"}  # "corner of elm and fourth"


def described_houses(text: str, language: str) -> Iterator[tuple[int, int]]:
    """Spans of a home told by its looks and the landmark beside it."""
    pattern = _HOUSE.get(language)
    if pattern is None:
        return
    for match in pattern.finditer(text):
        article = _LANDMARK_WORD.match(text, match.end())
        # "corner of elm and fourth", "detrás del taller": no article after the match
        at_corner = _CORNER_OF.search(match.group()) is not None
        bare = at_corner or _GLUED_ARTICLE.search(match.group()) is not None
        if article is None or (article.group(1).lower() not in _ARTICLES and not bare):
            continue
        stop = _CORNER_STOP if at_corner else _STOP
        end, words = (match.end() if bare else article.end()), 0
        while words < _MAX_LANDMARK_WORDS:
            word = _LANDMARK_WORD.match(text, end)
            if word is None or word.group(1).lower() in stop:
                break
            end, words = word.end(), words + 1
        if words:
            yield match.start(), end
