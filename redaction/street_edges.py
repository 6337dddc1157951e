"""Where a found street, or a place on a street, ends: with its quarter, its building, its
corner's second street, and the business or institution said on it.

Why apart from ``span_edges``: a street's edges are read from words of their own (a
quarter after it, "building c" before its unit, "the cvs on", "y allende" after "la
esquina de"), and people who mark addresses by hand take all of them in. ``span_edges``
asks here, for a street it has found, and at the end joins a place and its street.
"""

from __future__ import annotations

import re

from redaction.entity import Entity
from redaction.medical import is_medical
from redaction.numbers import number_runs
from redaction.streets_es import number_of_street
from redaction.wordlists import common, fold

# A Spanish street said with its article, which people who mark addresses take in: "vive en
# [la calle cuarta]", "por [la carretera a nogales]".
_STREET_KIND_FIRST = re.compile(r"(?:calle|avenida|carretera|calzada|camino|carrera|diagonal|"
                                r"transversal|cerrada|privada|prolongaci[oó]n|autopista|ruta|"
                                r"alameda|rambla|callej[oó]n|pasaje|vereda)\b", re.I)
ARTICLE_BEFORE = re.compile(r"\b(la|el|los|las|lo)\s+$", re.I)
# In Spanish, a US street said with its English street word, found as a name: "en el 1310
# de la [East Washington] Avenue", "el 55 de la [North Main] Street": a street address,
# with the house number said before it.
_EN_STREET_WORDS = r"street|avenue|road|drive|boulevard|blvd|lane|court|parkway|st|ave|rd"
_EN_STREET_WORD_AFTER = re.compile(rf"\s+(?:{_EN_STREET_WORDS})\b\.?", re.I)
_ENDS_IN_EN_STREET_WORD = re.compile(rf"\s(?:{_EN_STREET_WORDS})\.?$", re.I)
# A business named by where it is: "Walgreens on Fifth and Main", "the cvs on elm street".
# Its name is one rare word (rarer than a word of the street's own frame: "lives",
# "pharmacy") that no list calls medical.
_BUSINESS_ON = re.compile(r"\b([^\W\d_][\w'&-]*)\s+(?:on|at|off)\s+$", re.I)
_BUSINESS_RANK = 10000
_ON = re.compile(r"\s+(?:on|at|off)\s+", re.I)
_IN = re.compile(r"\s+(?:in|en|de)\s+", re.I)
_A_THE_BEFORE = re.compile(r"\b(?:the|el|la)\s+$", re.I)
_AND = re.compile(r"\s+(?:and|y|e)\s+", re.I)
_NEAR_BEFORE = re.compile(r"\b(?:near|off|corner\s+of|esquina\s+de|entre|cerca\s+de)\s+$",
                          re.I)
# A corner said with its first street found: its second after "y" or "and".
_CORNER_SAID = re.compile(r"\b(?:esquina|entre|corner|between)\b", re.I)
_AND_A_STREET = re.compile(_AND.pattern + r"([^\W\d_]+)", re.I)
_STREET_WORD_RANK = 1000  # a word more frequent than this is no street's name in lower case
# A building of a complex, said after its street or name: "Building C", "bldg 4", "tower
# two", "torre B", "edificio 3", "bloque cuatro".
_BUILDING = re.compile(r",?\s+(?:building|bldg\.?|tower|edificio|torre|bloque)\s+"
                       r"(?:(?:number|número|numero|no\.?)\s+)?(?:(?-i:[A-Z])\b|(?-i:[b-hj-z])\b|"
                       r"\d{1,4}[a-z]?\b|"
                       r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                       r"uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\b)", re.I)
# The quarter of a city a street lies in, said after it, and in Colombia the house's number
# after that: "la calle cuarenta y uno del noroeste", "1155 NW 41st Street Northwest"
# (not "north of"), "carrera 43A número 18 sur 135".
_QUARTER_AFTER = {
    "en": re.compile(r"\s+(?:northwest|northeast|southwest|southeast|north|south|east|west|"
                     r"n\.?w\.?|n\.?e\.?|s\.?w\.?)\b(?!\s+(?:of|side|end)\b)", re.I),
    "es": re.compile(r"\s+(?:del\s+)?(?:noroeste|nordeste|noreste|suroeste|sudoeste|sureste|"
                     r"sudeste|norte|sur|este|oeste|poniente|oriente)\b", re.I)}
# The building said before its unit: "building c apartment three oh four", "edificio b
# departamento 12".
_BUILDING_BEFORE = re.compile(r"\b(?:building|bldg\.?|tower|edificio|torre|bloque)\s+"
                              r"(?:[a-z]|\d{1,3}|one|two|three|four|five|six|seven|eight|nine|"
                              r"ten|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)"
                              r"\s*,?\s*$", re.I)
