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
any of these forms, in digits or in words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaction.lexicon import ES_MONTHS
from redaction.numbers import number_runs
from redaction.recognizers import _UNITS_AFTER

# Street types of Spain and Latin America and their abbreviations; the name runs to the
# house number.
_TYPES = re.compile(
    r"\b(?:calle|c/|c\.|avenida|avda\.?|av\.?|plaza|paseo|camino|carrera|carretera|ronda|"
    r"travesía|travesia|glorieta|pasaje|callejón|callejon|urbanización|urbanizacion|urb\.|"
    r"circunvalación|circunvalacion|acceso|alameda|cañada|canada|pasadizo|rambla|"
    r"viaducto|cuesta|circuito|periférico|periferico|corredor|vía|via|calzada|"
    r"diagonal|retorno|boulevard|bulevar|privada|cerrada|andador|prolongación|"
    r"prolongacion|eje|transversal|sendero|senda|costanilla|callejuela|barrio|"
    r"manzana|mz\.?|residencial|fraccionamiento|colonia|jirón|jiron|jr\.|cl\.|cra\.|kra\.|"
    r"dg\.|tv\.|avenue|street|autopista|ruta|costanera|pje\.|psje\.|bv\.|"
    r"blvd\.|bulevard|vereda|sector|población|poblacion|villa|lote|lt\.|conjunto|"
    r"edificio|edif\.|torre|bloque|block|km\.?|kilómetro|kilometro|cr\.|"
    r"kr\.|ak\.|ac\.|cll\.|clle\.|avda|pza\.|pl\.|pº|malecón|malecon|peatonal|"
    r"condominio|cond\.|residencial|quinta|caserío|caserio|parcela|finca|hacienda|"
    r"senda|ramal|subida|bajada|rúa|rua|carrer|passeig|kalea)(?!\w)\.?\s*",
    re.I,
)
# Where a street name ends: words that are never part of one.
_NAME_WORD = re.compile(
    r"(?:(?!(?:en|y|que|con|para|vive|vivo|vivimos|por|pero|cerca|código|codigo|"
    r"el teléfono|desde|hace|entre|esquina|frente|junto|al lado|casi)\b)"
    r"[^\W\d_][\w'.-]*(?:,?\s+|$))", re.I)
_MONTHS = "|".join(ES_MONTHS)
# "9 de Julio", "cinco de mayo": a date that names a street, not its number.
_DATE_IN_NAME = re.compile(rf"\s+de\s+(?:{_MONTHS})\b,?\s*", re.I)
# A house number in digits, perhaps with a letter or "bis": "40A", "12 bis", "N34".
_DIGITS = re.compile(r"[\s,]{0,3}(?:[NSEO](?=\d))?\d{1,5}"
                     r"(?:\s?(?!(?-i:[yeoua])\b)[A-Za-z]\b)?(?:\s*bis\b)?", re.I)
_BIS = re.compile(r"\s+bis\b", re.I)
# What may stand between the street name and its number: "Calle Mayor, nº 12".
_BEFORE_NUMBER = re.compile(r"[\s,.#º]*(?:(?:n[úu]m(?:ero)?\.?|no\.?|nº)[\s.#º]*)?")
# The plate after the street number: "# 12-34", "No. 45-10", "5-12", "N34-120".
_PLATE = re.compile(r"\s*(?:(?:#|n[úu]m(?:ero)?\.?|no\.?|nº|n°)\s*[A-Za-z]?\d+[A-Za-z]?|"
                    r"-\s*\d+)(?:\s*-\s*\d+[A-Za-z]?)?", re.I)
_SAID_PLATE = re.compile(r"\s*(?:#|n[úu]mero|numeral|no\.?|nº|num\.?)\s+", re.I)
_CARDINAL = re.compile(r"(?:,?\s+(?:sur|norte|este|oeste|oriente|poniente|occidente)\b)?",
                       re.I)
# Floor, door, block and the like after the number: "piso 4, depto. B", "3º B",
# "apartamento quinientos dos", "Bloque 12 #8", "zona 1". Their values follow them.
_FLOOR_LABEL = re.compile(
    r"\.?\s*º|,?\s*(?:\d{1,2}\s*\.?\s*º|(?:primero|segundo|tercero|cuarto|quinto|sexto|"
    r"séptimo|septimo|octavo|noveno|décimo|decimo|piso|planta|puerta|depto|dpto|dto|"
    r"departamento|apartamento|apto|apt|oficina|ofic|of|casa|torre|bloque|blq|block|"
    r"local|lote|lt|manzana|mz|zona|interior|int|escalera|esc|bajo|letra|unidad|módulo|"
    r"modulo)\b\.?)", re.I)
_FLOOR_VALUE = re.compile(r"\s*(?:(?:n[úu]mero|#)\s*)?(?:[\wº-]+)?(?:\s+[A-Za-z]\b)?", re.I)
# A letter after a street number said aloud, before its plate: "ciento treinta b número".
_SAID_LETTER = re.compile(r"\s+(?-i:[a-h])\b(?=[\s,]*(?:#|n[úu]mero|numeral|no\b|nº|sur|"
                          r"norte|este|oeste|oriente|poniente|bis)\b)", re.I)
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
    r"(?:\s+\w+){0,2}\s+(?:es|era|sigue siendo)|mánde\w*\s+a|mande\w*\s+a|envíe\w*\s+a|"
    r"manden\w*\s+a)\s+(?:(?:la|el)\s+)?", re.I)
