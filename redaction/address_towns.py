"""The town said between a street address and its ZIP code or state: "forty one rosewood
court la mesa nine one nine four two", "1420 Elm St, Coon Rapids, MN", "calle 5 número 12
colonia centro tlaquepaque cuatro cinco cero cero cero".

Why: an address is read in one breath in a fixed order (street, town, state or ZIP), so
the words between a street found and the ZIP or state found after it are the town, though
no list holds it ("la mesa" is a table too) and no capital marks it in speech. Only one
to three words with no digit between, none of them a joining or function word ("... court
and then nine ..." joins nothing), nor medical.
"""

from __future__ import annotations

import re
from itertools import pairwise

from redaction.entity import Entity
from redaction.medical import is_medical
from redaction.numbers import number_runs
from redaction.recognizers import _UNITS_AFTER
from redaction.wordlists import common, fold, places

_GAP = re.compile(r"[\s,]+((?:[^\W\d_]+(?:['.\u2019-][^\W\d_]+)*\.?[\s,]+){0,2}"
                  r"[^\W\d_]+(?:['.\u2019-][^\W\d_]+)*\.?)[\s,]+$")
_AFTER_A_TOWN = ("ZIP_CODE", "LOCATION")
_NOT_A_TOWN = frozenset("""and or then in at on near by to from is was the a an my our his
her their zip code postal y o e en de del a al por para es era mi su el la los las
código codigo um uh eh este that's that it's it there's which who where so this is was
es yeah yes no sorry okay ok correct right zipcode i think believe let me see sí si perdón
perdon creo sé se correcto bueno pues okey sea digo mean""".split())
# ("la" and "el" only alone: "la mesa" is a town)
# A written address goes on after its street in parts joined by commas: a unit, a town, a
# postal code of four to eight digits (Argentina's four after the town: "Córdoba 5000";
# Colombia's six, Chile's seven), a state.
_CODE_DIGITS = (4, 8)
_JOINED = re.compile(r"\s*,?\s*")
_TAIL_UNIT = re.compile(r",\s*(?:casa|local|oficina|of\.|apto\.?|apartamento|depto\.?|"
                        r"departamento|interior|int\.|piso|torre|bloque|edif\.?|edificio|"
                        r"manzana|mz\.?|lote|unit|apt\.?|suite|ste\.?)\s*#?\s*[\w-]+", re.I)
# The code ends the address or comes before a capitalised part ("5000, Córdoba", "5000
# Córdoba"); "1200 a month", "2016 was", "1500 pesos de renta" are no code. A year-like
# number only right after its town, no comma ("Rosario 2000"): "Morelia, 2019." is a year.
_TAIL_CODE = re.compile(r"(?:,\s*(?!(?:19|20)\d\d\b)|\s+)(\d{4,8}(?:-\d{4})?)"
                        r"(?=\s*(?:[,;)]|\.(?!\d)|$)|\s+[A-ZÁÉÍÓÚÑ])")
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_MAX_TOWN_WORDS = 3  # "salt lake city", "coeur d'alene"
_TOWN_RANK = 5000  # a listed town more frequent as a word is one only with its ZIP or state


