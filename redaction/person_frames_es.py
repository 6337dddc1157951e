"""Where Spanish speech puts a person, a lower-case given name is one: with someone
("aquí andamos con carla", "estaba con francisco"), called to ("gracias bruno, nos
vemos", "oye mateo"), who someone is to the speaker ("mi novia lucía", "mi jefe
ramiro"), coming or saying ("ayer vino mateo a verme"), joined to another given name
("Juan y María vinieron"), said who she is ("ella es victoria, mi nuera", "con rosa su
hija") or by where she belongs ("pedro el de la farmacia"), and the person a dative pronoun doubles
("a carmen le dio covid", "y a ramiro lo operaron").

Why: in a transcript a name has no capital, so only a cue finds it. "vine con" and
"hablé con" were cues; the verbs of being, staying, living and going with someone were
not, nor a call or thanks, a partner or a boss, nor the "a X le" that Spanish uses to
put the person first.
The same verbs take the speaker's state and things ("ando con acidez", "estoy con
muletas"), thanks go to God and to the doctor, and "a veces le duele" has no person, so
the word must be a given name: one that no frequent word shares, or one of the census
files that is no everyday noun ("gracias maría", not "estoy con sol"), and no
medicine, condition, kin word or title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaction.gazetteer import common, fold, names
from redaction.lexicon import KIN_AND_TITLES, NOT_NAMES
from redaction.personal_a_es import _EVERYDAY_AFTER_A as EVERYDAY_NAMES
from redaction.subjects_es import _CLAUSE_GOES_ON as CLAUSE_GOES_ON
from redaction.subjects_es import _COMING_OR_SAYING as COMING_OR_SAYING
from redaction.wordlists import census_given_names

_WITH = re.compile(r"\b(?:estoy|est[aá]|estamos|est[aá]n|estaba|ando|anda|andamos|andaba|"
                   r"andan|vivo|vive|vivimos|viven|viv[ií]a|voy|va|vamos|van|fui|fue|fuimos|"
                   r"sal[ií]|sali[oó]|salimos|vino|vinimos|vinieron|lleg[oó]|llegu[eé]|"
                   r"llegamos|me\s+qued[oé]|se\s+qued[oó]|me\s+quedo|se\s+queda)\s+con\s+",
                   re.I)
# Who someone is to the speaker, beyond the kin that ``names`` lists: "mi novia lucía",
# "mi compañera de trabajo, inés", "su jefe ramiro".
_PARTNER = re.compile(r"\b(?:mi|su|tu|nuestr[oa])\s+(?:novi[oa]|jef[ea]|compañer[oa]|"
                      r"patr[oó]n|patrona|soci[oa]|ex|exespos[oa]|ex\s+espos[oa]|"
                      r"bisniet[oa]|concuñ[oa]|consuegr[oa])"
                      r"(?:\s+de\s+(?:cuarto|trabajo|casa|piso|clase|la\s+escuela|"
                      r"la\s+oficina))?[\s,]+", re.I)
# A call or thanks, first in what is said or after a mark: "gracias bruno", "oye, mateo".
_CALLED = re.compile(r"(?:^|[.,;:!?¿¡]\s*|\b(?:y|bueno|pues|ay|ah|eh)\s+)"
                     r"(?:gracias|muchas\s+gracias|oye|oiga|oigan|mira|mire|hola|adi[oó]s|"
                     r"chao|chau|perd[oó]n|disculpa|disculpe|[aá]ndale|[oó]rale|"
                     r"buenos\s+d[ií]as|buenas\s+tardes|buenas\s+noches|buenas)[\s,]+",
                     re.I)
# "a X le ...": the person first, a dative or object pronoun doubling it, then its verb.
_DOUBLED = re.compile(r"(?:^|[.,;:!?¿¡]\s*|\b(?:y|e|pero|que|porque|pues|bueno|este|"
                      r"ahora|ayer|hoy|entonces|también|tambien)\s+)a\s+", re.I)
_PRONOUN_AFTER = re.compile(r"[\s,]+(?:[^\W\d_]+\s+)?(?:le|les|lo|la|los|las|se|me)\s+"
                            r"(?!(?:de|del|que|y|e|o|a|en|con|por|para)\b)[^\W\d_]{2,}", re.I)
_WORD = re.compile(r"[^\W\d_]+")
# Two given names joined: "Juan y María vinieron", "ando con cristina y jerónimo".
_PAIR = re.compile(r"(?=\b([^\W\d_]+)\s+(?:y|e)\s+([^\W\d_]+)\b)", re.I)
# Who she or he is, said with "es": "ella es victoria, mi nuera", "este es pablo".
_SHE_IS = re.compile(r"\b(?:ella|él|el|esta|este|ésta|éste|esa|ese)\s+es\s+", re.I)
# ... and only where the name ends what is said, or "mi/su" and who she is follows:
# "ella es victoria, mi nuera", "este es pablo"; "él es modesto, no se queja",
# "ella es blanca de piel", "ella es morena y..." say what she is like (a review).
# Who someone called by a nickname is: "mi abuela chelo, que es consuelo piña" (a given
# name and a surname after it only).
_WHO_IS = re.compile(r"(?<!\blo )\bque\s+es\s+", re.I)  # not "lo que es rosa morada"
_SHE_IS_ENDS = re.compile(r"\s*(?:$|[.;:!?]|,?\s*(?:mi|su|tu|nuestr[oa]|el|la)\s)", re.I)
# Who someone is by where they belong or what they do: "pedro el de la farmacia", "doña
# carmen, la de enfrente", "juan el que vive al lado".
_THE_ONE = re.compile(r"(?=\b([^\W\d_]+),?\s+(?:el|la)\s+(?:de|del|que)\b)", re.I)
# Who she or he is, said right after the name: "con rosa su hija", "llamó luz, mi
# hermana", "paloma su vecina" (not "descansa en paz mi abuelita").
_KIN_AFTER = re.compile(r"(?=\b([^\W\d_]+),?\s+(?:mi|su|tu|nuestr[oa])\s+(?:"
                        r"hij[oa]|espos[oa]|marido|mam[aá]|pap[aá]|madre|padre|herman[oa]|"
                        r"abuel[oa]|bisabuel[oa]|niet[oa]|bisniet[oa]|t[ií][oa]|prim[oa]|"
                        r"suegr[oa]|cuñad[oa]|sobrin[oa]|vecin[oa]|comadre|compadre|nuera|"
                        r"yerno|amig[oa]|cuidador[a]?|novi[oa]|ahijad[oa]|madrina|padrino)\b)",
                        re.I)
_IN_BEFORE = re.compile(r"\ben\s+$", re.I)
# Whose the pair of names after it are: "mis hermanas luz y blanca", "sus hijos paz y ángel".
_KIN_BEFORE = re.compile(r"\b(?:mis|sus|tus|nuestr[oa]s)\s+(?:hij[oa]s|niet[oa]s|herman[oa]s|"
                         r"sobrin[oa]s|prim[oa]s|tí[oa]s|ti[oa]s|abuel[oa]s|cuñad[oa]s)\s+$",
                         re.I)
_CAME_OR_SAID = re.compile(COMING_OR_SAYING.pattern.removesuffix(r"\s+$") + r"\s+",
                           re.I)
_FREQUENT_RANK = 3000  # as ``names._ORDINARY_RANK``: more frequent than this, a word
_FUNCTION_RANK = 300  # "ella", "todo": never a name, however the lists read them
# Words of endearment and address that the name lists hold as given names.
_ADDRESS = frozenset({"mija", "mijo", "mijito", "mijita", "joven", "seno", "guera", "guero",
                      "reina", "rey", "cielo", "cariño", "carino", "amor", "chula", "chulo",
                      "flaca", "flaco", "gordo", "gorda", "negra", "negro", "nena", "nene",
                      "mama", "papa", "mami", "papi", "abuelita", "abuelito", "jefe", "jefa",
                      "compa", "viejo", "vieja", "dios", "doctor", "doctora", "senor",
                      "senora", "senorita", "licenciado", "licenciada", "todos", "todas"})


def a_given_name(key: str) -> bool:
    """Is the folded word a given name that stands for a person where grammar puts one?"""
    if key in _ADDRESS or key in KIN_AND_TITLES or key in NOT_NAMES or key in EVERYDAY_NAMES \
            or "F" not in names().get(key, ""):
        return False
    rank = common("es").get(key)
    return rank is None or rank >= _FREQUENT_RANK \
        or (rank >= _FUNCTION_RANK and key in census_given_names())


def _named_by_kin(key: str) -> bool:
    """A given name that is no grammar, kin or title, nor a word of what people are like:
    after "mis hermanas" it names a person ("luz", "blanca", "paz")."""
    rank = common("es").get(key)
    return "F" in names().get(key, "") and key not in KIN_AND_TITLES and key not in NOT_NAMES \
        and key not in _ADDRESS and (rank is None or rank >= _FUNCTION_RANK)


def _a_name_first(key: str) -> bool:
    """A census given name, or one that no frequent word shares."""
    return key in census_given_names() or common("es").get(key) is None


def given_name_starts(text: str) -> Iterator[int]:
    """Where a given name starts after being with, a call or thanks, or a doubled "a", or
    before "el de" / "la que"."""
    from redaction.medical import is_medical

    starts = [m.end() for m in _WITH.finditer(text)]
    starts += [m.end() for m in _CALLED.finditer(text)]
    starts += [m.end() for m in _PARTNER.finditer(text)]
    # "ayer vino mateo a verme": ``subjects_es`` takes this frame for the names that are
    # frequent words; here for the rest
    for match in _CAME_OR_SAID.finditer(text):
        word = _WORD.match(text, match.end())
        if word is not None and CLAUSE_GOES_ON.match(text, word.end()):
            starts.append(match.end())
    for match in _DOUBLED.finditer(text):
        word = _WORD.match(text, match.end())
        if word is not None and _PRONOUN_AFTER.match(text, word.end()):
            starts.append(match.end())
    for match in _SHE_IS.finditer(text):
        word = _WORD.match(text, match.end())
        if word is not None and _SHE_IS_ENDS.match(text, _with_surname(text, word.end())):
            starts.append(match.end())
    for match in _WHO_IS.finditer(text):  # "mi abuela chelo, que es consuelo piña"
        word = _WORD.match(text, match.end())
        if word is not None and _with_surname(text, word.end()) > word.end():
            starts.append(match.end())
    starts += [one.start(1) for one in _THE_ONE.finditer(text)]
    starts += [kin.start(1) for kin in _KIN_AFTER.finditer(text)
               if not _IN_BEFORE.search(text, 0, kin.start(1))]
    for pair in _PAIR.finditer(text):
        first, second = fold(pair.group(1)), fold(pair.group(2))
        # one of the two a name first of all: "canela y miel" are a remedy (a review)
        if a_given_name(first) and a_given_name(second) \
                and (_a_name_first(first) or _a_name_first(second)):
            starts += [pair.start(1), pair.start(2)]
        elif _KIN_BEFORE.search(text, 0, pair.start(1)) is not None \
                and _named_by_kin(first) and _named_by_kin(second):
            # right after whose they are, both given names, however frequent as words:
            # "mis hermanas luz y blanca"; "mis hijos grandes y chicos" name no one
            yield from (pair.start(1), pair.start(2))
    for start in starts:
        word = _WORD.match(text, start)
        if word is None:
            continue
        key = fold(word.group())
        if a_given_name(key) and not is_medical(text, word.start(), word.end(), key, "es"):
            yield word.start()


# The word after a given name these frames found is its surname only when it is a
# surname-list word that is neither a frequent word nor a clinical one: "estoy con marta
# vomitando toda la noche", "gracias bruno insulina ya tengo", "mi jefe ramiro fuma
# mucho" went out whole when up to four words were taken (a review).
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def given_name_spans(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the given names ``given_name_starts`` finds, each with the one surname
    said right after it, if one is."""
    for start in given_name_starts(text):
        word = _WORD.match(text, start)
        if word is None:
            continue
        yield start, _with_surname(text, word.end())


