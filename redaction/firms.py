"""Firms named by the families that founded them, and union locals: "Castillo and Sons
Roofing", "the employer is castillo and sons roofing", "Haddad y Ruiz Abogados", "Pérez
Hermanos", "from Local 1187", "la sección veintidós del sindicato".

Why: a patient's employer, lawyer or union says where they work and who holds their
papers, and outside writers mark them as organisations; but these names are a surname and
a word every such firm shares ("and sons", "abogados", "hermanos"), or a number. No head
recognizer reads them: the surname before the firm's word is found alone at best, and "and"
or "y" ends a name elsewhere. Here a surname (written with a capital, or said as a listed
surname not among the most frequent words) before such a word makes the whole a name, with
a trade said after it ("roofing", "plumbing"). A union local is a number after "local" with a
union's word shortly before ("union", "rep", "steward"), or right after "from" or "of":
"from local eleven eighty seven"; a Spanish union's "sección" only with the union named
right after it ("la sección 22 del sindicato"): every form has sections. "My brothers",
"sus hermanos", "su esposo e hijos", "the local pharmacy" name nothing and stay. The
union's own name said right before "local" is the local's too ("teamsters local seven oh
five"). Military units, ships and veterans' posts, also named by a number, are
``military``'s; parishes named for Our Lady are ``parishes``'s (both called from here).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.lexicon import KIN_AND_TITLES
from redaction.medical import is_medical
from redaction.military import military_bodies
from redaction.parishes import parishes
from redaction.recognizers import _UNITS_AFTER, NUMBER_PATTERN, result
from redaction.wordlists import common, fold, names

_FIRM_WORDS = {
    "en": r"(?:and|&)\s+(?:sons?|daughters?|associates|partners|company|co\b\.?)|"
          r"brothers|bros\b\.?|associates|law\s+(?:firm|group|offices?)|"
          # a partnership's letters, written or said: "Kessler and Wong LLP", "l l p"
          r"l\.?\s?l\.?\s?p\b\.?|p\.?\s?l\.?\s?l\.?\s?c\b\.?|l\.?\s?l\.?\s?c\b\.?",
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
    rf"\b(?P<first>{_NAME})(?:\s+(?:and|&|y|e)\s+(?P<second>{_NAME}))?,?\s+(?P<word>{words})"
    rf"(?:\s+(?P<trade>{_TRADES})\b)?", re.I) for language, words in _FIRM_WORDS.items()}
_NAME_WORD_RANK = 1500  # a surname this frequent is a word first ("young", "mayor")
_NOT_A_NAME = frozenset("""the a an my his her our their your its this that these those
and or of in at on to from for with by el la los las mis tus sus nuestros de del y e con
por para en un una unos unas""".split())
# A union local: "Local 1187", "local eleven eighty seven", "la sección 22".
_LOCAL = re.compile(rf"\b(?:local|secci[oó]n)\s+(?:number\s+|n[uú]mero\s+|no\.?\s+|#\s*)?"
                    rf"(?:\d{{1,5}}|(?:{NUMBER_PATTERN})"
                    rf"(?:[\s-]+(?:y\s+)?(?:{NUMBER_PATTERN}))*)\b", re.I)
_UNION_NEAR = re.compile(r"\b(?:unions?|rep|steward|teamsters|ibew|seiu|uaw|afscme|ufcw|"
                         r"afl|cio|sindicato|sindical|snte|gremio|delegad[oa])\b", re.I)
_UNION_SPAN_CHARS = 60
# Unions named with their locals, before or after them.
_UNIONS = (r"teamsters|ibew|seiu|uaw|afscme|ufcw|carpenters|laborers|plumbers|pipefitters|"
           r"ironworkers|electricians|steelworkers|machinists|painters|bricklayers|"
           r"boilermakers|longshoremen")
# A union's name right before its local: "Teamsters Local 705", "ibew local twenty six".
_UNION_NAME_BEFORE = re.compile(rf"\b(?:united\s+)?(?:{_UNIONS}|unite\s+here|"
                                r"operating\s+engineers|sheet\s+metal\s+workers|ilwu|ila|cwa|"
                                r"iam|usw|nurses|teachers)\s+$", re.I)
# ... or said after it: "local seven oh five of the teamsters".
_UNION_NAME_AFTER = re.compile(rf"\s+of\s+the\s+(?:united\s+)?(?:{_UNIONS})\b", re.I)
_FROM_BEFORE = re.compile(r"\b(?:from|of)\s+$", re.I)
# A Spanish union's section says whose it is right after: "la sección 22 del SNTE".
_UNION_AFTER = re.compile(r"\s+(?:del?\s+)?(?:sindicato|snte|stprm|gremio)\b", re.I)
_UNION_RIGHT_BEFORE = re.compile(r"\b(?:sindicato|sindical|gremio|delegad[oa])(?:\s+\w+)?"
                                 r"[\s,]+(?:de\s+la\s+|la\s+)?$", re.I)
_NOT_A_LOCAL_AFTER = re.compile(r"\s*(?:-\s*)?(?:hours?|minutes?|percent|time)\b", re.I)
# What a firm's word follows that is no family's name: "su esposo e hijos", "primos
# hermanos", "a Spanish-speaking law firm".
_NOT_A_FAMILY = KIN_AND_TITLES | frozenset("""esposo esposa primos primas primo prima tíos
tios sobrinos nietos padres abuelos hermanos hijos amigos vecinos compadres""".split())
_DESCRIPTIVE = re.compile(r"(?:-speaking|-based|-owned|ish|ian|ese|ean)$")


def named_firms(text: str, language: str, recognizer_name: str) -> Iterator[RecognizerResult]:
    """LOCATION for each family firm and union local named in ``text``."""
    for firm in _FIRM[language].finditer(text):
        if re.match(r"(?:brothers|bros)\b", firm.group("word")) and not firm.group("trade"):
            continue  # "his foster brothers", "the younger brothers": said, no firm
        # a second surname may be a frequent word too: "galindo y fuentes abogados"
        if _surname(text, firm.start("first"), language) and (
                not firm.group("second") or _surname(text, firm.start("second"), language,
                                                      frequent_too=True)):
            yield result("LOCATION", firm.start(), firm.end(), recognizer_name)
    for local in _LOCAL.finditer(text):
        if _UNITS_AFTER.match(text[local.end():]) or _NOT_A_LOCAL_AFTER.match(text, local.end()):
            continue  # "local 2 percent lidocaine", "the local 24 hour gym"
        named = _UNION_NAME_BEFORE.search(text, 0, local.start())  # "teamsters local 705"
        named_after = _UNION_NAME_AFTER.match(text, local.end())
        union = named is not None or named_after is not None \
            or _UNION_AFTER.match(text, local.end()) is not None
        if local.group().lower().startswith("secc"):  # "sección 4" of every form: the
            union = union or _UNION_RIGHT_BEFORE.search(  # union said right before it
                text, max(0, local.start() - _UNION_SPAN_CHARS), local.start()) is not None
        else:  # "her union rep, from Local 1187", "from local eleven eighty seven"
            union = union or _UNION_NEAR.search(
                text, max(0, local.start() - _UNION_SPAN_CHARS), local.start()) is not None \
                or _FROM_BEFORE.search(text, 0, local.start()) is not None
        if union:
            start = named.start() if named else local.start()
            end = named_after.end() if named_after else local.end()
            yield result("LOCATION", start, end, recognizer_name)
    yield from military_bodies(text, language, recognizer_name)
    yield from parishes(text, language, recognizer_name)


def _surname(text: str, start: int, language: str, frequent_too: bool = False) -> bool:
    """A family's name at ``start``: written with a capital (not only because a sentence
    starts there), or a listed surname rarer than the most frequent words (any listed
    surname, ``frequent_too``), never kin, a kind, nor clinical."""
    word = re.match(_NAME, text[start:])
    if word is None:
        return False
    value, key = word.group(), fold(word.group())
    if key in _NOT_A_NAME or key in _NOT_A_FAMILY or _DESCRIPTIVE.search(key) \
            or is_medical(text, start, start + len(value), key, language):
        return False
    if frequent_too and "L" in names().get(key, ""):
        return True
    before = text[:start].rstrip()
    if value[0].isupper() and before and before[-1] not in ".!?¿¡":
        return True
    return "L" in names().get(key, "") \
        and common(language).get(key, _NAME_WORD_RANK) >= _NAME_WORD_RANK
