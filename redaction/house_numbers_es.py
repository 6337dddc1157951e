"""What follows a Spanish street word: the name, the house number, the plate and floor.

Split from ``streets_es`` (which decides where an address starts and whether it is one)
because this half is one question on its own: from the end of a street word, where does
the address end? A name runs to a house number in digits or words ("1234", "40A",
"mil veinte", "s/n"), which may be a date inside the name ("Avenida 18 de Julio"), then a
plate ("# 12-34", "guion doce"), a cardinal point, every floor, door or block label and
its value ("piso 4, depto. B", "3º izquierda", "km 14.9") and the cross streets ("entre
Hidalgo y Morelos", "calle 60 x 55 y 57", "con calle cuarenta y cinco").
"""

from __future__ import annotations

import re

from redaction.lexicon import ES_MONTHS
from redaction.numbers import number_runs
from redaction.recognizers import _UNITS_AFTER

# Street types of Spain and Latin America and their abbreviations; the name runs to the
# house number.
STREET_TYPES = re.compile(
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
    r"senda|ramal|subida|bajada|rúa|rua|carrer|passeig|kalea|col\.|fracc\.?|bo\.|"
    r"unidad habitacional|comuna(?:\s+de)?|carr\.|"
    # abbreviations that are no Spanish word, as transcripts write them without the dot
    r"jr|urb|pje|psje|blvd|prol|priv|fracc|calz|carr|cll|clle|kra|cra|pza)(?!\w)\.?"
    # then, in speech, a comma and a hesitation before the name: "calle, eh, morelos",
    # "avenida, o sea, las camelias", "prolongación este zepango"
    r"(?:\s*,)?\s*(?:(?:eh+|ehm|em+|mm+|este|o\s+sea|pues|bueno)(?!\w)[\s,]*)*",
    re.I,
)
# Where a street name ends: words that are never part of one.
_NAME_WORD = re.compile(
    r"(?:(?!(?:en|y|que|con|para|vive|vivo|vivimos|por|pero|cerca|código|codigo|"
    r"el teléfono|desde|hace|entre|esquina|frente|junto|al lado|casi)\b)"
    r"[^\W\d_][\w'.-]*(?:,?\s+|$|(?=[?!;:)])))", re.I)  # a "?" ends the name: "col. X?"
# A word of five letters or more and a full stop: the sentence ends there ("Av." and "Sta."
# are abbreviations inside a name).
_SENTENCE_END = re.compile(r"[^\W\d_]{5,}\.\s*$")
_MONTHS = "|".join(ES_MONTHS)
# "9 de Julio", "cinco de mayo": a date that names a street, not its number.
_DATE_IN_NAME = re.compile(rf"\s+de\s+(?:{_MONTHS})\b,?\s*", re.I)
# A house number in digits, perhaps with a letter or "bis": "40A", "12 bis", "N34".
# An ordinal's ending on a numbered street: "calle 3ra", "carrera 7ma", "2do piso".
_ORDINAL_END = r"(?:(?:ra|ro|da|do|ta|to|va|vo|na|no|ma|mo|er)\b|[ªº])"  # and "5ª", "3º"
_DIGITS = re.compile(r"[\s,]{0,3}(?:al\s+)?(?:[NSEO](?=\d))?\d{1,5}"
                     rf"(?:{_ORDINAL_END}|-?[A-Za-z]\b|\s?(?!(?-i:[yeoua])\b)[A-Za-z]\b(?![°º]))?"
                     r"(?:\s*bis\b)?", re.I)
_BIS = re.compile(r"\s+bis\b", re.I)
# A house with no number: "Calle Hidalgo s/n", "sin número".
_NO_NUMBER = re.compile(r"[\s,]{0,3}(?:s/n|s\.n\.|s\s+n|sin\s+n[úu]mero|sin\s+numeraci[óo]n)(?!\w)",
                        re.I)
# "Uno" alone is an article to the number parser; where a number must come it is one.
_ONE = re.compile(r"\s*uno\b", re.I)
# What may stand between the street name and its number: "Calle Mayor, nº 12".
_BEFORE_NUMBER = re.compile(r"[\s,.#º]*(?:(?:(?:(?:por|en|y)\s+)?el\s+n[úu]mero(?:\s+es)?|"
                            r"n[úu]m(?:ero)?\.?|no\.?|nº|n\.?°|nro\.?|al)[\s.#º°]*)?", re.I)
