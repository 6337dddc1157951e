"""Spanish workplaces named by ordinary words beside what they are: "trabajó en la
empacadora frutas del valle", "la fábrica de tortillas la espiga de oro", "vive en un hogar
de grupo casa serena", "trabajé en cosecha dorada una empacadora de fresa".

Why: an employer or a group home says where someone works or lives, and outside writers
mark them as organisations; but a packing plant or a group home is named by ordinary
nouns ("frutas", "valle", "espiga", "oro") that ``institutions_es`` reads as a name only
after "de" or beside a name's word. Here the verb of working or living before it says a
particular place is meant, so the words right after the kind of place (and after what it
makes: "de tortillas") are its name, or the words right before "una empacadora", while
they are no grammar, time, verb, number, people nor anything clinical. "Trabajé en la
fábrica muchos años", "trabaja en la empacadora cortando brócoli", "vive en un hogar de
grupo con otros" name nothing and stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaction.institution_words_es import (
    FREQUENT_NAMING_NOUNS,
    GENERIC_OF,
    GENERIC_PEOPLE,
    GOODS,
    TIME_WORDS,
)
from redaction.medical import is_medical
from redaction.recognizers import NUMBER_WORDS
from redaction.wordlists import common, fold

_WORKPLACES = (r"empacadora|empaque|f[aá]brica|maquiladora|maquila|constructora|"
               r"hogar\s+de\s+grupo|hogar|hotel|motel|restaurante|rancho|taller|lavander[ií]a|"
               r"panader[ií]a|tortiller[ií]a|carnicer[ií]a|compa[nñ][ií]a|empresa|planta|"
               r"bodega|granja|lecher[ií]a|vivero|invernadero|procesadora|tienda|cl[ií]nica|"
               r"residencia|asilo|casa\s+de\s+retiro|mina|huerta|florer[ií]a|escuela|albergue|"
               r"centro\s+de\s+rehabilitaci[oó]n")
# Working, living or being kept there: the place is a particular one.
_CUE = (r"\b(?:trabaj\w*|labor\w*|entr[oóé]\s+a\s+trabajar|viv\w*|vive|viven|estuv\w*|"
        r"est[aá]|internad[oa]s?|(?:me|se|te)\s+lastim\w*|cocin\w*|limpi\w*|cuid\w*)")
_AFTER = re.compile(rf"{_CUE}\s+(?:en|para)\s+(?:la|el|una?|esa|ese|aquella|aquel)\s+"
                    rf"(?:{_WORKPLACES})(?:\s+de\s+(?P<goods>[^\W\d_]+))?\s+", re.I)
_BEFORE = re.compile(rf"{_CUE}\s+(?:en|para)\s+", re.I)
_APPOSITION = re.compile(rf"\s*,?\s+(?:una?|la|el)\s+(?:{_WORKPLACES})\b", re.I)
_WORD = re.compile(r"\s*([^\W\d_]+)")
_JOINERS = frozenset("de del la las los el y".split())
_LEADING = frozenset("la las los el".split())
_MAX_WORDS = 4
_VERB = re.compile(r"(?:aba|aban|abamos|ando|iendo|aron|ieron|mente)$")  # "cortando"
_ACCENTED_VERB = re.compile(r"(?:[éíó]|ía|ían|íamos)$")  # "cerró", "hacía"
_GRAMMAR_RANK = 200  # a more frequent word is grammar ("muchos", "toda", "allá")
_ONE_WORD_RANK = 3000  # a name of one word must be rarer than this ("la fábrica grande")
# ... unless its article says it is one: "la panadería la moderna", "la carnicería el toro"
_ONE_WORD_AFTER_ARTICLE_RANK = 1000
_NOT_NAMES = frozenset("""ahorita ahora todavia nomas tambien hoy ayer aqui alla ahi aca
siempre nunca mero cerca lejos enfrente adentro afuera bien mal mucho poco tiempo anos meses
semanas dias horas turno turnos temporada medio completo limpieza cocina cocinera cocinero
mesera mesero cajera cajero lado dueño dueña patron patrona jefe jefa gerente supervisor
supervisora pasado pasada mismo misma mera mero verdad pura puro fines temporadas mayoria
parte vez veces rato""".split())


def named_workplaces_es(text: str) -> Iterator[tuple[int, int]]:
    """Spans of a workplace's name said beside its kind after a verb of working or
    living there."""
    for said in _AFTER.finditer(text):
        goods = said.group("goods")
        if goods and not (fold(goods) in GOODS or fold(goods).endswith("s")):
            continue  # "la fábrica de mi tío": whose, not what it makes
        end = _name_end(text, said.end())
        if end is not None:
            yield said.end(), end
    for said in _BEFORE.finditer(text):  # "trabajé en cosecha dorada, una empacadora"
        end = _name_end(text, said.end(), leading=False)
        if end is not None and _APPOSITION.match(text, end):
            yield said.end(), end


def _name_end(text: str, start: int, leading: bool = True) -> int | None:
    """Where the name starting at ``start`` ends, or None if no name is there."""
    end, position = None, start
    words: list[str] = []
    article = False
    for count in range(_MAX_WORDS + 2):
        word = _WORD.match(text, position)
        if word is None or (count and text[position:word.start(1)].strip()):
            break
        key = fold(word.group(1))
        position = word.end()
        if key in _JOINERS:
            if (count == 0 and not (leading and key in _LEADING)) or (key == "y" and not words):
                break
            article = article or count == 0
            continue
        if not _name_word(text, word.start(1), word.end(1), key, first=not words):
            break
        words.append(key)
        end = word.end()
        if len(words) >= _MAX_WORDS:
            break
    one_word_rank = _ONE_WORD_AFTER_ARTICLE_RANK if article else _ONE_WORD_RANK
    if not words or (len(words) == 1 and common("es").get(words[0], one_word_rank)
                     < one_word_rank):
        return None
    return end


def _name_word(text: str, start: int, end: int, key: str, first: bool) -> bool:
    """A word a workplace may be named by: a place's generic word ("casa", "valle") only
    with another word after it ("casa serena")."""
    alone = not re.match(r"\s+(?:de\s+|del\s+)?(?:la\s+|las\s+|los\s+|el\s+)?[^\W\d_]{3,}",
                         text[end:])
    return (common("es").get(key, _GRAMMAR_RANK) >= _GRAMMAR_RANK
            or key in FREQUENT_NAMING_NOUNS) \
        and key not in TIME_WORDS and key not in _NOT_NAMES and key not in NUMBER_WORDS \
        and key not in GENERIC_PEOPLE and not (first and key in GENERIC_OF and alone) \
        and not _VERB.search(key) and not _ACCENTED_VERB.search(text[start:end].lower()) \
        and not is_medical(text, start, end, key, "es")
