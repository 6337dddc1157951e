"""Conditions named after people: when a name-word is a condition and when a person.

``EPONYMS`` are conditions first of all ("parkinson", "crohn"); ``RARE_EPONYMS`` unless a
name cue or a given name comes before ("dr. charcot"); ``EPONYMS_AFTER_A_HEAD`` only after
a condition's head word and "de" ("síndrome de Down", ``medical._BEFORE``) or as what a
diagnosis found ("le diagnosticaron Wilson", ``diagnosed_eponym``); and a lesion's head
("fractura", "tumor", "tendón") takes only its own eponyms (``lesion_eponym``).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data" / "eponyms.txt"


def _sections() -> dict[str, tuple[str, ...]]:
    """The lines of ``data/eponyms.txt`` by section."""
    found: dict[str, list[str]] = {}
    section = ""
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif line and not line.startswith("#"):
            found.setdefault(section, []).append(line)
    return {name: tuple(lines) for name, lines in found.items()}


_LISTED = _sections()


def _listed(section: str) -> frozenset[str]:
    return frozenset(word for line in _LISTED.get(section, ()) for word in line.split())


# Name-words that are first of all conditions, tests or germs in clinic speech.
EPONYMS = _listed("always") | frozenset("""
parkinson parkinsons alzheimer alzheimers alzhéimer crohn crohns hodgkin hodgkins
hashimoto hashimotos graves barrett barretts huntington huntingtons meniere menieres
ménière gehrig gehrigs raynaud raynauds addison addisons chagas epstein barr
guillain barré barre asperger aspergers tourette tourettes cushing cushings sjogren
sjögren sjogrens kawasaki lyme marfan paget pagets
hirschsprung kaposi kaposis ebola zika dengue chikungunya papanicolau papanicolaou pap
holter doppler apgar heimlich whipple fallot osgood schlatter
dupuytren dupuytrens peyronie
""".split())
# Rarer eponyms, surnames first of all: a condition unless a name cue ("dr. charcot", "mi
# vecino charcot") or a given name ("john waldenstrom") comes before (a review found
# those let through when they were all in EPONYMS).
RARE_EPONYMS = _listed("rare") | frozenset("""
duchenne wilms willebrand danlos behcet behçet quervain valsalva mantoux friedreich
fanconi creutzfeldt korsakoff waldenstrom waldenström alport bartter perthes charcot
""".split())  # Bell, Wilson, Graves, Down, Baker: names too, medical only in context; and
# Lewy, Gaucher, Fabry, Burkitt: surnames too, conditions after a head word (_BEFORE)
# Eponyms that are given names or surnames too, medical after a head word ("síndrome
# de Down", "parálisis de Bell", "tendón de Aquiles", "sarcoma de Ewing"); any other
# name-word there is a person's ("el quiste de Ana").
EPONYMS_AFTER_A_HEAD = _listed("after_a_head") | frozenset("""
down bell wilson graves still gilbert lou gehrig morton ewing curling colles baker
barrett burkitt lewy gaucher fabry pott bright coombs babinski heberden reiter turner
klinefelter rett dravet lennox west horner ramsay hunt quervain scheuermann meckel
chiari arnold conn basedow takayasu wegener goodpasture berger castleman pancoast
bowen gleason glasgow trendelenburg epley romberg phalen tinel murphy mcburney sever
tietze sudeck volkmann smith monteggia galeazzi bennett rolando jones maisonneuve
kienbock freiberg kohler haglund aquiles achilles babinsky wernicke korsakoff broca
hartmann bartholin skene cowper douglas fallopio eustaquio von van der den
carrion carrión noonan pompe henoch schonlein schönlein digeorge krabbe mcardle ormond
plummer reye sheehan stargardt zenker patau angelman kallmann kartagener refsum
moyamoya williams edwards schilling
""".split())

# A title or a relation said right before the word: "doctor addison retired", "el doctor
# graves quiere", "my daughter addison": a person whatever the word also names (nobody says
# "my daughter parkinson's" for the disease). Only the word itself, no gap; "the patient"
# and "mujer" are left out ("patient" precedes conditions in notes).
_PERSON_TITLE_BEFORE = re.compile(
    r"\b(?:dr|doctor|doctora|dra|nurse|mr|mrs|ms|miss|mister|professor|profesora?|"
    r"enfermer[oa]|se[nñ]ora?|sra?|don|do[nñ]a|licenciad[oa]|lic|pastor|coach|"
    r"son|daughter|husband|wife|mother|father|mom|dad|brother|sister|grandson|"
    r"granddaughter|grandmother|grandfather|aunt|uncle|niece|nephew|cousin|"
    r"hij[oa]|espos[oa]|marido|madre|padre|herman[oa]|niet[oa]|abuel[oa]|t[ií][oa]|"
    r"sobrin[oa]|prim[oa]|suegr[oa]|cu[nñ]ad[oa]|nuera|yerno)\.?,?\s+$", re.I)


def person_titled(text: str, start: int) -> bool:
    """Is a title or a relation word said right before ``start``?"""
    return _PERSON_TITLE_BEFORE.search(text, max(0, start - 20), start) is not None


# Heads that name a lesion or an organ as often as a condition ("la fractura de Rolando
# Pérez", "el tumor de Douglas, mi esposo", a review): after them only that head's own
# eponyms, with no name-word after them ("neuroma de Morton", "tendón de Aquiles").
_LESION_EPONYMS = {
    "fractura": "colles jones bennett rolando smith monteggia galeazzi maisonneuve barton",
    "tendon": "aquiles achilles", "neuroma": "morton", "sarcoma": "ewing kaposi",
    "ulcera": "curling cushing marjolin", "tumor": "wilms warthin krukenberg pancoast",
    "anemia": "fanconi addison cooley", "esofago": "barrett",
    "nodulo": "heberden bouchard osler schmorl", "nodulos": "heberden bouchard osler schmorl",
    "ganglio": "virchow", "glandula": "bartholin skene cowper",
    "glandulas": "bartholin skene cowper", "trompa": "eustaquio falopio fallopio",
    "trompas": "eustaquio falopio fallopio"}
_LESION_BEFORE = re.compile(r"\b(neuroma|sarcoma|[uú]lcera|tumor|fractura|anemia|tend[oó]n|"
                            r"es[oó]fago|n[oó]dulos?|ganglio|gl[aá]ndulas?|trompas?)"
                            r"\s+(?:de\s+(?:la\s+)?)?$", re.I)
_NAME_WORD_AFTER = re.compile(r"[\s-]+([^\W\d_]+)")


def lesion_eponym(text: str, start: int, end: int, key: str) -> bool:
    """Is ``key`` (folded) at ``text[start:end]`` the eponym of the lesion head said before
    it, with no name-word after it (a surname would make it a person's name)? Or a listed
    eponym in its frame (``eponym_in_frame``)?"""
    from redaction.gazetteer import fold, names

    lesion = _LESION_BEFORE.search(text, max(0, start - 30), start)
    if lesion is None or key not in _LESION_EPONYMS.get(fold(lesion.group(1)), "").split():
        return eponym_in_frame(text, start, end, key)
    after = _NAME_WORD_AFTER.match(text, end)
    return after is None or fold(after.group(1)) not in names() \
        or eponym_in_frame(text, start, end, key)


# Eponyms of several names said as one, with hyphens or spaces ("Salter-Harris", "prader
# willi"); "y"/"and" is written in the list where one is said ("hunt y hess").
_TOGETHER = _LISTED.get("together", ())
_TOGETHER_NEEDS_A_HEAD = frozenset(_LISTED.get("together_after_a_head", ()))
_READ = _listed("read")
_NAMED_ACRONYMS = _listed("acronyms_named")
_PLACES_TOO = _listed("places_too")
# Where a town is named: "lives in", "from", "vivo en", "cerca de".
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|to|of|en|de|desde|cerca\s+de|hacia|"
                           r"para)\s+$", re.I)
# Every single word of a listed eponym, any tier.
_ANY_EPONYM = EPONYMS | RARE_EPONYMS | EPONYMS_AFTER_A_HEAD | frozenset(
    word for words in _LESION_EPONYMS.values() for word in words.split())
# What follows an eponym in English and makes it one ("Jones fracture", "Glasgow coma
# scale", "Tanner stage", "Ann Arbor staging"): its head, one modifier word at most before it.
_HEADS_EN = (
    r"fractures?|tumou?rs?|points?|rules?|levels?|stages?|staging|types?|class|grades?|"
    r"grading|classification|criteria|inventory|screening|screen|scales?|scores?|index|"
    r"triad|pentad|nodes?|nodules?|lesions?|repair|procedure|operation|surgery|position|"
    r"breathing|respirations?|rings?|tears?|diverticulum|spots|lines|anomaly|malformation|"
    r"sequence|purpura|dystrophy|ataxia|dementia|angina|ulcers?|neuroma|catheter|tube|"
    r"drain|shunt|pouch|glands?|cysts?|duct|canal|space|triangle|hernia|cells?|bod(?:y|ies)|"
    r"contractions|signs?|tests?|testing|maneuvers?|manoeuvres?|method|technique|splint|"
    r"harness|brace|questionnaire|assessment|exam|examination|pulse|murmur|disease|"
    r"syndrome|palsy|phenomenon|encephalopathy|aphasia|area|stain|staining|solution|"
    r"reaction|vaccine|loop|ampulla|sphincter|angle|fascia|law|reflex|deformity|"
    r"injury|dislocation|exercises?|virus|infection|bacteria|fever|lymphoma|sarcoma|"
    r"carcinoma|disorder|chart|curve|grid|depth|thickness|forceps|block|sheath|capsule")
_MODIFIERS_EN = (
    r"coma|intelligence|skin|developmental|development|depression|anxiety|ankle|knee|foot|"
    r"hip|spine|prostate|stool|sleep|pain|fall|falls|risk|memory|vertigo|hair|pubertal|"
    r"puberty|tumou?r|cancer|lymphoma|pressure|ulcer|wound|bleeding|breathing|type|adult|"
    r"child|children's|modified|revised|prognostic|clinical|pulmonary|embolism|dvt|pe|"
    r"maturity|sexual|balding|baldness|cervical|bowel|pancreatitis|pneumonia|stroke|"
    r"disability|functional|nutritional|mental|cognitive|developmental|growth|plate")
_HEAD_AFTER_EN = re.compile(rf"(?:['\u2019]s?)?(?:[\s-]+(?:{_MODIFIERS_EN}))?"
                            rf"[\s-]+(?:{_HEADS_EN})\b", re.I)
_HEAD_WORD_EN = re.compile(rf"(?:{_HEADS_EN})", re.I)
# An eponym and at most one modifier right before a head word: "Glasgow Coma [Scale]".
_EPONYM_BEFORE = re.compile(rf"\b([^\W\d_]+)(?:['\u2019]s?)?(?:[\s-]+(?:{_MODIFIERS_EN}))?"
                            r"[\s-]+$", re.I)


def _head_of_an_eponym(text: str, start: int) -> bool:
    """Is the head word at ``start`` said after an eponym that its frame makes one? Then
    it is the eponym's ("his Glasgow Coma Scale was 15"), not a surname ("Scale")."""
    before = _EPONYM_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    key = _folded(before.group(1))
    return key in _ANY_EPONYM and eponym_in_frame(text, before.start(1), before.end(1), key)


# What comes before an eponym in Spanish and makes it one ("signo de Murphy", "escala de
# coma de Glasgow", "estadio de Tanner"). Not the heads of a lesion or an organ
# (``_LESION_BEFORE``): those take only their own eponyms ("el tumor de Douglas, mi
# esposo" is a person's).
_HEADS_ES = (
    r"signos?|pruebas?|test|tests|maniobras?|escalas?|[ií]ndices?|criterios?|reglas?|"
    r"clasificaci[oó]n|estadios?|estad[ií]aje|grados?|clase|tipo|puntuaci[oó]n|puntaje|score|"
    r"puntos?|p[uú]rpura|lesi[oó]n(?:es)?|"
    r"respiraci[oó]n|anillo|divert[ií]culo|desgarro|inventario|cuestionario|posici[oó]n|"
    r"reflejos?|enfermedad|s[ií]ndrome|mal|par[aá]lisis|linfoma|quistes?|"
    r"tr[ií]ada|p[eé]ntada|t[eé]trada|tetralog[ií]a|anomal[ií]a|malformaci[oó]n|secuencia|"
    r"distrofia|ataxia|corea|demencia|angina|cuerpos|c[eé]lulas|"
    r"conductos?|canal|espacio|tri[aá]ngulo|hernia|bolsa|fondo\s+de\s+saco|"
    r"ampolla|esf[ií]nter|[aá]ngulo|fascia|asa|arco|haz|venas?|arterias?|pol[ií]gono|"
    r"cisura|[aá]rea|placas|manchas|l[ií]neas|estr[ií]as|tub[eé]rculos|contracciones|"
    r"operaci[oó]n|cirug[ií]a|t[eé]cnica|procedimiento|reparaci[oó]n|sondas?|cat[eé]ter|"
    r"tubo|drenaje|f[eé]rula|arn[eé]s|bota|m[eé]todo|reacci[oó]n|intradermorreacci[oó]n|"
    r"tinci[oó]n|soluci[oó]n|vacuna|virus|bacilo|fen[oó]meno|ley|curva|valoraci[oó]n|"
    r"evaluaci[oó]n|examen|infecci[oó]n|fiebre|soplo|pulso|bloqueo|c[aá]psula|v[aá]lvula|"
    r"membrana|cart[ií]lago|ligamento|m[uú]sculo|nervio|c[oó]lico|tiroiditis|"
    r"encefalopat[ií]a|ejercicios|contractura|deformidad|fibras")
_HEAD_BEFORE_ES = re.compile(
    rf"\b(?:{_HEADS_ES})\s+(?:(?:de|del)\s+(?:(?:la|el|los|las)\s+)?)?"
    r"(?:(?:coma|desarrollo|depresi[oó]n|ansiedad|inteligencia|riesgo|ca[ií]das|tobillo|"
    r"rodilla|pie|maduraci[oó]n|madurez|gravedad|severidad)\s+(?:de|del)\s+)?$", re.I)
# A result read after a sign, test or score: "Glasgow de 15", "gleason seven", "Romberg
# positivo", "the Apgar was nine", "Tanner III"; a number said as a word too.
_NUMBER = (
    r"\d+(?:[.,]\d+)?|(?-i:I{1,3}|IV|VI{0,3}|[ABC])\b|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|"
    r"once|doce|trece|catorce|quince|diecis[eé]is|veinte|veinti\w+|treinta|cuarenta|"
    r"cincuenta|sesenta|setenta|ochenta|noventa|cien")
_RESULT = (r"positiv[eoa]s?|negativ[eoa]s?|normal(?:es)?|bilateral(?:es)?|present|absent|"
           r"presentes?|ausentes?|equivocal|dudos[oa]s?|alterad[oa]s?")
_READ_VERB = (r"was|were|is|are|came\s+back|fue|fueron|es|son|sali[oó]|salieron|dio|da|"
              r"daba|estaba|estaban|est[aá]|estuvo|both|ambos|ambas")
_IN_WEEKS = frozenset({"capurro", "ballard", "dubowitz"})
# "a positive Ortolani and Barlow"; "el signo de Chadwick y el de Hegar".
_RESULT_BEFORE = re.compile(r"\b(?:positive|negative)\s+(?:\w+\s+(?:and|or)\s+)?$", re.I)
_ELIDED_HEAD = re.compile(r"\b(?:y|e|o|ni)\s+(?:el|la|los|las)\s+de(?:l)?\s+$", re.I)
_HEAD_ES = re.compile(rf"\b(?:{_HEADS_ES})\b", re.I)
_SAID_AFTER = re.compile(r"\s+(?:years?|months?|weeks?|days?|a[nñ]os?|meses|mes|semanas?|"
                         r"d[ií]as?|times|veces)\b", re.I)


def _cue_before(text: str, start: int) -> bool:
    """A word announcing a person right before ``start``: "Dr.", "my neighbor", "soy"."""
    from redaction.contexts import NAME_CONTEXT

    before = text[max(0, start - 40):start]
    return any(NAME_CONTEXT[language].search(before) for language in ("en", "es"))


def _name_cued(text: str, start: int) -> bool:
    """A word announcing a person, or a given name, right before ``start``: "Dr. Murphy",
    "my neighbor clark", "Kevin Wells"."""
    from redaction.gazetteer import fold, names
    from redaction.wordlists import common

    if _cue_before(text, start):
        return True
    previous = re.search(r"([^\W\d_]+)\s+$", text[max(0, start - 40):start])
    if previous is None:
        return False
    word = fold(previous.group(1))
    return "F" in names().get(word, "") and word not in _ANY_EPONYM and not any(
        common(language).get(word, _FREQUENT) < _ORDINARY for language in ("en", "es"))


@cache
def _together() -> re.Pattern[str]:
    phrases = sorted(_TOGETHER, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(
        r"[\s-]+".join(re.escape(word) for word in phrase.split()) for phrase in phrases)
        + r")\b", re.I)


@cache
def _read_unit() -> str:
    words = sorted(_READ, key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\-", r"[\s-]+") for word in words)


@cache
def _read_after() -> re.Pattern[str]:
    """After a sign, test or score: other ones joined to it, then its result."""
    unit = _read_unit()
    return re.compile(
        rf"(?:['\u2019]s?)?(?:\s+(?:sign|test|score|maneuver|signo|prueba))?"
        rf"(?:\s*(?:,|and|y|e|or|o)\s+(?:(?:the|el|la|de|del)\s+)?(?:{unit})){{0,3}}"
        rf"(?:\s+(?:(?:{_READ_VERB})\s+){{0,2}}(?:{_RESULT})\b|"
        rf"\s*(?::|=|\s(?:(?:estaba|est[aá]|estuvo|qued[oó]|sigue)\s+(?:en|de)|"
        rf"de|of|en|at|was|fue|era|is|es|dio|daba|sali[oó]|gave|"
        rf"came\s+back))?\s*(?:{_NUMBER})\b)", re.I)


def _folded(text: str) -> str:
    """``text`` folded where folding keeps its length (so offsets stay), else lower case."""
    from redaction.gazetteer import fold

    folded = fold(text)
    return folded if len(folded) == len(text) else text.lower()


def _no_name_after(text: str, end: int) -> bool:
    """No surname after an eponym ("la fractura de Rolando Pérez" is a person)."""
    from redaction.gazetteer import fold, names
    from redaction.wordlists import common

    after = _NAME_WORD_AFTER.match(text, end)
    if after is None:
        return True
    word = fold(after.group(1))
    return word not in names() or word in _ANY_EPONYM \
        or (after.group(1).islower() and common("es").get(word, _FREQUENT) < _FREQUENT) \
        or common("en").get(word, _FREQUENT) < _ORDINARY


_FREQUENT = 20000
_ORDINARY = 2000


def eponym_in_frame(text: str, start: int, end: int, key: str) -> bool:
    """Is ``key`` (folded) at ``text[start:end]`` a listed eponym in a frame that makes it
    one: inside an eponym of several names ("Salter-Harris", "prader willi"), before its
    English head ("Jones fracture", "Glasgow coma scale"), after its Spanish one ("signo de
    Murphy", "escala de coma de Glasgow"), read with its result ("Glasgow de 15", "romberg
    was positive"), or a clinical acronym a name list holds, written as one ("TEA")? A
    name cue before it makes it a person ("Dr. Murphy", "mi vecino Clark")."""
    if _HEAD_WORD_EN.fullmatch(key):
        return _head_of_an_eponym(text, start)  # "Scale" in "Glasgow Coma Scale"
    window_start = max(0, start - 60)
    window = _folded(text[window_start:min(len(text), end + 60)])
    unit_start, unit_end = start, end
    together = next((m for m in _together().finditer(window)
                     if window_start + m.start() <= start and end <= window_start + m.end()),
                    None)
    if together is not None:
        unit_start, unit_end = window_start + together.start(), window_start + together.end()
        phrase = " ".join(re.split(r"[\s-]+", together.group().lower()))
        if phrase not in _TOGETHER_NEEDS_A_HEAD and not _name_cued(text, unit_start):
            return True
    elif key not in _ANY_EPONYM and not (set(key.split("-")) <= _ANY_EPONYM) \
            and key not in _NAMED_ACRONYMS:
        return False
    if _HEAD_AFTER_EN.match(text, unit_end) is not None \
            and not _name_cued(text, unit_start):
        return True  # "Jones fracture", "Ann Arbor stage"
    if _HEAD_BEFORE_ES.search(text, max(0, unit_start - 60), unit_start) is not None \
            and _no_name_after(text, unit_end):
        return True  # "signo de Murphy", "estadio de Tanner"
    if key in _PLACES_TOO:  # "fue coxsackie"; "she lives in Coxsackie" is a town
        return _PLACE_BEFORE.search(text, max(0, start - 20), start) is None \
            and not _cue_before(text, start)
    if key in _NAMED_ACRONYMS:  # "tiene TEA", "her edd is in march", "le dio un iam"
        return not _cue_before(text, start) and (
            (text[start:end].isupper() and end - start > 1) or re.search(
                r"\b(?:the|an|her|his|my|your|their|su|sus|mi|mis|tu|el|la|un|una|del)\s+$",
                text[max(0, start - 8):start], re.I) is not None)
    if _name_cued(text, unit_start):
        return False
    if key in _READ or together is not None:
        read = _read_after().match(text, unit_end)
        # "Glasgow de 15", "romberg was positive", "kernig and brudzinski were negative";
        # not an age or a count ("Tanner is 5 years old"), but a gestational age ("el
        # Capurro dio 38 semanas")
        if read is not None and (_SAID_AFTER.match(text, read.end()) is None
                                 or key in _IN_WEEKS):
            return True
        return _RESULT_BEFORE.search(text, max(0, unit_start - 30), unit_start) is not None \
            or (_ELIDED_HEAD.search(text, max(0, unit_start - 20), unit_start) is not None
                and _HEAD_ES.search(text, max(0, unit_start - 60), unit_start) is not None)
    return False


# What a diagnosis names, said right before an eponym that is a name-word too: "le
# diagnosticaron Wilson", "lo están estudiando por Wilson", "descartaron Down", "padece de
# Bell". No person is diagnosed, ruled out, studied for or suffered from; a person after
# these verbs takes the personal "a" ("tiene a Wilson de médico"), which keeps the frame
# from matching. A verb of finding only in the plural or as a participle: in the
# singular the name after it is who found ("Me lo confirmó Wilson ayer", "Me diagnosticó
# Bell en la clínica", a review), and "confirmar con" is whom one checks with.
_DIAGNOSED_BEFORE = re.compile(
    r"\b(?:(?:(?:me|le|te|se|nos|les|lo|la)\s+)?(?:diagnostic|detect|descart|confirm)"
    r"(?:aron|an|aban|ado|ada|ados|adas)(?:\s+de)?|"
    r"(?:estudi\w*|en\s+estudio|sospech\w*|descartar|descartando|evaluando|"
    r"tratamiento|tratando\w*)\s+(?:por|de|para)|"
    r"(?:padec\w*|sufr\w*|enferm[oa]s?)\s+de)\s+$", re.I)
# Having, suffering or a check-up take a person as readily ("Ya tiene Wilson la receta",
# "Sufrió Wilson una caída", "El control de Wilson es el lunes", a review): there the
# eponym must end its clause ("tiene gilbert y por eso...", "sufre Graves desde niña").
_HAD_BEFORE = re.compile(
    r"\b(?:(?:padec\w*|sufr\w*)|control\s+(?:por|de|para)|"
    # "la tiene Gilbert": who has it, after the thing's pronoun
    r"(?<!\bla\s)(?<!\blo\s)(?<!\blas\s)(?<!\blos\s)"
    r"(?:tiene|tengo|ten[ií]a|tienen|tenemos|tenga))\s+$", re.I)
_CLAUSE_ENDS = re.compile(r"\s*(?:$|[.,;:!?)]|(?:y|e|o|ni|pero|porque|pues|desde|hace)\b)",
                          re.I)
# Eponyms that are names too and are said bare after those verbs; the particles and
# words of other meanings ("still", "west", "smith") of ``EPONYMS_AFTER_A_HEAD`` left out.
_DIAGNOSED_EPONYMS = frozenset("""
down bell wilson graves gilbert gehrig ewing barrett burkitt lewy gaucher fabry pott
bright turner klinefelter rett dravet lennox horner ramsay quervain scheuermann meckel
chiari conn basedow takayasu wegener goodpasture berger castleman tietze sudeck
""".split()) | RARE_EPONYMS


def diagnosed_eponym(text: str, start: int, end: int, key: str) -> bool:
    """Is ``key`` (folded) at ``text[start:end]`` a name-word eponym named as what a
    diagnosis found, with no name-word after it (a surname makes it a person's name)?"""
    from redaction.gazetteer import fold, names
    from redaction.wordlists import common

    if key not in _DIAGNOSED_EPONYMS:
        return False
    if _DIAGNOSED_BEFORE.search(text, max(0, start - 40), start) is None \
            and (_HAD_BEFORE.search(text, max(0, start - 40), start) is None
                 or not _CLAUSE_ENDS.match(text, end)):
        return False
    after = _NAME_WORD_AFTER.match(text, end)
    if after is None:
        return True
    word = fold(after.group(1))
    return word not in names() or word in common("es")
