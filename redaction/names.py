"""Names as speech carries them: after "my name is" / "me llamo", after titles and
relatives ("my son Marcus"), in introductions ("this is frank calling"), and spelled
letter by letter ("c a r t e r")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.acronyms import SPELLING_CUE, spells_acronyms
from redaction.contexts import INDOOR_AND_TIME_NOUNS
from redaction.gazetteer import STOP_RANK, common, fold, names
from redaction.lexicon import NOT_NAMES
from redaction.medical import is_medical, is_medical_alone
from redaction.medicine_context import MEDICINE_NAMED
from redaction.name_appositives import PERSON_NOUNS
from redaction.names_told import names_told
from redaction.nicknames_es import nickname_spans
from redaction.person_frames_es import family_spans, given_name_spans
from redaction.recognizers import NUMBER_WORDS, SpeechRecognizer, result

_NEVER = re.compile(r"(?!)")
# Words this frequent end a name said after a title or "my name is".
_ORDINARY_RANK = {"en": 2000, "es": 3000}
# Words that begin a surname: "de la Cruz", "van Dijk", "O'Brien" is one word.
_SURNAME_PARTICLES = frozenset({"de", "del", "van", "von", "der", "da", "di", "du", "le",
                                "la", "dos", "das", "st", "san", "santa", "mc", "mac"})
# After a title and "de la", a surname may be as frequent a word as "fuente" or "río".
_TITLED_SURNAME_RANK = 600
# After "the doctor" these lower-case words are its verb, a given name or not: "can the
# doctor see me" ("See" is a given name). A closed list, not word frequency: "my doctor
# Long said", "the nurse Little", "my nurse love" are names (a capital is never a verb).
_ROLE_VERBS_EN = frozenset({
    "see", "saw", "sees", "seen", "said", "says", "say", "will", "would", "can", "could",
    "may", "might", "must", "shall", "should", "is", "was", "are", "were", "be", "been",
    "has", "had", "have", "does", "did", "do", "told", "tells", "asked", "asks", "gave",
    "gives", "give", "came", "comes", "come", "went", "goes", "go", "wants", "wanted",
    "thinks", "thought", "took", "takes", "take", "put", "puts", "got", "gets", "get",
    "made", "makes", "let", "lets", "left", "just", "also", "then", "already", "never",
    "always", "only", "not", "and", "or", "who", "that", "which", "here", "there", "now",
    "today", "yesterday", "again", "too", "at", "in", "on", "from", "for", "with", "about",
    "to", "of", "by", "if", "when", "but", "so", "because", "looked", "wrote",
    "knows", "know", "knew", "needs", "need", "check", "checks", "call", "calls", "ring",
    "rang", "rings", "explained", "explains", "prescribed", "changed", "sent", "send",
    "mentioned", "felt", "feels", "keeps", "kept", "tried", "tries", "used"})


# Cues that are a noun, not a statement of a name: "el paciente Ruiz", but as often "el
# paciente tiene fiebre", "nombre del medicamento": a frequent word or a verb after them
# is no name.
_NOUN_CUE = re.compile(r"(?:(?:el|la)\s+)?(?:paciente|nombre|apellidos?)(?:\s+(?:del|de\s+la|"
                       r"de\s+su|de\s+mi)\s+\w+\s+es)?", re.I)


# Pronouns before a Spanish verb ("le", "Le" is a surname too): after "el doctor" a verb
# comes, no name.
_CLITICS_ES = frozenset({"le", "les", "lo", "la", "los", "las", "me", "te", "se", "nos", "os"})

# A title right before letters: a name is spelled, whatever acronym they also spell.
_TITLE_BEFORE = re.compile(r"\b(?:dr|doctor|doctora|mr|mister|mrs|missus|ms|miss|sr|sra|"
                           r"señor|señora)\.?\s+$", re.I)


class NameRecognizer(SpeechRecognizer):
    """Names after "my name is" / "me llamo", after titles, and names spelled out."""

    ENTITIES = ["PERSON"]
    _TRIGGERS = {
        "en": r"\b(?:my name is|my name's|name is|names is|call me|i'm called|my (?:first|last|"
        r"middle|full|maiden) name is|(?:my|his|her|their|the) (?:surname|family name)"
        r"(?: is|'s)|(?:his|her|their) name is|this is (?:doctor|dr\.?|"
        r"mr\.?|mrs\.?|ms\.?|miss|nurse)|(?:patient|mother|father|wife|husband|son|"
        r"daughter|brother|sister|caregiver)(?:'s name)? is named)\s+",
        "es": r"\b(?:me llamo|mi nombre es|mi nombre completo es|mi apellido es|"
        r"mis apellidos son|se llama|(?:su|tu) nombre (?:completo )?es|llámeme|llameme|"
        r"(?:el|la) paciente|a nombre de|me conocen como|nombre|"
        # "el apellido del paciente es vargas", "el nombre de la niña es"
        r"(?:el\s+)?(?:nombre|apellido)\s+(?:del|de\s+la|de\s+su|de\s+mi)\s+(?:paciente|"
        r"niñ[oa]|bebé|bebe|señor|señora|mamá|papá|hij[oa]|espos[oa]|doctor|doctora)\s+es|"
        r"(?:el|su|tu) apellido(?:\s+es)?|apellidos?|"
        # what someone is called: "le decimos quique", "todos me dicen chayo"
        r"(?:me|le|les|nos|te|lo|la)\s+(?:dicen|decimos|llaman|llamamos|apodan|apodamos)|"
        r"(?:lo|la|los) conocen como|(?:mi|su) apodo es|"
        r"(?:^|(?<=[.,;:¿¡] ))paciente)\s+",
    }
    _TITLES = {
        "en": r"\b(?:doctor|dr\.?|mr\.?|mrs\.?|ms\.?|miss|mister|nurse|professor)\s+",
        "es": r"\b(?:doctor|doctora|dr\.?|dra\.?|señor|señora|señorita|sr\.?|sra\.?|srta\.?|"
        r"don|doña|enfermera|enfermero)\s+",
    }
    # Cues after which a name usually follows, but an ordinary word may too ("pregunte
    # por el resultado"): the first word must not be a frequent word.
    _SOFT = {
        "es": re.compile(r"\b(?:pregunte por|pregunta por|preguntar por|preguntó por|"
                         r"busco a|busque a|buscar a|hablé con|hable con|habló con|"
                         # a person as object takes "a": "llamé a chayo", "dígale a toño"
                         r"llam[eé] a|llam[oó] a|llamaron a|llamamos a|le dije a|le dijo a|"
                         r"d[ií]gale a|av[ií]sele a|preg[uú]ntele a|le pregunt[eé] a|"
                         r"le avis[eé] a|esperar a|espero a|estoy esperando a|"
                         r"vine con|vengo con|me acompaña|me cuida|de parte de|profesora?|"
                         r"maestr[oa]|ingenier[oa]|licenciad[oa]|lic\.|arquitect[oa]|"
                         r"abogad[oa]|(?:el|al|del) padre|la madre|"
                         r"(?:hij[oa]|espos[oa]|viud[oa]|niet[oa]|herman[oa]|mamá|papá|"
                         r"madre|padre) de)\s+", re.I),
    }
    # A list of names: "mis hijos son Eloy, Odalys y Francisco".
    _LIST = {
        "es": re.compile(r"\b(?:mis|sus|los|las)\s+(?:hijos|hijas|nietos|nietas|hermanos|"
                         r"hermanas|sobrinos|sobrinas|primos|primas)\s+(?:son|se llaman)\s+",
                         re.I),
    }
    _LIST_JOINER = re.compile(r"\s*(?:,\s*(?:y\s+|e\s+)?|\s+(?:y|e)\s+)")
    # "this is frank delgado calling", "soy ana ruiz, la hija de ..."
    _INTRODUCTIONS = {
        "en": r"\b(?:this is|it's|it is|i am|i'm)\s+((?:[^\W\d_]|['-])+(?:\s+(?:[^\W\d_]|['-])+)"
        r"{0,2}?)[\s,]+"
        r"(?:calling|speaking|here|from|with|for)\b",
        "es": r"\b(?:soy|habla|le habla|aquí)\s+([a-záéíóúñ'-]+(?:\s+[a-záéíóúñ'-]+){0,4}?)"
        r"[\s,]+(?:(?:la|el) (?:paciente|hija|hijo|madre|padre|mamá|papá|esposa|esposo|"
        r"abuela|abuelo|nieta|nieto|hermana|hermano|tía|tío|sobrina|sobrino|cuidadora|"
        r"cuidador|vecina|vecino|suegra|suegro|nuera|yerno)|de parte|llamando|llamo|desde|"
        r"tengo cita|tenía cita|vengo|con cita)\b",
    }
    _RELATIVES = {
        "en": r"\b(?:my|his|her|our|their)\s+(?:son|daughter|husband|wife|mother|father|mom|"
        r"dad|brother|sister|partner|grandson|granddaughter|grandmother|grandfather|"
        r"aunt|uncle|niece|nephew|cousin|friend|neighbor|neighbour|caregiver)\s+",
        "es": r"\b(?:mi|su|sus|mis)\s+(?:hijo|hija|esposo|esposa|marido|mujer|madre|padre|"
        r"mamá|papá|hermano|hermana|pareja|nieto|nieta|abuela|abuelo|tía|tío|sobrino|"
        r"sobrina|primo|prima|amigo|amiga|vecino|vecina|cuidador|cuidadora|suegra|suegro|"
        r"cuñada|cuñado|nuera|yerno|madrina|padrino|ahijada|ahijado|comadre|compadre|"
        r"bisabuela|bisabuelo|madrastra|padrastro|hijastra|hijastro)\s+",
    }
    # A name said before its role: "Quique es la cuidadora de mi mamá", "Ana es mi hija".
    _BEFORE_ROLE = {
        "es": re.compile(r"(?:^|[.,;:!?¿¡]\s*|\b(?:y|que|pero)\s+)"
                         r"([a-záéíóúñü'-]+(?:\s+[a-záéíóúñü'-]+){0,3}?)\s+(?:es|era|fue)\s+"
                         r"(?:mi|la|el|su|nuestra|nuestro)\s+(?:hij[oa]|espos[oa]|marido|"
                         r"mujer|madre|padre|mamá|papá|herman[oa]|pareja|niet[oa]|abuel[oa]|"
                         r"tí[oa]|sobrin[oa]|prim[oa]|amig[oa]|vecin[oa]|cuidador|cuidadora|"
                         r"novi[oa]|suegr[oa]|cuñad[oa]|nuera|yerno|contacto|enfermer[oa]|"
                         r"doctor|doctora|médic[oa]|trabajadora social|trabajador social)\b",
                         re.I),
    }
    # A role word after one of these is a noun, not a title ("the nurse", "la enfermera"),
    # so a verb may follow it.
    _DETERMINER = {
        "en": re.compile(r"\b(?:the|a|an|my|your|his|her|our|their|this|that|another)\s+$",
                         re.I),
        "es": re.compile(r"\b(?:el|la|un|una|mi|tu|su|este|esta|ese|esa|otro|otra)\s+$",
                         re.I),
    }
    _WORD = re.compile(r"(?:[^\W\d_]|['-])+")  # any script's letters: "miloš", "łukasz"
    # A surname's particles and the word they lead to: "de la Torre", "del Río", "de León".
    _PARTICLES = re.compile(r"(?:de\s+(?:la|las|los)|del|de)\s+((?:[^\W\d_]|['-])+)",
                            re.I)
    # not from a possessive's "s": "the patient's p t evaluation"
    _SPELLED = re.compile(r"(?<!['\u2019])\b(?:[A-Za-zÑñ][\s.,-]+){2,}[A-Za-zÑñ]\b")
    # Spanish letters read by name: "ele ele a ene o", "a eme o erre e ese".
    _ES_LETTER = (r"(?:[a-zñ]|be|ce|che|de|efe|ge|hache|jota|ka|ele|elle|eme|ene|eñe|pe|cu|"
                  r"erre|ere|ese|te|uve|uve doble|doble uve|equis|ye|i griega|zeta|ceta)")
    _ES_SPELLED = re.compile(rf"\b(?:se escribe|deletreado|apellido|nombre|letras?)[\s:,]+"
                             rf"((?:{_ES_LETTER}[\s.,-]+){{2,}}{_ES_LETTER})\b", re.I)
    # Anywhere: four or more letters read by name, two of them names no word shares
    # ("ce o ele ele a de o"): a name spelled out, whatever came before it.
    _ES_LETTER_RUN = re.compile(rf"\b(?:{_ES_LETTER}[\s.,-]+){{3,}}{_ES_LETTER}\b", re.I)
    _ES_LETTER_NAMES = {"be", "ce", "che", "efe", "ge", "hache", "jota", "ka", "ele", "elle",
                        "eme", "ene", "eñe", "pe", "cu", "erre", "ere", "uve", "equis", "zeta",
                        "ceta"}

    def find(self, text: str) -> Iterator[RecognizerResult]:
        language = self.supported_language
        for start, end in names_told(text, language):  # "will is my grandson"
            yield result("PERSON", start, end, self.recognizer_name)
        for match in re.finditer(self._TRIGGERS[language], text, re.I):
            if MEDICINE_NAMED[language].search(text[max(0, match.start() - 60):match.end()]):
                continue  # "una pastilla que se llama ...": a medicine's name
            if _NOUN_CUE.fullmatch(match.group().strip()) and self._no_name_after_noun(
                    text, match.end()):
                continue  # "el paciente tiene", "nombre del medicamento": no name
            # Spanish names run to four words: a compound given name and two surnames.
            yield from self._names_at(text, match.end(), max_words=4 if language == "es"
                                      else 3, need_capital=False, titled=True)
        for match in re.finditer(self._TITLES[language], text, re.I):
            if self._DETERMINER[language].search(text, 0, match.start()) \
                    and (first := self._WORD.match(text, match.end())) \
                    and (self._verb_like(first.group()) or (
                        language == "en" and first.group() in _ROLE_VERBS_EN)):
                continue  # "the nurse checked it": a role and its verb, not a title
            yield from self._names_at(text, match.end(), max_words=2, need_capital=False,
                                      titled=True)
        for match in re.finditer(self._INTRODUCTIONS[language], text, re.I):
            words = match.group(1).lower().split()
            if not any(w in NOT_NAMES or w in PERSON_NOUNS for w in words):  # "i am taxi
                # driver for ...": what someone does, said without its article
                yield result("PERSON", match.start(1), match.end(1), self.recognizer_name)
        for match in self._SOFT.get(language, _NEVER).finditer(text):
            first = self._WORD.match(text, match.end())
            if first and first.group().lower() not in NOT_NAMES \
                    and not self._frequent(first.group()) \
                    and fold(first.group()) not in INDOOR_AND_TIME_NOUNS \
                    and not is_medical(text, first.start(), first.end(), fold(first.group()),
                                       language):
                yield from self._names_at(text, match.end(), max_words=4, need_capital=False)
        if language == "es":  # "andamos con carla", "gracias bruno", "a carmen le dio"
            for start, end in given_name_spans(text):  # a given name and one surname
                yield result("PERSON", start, end, self.recognizer_name)
            for start, end in nickname_spans(text):  # "todos le dicen la flaca"
                yield result("PERSON", start, end, self.recognizer_name)
            for start, end in family_spans(text):  # "en casa de los olmedo"
                yield result("PERSON", start, end, self.recognizer_name)
        for match in self._LIST.get(language, _NEVER).finditer(text):
            yield from self._name_list(text, match.end())
        for match in self._BEFORE_ROLE.get(language, _NEVER).finditer(text):
            words = match.group(1).split()
            if not any(w.lower() in NOT_NAMES or self._ordinary(w) for w in words):
                yield result("PERSON", match.start(1), match.end(1), self.recognizer_name)
        for match in re.finditer(self._RELATIVES[language], text, re.I):
            yield from self._names_at(text, match.end(), max_words=3 if language == "es"
                                      else 2, need_capital=True)
        spelled = (
            r"\s+(?:spelled|spelt|that's spelled|s as in)\b"
            if language == "en"
            else r"\s+(?:se escribe|deletreado|con)\s+(?:[a-zñ][\s,.-]+){2}"
        )
        for match in re.finditer(r"((?:[^\W\d_]|['-])+)(?=" + spelled + ")", text):
            if match.group(1).lower() not in NOT_NAMES:
                yield result("PERSON", match.start(1), match.end(1), self.recognizer_name)
        if language == "es":
            for match in self._ES_SPELLED.finditer(text):
                yield result("PERSON", match.start(1), match.end(1), self.recognizer_name)
            for match in self._ES_LETTER_RUN.finditer(text):
                words = re.findall(r"[^\W\d_]+", match.group().lower())
                if sum(w in self._ES_LETTER_NAMES for w in words) >= 2 \
                        and not self._said_acronym(text, match):
                    yield result("PERSON", match.start(), match.end(), self.recognizer_name)
        for match in self._SPELLED.finditer(text):
            letters = re.findall(r"[A-Za-zÑñ]", match.group())
            if len(letters) >= 3 and not self._said_acronym(text, match) and not (
                len(letters) == 3 and match.group().lower() in ("a i a",)
            ):  # "m a r s h" is spelled; "l d l", "i c u" are said
                yield result("PERSON", match.start(), match.end(), self.recognizer_name)

    def _given_before_surname(self, text: str, word: re.Match[str]) -> bool:
        """A given name that is a word too ("will", "may", "sue"), after a title, before a
        surname no dictionary holds: "mister will okonkwo", "doctor may castellanos"."""
        following = self._WORD.match(text, word.end() + 1)
        if following is None or "F" not in names().get(fold(word.group()), ""):
            return False
        key = fold(following.group())
        return key in names() and key not in common(self.supported_language)

    def _no_name_after_noun(self, text: str, pos: int) -> bool:
        """After a noun cue ("el paciente", "nombre"), a verb, a dictionary word that no
        name list holds or grammar names no one, nor "de"/"del" before such a word
        ("nombre del medicamento"; "el paciente de la rosa" is one)."""
        first = self._WORD.match(text, pos)
        if first is None:
            return False
        word = first.group()
        if word.lower() in ("de", "del"):
            following = self._WORD.search(text, first.end())
            if following is not None and following.group().lower() in ("la", "las", "los"):
                following = self._WORD.search(text, following.end())
            key = fold(following.group()) if following is not None else ""
            return following is not None and (
                (key not in names() and key in common(self.supported_language))
                or is_medical(text, following.start(), following.end(),
                              fold(following.group()), self.supported_language))
        key = fold(word)
        rank = common(self.supported_language).get(key)
        return (rank is not None and (key not in names() or rank < STOP_RANK)) \
            or self._verb_like(word)  # "la paciente embarazada", "el paciente ya comió"

    @staticmethod
    def _said_acronym(text: str, run: re.Match[str]) -> bool:
        """Letters that spell clinical acronyms, where no name is being spelled nor a title
        says a name follows ("doctor e r n does the scopes")."""
        return spells_acronyms(run.group()) and not SPELLING_CUE.search(
            text, max(0, run.start() - 40), run.start()) and not _TITLE_BEFORE.search(
            text, max(0, run.start() - 12), run.start())

    def _name_list(self, text: str, pos: int) -> Iterator[RecognizerResult]:
        """Names joined by commas and "y", up to six of them."""
        for _ in range(6):
            found = list(self._names_at(text, pos, max_words=3, need_capital=False))
            if not found:
                return
            yield from found
            joiner = self._LIST_JOINER.match(text, found[-1].end)
            if joiner is None:
                return
            pos = joiner.end()

    def _frequent(self, word: str) -> bool:
        """A frequent word that is not a given name ("nuestro" is a surname too)."""
        key = fold(word)
        rank = common(self.supported_language).get(key)
        return rank is not None and rank < _ORDINARY_RANK[self.supported_language] \
            and "F" not in names().get(key, "")

    def _verb_like(self, word: str) -> bool:
        """A frequent word that is not a given name, or a past tense ("checked", "revisó",
        "revisaba", "decía"): what follows "the nurse" when no name does."""
        lowered = word.lower()
        if self.supported_language == "es" and word in _CLITICS_ES:  # "Le" may be a name
            return True  # "la enfermera le va a tomar", "el doctor le explicará"
        if lowered in _SURNAME_PARTICLES:
            return False  # "el doctor de la Cruz", "the doctor van Dijk"
        if self._frequent(word) or lowered in NOT_NAMES:
            return True
        endings = ("ed",) if self.supported_language == "en" else ("ó", "aba", "ía")
        return len(lowered) > 4 and lowered.endswith(endings) \
            and "F" not in names().get(fold(word), "")

    def _ordinary(self, word: str) -> bool:
        """A frequent word that no name list has, after a first name-word ("doctor
        collado anoche"): the name ended before it."""
        key = fold(word)
        rank = common(self.supported_language).get(key)
        return rank is not None and rank < _ORDINARY_RANK[self.supported_language] \
            and key not in names()

    def _surname_after_particles(self, word: str, count: int, titled: bool = False) -> bool:
        """Inside a name any word that is not ordinary ("ana de la rosa"); first after
        the cue, a capital or a word that is not frequent ("la paciente de la cama").
        After a title, "me llamo" or "el apellido es", a surname-list word that is not
        among the most frequent words nor a room, a time or a clinical word: particle
        surnames are said that way ("de la cruz", "de los santos", "del río"), where
        "la doctora de la mañana", "de guardia", "del corazón", "el paciente de las
        diez" name no one."""
        key = fold(word)
        if count:
            return not self._ordinary(word.lower()) and key not in INDOOR_AND_TIME_NOUNS
        rank = common(self.supported_language).get(key)
        if word[0].isupper() or rank is None or rank >= _ORDINARY_RANK["es"]:
            return True
        return titled and rank >= _TITLED_SURNAME_RANK and "L" in names().get(key, "") \
            and key not in INDOOR_AND_TIME_NOUNS and key not in NUMBER_WORDS \
            and not is_medical_alone(word, "es")

    def _names_at(
        self, text: str, pos: int, *, max_words: int, need_capital: bool, titled: bool = False
    ) -> Iterator[RecognizerResult]:
        start = end = pos
        count = initials = 0  # initials do not count toward max_words: "dr j k li"
        for word in self._WORD.finditer(text, pos):
            if word.start() < end:
                continue  # a word of the particles already taken
            gap = text[end : word.start()]
            after_initial = count and len(text[start:end].split()[-1].rstrip(".")) == 1
            if count and gap.strip(" ") not in ("", "-") \
                    and not (after_initial and gap.strip(" ") == "."):
                break
            lowered = word.group().lower()
            # "de la cruz" in English speech too: "my surname is de la cruz-hernández"
            particles = self._PARTICLES.match(text, word.start())
            if particles and count < max_words and particles.group(1).lower() not in NOT_NAMES \
                    and particles.group(1).lower() not in NUMBER_WORDS \
                    and self._surname_after_particles(particles.group(1), count, titled):
                # a number after "de" is no surname: "mi mamá de ochenta y nueve años"
                start = word.start() if count == 0 else start  # "de la Torre", "del Río"
                end = particles.end()
                count += 1
                continue
            if (lowered in NOT_NAMES and not (titled and count == 0
                                              and self._given_before_surname(text, word))) \
                    or lowered in NUMBER_WORDS or count - initials >= max_words \
                    or (count and len(lowered) > 1 and self._ordinary(lowered)):
                break
            if (need_capital or (count and text[start].isupper())) and not word.group()[
                0
            ].isupper():
                break
            if count == 0:
                start = word.start()
            end = word.end()
            count += 1
            initials += len(lowered) == 1 and self.supported_language == "en"
        if count:
            yield result("PERSON", start, end, self.recognizer_name)
