"""Places the chains, businesses and organisations people name as where they live, work,
shop, sleep or get care: "the CVS in Glen Ellyn", "the Denny's on Colfax", "I sleep at the
Salvation Army", "the Red Roof Inn off I-40", "el Oxxo de la avenida Hidalgo", "me atienden
en la Nueva EPS", and said in lower-case speech: "the c v s on route nine", "el oxxo de
pharr".

Why: outside writers mark a named store, motel, lab or shelter, with its street or town, as
a LOCATION (it says where someone is as well as an address does), but chain names are no
town and no person, so no other list finds them. The names come from ``data/businesses.txt``
(chains and organisations of the US and of the Spanish-speaking countries). The finding
takes the name, a head word after it ("station", "hall", "Post 12"), a Spanish kind word
before it ("la farmacia Benavides") and the street or town that follows ("on Colfax", "off
I-40", "de la avenida Hidalgo", "de Pharr": read by ``business_tails``). Employers are
listed too (Safe Harbor names an employer's name as an identifier): "she works for amazon",
"he drives for uber", "the tyson plant", "trabaja para cemex". An employer that is also a
product or a service people use (a car make, a drink, an app, a phone or power company) is
named only where someone works there: after a word of work ("my job at amazon", "a work note
for uber", "mi jefe de movistar") or with the plant or warehouse it runs ("the coca cola
plant", "la planta de nissan"); "took an uber", "ordered it from amazon", "la luz de la cfe"
and "el nissan de mi hermano" stay.

Names that are ordinary words ("Target", "Éxito") are places only after a cue: a
preposition of place ("at the", "en el"), or a capital not opening the sentence, and what
follows must not show the ordinary sense ("target blood pressure", "el éxito del
tratamiento"); "Dia", "Metro", "Claro" need both, or a word of work right before them
("trabajaba en claro"). A one-word name that is a medicine or condition word needs a cue
and its street, town or head too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from presidio_analyzer import RecognizerResult

from redaction.business_tails import WHEN, starts_sentence, street_or_town_end
from redaction.medical import is_medical_alone
from redaction.recognizers import SpeechRecognizer, result
from redaction.wordlists import DATA, common, fold, fold_in_place

_ORDINARY_RANK = 5000  # a one-word chain more frequent than this is an ordinary word too
_RARE_RANK = 20000  # the rank of a word no frequency list holds
_PLAIN, _CUED, _CAPITAL, _EMPLOYER = "", "~", "!", "@"


def _token_pattern(token: str) -> str:
    """One word of a chain's name as it may be written or said: spelled capitals ("CVS",
    "c v s", "c.v.s."; "CityMD", "city m d"), the parts of a joined name apart or not
    ("LabCorp", "lab corp"; "McDonald's", "mc donald's"), "&" said "and"/"y", the
    apostrophe or not."""
    if token in ("&",):  # a joiner, said as a word
        return r"(?:&|and|y|n|['\u2019]n['\u2019]?)"
    if "&" in token:  # "AT&T", "at and t"
        return r"\s?(?:&|and)\s?".join(_token_pattern(part) for part in token.split("&"))
    parts = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", token).split()
    return r"\s?".join(_part_pattern(part, len(parts) > 1) for part in parts)


def _part_pattern(part: str, joined: bool) -> str:
    letters = re.sub(r"[^\w]", "", part)
    if len(letters) >= (2 if joined else 3) and letters.isupper() and letters.isalpha():
        return r"\.?\s?".join(re.escape(c) for c in fold(letters))  # (not the full stop)
    pattern = []
    for char in fold(part):
        if char in "'\u2019":
            pattern.append(r"['\u2019]?")
        elif char == ".":
            pattern.append(r"\.?\s?")
        else:
            pattern.append(re.escape(char))
    return "".join(pattern)


def _name_pattern(name: str, plural: bool) -> str:
    tokens = [t for t in re.split(r"[\s\-]+", name.strip()) if t]
    body = r"[\s\-]*".join(_token_pattern(t) for t in tokens)
    if plural and tokens[-1][-1].isalpha() and len(tokens[-1]) >= 5:
        body += r"(?:['\u2019]?s)?"  # "krogers", "walgreen's"
    return body


@cache
def _lines() -> list[str]:
    """The list's lines, read once for the names and their flags and for the insurers."""
    return (DATA / "businesses.txt").read_text(encoding="utf-8").splitlines()


