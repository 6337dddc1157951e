"""Street addresses as the Spanish-speaking countries write and say them.

Each country has its own habits, and a redactor that knows Spain's and Mexico's
alone misses the rest: Colombia's "Calle 45 # 12-34", "Diagonal 40A # 20-15 sur" and
"Carrera 7 Bis # 12-30", Argentina's "Av. Corrientes 2345, piso 4, depto. B" and
"San Martín 456" (no street word at all), Guatemala's "6a Avenida 5-12, zona 1",
Ecuador's "Av. Amazonas N34-120", Peru's "Jr. de la Unión 456" and "Mz. B Lt. 12",
Uruguay's "Avenida 18 de Julio 1234" (a date inside the name), Mexico's "Calle 60
#491" and "Privada de los Pinos 12 interior 3", Puerto Rico's "Calle 45 Bloque 12 #8".
An address is a street word (or, after "vivo en" / "mi dirección es", none) and a
name, then a house number, a plate, a cardinal point and the floor, door or block, in
any of these forms, in digits or in words. This module decides where an address starts
and whether the words there are one; ``house_numbers_es`` where it ends, from the end of
the street word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaction.corners_es import spanish_corners
from redaction.gazetteer import common, fold
from redaction.house_numbers_es import STREET_TYPES, rest_of_address
from redaction.landmarks_es import relative_addresses
from redaction.lexicon import ES_MONTHS, NOT_NAMES
from redaction.medical import is_medical
from redaction.numbers import NumberRun, number_runs
from redaction.place_repairs_es import repaired_places
from redaction.recognizers import _UNITS_AFTER, NUMBER_WORDS
from redaction.street_words_es import names_a_street
from redaction.streets_es_joined import joined

# The house number said before the street, Spain's way: "el 45 de la calle Mayor", "el
# número doce del paseo de ...".
_NUMBER_OF_STREET = re.compile(r"\s+(?:de\s+la|del|de)\s+$", re.I)
_THE_NUMBER = re.compile(r"\b(?:el|la)\s+(?:n[úu]mero\s+)?$", re.I)  # "la" (casa): "la 342 de"
# The number or ordinal of a Guatemalan street, before its type: "6a Avenida", "12 Calle",
# "sexta avenida".
_NUMBER_BEFORE = re.compile(
    r"(?:\b\d{1,2}\s*(?:a|ª|o|º|ra|da|ta|va|na)?\.?|\b(?:primera|segunda|tercera|cuarta|"
    r"quinta|sexta|séptima|septima|octava|novena|décima|decima|once|doce|trece|catorce|"
    r"quince))\s+$", re.I)
# After these an address needs no street word: "vivo en San Martín 456", "mi dirección
# es los alerces mil veinte".
_ADDRESS_CONTEXT = re.compile(
    r"\b(?:(?:vivo|vive|viven|vivimos|vivía|vivia|queda|quedo|estoy|estamos|mudé|mude|"
    r"mudamos|mudó|mudo)\s+(?:ahora\s+)?(?:en|a)|(?:dirección|direccion|domicilio)"
    r"(?:\s+\w+){0,4}\s+(?:es|era|sigue siendo)|mánde\w*\s+a|mande\w*\s+a|envíe\w*\s+a|"
    r"manden\w*\s+a)\s+(?:(?:la|el)\s+)?", re.I)
# Before a street named without a street word, a preposition of place: "me recogió en
# los ciruelos 5264", "me lo lleva a Bianca Centeno al 6488". Its name must look like one.
_PLACE_PREPOSITION = re.compile(r"\b(?:en|a|por|hasta)\s+", re.I)
_ARTICLES = {"el", "la", "los", "las", "de", "del", "san", "santa", "santo"}
_ORDINARY_RANK = 5000  # a more frequent word is no street name by itself ("la mañana")
# Street words after which a house number may also come first ("7085 Calle Las Palmas").
_NUMBER_FIRST_TYPES = ("calle", "avenida", "av", "avda", "calzada", "camino", "carretera",
                       "paseo", "pasaje", "privada", "cerrada", "boulevard", "bulevar")
_LOCALITY_TYPES = ("colonia", "barrio", "residencial", "fraccionamiento", "urbaniz", "urb.",
                   "sector", "conjunto", "villa", "col.", "fracc", "bo.", "unidad", "comuna")


_NUMBER_BEFORE_CHARS = 60  # how far back a house number said before a street is read
_MAX_HOUSE_DIGITS = 5
# A number right after an English street word: "avenue 120", "street número 5".
_NUMBER_NEXT = re.compile(r"\s*\d|\s*(?:n[úu]mero|#)")


def spanish_streets(text: str) -> Iterator[tuple[str, int, int]]:
    """(type, start, end) of each street address: STREET_ADDRESS, or LOCATION for a
    neighbourhood named without a number ("colonia del valle"); parts of one address
    found apart are joined (``streets_es_joined``)."""
    return joined(text, _streets(text))


def _streets(text: str) -> Iterator[tuple[str, int, int]]:
    last_end: int | None = None  # of the last street found, to chain "..., barrio X" to it
    for match in STREET_TYPES.finditer(text):
        start = match.start()
        lowered = match.group().lower()
        if lowered.strip(" ,") in ("avenue", "street") \
                and _NUMBER_NEXT.match(text, match.end()) is None:
            continue  # English says its street word after the name: "3315 washington
            # avenue atrás de la llantera" ends at "avenue" (``contact`` reads it)
        if lowered.startswith(("calle", "avenida", "av")):
            before = _NUMBER_BEFORE.search(text, max(0, start - 14), start)
            start = before.start() if before else start
        if lowered.startswith(_NUMBER_FIRST_TYPES):
            start = _number_first(text, start)
        start = number_of_street(text, start)
        end, numbered, words = rest_of_address(text, match.end())
        if (not numbered and not words) or not names_a_street(
                text, match.start(), match.start() + len(match.group().split()[0]),
                numbered or start < match.start(), end, last_end):  # "el 12 del paseo X"
            continue
        last_end = len(text[:end].rstrip(" ,"))
        kind = "LOCATION" if lowered.startswith(_LOCALITY_TYPES) \
            and not numbered else "STREET_ADDRESS"
        yield kind, start, len(text[:end].rstrip(" ,"))
    for match in _ADDRESS_CONTEXT.finditer(text):
        if STREET_TYPES.match(text, match.end()):
            continue  # a street word: found above
        corner = _numbered_corner(text, match.end())
        if corner:  # "vivo en la cuarenta y cinco con doce"
            yield "STREET_ADDRESS", match.end(), corner
            continue
        end, numbered, words = rest_of_address(text, match.end(), max_words=5)
        named = {fold(w.group()) for w in _name_words(text, match.end(), end)}
        if numbered and words and not named & _NOT_STREET:  # "estoy en la cama 3"
            yield "STREET_ADDRESS", match.end(), len(text[:end].rstrip(" ,"))
    for match in _PLACE_PREPOSITION.finditer(text):
        if STREET_TYPES.match(text, match.end()):
            continue
        end, numbered, words = rest_of_address(text, match.end(), max_words=4)
        if numbered and words and _street_name_like(text, match.end(), end):
            yield "STREET_ADDRESS", match.end(), len(text[:end].rstrip(" ,"))
    yield from relative_addresses(text)  # "del parque central dos cuadras al sur"
    yield from spanish_corners(text)  # "en ocean y la siete", "de la sexta y broadway"
    yield from repaired_places(text)  # "soy de chihuahua, de la capital no, de posadas"


# Colombia names a corner by its two street numbers alone: "vivo en la 45 con 12".
_WITH = re.compile(r"\s+con\s+(?:la\s+|el\s+)?", re.I)
_CORNER_END = re.compile(r"\s*(?:$|[,.;:?!]|(?:en|de|y|e|pero|por|cerca|sur|norte|este|"
                         r"oeste|bis|desde|hace)\b)", re.I)


def _numbered_corner(text: str, pos: int) -> int:
    """The end of "cuarenta y cinco con doce" at ``pos`` (0 if none there)."""
    runs = number_runs(text[pos:pos + 80], "es")
    if len(runs) < 2 or runs[0].start != 0 or len(runs[0].digits) > 3 \
            or len(runs[1].digits) > 3:
        return 0
    link = _WITH.fullmatch(text, pos + runs[0].end, pos + runs[1].start)
    end = pos + runs[1].end
    # a noun after it counts things: "estoy en la doce con tres pacientes"
    return end if link and _CORNER_END.match(text, end) else 0


def _number_right_before(text: str, pos: int) -> NumberRun | None:
    """The number said right before ``pos`` (spaces only between), in ``text``'s offsets."""
    window_start = max(0, pos - _NUMBER_BEFORE_CHARS)
    runs = number_runs(text[window_start:pos], "es")
    if not runs or text[window_start + runs[-1].end:pos].strip():
        return None
    return NumberRun(window_start + runs[-1].start, window_start + runs[-1].end,
                     runs[-1].digits)


