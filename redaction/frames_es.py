"""Spanish frames that name a medicine, beyond the verbs of taking and giving of
``medicine_context``: a second verb of treatment joined to one whose object is a known
medicine ("me quitó el losartán y me dejó la X, ..."), and what the word is said to be
("la X es mi anticonceptivo", "X era la pastilla"). Both hold for a word named like a
woman too: no person is anyone's contraceptive, and one prescriber who took a medicine
away and left another did both to things.
"""

from __future__ import annotations

import re
from functools import cache

# A second verb of treatment joined to a first whose object is a known medicine: "me
# quitó el losartán y me dejó la X", "me recetó metformina y me subió la X". Its object
# is a treatment too when what follows says so: the phrase ends, a dose or a purpose
# follows ("... y me dejó la Ana en la casa" stays a person).
_AFTER_ANOTHER_ES = re.compile(r"([^\W\d_]+)[\s,]+(?:y|e|pero|luego|después)\s+"
                               r"(?:(?:me|le|se|nos)\s+)?[^\W\d_]+\s+(?:el|la|los|las)\s+$", re.I)
_DOSE_OR_PURPOSE_ES = re.compile(r"\s*(?:[,.;:?!]|$)|\s+(?:a|hasta)\s+(?:una|un|media|medio|"
                                 r"dos|tres|cuatro|\d)|\s+(?:para|cada)\b", re.I)


def after_another_medicine(text: str, start: int, end: int, before: str) -> bool:
    """Does a verb of treatment joined to one whose object is a known medicine stand
    before ``text[start:end]``, with its phrase ended or a dose after it?"""
    from redaction.contexts import NAME_AFTER
    from redaction.gazetteer import fold
    from redaction.medical import _plainly_medical
    from redaction.medicine_context import _GIVING, _PRESCRIBED_THING_ES

    giving, prescribed = _GIVING["es"], _PRESCRIBED_THING_ES
    joined = _AFTER_ANOTHER_ES.search(before)
    if joined is None or not _plainly_medical(fold(joined.group(1))):
        return False
    # both verbs of treatment, so one subject (the prescriber) did both: "tomé el
    # paracetamol y me dejó la Carmen" has her as its subject
    first, tail = before[:joined.start(1)], before[joined.end(1):]
    if not all(giving.search(part) or prescribed.search(part)
               for part in (first, tail)):
        return False
    after = text[end:end + 40]
    return _DOSE_OR_PURPOSE_ES.match(after) is not None \
        and NAME_AFTER["es"].match(after) is None  # "..., mi vecina": a person


@cache
def _is_a_medicine() -> re.Pattern[str]:
    """What the word is, after it: "X es mi anticonceptivo", "la X era la pastilla"
    (compiled on first use: the nouns live in ``medicine_context``, which imports this
    module)."""
    from redaction.medicine_context import MEDICINE_NOUNS_ES

    return re.compile(r"[\s,]+(?:es|era|fue)\s+(?:mi|el|la|un|una|su|otro|otra)"
                      rf"\s+(?:{MEDICINE_NOUNS_ES})\b", re.I)


_NAMING_VERB = re.compile(r"\bse\s+(?:llama|llaman|llamaba|llamaban|llamó)\s+$", re.I)


@cache
def _its_noun_after() -> re.Pattern[str]:
    """A medicine noun with its article right after the word: "X la crema", "X el jarabe
    que le dieron" (compiled on first use, as ``_is_a_medicine``)."""
    from redaction.medicine_context import MEDICINE_NOUNS_ES

    return re.compile(rf"[\s,]+(?:la|el|las|los|esa|ese|esta|este|mi|su)\s+"
                      rf"(?:{MEDICINE_NOUNS_ES})\b", re.I)


def named_before_its_noun(text: str, end: int, before: str) -> bool:
    """Is the word ending at ``end`` named before the medicine noun it names: "se llama X
    la crema que me pongo"? Said of a person the noun would be one ("se llama Ana la
    enfermera")."""
    if _NAMING_VERB.search(before) is None:
        return False
    if _its_noun_after().match(text, end) is not None:
        return True
    return _the_one_for_an_ailment(text, end)


# "se llama X, la de la presión", "el del azúcar": the pill for an ailment, its noun left
# out. A nurse may be "la de la presión" too, so a given name is no medicine so.
_ONE_FOR = re.compile(r"[\s,]+(?:la|el|las|los)\s+(?:de|del|para)\s+(?:(?:la|el|los|las|mi|"
                      r"su)\s+)?([^\W\d_]+)", re.I)


