"""Where people live: street addresses (with spoken house numbers), ZIP and postal codes.
E-mail and web addresses read aloud are ``email_spoken``'s."""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.address_said import said_address_parts
from redaction.corners import A_COUNT, street_corners
from redaction.dates import said_dates
from redaction.gazetteer import fold, places
from redaction.houses_described import described_houses
from redaction.lexicon import EN_TEENS, EN_TENS, ES_TEENS, ES_TENS
from redaction.numbers import number_runs, run_after
from redaction.place_particles import particle_places
from redaction.recognizers import (
    _UNITS_AFTER,
    PLUS_FOUR,
    SpeechRecognizer,
    result,
)
from redaction.routes import BOX, numbered_roads
from redaction.streets_bare import bare_streets
from redaction.streets_es import spanish_streets


class AddressRecognizer(SpeechRecognizer):
    """Street addresses (with spoken house numbers) and ZIP / postal codes."""

    ENTITIES = ["STREET_ADDRESS", "ZIP_CODE", "LOCATION"]
    # USPS street suffixes (Publication 28), the common ones and their abbreviations.
    _SUFFIXES = (
        "street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|"
        "pl|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|trail|trl|square|sq|plaza|plz|"
        "crescent|cres|keys?|walks?|isle|plains?|brooks?|valleys?|vly|station|sta|village|"
        "vlg|branch|br|rue|vista|rapids|fields?|cape|radial|meadows?|forge|orchard|trace|"
        "ports?|inlet|motorway|mission|loaf|alley|aly|bend|bluffs?|bridge|brg|burgs?|"
        "bypass|canyon|cyn|causeway|cliffs?|commons?|corners?|cor|"
        "courts|cove|creek|crk|crest|crossing|xing|crossroad|curve|dale|dam|divide|drives|"
        "estates?|expressway|expy|extensions?|ferry|flats?|fords?|forest|forks?|fort|"
        "freeway|fwy|gardens?|gdns|gateway|glens?|greens?|groves?|harbors?|haven|heights|hts|"
        "hills?|hollow|islands?|junctions?|jct|knolls?|lakes?|landing|locks?|"
        "manors?|mews|mount|mountains?|mtn|overpass|"
        "pike|pines?|prairie|ranch|ridges?|river|"
        "shoals?|shores?|skyway|springs?|spurs?|squares|streams?|"
        "turnpike|underpass|wharf|rows?|tracks?|rapids?|forges?|run|pass|path|paths|"
        "points?|pt|ramp|routes?|rte|summit|tunnel|unions?|views?|villes?|wells?|lights?|"
        "loops?|mall|mills?|neck|oval|parks?|plains|ports|radials?|ridge|roads|rds|"
        "streets|sts|avenues|aves|boulevards|lanes|ways|circles|terraces|places|trails|"
        "heights|crossings|arcade|annex|anex|beach|bottom|btm|camp|center|ctr|centers|"
        "club|common|corner|course|crse|curv|estate|falls?|field|flat|ford|fork|garden|"
        "gardens|grove|harbor|hbr|hill|hls|hl|inlet|island|isles|junction|key|knoll|lake|"
        "lakes|land|lndg|lodge|manor|meadow|mountain|orchards?|overlook|parkways|passage|"
        "pines|plaza|point|port|prairie|ridge|shore|spring|square|station|stravenue|"
        "throughway|trafficway|trak|trce|trailer|valley|vista|vis|walk|wall|xrd|coves|rest|"
        "via|viaduct|villages|"
        # the UK's, Ireland's and Australia's, and South Asia's (the word for a market
        # square, a road, a neighbourhood: "50 Chada Chowk", "12 Gandhi Marg")
        "parade|esplanade|promenade|quay|grange|vale|circus|broadway|wynd|brae|concourse|"
        "chowk|marg|nagar|ganj|gali|bazaar|bazar|vihar|enclave"
    )
    _NOT_IN_STREET_NAMES = (
        r"(?:the|at|after|before|for|in|of|to|and|with|from|on|by|a|an|my|his|her|since|"
        r"ago|years?|months?|weeks?|days?|hours?|times|el|la|los|las|en|y|con|por|hace|"
        r"años|meses|semanas|días|dias|horas|veces|"
        # pronouns start a clause, never a street's name: "the one who drives me"
        r"who|which|that|i|you|he|she|it|we|they|me|him|us|them)"
    )
    # "point" before a digit is a decimal ("eight point one percent"), not a street's suffix.
    # A hesitation may stand inside the name: "north, uh, lincoln boulevard". A name
    # stays on its line ("Lisinopril 10\nMetformin 1000\nWalk daily" is a list). A
    # direction or a title written short keeps its period ("455 W. Fairview Dr.", "9 Mt.
    # Vernon Ave.", "12 Martin Luther King Jr. Blvd."); no other word does, so a sentence's
    # end is not crossed ("take 2 pills. Oak Street ...").
    _ABBREVIATED = r"(?:[nsew]|ne|nw|se|sw|mt|ft|st|jr|sr|[ns]\.[ew])\."
    _EN_STREET = re.compile(
        rf"\b(?:(?!{_NOT_IN_STREET_NAMES}\b)(?:{_ABBREVIATED}|[\w'-]+)"
        r"(?:[ \t]+|,?[ \t]+(?:um+|uh+|er),?[ \t]+))"
        rf"{{0,4}}"
        rf"(?:{_SUFFIXES})\b"
        r"(?!(?<=point)\s+(?:\d|zero|oh|one|two|three|four|five|six|seven|eight|nine)\b)\.?",
        re.I)
    # The unit after the street: "apt 3B", "unit one hundred forty four", "trlr 295", "lot
    # c"; its number may be said as words, after a hesitation.
    _UNIT = re.compile(
        r",?\s*(?:apartment|apt\.?|unit|suite|ste\.?|number|no\.?|#|trailer|trlr\.?|lot|"
        r"space|spc\.?|room|rm\.?|building|bldg\.?|floor|fl\.?|apartamento|apto\.?|"
        # not the start of a longer word: "9 Vernon Ave now", "Main St fleming"
        r"departamento|depto\.?|interior|int\.?|número|numero)(?![^\W\d_])[\s,]*"
        r"(?:(?:um|uh|eh),?\s+)?",
        re.I)
    # The street that crosses a numbered road, said after it: "route thirty eight and
    # cuthbert boulevard" (a corner's other street; only the street words that are no
    # verb: "and then drive home" is none).
    _CROSS_STREET = re.compile(
        rf"\s+(?:and|&)\s+(?!{_NOT_IN_STREET_NAMES}\b|then\b)(?:[\w'-]+\s+){{1,2}}"
        r"(?:street|st|avenue|ave|boulevard|blvd|road|rd|lane|ln|parkway|pkwy|highway|hwy)"
        r"\b\.?", re.I)
    # The floor said by its ordinal: "second floor", "3rd fl", "ground floor".
    _FLOOR = re.compile(
        r",?\s*(?:ground|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
        r"eleventh|twelfth|top|\d{1,2}(?:st|nd|rd|th))\s+(?:floor|fl)\b\.?", re.I)
    _UNIT_LAST = re.compile(r"\b(?:trailer|lot|space)$", re.I)  # suffix and unit both
    # The unit said first: "apartment four at twenty two main street", "unit 5, 1200 ...".
    _UNIT_BEFORE = re.compile(
        r"\b(?:apartment|apt\.?|unit|suite|ste\.?|room|rm\.?|trailer|lot)\s*#?\s*"
        r"(?:(?:\d+[a-z]?|[a-z]|(?:[a-z]+[ -]){0,2}[a-z]+)\s*(?:,|at|in)\s*)?$", re.I)
    _UNIT_VALUE = re.compile(r"[\w-]+(?:\s+[a-z]\b)?", re.I)
    _UNIT_LETTER = re.compile(r"\s*[a-z]\b(?!')", re.I)
    # PO boxes: "P.O. Box 1123", "po box eleven twenty three", "apartado postal 45",
    # "Apdo. 1183".
    _PO_BOX = {
        "en": re.compile(r"\b(?:p\.?\s?o\.?|post office)\s*box\s*(?:number|no\.?|#)?\s*",
                         re.I),
        # (and a US box said in Spanish: "al P.O. Box 1207", "al pe o box doce cero siete")
        "es": re.compile(r"\b(?:(?:apartado|apdo\.?|casilla)(?:\s+(?:postal|de correos?))?|"
                         r"(?:p\.?\s?o\.?|pe\s+o|post\s+office)\s*box)\s*"
                         r"(?:n[úu]mero|no\.?|#)?\s*", re.I),
    }
    # A US state's postal code after a capitalised place and a comma, or before a ZIP:
    # "Ames, OR", "Dayton, OH 45402". Upper case only: "or", "in", "me" are words.
    _STATE_CODE = re.compile(
        r"\b[A-Z][a-z][\w'-]*,\s*((?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|"
        r"MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|"
        r"WV|WI|WY|PR|AS|GU|MP|VI|FM|MH|PW|AA|AE|AP)\b)(?![\w'])")
    # US military mail: "Unit 1527 Box 5892, DPO AP 05099", "PSC 7540, Box 0917 APO AE",
    # "USNS Morgan FPO AP": the unit and box, or the ship, and the post office.
    _MILITARY = re.compile(
        r"\b(?:(?:unit|psc|cmr)\s+\d+,?\s+box\s+\d+|(?:USS|USNS|USNV|USCGC)\s+[A-Z][\w'-]+)"
        r"(?:[\s,]+[AFD]PO\s+A[AEP]\b)?|\b[AFD]PO\s+A[AEP]\b", re.I)

    def _unit_end(self, text: str, end: int) -> int:
        """The end of the unit after a street ending at ``end`` (``end`` if none)."""
        if self._UNIT_LAST.search(text, 0, end):  # "david motorway trailer 339"
            return run_after(text, end, re.compile(r"\s*"), self.supported_language)
        floor = self._FLOOR.match(text, end)
        if floor:  # "88 nostrand avenue, second floor"
            return floor.end()
        unit = self._UNIT.match(text, end)
        if not unit:
            return end
        after = run_after(text, unit.end(), re.compile(""), self.supported_language)
        if after > unit.end():
            letter = self._UNIT_LETTER.match(text, after)
            return letter.end() if letter else after
        value = self._UNIT_VALUE.match(text, unit.end())
        return value.end() if value else end

    @staticmethod
    def _with_city(text: str, end: int) -> int:
        """ "77 Birch Lane, Dayton": a capitalised place right after the street goes too."""
        city = re.match(
            r",\s*(?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]+)(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]+){0,2}", text[end:]
        )
        return end + city.end() if city else end

    def _after_zip_word(self, text: str) -> Iterator[RecognizerResult]:
        """After "zip code", "código postal", "el postal", "C.P.": the number said next,
        and any other number of five digits (or nine) in the next words ("the old zip
        was ..., the new one's ..."), said digit by digit, in pairs or as a whole number
        ("cuarenta y seis mil cuatrocientos")."""
        language = self.supported_language
        for match in _ZIP_WORDS[language].finditer(text):
            window = text[match.end():match.end() + ZIP_WINDOW_CHARS]
            if language == "es":  # "uno" is a digit here; same length, so offsets hold
                window = re.sub(r"\buno\b", "1  ", window, flags=re.I)
            dates = list(said_dates(window, language))
            for n, run in enumerate(number_runs(window, language)):
                lead = window[:run.start]
                first = n == 0 and re.fullmatch(_ZIP_LEAD[language], lead, re.I)
                if not first and any(a <= run.start < b for a, b in dates):
                    continue  # "zip 45402, and she was born june six nineteen fifty one"
                # right after the word, a code of any country ("my zip code is 4029")
                if len(run.digits) in (5, 9) or (first and len(run.digits) >= 3
                                                 and not _UNITS_AFTER.match(window[run.end:])
                                                 and not _DISTANCE.match(window[run.end:])):
                    start = match.end() + run.start
                    end = match.end() + run.end + (2 if window[run.end - 1:run.end] == "1"
                                                   and window[run.end:run.end + 2] == "  " else 0)
                    if len(run.digits) == 5:
                        end = run_after(text, end, PLUS_FOUR, language, digits=4)
                    yield result("ZIP_CODE", start, end, self.recognizer_name)

    def find(self, text: str) -> Iterator[RecognizerResult]:
        language = self.supported_language
        # A house number and a street suffix, in both languages: US addresses come up in
        # Spanish speech too ("vivo en 9667 Fulton Street").
        for run in number_runs(text, language):
            # "twenty one hundred, um, west main street": a filler before the street
            gap = _FILLER_GAP.match(text, run.end) if language == "en" else None
            filler = gap is not None and re.search(r"[^\W\d_]", gap.group()) is not None
            after = gap.end() if gap and filler else run.end + 1
            street = self._EN_STREET.match(text, pos=after) if run.end < len(text) else None
            if street and A_COUNT.match(text, run.end, street.end()):
                continue  # "a 20 minute drive", "40 minutes each way", "3 falls": no house
            if street and (filler or text[run.end : street.start()].strip() == ""):
                end = self._with_city(text, self._unit_end(text, street.end()))
                start = run.start
                hundreds = _HUNDRED_AND.search(text, 0, start)  # "nine hundred and twelve"
                if hundreds and language == "en":
                    start = hundreds.start()
                unit = self._UNIT_BEFORE.search(text, 0, start)
                start = unit.start() if unit else start
                said = _NUMBER_SAID.search(text, 0, start) if language == "en" else None
                start = said.start() if said and not unit else start
                yield result("STREET_ADDRESS", start, end, self.recognizer_name)
        for match in _LETTERED_HOUSE.finditer(text):  # "22b baker street"
            street = self._EN_STREET.match(text, match.end() + 1)
            if street and text[match.end():street.start()].strip() == "":
                end = self._with_city(text, self._unit_end(text, street.end()))
                yield result("STREET_ADDRESS", match.start(), end, self.recognizer_name)
        if language == "en":  # no house number: "i live on maple street"
            for kind, start, street_end in bare_streets(text, self._EN_STREET):
                end = self._with_city(text, self._unit_end(text, street_end))
                yield result(kind, start, end, self.recognizer_name)
        if language == "en":  # "rural route two box fifty five", "on route forty six"
            for kind, start, end in numbered_roads(text):
                cross = self._CROSS_STREET.match(text, end)  # "route 38 and cuthbert blvd"
                yield result(kind, start, cross.end() if cross else end, self.recognizer_name)
        for start, end in described_houses(text, language):  # "the blue trailer behind ..."
            yield result("STREET_ADDRESS", start, end, self.recognizer_name)
        for match in self._PO_BOX[language].finditer(text):
            end = run_after(text, match.end(), _FILLER_GAP, language)
            if end > match.end():
                yield result("STREET_ADDRESS", match.start(), end, self.recognizer_name)
        for match in self._MILITARY.finditer(text):
            yield result("STREET_ADDRESS", match.start(), match.end(), self.recognizer_name)
        for match in _MILITARY_SAID.finditer(text):  # "unit one nine zero seven box six ..."
            end = run_after(text, match.end(), re.compile(""), language)
            boxed = run_after(text, end, BOX, language) if end > match.end() else end
            if boxed > end:
                post = _MILITARY_POST.match(text, boxed)
                yield result("STREET_ADDRESS", match.start(), post.end() if post else boxed,
                             self.recognizer_name)
        for match in self._STATE_CODE.finditer(text):
            yield result("LOCATION", match.start(1), match.end(1), self.recognizer_name)
        if language == "en":  # "on fifth and main", "3 the crescent", "rose cottage"
            for kind, start, end in (*street_corners(text), *said_address_parts(text)):
                yield result(kind, start, end, self.recognizer_name)  # "sector fifteen"
            for start, end in particle_places(text):  # "from Frankfurt am Main"
                yield result("LOCATION", start, end, self.recognizer_name)
        if language == "es":
            for kind, start, end in spanish_streets(text):
                yield result(kind, start, end, self.recognizer_name)
        yield from self._after_zip_word(text)
        # Five digits alone are a ZIP or postal code more often than anything else said
        # in a clinic ("closer to 56815", "Lubbock 31512"); doses carry a unit.
        for match in re.finditer(r"(?<![\d.,/-])\d{5}(?:-\d{4})?(?!\d)(?![.,/]\d)", text):
            if not _UNITS_AFTER.match(text[match.end():]):
                yield result("ZIP_CODE", match.start(), match.end(), self.recognizer_name)
        for match in _CANADIAN_POSTAL.finditer(text):  # "M5V 2T6": upper case, as written
            yield result("ZIP_CODE", match.start(), match.end(), self.recognizer_name)
        for match in _CODE_AFTER_REGION.finditer(text):  # "VIC 3851", "GU 15-680"
            if _UNITS_AFTER.match(text[match.end():]):
                continue  # "NT 1000 units of heparin"
            group = 1 if match.group(1) else 2
            yield result("ZIP_CODE", match.start(group), match.end(group), self.recognizer_name)
        for match in _AU_STATE_SAID.finditer(text):  # "bundalaguah vic three eight five one"
            runs = number_runs(text[match.end():match.end() + 60], language)
            if runs and runs[0].start == 0 and len(runs[0].digits) == 4:
                yield result("ZIP_CODE", match.end(), match.end() + runs[0].end,
                             self.recognizer_name)
        # Spoken digit by digit, five digits are a ZIP too ("closer to five six eight one
        # five", "zero two nine, um, two five"); a phone or id number has more.
        for run in number_runs(text, language, min_digits=5):
            words = [w for w in re.split(r"[\s,]+|(?<=\d)-(?=\d)", text[run.start:run.end])
                     if fold(w) not in _FILLER_WORDS]
            pairs = sum(fold(w) in _PAIR_WORDS for w in words)  # "forty five, four oh two"
            if len(run.digits) == 5 and len(words) == 5 and pairs <= 1 \
                    and not _UNITS_AFTER.match(text[run.end:]) \
                    and not any(a <= run.start < b for a, b in said_dates(text, language)):
                end = run_after(text, run.end, PLUS_FOUR, language, digits=4)
                yield result("ZIP_CODE", run.start, end, self.recognizer_name)
        # Spoken: five digits right after a place ("phoenix massachusetts eight zero zero
        # three zero").
        dates = list(said_dates(text, language))  # "born august six nineteen seventy seven"
        for run in number_runs(text, language, min_digits=5):
            before = re.search(r"([^\W\d_]+)[\s,]+$", text[max(0, run.start - 40):run.start])
            if len(run.digits) in (5, 9) and before and fold(before.group(1)) in places() \
                    and not any(a <= run.start < b for a, b in dates):
                yield result("ZIP_CODE", run.start, run.end, self.recognizer_name)


