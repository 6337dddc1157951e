"""Organisations and facilities written with capitals, as spaCy's model reads them:
"the caseworker from Franklin County Children Services", "they sent us to the Bienvenidos
Migrant Resource Center", "the bartender at The Silver Spur", "trabaja en Movimiento
Total".

Why: the agency, shelter, bar or business a patient names says where they live, work or
are cared for, and its name is mostly ordinary words no list holds. spaCy's organisation
label is ignored in general (``engine._IGNORED_LABELS``: it comes back for cased drug names,
"Humira", "Tylenol PM"), but a name of two or more capitalised words with no medical word
among them, and not made only of the words every health service is named by ("Emergency
Department", "Social Security", "Urgent Care"), is a place's name. Written text only: in
lower-case speech the model finds no organisation, and the head-word recognizers
(``place_heads``, ``institutions_es``, ``businesses``) read those.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.medical import is_medical, is_medicine_name
from redaction.recognizers import SpeechRecognizer, result
from redaction.wordlists import fold

_LABELS = ("ORG", "FAC")
_JOINERS = frozenset("of and for the at on de del la las los el y & e".split())
_LEADING = frozenset("the el la los las".split())
# Words every service, agency or payer is named by: a name made only of these names a kind.
_GENERIC = frozenset("""
emergency department dept room er ed urgent care intensive unit icu nicu picu ward floor
social security administration medicare medicaid insurance health healthcare services
service center centre hospital clinic pharmacy county state city national federal american
association society foundation institute blue cross shield human resources hr billing
office public private general community medical center dental vision behavioral mental
id number card plan waiver account portal benefits program fracture memory eye ear nose
throat heart pain sleep wound diabetes cancer breast women's children's maternity
cardiology oncology neurology surgery orthopedics orthopaedics pediatrics paediatrics
dialysis infusion imaging radiology lab laboratory
physical therapy rehab rehabilitation family planning primary walk in outpatient inpatient
seguro social salud servicio servicios centro hospital clínica clinica farmacia urgencias
departamento oficina general nacional público publico pública publica privado privada
""".split())
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019.-][^\W\d_]+)*")
_MIN_NAME_WORDS = 2


class OrganisationRecognizer(SpeechRecognizer):
    """LOCATION for a capitalised organisation or facility the model found."""

    ENTITIES = ["LOCATION"]

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        doc = getattr(nlp_artifacts, "tokens", None)
        if doc is None or (entities and "LOCATION" not in entities):
            return []
        found = []
        for ent in doc.ents:  # the model's own labels: the mapped list drops organisations
            if ent.label_ not in _LABELS:
                continue
            span = self._named(text, ent.start_char, ent.end_char)
            if span is not None:
                found.append(result("LOCATION", *span, self.recognizer_name))
        return found

    def find(self, text: str) -> Iterator[RecognizerResult]:  # needs the model's reading
        return iter(())

    def _named(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        words = list(_WORD.finditer(text, start, end))
        if words and fold(words[0].group()) in _LEADING:
            words = words[1:]
        names = [word for word in words if fold(word.group()) not in _JOINERS]
        if len(names) < _MIN_NAME_WORDS or not all(w.group()[0].isupper() for w in names):
            return None
        keys = [fold(word.group()) for word in names]
        if all(key in _GENERIC for key in keys):
            return None  # "the Emergency Department", "Social Security"
        if any(is_medicine_name(key) or is_medical(text, word.start(), word.end(), key,
                                                   self.supported_language)
               for word, key in zip(names, keys, strict=True)):
            return None  # "Tylenol PM", "Crohn's Disease"
        return words[0].start(), words[-1].end()
