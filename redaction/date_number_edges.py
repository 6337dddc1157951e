"""The edges of a number or a date that the finders leave out: an id's letters and the
groups joined to it ("RX 7720 1184 55", "veintiocho barra cuarenta y uno uno dos tres"), and
the words that say which day ("el martes 5", "the 9th of last month", "tomorrow the
eleventh"); and a day's number that counts something instead ("en el día 8 o 9 veces").

Why apart: ``span_edges.widened`` takes in what is said around every finding; the number and
date edges are read on their own types only, with their own words, and grew into half of it.
"""

from __future__ import annotations

import re

from redaction.date_stretch import WEEKDAYS
from redaction.entity import Entity
from redaction.recognizers import NUMBER_PATTERN

_LOOK_BACK = 60  # characters before a number or date searched for its letters or day
# The findings read as ids and phone numbers here.
NUMBER_TYPES = ("ID_NUMBER", "MEDICAL_RECORD_NUMBER", "MEMBER_ID", "PHONE_NUMBER", "US_SSN",
                "ES_NIF", "ES_NIE", "US_DRIVER_LICENSE", "US_PASSPORT")
# An id's letters before its digits, found apart: written in capitals ("RX 7720 1184 55",
# "AF 0012 7734 5501") or said one by one ("r x siete siete dos cero").
# Not letters that are words: "y a 55 1234", "it's a 555 ...", "A 555 ..." (so two or more
# capitals, and no "a", "e", "i", "o", "u", "y" among the letters said).
_LETTERS_BEFORE = re.compile(r"(?<![\w-])(?:(?-i:[A-Z]{2,4})|(?:(?-i:[b-df-hj-np-tv-xz])\s+){1,3}"
                             r"(?-i:[b-df-hj-np-tv-xz])|"
                             # an IBAN's country and check digits: "ES76 2100 0418 ..."
                             r"(?-i:[A-Z]{2}\d{2})|"
                             # a capital glued to the first digits: "V774 20 1163", "S530
                             # 7712 9905" (a state licence, a VA id)
                             r"(?-i:[A-Z]{1,2})\d{2,4})[\s-]+$")
# Another group of an id's digits, joined to the found one by a slash or a dash said aloud:
# "veintiocho barra cuarenta y uno uno dos tres", "dos mil veinticuatro barra ciento trece".
_NUMBER_GROUP = rf"(?:\d+|{NUMBER_PATTERN})(?:\s+(?:y\s+)?(?:\d+|{NUMBER_PATTERN}))*"
_JOIN_SAID = r"(?:barra|diagonal|guion|slash|dash)"
_GROUP_JOINED_BEFORE = re.compile(rf"(?<![\w-]){_NUMBER_GROUP}\s+{_JOIN_SAID}\s+$", re.I)
_GROUP_JOINED_AFTER = re.compile(rf"\s+{_JOIN_SAID}\s+{_NUMBER_GROUP}\b", re.I)
_DOSE_AFTER = re.compile(r"\s*(?:mgs?|milligrams?|miligramos?|mcg|ml|millilit(?:er|re)s?|"
                         r"mililitros?|units?|unidades|tablets?|tabletas?|pills?|pastillas?|"
                         r"capsules?|c[aá]psulas?|drops?|gotas|puffs?|%)\b", re.I)
# Before a date found as its day's number, the words that say which day: a weekday ("el
# martes 5", "Wednesday the 9th"), "día" ("el día 9"), English's "the" ("the 15th").
# Before either, which week ("last Tuesday the 12th", "el martes pasado el doce") and
# which part of the day ("the night of the sixth"): the date said whole.
_DAY_BEFORE = {
    "en": re.compile(rf"\b(?:(?:{WEEKDAYS['en']}),?\s+(?:the\s+)?|the\s+)$", re.I),
    "es": re.compile(rf"\b(?:(?:{WEEKDAYS['es']})(?:\s+(?:pasado|próximo|proximo|que\s+viene|"
                     r"entrante))?(?:\s+d[ií]a)?(?:,?\s+el)?|d[ií]a)\s+$", re.I),
}
_WEEK_BEFORE = {
    "en": re.compile(r"\b(?:(?:this\s+)?(?:last|past|next|coming)|this)\s+$", re.I),
    "es": re.compile(r"\b(?:próximo|proximo|pasado)\s+$", re.I),
}
_PART_OF_DAY_BEFORE = re.compile(r"\b(?:the\s+)?(?:night|morning|evening|afternoon|weekend)"
                                 r"\s+of\s+$", re.I)
_STARTS_WITH_WEEKDAY = {language: re.compile(rf"(?:{days})\b", re.I)
                        for language, days in WEEKDAYS.items()}
# After a Spanish date, the part of the day: "el domingo dos por la noche".
_PART_OF_DAY_AFTER = re.compile(r"\s+(?:por|en|de)\s+la\s+(?:noche|mañana|tarde|madrugada)\b",
                                re.I)
# After a date, its year counted from this one: "el 18 de septiembre del año pasado", "may
# 3rd of last year" (the date and its year are one date).
_YEAR_AFTER = {
    # (after a comma only where the clause ends: "march 3rd, this year she wants to skip it"
    # starts another)
    "en": re.compile(r"\s+(?:of\s+)?(?:last|this|next)\s+year\b|,\s+(?:of\s+)?(?:last|this|"
                     r"next)\s+year\b(?=\s*(?:[,.;:!?]|$))|,?\s+the\s+year\s+before\s+last\b",
                     re.I),
    # (not "del año" alone: "nació el 4 de julio, del año no me acuerdo")
    "es": re.compile(r",?\s+(?:del\s+año\s+(?:pasado|antepasado|anterior|presente|que\s+viene|"
                     r"que\s+entra|que\s+pas[oó]|pr[oó]ximo)|de\s+este(?:\s+mismo)?\s+año|"
                     r"del\s+(?:pr[oó]ximo|presente)\s+año)\b", re.I)}