# Hesitations said between a house number and its street, or a box and its number:
# "twenty one hundred, um, west main street", "p o box, um, five five one".
_FILLER_GAP = re.compile(r"[\s,]*(?:(?:um+|uh+|er|erm|ah|like)[\s,]+)*", re.I)
# A house number said the British way: "number nine laburnum grove", "no. 4 high street".
_NUMBER_SAID = re.compile(r"\b(?:number|no\.?)\s+$", re.I)
# A house number with its letter, as written: "22b baker street", "14A Elm Road".
_LETTERED_HOUSE = re.compile(r"\b\d{1,5}[a-h](?=\s)", re.I)
# A house number said in full: "nine hundred and twelve cedar lane".
_HUNDRED_AND = re.compile(r"\b(?:(?:one|two|three|four|five|six|seven|eight|nine|a)\s+|\d\s*)"
                          r"hundred\s+and\s+$", re.I)
# US military mail said aloud: "unit one nine zero seven box six five six seven dpo ae".
_MILITARY_SAID = re.compile(r"\b(?:unit|psc|cmr)\s+", re.I)
_MILITARY_POST = re.compile(r"[\s,]*[afd]\s?p\s?o\s+a\s?[aep]\b", re.I)
# What names a ZIP or postal code, and what may stand between it and its number.
_ZIP_WORDS = {
    "en": re.compile(r"\b(?:zip(?: ?code)?|postal code|postcode)\b", re.I),
    "es": re.compile(r"\b(?:c[oó]digo postal|postal|c\.p\.|cp)(?!\w)", re.I),
}
_ZIP_LEAD = {"en": r"(?:[\s:,?.]|\b(?:is|it's|its|was|um|uh|like|oh|the)\b)*",
             "es": r"(?:[\s:,?.]|\b(?:es|el|era|eh|este|mmm|pues)\b)*"}
