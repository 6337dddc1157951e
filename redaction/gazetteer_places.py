"""Places the gazetteer finds: a place-list phrase in its sentence, widened to the
town name around it ("San Pedro de la Montaña", "west crystal"). A one-word place that
is also an ordinary word needs support (a capital, a state beside it, a place
context). Split from ``gazetteer.py``, whose recognizer mixes this in; the name runs
stay there."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from redaction.contexts import (
    CARE_AT_EN,
    EN_PLACE_HEADS,
    FACILITY_AFTER,
    INDOOR_AND_TIME_NOUNS,
    LOCATION_TRIGGER,
    PLACE_PREFIXES,
    TAKEN_TO_EN,
)
from redaction.gazetteer_tokens import (
    ARTICLES,
    MAX_PLACE_WORDS,
    NAME_RANK,
    NUMBER_WORD,
    RARE_RANK,
    SAINTS,
    Token,
    adjacent,
    mid_sentence_capital,
    verb_with_its_object,
)
from redaction.homes import home_of_stop_words
from redaction.towns import (
    TOWN,
    TOWN_WORD,
    acronym,
    is_region,
    needs_support,
    ordinary_town_is_place,
)

# After a cue of care ("the nurse at") a place-list word this rare or rarer is a place:
# "riverside" (about 10,900th), "providence"; not "lunch", "school", "church". After a verb
# of taking someone ("took him to") only a rarer one: "took them to marathon practice".
_CARE_PLACE_RANK = 5000
_TAKEN_TO_RANK = 8000
# What may follow such a place: the clause ends or goes on ("took him to providence last
# night", "the nurse at riverside said"); not a noun the word modifies ("rodeo practice",
# "sunset rounds", "nitro drip").
_AFTER_CARE_PLACE = re.compile(
    r"\s*(?:[,.;:!?]|$)|\s+(?:and|or|but|not|so|because|when|where|after|before|since|"
    r"then|for|in|on|at|by|with|to|from|last|this|that|yesterday|today|tonight|tomorrow|"
    r"about|is|was|are|were|said|says|called|calls|wants|told|i|he|she|they|we|you|it|"
    r"his|her|my|their|our|uh|um|like|again|now|instead|already|calling|speaking|here|"
    r"there|who|which|need|needs)\b", re.I)

# A verb of going, taking, living or coming (or a place's noun) and its preposition right
# before a word, no article between: where a rare word that the home place list holds as a
# town is that town ("la mina de cobre de cananea", "se lo llevan a moca", "moved to round
# rock"); "agua de tinaco", "alérgico a calamar", "reacts to cottonwood" have none (RV35).
_GOING_THEN_PREPOSITION = {
    # ("de" only after where someone is from or a place's noun: "mordedura de culebra",
    # "roncha de alacranes" after a verb name none)
    "es": re.compile(r"\b(?:(?:llev\w*|mand\w*|traslad\w*|fue|fui|fuimos|fueron|ir|voy|va|"
                     r"vamos|van|iba|mud\w*|viv\w*|regres\w*|volv\w*|lleg\w*|viaj\w*)"
                     r"\s+(?:[^\W\d_]+\s+){0,3}?(?:a|en|hasta|para|hacia)|"
                     r"(?:soy|es|somos|son|vengo|viene|vienen|nac\w*|originari[oa]|mina|pueblo|"
                     r"rancho|ciudad|municipio|estado|aeropuerto)"
                     r"\s+(?:[^\W\d_]+\s+){0,3}?(?:de|desde|en))\s+$", re.I),
    "en": re.compile(r"\b(?:moved|move|moving|drove|drive|driving|went|go|going|goes|live|"
                     r"lives|lived|living|grew\s+up|born|raised|took|taken|sent|flew|headed|"
                     r"came|come|comes|back|home|relocated|transferred)"
                     r"\s+(?:[^\W\d_]+\s+){0,2}?(?:to|in|from|near|outside|toward|towards)\s+$",
                     re.I),
}


def _care_place(text: str, token: Token, rank: int | None) -> bool:
    """A place-list word after a cue of care, with the clause going on after it."""
    if token.key in INDOOR_AND_TIME_NOUNS or token.kind == "medical" \
            or not _AFTER_CARE_PLACE.match(text, token.end):
        return False
    before = text[max(0, token.start - 40):token.start]
    if CARE_AT_EN.search(before):
        return rank is None or rank >= _CARE_PLACE_RANK
    return TAKEN_TO_EN.search(before) is not None and (rank is None or rank >= _TAKEN_TO_RANK)


class PlaceFinder:
    """The place half of ``GazetteerRecognizer``: it reads the recognizer's lists."""

    supported_language: str
    _places: dict[str, str]
    _common: dict[str, int]

    def _widened(self, text: str, tokens: list[Token], first: int, last: int
                 ) -> tuple[int, int]:
        """A place takes in the prefix before it and a "de la ..." after it, as town
        names run in Spanish: "Nueva Esperanza", "San Pedro de la Montaña", "Villa
        del Rosario"; in English, a head word: "West Crystal", "Lake Wanda"."""
        if self.supported_language != "es":
            if first > 0 and tokens[first - 1].key in EN_PLACE_HEADS \
                    and adjacent(text, tokens[first - 1], tokens[first]):
                first -= 1  # "west crystal", "north platte"
            j = last + 1  # "san hermelinda los altos": a saint's town and its tail
            if tokens[first].key in SAINTS and j + 1 < len(tokens) \
                    and tokens[j].key in ("los", "las") \
                    and adjacent(text, tokens[last], tokens[j]) \
                    and adjacent(text, tokens[j], tokens[j + 1]) \
                    and tokens[j + 1].kind not in ("stop", "medical"):
                last = j + 1
            return first, last
        if first > 0 and tokens[first - 1].key in PLACE_PREFIXES - ARTICLES \
                and adjacent(text, tokens[first - 1], tokens[first]):
            first -= 1
        # "San Pedro de la Montaña", "San Cornelio los Altos": after a saint's or a
        # town-word head, the tail is part of the name whatever word it is.
        prefixed = tokens[first].key in PLACE_PREFIXES - ARTICLES and last > first
        j = last + 1
        if prefixed and j + 1 < len(tokens) and tokens[j].key in ("los", "las") \
                and adjacent(text, tokens[last], tokens[j]) \
                and adjacent(text, tokens[j], tokens[j + 1]) \
                and tokens[j + 1].kind not in ("stop", "medical"):
            return first, j + 1
        if j < len(tokens) and tokens[j].key in ("de", "del") \
                and adjacent(text, tokens[last], tokens[j]):
            k = j + 1
            while k < len(tokens) and k - j <= 2 and tokens[k].key in ARTICLES | {"las", "los"} \
                    and adjacent(text, tokens[k - 1], tokens[k]):
                k += 1
            if k < len(tokens) and adjacent(text, tokens[k - 1], tokens[k]) \
                    and tokens[k].kind not in ("stop", "medical") \
                    and (prefixed or tokens[k].raw[0].isupper() or tokens[k].key in self._places
                         or tokens[k].kind in ("strong", "ambiguous", "unknown")
                         or tokens[j - 1].key in self._places):
                last = k
        return first, last

    def _place_spans(self, text: str, tokens: list[Token]) -> Iterator[tuple[int, int]]:
        i = 0
        while i < len(tokens):
            for size in range(min(MAX_PLACE_WORDS, len(tokens) - i), 0, -1):
                words = tokens[i:i + size]
                if not all(a.end + 2 >= b.start for a, b in itertools.pairwise(words)):
                    continue
                phrase = " ".join(t.key for t in words)
                if phrase in self._places and (any(t.kind != "stop" for t in words) or (
                        size > 2 and home_of_stop_words(text[:words[0].start], [
                            t.key for t in words], self.supported_language))) \
                        and (self._is_place(text, tokens, i) if size == 1
                             else self._is_place_phrase(text, words)):
                    yield i, i + size - 1
                    i += size - 1
                    break
            i += 1

    def _is_place_phrase(self, text: str, words: list[Token]) -> bool:
        """An article and ordinary words ("la vista", "el paso", "las palmas") name a
        place only in a place context or with a capital: "me duele la vista"."""
        ordinary = words[0].key in ARTICLES and all(
            t.kind in ("stop", "common", "ambiguous", "medical") and not t.raw[0].isupper()
            for t in words[1:])
        if ordinary and len(words) == 2 and words[1].key in INDOOR_AND_TIME_NOUNS:
            return False  # "estuve en la sala de partos", "desde el mes pasado"
        return not ordinary or bool(
            LOCATION_TRIGGER[self.supported_language].search(text[:words[0].start]))

    def _is_place(self, text: str, tokens: list[Token], i: int) -> bool:
        """A one-word place that is also a word ("phoenix", "mobile", "lima") needs
        support: a capital, a place beside it, being a state, province or country, or
        a place context before it ("drove up from", "vivo en")."""
        token = tokens[i]
        rank = self._common.get(token.key)
        a_word = rank is not None and rank < RARE_RANK  # "respiro hondo": deep, not Hondo
        if needs_support(self._places[token.key], token.key) \
                or (self._places[token.key] == TOWN and acronym(token.raw)):  # "tarsus", "OSA"
            return token.kind != "stop" and ordinary_town_is_place(
                text, token.start, token.end, self.supported_language,
                [t.key for t in tokens[i + 1:i + 4]])
        capital = token.raw[0].isupper() and (
            mid_sentence_capital(text, token)
            or not verb_with_its_object(text, token.key, token.end,
                                        self.supported_language))
        if capital or token.kind == "unknown" or (token.kind == "strong" and not a_word):
            return token.kind != "stop"
        if token.kind not in ("common", "ambiguous", "strong"):
            return False
        if FACILITY_AFTER.match(text, token.end):
            return True  # "edinburg regional medical center": a town names the hospital
        if LOCATION_TRIGGER[self.supported_language].search(text[:token.start]):
            return True  # Philter's rule: in a place context, a place-list word is a place
        if self._places[token.key] == "city" and (rank is None or rank >= RARE_RANK) \
                and _GOING_THEN_PREPOSITION[self.supported_language].search(
                    text, max(0, token.start - 60), token.start):
            return True  # "la mina de cananea", "se lo llevan a moca", "drove to round
            # rock": a town no more than a rare word otherwise, right after a preposition
        if self.supported_language == "en" and _care_place(text, token, rank):
            return True  # "the dialysis nurse at riverside", "took him to providence"
        beside = [tokens[j].key for j in (i - 1, i + 1) if 0 <= j < len(tokens)]
        following = [" ".join(t.key for t in tokens[i + 1:i + 1 + n]) for n in (2, 3)]
        # a number before a town that is no frequent English word: "day one post
        # c-section" names no Post, Texas
        after_number = i > 0 and (NUMBER_WORD.match(tokens[i - 1].key) is not None
                                  or text[:token.start].rstrip(" ,")[-1:].isdigit()) \
            and not (self.supported_language == "en" and rank is not None
                     and rank < NAME_RANK["en"])
        # a town beside supports it only if it is no ordinary word itself (a state or a
        # country always does): "tome media tableta" holds two towns (Tomé, Media), no place
        support = [b for b in beside + following if (b in self._places
                   and (self._places[b] not in ("city", TOWN_WORD)
                        or self._common.get(b, RARE_RANK) >= RARE_RANK))
                   or (self._places[token.key] != "city" and is_region(b))]  # "tampere, pirkanmaa"
        # a town abroad that no dictionary knows ("tampere", "winnipeg") is a place alone
        return self._places[token.key] != "city" or after_number or bool(support)
