"""Names and places found by word lists, not by capital letters: ASR writes "ellen
marsh" in lower case, and spaCy's NER misses most lower-case names.

Philter's approach (UCSF's clinical-notes de-identifier): know the ordinary words
(a safe list with the name-words taken out) and treat name-like words as names. Each
token is one of: a stop word (never part of a name without a trigger), a medical
term (never redacted here), a common word, a name-word that is not a common word
("strong"), a name-word that is also a common word ("ambiguous": rosa, hunt, will), or
unknown (in no list: rare surnames, foreign names). A run of name-like tokens becomes
a PERSON when it holds a strong or unknown token, a given name beside a surname, or a
capitalised word mid-sentence; gazetteer places and runs after "I live in" / "vivo
en" become LOCATIONs. The lists and their licences are in ``data/build.py``.
The thresholds and the token are in ``gazetteer_tokens.py``, the place rules in
``gazetteer_places.py``; this module keeps the token kinds and the name runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.businesses import is_product
from redaction.contexts import (
    EN_PLACE_HEADS,
    FACILITY_AFTER,
    INDOOR_AND_TIME_NOUNS,
    LOCATION_TRIGGER,
    NAME_AFTER,
    NAME_CONTEXT,
    PLACE_PREFIXES,
)
from redaction.english_spans import names_a_thing, verb_not_place
from redaction.everyday_places_es import EVERYDAY_PLACES_ES
from redaction.gazetteer_places import PlaceFinder
from redaction.gazetteer_tokens import (
    AGED,
    ARTICLES,
    CLITIC_BEFORE,
    COMMON_RANK,
    EN_NAME_VERBS,
    EN_WEEKDAYS,
    FREQUENT_SURNAME_RANK,
    KIN_BEFORE,
    LANGUAGE_SPOKEN,
    MONTH_WORDS,
    NAME_PARTICLES,
    NAME_RANK,
    NOT_INITIALS,
    NUMBER_WORD,
    RARE_RANK,
    SAINTS,
    STOP_RANK,
    TECHNICAL_RANK,
    TOKEN,
    Token,
    adjacent,
    mid_sentence_capital,
    never_names,
    starts_a_sentence,
    verb_with_its_object,
    written_in_case,
)
from redaction.homes import home_town_at
from redaction.lexicon import KIN_AND_TITLES
from redaction.medical import APOSTROPHES, DRUG_CONTEXT, is_medical
from redaction.personal_a_es import personal_a_before, subject_first
from redaction.recognizers import SpeechRecognizer, result
from redaction.towns import all_places
from redaction.wordlists import common, fold, given_not_words, names, places, without_enye

# Words after which a given name names a thing, a saint or a drink, not someone in the
# room: "use the john", "a bloody mary", "galletas maría", "baño maría", "ave maría",
# "agua del carmen", "hierba luisa", "san juan".
_NOT_A_PERSON_BEFORE = re.compile(
    r"\b(?:the|a|an|bloody|hail|galletas?|baño|bano|virgen|ave|ay|santa|santo|san|santísima|"
    r"del|hierba|yerba|agua|té|te|calle|avenida|colonia|barrio)\s+$", re.I)
# Endings of Spanish verb forms, rare as words go but no surname when no list holds them:
# "estoy con marta vomitando", "con diego sangrando".
_VERB_FORM_ES = re.compile(r"(?:ando|iendo|yendo|aba|aban|ían|aron|ieron)$")  # not "-ado":
# surnames end so ("nevado", "machado")

__all__ = ["COMMON_RANK", "LOCATION_TRIGGER", "NAME_CONTEXT", "NAME_RANK", "RARE_RANK",
           "STOP_RANK", "TECHNICAL_RANK",
           "GazetteerRecognizer", "Token", "common", "fold", "names", "places",
           "starts_a_sentence", "verb_with_its_object",
           "without_enye"]  # the word lists and thresholds, re-exported


# Words after which a person is named ("my daughter is rose walker", "referred me to mark
# rich"): there a lower-case name in a text that capitalises is still a name.
_PERSON_SLOT = re.compile(r"\b(?:is|was|named|called|to|with|see|saw|ask|for|by|from)\s+$",
                          re.IGNORECASE)

# Whose home, said with a given name ("la casa de gloria"), unless the words name a kind
# of house ("casa de salud", "casa de cambio").
_HOME_OF = re.compile(r"\b(?:la|en)\s+casa\s+de\s+$", re.I)
_KINDS_OF_HOUSE = frozenset("""salud reposo cambio empeno huespedes campo retiro citas descanso
oracion dios acogida dia playa munecas caridad beneficencia misericordia cultura moneda
gobierno piedra madera adobe carton lamina asistencia""".split())
# With whom someone is, not what they are treated with: "i was staying with yashawini",
# "we went with dalbir".
_IN_COMPANY = re.compile(r"\b(?:stay|stays|stayed|staying|live|lives|lived|living|was|were|"
                         r"went|go|goes|going|came|come|comes|coming|talked|spoke|met|"
                         r"moved\s+in|hung\s+out|hanging\s+out|along)\s+with\s+$", re.I)


class GazetteerRecognizer(PlaceFinder, SpeechRecognizer):
    """PERSON and LOCATION from name and place lists, case-insensitively."""

    ENTITIES = ["PERSON", "LOCATION"]

    def __init__(self, language: str) -> None:
        super().__init__(language)
        self._names, self._places = names(), all_places()
        self._common = without_enye(language)
        self._never = never_names(language)
        self._english = common("en")

    def tokens(self, text: str) -> list[Token]:
        out = []
        for match in TOKEN.finditer(text):
            key = fold(match.group())
            out.append(Token(match.start(), match.end(), match.group(), key,
                             self._kind(text, match.start(), match.end(), key)))
        return out

    def _kind(self, text: str, start: int, end: int, key: str) -> str:
        rank = self._common.get(key)
        if key in self._never or len(key) < 2 or (rank is not None and rank < STOP_RANK) \
                or NUMBER_WORD.match(key):
            return "stop"
        if self.supported_language == "en" and (LANGUAGE_SPOKEN.match(text, start) or (
                LANGUAGE_SPOKEN.match(text, text.rfind(" ", 0, max(0, start - 1)) + 1)
                and text[start - 1:start] == " ")):
            return "stop"  # "he doesn't speak English": a language, and its verb
        if AGED.search(key):
            return "stop"  # "forty-two-year-old": an age, said the clinical way
        if "-" in key and key in self._places:
            return "unknown"  # "wilkes-barre": a place as a whole, not its parts' endings
        parts = key.split("-")
        if len(parts) > 1 and self.supported_language == "en" and key not in self._names \
                and any(len(part) >= 3 or not re.search("[aeiouy]", part) for part in parts) \
                and all(self._common.get(part, RARE_RANK) < NAME_RANK["en"] or len(part) < 3
                        for part in parts):
            return "common"  # "post-op", "follow-up": frequent words joined, no name
            # or a sound ("mm-hm"); short syllables alone are a name's: "ji-ho"
        if is_medical(text, start, end, key, self.supported_language):
            return "medical"
        if is_product(key):
            return "common"  # "my toyota broke down", "a laptop from dell": a product
        if key in self._names:
            common_rank = COMMON_RANK[self.supported_language]
            return "strong" if rank is None or rank >= common_rank or (
                key in given_not_words(self.supported_language)
                and not _NOT_A_PERSON_BEFORE.search(text, 0, start)) else "ambiguous"
        base = re.sub(rf"[{APOSTROPHES}]s$", "", key)
        if rank is not None or base in self._common or len(key) < 4:
            return "common"
        if self.supported_language == "es" and key in self._english:
            return "common"  # English words in Spanish speech are brand names: "Keppra"
        if DRUG_CONTEXT.search(text[:start]) and not _IN_COMPANY.search(text, 0, start):
            return "common"  # "takes entresto": a medicine no list knows yet; not
            # "staying with yashawini"
        return "unknown"

    def find(self, text: str) -> Iterator[RecognizerResult]:
        tokens = self.tokens(text)
        taken: set[int] = set()
        for first, last in self._place_spans(text, tokens):
            if first == last and tokens[first].key in EN_NAME_VERBS and starts_a_sentence(
                    text, tokens[first].start) and verb_not_place(text, tokens[first].end):
                continue  # "Page the doctor": a verb and its object, no town (Page, AZ)
            if self._product(text, tokens, first, last):
                continue  # "el nissan de mi hermano": a car, not the town
            taken.update(range(first, last + 1))
            first, last = self._widened(text, tokens, first, last)
            yield result("LOCATION", tokens[first].start, tokens[last].end,
                         self.recognizer_name)
        for first, last in self._runs(text, tokens, taken):
            if self._product(text, tokens, first, last):
                continue  # "compré el inhalador en mercado libre": a shop online
            entity, first = self._run_type(text, tokens, first, last)
            if entity == "PERSON" and first > 0 and tokens[first - 1].key in SAINTS \
                    and adjacent(text, tokens[first - 1], tokens[first]):
                entity = "LOCATION"  # "san cornelio": a saint's name is a place's
            if entity == "PERSON" and self.supported_language == "en" and last > first \
                    and tokens[first].key in SAINTS:
                entity = "LOCATION"  # "it's san hermelinda los altos": a town, said in English
            if entity == "LOCATION":
                first, last = self._widened(text, tokens, first, last)
            if entity:
                yield result(entity, tokens[first].start, tokens[last].end,
                             self.recognizer_name)
        for token in tokens:  # "vive en palmilla": a town no list holds (homes.py)
            if home_town_at(text[:token.start], token.kind, self._common.get(token.key),
                            self.supported_language) \
                    and not any(is_medical(text, token.start, token.end, key,
                                           self.supported_language)
                                for key in {token.key, token.key.removesuffix("s")}):
                yield result("LOCATION", token.start, token.end, self.recognizer_name)

    @staticmethod
    def _product(text: str, tokens: list[Token], first: int, last: int) -> bool:
        """Are these words a product or service of the employers' list ("nissan", "mercado
        libre")? ``businesses`` finds them where someone works there."""
        return is_product(text[tokens[first].start:tokens[last].end])

    def _runs(self, text: str, tokens: list[Token], taken: set[int]
              ) -> Iterator[tuple[int, int]]:
        """Maximal runs of name-like tokens joined by spaces only, through Spanish name
        particles ("hurtado de león", "abril de la cruz"). A name-word already taken as a
        place joins a run ("maría luisa arenas bravo": Arenas is a town too); a run of
        places only is left to the places."""
        run: list[int] = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            joined = bool(run) and adjacent(text, tokens[run[-1]], token)
            capital_after_name = bool(run) and joined and token.kind == "common" \
                and tokens[run[-1]].kind in ("strong", "unknown") \
                and mid_sentence_capital(text, token)  # "Nicanor Hervia"
            after_name = bool(run) and joined and self._surname_after(tokens, run, i)
            name_like = ((self._name_like(text, token) or capital_after_name or after_name
                          or self._capital_given_name(text, tokens, i)) \
                and not (i in taken and token.kind == "common")) \
                or (joined and self._inside_name(text, tokens, i))
            surname_at = self._surname_after_particles(text, tokens, i) \
                if run and joined and not name_like else 0
            if name_like:
                if run and not joined:
                    yield from self._unless_all_taken(run, taken)
                    run = []
                run.append(i)
            elif surname_at:
                run.extend(range(i, surname_at + 1))
                i = surname_at
            elif run:
                yield from self._unless_all_taken(run, taken)
                run = []
            i += 1
        if run:
            yield from self._unless_all_taken(run, taken)

    def _lone_word(self, text: str, token: Token) -> bool:
        """A lone lower-case Spanish word of middling frequency that is also a name,
        with no name cue before it: an ordinary word. (After a relative, a frequent word
        that is a surname only stays a name: "mi suegra blanco"; reading it as the verb,
        "mi mamá sigue", hid no person on the sets but leaked surnames a review wrote.)
        Not a given name that is no word ("diego", "paula"): a name wherever it stands."""
        rank = self._common.get(token.key)
        return self.supported_language == "es" and token.raw.islower() \
            and rank is not None and rank < RARE_RANK \
            and token.key not in given_not_words("es") \
            and not NAME_CONTEXT["es"].search(text[:token.start]) \
            and not self._kin_of_several(text, token.end)

    @staticmethod
    def _kin_of_several(text: str, end: int) -> bool:
        """Names said together before whose kin they are: "luz y amparo son mis tías"
        (one alone is too often a verb: "la que maneja es mi cuñada")."""
        kin = NAME_AFTER["es"].match(text, end)
        return kin is not None and re.search(r"\b(?:son|eran|fueron)\b", kin.group()) is not None

    def _surname_after(self, tokens: list[Token], run: list[int], i: int) -> bool:
        """Spanish names: a rare word after a given name is a surname ("wilfredo ribes",
        "nicanor hervia"), and a surname-list word after a given name and a surname is
        the second surname, even a frequent word ("amelia carrero guerra")."""
        if self.supported_language != "es":
            return False
        token, last = tokens[i], tokens[run[-1]]
        if token.key in self._never or token.kind == "medical":
            return False
        rank = self._common.get(token.key)
        if token.kind == "common" and (rank is None or rank >= RARE_RANK) \
                and not _VERB_FORM_ES.search(token.key) \
                and "F" in self._names.get(last.key, "") and last.kind == "strong":
            return True
        return len(run) >= 2 and "L" in self._names.get(token.key, "") \
            and "F" in self._names.get(tokens[run[0]].key, "") \
            and "L" in self._names.get(last.key, "") and last.kind != "stop"

    def _inside_name(self, text: str, tokens: list[Token], i: int) -> bool:
        """A middle initial ("anel d soto", "Blanca E. Verdugo"), a name-word that is
        also a month or a kin word ("leandro mayo moles", "azahar abril alberto"), or a
        surname that is also a frequent word right after a given name ("víctor guerra
        zaragoza", "ana casas vidal"), between two name-like words."""
        token = tokens[i]
        initial = len(token.key) == 1 and token.key not in NOT_INITIALS[self.supported_language]
        name_word = token.kind == "stop" and token.key in self._names \
            and (token.key in MONTH_WORDS or token.key in KIN_AND_TITLES)
        rank = self._common.get(token.key, STOP_RANK)
        frequent_surname = token.kind == "stop" and token.key not in self._never \
            and rank >= FREQUENT_SURNAME_RANK and "L" in self._names.get(token.key, "") \
            and i > 0 and "F" in self._names.get(tokens[i - 1].key, "")
        return (initial or name_word or frequent_surname) and i + 1 < len(tokens) \
            and adjacent(text, token, tokens[i + 1]) \
            and self._name_like(text, tokens[i + 1])

    def _capital_given_name(self, text: str, tokens: list[Token], i: int) -> bool:
        """A frequent English word that is a given name, capitalised mid-sentence right
        before a capitalised name: "his name is Will Sandoval", "Long Nguyen"."""
        token = tokens[i]
        return self.supported_language == "en" and token.kind == "stop" \
            and token.key not in MONTH_WORDS | EN_WEEKDAYS | KIN_AND_TITLES \
            and "F" in self._names.get(token.key, "") \
            and mid_sentence_capital(text, token) and i + 1 < len(tokens) \
            and adjacent(text, token, tokens[i + 1]) \
            and mid_sentence_capital(text, tokens[i + 1]) \
            and self._name_like(text, tokens[i + 1])

    @staticmethod
    def _unless_all_taken(run: list[int], taken: set[int]) -> Iterator[tuple[int, int]]:
        if not all(i in taken for i in run):
            yield run[0], run[-1]

    def _surname_after_particles(self, text: str, tokens: list[Token], i: int) -> int:
        """The index of the surname after "de", "del", "de la", "de los" at ``i`` (0 if
        none): the word after the particles must be a surname-list word or unknown."""
        j = i
        while j < len(tokens) and j - i < 2 and tokens[j].key in NAME_PARTICLES \
                and adjacent(text, tokens[j - 1], tokens[j]):
            j += 1
        if j == i or j >= len(tokens) or tokens[i].key not in ("de", "del") \
                or not adjacent(text, tokens[j - 1], tokens[j]):
            return 0
        after = tokens[j]
        surname = "L" in self._names.get(after.key, "") or after.kind == "unknown"
        return j if surname and after.kind not in ("stop", "medical") else 0

    def _name_like(self, text: str, token: Token) -> bool:
        if self.supported_language == "es" and token.raw.islower() and (
                CLITIC_BEFORE.search(text, max(0, token.start - 8), token.start)
                or (token.raw.endswith("ó") and self._common.get(token.key, RARE_RANK) < 5000)):
            return False  # a verb: "me arden los ojos", "mi mamá murió" (Arden, Murió)
        if token.kind in ("strong", "ambiguous", "unknown"):
            return True
        return token.kind == "common" and mid_sentence_capital(text, token) \
            and token.key in self._names

    def _run_type(self, text: str, tokens: list[Token], first: int, last: int
                  ) -> tuple[str, int]:
        """The run's type ("" for none) and its first token, which moves back over a
        place prefix ("in north stephanie", "en san pedro sula")."""
        trigger = LOCATION_TRIGGER[self.supported_language]
        if trigger.search(text[:tokens[first].start]):
            return "LOCATION", first
        if first > 0 and tokens[first - 1].key in PLACE_PREFIXES \
                and trigger.search(text[:tokens[first - 1].start]):
            if first == last and tokens[first - 1].key in ARTICLES \
                    and tokens[first].raw.islower() \
                    and (tokens[first].key in INDOOR_AND_TIME_NOUNS
                         or tokens[first].key in EVERYDAY_PLACES_ES):
                return "", first  # "estuve en el área de curaciones", "en la tienda"
            return "LOCATION", first - 1
        if self.supported_language == "en" and first > 0 \
                and tokens[first - 1].key in EN_PLACE_HEADS \
                and adjacent(text, tokens[first - 1], tokens[first]):
            return "LOCATION", first - 1  # "that's new jackborough", "past east john"
        if self.supported_language == "en" and last > first \
                and tokens[first].key in EN_PLACE_HEADS:
            return "LOCATION", first  # "west crystal": the head is name-like itself
        if self.supported_language == "en" and FACILITY_AFTER.match(text, tokens[last].end):
            return "LOCATION", first  # "at corvallis regional", a town's hospital
        run = tokens[first:last + 1]
        if len(run) == 1 and run[0].key in EN_NAME_VERBS and starts_a_sentence(
                text, run[0].start) and verb_with_its_object(text, run[0].key, run[0].end,
                                             self.supported_language):
            return "", first  # "Bill me later", "Sue me": a verb and its object
        if len(run) == 1 and self.supported_language == "es" and (
                personal_a_before(text, run[0].start, self._common.get(run[0].key))
                or subject_first(text, run[0].start, run[0].end,
                                 self._common.get(run[0].key))):
            return "PERSON", first  # "vi a maría", "Rosa la trae" (personal_a_es)
        if _HOME_OF.search(text, 0, run[0].start) and run[0].key not in _KINDS_OF_HOUSE \
                and "F" in self._names.get(run[0].key, ""):
            # whose home: "fuimos a la casa de gloria"; not "la casa de salud"
            return "PERSON", first
        if len(run) == 1 and self._lone_word(text, run[0]):
            return "", first  # "respiro hondo": a Spanish word first, a name by chance
        if any(t.kind == "strong" for t in run):
            return "PERSON", first
        unknown = sum(t.kind == "unknown" for t in run)
        if unknown and (self.supported_language == "en" or len(run) > 1):
            return "PERSON", first  # "ninioluwa", "kosoko": in no list
        # Spanish ordinary words are less well listed than English ones (clinical words
        # and new drug names are missing): a lone unknown word needs a capital or context.
        if self.supported_language == "en" and KIN_BEFORE.search(text[:run[0].start]) \
                and all(t.raw.islower() and "F" not in self._names.get(t.key, "")
                        and self._common.get(t.key, RARE_RANK) < NAME_RANK["en"] for t in run):
            return "", first  # "my daughter speak english": a frequent word, no given name
        if NAME_CONTEXT[self.supported_language].search(text[:run[0].start]):
            return "PERSON", first  # "my husband amy", "la doctora plana"
        if NAME_AFTER[self.supported_language].match(text, run[-1].end):
            return "PERSON", first  # "for louis, my daughter"
        if any(mid_sentence_capital(text, t) for t in run if t.kind != "common"):
            return "PERSON", first
        flags = [self._names.get(t.key, "") for t in run]
        if len(run) >= 2 and "F" in flags[0] and any("L" in f for f in flags[1:]) \
                and not (self.supported_language == "en" and written_in_case(text)
                         and any(t.raw.islower() for t in run)
                         and (names_a_thing(run[0].key, run[1].key)
                              or not _PERSON_SLOT.search(text, 0, run[0].start))):
            return "PERSON", first  # "juan garcía", "ray walker"; not "Rose water" in a
            # text that capitalises its names
        return "", first
