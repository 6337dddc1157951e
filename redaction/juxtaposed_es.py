"""Spanish places and organisations named right next to their kind, with no "de" between:
after it ("la cooperativa tierra fértil", "va al centro de día abuelos felices", "la
constructora cimientos del sur") or before it, the kind said after the name as its
apposition ("trabajo en la michoacana la paletería", "vengo de los tres hermanos la
carnicería", "juega en los tigres el equipo de fútbol").

Why: Spanish joins a noun to the noun before it only when the second names the first (a
kind is said with "de": "la clínica de salud", "el programa de apoyo"). Said lower case,
the name's words are ordinary ("salud", "abuelos", "mujeres"), so ``bare_heads_es`` and
``institutions_es``, which ask a name's word of them, leave them. What else follows a
kind's noun with no "de" is its adjective ("la clínica dental"), a verb ("la farmacia
dice", "la clínica queda lejos"), an adverb or a time: spaCy's Spanish model tells a noun
from these (it has already read the utterance for the analyzer), and the sign's reading
(``bare_heads_es.name_end``) then runs the name on while its words are no grammar, time,
people or clinical words. Said before its kind, a name is the words between a preposition
and the kind's article; speech drops the comma of "en La Michoacana, la paletería", and
Spanish puts no article between a place and a kind it is not ("en la cocina de la
paletería", "por la mañana la farmacia": the sign's reading turns times and everyday places
away).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.bare_heads_es import SIGN_HEADS, name_end
from redaction.institution_words_es import ARTICLE_NAMED, PUBLIC_PAYERS
from redaction.recognizers import SpeechRecognizer, result
from redaction.wordlists import common, fold

# What follows "de" when it says whose or which, not what kind: "la casa de mi mamá".
_NO_KIND = r"(?:la|el|los|las|mi|mis|su|sus|tu|tus|un|una|este|esta|ese|esa|aqu[ií]|all[aá])\b"
_JUXTAPOSED = re.compile(rf"\b(?:el|la|los|las|del|al)\s+(?P<head>{SIGN_HEADS}|"
                         rf"{ARTICLE_NAMED.pattern}|programa|proyecto|fundaci[oó]n|"
                         r"asociaci[oó]n|cooperativa|constructora|colmado|s[uú]per|centro\s+de\s+d[ií]a|"
                         r"casa\s+de\s+reposo|servicios|centro|mutua|mutualista|sindicato|"
                         # a health insurer of Colombia or Chile: "la eps vida andina"
                         r"alianza|eps|isapre|grupo)"
                         # what it does or teaches: "servicios de limpieza brillo total",
                         # "la academia de box puños de acero"
                         rf"(?:\s+de\s+(?!{_NO_KIND})[^\W\d_]{{3,}})?"
                         r"\s+(?!(?:el|la|los|las|de|del|y|o|en|a)\s)", re.I)
# A kind said after the name it explains: its article and noun ("la paletería", "el equipo").
_KINDS = (rf"{SIGN_HEADS}|{ARTICLE_NAMED.pattern}|paleter[ií]a|carnicer[ií]a|supermercado|"
          r"s[uú]per|equipo|uni[oó]n|sindicato|albergue|refugio|programa|fundaci[oó]n|"
          r"asociaci[oó]n|organizaci[oó]n|cooperativa|compañ[ií]a|constructora|bodega|mercado|"
          r"tianguis|pulper[ií]a|colmado|peluquer[ií]a|barber[ií]a")
_KIND_AFTER = re.compile(rf"\s+(?:el|la|los|las)\s+(?P<kind>{_KINDS})\b", re.I)
_A_KIND = re.compile(_KINDS, re.I)
# Kinds that are also a verb after a pronoun ("la liga", "lo programa", "la equipo"): there
# spaCy's tag decides; the model calls other kinds verbs by mistake ("la carnicería").
_KINDS_AND_VERBS = frozenset("liga programa equipo taller".split())
_EN_BEFORE = re.compile(r"\ben\s+$", re.I)
# What a bare word before a kind names instead: a ward, a means or a place of care, a
# phrase ("en urgencias el hospital", "a domicilio la farmacia", "por favor la clínica").
_NOT_BEFORE_KIND = frozenset("""urgencias emergencias emergencia hospitalizacion ambulancia
domicilio favor casa limpieza cocina""".split())
# Where a name said before its kind starts: after a preposition.
_BEFORE_KIND = re.compile(r"\b(?:en|de|del|con|a|al|para|por|desde)\s+(?=[^\W\d_])", re.I)
# What spaCy may call the first word of such a name: nouns, and the adjectives it calls
# plural nouns it does not know ("cimientos"); ``name_end`` turns true adjectives away.
_NAME_TAGS = frozenset({"NOUN", "PROPN", "ADJ"})
# An infinitive right after a kind's noun can only be its name: Spanish says "el grupo
# para dejar de beber", never "el grupo dejar".
_INFINITIVE = re.compile(r"[^\W\d_]{2,}(?:ar|er|ir|ír)", re.I)
_NAMED_BY_VERBS = frozenset("grupo programa proyecto".split())
# Where such a name ends: the turn, a joiner, whose or where it is, or a day ("del grupo
# renacer y ya", "el grupo despertar de alcohólicos anónimos", "al grupo amanecer los
# martes"); an object, a verb or an adverb after it says the verb is one ("en el grupo
# hablar con otros", "el programa caminar es lo primero", "el grupo aprender a respirar").
_NAME_ENDS = re.compile(r"\s*$|[\s,.;]+(?:y|o|de|del|en|los|las|que|donde|porque|pero)\b",
                        re.I)
# A day said bare, only where someone goes to it or comes from it ("al", "del"): "voy al
# grupo renacer martes y jueves"; a clause may open with the group and what is done in it
# ("en el grupo caminar todos los días nos ayuda", "el programa comer cada tres horas").
_DAY_AFTER = re.compile(r"[\s,]+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados?|"
                        r"domingos?|todos|cada)\b", re.I)
# Hesitations Whisper writes, which the model reads as nouns or adjectives.
_FILLERS = frozenset("eh em emm mm mmm este pues o sea bueno".split())


class JuxtaposedNameRecognizer(SpeechRecognizer):
    """LOCATION for a Spanish name said right after its kind's noun."""

    ENTITIES = ["LOCATION"]

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        doc = getattr(nlp_artifacts, "tokens", None)
        if doc is None or self.supported_language != "es" \
                or (entities and "LOCATION" not in entities):
            return []
        tags = {token.idx: token.pos_ for token in doc}
        return [result("LOCATION", start, end, self.recognizer_name)
                for start, end in [*juxtaposed_names(text, tags), *names_before_kind(text, tags)]]

    def find(self, text: str) -> Iterator[RecognizerResult]:  # needs the model's reading
        return iter(())


