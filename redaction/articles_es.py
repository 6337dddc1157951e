"""A masculine article before a woman's given name: the word names a thing.

Spanish puts an article before a person's name in colloquial speech, and the article
agrees with the person: "la Yasmin" is a woman, "el Pepe" a man. Nobody calls a woman
"el": "el Yasmin", "del Diane", "al Selene", "un Elvira" name a thing that is
masculine in Spanish, and in clinic speech that thing is a medicine (el medicamento,
el anticonceptivo), the common case of brands named like women (Yasmin, Diane,
Selene). A woman's name that is also a frequent surname ("el Cruz", "el Rosa") is
left out of the list, as is a place ("vivo en el Rosario", "la colonia El Carmen"),
a name after a place cue ("vivo en el X"), and "del" after a given name or a place
head ("María del Pilar", "Virgen del Carmen"). Names the US lists give to women only
that are men's in Spanish and its neighbours are left out too: a review found "mi
marido es el Dani", "el Toni", "el Sasha" let through.
"""

from __future__ import annotations

import re

# Names the US lists give to women only that are men's in Spanish, Catalan, Italian or
# Russian, or nicknames of men's names: "el Dani", "el Toni", "el Sasha" are men.
_MEN_TOO = frozenset("""
dani toni fran tomi cris cami isa yuri misha sasha sacha nikita nicola gabriele michele
daniele elia andrea simone pau jordi nico lupe chus reyes trini
""".split())
_MASCULINE_BEFORE = re.compile(r"\b(el|del|al|un|este|ese|otro)\s+$", re.I)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s,]*$")
# Words that head a place's or a building's name: "colonia El X", "hospital del X".
_PLACE_HEADS = frozenset("""
colonia barrio calle avenida av fraccionamiento fracc residencial conjunto urbanizacion
vereda pueblo ciudad villa parque plaza mercado hospital clinica sanatorio centro
hotel restaurante cine club colegio escuela liceo instituto edificio torre puente virgen
santuario iglesia parroquia capilla templo cerro valle rio lago playa sector zona
""".split())


def masculine_article_before_woman(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a woman's given name after a masculine article or
    determiner, where no place and no full name can be meant?"""
    from redaction.contexts import LOCATION_TRIGGER
    from redaction.wordlists import fold, names, places, women_names

    key = fold(text[start:end])
    if key not in women_names() or key in _MEN_TOO or key in places():
        return False
    before = text[max(0, start - 60):start]
    article = _MASCULINE_BEFORE.search(before)
    if article is None:
        return False
    ahead = before[:article.start(1)]
    if LOCATION_TRIGGER["es"].search(ahead):
        return False  # "vivo en el X": a place's name, perhaps
    previous = _WORD_BEFORE.search(ahead)
    if previous is None:
        return True
    word = fold(previous.group(1))
    if word in _PLACE_HEADS:
        return False
    # "María del Pilar", "José del Carmen": a full name
    return not (article.group(1).lower() == "del" and "F" in names().get(word, ""))