_ENDS_IN_QUARTER = re.compile(r"\b(?:sur|norte|este|oeste)$", re.I)
# Between a street's quarter and its Colombian house number: "sur 135", "Sur-135".
_HOUSE_GAP = re.compile(r"\s*[-\u2013]?\s*")


def _with_quarter(text: str, end: int, ceiling: int, language: str) -> int:
    if language not in _QUARTER_AFTER:
        return end
    quarter = _QUARTER_AFTER[language].match(text, end, ceiling)
    if quarter is not None:
        end = quarter.end()
    elif not _ENDS_IN_QUARTER.search(text, max(0, end - 12), end):
        return end
    if language != "es":
        return end
    runs = number_runs(text[end:ceiling], "es")
    if runs and _HOUSE_GAP.fullmatch(text, end, end + runs[0].start):
        end += runs[0].end
    return end


def street_widened(text: str, start: int, end: int, window_start: int, ceiling: int,
                   language: str) -> tuple[int, int]:
    """A found street's span once its quarter, its Spanish article ("la calle cuarta") and
    the building said before its unit are taken in."""
    end = with_road_number(text, start, _with_quarter(text, end, ceiling, language), ceiling,
                            language)
    said = ARTICLE_BEFORE.search(text, window_start, start) \
        if language == "es" and _STREET_KIND_FIRST.match(text, start) else None
    start = said.start(1) if said is not None else start  # "la calle cuarta"
    said = _BUILDING_BEFORE.search(text, window_start, start)
    start = said.start() if said is not None and said.end() == start else start
    return start, end


# A road named by its number, found without it: "13850 [Highway] 85", "4417 [County Road]
# 12", "twelve hundred [county road] fourteen".
_ENDS_IN_NUMBERED_ROAD = re.compile(r"\b(?:highway|hwy|route|rte|rt|county\s+road|state\s+road|"
                                    r"farm\s+road|ranch\s+road|interstate)\.?$", re.I)
_TIME_OR_DISTANCE_AFTER = re.compile(r"\s+(?:minutes?|mins?|hours?|hrs?|miles?|mi|km|"
                                     r"kilometers?|blocks?|exits?)\b", re.I)


def with_road_number(text: str, start: int, end: int, ceiling: int, language: str) -> int:
    """Where a street found without its road's number ends with it ("13850 [Highway] 85");
    not a time or a distance said after the road ("500 highway 30 minutes north")."""
    if language != "en" or not _ENDS_IN_NUMBERED_ROAD.search(text, start, end):
        return end
    runs = number_runs(text[end:min(ceiling, end + 30)], "en")
    if runs and not text[end:end + runs[0].start].strip() and len(runs[0].digits) <= 4 \
            and not _TIME_OR_DISTANCE_AFTER.match(text, end + runs[0].end):
        return end + runs[0].end
    return end


def us_street_in_spanish(text: str, start: int, end: int, floor: int, ceiling: int
                         ) -> Entity | None:
    """A US street said in Spanish with its English street word, found as a name or a
    place: "el 1310 de la [East Washington] Avenue", "el 1310 de la [Sunset Drive]"; the
    house number said before it taken in."""
    street_word = _EN_STREET_WORD_AFTER.match(text, end, ceiling)
    number = number_of_street(text, start, needs_the=False)
    number = number if number >= floor else start
    street_end = street_word.end() if street_word is not None else (
        end if number < start and _ENDS_IN_EN_STREET_WORD.search(text, start, end) else None)
    return None if street_end is None else Entity("STREET_ADDRESS", number, street_end)


def joined_places(text: str, entities: list[Entity]) -> list[Entity]:
    """A place and the street it is on, or the town it is in, found apart, are one place:
    "[the cvs] on [elm street]", "[Sunrise Poultry] off [Route 9]", "[the Tyson plant] in
    [Noel]", "[hospital Jackson Memorial] en [Miami]"; so is a business read as a person
    after "the" ("the [kroger] on [sawmill road]"), and a town read as one ("[the Tyson
    plant] in [noel]")."""
    joined: list[Entity] = []
    for entity in _with_buildings(text, entities):
        last = joined[-1] if joined else None
        if last is not None and (last.type == "LOCATION" or _A_THE_BEFORE.search(
                text, max(0, last.start - 6), last.start)) and (
                (entity.type == "STREET_ADDRESS" and _ON.fullmatch(text, last.end, entity.start))
                or (entity.type in ("LOCATION", "PERSON")
                    and _IN.fullmatch(text, last.end, entity.start))):
            joined[-1] = Entity("LOCATION", last.start, entity.end)
        elif last is not None and last.type in ("PERSON", "LOCATION") \
                and entity.type in ("PERSON", "LOCATION") \
                and _AND.fullmatch(text, last.end, entity.start) \
                and _NEAR_BEFORE.search(text, max(0, last.start - 20), last.start):
            joined[-1] = Entity("STREET_ADDRESS", last.start, entity.end)  # "near [bolsa]
            # and [brookhurst]": a corner, its "and" hidden with it
        else:
            joined.append(entity)
    return joined