def juxtaposed_names(text: str, tags: dict[int, str]) -> Iterator[tuple[int, int]]:
    """Start and end of each name said after its kind's noun (kind included), given the
    model's part of speech at each word's start."""
    for kind in _JUXTAPOSED.finditer(text):
        first = text[kind.end():].split(" ", 1)[0].lower()
        named_by_verb = _INFINITIVE.fullmatch(first) is not None \
            and tags.get(kind.end()) == "VERB" and not text[kind.end("head"):kind.end()].strip() \
            and fold(kind.group("head")) in _NAMED_BY_VERBS \
            and (_NAME_ENDS.match(text, kind.end() + len(first)) is not None
                 or (kind.group()[:3].lower() in ("al ", "del")
                     and _DAY_AFTER.match(text, kind.end() + len(first)) is not None))
        if named_by_verb:  # "el grupo renacer": the verb alone (the sign's reading takes none)
            yield kind.start("head"), kind.end() + len(first)
            continue
        if tags.get(kind.end()) not in _NAME_TAGS or first in _FILLERS \
                or first in PUBLIC_PAYERS:
            continue  # "la farmacia dice", "la aseguradora eh", "la aseguradora Medicare"
        noun_first = tags.get(kind.end()) == "NOUN"
        end = name_end(text, kind.end(), juxtaposed=True, noun_first=noun_first)
        if end is not None and noun_first and _clause_after(text, end, tags) \
                and _EN_BEFORE.search(text, max(0, kind.start() - 4), kind.start()):
            # after "en" the kind may be where something happens, the words after it the
            # clause's subject and its verb ("en la clínica ojos secos tratan con gotas");
            # read without the opening then
            end = name_end(text, kind.end(), juxtaposed=True)
        if end is not None:
            yield kind.start("head"), end


def names_before_kind(text: str, tags: dict[int, str]) -> Iterator[tuple[int, int]]:
    """Start and end of each name said right before its kind's article and noun (the kind
    left out), given the model's part of speech at each word's start."""
    for cue in _BEFORE_KIND.finditer(text):
        end = name_end(text, cue.end())
        kind = _KIND_AFTER.match(text, end) if end is not None else None
        if end is None or kind is None or (fold(kind.group("kind")) in _KINDS_AND_VERBS
                                           and tags.get(kind.start("kind")) != "NOUN"):
            continue  # "en los tigres la liga" (ties it): a pronoun and its verb
        words = [m for m in re.finditer(r"[^\W\d_]+", text[:end]) if m.start() >= cue.end()]
        if any(tags.get(word.start()) in ("VERB", "AUX", "PRON") for word in words):
            continue  # "de noche en la bodega", "lo que era el hotel"
        keys = [fold(word.group()) for word in words]
        if any(key in _NOT_BEFORE_KIND or _A_KIND.fullmatch(key) for key in keys) \
                or (keys[0] not in ("el", "la", "los", "las") and keys[0] in common("es")):
            continue  # "en la escuela el equipo": two kinds; a bare word names one only rare
        yield cue.end(), end


def _clause_after(text: str, end: int, tags: dict[int, str]) -> bool:
    """Does a verb, a pronoun or "no" come right after ``end`` ("... tratan", "... le
    pusieron", "... no hay")?"""
    following = re.match(r"\s+([^\W\d_]+)", text[end:])
    if following is None:
        return False
    start = end + following.start(1)
    return tags.get(start) in ("VERB", "AUX", "PRON") or following.group(1).lower() == "no"
