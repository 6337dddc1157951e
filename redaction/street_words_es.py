"""Spanish street words that are everyday words too, and when they name a street.

"me cuesta trabajo respirar", "camino treinta minutos", "se lo pusieron vía intravenosa",
"una prolongación del QT", "un acceso venoso central", "una bajada de presión": each
starts with a word that is also a street type (cuesta, camino, vía, prolongación, acceso,
bajada), and the street rule, which takes the words after a street type as its name,
hid the rest of the sentence, medicines and conditions with it. Such a word starts an
address only with something an address has: a cue before it ("vivo en", "mi dirección
es"), a house number after its name (not a quantity: "dos kilómetros", "veinte
cuadras"), or, in writing, a capital on it and on the name after it ("Paseo de la
Reforma"). The unambiguous street words (calle, avenida, calzada, callejón, ...) need none
of that.
"""

from __future__ import annotations

import re

# Street types that are everyday words with another sense, in clinical talk above all.
# Not the words of a neighbourhood (barrio, colonia, villa, población, sector, ...): they
# come after an address, whose house number may lie far before them.
ORDINARY_TYPES = frozenset({
    "acceso", "bajada", "block", "bloque", "camino", "carrera", "cerrada", "circuito",
    "corredor", "cuesta", "diagonal", "edificio", "eje", "finca", "lote", "manzana",
    "parcela", "pasaje", "paseo", "peatonal", "privada", "prolongacion", "prolongación",
    "quinta", "ramal", "retorno", "ronda", "ruta", "senda", "sendero", "subida", "torre",
    "transversal", "vereda", "via", "vía",
})
# An address cue that ends right before the street word.
_CUE = re.compile(
    r"\b(?:viv[oeií]\w*|resid\w*|qued[oa]|ubicad[oa]s?|mud[eéoó]\w*|estoy|estamos|"
    r"direcci[oó]n|domicilio|env[ií]\w*|mand\w*|(?:soy|es|somos|son|era|eran)\s+de|"
    r"est[aá]n?\s+en|cerca\s+de|por(?=\s+(?:la|el)\s))"
    r"(?:\s+(?:es|era|sigue siendo|ahora|actualmente))?\s+(?:(?:en|a|por)\s+)?"
    r"(?:(?:la|el|los|las)\s+)?$", re.I)
# A word before it that makes it a verb or a thing: "me cuesta", "yo camino", "no paseo".
_AS_A_VERB = re.compile(r"\b(?:yo|no|me|te|le|nos|les|se|ya|también|tambien|solo|sólo|"
                        r"siempre|nunca|casi|un|una)\s+$", re.I)
# Counted distances after a number: "camino dos kilómetros", "veinte cuadras".
_DISTANCE_AFTER = re.compile(r"\s*(?:cuadras?|metros?|kil[oó]metros?|kms?\b|pasos|vueltas|"
                             r"pisos|escalones|millas)\b", re.I)
# At most this far after the address before it, a street word goes on with that address.
_CHAIN_GAP_CHARS = 40
_LINK_WORDS = re.compile(r"\s+(?:(?:de|del|la|las|los|el)\s+)*", re.I)


def names_a_street(text: str, start: int, end: int, numbered: bool, address_end: int,
                   last_address_end: int | None) -> bool:
    """Does the street word ``text[start:end]`` start an address? ``numbered``: a house
    number follows its name; the address would end at ``address_end``;
    ``last_address_end``: where the address before it in the text ends, if there is one
    ("calle X 459 apartamento 10 barrio Y": the neighbourhood goes on from the street)."""
    word = text[start:end].strip(" ,.").lower()
    if word not in ORDINARY_TYPES:
        return True
    if last_address_end is not None and 0 <= start - last_address_end <= _CHAIN_GAP_CHARS:
        return True
    if _CUE.search(text, max(0, start - 50), start):
        return True
    if text[start].isupper() and start > 0:  # not a capital that starts the sentence
        link = _LINK_WORDS.match(text, end)
        after = link.end() if link else end
        if after < len(text) and (text[after].isupper() or text[after].isdigit()):
            return True  # "la Cerrada de Olivos", "el Paseo 12"
    return numbered and not _AS_A_VERB.search(text, max(0, start - 12), start) \
        and not _DISTANCE_AFTER.match(text, address_end)