@cache
def _entries() -> dict[str, str]:
    """Each listed name -> its flag: plain, "~" (needs a cue), "!" (a capital too) or "@"
    (an employer only where someone works there)."""
    entries: dict[str, str] = {}
    for line in _lines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, flag = line.partition("\t")
        flag = flag.strip()
        key = fold(name)
        if not flag and " " not in key and "-" not in key and min(
                common("en").get(key, _RARE_RANK), common("es").get(key, _RARE_RANK)
        ) < _ORDINARY_RANK:
            flag = _CUED  # "Walmart" no; "Smart", "Metro" yes
        entries[name.strip()] = flag
    return entries


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """One pattern for each flag, longest names first, matched on folded text."""
    grouped: dict[str, list[str]] = {_PLAIN: [], _CUED: [], _CAPITAL: [], _EMPLOYER: []}
    for name, flag in sorted(_entries().items(), key=lambda item: -len(item[0])):
        grouped[flag].append(_name_pattern(name, flag == _PLAIN))
    return {flag: re.compile(r"(?<![\w'\u2019])(?:" + "|".join(alternatives) + r")(?![\w])")
            for flag, alternatives in grouped.items() if alternatives}


# The list's sections of insurers, by their heading: only their names are read after a word
# of insurance ("my plan is through kaiser", not "the plan is giant cell arteritis").
_INSURER_SECTION = re.compile(r"insurers|aseguradoras", re.I)


@cache
def _insurers() -> frozenset[str]:
    insurers, in_section = set(), False
    for line in _lines():
        if line.startswith("# -- "):
            in_section = _INSURER_SECTION.search(line) is not None
        elif in_section and line.strip() and not line.startswith("#"):
            insurers.add(_product_key(line.partition("\t")[0]))
    return frozenset(insurers)


def _product_key(name: str) -> str:
    """A name as ``is_product`` compares it: folded, hyphens and spaces as one space."""
    return re.sub(r"[\s\-]+", " ", fold(name.strip()))


@cache
def _products() -> frozenset[str]:
    return frozenset(_product_key(name) for name, flag in _entries().items()
                     if flag == _EMPLOYER)


def is_product(said: str) -> bool:
    """Is ``said`` an "@" name: a product or service ("my toyota", "el nissan de mi
    hermano", "lo busqué en google") that other finders must not take for a town or a
    person? This recognizer names it where someone works there."""
    return _product_key(said) in _products()