def _number_first(text: str, start: int) -> int:
    """Where a house number said before the street word starts ("7085 calle las
    palmas", "ocho mil ciento dieciocho calle ..."); ``start`` when there is none."""
    run = _number_right_before(text, start)
    if run and len(run.digits) >= 2 and not _UNITS_AFTER.match(text[run.end:]):
        return run.start
    return start


def number_of_street(text: str, start: int, needs_the: bool = True) -> int:
    """Where "el cuarenta y cinco de la" / "el número 12 del" before a street word
    starts; ``start`` when there is none (without "el" too, unless ``needs_the``)."""
    link = _NUMBER_OF_STREET.search(text, max(0, start - 12), start)
    if not link:
        return start
    run = _number_right_before(text, link.start())
    if run is None or len(run.digits) > _MAX_HOUSE_DIGITS:
        return start
    run_start = run.start
    the = _THE_NUMBER.search(text, max(0, run_start - 12), run_start)
    # "el" makes it a house: "el 45 de la calle"; after an English street word the word does
    return the.start() if the else start if needs_the else run_start


# A US street's direction said before its name, in English or Spanish: "2718 [East César
# Chávez]", "once cincuenta y cinco oeste [calle cuarenta y nueve]".
_EN_DIRECTION = re.compile(r"(?:east|west|north|south|e|w|n|s)\.?\s", re.I)
_DIRECTION_BEFORE = re.compile(r"\b(?:east|west|north|south|este|oeste|norte|sur|noroeste|"
                               r"noreste|suroeste|sureste)\s+$", re.I)