def _the_one_for_an_ailment(text: str, end: int) -> bool:
    from redaction.gazetteer import fold, names
    from redaction.medical import _plainly_medical
    from redaction.medical_lists import clinical_words

    found = _ONE_FOR.match(text, end)
    if found is None:
        return False
    word = text[:end].split()[-1] if text[:end].split() else ""
    if "F" in names().get(fold(word.strip(",.")), ""):
        return False
    key = fold(found.group(1))
    return _plainly_medical(key) or key in clinical_words() or key in _AILMENTS


# Everyday names of what a pill is for, that no medical list holds as such.
_AILMENTS = frozenset({"presion", "azucar", "tiroides", "colesterol", "nervios", "dolor",
                       "corazon", "estomago", "prostata", "circulacion", "gastritis"})


# A person is called one's medicine or remedy in a figure of speech ("Sofía es mi
# medicina", "mi nieta es mi remedio"): after a given name those nouns need what it treats.
_FIGURATIVE = re.compile(r"[\s,]+(?:es|era|fue)\s+\w+\s+(?:medicina|remedio|medicamento)s?\b"
                         r"(?![\s,]+(?:para|contra|de\s+la|del)\b)", re.I)


def named_a_medicine_after(text: str, end: int, given: bool = False) -> bool:
    """Is the word ending at ``end`` said to be a medicine ("X es mi anticonceptivo")?
    ``given``: the word is a given name, which "es mi medicina" alone does not make one."""
    if given and _FIGURATIVE.match(text, end):
        return False
    return _is_a_medicine().match(text, end) is not None


# Besides or instead of it, another medicine taken: "aparte de la X tomo metformina",
# "en vez de la X me dieron omeprazol". Said of a person, a personal "a" would come
# before the other one ("en vez de la Ana me mandaron a la Rosa").
_BESIDES_BEFORE = re.compile(r"\b(?:en\s+vez|en\s+lugar|aparte|adem[aá]s)\s+(?:de|del)\s+"
                             r"(?:(?:el|la|los|las)\s+)?$", re.I)
_NEXT_WORDS = re.compile(r"[^\W\d_]+")


# Two things said to be the same, or one better: "¿es lo mismo X que omeprazol?", "me
# cae mejor X que omeprazol". People are compared too ("¿es lo mismo Ana que Rosa?"),
# so the other one must be a medicine the lists know.
_SAME_BEFORE = re.compile(r"\b(?:lo\s+mismo|igual|mejor|peor)\s+(?:(?:el|la)\s+)?$", re.I)
_SAME_AFTER = re.compile(r"\s+(?:es\s+)?(?:lo\s+mismo|igual)?\s*(?:que|a)\s+"
                         r"(?:(?:el|la)\s+)?([^\W\d_]+)", re.I)
_SAME_OTHER_FIRST = re.compile(r"\b(?:lo\s+mismo|igual)\s+(?:(?:el|la)\s+)?([^\W\d_]+)\s+"
                               r"(?:que|a)\s+(?:(?:el|la)\s+)?$", re.I)


def _compared_with_a_medicine(text: str, start: int, end: int) -> bool:
    from redaction.gazetteer import fold
    from redaction.medical import _plainly_medical

    before = text[max(0, start - 40):start]
    after = _SAME_AFTER.match(text, end)
    if _SAME_BEFORE.search(before) and after is not None:
        return _plainly_medical(fold(after.group(1)))
    other = _SAME_OTHER_FIRST.search(before)
    return other is not None and _plainly_medical(fold(other.group(1)))


# What is taken now in place of what was taken before, the verb said once: "antes
# tomaba X, ahora Y", "del X pasé al Y". A person is gone to with "a" and taken with
# "con" ("antes iba con Ana, ahora con Rosa"), and one moves between towns, so words
# that no name or place list holds, after a verb of taking or a known medicine, only.
_NOW_INSTEAD = re.compile(
    r"\bantes\s+(?:me\s+)?(?:tomaba|usaba|daban|recetaban|pon[ií]a|aplicaba|inyectaba)\s+"
    r"(?:(?:el|la|los|las|un|una)\s+)?([^\W\d_]+)[\s,]+(?:(?:y|pero)\s+)?ahora\s+"
    r"(?:(?:el|la|los|las)\s+)?$|"
    r"\b(?:de|del|de\s+la)\s+([^\W\d_]+)\s+(?:me\s+)?(?:pas[eéo]|pasaron|cambi[eéo]|"
    r"cambiaron)\s+(?:a|al|a\s+la)\s+$", re.I)


