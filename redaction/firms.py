"""Firms named by the families that founded them, and union locals: "Castillo and Sons
Roofing", "the employer is castillo and sons roofing", "Haddad y Ruiz Abogados", "Pérez
Hermanos", "from Local 1187", "la sección veintidós del sindicato".

Why: a patient's employer, lawyer or union says where they work and who holds their
papers, and outside writers mark them as organisations; but these names are a surname and
a word every such firm shares ("and sons", "abogados", "hermanos"), or a number. No head
recognizer reads them: the surname before the firm's word is found alone at best, and "and"
or "y" ends a name elsewhere. Here a surname (written with a capital, or said as a listed
surname not among the most frequent words) before such a word makes the whole a name, with
a trade said after it ("roofing", "plumbing"). A union local is a number after "local" or
"sección" with a union's word near ("union", "rep", "sindicato"), or right after "from"
or "of": "from local eleven eighty seven". "My brothers", "sus hermanos", "the local
pharmacy" name nothing and stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.medical import is_medical
from redaction.recognizers import NUMBER_WORDS, result
from redaction.wordlists import common, fold, names

_FIRM_WORDS = {
    "en": r"(?:and|&)\s+(?:sons?|daughters?|associates|partners|company|co\b\.?)|"
          r"brothers|bros\b\.?|associates|law\s+(?:firm|group|offices?)",
    "es": r"(?:y|e)\s+(?:asociados|hijos?|hijas?|compañía|compania|cía\b\.?|cia\b\.?)|"
          r"abogados|asociados|hermanos|contadores|arquitectos|notarios|consultores",
}
# What the firm does, said after its name: "Castillo and Sons Roofing".
_TRADES = (r"roofing|plumbing|construction|contractors|builders|landscaping|trucking|"
           r"transport|moving|towing|electric|electrical|heating|cooling|hvac|auto|motors|"
           r"masonry|concrete|paving|painting|cleaning|janitorial|welding|lumber|hardware|"
           r"farms?|dairy|produce|nursery|insurance|realty|funeral\s+home|manufacturing|"
           r"supply|machine|tool|bakery|foods|construcciones|transportes|materiales")
_NAME = r"[^\W\d_][\w'\u2019-]*"
_FIRM = {language: re.compile(
    rf"\b(?P<first>{_NAME})(?:\s+(?:and|&|y|e)\s+(?P<second>{_NAME}))?,?\s+(?:{words})"
    rf"(?:\s+(?:{_TRADES})\b)?", re.I) for language, words in _FIRM_WORDS.items()}
_NAME_WORD_RANK = 1500  # a surname this frequent is a word first ("young", "mayor")
_NOT_A_NAME = frozenset("""the a an my his her our their your its this that these those
and or of in at on to from for with by el la los las mis tus sus nuestros de del y e con
por para en un una unos unas""".split())
# A union local: "Local 1187", "local eleven eighty seven", "la sección 22".
_NUMBER = "|".join(sorted(NUMBER_WORDS | {"hundred", "cien", "ciento"}, key=len, reverse=True))
_LOCAL = re.compile(rf"\b(?:local|secci[oó]n)\s+(?:number\s+|n[uú]mero\s+|no\.?\s+|#\s*)?"
                    rf"(?:\d{{1,5}}|(?:{_NUMBER})(?:[\s-]+(?:y\s+)?(?:{_NUMBER}))*)\b", re.I)
_UNION_NEAR = re.compile(r"\b(?:unions?|rep|steward|teamsters|ibew|seiu|uaw|afscme|ufcw|"
                         r"afl|cio|sindicato|sindical|snte|gremio|delegad[oa])\b", re.I)
_UNION_SPAN_CHARS = 60
_FROM_BEFORE = re.compile(r"\b(?:from|of|de\s+la|de)\s+$", re.I)


def named_firms(text: str, language: str, recognizer_name: str) -> Iterator[RecognizerResult]:
    """LOCATION for each family firm and union local named in ``text``."""
    for firm in _FIRM[language].finditer(text):
        parts = [firm.start("first"), *([firm.start("second")] if firm.group("second") else [])]
        if all(_surname(text, start, language) for start in parts):
            yield result("LOCATION", firm.start(), firm.end(), recognizer_name)
    for local in _LOCAL.finditer(text):
        end = local.end()
        around = text[max(0, local.start() - _UNION_SPAN_CHARS):end + _UNION_SPAN_CHARS]
        if _UNION_NEAR.search(around) or _FROM_BEFORE.search(text, 0, local.start()):
            yield result("LOCATION", local.start(), end, recognizer_name)


def _surname(text: str, start: int, language: str) -> bool:
    """A family's name at ``start``: written with a capital (not only because a sentence
    starts there), or a listed surname rarer than the most frequent words, never clinical."""
    word = re.match(_NAME, text[start:])
    if word is None:
        return False
    value, key = word.group(), fold(word.group())
    if key in _NOT_A_NAME or is_medical(text, start, start + len(value), key, language):
        return False
    before = text[:start].rstrip()
    if value[0].isupper() and before and before[-1] not in ".!?¿¡":
        return True
    return "L" in names().get(key, "") \
        and common(language).get(key, _NAME_WORD_RANK) >= _NAME_WORD_RANK
