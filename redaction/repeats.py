"""The same identifier said again in one utterance: "Priya called, Priya Raman, my
lawyer", "Dad's a hundred and one. A hundred and one!", "it's 3391... 3391".

Why: people repeat and correct themselves, and the frame that told a recognizer what the
first mention was (a title, "my name is", a cue of age) is rarely said again around the
second. Philter hides every later mention of a name it found once; so does this: a found
value said again anywhere in the utterance, and a rare word of a found person's name
("Ibarra" of "Dolores Ibarra") said alone, take the type of the first finding. A word any
word list holds, a particle, a title or a clinical word is never taken alone ("Will" of
"Will Baker" stays in "I will", "ginger" in "ginger tea", "dolores" in "los dolores"),
except as an echo: a one-word name said again within a few words ("grace, just grace"),
or said first, just before the name was found ("hope, sorry, hope adeyemi").
"""

from __future__ import annotations

import re

from redaction.entity import Entity
from redaction.medical import is_medical
from redaction.wordlists import common, fold

_MIN_CHARS = 3  # shorter values ("Al", "5") recur as other words and numbers
_ECHO_CHARS = 24  # a name said again this close after it is an echo of it
# What may stand between a name and its echo: fillers, and its letters spelled.
_ECHO_GAP = re.compile(r"(?:[\s,.;:!?¡¿-]+|\b(?:just|only|it's|its|that's|i\s+said|yes|yeah|"
                       r"no|sorry|um|uh|eh|like|sí|si|solo|sólo|nomás|soy|es|o\s+sea|"
                       # a name said, then introduced: "liberty, my name's liberty ..."
                       r"my\s+name(?:'s|\s+is)|i'm|i\s+am|this\s+is|me\s+llamo|"
                       r"mi\s+nombre\s+es|"
                       r"[^\W\d_])\b)*", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
# Text in which ``str.lower`` equates letters exactly as re's IGNORECASE does: Latin
# letters up to U+024F, without the four that IGNORECASE pairs with another letter
# (dotted and dotless i, long s, micro sign). In such text a value that ``str.lower``
# does not find twice cannot be said again, and its pattern need not be compiled: one
# compiled per value, on every utterance, overflowed re's cache of 512 patterns, which
# spaCy's Spanish lemmatizer and phonenumbers also use.
_PLAIN = re.compile("[^\u00b5\u0130\u0131\u017f\u0250-\U0010ffff]*")
_NOT_ALONE = frozenset("""
mr mrs ms miss missus mister dr doctor prof sir dame aunt uncle grandma grandpa cousin
big lil brother sister sr sra srta señor señora señorita don doña dra doctora tía tio tío
tia abuela abuelo mamá papá de del la las los el van von da di le du y san santa santo
""".split())


def with_repeats(text: str, entities: list[Entity], language: str) -> list[Entity]:
    """``entities`` (sorted, not overlapping) and every later or earlier mention of their
    values that no finding covers yet."""
    taken = [(entity.start, entity.end) for entity in entities]
    added: list[Entity] = []
    lowered = text.lower() if _PLAIN.fullmatch(text) else None
    for value, entity_type in _values(text, entities, language):
        if lowered is not None and not _twice(lowered, value):
            continue  # said once: its own finding holds it
        pattern = re.compile(rf"(?<!\w){re.escape(value)}(?!\w)", re.I)
        for match in pattern.finditer(text):
            span = match.span()
            if not any(start < span[1] and span[0] < end for start, end in taken) \
                    and not _clinical_here(text, span, language):
                taken.append(span)
                added.append(Entity(entity_type, *span))
    for entity in entities:  # "my name is grace, just grace", "soy fe, f e, fe contreras"
        for echo in (_echo(text, entity, language), _said_before(text, entity, language)):
            if echo and not any(start < echo.end and echo.start < end for start, end in taken):
                taken.append((echo.start, echo.end))
                added.append(echo)
    return sorted(entities + added, key=lambda e: e.start) if added else entities


def _values(text: str, entities: list[Entity], language: str) -> list[tuple[str, str]]:
    """Each finding's whole value, and the rare words of each person's name, longest
    first, so that a repeated full name is taken whole before its words."""
    values: dict[str, str] = {}
    for entity in entities:
        value = text[entity.start:entity.end].strip(" .,;:!?")
        one_word = _WORD.fullmatch(value)
        if len(value) >= _MIN_CHARS and not (one_word and not _rare_enough(
                text, entity.start, entity.start + len(value), language)):
            values.setdefault(value.lower(), entity.type)
        if entity.type != "PERSON":
            continue
        for word in _WORD.finditer(text, entity.start, entity.end):
            if _rare_enough(text, word.start(), word.end(), language):
                values.setdefault(word.group().lower(), entity.type)
    return sorted(values.items(), key=lambda item: -len(item[0]))


def _echo(text: str, entity: Entity, language: str) -> Entity | None:
    """A one-word name said again right after it was found, with only fillers or its
    spelling between, a common word or not: people echo and spell their names ("grace,
    just grace", "fe, f e, fe")."""
    value = text[entity.start:entity.end]
    if entity.type != "PERSON" or not _WORD.fullmatch(value) or len(value) < _MIN_CHARS - 1:
        return None
    window = text[entity.end:entity.end + _ECHO_CHARS]
    if not _may_hold(window, value):
        return None
    match = re.search(rf"(?<!\w){re.escape(value)}(?!\w)", window, re.I)
    if match is None or not _ECHO_GAP.fullmatch(window[:match.start()]):
        return None  # "dolores tiene dolores de espalda": a word again, not the name
    span = (entity.end + match.start(), entity.end + match.end())
    return None if _clinical_here(text, span, language) else Entity("PERSON", *span)


def _said_before(text: str, entity: Entity, language: str) -> Entity | None:
    """A found name's first word said just before it, with only fillers, a name's
    introduction or its spelling between: "hope, sorry, hope adeyemi", "liberty, my name's
    liberty", "ana, soy ana pérez". The mirror of ``_echo``."""
    first = _WORD.match(text, entity.start)
    if entity.type != "PERSON" or first is None or len(first.group()) < _MIN_CHARS - 1:
        return None
    start = max(0, entity.start - _ECHO_CHARS)
    window = text[start:entity.start]
    if not _may_hold(window, first.group()):
        return None
    before = [m for m in re.finditer(rf"(?<!\w){re.escape(first.group())}(?!\w)", window, re.I)
              if _ECHO_GAP.fullmatch(window[m.end():])]
    if not before:
        return None  # "dolores ... dolores ibarra" far apart, or words between: not an echo
    span = (start + before[0].start(), start + before[0].end())
    return None if _clinical_here(text, span, language) else Entity("PERSON", *span)


def _twice(lowered: str, value: str) -> bool:
    """Is ``value`` (lower case) in ``lowered`` at two places, overlapping or not?"""
    first = lowered.find(value)
    return first >= 0 and lowered.find(value, first + 1) >= 0


def _may_hold(window: str, value: str) -> bool:
    """False only where ``value`` is certainly not in ``window``, in any case."""
    return not _PLAIN.fullmatch(window + value) or value.lower() in window.lower()


def _clinical_here(text: str, span: tuple[int, int], language: str) -> bool:
    """Is a word of this mention clinical where it stands ("Hicks" in "Braxton Hicks
    contractions", said after "Tanner Hicks")?"""
    return any(is_medical(text, word.start(), word.end(), fold(word.group()), language)
               for word in _WORD.finditer(text, *span))


def _rare_enough(text: str, start: int, end: int, language: str) -> bool:
    """A word that may be taken alone wherever it is said again: no word of the language's
    (nor English's) word list ("Priya", "Ibarra"; not "rose", "ginger", "amber", "delgado",
    "dolores"), no particle, title or clinical word."""
    key = fold(text[start:end])
    return len(key) >= _MIN_CHARS and key not in _NOT_ALONE \
        and key not in common(language) and key not in common("en") \
        and not is_medical(text, start, end, key, language)