# The month a day is in, said after it as where it lies from now: "el 3 de este mes", "el
# veintiuno del mes pasado", "noviembre pasado", "the 9th of last month". Safe Harbor
# counts the month; the day alone would give it back with the visit's date.
_MONTH_AFTER = {
    "en": re.compile(r"\s+of\s+(?:this|last|next|that)\s+month\b", re.I),
    "es": re.compile(r"\s+(?:(?:de|del)\s+(?:este|ese)\s+mes|del\s+mes\s+(?:pasado|antepasado|"
                     r"anterior|que\s+viene|entrante)|del\s+pr[oó]ximo\s+mes|pasado|antepasado|"
                     r"que\s+viene|entrante)\b", re.I)}
# "Tomorrow" said right before a day: one date ("tomorrow the eleventh", "tomorrow june
# sixth").
_RELATIVE_DAY_BEFORE = re.compile(r"\b(?:tomorrow|today|yesterday|tonight),?\s+$", re.I)
# The Spanish article of a day, taken in with it: "el [martes 9]", "el [21]".
_ES_ARTICLE_BEFORE = re.compile(r"\bel\s+$", re.I)


def number_widened(text: str, entity: Entity, floor: int, ceiling: int) -> Entity:
    """An id or phone number with its letters and joined groups taken in, between the end
    of the finding before (``floor``) and the start of the one after (``ceiling``)."""
    start, end = entity.start, entity.end
    said = _LETTERS_BEFORE.search(text, max(floor, start - 12), start)
    if said is not None and said.end() == start:
        start = said.start()  # "RX 7720 1184 55", "r x siete siete": one id
    said = _GROUP_JOINED_BEFORE.search(text, max(floor, start - _LOOK_BACK), start)
    start = said.start() if said is not None and said.end() == start else start
    said = _GROUP_JOINED_AFTER.match(text, end, ceiling)
    end = said.end() if said is not None and not _DOSE_AFTER.match(
        text, said.end()) else end  # not "barra dos miligramos": a dose
    return Entity(entity.type, start, end)


def date_widened(text: str, entity: Entity, floor: int, ceiling: int, language: str
                 ) -> Entity | None:
    """A date with the words that say which day taken in, or None where its number counts
    something ("orino en el día 8 o 9 veces", "between the 2nd and 3rd dose")."""
    start, end = entity.start, entity.end
    if _a_count(text, start, end):
        return None
    window = max(floor, start - _LOOK_BACK)
    said = _DAY_BEFORE[language].search(text, window, start)
    if said is not None and said.end() == start:
        start = said.start()  # "el martes 5", "the 15th": the day said whole
    said = _WEEK_BEFORE[language].search(text, window, start) \
        if _STARTS_WITH_WEEKDAY[language].match(text, start) else None
    start = said.start() if said is not None and said.end() == start else start
    said = _PART_OF_DAY_BEFORE.search(text, window, start) if language == "en" else None
    start = said.start() if said is not None and said.end() == start else start
    said = _PART_OF_DAY_AFTER.match(text, end, ceiling) if language == "es" else None
    end = said.end() if said else end
    said = _MONTH_AFTER[language].match(text, end, ceiling)
    end = said.end() if said else end
    said = _ES_ARTICLE_BEFORE.search(text, window, start) if language == "es" else None
    start = said.start() if said is not None and said.end() == start else start
    said = _YEAR_AFTER[language].match(text, end, ceiling)
    end = said.end() if said else end
    said = _RELATIVE_DAY_BEFORE.search(text, window, start) if language == "en" else None
    start = said.start() if said is not None and said.end() == start else start
    return Entity(entity.type, start, end)


# A day's number that counts something, not a day: a counted noun after it, or after a
# second number joined to it ("el lunes 3 inyecciones", "en el día 8 o 9 veces", "between
# the 2nd and 3rd dose"); or counted to ("cuente hasta el 10"). Only a finding with no
# month, slash or year in it: "el 3 de mayo 2 pastillas" stays a date.
_COUNTED = (r"veces|vez|litros?|vasos?|tazas?|cigarr\w+|inyecciones|pastillas|tabletas|"
            r"c[aá]psulas|dosis|gotas|cucharad\w+|horas|minutos|cuadras|pisos|kilos|libras|"
            r"times|doses?|pills?|tablets?|injections?|shots?|cigarettes?|glasses|cups|drinks|"
            r"hours|minutes|puffs|units|days?|weeks?|rounds?|cycles?|sessions?|floors?|blocks")
_COUNTED_AFTER = re.compile(rf"(?:\s+(?:o|y|a|or|and|to|-)\s+(?:the\s+)?[\w]+)?\s+(?:{_COUNTED})\b",
                            re.I)
_COUNTED_TO = re.compile(r"\b(?:cuent[ae]|contar|cuento|sub[ae]|subir|baj[ae]|bajar|count)\s+"
                         r"(?:hasta|up\s+to|to)\s+(?:el\s+|the\s+)?$", re.I)
_DATE_WORDS = re.compile(r"[/]|\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
                         r"ene|abr|ago|dic|set)[a-z]*\b|nineteen|twenty\s+\w+\s+\w+|mil\b",
                         re.I)


def _a_count(text: str, start: int, end: int) -> bool:
    if _DATE_WORDS.search(text, start, end):
        return False
    return bool(_COUNTED_AFTER.match(text, end)
                or _COUNTED_TO.search(text, max(0, start - 30), start))
