"""Street addresses in the order most of the world writes them, and unit lines.

The English recognizer in ``contact.py`` knows the US order, house number first and a
street word last ("77 Birch Lane"). Most countries put the name first and the number
after it, and their street word is their own: "Alpenstrasse 23", "Frankfurter Allee
79", "Kerkstraat 14", "Storgatan 3", "Jalonkatu 34" (the word glued onto the name),
"Rua das Flores 12", "ul. Mickiewicza 7", "Via Roma 5" (the word before the name),
"Dózsa György út 50", "Gosposka ulica 8" (the word after it as its own word), and
"23 rue de la Paix" (France: the number first). Many streets carry no street word at
all ("Jeronýmova 1960", "Ilichova 26"); a name no dictionary knows, between a building
number and a house number or after a preposition of place, is taken for one. Addresses
copied from forms often carry an extra number in front ("149 Alpenstrasse 23"), and a
unit line stands alone ("Suite 544", "Apt. 058", "apartment five b").

Every rule works on tokens, words and numbers, so the same rule reads a written
address and a transcribed one ("one hundred forty nine alpenstrasse twenty three").
Spanish street words are read by ``streets_es`` in Spanish speech; here they serve
English speech, where a Spanish address is also said ("Paseo Junquera 80").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.acronyms import clinical_acronyms
from redaction.gazetteer import COMMON_RANK, STOP_RANK, common, fold
from redaction.medical import APOSTROPHES, DRUG_CONTEXT, is_medical
from redaction.numbers import number_runs
from redaction.recognizers import _UNITS_AFTER, SpeechRecognizer, result
from redaction.streets_intl_shapes import (
    BEFORE_NUMBER,
    BIS,
    MAX_HOUSE_DIGITS,
    MAX_NAME_WORDS,
    MAX_TOWN_WORDS,
    MONTHS,
    NOT_STREET_NAMES,
    NUMBER_LABELS,
    PLACE_CUES,
    SAID_LETTER,
    SAME_LINE,
    STREET_WORD,
    TAIL,
    TOWN_GAP,
    WEAK_NUMBERS,
    WRITTEN_NUMBER,
    YEAR,
    Piece,
    number_before,
    unit_value_end,
)
from redaction.streets_intl_words import (
    AFTER_NAME,
    BEFORE_NAME,
    CHAINED_UNITS,
    GLUED,
    HOMOGRAPHS,
    HOSPITAL_UNIT,
    IBERIAN_BEFORE,
    MIN_STEM,
    PARTICLES,
    POST_BOX,
    UNITS,
    WING,
)


class IntlStreetRecognizer(SpeechRecognizer):
    """Street addresses in name-then-number order, in many languages; unit lines."""

    ENTITIES = ["STREET_ADDRESS", "LOCATION"]

    def __init__(self, language: str) -> None:
        super().__init__(language)
        self._common = common(language)
        self._english = common("en")
        before = BEFORE_NAME if language == "es" else BEFORE_NAME | IBERIAN_BEFORE
        self._before = before

    def find(self, text: str) -> Iterator[RecognizerResult]:
        ends = set()
        for start, end in set(self.spans(text)):
            yield result("STREET_ADDRESS", start, end, self.recognizer_name)
            ends.add(end)
        for end in ends if self.supported_language == "en" else ():  # es: streets_es
            town = self.town_after(text, end)
            if town:
                yield result("LOCATION", *town, self.recognizer_name)

    def town_after(self, text: str, end: int) -> tuple[int, int] | None:
        """The town right after a street address ("Keskiortentie 98, GETA", "ul.
        Saturna 91\nBiałystok", "... suite eight hundred gdańsk poland"): up to three
        words on the same or the next line, at least one of them no ordinary word, or
        written in capitals after a comma or a line break. Towns abroad are in no list."""
        gap = TOWN_GAP.match(text, end)
        assert gap is not None  # the pattern matches the empty string
        words: list[re.Match[str]] = []
        for match in STREET_WORD.finditer(text, gap.end()):
            between = text[words[-1].end():match.start()] if words else ""
            key = fold(match.group())
            if len(words) == MAX_TOWN_WORDS or (words and not re.fullmatch(r"[ \t-]", between)):
                break
            if key in PARTICLES and words:
                words.append(match)
                continue
            if self._stop(key) or key in NOT_STREET_NAMES or key in UNITS or is_medical(
                    text, match.start(), match.end(), key, self.supported_language):
                break
            words.append(match)
        while words and fold(words[-1].group()) in PARTICLES:
            words.pop()
        if not words:
            return None
        broken = bool(re.search(r"[,\n]", text[end:gap.end()]))
        if any(self._unknown(text, Piece(w.start(), w.end(), fold(w.group()), w.group()))
               or (broken and w.group().isupper() and len(w.group()) > 2)
               for w in words):
            return words[0].start(), words[-1].end()
        return None

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        tokens = self._tokens(text)
        for i, token in enumerate(tokens):
            if token.number:
                yield from self._unknown_between_numbers(text, tokens, i)
                continue
            key = token.key
            if key in self._before and self._can_lead(text, tokens, i):
                yield from self._type_first(text, tokens, i)
            if key in AFTER_NAME:
                yield from self._type_after(text, tokens, i)
            if self._glued(key):
                yield from self._type_glued(text, tokens, i)
            if key in UNITS:
                yield from self._unit_line(text, tokens, i)
            if key in PLACE_CUES:
                yield from self._after_cue(text, tokens, i)
        for match in POST_BOX.finditer(text):
            number = next((t for t in tokens if t.number and t.start == match.end()), None)
            if number:
                yield match.start(), number.end

    # -- tokens -------------------------------------------------------------------------

    def _tokens(self, text: str) -> list[Piece]:
        spans = []
        for run in number_runs(text, self.supported_language):
            if re.search(r"[^\W\d_]", text[run.start:run.end]):
                spans.append((run.start, run.end, run.digits))  # "one hundred forty nine"
            else:  # written numbers apart: "Lindenstrasse 14, 8004 Zürich"
                for match in WRITTEN_NUMBER.finditer(text, run.start, run.end):
                    bis = BIS.match(text, match.end())  # "12 bis rue de la Paix"
                    spans.append((match.start(), bis.end() if bis else match.end(),
                                  re.sub(r"\D", "", match.group())))
        taken = [False] * (len(text) + 1)
        for start, end, _ in spans:
            taken[start:end] = [True] * (end - start)
        for match in WRITTEN_NUMBER.finditer(text):  # "12a", "12-14", "7/3"
            if not any(taken[match.start():match.end()]):
                spans.append((match.start(), match.end(), re.sub(r"\D", "", match.group())))
                taken[match.start():match.end()] = [True] * (match.end() - match.start())
        tokens = [Piece(s, e, "", text[s:e], digits) for s, e, digits in spans]
        for match in STREET_WORD.finditer(text):
            if not taken[match.start()]:
                tokens.append(Piece(match.start(), match.end(), fold(match.group()),
                                     match.group()))
        return sorted(tokens, key=lambda t: t.start)

    @staticmethod
    def _joined(text: str, left: Piece, right: Piece, gap: re.Pattern[str] = SAME_LINE
                ) -> bool:
        return gap.fullmatch(text, left.end, right.start) is not None

    def _stop(self, key: str) -> bool:
        rank = self._common.get(key)
        return key not in PARTICLES and rank is not None and rank < STOP_RANK

    def _unknown(self, text: str, token: Piece) -> bool:
        """A word no dictionary of ordinary words knows: what a street named after a
        person or a place is made of ("Ilichova", "Joaquin Suarez"); "ward" is known."""
        key = token.key
        stem = re.sub(rf"[{APOSTROPHES}].*", "", key)
        if not key or len(key) < 3 or key in NOT_STREET_NAMES or key in UNITS \
                or (stem != key and stem in self._common):
            return False  # "i'm", "we're": no name
        if is_medical(text, token.start, token.end, key, self.supported_language) \
                or key in clinical_acronyms():
            return False  # "ferritin nine mcv seventy one": a lab read out, no street
        rank = self._common.get(key)
        return rank is None or rank >= COMMON_RANK[self.supported_language]

    def _glued(self, key: str) -> bool:
        match = GLUED.search(key)
        if not match or match.start() < MIN_STEM:
            return False
        return key not in self._english and key not in self._common

    def _house_number(self, text: str, tokens: list[Piece], j: int) -> int | None:
        """The end of the house number at ``tokens[j]`` (and of a unit after it), or
        None when it is no house number ("via email 2 days")."""
        left = tokens[j - 1]
        if j + 1 < len(tokens) and tokens[j].key in NUMBER_LABELS and tokens[j + 1].number:
            j += 1  # "Istiklal Caddesi No: 5", "Rue du Bac, number 5"
        if j >= len(tokens) or not tokens[j].number \
                or not self._joined(text, left, tokens[j], BEFORE_NUMBER):
            return None
        number = tokens[j]
        if sum(c.isdigit() for c in number.raw) > MAX_HOUSE_DIGITS \
                or _UNITS_AFTER.match(text[number.end:]):
            return None
        end = number.end
        letter = SAID_LETTER.match(text, end)
        end = letter.end() if letter else end
        for _ in range(2):  # "10 m. 5", "No:45 D:3"
            tail = TAIL.match(text, end)
            end = tail.end() if tail else end
        while j + 1 < len(tokens) and tokens[j + 1].start < end:
            j += 1  # the tail's own tokens
        return self._unit_after(text, tokens, j + 1, end)

    def _unit_after(self, text: str, tokens: list[Piece], j: int, end: int) -> int:
        """ "Kantstrasse 40 Apt. 330", "Nr. 63 Bl. 25 Sc. 49 Ap. 351": the units after."""
        for _ in range(4):
            number = self._unit_number(text, tokens, j, chained=True)
            if not (number and re.fullmatch(r"[ \t]*,?[ \t]*", text[end:tokens[j].start])):
                break
            end = unit_value_end(text, number)
            j = tokens.index(number) + 1
        return end

    def _unit_number(self, text: str, tokens: list[Piece], i: int, chained: bool = False
                     ) -> Piece | None:
        """The number after the unit word at ``tokens[i]``: "Apt. 5", "apartment number
        five"; after a street (``chained``) a block's, a stair's or a floor's too."""
        units = UNITS | CHAINED_UNITS if chained else UNITS
        if i >= len(tokens) or tokens[i].key not in units:
            return None
        j = i + 1
        if j + 1 < len(tokens) and tokens[j].key in NUMBER_LABELS:
            j += 1
        if j < len(tokens) and tokens[j].number \
                and BEFORE_NUMBER.fullmatch(text, tokens[i].end, tokens[j].start):
            return tokens[j]
        return None

    def _name_after(self, text: str, tokens: list[Piece], i: int) -> int:
        """Index of the last name word after ``tokens[i]`` (``i`` if none): words on the
        same line, no stop words, a number inside only before more name ("Avenida 25
        Abril 41")."""
        last, words, j = i, 0, i + 1
        while j < len(tokens) and self._joined(text, tokens[j - 1], tokens[j]):
            token = tokens[j]
            if token.number:  # a date that names the street: "Avenida 25 de Abril 41"
                if words or (token.raw.isdigit() and len(token.raw) > 2) \
                        or j + 1 >= len(tokens) or tokens[j + 1].number \
                        or not self._joined(text, token, tokens[j + 1]) \
                        or not (tokens[j + 1].key in PARTICLES
                                or tokens[j + 1].key in MONTHS) \
                        or not self._has_number_after(text, tokens, j + 1):
                    break
            elif self._stop(token.key) or token.key in UNITS:
                break
            elif token.key not in PARTICLES:
                words += 1
                if words > MAX_NAME_WORDS:
                    break
            last, j = j, j + 1
        return last

    def _has_number_after(self, text: str, tokens: list[Piece], j: int) -> bool:
        k = self._name_after(text, tokens, j)
        return k + 1 < len(tokens) and tokens[k + 1].number

    def _names_before(self, text: str, tokens: list[Piece], i: int, most: int) -> int:
        """Index of the first name word before ``tokens[i]`` (``i`` if none)."""
        first, j, words = i, i - 1, 0
        while j >= 0 and words < most and not tokens[j].number \
                and self._joined(text, tokens[j], tokens[j + 1]) \
                and not self._stop(tokens[j].key) and tokens[j].key not in UNITS:
            words += tokens[j].key not in PARTICLES
            first, j = j, j - 1
        while first < i and tokens[first].key in PARTICLES:
            first += 1  # a street name starts with a name, not with "de"
        return first

    def _can_lead(self, text: str, tokens: list[Piece], i: int) -> bool:
        key = tokens[i].key
        if key == "al" and i > 0 and tokens[i - 1].key == "et":
            return False  # "Smith et al. 2019"
        if key not in HOMOGRAPHS:
            return True
        if len(key) <= 2 and not (text[tokens[i].end:tokens[i].end + 1] == "."
                                  or tokens[i].raw[0].isupper()):
            return i > 0 and tokens[i - 1].number  # "r são silvestre" after its number
        return i + 1 < len(tokens) and (self._unknown(text, tokens[i + 1])
                                        or tokens[i + 1].raw[:1].isupper())

    # -- the rules ----------------------------------------------------------------------

    def _type_first(self, text: str, tokens: list[Piece], i: int) -> Iterator[tuple[int, int]]:
        """ "Rua das Flores 12", "ul. Saturna 91"; or "23 rue de la Paix"."""
        last = self._name_after(text, tokens, i)
        if last == i:
            return
        end = self._house_number(text, tokens, last + 1)
        start = number_before(text, tokens, i, comma=True)
        if end is not None:
            yield start, end
        elif start < tokens[i].start and tokens[i].key not in HOMOGRAPHS:
            yield start, tokens[last].end

    def _type_after(self, text: str, tokens: list[Piece], i: int) -> Iterator[tuple[int, int]]:
        """ "Frankfurter Allee 79", "Dózsa György út 50", "Opplands gate 8"."""
        first = self._names_before(text, tokens, i, most=3)
        if first == i:
            return
        if tokens[i].key in HOMOGRAPHS and not any(
                self._unknown(text, t) for t in tokens[first:i]):
            return
        end = self._house_number(text, tokens, i + 1)
        if end is not None:
            yield number_before(text, tokens, first), end

    def _type_glued(self, text: str, tokens: list[Piece], i: int) -> Iterator[tuple[int, int]]:
        """ "Alpenstrasse 23", "Frans van Mierisplein 148"; the words before it go when
        a building number comes before them or they are written with capitals."""
        end = self._house_number(text, tokens, i + 1)
        if end is None:
            start = number_before(text, tokens, i)
            if start < tokens[i].start:  # "14 Kerkstraat", as an English speaker says it
                yield start, tokens[i].end
            return
        first = self._names_before(text, tokens, i, most=3)
        numbered = number_before(text, tokens, first) < tokens[first].start
        if not numbered:
            while first < i and not tokens[first].raw[:1].isupper():
                first += 1
        yield number_before(text, tokens, first), end

    def _unit_line(self, text: str, tokens: list[Piece], i: int) -> Iterator[tuple[int, int]]:
        """ "Suite 544", "Apt. 058", "apartment five b", "flat 3"."""
        number = self._unit_number(text, tokens, i)
        if number is None:
            return
        if tokens[i].key == "unit" and (
                (i > 0 and tokens[i - 1].number
                 and self._joined(text, tokens[i - 1], tokens[i]))
                or HOSPITAL_UNIT.search(text, max(0, tokens[i].start - 40), tokens[i].start)
                or WING.match(text, number.end)
                or re.search(r"\b(?:the|this|that|our|same)\s+$", text[:tokens[i].start], re.I)):
            return  # "10 unit 12": a dose; "ICU, unit 3", "unit 4 east": the hospital's
        if tokens[i].key in ("suite", "ste", "unit") and re.search(
                r"\b(?:floor|clinic|office|building|hospital|center|centre|practice|the|our)"
                r"\b[\s,]*$", text[max(0, tokens[i].start - 30):tokens[i].start], re.I):
            return  # "the clinic on the second floor, suite 200": where the care is
        if sum(c.isdigit() for c in number.raw) <= MAX_HOUSE_DIGITS \
                and not _UNITS_AFTER.match(text[number.end:]):
            yield tokens[i].start, unit_value_end(text, number)

    def _unknown_between_numbers(self, text: str, tokens: list[Piece], i: int
                                 ) -> Iterator[tuple[int, int]]:
        """ "7390 Jeronýmova 1960", "2560 Rincon 9082": a name no dictionary knows
        between a building number and a house number."""
        j = i + 1
        while j < len(tokens) and j - i <= 3 and not tokens[j].number \
                and self._joined(text, tokens[j - 1], tokens[j]) \
                and (self._unknown(text, tokens[j]) or tokens[j].key in PARTICLES):
            j += 1
        if j > i + 1 and any(self._unknown(text, t) for t in tokens[i + 1:j]) \
                and tokens[i].raw.lower() not in WEAK_NUMBERS:
            end = self._house_number(text, tokens, j)
            if end is not None:
                yield tokens[i].start, end

    def _after_cue(self, text: str, tokens: list[Piece], i: int) -> Iterator[tuple[int, int]]:
        """ "lived in Ilichova 26", "the bus station is on Glynitveien 218"."""
        j = i + 1
        while j < len(tokens) and j - i <= 3 and not tokens[j].number \
                and self._joined(text, tokens[j - 1], tokens[j], re.compile(r"[ \t:]*")) \
                and self._unknown(text, tokens[j]):
            j += 1
        if j > i + 1 and j < len(tokens) and tokens[j].number \
                and not YEAR.fullmatch(tokens[j].digits) \
                and not DRUG_CONTEXT.search(text[max(0, tokens[i].start - 40):tokens[i].end]) \
                and not re.match(r"\s*(?:per|a|an|por)\b", text[tokens[j].end:], re.I) \
                and not _UNITS_AFTER.match(text[tokens[j].end:]):
            # "born in Tallinn 2015"; "started him on leqembi 10 per kilo": a dose
            end = self._house_number(text, tokens, j)
            if end is not None:
                yield tokens[i + 1].start, end