def _taken_now_instead(text: str, start: int, end: int) -> bool:
    from redaction.gazetteer import fold, names, places
    from redaction.medical import _plainly_medical

    found = _NOW_INSTEAD.search(text, max(0, start - 60), start)
    key = fold(text[start:end])
    if found is None or key in names() or key in places():
        return False  # "de Temuco me pasé a Talca": towns
    before = fold(found.group(1) or found.group(2))
    # moving from one thing to another may be between towns that no list holds ("de
    # Tlacote me pasé a Jalpan"): a known medicine first only
    if _DOSE_OR_PURPOSE_ES.match(text[end:end + 40]) is None:
        return False  # "antes tomaba X, ahora Choquehuanca me cuida": a person goes on
    return _plainly_medical(before) or (found.group(1) is not None and before != "a"
                                        and before not in names() and before not in places())


def instead_of_a_medicine(text: str, start: int, end: int) -> bool:
    """Is the word at ``text[start:end]`` set beside another medicine that a verb of
    taking or giving takes within the next few words?"""
    from redaction.gazetteer import fold
    from redaction.medical import _plainly_medical
    from redaction.medicine_context import _GIVING, _TAKING

    if _compared_with_a_medicine(text, start, end) or _taken_now_instead(text, start, end):
        return True
    if _BESIDES_BEFORE.search(text, max(0, start - 40), start) is None:
        return False
    for count, word in enumerate(_NEXT_WORDS.finditer(text, end, end + 60)):
        if count >= 5:
            break
        if _plainly_medical(fold(word.group())):
            between = " " + text[end:word.start()]
            return bool(_TAKING["es"].search(between) or _GIVING["es"].search(between))
    return False


# A strength said after the medicine or its form, "de" and a number: "aspirina de
# cien", "la pastilla de cien", "tomo la de ciento doce". Levothyroxine comes in 100,
# 112 and 125, aspirin and losartan in 100: numbers that read as ages of 90 and over
# after "de" ("una señora de noventa y cinco").
_STRENGTH_OF = re.compile(r"([^\W\d_]+)\s+(?:de|del)\s+$", re.I)
_DOSAGE_FORMS = frozenset("""
pastilla pastillas tableta tabletas capsula capsulas comprimido comprimidos gragea grageas
ampolla ampollas ampolleta ampolletas inyeccion inyecciones sobre sobres frasco frascos
caja cajas jarabe parche parches dosis presentacion miligramos microgramos
pastillita pastillitas
""".split())
_PRONOUNS = frozenset({"el", "la", "los", "las", "un", "uno", "una", "unos", "unas", "otro",
                       "otra", "otros", "otras", "media", "medio", "esa", "ese", "esta",
                       "este", "aquella", "aquel"})
# A pill taken, then its strength: "tomo la de cien", "me tomo una de cien".
_TAKEN_ONE = re.compile(r"\b(?:tomo|toma|tomaba|tom[eé]|tomar|uso|usa|compro|compr[eé]|"
                        r"me\s+(?:dieron|dan|recetaron|recet[oó]|mandaron)|le\s+doy)\s+"
                        r"(?:el|la|los|las|un|uno|una|otro|otra|media|medio)\s+(?:de|del)\s+$",
                        re.I)


def strength_before(text: str, start: int) -> bool:
    """Does a medicine, a dosage form or a pill taken, then "de", stand just before the
    number at ``start``?"""
    from redaction.gazetteer import fold

    before = text[max(0, start - 60):start]
    if _TAKEN_ONE.search(before):
        return True
    found = _STRENGTH_OF.search(before)
    if found is None:
        return False
    key = fold(found.group(1))
    if key in _PRONOUNS:
        return False  # "atiendo a una de noventa y cinco": a woman, unless taken
    # a medicine, not any clinical word: "un señor con demencia de noventa y cuatro" is
    # an age (a review found conditions let such ages through)
    from redaction.medical import is_medicine_name

    return key in _DOSAGE_FORMS or is_medicine_name(key)


# A woman's given name after a verb of giving whose subject is "they" or "I" ("me
# recetaron X para la presión") was read as a medicine here until a review found people
# let through ("me mandaron Karina para la presión"): it is a name again. Taken up again
# later by a pronoun (below), only a word that is no given name is a medicine.