# The plate after the street number: "# 12-34", "No. 45-10", "5-12", "N34-120".
_PLATE = re.compile(r"\s*(?:(?:#|n[úu]m(?:ero)?\.?|no\.?|nº|n°|n\.º|numeral)\s*[A-Za-z]?\d+"
                    r"[A-Za-z]?|-\s*\d+)(?:(?:\s*-\s*|\s+(?:guion|guión|con)\s+|\s+)\d+"
                    r"[A-Za-z]?\b)?", re.I)
_SAID_PLATE = re.compile(r"\s*(?:#|n[úu]mero|numeral|no\.?|nº|n\.º|num\.?)\s+", re.I)
_CARDINAL = re.compile(r"(?:,?\s+(?:sur|norte|este|oeste|oriente|poniente|occidente)\b)?",
                       re.I)
# Labels whose value is a name ("residencias El Parral, piso 8"): up to three words.
_NAMED_LABELS = r"residencias?|conjunto(?:\s+residencial)?|condominio"
_NAMED_LABEL = re.compile(rf"\s*,?\s*(?:{_NAMED_LABELS})\s*$", re.I)
_NAME_VALUE_WORD = re.compile(r"\s*,?\s*(?!(?:y|e|en|que|con|para|por|pero|piso|"
                              r"apartamento|apto|casa|torre|bloque|interior|local|"
                              r"oficina|n[úu]mero|mi|su|el\s+tel[eé]fono)\b)"
                              r"[^\W\d_][\w'.-]*", re.I)
# A house number said after the floors: "bloque 204, número 7".
_NUMBER_LABEL = re.compile(r"\s*,?\s*(?:n[úu]mero|no\.|nº|n°|#)\s*", re.I)
# Half a kilometre: "kilómetro cuatro y medio".
_HALF = re.compile(r"\s+y\s+medio\b", re.I)
_KM_BEFORE = re.compile(r"\b(?:kil[oó]metro|km)\.?\s+[\w.,]+(?:\s+[\w.,]+)?$", re.I)
# Floor, door, block and the like after the number: "piso 4, depto. B", "3º B",
# "apartamento quinientos dos", "Bloque 12 #8", "zona 1", "grupo 15". Their values follow
# them.
_FLOOR_LABEL = re.compile(
    r"\.?\s*º|\s*,?\s*(?:\d{1,2}(?:[oa]\b|" + _ORDINAL_END + r"|ª|\s*\.?\s*[º°])|"
    r"(?:primero|segundo|tercero|cuarto|quinto|sexto|"
    r"séptimo|septimo|octavo|noveno|décimo|decimo|piso|planta|puerta|depto|dpto|dto|"
    r"departamento|apartamento|apto|apt|oficina|ofic|of|casa|torre|bloque|blq|block|"
    r"local|lote|lt|manzana|mz|zona|interior|int|escalera|esc|bajo|letra|unidad|módulo|"
    r"modulo|portal|suite|ste|conjunto|kilómetro|kilometro|km|planta|edificio|edif|"
    # Peru's settlements: "sector 2, grupo 15, manzana F, lote 9"; stages of an estate
    r"grupo|sector|etapa|fase|"
    # El Salvador's and Ecuador's: "pasaje 3, polígono B", "sexta etapa, villa 9"
    r"pol[ií]gono|pasaje|villa|solar|primera|segunda|tercera|cuarta|quinta|sexta|"
    r"s[eé]ptima|octava|novena|d[eé]cima|"
    + _NAMED_LABELS + r")\b\.?)",
    re.I)
# The side of the landing after a floor: "2º izquierda", "bajo centro", "4º dcha.".
_SIDE = re.compile(r",?\s*(?:izquierda|izq|izda|derecha|dcha|dcho|dra|centro|ctro|pb|"
                   r"planta baja)\b\.?", re.I)
# Kilometres said with a decimal: "km 14.9", "kilómetro catorce punto nueve".
_DECIMAL = re.compile(r"(?:\.\d|\s*,\s*\d|\s+(?:punto|coma)\s+)", re.I)
_FLOOR_VALUE = re.compile(r"\s*(?:(?:n[úu]mero|#)\s*)?(?:[\wº-]+)?(?:\s+[A-Za-z]\b)?", re.I)
# A letter after a street number said aloud, before its plate: "ciento treinta b número".
# Or at the end of the clause: "vivo en calle tulcambo cuatrocientos cincuenta b".
_SAID_LETTER = re.compile(r"\s+(?-i:[a-n])\b(?=[\s,]*(?:#|n[úu]mero|numeral|no\b|nº|sur|"
                          r"norte|este|oeste|oriente|poniente|bis)\b|\s*(?:[,.;?!]|$))", re.I)
