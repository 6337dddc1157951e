"""A place or firm named in apposition, written with its capitals right after the kind of
place it is: "un restaurante chino, Gran Muralla, en Miraflores", "en el gimnasio, Titanes
Gym,", "it's a little taquería, Tacos El Primo;", "mi suegra va al templo Bethel".

Why: written Spanish and English capitalise a name and not the kind of place before it, so a
run of capitalised words said right after "restaurante", "gimnasio", "salon" or "company"
(a comma between or none) is that place's name, whatever its words are ("Gran Muralla",
"Uñas Divinas": ordinary words no list holds). A capitalised run anywhere else is not read
so: conditions, wards and coined medicine names are written with capitals too ("Fibrosis
Quística", "Sala de Partos"), but none of them stands in apposition to a kind of shop.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.acronyms import clinical_acronyms
from redaction.lexicon import EN_MONTHS, ES_MONTHS, MEDICAL_TERMS
from redaction.medical import is_medical_alone, is_medicine_name
from redaction.medical_lists import condition_names_es, folded_medical_terms
from redaction.recognizers import SpeechRecognizer, result
from redaction.wordlists import fold

# Kinds of place and of group a name is given in apposition to.
_KINDS = {
    "en": r"salon|company|business|shop|store|restaurant|taquer[ií]a|diner|caf[eé]|bar|pub|"
          r"gym|daycare|church|agency|firm|pharmacy|school|league|"
          r"club|shelter|bakery|market|hotel|motel|warehouse|factory|"
          r"outfit|contractor|chain|franchise|food\s+truck",
    "es": r"sal[oó]n|empresa|negocio|tienda|restaurante|taquer[ií]a|fonda|comedor|"
          r"cafeter[ií]a|bar|cantina|gimnasio|guarder[ií]a|iglesia|templo|agencia|"
          r"farmacia|escuela|colegio|liga|club|albergue|panader[ií]a|mercado|"
          r"hotel|motel|bodega|f[aá]brica|taller|ferreter[ií]a|"
          r"[oó]ptica|fundaci[oó]n|asociaci[oó]n|organizaci[oó]n|cooperativa|maquila|"
          r"maquiladora|empacadora|constructora|compañ[ií]a|cadena|franquicia|puesto",
}
# What may say which kind between the kind and the name: in Spanish an adjective of origin
# or size ("chino", "salvadoreño", "pequeño", "evangélica") or "de" and what it is of ("de
# uñas", "de los domingos"); never a verb ("en la farmacia compré Trobazil").
_WHICH_KIND = {
    "en": r"",
    "es": r"(?:\s+(?-i:[a-zñ]+(?:[eé]ñ|an|in|es|ic)[oa]s?|japon[eé]s|peque[ñn][oa]|grande|"
          r"nuev[oa]|viej[oa]|local|familiar|bautista|pentecostal)"
          r"|\s+de(?:\s+(?:los|las|la|el))?\s+(?-i:[a-zñáéíóúü]+))?",
}
# The kind, what says which kind, an optional comma, then the name's first capital.
_APPOSED = {language: re.compile(
    rf"\b(?:{kinds}){_WHICH_KIND[language]}\s*,?\s+(?=(?-i:[A-ZÁÉÍÓÚÑ]))", re.I)
    for language, kinds in _KINDS.items()}
# Joining words a name holds in lower case between its capitalised words.
_JOINERS = frozenset("de del la las los el y e a al en por para sin con and of the at on "
                     "for & n".split())
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019&.-][^\W\d_]+)*|&")
_MAX_WORDS = 6
_ROMAN = re.compile(r"[IVX]+")
_NOT_A_NAME = frozenset("I I'm I've I'll I'd Y O".split())
_MONTHS_AND_DAYS = frozenset(fold(month) for month in [*EN_MONTHS, *ES_MONTHS]) | frozenset(
    """monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles
    jueves viernes sabado domingo""".split())


def apposed_names(text: str, language: str) -> Iterator[tuple[int, int]]:
    """Start and end of each capitalised name right after a kind of place."""
    pattern = _APPOSED.get(language)
    if pattern is None:
        return
    for cue in pattern.finditer(text):
        end = _run_end(text, cue.end(), language)
        if end is not None:
            yield cue.end(), end


# What may follow an apposed name: punctuation, the text's end, a preposition or an
# article; never a lower-case content word ("at a farm, Denies pesticide exposure").
_CLOSED = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:in|on|at|by|near|off|for|and|with|to|from|"
                     r"en|de|del|por|para|con|y|el|la|los|las|the|a|an)\b", re.I)
# Benefit programmes and groups that name no one: "el programa, Medicaid Waiver".
_PROGRAMMES = frozenset("""medicaid medicare wic snap ssi ssdi tanf chip epic mychart
alcoholicos anonimos catolica catolico pentecostal evangelica evangelico bautista
primaria secundaria""".split())


def _run_end(text: str, start: int, language: str) -> int | None:
    """The end of the run of capitalised words from ``start`` (lower-case joiners inside
    it), or None when it is no name: a month or a day, or anything clinical."""
    end, last, plain = None, start, False
    for count, word in enumerate(_WORD.finditer(text, start)):
        if count >= _MAX_WORDS or text[last:word.start()].strip():
            break  # too long, or punctuation between
        value, key = word.group(), fold(word.group().rstrip("."))
        if value[0].isupper():
            if key in _MONTHS_AND_DAYS:
                return None
            if value in _NOT_A_NAME:
                break  # "the pharmacy I go to", "la farmacia Y la tienda"
            # a clinical word may be one of a name's words ("Uñas Divinas"), not all of them
            if names_a_condition(key) or len(key) == 1 or key in _PROGRAMMES \
                    or key in clinical_acronyms() or _ROMAN.fullmatch(value):
                return None  # "Diabetes Tipo Dos", "group B strep", "Phase II", "WIC"
            # a body part may be one of a name's words ("Uñas Divinas"), not all of them
            # (judged alone: after "uñas", "Divinas" reads as a condition's adjective)
            plain = plain or not is_medical_alone(key, language)
            end = word.end()
        elif key not in _JOINERS or end is None:  # joiners inside only: "Flor de Tamboril"
            break
        last = word.end()
    if not plain or end is None or not _CLOSED.match(text, end):
        return None
    return end


def names_a_condition(key: str) -> bool:
    """Is this word, alone, a condition or a medicine (not only a body part)?"""
    return key in MEDICAL_TERMS or key in folded_medical_terms() \
        or key in condition_names_es() or is_medicine_name(key)


class AppositionRecognizer(SpeechRecognizer):
    """LOCATION for a capitalised name right after the kind of place it names."""

    ENTITIES = ["LOCATION"]

    def find(self, text: str) -> Iterator[RecognizerResult]:
        for start, end in apposed_names(text, self.supported_language):
            yield result("LOCATION", start, end, self.recognizer_name)
