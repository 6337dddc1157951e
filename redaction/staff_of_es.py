"""Spanish organisations named by ordinary words after one of their people: "la trabajadora
social de caridades católicas me ayudó", "la promotora de salud sin barreras", "soy
griselda zertuche de aceros del norte", "le llamo de parte de manos unidas por la salud",
"las de madres luchadoras me consiguieron la silla".

Why: agencies, programmes and small firms are named by plain nouns and adjectives ("manos
unidas", "mujeres adelante", "ruedas amigas") that no list holds and the learned tagger
rarely reads as a name; what says they are one is the person who works there, said just
before with "de" and no article. A kind of place after "de" comes with its article ("la
trabajadora social del hospital", "la enfermera de la escuela"), and what someone does or
when comes as one common word ("la enfermera de noche", "la muchacha de limpieza"), so
the words taken are bare (no article first), two or more or one rare word, none of them
grammar, a number, a time or anything clinical, and they end where the clause goes on ("que",
"me", "para", a verb).
"""

from __future__ import annotations

import re

from redaction.entity import Entity, replacing
from redaction.institution_words_es import FREQUENT_NAMING_NOUNS, TIME_WORDS
from redaction.medical import is_medical
from redaction.recognizers import NUMBER_WORDS
from redaction.tagger import a_kind_alone
from redaction.wordlists import common, fold

# Someone who works for, or comes from, the organisation: "la coordinadora de", "los de".
_ROLES = (r"trabajador(?:a)?\s+social|coordinador(?:a)?|promotor(?:a)?|abogad[oa]|"
          r"enfermer[oa]|terapeuta(?:\s+(?:f[ií]sica|ocupacional))?|int[eé]rprete|"
          r"orientador(?:a)?|voluntari[oa]|muchach[oa]|chic[oa]|se[nñ]ora|se[nñ]orita|"
          r"licenciad[oa]|consejer[oa]|gerente|encargad[oa]|director(?:a)?|secretari[oa]|"
          r"chofer|camioneta|gente|supervisor(?:a)?|representante|agente|asesor(?:a)?|"
          r"gestor(?:a)?|administrador(?:a)?|recepcionista|psic[oó]log[oa]|cuidador(?:a)?|"
          r"mentor(?:a)?|padrino|madrina|pastor(?:a)?|ajustador(?:a)?|inspector(?:a)?")
_DETERMINER = r"(?:el|la|los|las|un|una|mi|su|sus|mis|tu|nuestr[oa]s?|esta|este|esa|ese)"
_CUE = re.compile(rf"\b(?:{_DETERMINER}\s+(?:{_ROLES})|de\s+parte|los|las)\s+de\s+$", re.I)
_PERSON_THEN_DE = re.compile(r"\s+de\s+")
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
# Words inside such a name, never at its edges: "manos unidas por la salud", "aceros del norte".
_JOINERS = frozenset("de del la las los el y e por sin a en".split())
# A verb ends it: "que me consiguió", "para curarle", "sigue trabajando".
_VERB = re.compile(r"(?:(?:ar|er|ir)(?:le|la|lo|les|los|las|se|me|nos)|ando|iendo|aba|aban|"
                   r"aron|ieron|[óé])$")
_ARTICLES = frozenset("el la los las un una del al".split())
_NAME_TYPES = frozenset({"LOCATION", "ORGANIZATION", "PERSON"})
_MAX_WORDS = 6
_GRAMMAR_RANK = 400  # a word this frequent ends the name ("que", "viene", "dice")
_ONE_WORD_RANK = 20000  # a name of one word must be rarer than this ("de cayma", not
# "de capacitación", "de inmigración")
# What or when someone does, said after their role: "la enfermera de noche", "la muchacha
# de limpieza", "el padrino de bautizo".
_NOT_FIRST = frozenset("""urgencias emergencias emergencia cuidados terapia consulta
admision admisiones recepcion citas archivo recursos soporte servicios atencion
noche dia tarde turno guardia planta piso cabecera familia
limpieza cocina aqui alla ahi enfrente arriba abajo lado confianza siempre antes ahora
bautizo boda confirmacion primera comunion pueblo rancho barrio colonia trabajo escuela
casa mama papa hijo hija esposo esposa parte nombre apellido""".split())
# Where and when, not what: they end a name ("de camarista y allí me lastimé").
_ADVERBS = frozenset("alli alla aqui aca ahi ahora entonces luego tambien hoy ayer".split())


def with_staff_organisations(text: str, entities: list[Entity], language: str
                             ) -> list[Entity]:
    """``entities`` (sorted, not overlapping) with the bare name after a role's "de", or
    after a found person's "de", added as an organisation; a place or name found right
    after its words is part of it ("de [hierros del sur]", "del sur" found as a place)."""
    if language != "es":
        return entities
    for start in _starts(text, entities):
        if any(e.start <= start < e.end for e in entities):
            continue
        after = next((e for e in entities if e.start > start), None)
        end = _name_end(text, start, after.start if after else len(text),
                        after is not None and after.type in _NAME_TYPES)
        if end is None:
            continue
        inside = [e for e in entities if e.start < end and start < e.end]
        entities = replacing(entities, inside, Entity(
            "ORGANIZATION", start, max([end, *(e.end for e in inside)])))
    return entities


def _starts(text: str, entities: list[Entity]) -> list[int]:
    """Where a name may begin: right after "la promotora de" or "soy ana ruiz de"."""
    starts = []
    for match in re.finditer(r"\bde\s+", text, re.I):
        end = match.end()
        if _CUE.search(text, max(0, end - 48), end):
            starts.append(end)
    for entity in entities:
        if entity.type == "PERSON":
            after = _PERSON_THEN_DE.match(text, entity.end)
            if after:
                starts.append(after.end())
    return sorted(set(starts))


def _name_end(text: str, start: int, stop: int, joins_name: bool) -> int | None:
    """Where the bare name that begins at ``start`` ends, or None if none begins there.
    ``stop`` is where something else was found; if it is a name or place (``joins_name``)
    and the words run up to it, it ends the name: it is the name's end (``stop``'s
    finding's end, taken in by the caller), and one ordinary word before it is enough."""
    ranks = common("es")
    words = list(_WORD.finditer(text, start, stop))[:_MAX_WORDS + 4]
    if not words or words[0].start() != start:
        return None
    taken: list[re.Match[str]] = []
    last = start
    for word in words:
        if text[last:word.start()].strip():
            break  # punctuation: the name has ended
        key = fold(word.group())
        if key in _JOINERS and taken:
            last = word.end()
            continue
        if key in _ARTICLES or key in NUMBER_WORDS or key in TIME_WORDS or key in _ADVERBS \
                or (ranks.get(key, _GRAMMAR_RANK) < _GRAMMAR_RANK
                    and key not in FREQUENT_NAMING_NOUNS) \
                or _VERB.search(key) \
                or is_medical(text, word.start(), word.end(), key, "es") \
                or (not taken and key in _NOT_FIRST) or len(taken) == _MAX_WORDS:
            break
        taken.append(word)
        last = word.end()
    else:
        if taken and joins_name and not text[last:stop].strip():
            return stop + 1  # runs into the name found at ``stop``
    if not taken:
        return None
    if len(taken) == 1 and (ranks.get(fold(taken[0].group()), _ONE_WORD_RANK) < _ONE_WORD_RANK
                            or a_kind_alone(taken[0].group().lower(), "es")):
        return None  # "de capacitación", "los de ortopedia": a common word, a kind
    return taken[-1].end()