# An address after a cross-street cue: "entre Hidalgo y Morelos", "esquina con Juárez".
_BETWEEN = re.compile(r",?\s+(?:entre(?:\s+(?:las\s+)?calles)?|esquina(?:\s+con)?|esq\.)\s+",
                      re.I)
_AND = re.compile(r"\s*(?:y|e)\s+", re.I)
_NUMBERED_CROSS = re.compile(r",?\s+(?:x|por)\s+", re.I)
# Colombia's corners: "carrera séptima con calle cuarenta y cinco".
_CORNER = re.compile(r",?\s+(?:con|y|esquina(?:\s+con)?)\s+(?=(?:calle|carrera|avenida|av\.?|"
                     r"diagonal|transversal|cra\.|cl\.)\s)", re.I)


def rest_of_address(text: str, pos: int, max_words: int = 8,
                     corners: bool = True) -> tuple[int, bool, int]:
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
        if _SENTENCE_END.search(word.group()):
            break  # "comuna de Puente Alto. Soy hipertensa": the name ends with its sentence
    number_end = _house_number(text, pos)
    if number_end is None:
        corner = _cross_streets(text, len(text[:pos].rstrip(" ,")), corners)
        return (corner, True, words) if corner > pos else (pos, False, words)
    end = _CARDINAL.match(text, number_end).end()  # type: ignore[union-attr]
    if end > number_end and words == 0 and not _PLATE.match(text, end) \
            and not _SAID_PLATE.match(text, end):  # Puebla: "calle 10 norte 234"
        house = _house_number(text, end)
        end = house if house is not None else end
    plate = _PLATE.match(text, end)
    end = plate.end() if plate else _spoken_plate(text, end)
    end += _CARDINAL.match(text, end).end() - end  # type: ignore[union-attr]
    return _cross_streets(text, _after_floors(text, end), corners), True, words


def _cross_streets(text: str, end: int, corners: bool = True) -> int:
    """Past "entre Hidalgo y Morelos" or "esquina con Juárez" after an address: the
    cross streets narrow it down as much as a house number."""
    corner = _CORNER.match(text, end) if corners else None
    if corner:
        street_word = STREET_TYPES.match(text, corner.end())
        if street_word:  # one corner, not a chain of them
            return rest_of_address(text, street_word.end(), max_words=4, corners=False)[0]
    crossing = _NUMBERED_CROSS.match(text, end)
    if crossing:  # Yucatán: "calle 60 x 55 y 57", "calle sesenta por cincuenta y cinco"
        runs = number_runs(text[crossing.end():crossing.end() + 60], "es")
        if runs and runs[0].start == 0 and len(runs[0].digits) <= 3:
            last = crossing.end() + runs[0].end
            joined = _AND.match(text, last)
            more = number_runs(text[joined.end():joined.end() + 30], "es") if joined else []
            if joined and more and more[0].start == 0 and len(more[0].digits) <= 3:
                last = joined.end() + more[0].end
            plate = _PLATE.match(text, last) or _SAID_PLATE.match(text, last)
            return _after_floors(text, plate.end() if plate and plate.re is _PLATE
                                 else _spoken_plate(text, last))
    cue = _BETWEEN.match(text, end)
    if not cue:
        return end
    pos = cue.end()
    for street in range(2):
        words = 0
        while words < 4 and (word := _NAME_WORD.match(text, pos)):
            pos, words = word.end(), words + 1
        if not words:
            return end if street == 0 else pos
        end = len(text[:pos].rstrip(" ,"))
        joined = _AND.match(text, end)
        if street or not joined or cue.group().strip(" ,").lower().startswith("esq"):
            return end
        pos = joined.end()
    return end


def _date_in_name(text: str, pos: int) -> int:
    """The end of "9 de Julio" / "nueve de julio" at ``pos`` (0 if none there)."""
    digits = re.match(r"\s*\d{1,2}", text[pos:pos + 4])
    if digits:
        after = pos + digits.end()
    else:
        runs = number_runs(text[pos:pos + 40], "es")
        one = _ONE.match(text, pos)  # "avenida uno de mayo"
        if one and (not runs or pos + runs[0].start >= one.end()):
            after = one.end()
        elif not runs or runs[0].start > 1 or len(runs[0].digits) > 2:
            return 0
        else:
            after = pos + runs[0].end
    date = _DATE_IN_NAME.match(text, after)
    return date.end() if date else 0