def us_house_before(text: str, start: int, end: int, street: bool) -> int:
    """Where a US address said in Spanish begins when its house number and direction come
    before the name found at ``text[start:end]``; ``start`` when they do not. A name needs
    an English direction word first ("veintisiete dieciocho east césar chávez"); a street
    already found may have its Spanish one before it ("... oeste calle cuarenta y nueve")."""
    name_start = start
    if street and (direction := _DIRECTION_BEFORE.search(text, max(0, start - 12), start)):
        name_start = direction.start()
    elif not (_EN_DIRECTION.match(text, start, end) and (text[start].isupper()
                                                         or text[start:end].islower())):
        return start
    run = _number_right_before(text, name_start)
    if run is None or len(run.digits) > _MAX_HOUSE_DIGITS:
        return start
    return run.start


def _name_words(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The words of ``text[start:end]`` before its house number."""
    words = []
    for word in re.finditer(r"[^\W_]+", text[start:end]):
        key = fold(word.group())
        if key == "al" or key in NUMBER_WORDS or word.group().lower() in NUMBER_WORDS \
                or any(c.isdigit() for c in key):
            break
        words.append(word)
    return words


def _street_name_like(text: str, start: int, end: int) -> bool:
    """Do the words before the house number name a street? One of them must be rare
    or capitalised, none a medicine, a month or a word no name has ("mi", "casa")."""
    name_like = False
    for word in _name_words(text, start, end):
        key = fold(word.group())
        if key in ES_MONTHS or key in _NOT_STREET or (key in NOT_NAMES and key not in _ARTICLES):
            return False
        if is_medical(text, start + word.start(), start + word.end(), key, "es"):
            return False
        rank = common("es").get(key)
        if key not in _ARTICLES and (word.group()[0].isupper() or rank is None
                                     or rank >= _ORDINARY_RANK):
            name_like = True
    return name_like


_NOT_STREET = {"mi", "mis", "tu", "su", "sus", "casa", "cama", "cuarto", "sala", "piso",
               "hospital", "clinica", "consultorio", "urgencias", "farmacia"}
