"""Clinical words that are names too: "me duele el bazo" and "Juan Quijada"; and the
products, programmes and eponyms patients name ("Phonak hearing aids", "Medicaid",
"Foley catheter", "signo de Murphy").

Some words of the body and the clinic are surnames or towns as well (Quijada, Costilla,
Mejilla, Sonda; La Ceja in Antioquia, Menton in France). In the general clinical word list
they hid people and towns that carry them ("Mi esposo es Juan Quijada", "Vivo en La Ceja",
found by a review), so they live in ``data/clinical_words_named.txt`` and count as
clinical only where an article or a possessive stands right before them and they are
written in lower case: "la quijada", "mi costilla", "un stent", "la ceja".

``data/health_brands.txt`` holds device, supply and over-the-counter brands, health
programmes and eponyms of tests, signs and operations. On a hand-written set a tenth of
such words were redacted as people or places (spaCy tags a capitalised brand as a person).
A word no name or place list holds, and no frequent ordinary word, counts wherever it
stands ("Cetaphil", "Dexcom", "Medicaid"). The others (Baxter, Hollister, Libre, Foley,
Murphy) are people and towns too, so they count only with what makes them a product or an
eponym: a product word beside them ("Baxter machine", "bolsas Hollister"), their clinical
head ("Foley catheter", "signo de Murphy"), or a whole listed phrase ("Gold Bond"); and
never after a name cue ("Dr. Foley", "mi vecina Tena").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

from redaction.wordlists import fold, fold_in_place

_ARTICLE_BEFORE = re.compile(r"\b(?:el|la|los|las|un|una|unos|unas|del|al|mi|mis|tu|tus|"
                             r"su|sus|the|a|an|my|his|her|your)\s+$", re.I)
_DATA = Path(__file__).resolve().parent / "data"
# An ordinary word this frequent is a product only beside a product word ("Depend",
# "Boost", "Drive"): as a word alone it could end a street's or a firm's name.
_FREQUENT = 20000
# What a brand names: "Phonak hearing aids", "la crema Nivea", "Kaiser plan".
_PRODUCT_WORDS = (
    r"hearing\s+aids?|aids?|pumps?|sensors?|monitors?|meters?|machines?|masks?|cpap|bipap|"
    r"strips?|supplies|bags?|pouch(?:es)?|wafers?|catheters?|lancets?|cream|lotion|"
    r"ointment|balm|gel|spray|wash|shampoo|powder|drops|shakes?|drinks?|formula|patch(?:es)?|"
    r"stockings|socks|brace|bandages?|wraps?|dressings?|inhalers?|nebuli[sz]er|devices?|"
    r"receivers?|transmitters?|pods?|pens?|concentrators?|wheelchairs?|walkers?|"
    r"plans?|insurance|card|coverage|benefits|"
    r"aud[ií]fonos?|aparatos?|bomba|sensor(?:es)?|monitor(?:es)?|gluc[oó]metros?|"
    r"medidor(?:es)?|m[aá]quinas?|mascarillas?|tiras|bolsas?|crema|pomada|loci[oó]n|"
    r"ung[uü]ento|jarabe|gotas|pa[nñ]ales|parches?|polvo|talco|suero|f[oó]rmula|leche|"
    r"bebida|batidos?|vendas?|vendajes?|medias|nebulizador|inhalador|plumas|cartuchos|"
    r"concentrador|silla|andadera|seguro|tarjeta|afiliaci[oó]n|cobertura|p[oó]liza|"
    r"plan(?:es)?")
_OF = r"(?:\s+(?:de|del|marca|from|by|of))?"
# A model or a kind between a brand and its product word: "Dexcom G7 sensor", "ResMed
# CPAP machine", "Omron blood pressure cuff" (no other word: "Baxter has a pump").
_MODEL = (r"[a-z]{0,3}\d+[a-z]?|cpap|bipap|apap|oxygen|insulin|ostomy|glucose|hearing|"
          r"blood\s+pressure|compression|continuous|sleep|diabetes|diab[eé]tic[oa]s?")
# Heads that make a listed eponym a test, sign, line or operation: English after it,
# Spanish before it ("Foley catheter", "sonda Foley", "signo de Murphy").
_HEADS_EN = (
    r"fractures?|drains?|lines?|catheters?|tubes?|tendons?|diverticulum|nodes?|spots|"
    r"plates|chart|repair|lesions?|injury|surgery|procedure|operation|exercises?|angina|"
    r"dementia|bod(?:y|ies)|fundoplication|aphasia|malformation|neuroma|cysts?|lamp|"
    r"contractions|depth|classification|criteria|stages?|staging|score|scale|signs?|"
    r"tests?|maneuvers?|manoeuvres?|reflex|position|splint|boot|graft|shunt|bypass|"
    r"anastomosis|deformity|ulcers?|pouch|stain|grid|index|rules?|triad|phenomenon|"
    r"syndrome|disease|palsy|tears?|encephalopathy|anomaly|traction|harness|technique|"
    r"method|nodules|murmur|pulse|breathing|respirations?|sounds?")
_HEADS_ES = (
    r"drenajes?|cat[eé]ter(?:es)?|sondas?|t[eé]cnica|procedimiento|funduplicatura|"
    r"ejercicios|maniobras?|pruebas?|test|signos?|escalas?|l[aá]mpara|afasia|"
    r"malformaci[oó]n|contracciones|n[oó]dulos|manchas|criterios|clasificaci[oó]n|"
    r"estadios?|[ií]ndice|demencia|cuerpos|posici[oó]n|divert[ií]culo|angina|"
    r"reparaci[oó]n|lesi[oó]n|placas|cartilla|f[eé]rula|tracci[oó]n|"
    r"puntuaci[oó]n|tinci[oó]n|respiraci[oó]n|soplo|tipo|s[ií]ndrome|enfermedad")


@cache
def named_clinical_words() -> frozenset[str]:
    path = _DATA / "clinical_words_named.txt"
    return frozenset(line for line in path.read_text(encoding="utf-8").splitlines()
                     if line and not line.startswith("#"))


def clinical_with_its_article(text: str, start: int, end: int, key: str) -> bool:
    """Is the word ``key`` (folded) at ``text[start:end]`` one of these, said as a part of
    the body or a device: lower case, an article or a possessive right before it?"""
    return key in named_clinical_words() and text[start:end].islower() \
        and _ARTICLE_BEFORE.search(text, max(0, start - 8), start) is not None


@cache
def _sections() -> dict[str, tuple[str, ...]]:
    """The lines of ``health_brands.txt`` by section: words, and phrases kept whole."""
    found: dict[str, list[str]] = {}
    section = ""
    for line in (_DATA / "health_brands.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif line and not line.startswith("#"):
            found.setdefault(section, []).append(line)
    return {name: tuple(lines) for name, lines in found.items()}


def _words(section: str) -> frozenset[str]:
    return frozenset(word for line in _sections().get(section, ()) for word in line.split())


def _is_named(word: str) -> bool:
    """A name-word, a place or a frequent ordinary word: it needs its context."""
    from redaction.wordlists import names

    return word in names() or _is_named_otherwise(word)


@cache
def _alone() -> frozenset[str]:
    """Products and eponyms that no name, place or frequent word list holds."""
    return frozenset(word for word in _words("products") | _words("eponyms")
                     if not _is_named(word))


@cache
def _products() -> frozenset[str]:
    return _words("products")


@cache
def _eponyms() -> frozenset[str]:
    return _words("eponyms")


_PHRASE_WORD = re.compile(r"[\w']+")
_PHRASE_GAP = re.compile(r"[\s.\-]+")


@cache
def _phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The brands' phrases and the lay clinical phrases of ``data/clinical_phrases.txt``
    ("pink eye", "tennis elbow", "cámara espaciadora"), folded, as words without their
    apostrophes, by their first word."""
    lay = (_DATA / "clinical_phrases.txt").read_text(encoding="utf-8").splitlines()
    by_first: dict[str, set[tuple[str, ...]]] = {}
    for line in (*_sections().get("phrases", ()), *lay):
        if line.startswith("#"):
            continue
        words = tuple(_PHRASE_WORD.findall(fold(line).replace("'", "")))
        if len(words) > 1:
            by_first.setdefault(words[0], set()).add(words)
    return {first: tuple(found) for first, found in by_first.items()}


