"""A place or firm named in apposition, written with its capitals right after the kind of
place it is: "un restaurante chino, Gran Muralla, en Miraflores", "en el gimnasio, Titanes
Gym,", "it's a little taquería, Tacos El Primo;", "mi suegra va al templo Bethel".

Why: written Spanish and English capitalise a name and not the kind of place before it, so a
run of capitalised words said right after "restaurante", "gimnasio", "salon" or "company"
(a comma between or none) is that place's name, whatever its words are ("Gran Muralla",
"Uñas Divinas": ordinary words no list holds). A capitalised run anywhere else is not read
so: conditions, wards and coined medicine names are written with capitals too ("Fibrosis
Quística", "Sala de Partos"), but none of them stands in apposition to a kind of shop.

The other order needs no capitals: a name said before the kind of place it is, "he's at
crossroads the rehab for 28 days", "i'm with liberty the trucking outfit", "estoy con
servicios estrella la agencia de trabajo temporal". Said so, a rare word (or a run holding
one; in Spanish two words at least) right after "at", "with", "for", "from", "en", "con" or
"de", or opening an English utterance, then "the" and a kind of place, and then what goes
on around an apposition ("for", "and", "when", a pause), names that place. "at work the
clinic called", "for refills the pharmacy faxes", "from choir the church van", "de urgencia
la farmacia" are frequent or clinical words, the kind's own verb or noun, and name nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from presidio_analyzer import RecognizerResult

from redaction.acronyms import clinical_acronyms
from redaction.institution_words_es import HEADS as HEADS_ES
from redaction.lexicon import EN_MONTHS, ES_MONTHS, KIN_AND_TITLES, MEDICAL_TERMS
from redaction.medical import is_medical_alone, is_medicine_name
from redaction.medical_lists import condition_names_es, folded_medical_terms
from redaction.place_head_words import HEADS as HEADS_EN
from redaction.place_heads import LOOSE_RANK, NAME_WORD_RANK, NEVER, RARE_RANK
from redaction.recognizers import SpeechRecognizer, result
from redaction.wordlists import common, fold, names, places

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


# Kinds of place a name is said before, with their article: "crossroads the rehab",
# "willow the nursing home", "cuna de amor la estancia infantil".
_KINDS_AFTER = {
    "en": r"rehab|nursing\s+home|program|programme|preschool|daycare|day\s+care|studio|"
          r"store|shop|company|outfit|agency|firm|gym|church|clinic|pharmacy|school|"
          r"academy|restaurant|diner|bakery|salon|spa|club|league|shelter|warehouse|"
          r"factory|plant|hotel|motel|chain|franchise|hospice|nonprofit|charity|ministry|"
          r"food\s+bank|pantry|co-?op|credit\s+union|bank|dealership|practice|mill|"
          r"cannery|farm|ranch|nursery|laundromat|cafe|café|taqueria|market|supermarket|"
          r"grocery|facility|center|centre|home\s+care|home\s+health|"
          # bodies people belong to or are served by: "harbor lights the recovery
          # network", "nuevo amanecer the tenants' association" (not a class, group or team:
          # "in algebra the class", "in scouts the group" name a subject)
          r"network|foundation|association|organi[sz]ation|coalition|alliance|union|"
          r"cooperative|collective|airline|carrier",
    "es": r"agencia|estancia(?:\s+infantil)?|guarder[ií]a|empresa|compañ[ií]a|f[aá]brica|"
          r"maquila(?:dora)?|tienda|negocio|restaurante|cafeter[ií]a|panader[ií]a|"
          r"sal[oó]n|gimnasio|iglesia|templo|parroquia|escuela|colegio|academia|cl[ií]nica|"
          r"farmacia|fundaci[oó]n|asociaci[oó]n|organizaci[oó]n|cooperativa|programa|"
          r"albergue|refugio|asilo|residencia|hogar|grupo\s+de\s+\w+|taller|"
          r"constructora|empacadora|mercado|supermercado|bodega|club|liga|equipo",
}
# After the name, "the", up to two words saying which kind ("the home health agency", "la
# agencia de trabajo temporal" needs none; as many as there are, so that "home health" is
# not taken for the kind), then the kind; in English "now", "that's" or
# "is" may stand between ("echo now the recording studio", "pathway is the program").
_KIND_AFTER = {
    "en": re.compile(rf"\s*,?\s+(?:(?P<said>now|that's|thats|it's|its|is|was)\s+)?"
                     rf"(?:the|a|an)\s+(?:[^\W\d_]+\s+){{0,2}}(?:{_KINDS_AFTER['en']})\b", re.I),
    "es": re.compile(rf"\s*,?\s+(?:(?P<said>que\s+es|es|era|ahora)\s+)?(?:la|el|una|un)\s+"
                     rf"(?:[^\W\d_]+\s+){{0,1}}?(?:{_KINDS_AFTER['es']})\b", re.I),
}
# Where such a name may begin: after a preposition of place or of work, or, in English,
# opening the utterance ("bloom the flower shop, i'm there saturdays"; a Spanish utterance
# opens with its verb as often: "atiendo la bodega", "busque la clínica").
_NAME_OPENS = {
    "en": re.compile(r"(?:^|[.!?]\s*|\b(?:at|with|for|from|in|into|joined|called|named|"
                     r"(?:go|goes|went|going|gone|moved|move|sent|switched|transferred|"
                     r"taken|took|brought|drive|drove|come|came)\s+to)\s+)(?=[^\W\d_])",
                     re.I),
    "es": re.compile(r"\b(?:en|con|de|para|a|al|llamad[oa])\s+(?=[^\W\d_])", re.I),
}
# After these a Spanish word in -ar, -er, -ir is a verb's infinitive: "después de limpiar
# la iglesia", "para cuidar la casa hogar".
_BEFORE_AN_INFINITIVE = re.compile(r"(?:de|para|a|al)\s+$", re.I)
_INFINITIVE = re.compile(r"[^\W\d_]{2,}(?:ar|er|ir)$")
_FILLERS = frozenset("""um umm uh uhh eh er erm hmm hm mm oh ah okay ok yeah yes no so gosh
whoops whoa yikes oof wow ugh oops""".split())
# What an apposition is followed by: the clause goes on around it ("at crossroads the rehab
# for 28 days", "with horizon the hospice and the nurse", "bloom the flower shop, i'm
# there"), never the kind's own verb or noun ("for refills the pharmacy faxes", "from choir
# the church van", "in spanish the program they sent").
_GOES_ON = re.compile(
    r"\s*(?:[,.;:!?)\u2014-]|$)|\s+(?:for|as|when|while|and|or|but|so|since|until|because|"
    r"where|now|there|here|i|im|i'm|my|his|her|our|y|o|pero|cuando|donde|desde|hasta|porque|"
    r"mi|su|sus|ahí|ahi|allí|alli|allá|alla)\b", re.I)
# Where the place is, or what it is not, after a name of rare words only, said where
# someone is or is with: "at rose's the bakery on the corner", "with evergreen now the home
# health agency not maple" (after "for", what it is for: "for diapers the store on main").
_WHERE_AFTER = re.compile(r"\s+(?:on|in|at|by|near|across|behind|around|downtown|not)\b",
                          re.I)
_WHERE_OPENS = re.compile(r"\b(?:at|with)\s+$", re.I)
_MODIFIED_AFTER = re.compile(r"\s+(?:brand|brands|label|version|kind|type|one|ones|stuff|"
                             r"name|marca|tipo)\b", re.I)
_GOES_ON_ES = re.compile(r"\s+(?:de|del|en)\b", re.I)  # "la agencia de trabajo temporal"
_MAX_NAME_WORDS = 3
# In Spanish one word before "la farmacia", "la clínica" is as often what it is for or how
# ("de urgencia", "con muletas", "en ayunas", "para jubilados"): only two words or more
# ("servicios estrella", "cuna de amor") are read as a name there.
_MIN_NAME_WORDS = {"en": 1, "es": 2}
_LETTER = re.compile(r"[^\W\d_]")
# A name's words in Spanish may hold these inside: "cuna de amor", "hilos de oro".
_NAME_JOINERS = frozenset("de del la las los y".split())
# A word this frequent is grammar or a common noun ("work", "night", "home", "casa"),
# unless a rarer word stands beside it in the name ("kind hearts").
_APPOSED_RANK = 3000
_PAIRED_RANK = 1500
_OPENING_RANK = 5000  # opening the utterance, a word must be rarer: "yesterday the clinic"
_TIMES = frozenset(fold(word) for word in [*EN_MONTHS, *ES_MONTHS]) | frozenset(
    """monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays
    thursdays fridays saturdays sundays weekends weekend noon midnight tonight today
    yesterday tomorrow morning mornings evening evenings afternoon afternoons christmas
    easter thanksgiving summer winter spring fall lunes martes miercoles jueves viernes
    sabado domingo sabados domingos hoy ayer mañana manana tarde noche navidad verano
    invierno primavera otoño otono""".split())


def named_before_kind(text: str, language: str) -> Iterator[tuple[int, int]]:
    """Start and end of each name said right before "the" and the kind of place it is."""
    kind_after, opens = _KIND_AFTER.get(language), _NAME_OPENS.get(language)
    if kind_after is None or opens is None or language not in _A_KIND:
        return
    for opening in opens.finditer(text):
        start = opening.end()
        words = islice(_WORD.finditer(text, start), _MAX_NAME_WORDS + 2)
        after_preposition = _LETTER.search(opening.group()) is not None
        end, last, capital, body = None, start, False, False
        ranks: list[int] = []
        for count, word in enumerate(words):
            if count > _MAX_NAME_WORDS or text[last:word.start()].strip():
                break
            key = fold(word.group())
            if key in _NAME_JOINERS and language == "es" and end is not None:
                last = word.end()
                continue
            if not _a_name_word(key, language) or (
                    not ranks and language == "es" and _INFINITIVE.search(key)
                    and _BEFORE_AN_INFINITIVE.search(opening.group())
                    and key not in names() and key not in places()) or (
                    not after_preposition and (key in _FILLERS or key.endswith("ly"))):
                break  # "después de limpiar la iglesia", "thankfully the pharmacy"
            ranks.append(common(language).get(key, RARE_RANK))
            # (a capital says a name except where the utterance opens: "Sorry, the ...")
            capital = capital or (word.group()[0].isupper() and after_preposition)
            body = body or is_medical_alone(key, language)  # "manos amigas", "open arms"
            end = last = word.end()
            kind = kind_after.match(text, end)
            if kind is not None and (capital or _rare_enough(ranks, after_preposition)) \
                    and len(ranks) >= _MIN_NAME_WORDS[language] \
                    and not (body and len(ranks) == 1) and (
                        _goes_on(text, kind, language)
                        or (language == "en" and _WHERE_OPENS.search(opening.group())
                            and min(ranks) >= _APPOSED_RANK
                            and not _plural_of_people(text[start:end])
                            and _WHERE_AFTER.match(text, kind.end()) is not None)):
                yield start, end
                break


def _goes_on(text: str, kind: re.Match[str], language: str) -> bool:
    """Does the sentence go on after the kind as after an apposition, not with the kind's
    own verb or noun? After "that's" or "it's" the kind says what the name is, whatever
    follows ("anchor, that's the shipping company, makes us"), unless the kind only says
    which one ("for shampoo it's the store brand")."""
    said = kind.group("said")
    if said is not None and fold(said).replace("'", "") in ("thats", "its"):
        return _MODIFIED_AFTER.match(text, kind.end()) is None
    return _GOES_ON.match(text, kind.end()) is not None \
        or (language == "es" and _GOES_ON_ES.match(text, kind.end()) is not None)


def _rare_enough(ranks: list[int], after_preposition: bool) -> bool:
    """Are a name's words rare enough to be one: a word rarer than the ``_APPOSED_RANK``
    most frequent alone, or than ``_PAIRED_RANK`` beside another ("kind hearts",
    "servicios estrella"); rarer still when the name opens the utterance."""
    alone, paired = (_APPOSED_RANK, _PAIRED_RANK) if after_preposition \
        else (_OPENING_RANK, _APPOSED_RANK)
    return max(ranks) >= (alone if len(ranks) == 1 else paired)


def _a_name_word(key: str, language: str) -> bool:
    """Could this word be one of a name's: no grammar, time, verb of doing or clinical
    word ("at night", "for calling", "con dolor")?"""
    return not (key in NEVER or key in _TIMES or key in _PROGRAMMES or len(key) < 2
                or common(language).get(key, _OPENING_RANK) < LOOSE_RANK
                or (key.endswith("ing") and common("en").get(key, RARE_RANK) < RARE_RANK)
                or key.endswith(("'m", "'re", "'ll", "'ve", "'d"))
                or (key.endswith("'s") and not _possessive_name(key, language))
                or key in clinical_acronyms() or names_a_condition(key)
                or _A_KIND[language].fullmatch(key) is not None)


def _plural_of_people(name: str) -> bool:
    """Is a name of one word an ordinary plural, whom a body serves ("with refugees the
    association downtown")?"""
    key = fold(name)
    return " " not in key and key.endswith("s") and not key.endswith("'s") \
        and key in common("en")


# Whose a house is, not a shop's name: "at mom's the store on the corner".
_KIN = frozenset(KIN_AND_TITLES) | frozenset("mum momma grandma granny grandpa nana auntie".split())


def _possessive_name(key: str, language: str) -> bool:
    """Is a word in 's a name's possessive, as shops are named ("rose's", "big sal's"), not
    "it's" or "he's"? Its base must be a name-word or rare."""
    base = key[:-2]
    rank = common("en").get(base, RARE_RANK)
    return language == "en" and base not in NEVER and base not in _KIN and len(base) >= 3 \
        and ((base in names() and rank >= NAME_WORD_RANK) or rank >= RARE_RANK)


# A kind of place is no name's word: "the program del laboratorio el programa", "at the
# farm the clinic".
_A_KIND = {language: re.compile(rf"(?:{_KINDS_AFTER[language]}|{heads})", re.I)
           for language, heads in (("en", HEADS_EN), ("es", HEADS_ES))}


class AppositionRecognizer(SpeechRecognizer):
    """LOCATION for a name in apposition to the kind of place it names: capitalised right
    after it, or said right before it."""

    ENTITIES = ["LOCATION"]

    def find(self, text: str) -> Iterator[RecognizerResult]:
        for start, end in apposed_names(text, self.supported_language):
            yield result("LOCATION", start, end, self.recognizer_name)
        for start, end in named_before_kind(text, self.supported_language):
            yield result("LOCATION", start, end, self.recognizer_name)