# A preposition of place (and a determiner) right before a name: "at the target",
# "went to jewel", "en el éxito", "al jumbo". Spanish "por" and "con" are left out: "gracias
# por el éxito", "con éxito".
_CUE = {
    "en": re.compile(r"\b(?:at|to|from|in|into|near|by|behind|outside|inside|across\s+from|"
                     r"next\s+to|past|of\s+the|over\s+at|down\s+at|out\s+at)\s+"
                     r"(?:(?:the|a|that|this|our|their)\s+)?(?:local\s+)?$"),
    "es": re.compile(r"\b(?:en|a|al|del|de|desde|hasta|cerca\s+del?|frente\s+al?|"
                     r"enfrente\s+del?|junto\s+al?|afuera\s+del?|dentro\s+del?|fuera\s+del?)\s+"
                     r"(?:(?:el|la|los|las|un|una|ese|esa|este|esta|aquel|aquella)\s+)?$"),
}
# A word of work, a few words before an employer and its preposition: "she works for
# amazon", "my job at verizon", "a work note for uber", "retired from at&t", "i drive for
# lyft"; "trabaja para cemex", "mi jefe de movistar", "lo corrieron de telmex". Not "with"
# or "con": "works with quest", "trabajo con éxito". (Matched on folded text: no accents.)
_WORK_WORDS_BEFORE = 3
_WORK_CUE = {
    "en": re.compile(r"\b(?:(?:work|works|worked|working|job|jobs|shift|shifts|employer|"
                     r"employed|employee|hired|boss|supervisor|manager|foreman|coworkers?|"
                     r"co-workers?|retired|fired|laid\s+off|contractor)"
                     rf"(?:\s+[a-z'\-]+){{0,{_WORK_WORDS_BEFORE}}}?\s+(?:for|at|by|from)|"
                     r"(?:drive|drives|drove|driving|deliver|delivers|delivered|delivering|"
                     r"temp|temps|deliveries|rides|routes|gigs)\s+for|"
                     # who calls from where: "i'm calling from humana", "this is tamika
                     # from walgreens", "le llamo de humana", "habla yesenia de farmacias"
                     # (one word, no article or pronoun: not "this is the scar from")
                     r"calling\s+(?:you\s+)?from|this\s+is\s+(?!(?:the|a|an|my|his|her|"
                     r"our|their|your|it|what|how|why|not|just|so|that)\b)[a-z'\-]+\s+"
                     r"(?:from|with))\s+"
                     r"(?:(?:the|a|that|this|our|their|my|his|her)\s+)?(?:local\s+)?$"),
    "es": re.compile(r"\b(?:(?:(?:trabaj|emple|chamb|jubil|despid|contrat)[a-zñ]*|jef[ae]s?|"
                     r"patr[oó]n|patrona|supervisora?|gerente|encargad[oa]|turnos?|incapacidad|"
                     r"justificante|(?:me|te|lo|la|los|las|nos|le|les)\s+corrieron)"
                     rf"(?:\s+[a-zñ]+){{0,{_WORK_WORDS_BEFORE}}}?\s+(?:para|en|de|del)|"
                     r"(?:manej|repart)[a-zñ]*\s+para|"
                     # (not "hablamos de", "habla mucho de": said about, not from)
                     r"(?:le\s+)?(?:llamo|llamamos)\s+(?:de|del|desde)|"
                     r"le\s+habla\s+[a-zñ]+(?:\s+[a-zñ]+)?\s+(?:de|del|desde))\s+"
                     r"(?:(?:el|la|los|las|un|una|ese|esa|este|esta)\s+)?$"),
}
# Who insures someone, said right before the insurer: "my plan is through kaiser", "i'm
# insured with humana", "my member id for aetna", "mi seguro es con humana", "estoy
# afiliada a sura", "mi número de afiliado de osde". Read like a word of work: a listed name
# that is an ordinary or clinical word too is the insurer there, without a capital. (Matched
# on folded text.)
_COVER_CUE = {
    "en": re.compile(r"\b(?:(?:my|our|her|his|their|your)\s+(?:(?:health|medical|dental|"
                     r"car|auto|home|life)\s+)?(?:plan|insurance|coverage|insurer|carrier|"
                     r"policy)(?:(?:\s+is|\s+was|'s)(?:\s+(?:through|with|from|by))?|"
                     r"\s+(?:through|from|by))|"
                     r"(?:covered|insured)\s+(?:by|through|with)|(?:member|subscriber|policy|"
                     r"group)\s+(?:id|number|card)\s+(?:for|with|from|of))\s+(?:the\s+)?$"),
    "es": re.compile(r"\b(?:(?:mi|su|nuestro|nuestra|el|la)\s+(?:seguro(?:\s+m[eé]dico|"
                     r"\s+de\s+(?:carro|auto|coche|salud|vida|gastos\s+m[eé]dicos))?|"
                     r"plan\s+(?:de\s+salud|m[eé]dico)|aseguradora|cobertura|poliza|"
                     r"obra\s+social|prepaga)\s+(?:es|era)(?:\s+(?:de|del|con|por))?|"
                     r"(?:estoy|esta|estamos|estan|soy|es|somos|son)\s+(?:asegurad|afiliad)"
                     r"[oa]s?\s+(?:con|en|por|a|al|de|del)|(?:numero|tarjeta|carnet|credencial)"
                     r"\s+de\s+(?:miembro|afiliad[oa]|socio|asegurad[oa])\s+(?:de|del|con))"
                     r"\s+(?:(?:el|la)\s+)?$"),
}
# The workplace said before an employer in Spanish: "la planta de nissan", "el almacén de
# amazon", "la fábrica de coca cola".
_WORKPLACE_BEFORE = re.compile(r"\b(?:planta|fabrica|bodega|almacen|oficinas?|sucursal|"
                               r"tienda|maquiladora|maquila)\s+(?:de|del)\s+(?:la\s+|el\s+)?$")