def _with_surname(text: str, end: int) -> int:
    """The end of the surname said right after a given name ending at ``end``, if one
    is; else ``end``."""
    from redaction.medical import is_medical

    after = _NEXT_WORD.match(text, end)
    if after is None:
        return end
    key = fold(after.group(1))
    rank = common("es").get(key)
    if "L" in names().get(key, "") and key not in NOT_NAMES and key not in KIN_AND_TITLES \
            and key not in EVERYDAY_NAMES and (rank is None or rank >= _FREQUENT_RANK) \
            and not is_medical(text, after.start(1), after.end(1), key, "es"):
        return after.end(1)
    return end


# A family said by its surname: "en casa de los olmedo", "el rancho de los garza", "con los
# vega". Spanish puts a plural article before a singular surname for the whole family; a
# singular noun after "los" is otherwise no Spanish ("los toros", not "los toro").
_FAMILY = re.compile(r"\b(?:los|las)\s+([^\W\d_]+)\b", re.I)
_FAMILY_RANK = 3000  # a surname more frequent than this as a word is that word first


def family_spans(text: str) -> Iterator[tuple[int, int]]:
    """Start and end of each surname said with a plural article for a family."""
    from redaction.medical import is_medical
    from redaction.recognizers import NUMBER_WORDS

    for match in _FAMILY.finditer(text):
        key = fold(match.group(1))
        if key.endswith("s") or "L" not in names().get(key, "") or key in NUMBER_WORDS \
                or key in KIN_AND_TITLES or key in NOT_NAMES \
                or common("es").get(key, _FAMILY_RANK) < _FAMILY_RANK \
                or is_medical(text, match.start(1), match.end(1), key, "es"):
            continue
        yield match.start(1), match.end(1)