@lru_cache(maxsize=64)
def _phrase_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where listed phrases stand in ``text``, their words apart by spaces, dots or
    hyphens ("st. john's wort", "hand-foot-and-mouth"). Asked once for each word of an
    utterance, so kept for the last few."""
    folded = fold_in_place(text)
    words = [(m.start(), m.end(), m.group().replace("'", ""))
             for m in _PHRASE_WORD.finditer(folded)]
    keys = [key for _, _, key in words]
    spans = []
    for i, (start, _, key) in enumerate(words):
        for phrase in _phrases().get(key, ()):
            last = i + len(phrase) - 1
            if tuple(keys[i:last + 1]) == phrase and all(
                    _PHRASE_GAP.fullmatch(folded, words[j][1], words[j + 1][0])
                    for j in range(i, last)):
                spans.append((start, words[last][1]))
    return tuple(spans)


@cache
def _product_after() -> re.Pattern[str]:
    return re.compile(rf"(?:\s+(?:{_MODEL}))?\s+(?:{_PRODUCT_WORDS})\b", re.I)


@cache
def _product_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_PRODUCT_WORDS}){_OF}\s+$", re.I)


@cache
def _eponym_after() -> re.Pattern[str]:
    other = "|".join(re.escape(word) for word in sorted(_eponyms(), key=len, reverse=True))
    return re.compile(rf"(?:['\u2019]s?)?(?:[\s-]+(?:{other})(?:['\u2019]s?)?)?"
                      rf"[\s-]+(?:{_HEADS_EN})\b", re.I)


@cache
def _eponym_before() -> re.Pattern[str]:
    other = "|".join(re.escape(word) for word in sorted(_eponyms(), key=len, reverse=True))
    return re.compile(rf"\b(?:{_HEADS_ES})\s+(?:(?:de|del)\s+(?:(?:la|el|los)\s+)?)?"
                      rf"(?:(?:{other})[\s-]+)?$", re.I)


def _hyphenated(text: str, start: int, end: int) -> str:
    """The whole hyphenated word a piece belongs to, folded: "Swan" in "Swan-Ganz"."""
    from redaction.wordlists import fold

    while start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
        start -= 2
        while start > 0 and text[start - 1].isalpha():
            start -= 1
    while end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha():
        end += 2
        while end < len(text) and text[end].isalpha():
            end += 1
    return fold(text[start:end])


def _rare_given_name(key: str) -> bool:
    """A listed product that is a given name only, and a rare one (no surname, no place,
    no frequent word): a product unless a name cue comes before, as the extra medicines
    are ("Nivea")."""
    from redaction.wordlists import names

    return key in _products() and names().get(key) == "F" and not _is_named_otherwise(key)


def _is_named_otherwise(word: str) -> bool:
    from redaction.wordlists import common, places

    return word in places() or any(
        common(language).get(word, _FREQUENT) < _FREQUENT for language in ("en", "es"))


# What a diagnosis found, said in English ("diagnosed with Klinefelter"); the Spanish
# frames are eponyms.diagnosed_eponym's.
_DIAGNOSED_EN = re.compile(r"\b(?:diagnosed\s+(?:with|as)|diagnosis\s+of|tested\s+for|"
                           r"screened\s+for|work(?:ed)?[\s-]?up\s+for|positive\s+for|"
                           r"ruled\s+out)\s+$", re.I)
_ORDINARY_AFTER = 1000  # a name-word this frequent, in lower case, is a plain word ("last")
_NAME_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")


def _diagnosed_en(text: str, start: int, end: int, key: str) -> bool:
    """A listed eponym named as what a diagnosis found, no name-word after it."""
    from redaction.eponyms import EPONYMS_AFTER_A_HEAD
    from redaction.wordlists import common, fold, names

    if (key not in _eponyms() and key not in EPONYMS_AFTER_A_HEAD) \
            or _DIAGNOSED_EN.search(text, max(0, start - 40), start) is None:
        return False
    after = _NAME_WORD_AFTER.match(text, end)
    word = fold(after.group(1)) if after else ""
    return word not in names() or (after is not None and after.group(1).islower()
                                   and common("en").get(word, _FREQUENT) < _ORDINARY_AFTER)


def _cued_as_a_name(text: str, start: int, language: str) -> bool:
    from redaction.medicine_context import name_cue_before

    return name_cue_before(text[max(0, start - 60):start], language)


def named_product(text: str, start: int, end: int, key: str, language: str) -> bool:
    """Is the word ``key`` (folded) at ``text[start:end]`` a listed health product,
    programme or eponym where it stands ("Cetaphil", "Phonak hearing aids", "Gold Bond",
    "Foley catheter", "signo de Murphy")? See the module's docstring."""
    whole = _hyphenated(text, start, end)
    if key in _alone() or whole in _alone() or _rare_given_name(key):
        return not _cued_as_a_name(text, start, language)
    parts = set(key.split("-"))
    if any(s <= start and end <= e for s, e in _phrase_spans(text)):
        return True  # "Gold Bond", "Plan B", "Seguro Popular"
    if _cued_as_a_name(text, start, language):
        return False  # "Dr. Foley", "mi vecina Tena"
    if key in _products() and (_product_after().match(text, end) is not None or
                               _product_before().search(text, max(0, start - 40), start)):
        return True
    if language == "en" and _diagnosed_en(text, start, end, key):
        return True  # "diagnosed with Klinefelter"
    if key in _eponyms() or parts <= _eponyms():
        return _eponym_after().match(text, end) is not None \
            or _eponym_before().search(text, max(0, start - 60), start) is not None
    return False


def named_clinical(text: str, start: int, end: int, key: str, language: str) -> bool:
    """A clinical word of this module: a part of the body said with its article, or a
    health product, programme or eponym in its place (``named_product``)."""
    return clinical_with_its_article(text, start, end, key) \
        or named_product(text, start, end, key, language)
