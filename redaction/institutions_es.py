"""Places Spanish names by what they are, said before their name: "el albergue Casa del
Migrante", "la iglesia pentecostal Monte Sion", "el hospital Jackson Memorial", "la mina
Los Bronces", "el hospital general de zona cuarenta y seis", "la clínica 27".

Why: a shelter, a church, a mine, a hotel, a school or a hospital says where someone
lives, works or is treated, and outside writers mark them; their names are mostly words
no place list holds. Spanish puts the kind of place first, so the head word ("albergue",
"iglesia", "mina") says a place is named and the words after it are its name when they
look like one: written with capitals, or, in lower-case speech, name-words (given names,
surnames, places) or rare words, joined by "de", "del", "la", "los"; or a number, as
Mexico's public clinics are named ("clínica veintisiete", "hospital general de zona 46").
"El hospital", "una iglesia grande", "la escuela de mi hijo" name nothing and stay.
Where people work, shop and study is named the same way ("la empacadora de Dalton", "la
florícola Rosas del Cotopaxi", "la primaria Benito Juárez"): an ordinary noun is held in
the name when a name's word comes after it, never grammar, time or a clinical word.
``span_edges`` takes the head in when another recognizer found the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.acronyms import clinical_acronyms
from redaction.bare_heads_es import named_bare_heads_es
from redaction.english_firms_es import english_firms
from redaction.firms import named_firms
from redaction.institution_words_es import (
    ARTICLE_NAMED,
    FIRMS,
    FREQUENT_NAMING_NOUNS,
    GENERIC_OF,
    GENERIC_PEOPLE,
    GOODS,
    HEADS,
    INNER,
    NAMED_BY_KIND,
    NAMED_FOR_TITLES,
    NATURE,
    NUMBERED,
    PLURAL_VERB_AFTER,
    PUBLIC_PAYERS,
    STAFF_AND_STOCK,
    TIME_WORDS,
    UNIT,
    VERB_AFTER,
)
from redaction.lexicon import KIN_AND_TITLES
from redaction.medical import is_medical, is_medical_alone, is_medicine_name
from redaction.recognizers import NUMBER_WORDS, SpeechRecognizer, result
from redaction.spanish_places_en import spanish_places
from redaction.specialists_es import SPECIALISTS_ES
from redaction.teams import named_teams
from redaction.units_of_care_es import in_a_unit_of_care
from redaction.wordlists import common, fold, names, places
from redaction.workplaces_es import named_workplaces_es

# (not "la historia clínica de EsSalud": a patient's record, the adjective of a record)
_HEAD = re.compile(rf"(?<!historia\s)\b(?:{HEADS})\b(?:\s+(?:{INNER})(?:\b|(?<=\.)))*",
                   re.I)  # "No. 1"
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019.][^\W_]+)*\.?")
# Endings of Spanish adjectives and abstract nouns, rare words that say what kind of place
# it is in lower-case speech, not which: "psiquiátrico", "dental", "veterinaria", "textil",
# "de fertilidad".
_ABSTRACT_ENDINGS = r"idad|ción|cion|logía|logia|ería|eria"  # "escuela de enfermería"
_ADJECTIVE = re.compile(r"(?:ico|ica|icos|icas|al|ales|ar|ares|ivo|iva|ario|aria|orio|oria|"
                        rf"oso|osa|ble|il|ente|ante|ado|ada|ido|ida|ista|{_ABSTRACT_ENDINGS})$")
# What is done at a place, said after its "de": "la clínica de fertilidad", "de alcoholismo".
_ABSTRACT = re.compile(rf"(?:{_ABSTRACT_ENDINGS}|ismo)$")
# Endings of Spanish verb forms said after a place, rare enough to pass for a name.
_VERB = re.compile(r"(?:aba|abas|abamos|aban|ia|ias|iamos|ian|ando|iendo|aron|ieron|aste|iste)$")
# A verb's accented ending: "compré", "conseguí", "comió", "comía" (García: no word)
_PRETERITE = re.compile(r"(?:[éíó]|ía|ías|íamos|ían)$")
_PARTICLES = frozenset("de del la las los el y san santa santo".split())
_ARTICLES = frozenset("el la los las".split())
_SAINTS = frozenset("san santa santo".split())  # a saint's given name, however frequent
# Heads whose name is trusted only when written with a capital: "el Parque Rodó".
_CAPITALS_ONLY = re.compile(r"parque|plaza", re.I)
_SPECIALIST = re.compile(SPECIALISTS_ES, re.I)
_MAX_TOKENS = 6
_MAX_BRANCH_WORDS = 3
_BRANCH_GRAMMAR_RANK = 150  # a branch is named by frequent words too: "sucursal centro"
# Heads a name always follows, of ordinary words as often as not: "la fundación Aire
# Nuevo", "la asociación Manos Unidas", "la guardería Pasitos Felices".
_ALWAYS_NAMED = re.compile(r"fundaci[oó]n|asociaci[oó]n|patronato|guarder[ií]a|k[ií]nder|"
                           r"estancia\s+infantil", re.I)
# What follows a verb, not a name's word: "la fundación paga la mitad", "ayuda con los
# gastos", "el patronato decide quién".
_VERB_OBJECT_AFTER = re.compile(r"\s+(?:el|la|los|las|le|les|me|lo|un|una|con|a|al|que|"
                                r"quién|quien|cuándo|cuando|si|por|para|se|te|nos|no|ya)\b",
                                re.I)
# What follows a plural noun that is the subject: a pronoun, a negation, a plural verb.
_PLURAL_SUBJECT_AFTER = re.compile(r"\s+(?:se|me|te|le|les|nos|no|ya|son|eran|fueron|"
                                   r"están|estan|estaban|tienen|tenían|tenian)\b", re.I)
# "Una guardería", "otra fundación": any one of them, not one named.
_INDEFINITE_BEFORE = re.compile(r"\b(?:una|un|otra|otro|alguna|algún|ninguna|ningún|"
                                r"cualquier)\s+$", re.I)
# A place's branch, named after it: "Farmacia La Esperanza, sucursal Chapalita".
_BRANCH_WORD = re.compile(r"sucursal|filial|sede|plantel", re.I)
_BRANCH = re.compile(rf",?\s+(?:{_BRANCH_WORD.pattern})\s+", re.I)
# Where an utterance or a clause ends, so that no name's word can follow.
# Abbreviations whose dot is their own: "la clínica No. 5", "el hospital Dr. Peset".
_ABBREVIATIONS = frozenset("""no núm num dr dra sr sra srta lic ing av col gral sta sto mpio
edo pte ste prof mtro mtra""".split())
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")
_ORDINARY_RANK = 8000  # a more frequent Spanish word is no name by itself ("grande")
_PLACE_WORD_RANK = 5000  # a surname or town this frequent too ("esquina", "monte", "pastor")
_GRAMMAR_RANK = 300  # a more frequent word is grammar or a verb, never in a place's name
_NAMED_AFTER_ARTICLE_RANK = 1000  # a name-word this frequent after an article is a word
# A verb's ending after "la", "los", "las" (a pronoun there, not an article): "en el
# hospital la operaron", "en la iglesia los bautizaron", "en la clínica la pesan".
_CLITIC_VERB = re.compile(r"(?:aron|ieron|aban|ían|ía|an|en|ó)$")
# A plural article makes a plural noun of what follows, not a verb: "el salón Las
# Gardenias" ("-ias" ends verbs too: "tenías").
_PLURAL_ARTICLE_BEFORE = re.compile(r"\b(?:las|los)\s+$", re.I)
_PRONOUN_BEFORE = re.compile(r"\b(?:la|los|las)\s+$", re.I)
# What follows a verb said after a place, not a name's next word: "el centro médico cobra
# mucho", "el laboratorio procesa las muestras".
_OBJECT_AFTER = re.compile(r"\s+(?:el|la|los|las|le|les|me|lo|un|una|mucho|muy|bien|caro|"
                           r"poco|todo|todos|todas)\b", re.I)
_MAX_ORDINARY = 2  # ordinary words held before a name's word: "rosas del cotopaxi"
# A place's own article after its head ("el bar el olvido"), then an ordinary word, then
# where the phrase closes: punctuation, the end, "y", a preposition.
_ARTICLE_AFTER_HEAD = re.compile(r"\s+(?:el|la|los|las)\s+", re.I)
# Where care is given, what is said after the head is care ("en el hospital la presión"):
# its name needs a name's word or a rare one.
_CARE_HEAD = re.compile(r"hospital|cl[ií]nica|sanatorio|centro\s+de\s+salud|residencia|"
                        r"asilo", re.I)
_NAME_CLOSES = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?:y|e|en|cerca|frente|por|pasando|ah[ií]|"
                          r"all[aá]|donde)\b", re.I)  # not "de": "la cosecha de tabaco"
# Time, turns and the rooms of a place are said after it with their article too: "en el
# hotel el cuarto", "en la escuela el año pasado", "en el bar la otra vez".
_NOT_A_NAME_AFTER_ARTICLE = frozenset("""dia dias ano anos vez veces rato tiempo hora horas
otro otra otros otras mismo misma primero primera ultimo ultima cuarto sala cocina bano
patio entrada salida puerta piso fila caja mostrador estacionamiento""".split())


def _branch_end(text: str, start: int) -> int | None:
    """Where a branch's name after "sucursal" ends: any words but grammar, time or a
    clinical word ("sucursal centro", "sucursal las torres"; "sucursal reforma porque")."""
    end = None
    for count, token in enumerate(_TOKEN.finditer(text, start)):
        if count >= _MAX_BRANCH_WORDS or text[(end or start):token.start()].strip(" "):
            break
        key = fold(token.group().rstrip("."))
        if key in _PARTICLES:
            continue
        if key in TIME_WORDS or common("es").get(key, _ORDINARY_RANK) < _BRANCH_GRAMMAR_RANK \
                or is_medical(text, token.start(), token.end(), key, "es"):
            break
        end = token.end()
    return end


class InstitutionRecognizer(SpeechRecognizer):
    """LOCATION for a Spanish head word of a place and the name said after it (in English
    text too: ``spanish_places_en``)."""

    ENTITIES = ["LOCATION"]

    def find(self, text: str) -> Iterator[RecognizerResult]:
        if self.supported_language == "en":  # "we go to iglesia pentecostal monte sion"
            for place_start, place_end in spanish_places(text):
                yield result("LOCATION", place_start, place_end, self.recognizer_name)
            return
        if self.supported_language != "es":
            return
        yield from named_firms(text, "es", self.recognizer_name)  # "haddad y ruiz abogados"
        for firm_start, firm_end in english_firms(text):  # "trabajo en ozark premium poultry"
            yield result("LOCATION", firm_start, firm_end, self.recognizer_name)
        for sign_start, sign_end in named_bare_heads_es(text):  # "voy a farmacia la palma"
            yield result("LOCATION", sign_start, sign_end, self.recognizer_name)
        for work_start, work_end in named_workplaces_es(text):  # "la empacadora frutas del valle"
            yield result("LOCATION", work_start, work_end, self.recognizer_name)
        for team_start, team_end in named_teams(text, "es"):  # "juega en los halcones de soyapango"
            yield result("LOCATION", team_start, team_end, self.recognizer_name)
        for head in _HEAD.finditer(text):
            end = self._name_end(text, head.end(), bool(NUMBERED.search(head.group())),
                                 bool(ARTICLE_NAMED.match(head.group())),
                                 names_only=bool(re.fullmatch(FIRMS, head.group(), re.I)
                                                 or re.fullmatch(NATURE, head.group(), re.I)),
                                 head=head.group())
            care = _CARE_HEAD.match(head.group())
            if end is None and ARTICLE_NAMED.match(head.group()) \
                    and (care is None or care.end() < len(head.group())):
                # after a place of care only when what it is was said first: "el hospital
                # universitario la paz en madrid" (not "en el hospital la presión.")
                end = self._ordinary_after_article(text, head.end())
            if end is None and NAMED_BY_KIND.fullmatch(head.group()):
                end = head.end()  # "el hospital de la mujer", "el hospital militar"
            if end is not None and _CAPITALS_ONLY.fullmatch(head.group()) \
                    and not re.search(r"\b[A-ZÁÉÍÓÚÑ]", text[head.end():end]):
                continue  # "en el parque los perros andan sueltos": said, a park names none
            branch = _BRANCH.match(text, end) if end is not None else None
            if branch is not None:  # "farmacia la esperanza sucursal chapalita"
                end = _branch_end(text, branch.end()) or end
            if end is not None and not UNIT.match(text, end):
                yield result("LOCATION", head.start(), _without_full_stop(text, end),
                             self.recognizer_name)

    def _name_end(self, text: str, start: int, numbered: bool,
                  article_named: bool = False, names_only: bool = False,
                  head: str = "") -> int | None:
        """Where the name after a head ends: its tokens that look like a name (particles
        inside it), or its number where the head numbers its places (``numbered``); None
        when what follows names nothing. After a head that is always named ("fundación"),
        ordinary words are the name's, and so is a word written with a capital after the
        head written with one, though it is a body part ("la Asociación Manos Unidas"; "la
        Clínica del Dolor" is what it treats)."""
        always_named = bool(_ALWAYS_NAMED.fullmatch(head)) \
            and not _INDEFINITE_BEFORE.search(text, 0, max(0, start - len(head)))
        capital_head = head[:1].isupper() and always_named
        # after a place of care no medicine is named: a word no list holds is the place's
        # name, though a medicine's frame follows ("al hospital monteclaro para la
        # colonoscopia"); a pharmacy or a shop is followed by what it sells
        of_care = bool(_CARE_HEAD.match(head))
        end, pending, ordinary = None, 0, 0
        said_de, ordinary_end = False, None  # "hospital de la raza": "de", then words
        after_particle = saint = False
        last_ordinary = False
        for count, token in enumerate(_TOKEN.finditer(text, start)):
            if text[(pending or end or start):token.start()].strip() or count >= _MAX_TOKENS:
                break  # punctuation between, or too long
            # right after an ordinary word of the name, a word is read as after an article:
            # "el albergue casa esperanza" (not after a particle: "procesa las muestras")
            after_ordinary, last_ordinary = last_ordinary and end is None, False
            word = token.group().rstrip(".")
            key = fold(word)
            if _BRANCH_WORD.fullmatch(key):
                break  # "farmacia guadalupana sucursal centro": its branch, read by ``find``
            if key in _PARTICLES:  # "Casa del Migrante", "Los Bronces": in a name only
                said_de = said_de or (count == 0 and key in ("de", "del"))
                pending, after_particle = token.end(), True
                saint = key in _SAINTS
                continue
            if saint and key in names() and not is_medical(text, token.start(), token.end(),
                                                           key, "es"):
                end, pending, saint, after_particle = token.end(), 0, False, False
                continue  # "la farmacia san judas", "el laboratorio santa clara"
            if count == 0 and key in NAMED_FOR_TITLES:  # "el hospital Dr. Rafael Calderón",
                pending = token.end()  # "la farmacia licenciado gutiérrez", "la escuela
                continue  # profesor carlos hank": named for someone, title and all
            # after "de", "del", "la", a word is a noun, not what kind of place it is:
            # "la playa de la Malvarrosa", "casa del migrante" (endings of adjectives);
            # but what is done there or whom it serves is no name: "la clínica de
            # fertilidad", "el albergue de migrantes"
            if after_particle and end is None and (
                    (_ABSTRACT.search(key) and "F" not in names().get(key, ""))
                    or _HEAD.fullmatch(word.lower()) or (
                        count == 1 and said_de and key.endswith("s") and word.islower()
                        and (key in common("es") or _ADJECTIVE.search(key[:-1])))):
                break  # "la farmacia del hospital", "el albergue de migrantes"
            first, after_particle = end is None and not after_particle, False
            number = word.isdigit() or key in NUMBER_WORDS
            if number and not numbered:
                break
            after_article = end is None and count == 1 and article_named \
                and fold(text[start:token.start()].strip()) in _ARTICLES
            if not (number or self._name_like(text, token, word, key, first,
                                              after_article or after_ordinary,
                                              capital_head, of_care)):
                if ordinary < _MAX_ORDINARY and not names_only \
                        and self._ordinary(text, token, key, first):
                    # "rosas del cotopaxi", "casa paco": an ordinary word is in the name
                    # when a name's word comes after it
                    # "la fundación paga la mitad", "en la guardería los niños": a verb or
                    # who is there, read as any other head reads it
                    named = always_named and not _VERB_OBJECT_AFTER.match(text, token.end()) \
                        and key not in GENERIC_PEOPLE
                    if named and end is not None:  # "guardería pasitos felices"
                        end, pending, ordinary = token.end(), 0, ordinary + 1
                        continue
                    if (said_de or named) and end is None \
                            and (ordinary or key not in GENERIC_OF):
                        ordinary_end = token.end()
                    pending, ordinary, last_ordinary = token.end(), ordinary + 1, True
                    continue
                break
            end, pending = token.end(), 0
        if end is not None and pending > end and ordinary and _CLAUSE_END.match(text, pending):
            end = pending - text[:pending].endswith(".")  # "la Fundación Respira Libre."
        # "el hospital de la raza", "la empacadora del valle", "el refugio casa de la
        # misericordia": after "de", ordinary words are the name too, unless they say
        # whose or where ("la iglesia del pueblo", "el asilo de ancianos")
        return end if end is not None or names_only else ordinary_end

    def _ordinary_after_article(self, text: str, start: int) -> int | None:
        """The end of an ordinary word said after a head and its article when the phrase
        closes right after it, or None: "la tienda la económica.", "el bar el olvido en
        getafe". Spanish puts no article before what kind a place is, so the word after
        one is its name when nothing goes on after it; a clause goes on with a verb or a
        pronoun ("en el hotel el cuarto era chico", "en la escuela la niña se cayó") and
        names nothing. Who is there and when stay ("en el bar el viernes"). One word only:
        two read a noun and its verb ("el torneo empieza en mayo")."""
        article = _ARTICLE_AFTER_HEAD.match(text, start)
        token = _TOKEN.match(text, article.end()) if article is not None else None
        if token is None:
            return None
        key = fold(token.group().rstrip("."))
        if key in _NOT_A_NAME_AFTER_ARTICLE or key in GENERIC_PEOPLE \
                or key in STAFF_AND_STOCK or key in KIN_AND_TITLES or key in GENERIC_OF \
                or key in NUMBER_WORDS or _SPECIALIST.fullmatch(key) \
                or not self._ordinary(text, token, key, first=False):
            return None
        return token.end() if _NAME_CLOSES.match(text, token.end()) else None

    @staticmethod
    def _ordinary(text: str, token: re.Match[str], key: str, first: bool) -> bool:
        """An ordinary noun a place may be named by, not grammar, time, a kind of place
        ("psiquiátrico") nor anything clinical."""
        word = token.group()
        return (common("es").get(key, _ORDINARY_RANK) >= _GRAMMAR_RANK
                or key in FREQUENT_NAMING_NOUNS) \
            and key not in TIME_WORDS and not (first and _ADJECTIVE.search(key)) \
            and key not in GOODS and not _VERB.search(key) \
            and not (_PRETERITE.search(word.lower()) and key in common("es")) \
            and key not in clinical_acronyms() \
            and not is_medical(text, token.start(), token.end(), key, "es")

    def _name_like(self, text: str, token: re.Match[str], word: str, key: str,
                   first: bool, after_article: bool = False,
                   capital_head: bool = False, of_care: bool = False) -> bool:
        if key in PUBLIC_PAYERS:
            return False  # "la aseguradora Medicare", "la agencia del IMSS": no one's own
        if word[0].isupper() and key in names() and key not in TIME_WORDS \
                and not is_medicine_name(key) and not is_medical_alone(word, "es") \
                and not in_a_unit_of_care(text, token.start(), token.end()):
            return True  # "la Farmacia El Amal": a capitalised name after a head, though a
            # medicine's frame ("en la farmacia ...") reads a product there; not "del Dolor"
        if key in TIME_WORDS or key in clinical_acronyms():
            return False
        if key in KIN_AND_TITLES or key in STAFF_AND_STOCK or _SPECIALIST.fullmatch(key):
            return False  # who works there: "en la clínica la enfermera me ..."
        # A medicine's frame ("en la farmacia ...") reads a product after the head; after
        # an article the word alone decides: "la farmacia el amal" is a place.
        medical = is_medical(text, token.start(), token.end(), key, "es") and not (
            (after_article or (of_care and key not in common("es")))
            and not is_medicine_name(key) and not is_medical_alone(word, "es"))
        if word[0].isupper():  # "la Asociación Manos Unidas"; not "la Farmacia Tylenol"
            return not medical or (capital_head and not is_medicine_name(key))
        plural_after_article = after_article and _PLURAL_ARTICLE_BEFORE.search(
            text, 0, token.start()) is not None
        plural_after_article = plural_after_article and common("es").get(
            key, _ORDINARY_RANK) < _ORDINARY_RANK  # a rarer word is read as it always was
        if plural_after_article and (key in GENERIC_PEOPLE or _PLURAL_SUBJECT_AFTER.match(
                text, token.end()) or PLURAL_VERB_AFTER.match(text, token.end())):
            return False  # "en la clínica las enfermeras me trataron", "las máquinas hacen"
        if key in common("es") and key not in names() and _OBJECT_AFTER.match(text, token.end()) \
                and not plural_after_article:  # "los almendros el dos de enero": a name
            return False  # "el laboratorio central procesa las muestras": a verb, then its object
        if medical or (_VERB.search(key) and key not in names()
                       and not _PLURAL_ARTICLE_BEFORE.search(text, 0, token.start())) \
                or (_PRETERITE.search(word.lower()) and key in common("es")) \
                or (after_article and _CLITIC_VERB.search(key) and key in common("es")
                    and key not in names()
                    and _PRONOUN_BEFORE.search(text, 0, token.start()) is not None):
            return False  # "en el bar tomaba", "en el hospital la operaron"; not García
        if key in GOODS:  # what a shop or plant handles: "la empacadora de fresa"
            return False
        if after_article:  # "la escuela la milagrosa", "la farmacia el amal": Spanish puts
            # no article before what kind a place is, so a name-word or a rare word after
            # one is its name; not what is in it ("el columpio", "la cama"); so after an
            # ordinary word of the name ("el albergue casa esperanza")
            rank = common("es").get(key, _ORDINARY_RANK)
            return rank >= _ORDINARY_RANK or (rank >= _PLACE_WORD_RANK and (
                key in names() or key in places())) or (
                # a given name that is a town too: "la farmacia la esperanza", "la tienda
                # la providencia"; not "en la tienda la luz se fue"
                rank >= _NAMED_AFTER_ARTICLE_RANK and "F" in names().get(key, "")
                and not VERB_AFTER.match(text, token.end())) or (
                # a plural noun after a plural article: "la residencia los almendros", "el
                # salón las gardenias" (a pronoun "los" takes a verb, not a plural noun;
                # who is there was turned away above)
                plural_after_article and key.endswith("s") and rank >= _GRAMMAR_RANK
                and not VERB_AFTER.match(text, token.end()))
        if first and _ADJECTIVE.search(key) and key != "memorial":  # "hospital psiquiátrico":
            return False  # what kind it is (after a name, "jackson memorial": part of the
            # name); "memorial" is a US hospital's name ("el hospital memorial hermann")
        rank = common("es").get(key, _ORDINARY_RANK)
        if rank >= _ORDINARY_RANK:
            return True
        if "F" in names().get(key, ""):  # a given name: "hospital jackson"; not a verb that
            return rank >= _PLACE_WORD_RANK  # is an English name too ("la clínica cierra")
        return (key in names() or key in places()) and rank >= _PLACE_WORD_RANK


def _without_full_stop(text: str, end: int) -> int:
    """A name's end before the full stop that ends its sentence ("en la Caja Popular
    Cristo Rey."), not before an abbreviation's ("la clínica No."): review RV30."""
    word = re.search(r"([^\W\d_]+)\.$", text[max(0, end - 30):end])
    if word is not None and word.group(1).lower() not in _ABBREVIATIONS \
            and (end == len(text) or text[end].isspace()):
        return end - 1
    return end