_LOCALITY_TYPES = ("colonia", "barrio", "residencial", "fraccionamiento", "urbaniz", "urb.",
                   "sector", "conjunto", "villa")


def spanish_streets(text: str) -> Iterator[tuple[str, int, int]]:
    """(type, start, end) of each street address: STREET_ADDRESS, or LOCATION for a
    neighbourhood named without a number ("colonia del valle")."""
    for match in _TYPES.finditer(text):
        start = match.start()
        if match.group().lower().startswith(("calle", "avenida", "av")):
            before = _NUMBER_BEFORE.search(text, max(0, start - 14), start)
            start = before.start() if before else start
        end, numbered, words = _rest_of_address(text, match.end())
        if not numbered and not words:
            continue
        kind = "LOCATION" if match.group().lower().startswith(_LOCALITY_TYPES) \
            and not numbered else "STREET_ADDRESS"
        yield kind, start, len(text[:end].rstrip(" ,"))
    for match in _ADDRESS_CONTEXT.finditer(text):
        if _TYPES.match(text, match.end()):
            continue  # a street word: found above
        end, numbered, words = _rest_of_address(text, match.end(), max_words=5)
        if numbered and words:
            yield "STREET_ADDRESS", match.end(), len(text[:end].rstrip(" ,"))


def _rest_of_address(text: str, pos: int, max_words: int = 8) -> tuple[int, bool, int]:
    """From the end of the street word: where the address ends, whether it has a house
    number, and how many name words it has."""
    words = 0
    while words < max_words:
        date = _date_in_name(text, pos)
        if date:
            pos, words = date, words + 1
            continue
        if _house_number(text, pos) is not None:
            break
        word = _NAME_WORD.match(text, pos)
        if not word:
            break
        pos, words = word.end(), words + 1
    number_end = _house_number(text, pos)
    if number_end is None:
        return pos, False, words
    end = number_end + _CARDINAL.match(text, number_end).end() - number_end  # type: ignore[union-attr]
    plate = _PLATE.match(text, end)
    end = plate.end() if plate else _spoken_plate(text, end)
    end += _CARDINAL.match(text, end).end() - end  # type: ignore[union-attr]
    return _after_floors(text, end), True, words


def _date_in_name(text: str, pos: int) -> int:
    """The end of "9 de Julio" / "nueve de julio" at ``pos`` (0 if none there)."""
    digits = re.match(r"\s*\d{1,2}", text[pos:pos + 4])
    if digits:
        after = pos + digits.end()
    else:
        runs = number_runs(text[pos:pos + 40], "es")
        if not runs or runs[0].start > 1 or len(runs[0].digits) > 2:
            return 0
        after = pos + runs[0].end
    date = _DATE_IN_NAME.match(text, after)
    return date.end() if date else 0


def _house_number(text: str, pos: int) -> int | None:
    """The end of a house number starting near ``pos`` (None if there is none): digits
    ("1234", "40A", "N34") or words ("mil veinte"), never a quantity ("3 años")."""
    digits = _DIGITS.match(text, pos)
    if digits:
        end = digits.end()
    else:
        runs = number_runs(text[pos:pos + 60], "es")
        if not runs or not _BEFORE_NUMBER.fullmatch(text, pos, pos + runs[0].start):
            return None
        end = pos + runs[0].end
        letter = _SAID_LETTER.match(text, end)
        end = letter.end() if letter else end
        said_bis = _BIS.match(text, end)  # "calle cinco bis", "siete a bis"
        end = said_bis.end() if said_bis else end
    return None if _UNITS_AFTER.match(text[end:]) else end


def _after_floors(text: str, end: int) -> int:
    """Past every floor, door or block label and its value, in digits or words."""
    while label := _FLOOR_LABEL.match(text, end):
        value_at = label.end()
        runs = number_runs(text[value_at:value_at + 60], "es")
        if runs and _BEFORE_NUMBER.fullmatch(text, value_at, value_at + runs[0].start):
            value_end = value_at + runs[0].end
            letter = re.match(r"\s+(?-i:[a-h])\b(?![\w'])", text[value_end:])
            end = value_end + (letter.end() if letter else 0)
        else:
            end = _FLOOR_VALUE.match(text, value_at).end()  # type: ignore[union-attr]
        if end == label.start():
            break
    return end


def _spoken_plate(text: str, end: int) -> int:
    """Where a plate said as words ends ("carrera siete número cuarenta y cinco guion
    doce"); ``end`` itself when there is none."""
    said = _SAID_PLATE.match(text, end)
    runs = number_runs(text[said.end():said.end() + 80], "es") if said else []
    if not said or not runs or runs[0].start != 0:
        return end
    last = runs[0].end
    joined = re.match(r"\s*(?:guion|guión|-|raya)?\s*", text[said.end() + last:])
    if len(runs) > 1 and joined and runs[1].start == last + joined.end():
        last = runs[1].end
    return said.end() + last
