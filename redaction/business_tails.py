"""The street or town said after a listed place, which says which of its places: "the CVS
on Colfax", "the Denny's in Glen Ellyn", "the Red Roof Inn off I-40", "el Oxxo de la avenida
Hidalgo", "la Nueva EPS del centro".

Why apart from ``businesses`` (which names the place): what follows a chain is read word
by word (a road's kind, a name, a number, "and" joining a second street), and none of that
is about the chain.
"""

from __future__ import annotations

import re

from redaction.medical import is_medical
from redaction.wordlists import common, names, places

_NAME_WORD_RANK = 1500  # a name-word this frequent is a word first ("rose", "mayor")
_RARE_RANK = 20000  # a lower-case word rarer than this may be a street's or town's name
_WORD = re.compile(r"[\w'\u2019.\-]+")
_TAIL_EN = re.compile(r"\s+(?:(?:over|out|down|up|right)\s+)?(?:on|in|off|at|by|near|past|"
                      r"across\s+from|next\s+to|behind|outside\s+of|outside)\s+")
_TAIL_ES = re.compile(r"\s+(?:que\s+est[aá]\s+(?:en|sobre|por)|cerca\s+del?|frente\s+al?|"
                      r"de|del|en|sobre|por)\s+")
_ROADS = {
    "en": frozenset("""route rt highway hwy interstate i us street st avenue ave road rd
        boulevard blvd drive dr lane ln way parkway pkwy pike court ct place pl circle square
        turnpike expressway freeway loop trail main state county farm""".split()),
    "es": frozenset("""avenida av calle carrera cra calzada bulevar boulevard blvd colonia col
        barrio plaza centro esquina carretera autopista ruta kilometro km paseo glorieta
        rotonda mercado terminal parque alameda circunvalacion periferico diagonal
        transversal jiron pasaje vereda""".split()),
}
# Road words that name a place alone ("the CVS downtown", "el Oxxo del centro").
_ALONE = frozenset("""downtown main courthouse airport mall interstate highway freeway
    expressway turnpike fairgrounds stadium centro esquina terminal mercado plaza parque
    estadio aeropuerto glorieta catedral zocalo malecon periferico carretera autopista""".split())
_JOINERS = frozenset({"and", "&", "de", "del", "la", "los", "las", "y", "san", "santa"})
_FUNCTION = frozenset("""the a an my his her our their your this that it is was and or of for
    to with at on in from by el la los las un una mi mis su sus tu que se me le por para con
    en a al es esta""".split())
_NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve
    thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
    sixty seventy eighty ninety hundred first second third fourth fifth sixth seventh eighth
    ninth tenth uno dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta
    cuarenta cincuenta sesenta setenta ochenta noventa cien""".split())
WHEN = frozenset("""monday tuesday wednesday thursday friday saturday sunday mondays
    tuesdays wednesdays thursdays fridays saturdays sundays january february march april may
    june july august september october november december morning mornings night nights
    afternoon evening weekend weekends lunes martes miercoles jueves viernes sabado sabados
    domingo domingos enero febrero marzo abril mayo junio julio agosto septiembre octubre
    noviembre diciembre manana tarde noche noches hoy ayer anoche semana mes""".split())


def street_or_town_end(text: str, folded: str, end: int, lang: str) -> int | None:
    """Where the street or town said after a place ends ("on Colfax", "in Glen Ellyn",
    "off I-40", "de la avenida Hidalgo", "del centro"), or None when none follows."""
    alone = re.match(r"\s+(downtown)\b", folded[end:])
    if alone:
        return end + alone.end()
    cue = (_TAIL_EN if lang == "en" else _TAIL_ES).match(folded, end)
    if cue is None:
        return None
    position, last, content, road = cue.end(), None, False, False
    article = re.match(r"(?:the|la|el|los|las)\s+", folded[position:])
    if article:
        position += article.end()
    previous = position
    for count, word in enumerate(_WORD.finditer(folded, position)):
        if count >= 5 or folded[previous:word.start()].strip():
            break
        previous = word.end()
        key = word.group().strip(".-")
        kind = _place_word(text, word.start(), word.start() + len(key), key, lang,
                                road)
        if kind is None:
            break
        if kind == "joiner":
            if key in ("and", "&", "y") and not _joins_a_name(text, folded,
                                                                  word.end(), lang):
                break  # "on Main but they", "de Orlando y la supervisora"
            continue
        # (a road's kind counts for the word right after it, and its numbers:
        # "calle mayor", "highway sixty one"; not "on main but they")
        road = (kind == "road" and key not in _ALONE) or (road and key in _NUMBER_WORDS)
        content = content or kind == "name" or (kind == "road" and key in _ALONE)
        last = word.start() + len(key)
    return last if content and last is not None else None

def _joins_a_name(text: str, folded: str, position: int, lang: str) -> bool:
    """Does "and"/"y" join a second street's name ("Fifth and Main", "Juárez y
    Morelos"), not a next clause?"""
    following = _WORD.search(folded, position)
    if following is None or folded[position:following.start()].strip():
        return False
    key = following.group().strip(".-")
    return key in _ROADS[lang] or key in _ALONE or key[:1].isdigit() \
        or key in _NUMBER_WORDS or text[following.start()].isupper()

def _place_word(text: str, start: int, end: int, key: str, lang: str, road: bool
                ) -> str | None:
    """What a word after a place's preposition is: "road" ("avenue", "calle"),
    "name" (a street's or town's name, or a number on a road), "joiner" or None."""
    if key in _ROADS[lang] or key in _ALONE:
        return "road"
    if key in _JOINERS:
        return "joiner"
    if key in WHEN:
        return None
    if key[:1].isdigit() or (key in _NUMBER_WORDS and road) \
            or re.fullmatch(r"i-?\d+|\d+(?:st|nd|rd|th)?", key):
        return "name"
    if key in _FUNCTION or is_medical(text, start, end, key, lang):
        return None
    if road and lang == "es" and key.isalpha():
        return "name"  # a street's name after its kind: "calle mayor", "avenida central"
    if text[start:start + 1].isupper() and not starts_sentence(text, start):
        return "name"
    ranks = (common("en").get(key), common("es").get(key))
    if ("L" in names().get(key, "") or key in places()) \
            and min(rank or _RARE_RANK for rank in ranks) >= _NAME_WORD_RANK:
        return "name"
    return "name" if ranks == (None, None) else None  # no word: "tupelo", "kedzie"


def starts_sentence(text: str, position: int) -> bool:
    before = text[:position].rstrip(" \"'\u201c¿¡(")
    return not before or before[-1] in ".!?:\n"
