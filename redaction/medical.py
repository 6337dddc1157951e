"""Medicines and conditions are never identifiers: a redacted drug name wrecks the
translation, and eponymous conditions (Parkinson's, linfoma de Hodgkin) look like
surnames. One check, used by the name gazetteer and by the engine's filter of every
PERSON and LOCATION finding (spaCy tags cased brand names as people and places)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from redaction import medicine_roots_es as roots
from redaction.clinical_named import named_clinical
from redaction.eponyms import (
    EPONYMS,
    EPONYMS_AFTER_A_HEAD,
    RARE_EPONYMS,
    diagnosed_eponym,
    lesion_eponym,
    person_titled,
)
from redaction.levels_es import before_its_qualifier, level_of_a_measure, qualified_place
from redaction.lexicon import MEDICAL_TERMS
from redaction.medical_lists import (
    clinical_words,
    condition_names_es,
    extra_medicines,
    folded_medical_terms,
    medicines,
)
from redaction.medicine_context import DIMINUTIVE_FORMS_ES, dose_after, in_medicine_frame
from redaction.medicine_forms_es import line_word_of, singular_in
from redaction.units_of_care_es import in_a_unit_of_care
from redaction.wordlists import fold, places

APOSTROPHES = "'\u2019"  # ASCII and typographic
# A word of a name or a place: letters joined by apostrophes or hyphens ("o'sullivan",
# "wilkes-barre"); engine.py, english_spans.py and trims.py read words by it.
WORD = re.compile(rf"[^\W\d_]+(?:[{APOSTROPHES}-][^\W\d_]+)*")
_AFTER = re.compile(rf"^(?:[{APOSTROPHES}]s?)?[\s-]+(?:disease|syndrome|palsy|disorder|"
                    r"chorea|lymphoma|sarcoma|phenomenon|reflex|sign|test|virus|esophagus|"
                    r"thyroiditis|cyst|contracture|maneuver|monitor|score|scale|"
                    r"tetralogy|barr|barré|barre|gehrig['\u2019]s|"
                    r"alt[oa]s?|baj[oa]s?|elevad[oa]s?|"  # "azúcar alta"
                    # what ails a body part: "pie diabético", "rodilla inflamada"
                    r"diab[eé]tic[oa]s?|cr[oó]nic[oa]s?|inflamad[oa]s?|hinchad[oa]s?|"
                    r"fracturad[oa]s?|torcid[oa]s?|lesionad[oa]s?|infectad[oa]s?)\b", re.I)
_BEFORE = re.compile(r"\b(?:enfermedad|síndrome|sindrome|mal|parálisis|paralisis|linfoma|"
                     r"corea|tiroiditis|fenómeno|fenomeno|virus|quiste|escala|prueba|"
                     r"maniobra|test|tetralogía|tetralogia|signo|reflejo|distrofia|ataxia|"
                     r"encefalopat[ií]a)"
                     r"\s+(?:de\s+(?:la\s+)?)?$|"
                     r"(?:epstein|guillain)[\s-]+$", re.I)
# Eponyms of two or three names, each name of them medical inside the whole ("Stevens
# Johnson"; "Parkinson Juan" is a condition and a person).
_NAMED_TOGETHER = re.compile(
    r"\b(?:stevens[\s-]+johnson|wolff[\s-]+parkinson[\s-]+white|graves[\s-]+basedow|"
    r"ehlers[\s-]+danlos|niemann[\s-]+pick|tay[\s-]+sachs|creutzfeldt[\s-]+jakob|"
    r"legg[\s-]+calv[eé][\s-]+perthes|mallory[\s-]+weiss|zollinger[\s-]+ellison|"
    # brands of two words, the first a name-word ("Alka", "Vick", "Dolo")
    r"alka[\s-]+seltzer|vicks?[\s-]+vaporub|pepto[\s-]+bismol|dolo[\s-]+neurobi[oó]n|"
    r"sal\s+de\s+uvas(?:\s+picot)?|leche\s+de\s+magnesia(?:\s+phillips)?|"
    r"b[aá]lsamo\s+de\s+tigre|gas[\s-]+x)\b", re.I)
# Word endings of drug classes and of clinical words in both languages.
_ENDINGS = re.compile(
    r"(?:pril|sartan|sartán|statin|statina|olol|prazol|prazole|azol|azole|dipine|dipino|"
    r"floxacin|floxacino|micina|mycin|cilina|cillin|mab|tinib|vir|tidine|tidina|triptan|"
    r"triptán|zepam|zolam|profen|profeno|thiazide|tiazida|gliptin|gliptina|gliflozin|"
    r"gliflozina|parin|parina|cycline|ciclina|oxetine|oxetina|codone|codona|semide|semida|"
    r"afil|lukast|olone|olona|azepam|tropin|tropina|sulfato|caine|caína|caina|"
    r"logía|logia|logy|logist|ólogo|ologo|ologa|óloga|iatría|iatria|iatra|itis|emia|osis|"
    r"ectomy|ectomía|"
    # parasites and yeasts, thyroid states, palsies, viruses, childhood tumours:
    # "giardiasis", "hipertiroidismo", "hemiplejia", "rotavirus", "neuroblastoma"
    r"(?<!abd)iasis|tiroidismo|plejia|plejía|virus|blastoma|"  # Abdiasis: a given name
    r"ograma|ometría|ometria|cultivo|"  # "hemograma", "densitometría", "urocultivo"
    r"ectomia|otomía|otomia|scopy|scopia|scopía|grafía|grafia|graphy|algia|plasty|"
    r"plastia|patía|patia|pathy|trofia|trophy|penia|uria|(?:carcin|lip|melan|fibr|aden|"
    r"sarc|lymph|linf|glauc|hemat|neur|gli|mening|my|papil|ater|osteosarc)omas?)$")
# Words just before a medicine: "takes Entresto", "tomo Orfidal", "con Dalsy".
DRUG_CONTEXT = re.compile(r"\b(?:take|takes|taking|took|on|started|start|stopped|stop|"
                          r"prescribed|refill|dose of|mg of|tomo|toma|tomaba|tomando|tome|"
                          r"tomar|con|receta|recetó|receto|dejé|deje|dejara|dejar|luego|"
                          r"empecé|empece|dosis de|el|la|del|the|with|about the|que|than|"
                          r"allergic to|alérgica a|alérgico a|alergica a|alergico a)\s+$",
                          re.I)


_SPANISH_DRUG = re.compile(r"\w{3}(?:ina|ino|ol|ona|eno)$")
# A word joined to a medicine is one too: "metformina y Dolex", "cambió el Losacor por
# Cozaar", "Tylenol or Excedrin".
_JOINER = r"(?:y|o|u|por|con|and|or|with|plus|instead of|en vez de|en lugar de|más|mas)"
# (A filler or "también" after the joiner, "X y también Y", was tried: it made a
# surname after it a medicine, "tomo Aspirina y también Chambi me cuida".)
_LINK = rf"(?:\s+{_JOINER}\s+|\s*,\s*)"
# A comma lists medicines too: "tomo metformina, Zolbexa y Dolex".
_WORD_BEFORE = re.compile(rf"([^\W\d_][\w{APOSTROPHES}-]*){_LINK}$", re.I)
_WORD_AFTER = re.compile(rf"^{_LINK}([^\W\d_][\w{APOSTROPHES}-]*)", re.I)
# A word followed by a dose is a medicine: "Dolex 500 mg", "tafirol de quinientos".
_DOSE_UNIT = re.compile(r"^\s*(?:mg|mcg|ml|miligramos?|milligrams?|microgramos?|micrograms?|"
                        r"mililitros?|milliliters?|unidades|units|gotas|drops|tabletas?|"
                        r"tablets?|pastillas?|pills?|comprimidos?|cápsulas?|capsulas?|"
                        r"capsules?|puffs?|inhalaciones|sobres?|sachets?|cucharadas?|"
                        r"cucharaditas?|spoonfuls?|teaspoons?|tablespoons?|disparos?|"
                        r"aplicaciones|ampolletas?|ampollas?|parches?|patch(?:es)?|"
                        r"inyecci[oó]n(?:es)?|injections?|supositorios?|suppositories|"
                        r"óvulos?|ovulos?)\b", re.I)


def normalised(word: str) -> str:
    """Spelling differences between English and Spanish drug names folded away:
    levothyroxine / levotiroxina -> levotiroxin, amoxicillin / amoxicilina -> amoxicilin."""
    word = word.replace("th", "t").replace("ph", "f").replace("y", "i").replace("k", "c")
    word = re.sub(r"(.)\1", r"\1", word)
    return re.sub(r"[aeo]$", "", word)


def _plainly_medical(word: str) -> bool:
    """Medical by the word alone, without looking at its neighbours."""
    from redaction.gazetteer import fold

    key = fold(word)
    return key in MEDICAL_TERMS or key in folded_medical_terms() or is_medicine_name(key) \
        or bool(_ENDINGS.search(key)) or compound_of_medicine(key)


def is_medicine_name(key: str) -> bool:
    """A folded word the medicine lists hold (a name of four letters or more in DrugBank's,
    or any in the project's own extra list): a medicine, not a condition."""
    return key in extra_medicines() or (len(key) > 3 and key in medicines())


_COMPOUNDED = 7  # a medicine's name this long, whole at a word's end: no name ends so


@cache
def _long_medicines() -> frozenset[str]:
    return frozenset(m for m in medicines() | extra_medicines() | folded_medical_terms()
                     if len(m) >= _COMPOUNDED and m.isalpha())


def compound_of_medicine(key: str) -> bool:
    """A brand made of a prefix and a whole generic's name ("cardioaspirina",
    "cafiaspirina", "dolo-neurobion"), in no word, name or place list. Counted over the
    lists: one name-word ends so ("mohamedamine") and two places, all in the lists."""
    from redaction.wordlists import common, names, places

    if len(key) < _COMPOUNDED + 3 or key in names() or key in places() \
            or key in common("es") or key in common("en"):
        return False
    return any(key[i:] in _long_medicines() for i in range(3, len(key) - _COMPOUNDED + 1))


def _beside_medicine(text: str, start: int, end: int, key: str, language: str,
                     sides: str = "before after", chain: int = 2) -> bool:
    """A word in no name list, joined to a medicine or followed by a dose: "cambió la
    metformina por Zolbexa", "zolbexa quinientos miligramos", "tomo Zolbexa, Bemil y
    Pretiv" (through a list, up to ``chain`` words away). A name-word keeps its chance
    to be a name ("le di el tylenol a maría y a juan")."""
    from redaction.gazetteer import fold, names

    if key in names():
        return _name_joined_to_medicine(text, start, end, language)
    before = _WORD_BEFORE.search(text[:start]) if "before" in sides else None
    after = _WORD_AFTER.match(text[end:]) if "after" in sides else None
    for found, offset, side in ((before, 0, "before"), (after, end, "after")):
        if found is None:
            continue
        at, to = found.start(1) + offset, found.end(1) + offset
        if _plainly_medical(text[at:to]) or in_medicine_frame(text, at, to, language, _names()) \
                or (chain > 0 and _beside_medicine(text, at, to, fold(text[at:to]), language,
                                                   side, chain - 1)):
            return True
    return "after" in sides and dose_after(text, end, language, _DOSE_UNIT)


# A given name joined to a medicine by "y" / "o" (an article may follow): the name
# first ("me mandaron Milo y ramipril") or last, at the end of what is said ("ando
# tomando dolofin y Diane", "con la yasmin y la venoruton"). People are joined to
# people, and a person after a medicine starts a new clause ("la insulina y Ana me la
# pone"), so the name last must end the phrase; a personal "a" or a name cue before
# it keeps it a name ("le di el tylenol a maría y a juan").
_NAME_JOINER = r"\s+(?:y|o|u|and|or)\s+(?:(?:el|la|los|las|the)\s+)?"
_JOINED_AFTER = re.compile(rf"^{_NAME_JOINER}([^\W\d_][\w{APOSTROPHES}-]*)", re.I)
_JOINED_BEFORE = re.compile(rf"([^\W\d_][\w{APOSTROPHES}-]*){_NAME_JOINER}$", re.I)
_PHRASE_END = re.compile(r"^\s*(?:$|[.,;:!?)]|(?:nada\s+m[aá]s|nom[aá]s|tambi[eé]n|"
                         r"y|o|pero|porque|as|too|only)\b)", re.I)
_PERSON_CUE = re.compile(r"\b(?:a|al|to)\s+(?:(?:el|la|los|las|the)\s+)?$", re.I)


def _name_joined_to_medicine(text: str, start: int, end: int, language: str) -> bool:
    from redaction.medicine_context import name_cue_before

    before = text[max(0, start - 60):start]
    if _PERSON_CUE.search(before) or name_cue_before(before, language):
        return False
    after = _JOINED_AFTER.match(text[end:])
    if after is not None:
        at, to = end + after.start(1), end + after.end(1)
        if _plainly_medical(text[at:to]):
            return True
    ahead = _JOINED_BEFORE.search(before)
    if ahead is None or not _PHRASE_END.match(text[end:]):
        return False
    at = start - len(before) + ahead.start(1)
    to = start - len(before) + ahead.end(1)
    return _plainly_medical(text[at:to]) or in_medicine_frame(text, at, to, language, _names())


def _names() -> dict[str, str]:
    from redaction.gazetteer import names

    return names()


@cache
def _normalised_medicines() -> frozenset[str]:
    return frozenset(normalised(word) for word in medicines())


@cache
def _technical_english() -> frozenset[str]:
    """Rare English words (clinical and drug vocabulary, mostly), normalised."""
    from redaction.gazetteer import TECHNICAL_RANK, common, names

    name_words = names()
    return frozenset(normalised(word) for word, rank in common("en").items()
                     if rank >= TECHNICAL_RANK and word not in name_words)


def preload() -> None:
    """Build the lists only a rare path reads (a Spanish word shaped like a drug's name,
    ``is_medical``'s last test) now, at start-up: built during a call, they held one
    fuzzed utterance 1.3 s (stop 58)."""
    _normalised_medicines()
    _technical_english()


_DIMINUTIVE_FORM = re.compile(rf"^{DIMINUTIVE_FORMS_ES}$")


@cache
def _without_enye() -> frozenset[str]:
    """Medical words with "ñ" written "n", as transcripts without accents write them
    ("migrana", "punalada")."""
    words = MEDICAL_TERMS | extra_medicines() | clinical_words()
    return frozenset(w.replace("ñ", "n") for w in words if "ñ" in w)


# Half a dose is said before its form: "X media pastilla", "medio sobre". "Media" is a
# town and a surname too, so without this a name runs on over the dose.
_HALF = frozenset({"media", "medio", "half"})


# The word before, then one more before it: "Leucemia Linfoblástica Aguda".
# Endings of Spanish adjectives, for a word no list holds: "quística", "eritematoso".
_ADJECTIVE = re.compile(r"(?:ic|os|iv|ad|id|ari|ic)[oa]s?$|(?:al|ar|ante|ente)(?:es)?$")
# Who treats, not what ails: a surname follows ("la oncóloga Delgado").
_SPECIALIST = re.compile(r"(?:olog[oa]s?|pediatras?|medic[oa]s?|doctor[a]?|enfermer[oa]s?|"
                         r"cirujan[oa]s?|especialistas?|terapeutas?|dentistas?|internistas?|"
                         r"psiquiatras?|nutricionistas?|partera|matrona)$")
_TWO_BEFORE = re.compile(r"(?:([^\W\d_]+) )?([^\W\d_]+) $")
# Words that join a condition to where, when or with whom it is, never inside its name ("de"
# is: "fiebre de Malta").
_NOT_IN_A_CONDITION = frozenset("en desde hasta con por para y o que a al cuando".split())
_RARE_TOWN_RANK = 20000  # a listed town rarer than this as a Spanish word is that town


def _describes_a_condition(text: str, start: int, base: str) -> bool:
    """Is ``base`` an ordinary Spanish word (an adjective, in written speech often
    capitalised) right after a condition's or medicine's name, or after one such word
    after it: "Fiebre Amarilla", "Lupus Eritematoso Sistémico", "Pie Diabético"? A given
    name there is a person ("tiene Parkinson Juan ..." is no condition's name)."""
    from redaction.gazetteer import fold
    from redaction.wordlists import common

    if "F" in _names().get(base, "") or not (
            base in common("es") or (base not in _names() and _ADJECTIVE.search(base))):
        return False
    before = _TWO_BEFORE.search(text, max(0, start - 60), start)
    if before is None:
        return False
    last = fold(before.group(2))
    if last in _NOT_IN_A_CONDITION:
        return False  # "tengo diabetes en Puebla", "me operaron de la vesícula en Monterrey"
    if last == "de" and places().get(base) == "city" \
            and common("es").get(base, _RARE_TOWN_RANK) >= _RARE_TOWN_RANK:
        return False  # "la mina de cobre de Cananea": a town no more than a rare word;
        # "fiebre de Malta" names a country, and stays
    if _SPECIALIST.search(last):
        return False  # "el cardiólogo Serrano", "la pediatra Blanco": the doctor's surname
    if last in medicines() and "L" in _names().get(base, ""):
        return False  # "le di Paracetamol Blanco": a surname, not the medicine's adjective
    if _plainly_medical(last) or last in clinical_words() or last in EPONYMS:
        return True
    first = fold(before.group(1) or "")
    return bool(first) and (_plainly_medical(first) or first in clinical_words()) \
        and last not in _names()  # "Lupus Eritematoso Sistémico"


def _named_before(text: str, start: int, language: str) -> bool:
    """A name cue or a given name right before ``start``: "dr. charcot", "john alport"."""
    from redaction.gazetteer import NAME_CONTEXT, fold

    before = re.sub(r"\b(?:von|van|de|del|la)\s+$", "", text[max(0, start - 40):start],
                    flags=re.I)  # "enfermedad de Von Willebrand"
    if _BEFORE.search(before):
        return False
    previous = re.search(r"([^\W\d_]+)[\s,]*$", before)
    return NAME_CONTEXT[language].search(before) is not None or (
        previous is not None and "F" in _names().get(fold(previous.group(1)), ""))


def _fold(word: str) -> str:
    from redaction.gazetteer import fold

    return fold(word)


_PAINS_COUNTED = re.compile(r"\b(?:muchos|varios|unos|los|esos|estos|sus|mis|tus|fuertes|"
                            r"tantos|pocos|algunos|con|de|sin|m[aá]s)\s+$", re.I)


def is_medical_alone(word: str, language: str) -> bool:
    """Is ``word`` a medicine or condition by itself, whatever is said around it? A finder
    that already knows the word stands in a name asks only this ("i clean offices for
    brightway at night": "at night" would make any word a dose)."""
    return is_medical(word, 0, len(word), fold(word), language)


# Many finders ask about the same word of the same utterance (8,672 calls in 450
# utterances, 3,788 of them different): the answer depends on nothing else, so it is kept.
_ANSWERS_KEPT = 4096


@lru_cache(maxsize=_ANSWERS_KEPT)
def is_medical(text: str, start: int, end: int, key: str, language: str) -> bool:
    """Is the word ``key`` (folded) at ``text[start:end]`` a medicine or condition? A
    Spanish drug name is also found through its English spelling (levotiroxina)."""
    base = re.sub(rf"[{APOSTROPHES}]s?$", "", key)
    if roots.lived_in_before(text, start) and roots.a_place(base):
        return False  # "vivo en Colón", "nací en Tila", "lives in Norco": a town
    if base == "dolores" and _PAINS_COUNTED.search(text, max(0, start - 20), start):
        return True  # "tiene muchos dolores": pains; "Dolores" alone is a woman
    if key in MEDICAL_TERMS or base in folded_medical_terms() or base in _without_enye() \
            or _DIMINUTIVE_FORM.match(base):
        return True
    if language == "es" and base in condition_names_es():
        return True  # "Le diagnosticaron Hipoacusia", "Clamidia."
    if language == "es" and compound_of_medicine(base):
        return True  # "Cardioaspirina y Bellaspón, nada más"
    if base in _HALF and _DOSE_UNIT.match(text[end:]):
        return True  # a dose, not a word of a name: "yasmin media pastilla"
    if _ENDINGS.search(base) and "F" not in _names().get(base, ""):
        return True  # a given name keeps its chance: Nuria, Eufemia, April, Tanvir
    if is_medicine_name(base) or base in clinical_words() \
            or (singular_in(base, clinical_words()) and base not in _names()
                and not roots.a_place(base)):
        # "caderas", "párpados"; not a listed name or place: Cabezas, Brazos, Palmas
        return True
    if language == "es" and in_a_unit_of_care(text, start, end):
        return True  # "me mandaron a Banco de Sangre", "en Sala de Partos"
    if named_clinical(text, start, end, base, language):
        return True  # "el bazo", "Dexcom", "sonda Foley"; "Juan Quijada" is a person
    if language == "es" and roots.coined_from_a_root(base, roots.listed) \
            and not roots.a_person_beside(text, start, end):
        return True  # "Gastrolin", "Tensiovel": a therapeutic root no name holds
    if language == "es" and line_word_of(text, start, end, lambda t, s, e: is_medical(
            t, s, e, _fold(t[s:e]), language)):
        return True  # "Dolotandax forte": the product's line, not a surname
    if any(part in EPONYMS for part in base.split("-")) and not person_titled(text, start):
        return True  # "epstein-barr"; "doctor addison retired" is a person
    if base in RARE_EPONYMS and not _named_before(text, start, language):
        return True
    if (_AFTER.match(text[end:]) and not qualified_place(base, text[end:])) or (
            _BEFORE.search(text[:start]) and (
            base not in _names() or base in EPONYMS or base in RARE_EPONYMS
            or base in EPONYMS_AFTER_A_HEAD)):
        # a name-word after "el quiste de", "la prueba de" is whose it is ("el quiste
        # de Ana", "la prueba de Pedro") unless it is a known eponym ("síndrome de Down")
        return True
    if lesion_eponym(text, start, end, base):
        return True  # "neuroma de Morton"; "la fractura de Rolando Pérez" is a person
    if language == "es" and diagnosed_eponym(text, start, end, base):
        return True  # "le diagnosticaron Wilson"; "tiene a Wilson de médico" is a person
    if any(m.start() <= start and end <= m.end()
           for m in _NAMED_TOGETHER.finditer(text, max(0, start - 40), end + 40)):
        return True  # "síndrome de Stevens Johnson"
    if language == "es" and (level_of_a_measure(text, start, base)
                             or before_its_qualifier(text, end)):
        return True  # "Presión Alta", "Espina Bífida": Alta and Espina are names too
    if language == "es" and _describes_a_condition(text, start, base):
        return True  # "Fiebre Amarilla", "Leucemia Linfoblástica Aguda"
    if _beside_medicine(text, start, end, base, language):
        return True
    if in_medicine_frame(text, start, end, language, _names()) \
            and places().get(base) not in ("state", "province", "country"):
        return True  # "me pusieron Golin", "pastillas de Petek"; not "la dos de Texas"
    if language != "es" or not _SPANISH_DRUG.search(base):
        return False
    # a name is no drug by its shape alone: Saturnino (English "saturnine"), Aquilina,
    # Enedina, Rubina are people after "me llamo", Ticona a surname
    return base not in places() and base not in _names() \
        and (normalised(base) in _technical_english()
             or normalised(base) in _normalised_medicines())