# The word taken up again by a pronoun and a verb of taking, later in the turn: "¿La X
# engorda? Porque desde que la tomo tengo hambre", "el X me cae mal desde que lo estoy
# tomando". A person is picked up and held too ("la Milagros se duerme cuando la tomo",
# "la tomo en mis brazos"), so a bare "la tomo" counts only with what a dose has after
# it: a time, a frequency, food, or what it did to the one who took it.
_TAKEN_AGAIN = re.compile(
    r"\b(?:(?:me|se)\s+(la|lo)\s+(?:tomo|tom[eé]|tomaba|toma|tomas|tomamos)|"
    r"(la|lo)\s+(?:(?:estoy|sigo|ando)\s+(?:tomando|usando)|uso|us[eé]|usaba|aplico|"
    r"apliqu[eé]|unto|inyecto)|(?:empec[eé]\s+a|dej[eé]\s+de)\s+(?:tomar|usar)(la|lo)|"
    r"(la|lo)\s+(?:tomo|tom[eé]|tomaba)(?=\s+(?:en\s+ayunas|con\s+(?:agua|comida|jugo|"
    r"leche|el\s+desayuno|la\s+comida)|cada\b|diario|todos\s+los\s+d[ií]as|en\s+la\s+"
    r"(?:mañana|noche|tarde)|antes\s+de|despu[eé]s\s+de|(?:una|dos|tres|\d)\s+veces|"
    r"tengo|me\s+(?:da|dio|duele|siento|sube|subi[oó]|baja|baj[oó]|arde|pica|cae|cay[oó])\b|"
    r"ando\b|engord|sub[ií]\s+de\s+peso)))\b"
    # unless it is a person taken by the hand or the arm: "me la tomo de la mano"
    r"(?!\s+(?:de\s+la\s+mano|del\s+brazo|de\s+los\s+brazos|en\s+(?:mis\s+|sus\s+)?brazos))",
    re.I)
_ARTICLE_BEFORE = re.compile(r"\b(el|la)\s+$", re.I)
# Another noun of the same gender between them, which the pronoun may stand for: "la Ana
# me dio la pastilla y la tomo" takes the pill.
_ANOTHER_NOUN = {"la": re.compile(r"\b(?:la|una|esa|esta|mi|su)\s+[^\W\d_]{3,}", re.I),
                 "lo": re.compile(r"\b(?:el|un|ese|este|mi|su|del|al)\s+[^\W\d_]{3,}", re.I)}
_TAKEN_AGAIN_WITHIN = 90  # characters after the word
# A verb of saying or wanting right after the word: its subject, a person ("la Regina dice
# que la tomo en ayunas").
_SAYS = re.compile(r"[\s,]+(?:(?:me|le|nos|te|ya|no)\s+)*(?:dice|dijo|dec[ií]a|cree|cre[ií]a|"
                   r"piensa|pensaba|pregunta|pregunt[oó]|quiere|quer[ií]a|sabe|sab[ií]a|"
                   r"recomienda|recomend[oó]|explica|explic[oó]|cuenta|cont[oó]|opina|"
                   r"insiste|insisti[oó]|regaña|regañ[oó]|pide|pidi[oó])\b", re.I)


def taken_again_later(text: str, start: int, end: int) -> bool:
    """Is the word at ``text[start:end]``, said with its article, taken up again by a
    pronoun of its gender and a verb of taking a few words later?"""
    article = _ARTICLE_BEFORE.search(text, max(0, start - 6), start)
    if article is None:
        return False
    if _SAYS.match(text, end):
        return False
    pronoun = "la" if article.group(1).lower() == "la" else "lo"
    window = text[end:end + _TAKEN_AGAIN_WITHIN]
    for found in _TAKEN_AGAIN.finditer(window):
        said = next(g for g in found.groups() if g).lower()
        if said == pronoun:
            return _ANOTHER_NOUN[pronoun].search(window, 0, found.start()) is None
    return False


# Wanting, needing, looking for or losing it, in the first person, or asking for it:
# "ya no quiero X", "busco X para mi mamá", "que me recete X", "¿me puede dar X?". A
# person there takes the personal "a" ("busco a Quispe"), and speech drops it before a
# name, so only a word that no name list holds is read so; and one that an article and
# a noun follow is the subject of asking ("¿me puede dar Choque la cita?").
_WANTED = re.compile(r"\b(?:quiero|quer[ií]a|necesito|necesitaba|ocupo|busco|buscaba|pido|"
                     r"prefiero|prefer[ií]a|ped[ií]|olvid[eé]|perd[ií]|prob[eé]|pruebo|"
                     r"(?:me|le)\s+recete|rec[eé]teme|rec[eé]tele|d[eé]me|d[eé]nme|p[oó]ngame|"
                     r"(?:me|le)\s+(?:puede|podr[ií]a|pueden)\s+(?:recetar|dar|poner|vender))"
                     r"\s+(?:(?:el|la|los|las|m[aá]s|otr[oa]|un|una|mi|mis)\s+)?$", re.I)
_ITS_OBJECT_AFTER = re.compile(r"\s+(?:el|la|los|las|un|una|mi|su)\s+[^\W\d_]{3,}", re.I)


def wanted(text: str, start: int, end: int) -> bool:
    """Does a first-person verb of wanting or needing a thing, or of asking for one,
    stand right before ``text[start:end]``?"""
    return _WANTED.search(text, max(0, start - 40), start) is not None \
        and _ITS_OBJECT_AFTER.match(text, end) is None
