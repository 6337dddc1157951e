"""Spanish shops, suppliers and clubs said by their sign, without an article: "voy a
farmacia la palma", "la señorita de farmacia dos hermanos", "los de ortopedia los andes",
"le llamo de diagnósticos santa fe", "jugaba con liga los compadres".

Why: Spanish names a kind of place after a preposition only with an article ("voy a la
farmacia", "en el gimnasio"); said bare, the kind word is the first word of a sign, and the
words after it are the rest of it, however ordinary ("la palma", "la económica", "dos
hermanos", "buen gusto"). ``institutions_es`` reads a name after a head only where its
words look like one (a name-word, a rare word, a capital not on a body part), so these
signs of ordinary words were left whole. Here the bare head after a preposition is the
cue, and its name runs over the words after it while they are no grammar, verb, time,
people nor anything clinical: "la receta de farmacia la tengo" (a pronoun and its verb),
"en farmacia los sábados" (when) name none. Its first word, unless an article or "san"
opens it, must look like a name and be no adjective ("laboratorio normales", "liga
elástica" say what kind). A head said with its article is read too when an article opens
the name after it ("la finca la providencia"), and then the name's first word must be a
capital, a given name, a listed surname or place that is no frequent word, or a rare
plural, and no verb may follow it ("en la iglesia la fe nos sostiene").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaction.appositions import names_a_condition
from redaction.everyday_places_es import EVERYDAY_PLACES_ES
from redaction.institution_words_es import (
    ARTICLE_NAMED,
    GENERIC_PEOPLE,
    PLURAL_VERB_AFTER,
    SHOP_BY_WHAT_IT_SELLS,
    STAFF_AND_STOCK,
    TIME_WORDS,
    VERB_AFTER,
)
from redaction.lexicon import KIN_AND_TITLES
from redaction.medical import is_medical, is_medical_alone
from redaction.recognizers import NUMBER_WORDS
from redaction.wordlists import common, fold, names, places

# Kinds of place a sign starts with: shops and suppliers of care, places of sport and play.
SIGN_HEADS = (r"farmacia|botica|droguer[ií]a|ortopedia|[oó]ptica|laboratorio|"
          r"diagn[oó]sticos|cl[ií]nica|consultorio|restaurante|taquer[ií]a|"
          r"mariscos|panader[ií]a|tienda|abarrotes|ferreter[ií]a|gimnasio|academia|finca|"
          r"rancho|liga|club|agencia|mutual|salón|salon|bar|cantina|peña|karaoke|"
          r"skatepark|auditorio|estadio|gallera|palenque|cancha|hotel|motel|hostal|taller|"
          r"lavander[ií]a|supermercado|s[uú]per|est[eé]tica|funeraria|veterinaria|purificadora|"
          + SHOP_BY_WHAT_IT_SELLS)  # no mass noun nor plural, said bare of a kind:
# "con oxígeno portátil", "de sillas de ruedas", "en farmacias de la zona"
_BARE = re.compile(rf"\b(?:a|de|en|con|por|desde|hasta|para)\s+(?P<head>{SIGN_HEADS})\s+", re.I)
# Heads of signs no other recognizer reads (not ``institution_words_es.HEADS``): after an
# article too, the words after them are the sign's ("en la liga los compadres", "el
# auditorio benito juárez", "la peña la jarana de barranco").
_SIGN_ONLY = (r"ortopedia|[oó]ptica|diagn[oó]sticos|mutual|peña|karaoke|skatepark|"
              r"auditorio|gallera|palenque|est[eé]tica|barber[ií]a|florer[ií]a|"
              r"joyer[ií]a|helader[ií]a|pescader[ií]a|fruter[ií]a|pizzer[ií]a|"
              r"cervecer[ií]a")  # not "los mariscos", "la liga": food, a band
_AFTER_ARTICLE = re.compile(rf"\b(?:el|la|los|las)\s+(?P<head>{_SIGN_ONLY})\s+", re.I)
# Any of these heads, with an article before it, is followed by its name with the name's own
# article: "la finca la esperanza", "el bar el olvido", "la residencia los almendros";
# Spanish puts no article between a place and what kind it is, so an article right after
# the head opens its name (or a pronoun and its verb, a time, who is there: turned away).
_ARTICLE_NAME = re.compile(rf"\b(?:el|la|los|las|del|al)\s+(?P<head>{SIGN_HEADS}|"
                           rf"{ARTICLE_NAMED.pattern})\s+(?=(?:el|la|los|las)\s)", re.I)
# Where someone works, said with no article before the firm's kind: "trabajo en
# empacadora los altos", "trabaja en reformas gutiérrez y sánchez", "laburo en frigorífico
# la pampeana". Spanish firms are named by their trade in the plural ("Limpiezas",
# "Confecciones", "Transportes") or by what does it ("empacadora", "camaronera",
# "frigorífico"); a trade in the singular said bare is the line of work ("trabajo en
# limpieza", "en cocina los fines de semana") and names none.
_WORKS_IN = re.compile(r"\b(?:trabaj(?:o|a|an|amos|aba|aban|é|ó|aron|ando)|labur(?:o|a|an|aba)|"
                       r"chambe(?:o|a|an|aba))\s+(?:en|para)\s+(?P<head>[^\W\d_]+)\s+", re.I)
# The trades firms are named by in the plural, and the agent nouns of a works ("-ora",
# "-era", "-ería", "-ífico"); an open plural took "químicos cancerígenos" and "tomates
# cherry" for firms (review RV35).
_FIRM_PLURALS = frozenset("""transportes limpiezas confecciones reformas mudanzas
construcciones instalaciones mantenimientos fletes mariscos abarrotes muebles
carnes tortillas refacciones autopartes pinturas plomeros electricos talleres
aceros maderas marmoles vidrios cristales calzados dulces artesanias textiles plasticos
empaques envases importaciones exportaciones inversiones asesores jardines viveros
lacteos""".split())  # folded, as they are looked up
_AGENT = re.compile(r"[^\W\d_]{3,}(?:ora|era|ería|eria|ífico|ifico)$")
_WHEN = frozenset("fines turnos horas dias noches mañanas tardes semanas temporadas".split())
_NOT_A_FIRM = frozenset("fines madera carrera primera tercera cadera manera".split())
_WORD = re.compile(r"[^\W\d_]+")
_ARTICLES = frozenset("el la los las".split())
_PRONOUNS = frozenset("la los las".split())  # ("el" is never a pronoun before a verb)
_PARTICLES = frozenset("de del y san santa santo".split())
_MAX_WORDS = 4
_GRAMMAR_RANK = 120  # a more frequent Spanish word is grammar ("que", "muy", "todo")
# What comes after a bare head that is no sign: how, how much and whom.
_NOT_A_NAME = frozenset("""que porque pero como cuando donde si no ya muy mas menos
todo todos toda todas cada mismo misma otro otra este esta ese esa aquel aqui ahi
alla hoy ayer mañana manana tarde temprano siempre nunca tambien solo
nada algo alguien nadie mi mis tu tus su sus nuestro nuestra me te se le les lo nos
un una unos unas al hay es son era fue esta estaba tiene tenia""".split())
# Who works at or comes to a place, said after it with an article: "en el gimnasio el
# entrenador", "en la tienda la dueña".
_WHO_IS_THERE = frozenset("""entrenador entrenadora dueño dueña dueno duena doctor doctora
medico medica enfermero enfermera señor señora senor senora señorita senorita muchacho
muchacha joven chico chica niño niña nino nina gente policia seguridad""".split())
# Parts of a place, what is in it and what happens there: "en el hotel el cuarto estaba
# frío", "en el club el torneo empieza", "en la fábrica la mayor parte de su vida".
_PARTS_OF_A_PLACE = frozenset("""cuarto cuartos habitacion habitaciones pasillo entrada salida
estacionamiento jardin lobby recepcion oficina mostrador barra pista ring cama camas luz agua
aire comida musica ruido olor torneo partido juego concierto misa culto servicio fiesta evento
baile reunion clase curso mayor menor parte mitad vez resto""".split())
# A word after "la", "lo", "los", "las" that is a verb: that article was a pronoun ("la
# tengo", "los compré", "la operaron").
_VERB_ENDING = re.compile(r"(?:o|é|í|ó|aron|ieron|aba|aban|ía|ían|amos|emos|imos|an|en|ar|er|ir)$")
# Verb forms that go on the sentence whatever comes before: "en bar tomando", "la sentía".
_GOING_ON = re.compile(r"(?:ando|iendo|aba|aban|ía|ían|aron|ieron|amos|emos|imos|é|í|ó)$")
# A first person present of a frequent verb: "de farmacia necesito", "en tienda compro".
_FIRST_PERSON = re.compile(r"[^aeiou]o$")
# What is done or found at a place of care, which no medical list may hold: "en el
# hospital la cirugía duró", "en el gimnasio el dolor".
_CARE = frozenset("""dolor cirugia operacion ultrasonido consulta cita estudio estudios analisis
resultado resultados tratamiento terapia diagnostico diagnosticos receta recetas medicina
medicinas medicamento medicamentos inyeccion vacuna vacunas dosis presion azucar sangre
prueba pruebas examen examenes orden ordenes""".split())
# Particles after which a plain word is a sign's ("diagnósticos santa fe", "bar el gallo").
_OPENERS = _ARTICLES | frozenset("san santa santo".split())
_NAME_RANK = 3000  # a Spanish word rarer than this may be a name by itself
# Who a family firm is named for after a number: "farmacia dos hermanos", "tres amigos".
_FAMILY_FIRMS = frozenset("""hermanos hermanas amigos amigas primos compadres socios hijos
hermanitos""".split())
# Endings of Spanish adjectives and participles: "normales", "elástica", "pediátrica",
# "mecánico", "diferenciales", "contaminados", "particular".
_ADJECTIVE = re.compile(r"(?:al|ales|ic[oa]s?|iv[oa]s?|ad[oa]s?|id[oa]s?|ari[oa]s?|bles?|"
                        r"enses?|il|iles|entes?|antes?|ar|ares|os[oa]s?|istas?|an[oa]s?)$")
_KIND_ADJECTIVES = frozenset("""nuevo nueva nuevos nuevas viejo vieja grande grandes chico
chica pequeno pequena bueno buena buen mejor peor primer primero primera otro otra crudo
cruda crudos crudas fresco fresca frescos frescas gruesa grueso delgada delgado sanguineo
sanguinea etario etaria""".split())


def named_bare_heads_es(text: str) -> Iterator[tuple[int, int]]:
    """Start and end of each sign: the bare head and the name after it."""
    seen: set[tuple[int, int]] = set()  # "la liga los tigres" is read by two patterns
    for pattern in (_BARE, _AFTER_ARTICLE, _ARTICLE_NAME, _WORKS_IN):
        for bare in pattern.finditer(text):
            if pattern is _WORKS_IN and (not _a_firm_kind(bare.group("head")) or fold(
                    text[bare.end():].split(" ", 1)[0]) in _WHEN):
                continue  # ("trabajo en mudanzas fines de semana": when, not which firm)
            strict = pattern is _ARTICLE_NAME
            end = name_end(text, bare.end(), strict)
            if end is None or (strict and _a_subject(text, end)):
                continue
            if (bare.start("head"), end) not in seen:
                seen.add((bare.start("head"), end))
                yield bare.start("head"), end


def _a_firm_kind(word: str) -> bool:
    """May this word, said bare after a verb of work, open a firm's name? A written capital
    says so of any word ("trabaja en Calzado Emperador")."""
    key = fold(word)
    return (key in _FIRM_PLURALS or bool(_AGENT.search(key)) or word[0].isupper()) \
        and key not in _NOT_A_FIRM and key not in _NOT_A_NAME \
        and key not in _ARTICLES and key not in NUMBER_WORDS and key not in names()


def _a_subject(text: str, end: int) -> bool:
    """Does a verb or its pronoun follow, so that the article's noun was the sentence's
    subject ("en la iglesia la fe nos sostiene", "las máquinas hacen ruido")?"""
    return bool(VERB_AFTER.match(text, end) or PLURAL_VERB_AFTER.match(text, end))


def name_end(text: str, start: int, strict: bool = False,
              juxtaposed: bool = False, noun_first: bool = False) -> int | None:
    """Where the sign's name after a head ends, or None when no name follows. Its first
    word, said with no article, particle or number before it, must look like a name (a
    name-word, a place, a rare word or a capital): "laboratorio normales", "liga elástica",
    "taller mecánico" say what kind; after an article any plain word is the name's ("la
    económica"), unless ``strict`` (the head had its own article) asks a name there too.
    With ``juxtaposed`` (``juxtaposed_es``: the head had its article and spaCy tagged the
    word after it a noun) any plain first word opens the name but an adjective, which says
    which kind ("la clínica dental"). With ``noun_first`` too (spaCy tagged that word a
    noun) a body part, a meal or who it serves may open it (``_plain_noun_opening``)."""
    end, last, previous, opened = None, start, "", False
    for count, word in enumerate(_WORD.finditer(text, start)):
        if count >= _MAX_WORDS or text[last:word.start()].strip():
            break  # too long, or punctuation between
        key = fold(word.group())
        last = word.end()
        if key in _ARTICLES or key in _PARTICLES:
            if end is not None and key in _ARTICLES and previous not in _PARTICLES:
                break  # "farmacia la económica los viernes": another phrase starts
            previous = key
            continue
        number = key in NUMBER_WORDS and previous != "de"  # "farmacia dos hermanos"
        if end is not None and word.group().islower() and key in common("es") \
                and key not in names() and PLURAL_VERB_AFTER.match(text, end):
            break  # "las máquinas hacen ruido": a verb after the noun; not "san juan"
        kin_of_a_number = key in _FAMILY_FIRMS and previous in NUMBER_WORDS
        opening = noun_first and end is None and not _content(text, word, key, False) \
            and _plain_noun_opening(text, word, key)
        opened = opened or opening
        if opened and not opening:  # after such an opening the words are judged alone
            content = _plain(text, word, key, previous in _PRONOUNS) \
                and not is_medical_alone(word.group(), "es")  # ("amigas" after "manos")
        else:
            content = _content(text, word, key, previous in _PRONOUNS)
        if not (number or kin_of_a_number or opening or content):
            break
        first = end is None and not number and not kin_of_a_number
        if first and previous in NUMBER_WORDS and not word.group()[0].isupper():
            break  # "farmacia dos cajas": a count; "dos hermanos" is read above
        listed_only = strict or previous in ("de", "del")
        if opening:
            pass  # a plain noun with a name's word after it: "manos amigas"
        elif first and juxtaposed and not word.group()[0].isupper():
            if _ADJECTIVE.search(key) or key in _KIND_ADJECTIVES:
                break  # "la clínica dental", "el programa nuevo": which kind
        elif first and (strict or previous not in _OPENERS) \
                and not _name_like(word, key, listed_only, plural=previous in ("los", "las")):
            break  # ("farmacia dos cajas", "liga del pelo", "la finca la cosecha")
        if not number:
            end = word.end()
        previous = key
    return end


def _name_like(word: re.Match[str], key: str, listed_only: bool = False,
               plural: bool = False) -> bool:
    """A capital, a name-word or a listed place, or (unless ``listed_only``, after "de" or
    an article of the head's own) a word rarer than ``_NAME_RANK``; a rare plural after
    "los", "las" is a name too ("las palmeras"). Never an adjective, which says what kind
    ("diagnósticos diferenciales", "óptica nueva"): review RV33, RV34."""
    if word.group()[0].isupper():
        return True
    if _ADJECTIVE.search(key) or key in _KIND_ADJECTIVES:
        return False
    rank = common("es").get(key, _NAME_RANK)
    given = "F" in names().get(key, "")
    if (given and rank >= _GRAMMAR_RANK) or ((key in names() or key in places())
                                            and rank >= _NAME_RANK):
        return True  # a surname or place this frequent is a word first: "seguro", "salud"
    return rank >= _NAME_RANK and (not listed_only or (plural and key.endswith("s")))


def _content(text: str, word: re.Match[str], key: str, after_pronoun: bool) -> bool:
    return _plain(text, word, key, after_pronoun) \
        and not is_medical(text, word.start(), word.end(), key, "es")


def _plain_noun_opening(text: str, word: re.Match[str], key: str) -> bool:
    """May a plain word that reads as clinical open a name said right after its kind?
    A body part, a meal or who it serves is a name's first word when another name word
    follows ("la fundación manos amigas", "el programa mujeres valientes", "el programa
    comidas calientes"); never a condition or a medicine, nor before a clinical word
    ("la clínica pie diabético": what it treats)."""
    if not _plain(text, word, key, False) or names_a_condition(key):
        return False
    following = _WORD.match(text, word.end() + 1)
    if following is None or text[word.end():following.start()] != " ":
        return False
    after = fold(following.group())
    # the next word judged alone: after "manos", "amigas" reads as what ails them
    return after not in _ARTICLES | _PARTICLES and _plain(text, following, after, False) \
        and not is_medical_alone(following.group(), "es")


def _plain(text: str, word: re.Match[str], key: str, after_pronoun: bool) -> bool:
    """No grammar, time, people, place word, care or verb going on: a word a name may
    hold, clinical or not."""
    lowered = word.group().lower()  # endings with their accents: "compré", "sentía"
    if key in _NOT_A_NAME or key in TIME_WORDS or key in GENERIC_PEOPLE \
            or key in KIN_AND_TITLES or key in STAFF_AND_STOCK or key in _WHO_IS_THERE \
            or key in EVERYDAY_PLACES_ES or key in _PARTS_OF_A_PLACE or key in _CARE:
        return False
    if common("es").get(key, _GRAMMAR_RANK) < _GRAMMAR_RANK and key not in NUMBER_WORDS:
        return False
    if after_pronoun and word.group().islower() and key in common("es") \
            and _VERB_ENDING.search(lowered) and not lowered.endswith(("dad", "ión", "ion")):
        return False  # "la tengo", "los compré"
    if word.group().islower() and (_GOING_ON.search(lowered) or (
            key in common("es") and key not in names() and _FIRST_PERSON.search(lowered))):
        return False  # a verb that goes on the sentence: "en bar tomando", "farmacia necesito"
    return True
