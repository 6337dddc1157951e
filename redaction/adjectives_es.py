"""A Spanish adjective or participle put first, as speech does with how something is.

"Morada se me puso la uña", "Quemada tengo la piel", "Cansado llego del trabajo": Spanish
fronts how a body part looks or feels, and the word, capitalised by its place, is a
surname in the name lists (Morada, Quemada, Delgado). A person said first would be the
subject of a verb in the third person; these are followed by a verb in the first person
("tengo", "ando", "me siento") or by "se me" ("se me puso", "se me hinchó"), which no
named subject takes. So a sentence's first word shaped like an adjective or participle,
no given name, followed by such a verb, is no finding.

A symptom is fronted the same way: "Dolores de cabeza tengo casi diario", "Molestias en
el pecho no he tenido". A sentence's first word that is a symptom noun, with "de" or "en"
and a body word after it, is the symptom, not the town (Dolores) or the woman.
"""

from __future__ import annotations

import re

from redaction.gazetteer_tokens import RARE_RANK, starts_a_sentence
from redaction.wordlists import common, fold, names

# The endings of participles and of the adjectives of how a body looks or feels.
_ADJECTIVE_END = re.compile(r"(?:ad[oa]|id[oa]|os[oa]|ient[ea]|ante|ill[oa]|iz[oa]|ort[ea]|"
                            r"ad[oa]s|id[oa]s)$")
_COLOURS = frozenset("""
morado morada rojo roja amarillo amarilla verde negro negra blanco blanca azul gris pardo
parda pálido pálida palido palida rosado rosada
""".split())
# What comes after it, with no comma (a comma after a surname calls someone: "Trujillo,
# tengo una duda"): a first-person verb, or "se me" and a verb of becoming. Not "se le" or
# "se nos", nor any verb after "se me": "Delgado se le olvidó", "Castillo se me acercó"
# are people.
_FIRST_PERSON_AFTER = re.compile(
    r"\s+(?:(?:ya|casi|bien|muy|todo|toda|también|tambien)\s+)?(?:tengo|traigo|ando|"
    r"estoy|estaba|andaba|llego|llegu[eé]|amanec[ií]|despert[eé]|me\s+(?:siento|sent[ií]|"
    r"levant[eé]|qued[eé]|despert[eé]|puse|veo|vi|encuentro)|se\s+me\s+(?:puso|pusieron|"
    r"pone|ponen|hinch[oó]|hincharon|qued[oó]|quedaron|inflam[oó]|inflamaron|ve|ven|"
    r"veía|veia)|me\s+(?:puse|qued[eé]))\b", re.I)


# Symptom nouns, plural as patients front them, folded.
_SYMPTOMS = frozenset("""
dolor dolores molestia molestias ardor ardores calambre calambres punzada punzadas
piquete piquetes hormigueo hormigueos comezon picazon inflamacion hinchazon
""".split())
_BODY_AFTER = re.compile(r"\s+(?:de|en)\s+(?:(?:la|el|los|las|mi|mis|su|sus)\s+)?"
                         r"([^\W\d_]+)", re.I)


def _symptom_first(text: str, end: int, key: str) -> bool:
    """Is ``key`` a symptom noun with "de" / "en" and a body or clinical word after it?"""
    from redaction.medical import _plainly_medical
    from redaction.medical_lists import clinical_words, folded_medical_terms

    body = _BODY_AFTER.match(text, end)
    if key not in _SYMPTOMS or body is None:
        return False
    word = fold(body.group(1))
    return word in clinical_words() or word in folded_medical_terms() or _plainly_medical(word)


def adjective_first(text: str, start: int, end: int, language: str) -> bool:
    """Is ``text[start:end]`` one Spanish word first in its sentence, shaped like an
    adjective or participle, no given name, with a first-person verb or "se me" after it,
    or a symptom noun with the body part after it?"""
    if language != "es":
        return False
    word = text[start:end]
    if not re.fullmatch(r"[^\W\d_]+", word) or not starts_a_sentence(text, start):
        return False
    key = fold(word)
    if _symptom_first(text, end, key):
        return True  # "Dolores de cabeza tengo casi diario"
    if "F" in names().get(key, ""):
        return False  # "Rosa se me acercó": a given name stays one
    rank = common("es").get(key)
    shaped = key in _COLOURS or word.lower() in _COLOURS or (
        _ADJECTIVE_END.search(key) and rank is not None and rank < RARE_RANK)
    # an everyday word only: "Trujillo", "Machado", "Maldonado" end like one and are surnames
    return bool(shaped) and _FIRST_PERSON_AFTER.match(text, end) is not None
