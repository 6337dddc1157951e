"""Spanish given names that are also frequent words, said in lower case as the subject
of a verb: "juan me trae las pastillas", "y luis me lleva al doctor", "ayer vino
pedro". The word lists rank "juan", "pedro", "luis", "rosa" among the frequent Spanish
words (the frequency lists count them, the dictionary accepts them in lower case), so
the gazetteer needs more than the word to call one a name; in speech, with no capital,
the grammar is what shows it.

Two frames, each a person's and not a thing's:
- the name opens a clause and an object pronoun follows it, then a verb: "rosa me pone
  la insulina", "y juan se fue" (a thing would take an article: "la luz me molesta");
- a verb of coming, calling or saying, then the name, then the clause ends or goes on
  with "a", "y", "con", "que": "ayer vino pedro a verme", "me dijo luis que ...".
A medicine or condition word ("dolores me dan") is never taken, and only a given name
of the census files: Philter's list also holds "tomo", "casi" and "hoy".

A nickname is a person's name too, said with its article: "el Güero", "la Chata", "el
flaco y la güera me llevaron", "con el pelón". Its words are ordinary adjectives (what
someone looks like), so only the article and what follows show it stands for somebody:
the clause goes on with a pronoun and a verb, "y" and another person, a comma, or it
ends; or "con", "a", "de" go before it; or it is written with a capital mid-sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.recognizers import SpeechRecognizer, result
from redaction.wordlists import census_given_names

_WORD = re.compile(r"[^\W\d_]+")
# Given names that are first of all what a patient has or takes, in lower case:
# "dolores me dan en la noche", "remedios me dan muchos".
_CLINICAL_NAMES = frozenset({"dolores", "remedios", "angustias", "socorro"})
# Adverbs of place that fold to a census name ("allá" -> Alla): "y allá me dijeron".
_PLACE_ADVERBS = frozenset({"alla", "aca", "alli", "aqui", "ahi", "ahora", "asi"})
# Verbs that a census name spells, said before a pronoun in speech: "mira te digo",
# "dale le dije".
_VERBS = frozenset({"mira", "deja", "dale", "dan", "lee", "manda", "sean", "cierra", "viva",
                    "bebe", "echo", "dara", "debera", "verla", "alta", "cara", "corazon"})
# Where a clause opens: the start, a mark, a conjunction or a time word.
_CLAUSE_OPENS = re.compile(r"(?:^|[.,;:!?¿¡]\s*|\b(?:y|e|pero|que|porque|pues|ahora|ayer|"
                           r"hoy|también|tambien|siempre|nomás|nomas|solo|sólo|entonces|"
                           r"luego|este|bueno|o\s+sea)\s+)$", re.I)
# "lo" and "la" are articles too ("y mira la receta"): left out.
_CLITIC_AND_VERB = re.compile(r"\s+(?:me|te|le|nos|les|se)\s+"
                              r"(?!(?:de|del|que|y|e|o|a|en|con|por|para)\b)[^\W\d_]{2,}",
                              re.I)
_COMING_OR_SAYING = re.compile(r"\b(?:vino|viene|vinieron|lleg[oó]|llega|llam[oó]|llama|"
                               r"habl[oó]|dijo|dice|pas[oó]|estuvo|sali[oó]|regres[oó]|"
                               r"volvi[oó]|trajo|pregunt[oó])\s+$", re.I)
# Nicknames from looks or manner, said with an article ("el güero", "la chata"); not the
# words that name a pill's colour, a toe, withdrawal, a child or death as often ("la
# negra", "el gordo", "el mono", "la nena", "la flaca"), nor a language or a food ("el
# chino").
_NICKNAMES = frozenset("""
guero guera guerito guerita guicho flaco flaquito chato chata chaparro chaparra chaparrito
chaparrita pelon pelona prieto prieta catire catira zurdo zurda chueco chueca cholo chola
chapo canelo chele chela
""".split())
_ARTICLE = re.compile(r"\b(?:el|la|al|del)\s+$", re.I)
_NICKNAME_SAID = re.compile(r"\s*(?:$|[.,;:!?]|(?:y|e)\s+(?:el|la|mi|su|don|doña|dona)\b|"
                            r"(?:me|te|le|nos|les|se|ya|no|siempre|nunca|también|tambien|"
                            r"dijo|dice|es|era|fue|vino|llegó|llego|estaba|está|esta|tiene|"
                            r"trajo|llevó|llevo|llamó|llamo)\b)", re.I)
_NICKNAME_AFTER = re.compile(r"\b(?:con|a|de|para|y)\s+$", re.I)
# Who does something, said after it: "la que me cuida es mercedes", "el que me lleva a
# diálisis es franco", "quien me trajo fue blanca".
_THE_ONE_WHO = re.compile(r"\b(?:(?:la|el)\s+que|quien)\s+(?:[^\W\d_]+\s+){1,4}?"
                          r"(?:es|era|fue|será|sera)\s+", re.I)
_A_THING_GIVEN = re.compile(r"\b(?:dieron|dio|den|recet\w*|tomo|toma|tom[eé]|pusieron|"
                           r"puso|compr\w*|mandaron|mand[oó]|vendieron|uso|usa)\b", re.I)
_CLAUSE_GOES_ON = re.compile(r"\s*(?:$|[.,;:!?]|(?:a|y|e|con|que|para|ayer|hoy|ahorita|"
                             r"también|tambien)\b)", re.I)


class SubjectNameRecognizer(SpeechRecognizer):
    """PERSON: a given name that is also a frequent word, as the subject of a verb."""

    ENTITIES = ["PERSON"]

    def find(self, text: str) -> Iterator[RecognizerResult]:
        if self.supported_language != "es":
            return
        from redaction.gazetteer import COMMON_RANK, STOP_RANK, fold, without_enye
        from redaction.lexicon import NOT_NAMES
        from redaction.medical import is_medical

        ordinary = without_enye("es")
        for word in _WORD.finditer(text):
            raw, key = word.group(), fold(word.group())
            rank = ordinary.get(key)
            if not raw.islower() or key not in census_given_names() or key in NOT_NAMES \
                    or key in _CLINICAL_NAMES or key in _PLACE_ADVERBS or key in _VERBS \
                    or rank is None or not STOP_RANK <= rank < COMMON_RANK["es"]:
                continue  # the gazetteer judges rare and capitalised names itself
            before = text[max(0, word.start() - 30):word.start()]
            subject = _CLAUSE_OPENS.search(before) is not None \
                and _CLITIC_AND_VERB.match(text, word.end()) is not None
            named = _COMING_OR_SAYING.search(before) is not None \
                and _CLAUSE_GOES_ON.match(text, word.end()) is not None
            if (subject or named) and not is_medical(text, word.start(), word.end(), key,
                                                     "es"):
                yield result("PERSON", word.start(), word.end(), self.recognizer_name)
        yield from self._nicknames(text)
        yield from self._the_one_who(text)

    def _the_one_who(self, text: str) -> Iterator[RecognizerResult]:
        """ "la que me cuida es mercedes", "el que me trae es primitivo": who does it,
        said last, a given name whatever word it also is."""
        from redaction.gazetteer import fold
        from redaction.lexicon import KIN_AND_TITLES, NOT_NAMES
        from redaction.medical import is_medical
        from redaction.wordlists import names

        for frame in _THE_ONE_WHO.finditer(text):
            word = _WORD.match(text, frame.end())
            if word is None or not _CLAUSE_GOES_ON.match(text, word.end()):
                continue
            key = fold(word.group())
            if _A_THING_GIVEN.search(frame.group()):
                continue  # "la que me dieron es rosa": a pill's colour
            if "F" in names().get(key, "") and key not in KIN_AND_TITLES \
                    and key not in NOT_NAMES and key not in _CLINICAL_NAMES \
                    and not is_medical(text, word.start(), word.end(), key, "es"):
                yield result("PERSON", word.start(), word.end(), self.recognizer_name)

    def _nicknames(self, text: str) -> Iterator[RecognizerResult]:
        from redaction.gazetteer import fold

        for word in _WORD.finditer(text):
            if fold(word.group()) not in _NICKNAMES:
                continue
            article = _ARTICLE.search(text, max(0, word.start() - 4), word.start())
            if article is None:
                continue
            capital = word.group()[0].isupper() and article.group()[0].islower()
            said = _NICKNAME_SAID.match(text, word.end()) is not None \
                or _NICKNAME_AFTER.search(text, max(0, article.start() - 6),
                                          article.start()) is not None
            if capital or said:
                yield result("PERSON", word.start(), word.end(), self.recognizer_name)