def _with_buildings(text: str, entities: list[Entity]) -> list[Entity]:
    """A place or street and the building said after it are one address, and so is the
    unit said after the building: "[Oak Hollow Apartments], Building C, [Unit 12]", "[calle
    Ceres 14], torre 2". A building alone ("the lab in building C") is left."""
    out: list[Entity] = []
    for index, entity in enumerate(entities):
        if out and out[-1].end > entity.start:
            continue  # taken in with the building before it
        building = _BUILDING.match(text, entity.end) \
            if entity.type in ("LOCATION", "STREET_ADDRESS") else None
        if building is None:
            out.append(Entity(entity.type, entity.start, _second_street(text, entity)))
            continue
        end = building.end()
        following = entities[index + 1] if index + 1 < len(entities) else None
        if following is not None and following.type == "STREET_ADDRESS" \
                and not text[end:following.start].strip(" ,"):
            end = following.end  # "..., Building C, Unit 12"
        out.append(Entity(entity.type, entity.start, end))
    return out


def _second_street(text: str, entity: Entity) -> int:
    """The end of a corner's second street when only the first was found: "[la esquina de
    hidalgo] y allende", "[the corner of Bolsa] and Brookhurst"."""
    if entity.type != "STREET_ADDRESS" or not _CORNER_SAID.search(text, entity.start,
                                                                    entity.end):
        return entity.end
    second = _AND_A_STREET.match(text, entity.end)
    if second is None:
        return entity.end
    key = fold(second.group(1))
    if common("es").get(key, _STREET_WORD_RANK) < _STREET_WORD_RANK \
            and common("en").get(key, _STREET_WORD_RANK) < _STREET_WORD_RANK \
            and not second.group(1)[0].isupper():
        return entity.end  # "... y me dijo": grammar, no street
    if is_medical(text, second.start(1), second.end(1), key, "es"):
        return entity.end
    return second.end(1)


def business_before(text: str, floor: int, start: int) -> int:
    """Where a street address starts with the business named before it, if one is."""
    said = _BUSINESS_ON.search(text, floor, start)
    if said is None or said.end() != start:
        return start
    word = said.group(1)
    rank = common("en").get(word.lower())
    if (rank is not None and rank < _BUSINESS_RANK) or is_medical(
            text, said.start(1), said.end(1), word.lower(), "en"):
        return start
    return said.start()


# An English street found by its name alone, with its house number said before it and a
# cue of an address before that: "the pharmacy at 3862 Broadway", "it's fifteen ninety
# magnolia", "we're outside fifty one twenty north kedzie". Three digits at least: "she is
# 94 ellen", "talked to 15 jordan" say an age and a count.
_HOUSE_CUE = re.compile(r"\b(?:at|on|to|outside|is|it's|its|address)\s+$", re.I)
_HOUSE_DIGITS = (3, 5)
_NUMBER_BEFORE_CHARS = 40
# A number that is a year, a clock time after "at", or a price or reading said before it:
# "is 1990 washington", "at 1030 nguyen", "the copay is 400 walgreens", "bp is 150 austin".
_A_YEAR = range(1900, 2031)
_TIME_CUE = re.compile(r"\b(?:at|by|around|until|till)\s+$", re.I)
_PRICE_OR_READING_BEFORE = re.compile(r"\b(?:copay|co-pay|bill|cost|costs|price|pay|paid|owe|"
                                      r"charge|deductible|bp|pressure|sugar|glucose|pulse|"
                                      r"weight|temp|rate|count)\b[^.?!]{0,15}$", re.I)


def english_house_before(text: str, start: int, floor: int) -> int:
    """Where an English street found at ``start`` begins with its house number; ``start``
    when no number with a cue of an address comes right before it."""
    window = max(floor, start - _NUMBER_BEFORE_CHARS)
    runs = number_runs(text[window:start], "en")
    if not runs or text[window + runs[-1].end:start].strip():
        return start
    run, run_start = runs[-1], window + runs[-1].start
    if not _HOUSE_DIGITS[0] <= len(run.digits) <= _HOUSE_DIGITS[1] or not run.digits.isdigit() \
            or not _HOUSE_CUE.search(text, max(0, run_start - 12), run_start) \
            or int(run.digits) in _A_YEAR \
            or _PRICE_OR_READING_BEFORE.search(text, max(0, run_start - 40), run_start):
        return start
    hour, minutes = divmod(int(run.digits), 100)
    if 1 <= hour <= 12 and minutes < 60 and _TIME_CUE.search(text, max(0, run_start - 12),
                                                              run_start):
        return start  # "at 1030", "at ten fifteen": a time
    return run_start
