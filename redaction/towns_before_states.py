"""The town said right before its state: "i live in old lyme connecticut", "she lives in
ten sleep wyoming", "vivo en tlaquepaque jalisco".

Why: a town's own words are often ordinary or clinical ("old lyme", "ten sleep",
"embarrass", "truth or consequences"), so no list or model reads them as a place; but a
place's preposition before them and a US or Mexican state right after say that they name
the town. Up to three words are taken, written without digits, not all of them grammar
("truth or consequences" holds one), none of them a word for here or home ("the", "my",
"town"), and only when the state was found: "in the hospital in texas" has "the" between.
"""

from __future__ import annotations

import re

from redaction.entity import Entity, replacing
from redaction.wordlists import common, fold

_US_STATES = """alabama alaska arizona arkansas california colorado connecticut delaware florida
georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
massachusetts michigan minnesota mississippi missouri montana nebraska nevada
new\\s+hampshire new\\s+jersey new\\s+mexico new\\s+york north\\s+carolina north\\s+dakota ohio
oklahoma oregon pennsylvania rhode\\s+island south\\s+carolina south\\s+dakota tennessee texas
utah vermont virginia washington west\\s+virginia wisconsin wyoming puerto\\s+rico""".split()
_MX_STATES = """aguascalientes baja\\s+california chiapas chihuahua coahuila colima durango
guanajuato guerrero hidalgo jalisco michoac[aá]n morelos nayarit nuevo\\s+le[oó]n oaxaca
puebla quer[eé]taro quintana\\s+roo san\\s+luis\\s+potos[ií] sinaloa sonora tabasco tamaulipas
tlaxcala veracruz yucat[aá]n zacatecas""".split()
_STATE = re.compile(rf"(?:{'|'.join(_US_STATES + _MX_STATES)})$", re.I)
_CUE = {
    "en": r"in|from|outside(?:\s+of)?|near|to|at|by",
    "es": r"en|de|desde|cerca\s+de|para|a",
}
_MAX_WORDS = 3
_TOWN_BEFORE = {language: re.compile(
    rf"\b(?:{cue})\s+((?:[^\W\d_][\w'\u2019-]*\s+){{0,{_MAX_WORDS - 1}}}"
    rf"[^\W\d_][\w'\u2019-]*,?\s+)$", re.I)  # "in Old Lyme, Connecticut"
    for language, cue in _CUE.items()}
_GRAMMAR_RANK = 100  # "the", "my", "el", "mi": no town's word ("truth or consequences")
_NO_TOWN = frozenset("""here there home town city state county the a an my his her our their
this that aquí aqui allá alla acá aca casa ciudad estado pueblo el la los las mi su""".split())


def with_towns_before_states(text: str, entities: list[Entity],
                             language: str) -> list[Entity]:
    """``entities`` with each found state's town said right before it taken in."""
    if language not in _TOWN_BEFORE:
        return entities
    out = list(entities)
    for entity in entities:
        if entity.type not in ("LOCATION", "PERSON"):  # "ten [mile tennessee]": a name's
            continue
        state = _STATE.search(text, entity.start, entity.end)
        if state is None:
            continue
        before = _TOWN_BEFORE[language].search(text, max(0, entity.start - 60), state.start())
        if before is None or before.start(1) >= entity.start:
            continue
        words = [fold(w.strip(",")) for w in before.group(1).split()]
        if any(w in _NO_TOWN for w in words) or all(
                common(language).get(w, _GRAMMAR_RANK) < _GRAMMAR_RANK for w in words):
            continue
        start = before.start(1)
        # written with its comma, the town is one place and its state another
        end = start + len(before.group(1).rstrip(", ")) if "," in before.group(1) \
            else entity.end
        inside = [e for e in out if start <= e.start and e.end <= end]
        if any(e.type != "LOCATION" and e.type != "PERSON" for e in inside) \
                or any(e.start < start < e.end or e.start < end < e.end for e in out):
            continue
        out = replacing(out, inside, Entity("LOCATION", start, end))
    return out
