"""The words that open a place's or an organisation's name and that the finders leave
out: its article ("at [the rusty spoon]", "en [la villita]", "the [bronx]" as "[the
bronx]"), a body part ("de [manos unidas]") and a word of size, age or kin ("[little
saigon]", "[greater mount zion baptist]", "[mama lupe's] kitchen").

Why: where an article stands right before a place's name and after a preposition or at the
start of a turn, it is the name's own ("The Rusty Spoon", "La Michoacana", "Los Pinos"),
and people who mark identifiers take it in; the finders read the name's words and leave
it out, so a short name ("the anchor", "la villita") is then only partly covered. It also
reads better when translated: "en [la villita]" becomes "in [la villita]", not "in the
[villita]". Spanish people keep their names bare ("la [maría]" is colloquial, not a name's
part), and an article joined to a preposition ("del", "al") is left out.

Charities and groups are often named by hands, arms and hearts with a plural adjective
("Manos Unidas", "Brazos Abiertos", "Corazones Unidos"); the finders trim the body part as
a clinical word and keep the adjective. A plural body word right before a found place that
opens with a plural word, itself after a preposition or an article, is the name's first
word: "me ayudan los de [manos] unidas". It only widens a finding, never makes one, and
never over a person called by name ("me duelen las rodillas, Dolores").

Places and firms are named, too, with a word of size or age, or after a relative whose
shop it is ("Little Saigon", "Greater Mount Zion", "Old Mill Apartments", "Big Sal's",
"Mama Lupe's"); the finders read such a word as ordinary. Right before a found place, or
a found name with its "'s" (a shop named for its owner), after a preposition or an article,
it opens the name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from redaction.bare_heads_es import SIGN_HEADS
from redaction.entity import Entity
from redaction.institution_words_es import HEADS as ES_HEADS
from redaction.medical import is_medical_alone
from redaction.place_head_words import HEADS as EN_HEADS
from redaction.wordlists import fold, names

_ARTICLE = {"en": re.compile(r"(?:^|(?<=[\s,]))(?P<article>the)\s+$", re.I),
            "es": re.compile(r"(?:^|(?<=[\s,]))(?P<article>la|el|los|las)\s+$", re.I)}
# English names no person with "the", so what a finder took for a person after it is a
# place or a firm ("the rusty spoon"); Spanish does ("la maría", colloquial), but never
# after a preposition of place: "en el parián", "por el chinchorro de papo" name places.
_TYPES = {"en": frozenset({"LOCATION", "PERSON"}), "es": frozenset({"LOCATION"})}
_PLACE_PREPOSITION_ES = re.compile(r"\b(?:en|por|desde|hasta|hacia)\s+$", re.I)
# A finding that opens with its kind keeps its article outside: "la [cooperativa tierra
# fértil]", "the [st. mary's hospital]" say which kind, the article is the sentence's.
_KIND_FIRST = {"en": re.compile(rf"(?:{EN_HEADS})\b", re.I),
               "es": re.compile(rf"(?:{ES_HEADS}|{SIGN_HEADS})\b", re.I)}


def with_place_articles(text: str, entities: list[Entity], language: str) -> list[Entity]:
    """``entities`` (sorted, not overlapping) with the article right before each place's
    name taken in, where no other finding holds it."""
    article = _ARTICLE.get(language)
    if article is None:
        return entities

    def opening(entity: Entity) -> int | None:
        said = article.search(text, max(0, entity.start - 5), entity.start)
        if said is None or _KIND_FIRST[language].match(text, entity.start):
            return None
        place = entity.type in _TYPES[language] or (
            language == "es" and entity.type == "PERSON"
            and _PLACE_PREPOSITION_ES.search(text, max(0, said.start() - 8), said.start()))
        return said.start("article") if place else None

    return _opened(entities, opening)


# A plural word, after a preposition or an article, right before a finding: "de manos ".
_PLURAL_BEFORE = re.compile(r"\b(?:de|del|en|a|al|con|para|por|los|las|la|el|from|with|at|"
                            r"to|for|the)\s+(?P<word>[^\W\d_]{3,}s)\s+$", re.I)
_PLURAL_FIRST = re.compile(r"[^\W\d_]{3,}(?:as|os|es)\b", re.I)


def with_body_openings(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` with a plural body word that opens a found name taken in ("[manos]
    unidas"), where no other finding holds it."""
    def opening(entity: Entity) -> int | None:
        before = _PLURAL_BEFORE.search(text, max(0, entity.start - 30), entity.start)
        first = _PLURAL_FIRST.match(text, entity.start)
        if entity.type != "LOCATION" or before is None or first is None \
                or "F" in names().get(fold(first.group()), "") \
                or not is_medical_alone(before.group("word"), "es"):
            return None
        return before.start("word")

    return _opened(entities, opening)


# Words of size, age or kin that open a place's or a shop's name ("little saigon", "mama
# lupe's"), after a preposition, an article or the start of the turn.
_LEAD = re.compile(r"(?:^|\b(?:the|a|at|to|from|in|on|of|for|with|by|near|la|el|los|las|en|de|"
                   r"del|al)\s+)(?P<word>big|little|old|greater|great|grand|mama|mamma|"
                   r"mom|papa|pop|pops|uncle|aunt|auntie|tio|tía|tia|don|doña)\s+$", re.I)


def with_lead_words(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` with a word of size, age or kin that opens a found place's or shop's
    name taken in, where no other finding holds it."""
    def opening(entity: Entity) -> int | None:
        lead = _LEAD.search(text, max(0, entity.start - 20), entity.start)
        shop = entity.type == "PERSON" \
            and re.search(r"['\u2019]s\b", text[entity.start:entity.end]) is not None
        return lead.start("word") if lead and (entity.type == "LOCATION" or shop) else None

    return _opened(entities, opening)


def with_openings(text: str, entities: list[Entity], language: str) -> list[Entity]:
    """``entities`` with every opening word above taken in: a body word and a word of
    size, age or kin first, then the article before them."""
    return with_place_articles(text, with_lead_words(text, with_body_openings(text, entities)),
                               language)


def _opened(entities: list[Entity], opening: Callable[[Entity], int | None]) -> list[Entity]:
    """``entities`` (sorted, not overlapping), each started where ``opening`` says, unless
    that would reach back into the finding before it."""
    widened: list[Entity] = []
    for entity in entities:
        start = opening(entity)
        if start is not None and start >= (widened[-1].end if widened else 0):
            entity = Entity(entity.type, start, entity.end)
        widened.append(entity)
    return widened
