"""Places the chains, businesses and organisations people name as where they live, work,
shop, sleep or get care: "the CVS in Glen Ellyn", "the Denny's on Colfax", "I sleep at the
Salvation Army", "the Red Roof Inn off I-40", "el Oxxo de la avenida Hidalgo", "me atienden
en la Nueva EPS", and said in lower-case speech: "the c v s on route nine", "el oxxo de
pharr".

Why: outside writers mark a named store, motel, lab or shelter, with its street or town,
as a LOCATION (it says where someone is as well as an address does), but chain names are
no town and no person, so no other list finds them. The names come from
``data/businesses.txt`` (chains and organisations of the US and of the Spanish-speaking
countries). The finding takes the name, a head word after it ("station", "hall", "Post
12"), a Spanish kind word before it ("la farmacia Benavides") and the street or town that
follows ("on Colfax", "off I-40", "de la avenida Hidalgo", "de Pharr"). Employers are
listed too (Safe Harbor names an employer's name as an identifier): "she works for
amazon", "he drives for uber", "the tyson plant", "trabaja para cemex". An employer that is
also a product or a service people use (a car make, a drink, an app, a phone or power
company) is named only where someone works there: after a word of work ("my job at
amazon", "a work note for uber", "mi jefe de movistar") or with the plant or warehouse it
runs ("the coca cola plant", "la planta de nissan"); "took an uber", "ordered it from
amazon", "la luz de la cfe" and "el nissan de mi hermano" stay.

Names that are ordinary words ("Target", "Quest", "Éxito", "Jumbo") are places only when
a cue says so: a preposition of place before them ("at the", "en el", "al"), or a capital
in written text that does not start the sentence, and what follows must not show the
ordinary sense ("target blood pressure", "el éxito del tratamiento"). Words said as
ordinary words far more often than as a chain ("Dia", "Metro", "Giant") need both the
capital and the cue. A name that is a medicine or condition word is never taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from presidio_analyzer import RecognizerResult

from redaction.medical import is_medical, is_medical_alone
from redaction.recognizers import SpeechRecognizer, result
from redaction.wordlists import DATA, common, fold, fold_in_place, names, places

_ORDINARY_RANK = 5000  # a one-word chain more frequent than this is an ordinary word too
_NAME_WORD_RANK = 1500  # a name-word this frequent is a word first ("rose", "mayor")
_RARE_RANK = 20000  # a lower-case word rarer than this may be a street's or town's name
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
        return r"\.?\s?".join(re.escape(c) for c in fold(letters)) + r"\.?"
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
def _entries() -> dict[str, str]:
    """Each listed name -> its flag: plain, "~" (needs a cue), "!" (a capital too) or "@"
    (an employer only where someone works there)."""
    entries: dict[str, str] = {}
    for line in (DATA / "businesses.txt").read_text(encoding="utf-8").splitlines():
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
# "and" or "or" between two employers, the second after its own preposition: "i drive for
# doordash and for grubhub", "manejo para uber y para didi" (not "works at target and
# staples are", "y con google busco": a new clause, what is used).
_JOINED = re.compile(r"\s*,?\s*(?:and|or|y)\s+(?:for|at|para|en)\s+"
                     r"(?:(?:the|el|la|los|las)\s+)?")
_TAIL_EN = re.compile(r"\s+(?:(?:over|out|down|up|right)\s+)?(?:on|in|off|at|by|near|past|"
                      r"across\s+from|next\s+to|behind|outside\s+of|outside)\s+")
_TAIL_ES = re.compile(r"\s+(?:que\s+est[aá]\s+(?:en|sobre|por)|cerca\s+del?|frente\s+al?|"
                      r"de|del|en|sobre|por)\s+")
_ARTICLES = {"en": frozenset({"the"}), "es": frozenset({"la", "el", "los", "las"})}
_ROADS = {
    "en": frozenset("""route rt highway hwy interstate i us street st avenue ave road rd
        boulevard blvd drive dr lane ln way parkway pkwy pike court ct place pl circle square
        turnpike expressway freeway loop trail main state county farm""".split()),
    "es": frozenset("""avenida av calle carrera cra calzada bulevar boulevard blvd colonia col
        barrio plaza centro esquina carretera autopista ruta kilometro km paseo glorieta
        rotonda mercado terminal parque alameda circunvalacion periferico diagonal
        transversal jiron pasaje vereda""".split()),
}
# Road words that name a place alone ("the CVS downtown", "el Oxxo del centro").
_ALONE = frozenset("""downtown main courthouse airport mall interstate highway freeway
    expressway turnpike fairgrounds stadium centro esquina terminal mercado plaza parque
    estadio aeropuerto glorieta catedral zocalo malecon periferico carretera autopista""".split())
_JOINERS = frozenset({"and", "&", "de", "del", "la", "los", "las", "y", "san", "santa"})
_FUNCTION = frozenset("""the a an my his her our their your this that it is was and or of for
    to with at on in from by el la los las un una mi mis su sus tu que se me le por para con
    en a al es esta""".split())
_NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve
    thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
    sixty seventy eighty ninety hundred first second third fourth fifth sixth seventh eighth
    ninth tenth uno dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta
    cuarenta cincuenta sesenta setenta ochenta noventa cien""".split())
