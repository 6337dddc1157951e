"""Nicknames said after the words that give them, in Spanish: "todos le dicen la flaca",
"le decimos el chino", "su apodo es la güera", "lo conocen como el chaparro", "mi cuñado el
güero".

Why: much of Latin America calls people by how they look ("la flaca", "el güero", "el
chino", "la prieta"), and outside writers mark such a nickname as the person's name. The
words are adjectives everywhere else ("está flaca", "pelo chino"), so no list of names
holds them; only the frame that gives a name says that one is meant. "Le dicen la
verdad", "le dicen que no" name no one: after an article, only a word of appearance or
endearment that nicknames are made of.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# ("le dice la nena que ...": after the singular, the one who speaks; not a frame)
_FRAME = re.compile(r"\b(?:(?P<verb>(?:le|me|te|nos|les|lo|la)\s+(?:dicen|dec[ií]an|decimos|"
                    r"llaman|llamamos|llamaban))|(?:su|mi|el)\s+apodo\s+(?:es|era)|"
                    r"(?:lo|la|los|me)\s+conocen\s+como|conocid[oa]\s+como|alias|"
                    # whose the nickname is, right before it: "mi cuñado el güero trabaja"
                    r"(?P<kin>(?:mi|su|tu|nuestr[oa])\s+(?:herman[oa]|cuñad[oa]|prim[oa]|"
                    r"t[ií][oa]|hij[oa]|sobrin[oa]|compadre|comadre|vecin[oa]|amig[oa]|"
                    r"abuel[oa]|niet[oa]|suegr[oa]|yerno|nuera|espos[oa]|marido)))\s+", re.I)
# Words of age or of kinship that a verb's subject is called by as often as a nickname
# ("me dicen los viejos que ...", "nos llamaban la abuelita y mi tía"): only after "apodo"
# or "conocido como" (review RV28).
_ROLE = re.compile(r"(?:el|la)\s+(?:viej[oa]|abuelit[oa]|nen[ea]|compa|cuate|chamac[oa])\b",
                   re.I)
_CLAUSE_GOES_ON = re.compile(r"\s+(?:que|a)\b", re.I)  # "me dicen el resultado a mí"
# Nicknames by looks, size, age or affection (Mexico, Central America, the Caribbean, the
# Andes, Spain): masculine and feminine.
_NICKNAME = re.compile(
    r"(?:el|la)\s+(?:flac[oa]|gord[oa]|gordit[oa]|güer[oa]|guer[oa]|chin[oa]|negr[oa]|"
    r"negrit[oa]|priet[oa]|moren[oa]|rubi[oa]|chat[oa]|chaparr[oa]|chapar[oa]|"
    r"chiquit[oa]|flaquit[oa]|nen[ea]|pel[oó]n|pelona|canos[oa]|tuert[oa]|"
    r"cojo|coja|mud[oa]|chueco|chueca|zurd[oa]|viej[oa]|abuelit[oa]|chamac[oa]|"
    r"cholo|chola|catrín|catrina|paisa|gringo|gringa|cubano|cubana|güerit[oa]|"
    r"compa|cuate|pelado|pelada|mon[oa]|colorad[oa]|pecos[oa]|bigot[eó]n|"
    # and by animals: "el chapo", "el tigre", "el chivo" (review RV29)
    r"chapo|chapa|tigre|pollo|chivo|gallo|chango|conejo|gato|burro|tej[oó]n|"
    r"venado|toro|pato|perico|cuervo)\b",
    re.I)


def nickname_spans(text: str) -> Iterator[tuple[int, int]]:
    """Spans of a nickname (its article with it) right after the words that give one."""
    for frame in _FRAME.finditer(text):
        nickname = _NICKNAME.match(text, frame.end())
        kin = frame.group("kin") is not None
        if nickname is None or (_CLAUSE_GOES_ON.match(text, nickname.end()) and not kin) \
                or ((frame.group("verb") or kin) and _ROLE.match(nickname.group())):
            continue
        yield nickname.start(), nickname.end()