def with_address_towns(text: str, entities: list[Entity], language: str) -> list[Entity]:
    """``entities`` (sorted, not overlapping) with the town between a street address and
    the ZIP code or state after it added, and the unit and postal code written in the
    address's tail."""
    entities = _towns_whole(text, entities, language)
    out: list[Entity] = []
    chained = False  # inside a written address: a street, then its parts after commas
    for index, entity in enumerate(entities):
        following = entities[index + 1] if index + 1 < len(entities) else None
        chained = entity.type == "STREET_ADDRESS" or (
            chained and bool(out)
            and _JOINED.fullmatch(text, out[-1].end, entity.start) is not None)
        out.append(entity)
        if chained:
            limit = following.start if following else len(text)
            tail = _TAIL_UNIT.match(text, entity.end, limit) \
                if entity.type == "STREET_ADDRESS" else None
            if tail:  # "Blvd. 1 N° 580, Casa 69": the unit is the address's
                out[-1] = Entity(entity.type, entity.start, tail.end())
            code = _TAIL_CODE.match(text, out[-1].end, limit)
            # "Comodoro Rivadavia 9000", "..., 540479, La Esperanza"; not "1000 mg"
            if code and not _UNITS_AFTER.match(text[code.end():]):
                out.append(Entity("ZIP_CODE", code.start(1), code.end(1)))
            elif entity.type == "LOCATION" and (said := _said_code(
                    text, out[-1].end, limit, language)) is not None:
                out.append(Entity("ZIP_CODE", *said))  # "córdoba cinco mil córdoba"
        if entity.type == "STREET_ADDRESS" and (town := _listed_town(
                text, out[-1].end, following.start if following else len(text))):
            out.append(Entity("LOCATION", *town))  # "... east fifth street spokane intake"
            continue
        if entity.type != "STREET_ADDRESS" or following is None \
                or following.type not in _AFTER_A_TOWN:
            continue
        gap = _GAP.fullmatch(text, entity.end, following.start)
        if gap and _a_town(text, gap.start(1), gap.end(1), language):
            out.append(Entity("LOCATION", gap.start(1), gap.end(1)))
    return out


def _towns_whole(text: str, entities: list[Entity], language: str) -> list[Entity]:
    """A town found in part between a street and its ZIP code takes the whole gap: "p o
    box four one eight [sweet] home nine seven three eight nine" (the place rules trim
    "home" off a place's end, as in "the baby came home")."""
    out = list(entities)
    for index in range(len(out) - 2):
        street, town, code = out[index:index + 3]
        if street.type != "STREET_ADDRESS" or town.type != "LOCATION" \
                or code.type != "ZIP_CODE":
            continue
        gap = _GAP.fullmatch(text, street.end, code.start)
        if gap and gap.start(1) <= town.start and town.end <= gap.end(1) \
                and _a_town(text, gap.start(1), gap.end(1), language):
            out[index + 1] = Entity("LOCATION", gap.start(1), gap.end(1))
    return out


def _listed_town(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """A listed town said right after a street (one to three words, a comma between or
    none), the longest that is one; a town that is a frequent word too ("union",
    "normal", "center") only with the ZIP or state after it (``_a_town``)."""
    words = list(_WORD.finditer(text, start, limit))[:_MAX_TOWN_WORDS]
    if not words or text[start:words[0].start()].strip(" ,"):
        return None
    for count in range(len(words), 0, -1):
        last = words[count - 1]
        if any(text[left.end():right.start()] != " "
               for left, right in pairwise(words[:count])):
            continue  # punctuation inside: not one name
        key = fold(text[words[0].start():last.end()])
        if key in places() and key not in _NOT_A_TOWN \
                and common("en").get(key, _TOWN_RANK) >= _TOWN_RANK \
                and common("es").get(key, _TOWN_RANK) >= _TOWN_RANK:
            return words[0].start(), last.end()
    return None


def _a_town(text: str, start: int, end: int, language: str) -> bool:
    words = list(_WORD.finditer(text, start, end))
    keys = [fold(word.group()) for word in words]
    if len(keys) == 1 and keys[0] in _NOT_A_TOWN:
        return False
    return not any(key in _NOT_A_TOWN and key not in ("la", "el", "los", "las")
                   for key in keys) \
        and not any(is_medical(text, word.start(), word.end(), key, language)
                    for word, key in zip(words, keys, strict=True))


def _said_code(text: str, start: int, limit: int, language: str) -> tuple[int, int] | None:
    """A postal code said right after a town of a spoken address, with nothing after it
    (up to ``limit``, the next finding or the end) but the address's next part or the
    end: "bahía blanca ocho mil buenos aires"."""
    runs = number_runs(text[start:limit], language)
    if not runs or text[start:start + runs[0].start].strip() \
            or not _CODE_DIGITS[0] <= len(runs[0].digits) <= _CODE_DIGITS[1]:
        return None
    end = start + runs[0].end
    if text[end:limit].strip(" ,."):
        return None  # "... puebla dos mil diecinueve llegué": a year, the clause goes on
    return start + runs[0].start, end