_WHEN = frozenset("""monday tuesday wednesday thursday friday saturday sunday mondays
    tuesdays wednesdays thursdays fridays saturdays sundays january february march april may
    june july august september october november december morning mornings night nights
    afternoon evening weekend weekends lunes martes miercoles jueves viernes sabado sabados
    domingo domingos enero febrero marzo abril mayo junio julio agosto septiembre octubre
    noviembre diciembre manana tarde noche noches hoy ayer anoche semana mes""".split())
# What may follow an ordinary-word name when it is the chain: "at target yesterday", "al
# jumbo y luego", not "target blood pressure", "el éxito del tratamiento". Spanish "de",
# "del", "en" only when a street or town follows them ("el Éxito de la 80").
_AFTER_OK = {
    "en": frozenset("""on in off at by near over out down up across around behind and or but
        to for with after before when where while so because then yesterday today tonight
        last this every i we he she they you was is has had were closed again anymore now
        since until there right earlier later once twice parking lot lots""".split()) | _WHEN,
    "es": frozenset("""y o e que con para a al cerca frente junto porque pero cuando donde
        si no ya todavia desde hasta nunca siempre me nos le les se estaba esta queda
        cerraron abrieron""".split()) | _WHEN,
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
            span = self._place(text, folded, start, end, flag, lang, at_work)
            if span is not None:
                taken.append(span)
                work_end = span[1] if at_work else -1
                yield result("LOCATION", span[0], span[1], self.recognizer_name)

    def _place(self, text: str, folded: str, start: int, end: int, flag: str, lang: str,
               at_work: bool) -> tuple[int, int] | None:
        """The span of the place named at ``start:end``, or None when it names none;
        ``at_work``: said after a word of work or of calling from, or joined by "and for"
        to an employer said so."""
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
        written = name[:1].isupper() and not _starts_sentence(text, start)
        if flag == _CAPITAL and not (written and cued):
            return None
        place_end = head.end() if head else end
        tail_end = self._tail(text, folded, place_end, lang)
        if flag != _CAPITAL and any(is_medical_alone(w, lang)  # (the word alone:
                                    for w in name.split()):  # "the walgreens" is no organ)
            # a medicine, or an insurer or product the clinical lists keep ("mi EPS es
            # Sanitas", "tengo Kaiser"): a place only after a cue of place and with its
            # street, town or head ("voy a la Sanitas de la esquina")
            return (start, tail_end or place_end) if cued and (head or tail_end) else None
        if flag == _CAPITAL or flag == _CUED or (flag == _EMPLOYER and not at_work):
            # (after who works or calls from there, what follows says nothing: "le llamo
            # de humana sobre el reclamo")
            follows_ok = head is not None or tail_end is not None \
                or (flag == _CUED and at_work) or self._after_ok(folded, end, lang)
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

    def _tail(self, text: str, folded: str, end: int, lang: str) -> int | None:
        """Where the street or town said after a place ends ("on Colfax", "in Glen Ellyn",
        "off I-40", "de la avenida Hidalgo", "del centro"), or None when none follows."""
        alone = re.match(r"\s+(downtown)\b", folded[end:])
        if alone:
            return end + alone.end()
        cue = (_TAIL_EN if lang == "en" else _TAIL_ES).match(folded, end)
        if cue is None:
            return None
        position, last, content, road = cue.end(), None, False, False
        article = re.match(r"(?:the|la|el|los|las)\s+", folded[position:])
        if article:
            position += article.end()
        previous = position
        for count, word in enumerate(_WORD.finditer(folded, position)):
            if count >= 5 or folded[previous:word.start()].strip():
                break
            previous = word.end()
            key = word.group().strip(".-")
            kind = self._place_word(text, word.start(), word.start() + len(key), key, lang,
                                    road)
            if kind is None:
                break
            if kind == "joiner":
                if key in ("and", "&", "y") and not self._joins_a_name(text, folded,
                                                                      word.end(), lang):
                    break  # "on Main but they", "de Orlando y la supervisora"
                continue
            # (a road's kind counts for the word right after it, and its numbers:
            # "calle mayor", "highway sixty one"; not "on main but they")
            road = (kind == "road" and key not in _ALONE) or (road and key in _NUMBER_WORDS)
            content = content or kind == "name" or (kind == "road" and key in _ALONE)
            last = word.start() + len(key)
        return last if content and last is not None else None

    def _joins_a_name(self, text: str, folded: str, position: int, lang: str) -> bool:
        """Does "and"/"y" join a second street's name ("Fifth and Main", "Juárez y
        Morelos"), not a next clause?"""
        following = _WORD.search(folded, position)
        if following is None or folded[position:following.start()].strip():
            return False
        key = following.group().strip(".-")
        return key in _ROADS[lang] or key in _ALONE or key[:1].isdigit() \
            or key in _NUMBER_WORDS or text[following.start()].isupper()

    @staticmethod
    def _place_word(text: str, start: int, end: int, key: str, lang: str, road: bool
                    ) -> str | None:
        """What a word after a place's preposition is: "road" ("avenue", "calle"),
        "name" (a street's or town's name, or a number on a road), "joiner" or None."""
        if key in _ROADS[lang] or key in _ALONE:
            return "road"
        if key in _JOINERS:
            return "joiner"
        if key in _WHEN:
            return None
        if key[:1].isdigit() or (key in _NUMBER_WORDS and road) \
                or re.fullmatch(r"i-?\d+|\d+(?:st|nd|rd|th)?", key):
            return "name"
        if key in _FUNCTION or is_medical(text, start, end, key, lang):
            return None
        if road and lang == "es" and key.isalpha():
            return "name"  # a street's name after its kind: "calle mayor", "avenida central"
        if text[start:start + 1].isupper() and not _starts_sentence(text, start):
            return "name"
        ranks = (common("en").get(key), common("es").get(key))
        if ("L" in names().get(key, "") or key in places()) \
                and min(rank or _RARE_RANK for rank in ranks) >= _NAME_WORD_RANK:
            return "name"
        return "name" if ranks == (None, None) else None  # no word: "tupelo", "kedzie"


def _after_a_capital(text: str, position: int) -> bool:
    """Is the word before a capital itself one: part of a longer name ("Villa Olímpica")."""
    before = re.search(r"([^\W\d_]+)\s+$", text[:position])
    return bool(before and before.group(1)[0].isupper()
                and not _starts_sentence(text, before.start(1)))


def _starts_sentence(text: str, position: int) -> bool:
    before = text[:position].rstrip(" \"'\u201c¿¡(")
    return not before or before[-1] in ".!?:\n"