_CANADIAN_POSTAL = re.compile(r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?"
                              r"\d[ABCEGHJ-NPRSTV-Z]\d\b")
# A postal code after a region's code, as addresses abroad write it: Australia's four
# digits after its state ("NSW 2000"), and "NN-NNN" after a two- or three-letter code
# (Poland). Not "NNN NN" (Czechia): after "BP" or "TA" that is a blood pressure.
_CODE_AFTER_REGION = re.compile(r"\b(?:(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)\s+(\d{4})|"
                                r"[A-Z]{2,3}\s+(\d{2}-\d{3}))(?![\w-])")
_AU_STATE_SAID = re.compile(r"\b(?:nsw|vic|qld|tas)[\s,]+", re.I)
_DISTANCE = re.compile(r"\s*(?:miles?|kil[oó]metros?|km|blocks?|cuadras?|meters?|metros?)\b",
                       re.I)
ZIP_WINDOW_CHARS = 90  # how far after "zip code" its number (or a second one) may come
# Words of a number said in pairs: a ZIP said digit by digit holds one at most ("three
# twenty three thirty nine" is a date, 3/23/39).
_PAIR_WORDS = {*EN_TEENS, *EN_TENS, *ES_TEENS, *ES_TENS}
_FILLER_WORDS = {"um", "uh", "umm", "uhh", "er", "like", "you", "know", "eh", "este", "mmm",
                 "mm", "o", "sea"}