# An indefinite article before a name that is a word too says a kind of place, not a
# named one.
_INDEFINITE = re.compile(r"\b(?:a|an|another|some|un|una|unos|unas|otro|otra)\s+$")
# The kind of place said before a name: a cue in either language, and part of the place.
_KIND_BEFORE = re.compile(r"\b(?:farmacias?|droguer[ií]as?|boticas?|supermercados?|s[uú]per|"
                          r"tiendas?|almacenes|almac[eé]n|gasolinera|sucursal|hotel|motel|"
                          r"eps|caja\s+de\s+compensaci[oó]n)\s+$")
# Head words after a name that say which of its places: "the Greyhound station", "the VFW
# hall", "American Legion Post 12". ("parking lot" is where, not which: left out.)
_HEAD_AFTER = re.compile(r"\s+(?:gas\s+station|bus\s+station|bus\s+stop|truck\s+stop|"
                         r"station|store|supercenter|supermarket|pharmacy|market|hall|lodge|"
                         r"post|shelter|thrift\s+store|branch|office|plaza|restaurant|lab|"
                         r"clinic|depot|terminal|travel\s+center|center|centre|"
                         # where an employer's people work: "the amazon warehouse"
                         r"warehouse|plant|factory|distribution\s+center|"
                         r"fulfillment\s+center|planta|f[aá]brica|bodega|almac[eé]n|"
                         r"sucursal|tienda)(?:\s+(?:\d+|number\s+\w+|no\.?\s*\d+))?\b")
_WORD = re.compile(r"[\w'\u2019.\-]+")
# A listed name opening with its kind, after a cue of place: "en el hospital italiano en";
# an article before a name of work (a kind then: "trabaja en el súper").
_THE_BEFORE = re.compile(r"\b(?:the|el|la)\s+$")
_HEAD_FIRST = re.compile(r"(?:hospital|clinica|sanatorio|universidad|banco|instituto|hotel)\s")
# "and" or "or" between two employers, the second after its own preposition: "i drive for
# doordash and for grubhub", "manejo para uber y para didi" (not "works at target and
# staples are", "y con google busco": a new clause, what is used).
_JOINED = re.compile(r"\s*,?\s*(?:and|or|y)\s+(?:for|at|para|en)\s+"
                     r"(?:(?:the|el|la|los|las)\s+)?")
# What may follow an ordinary-word name when it is the chain: "at target yesterday", "al
# jumbo y luego", not "target blood pressure", "el éxito del tratamiento". Spanish "de",
# "del", "en" only when a street or town follows them ("el Éxito de la 80").
_AFTER_OK = {
    "en": frozenset("""on in off at by near over out down up across around behind and or but
        to for with after before when where while so because then yesterday today tonight
        last this every i we he she they you was is has had were closed again anymore now
        since until there right earlier later once twice parking lot lots""".split()) | WHEN,
    "es": frozenset("""y o e que con para a al cerca frente junto porque pero cuando donde
        si no ya todavia desde hasta nunca siempre me nos le les se estaba esta queda
        cerraron abrieron""".split()) | WHEN,
}


