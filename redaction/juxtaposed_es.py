"""Spanish places and organisations named right after their kind, with no "de" between:
"la cooperativa tierra fértil", "va al centro de día abuelos felices", "la constructora
cimientos del sur".

Why: Spanish joins a noun to the noun before it only when the second names the first (a
kind is said with "de": "la clínica de salud", "el programa de apoyo"). Said lower case,
the name's words are ordinary ("salud", "abuelos", "mujeres"), so ``bare_heads_es`` and
``institutions_es``, which ask a name's word of them, leave them. What else follows a
kind's noun with no "de" is its adjective ("la clínica dental"), a verb ("la farmacia
dice", "la clínica queda lejos"), an adverb or a time: spaCy's Spanish model tells a noun
from these (it has already read the utterance for the analyzer), and the sign's reading
(``bare_heads_es.name_end``) then runs the name on while its words are no grammar, time,
people or clinical words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.bare_heads_es import SIGN_HEADS, name_end
from redaction.institution_words_es import ARTICLE_NAMED, PUBLIC_PAYERS
from redaction.recognizers import SpeechRecognizer, result

# What follows "de" when it says whose or which, not what kind: "la casa de mi mamá".
_NO_KIND = r"(?:la|el|los|las|mi|mis|su|sus|tu|tus|un|una|este|esta|ese|esa|aqu[ií]|all[aá])\b"
_JUXTAPOSED = re.compile(rf"\b(?:el|la|los|las|del|al)\s+(?P<head>{SIGN_HEADS}|"
                         rf"{ARTICLE_NAMED.pattern}|programa|proyecto|fundaci[oó]n|"
                         r"asociaci[oó]n|cooperativa|constructora|colmado|s[uú]per|centro\s+de\s+d[ií]a|"
                         r"casa\s+de\s+reposo|servicios|centro)"
                         # what it does or teaches: "servicios de limpieza brillo total",
                         # "la academia de box puños de acero"
                         rf"(?:\s+de\s+(?!{_NO_KIND})[^\W\d_]{{3,}})?"
                         r"\s+(?!(?:el|la|los|las|de|del|y|o|en|a)\s)", re.I)
# What spaCy may call the first word of such a name: nouns, and the adjectives it calls
# plural nouns it does not know ("cimientos"); ``name_end`` turns true adjectives away.
_NAME_TAGS = frozenset({"NOUN", "PROPN", "ADJ"})
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
                for start, end in juxtaposed_names(text, tags)]

    def find(self, text: str) -> Iterator[RecognizerResult]:  # needs the model's reading
        return iter(())


def juxtaposed_names(text: str, tags: dict[int, str]) -> Iterator[tuple[int, int]]:
    """Start and end of each name said after its kind's noun (kind included), given the
    model's part of speech at each word's start."""
    for kind in _JUXTAPOSED.finditer(text):
        first = text[kind.end():].split(" ", 1)[0].lower()
        if tags.get(kind.end()) not in _NAME_TAGS or first in _FILLERS \
                or first in PUBLIC_PAYERS:
            continue  # "la farmacia dice", "la aseguradora eh", "la aseguradora Medicare"
        end = name_end(text, kind.end(), juxtaposed=True)
        if end is not None:
            yield kind.start("head"), end