def _house_number(text: str, pos: int) -> int | None:
    """The end of a house number starting near ``pos`` (None if there is none): digits
    ("1234", "40A", "N34") or words ("mil veinte"), never a quantity ("3 años")."""
    digits = _DIGITS.match(text, pos)
    no_number = _NO_NUMBER.match(text, pos)
    if no_number:
        return no_number.end()
    if digits:
        end = digits.end()
    else:
        runs = number_runs(text[pos:pos + 60], "es")
        one = _ONE.match(text, _BEFORE_NUMBER.match(text, pos).end())  # type: ignore[union-attr]
        if one and (not runs or pos + runs[0].start >= one.end()):
            end = one.end()
        elif not runs or not _BEFORE_NUMBER.fullmatch(text, pos, pos + runs[0].start):
            return None
        else:
            end = pos + runs[0].end
        letter = _SAID_LETTER.match(text, end)
        end = letter.end() if letter else end
        said_bis = _BIS.match(text, end)  # "calle cinco bis", "siete a bis"
        end = said_bis.end() if said_bis else end
    return None if _UNITS_AFTER.match(text[end:]) else end


def _after_floors(text: str, end: int) -> int:
    """Past every floor, door or block label and its value, in digits or words, the
    side of the landing ("izquierda") and a kilometre's decimal ("km 14.9")."""
    half = _HALF.match(text, end)
    if half and _KM_BEFORE.search(text, max(0, end - 40), end):  # "kilómetro cuatro y medio"
        end = half.end()
    while True:
        side = _SIDE.match(text, end)  # "1021, PB", a landing with no number
        end = side.end() if side else end
        label = _FLOOR_LABEL.match(text, end)
        if not label:
            break
        value_at = label.end()
        runs = number_runs(text[value_at:value_at + 60], "es")
        if _NAMED_LABEL.search(text, label.start(), value_at) and not (
                runs and runs[0].start <= 1):
            end = value_at
            for _ in range(3):  # "residencias el parral"
                word = _NAME_VALUE_WORD.match(text, end)
                if word is None:
                    break
                end = word.end()
        elif runs and _BEFORE_NUMBER.fullmatch(text, value_at, value_at + runs[0].start):
            value_end = value_at + runs[0].end
            decimal = _DECIMAL.match(text, value_end)
            if decimal and label.group().strip(" ,.").lower().startswith(("k", "ki")):
                tail = number_runs(text[decimal.end() - 1:decimal.end() + 30], "es")
                one = _ONE.match(text, decimal.end() - 1)
                value_end = decimal.end() - 1 + tail[0].end if tail and tail[0].start <= 1 \
                    else one.end() if one else value_end
            half = _HALF.match(text, value_end)
            value_end = half.end() if half else value_end
            letter = re.match(r"(?:\s+|-)(?-i:[a-h])\b(?![\w'])", text[value_end:])
            end = value_end + (letter.end() if letter else 0)
        else:
            end = _FLOOR_VALUE.match(text, value_at).end()  # type: ignore[union-attr]
        side = _SIDE.match(text, end)
        end = side.end() if side else end
        if end == label.start():
            break
    number = _NUMBER_LABEL.match(text, end)
    house = _house_number(text, number.end()) if number else None
    return house if house is not None else end


def _spoken_plate(text: str, end: int) -> int:
    """Where a plate said as words ends ("carrera siete número cuarenta y cinco guion
    doce"); ``end`` itself when there is none."""
    said = _SAID_PLATE.match(text, end)
    runs = number_runs(text[said.end():said.end() + 80], "es") if said else []
    if not said or not runs or runs[0].start != 0:
        return end
    last = runs[0].end
    joined = re.match(r"\s*(?:guion|guión|-|raya|con)?\s*", text[said.end() + last:])
    if len(runs) > 1 and joined and runs[1].start == last + joined.end():
        last = runs[1].end
    elif joined and joined.group() and (one := _ONE.match(text, said.end() + last
                                                          + joined.end() - 1)):
        last = one.end() - said.end()  # "número ochenta y ocho con uno"
    return said.end() + last