class BusinessRecognizer(SpeechRecognizer):
    """LOCATION for a listed chain or organisation, its head word and its street or town."""

    ENTITIES = ["LOCATION"]

    def find(self, text: str) -> Iterator[RecognizerResult]:
        lang = self.supported_language
        if lang not in ("en", "es"):
            return
        folded = fold_in_place(text)
        taken: list[tuple[int, int]] = []
        work_end = -1  # where the last employer named after a word of work ends
        candidates = sorted(((m.start(), m.end(), flag)
                             for flag, pattern in _patterns().items()
                             for m in pattern.finditer(folded)),
                            key=lambda c: (c[0], c[0] - c[1]))
        for start, end, flag in candidates:
            if any(start < e and s < end for s, e in taken):
                continue
            at_work = (work_end >= 0 and _JOINED.fullmatch(folded, work_end, start) is not None) \
                or _WORK_CUE[lang].search(folded[max(0, start - 80):start]) is not None
            covers = _product_key(text[start:end]) in _insurers() \
                and _COVER_CUE[lang].search(folded[max(0, start - 60):start]) is not None
            span = self._place(text, folded, start, end, flag, lang, at_work or covers, covers)
            if span is not None:
                taken.append(span)
                work_end = span[1] if at_work else -1
                yield result("LOCATION", span[0], span[1], self.recognizer_name)

    def _place(self, text: str, folded: str, start: int, end: int, flag: str, lang: str,
               at_work: bool, covers: bool = False) -> tuple[int, int] | None:
        """The span of the place named at ``start:end``, or None when it names none;
        ``at_work``: said after a word of work or of calling from, or joined by "and for"
        to an employer said so; ``covers``: after a word of insurance (then a name the
        clinical lists keep, "humana", is the insurer too)."""
        name = text[start:end]
        before = folded[max(0, start - 40):start]
        kind = _KIND_BEFORE.search(before)
        cued = bool(kind or at_work or _CUE[lang].search(before))
        if flag != _PLAIN and _INDEFINITE.search(before):
            cued = at_work = False  # "a methodist hospital", "un hospital español": a kind
        head = _HEAD_AFTER.match(folded, end)
        if flag == _EMPLOYER:  # a product or service too: only where someone works
            at_work = at_work or _WORKPLACE_BEFORE.search(before) is not None
            if not (at_work or head):
                return None
            cued = True
        written = name[:1].isupper() and not starts_sentence(text, start)
        if flag == _CAPITAL and not ((written and cued) or (at_work and " " not in name.strip()
                                                            and not _THE_BEFORE.search(before))):
            return None  # "trabajaba en claro"; not "en el súper", "at the giant"
        place_end = head.end() if head else end
        tail_end = street_or_town_end(text, folded, place_end, lang)
        if flag != _CAPITAL and " " not in name.strip() and is_medical_alone(name, lang):
            # a medicine, or an insurer or product the clinical lists keep ("tengo Kaiser"):
            # a place only after a cue of place and with its street, town or head ("voy a
            # la Sanitas de la esquina"); several words are judged whole ("Narcotics
            # Anonymous", "Hospital Ramón y Cajal"), not by one word of them
            named = covers or (cued and (head or tail_end))
            return (start, tail_end or place_end) if named else None
        if flag == _CAPITAL or flag == _CUED or (flag == _EMPLOYER and not at_work):
            # (after who works or calls from there, what follows says nothing: "le llamo
            # de humana sobre el reclamo")
            follows_ok = head or tail_end is not None or self._after_ok(folded, end, lang) \
                or (flag != _EMPLOYER and (at_work or (cued and _HEAD_FIRST.match(folded, start))))
            if not (cued or (written and not _after_a_capital(text, start))) or not follows_ok:
                return None
        begin = start - len(kind.group()) if kind else start
        return begin, tail_end or place_end

    @staticmethod
    def _after_ok(folded: str, end: int, lang: str) -> bool:
        rest = folded[end:]
        following = _WORD.match(rest.lstrip())
        if following is None or re.match(r"\s*[^\w\s]", rest):
            return True  # end of text or punctuation: "I work at Target."
        return following.group().strip(".") in _AFTER_OK[lang]



def _after_a_capital(text: str, position: int) -> bool:
    """Is the word before a capital itself one: part of a longer name ("Villa Olímpica")."""
    before = re.search(r"([^\W\d_]+)\s+$", text[:position])
    return bool(before and before.group(1)[0].isupper()
                and not starts_sentence(text, before.start(1)))
