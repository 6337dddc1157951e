"""A rare word where a home town is said is a town: "mi mamá vive en palmilla", "nací
en arboletes". Small towns are missing from every list, and ASR writes them in lower
case; where a patient says where someone lives or was born, the word after "vive en"
or "nací en" names a place unless it is an ordinary word ("vive en paz", "nació en
casa") or a clinical one. Only the verbs of living, being born and growing up, and "soy
de" / "originario de": going, coming back and working take rooms, services and
treatments as often ("vengo de rehabilitación", "trabajo en farmacovigilancia")."""

from __future__ import annotations

import re

from redaction.contexts import LOCATION_VERB_TRIGGER
from redaction.lexicon import ES_MONTHS
from redaction.recognizers import NUMBER_WORDS

# Rarer than this, a word of the Spanish frequency list is no everyday word (less rare:
# "cesárea" 20,847, "fisioterapia" 29,311, "ayunas" 31,002).
HOME_RARE_RANK = 40000
_HOME_VERBS_ES = re.compile(
    r"\b(?:vivo|vive|viven|vivimos|vivía|vivia|vivíamos|viviamos|resido|reside|residen|"
    r"nací|naci|nació|nacio|nacimos|crecí|creci|creció|crecio|me\s+crié|me\s+crie|"
    r"se\s+crió|se\s+crio|soy|somos|originari[oa]s?|oriund[oa]s?)\s+(?:en|de)\s+$", re.I)


def home_town_at(before: str, kind: str, rank: int | None, language: str) -> bool:
    """Is a word of ``kind`` (the gazetteer's: "common" for a word of the frequency
    list) and frequency ``rank``, said after ``before``, a home town?"""
    return language == "es" and kind == "common" and rank is not None \
        and rank >= HOME_RARE_RANK and _HOME_VERBS_ES.search(before[-40:]) is not None


def home_of_stop_words(before: str, keys: list[str], language: str) -> bool:
    """A town of function words only (folded ``keys``), said as a home: "vive en ciudad
    del este"; not a date or a count ("dos de mayo", "treinta y tres") nor "en nombre
    de dios" (no verb of living)."""
    return not any(key in NUMBER_WORDS or key in ES_MONTHS for key in keys) \
        and LOCATION_VERB_TRIGGER["es" if language == "es" else "en"].search(before) \
        is not None
