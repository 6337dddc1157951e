"""Names and e-mail names spelled with example words: "B as in boy, R, I, T, T, A, N, Y",
"v as in victor o", "d like david o n o v a n", "ge de gato u eme a ene", "K, B de burro,
A, L, A, M, 7, 7, arroba Outlook".

Why: over a phone line people spell a name with a word for each hard letter, and a
transcript then holds words ("boy", "victor", "burro") between the letters, which breaks
a run of single letters into pieces too short to be a spelling; the example word itself
may even be taken for a name or place ("victor"). The example is a cue, not noise: a
letter followed by "as in" (or "like", "for", Spanish "de", "como en" and a word that
starts with that letter) is being spelled, so the whole run of letters around it is the
spelled value. Followed by "at" / "arroba" and a domain, the run is an e-mail's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from presidio_analyzer import RecognizerResult

from redaction.acronyms import clinical_acronyms
from redaction.recognizers import NUMBER_WORDS, SpeechRecognizer, result
from redaction.spelling_hints import hinted_names
from redaction.wordlists import fold

# Spanish letters read by name, and the letter each stands for.
_ES_LETTER_NAMES = {
    "be": "b", "ce": "c", "che": "c", "de": "d", "efe": "f", "ge": "g", "hache": "h",
    "jota": "j", "ka": "k", "ele": "l", "elle": "l", "eme": "m", "ene": "n", "eñe": "ñ",
    "pe": "p", "cu": "q", "erre": "r", "ere": "r", "ese": "s", "te": "t", "uve": "v",
    "ve": "v", "doble ve": "w", "uve doble": "w", "doble uve": "w", "equis": "x",
    "i griega": "y", "ye": "y", "zeta": "z", "ceta": "z",
}
_ES_LETTER = "|".join(sorted(_ES_LETTER_NAMES, key=len, reverse=True))
_LETTER = {"en": r"[a-z]", "es": rf"(?:{_ES_LETTER}|[a-zñ])"}
# "as in" needs no agreement; the other cues are words of their own elsewhere, so the
# example must start with the letter: "b for boy", "d like david", "be de burro".
_CUE = {"en": r"as\s+in|like\s+in|like|for", "es": r"de|como\s+en|como"}
_FREE_CUES = frozenset({"as in", "como en"})
_NUMBER = "|".join(sorted(NUMBER_WORDS | {"oh"}, key=len, reverse=True))
_TOKEN = {
    language: re.compile(
        rf"(?P<letter>(?P<said>{_LETTER[language]})(?:\s+(?P<cue>{_CUE[language]})"
        rf"\s+(?P<example>[^\W\d_]+))?)\b|(?P<digit>\d+|\b(?:{_NUMBER})\b)", re.I)
    for language in ("en", "es")
}
_GAP = re.compile(r"[\s,.;:-]*")
_WORD = re.compile(r"\s*\S+\s*")
_AT = {"en": re.compile(r"[\s,]+at\s+([^\W_]+)((?:\s+(?:dot|\.)\s*[^\W_]+)*)", re.I),
       "es": re.compile(r"[\s,]+arroba\s+([^\W_]+)((?:\s+(?:punto|\.)\s*[^\W_]+)*)", re.I)}
_MIN_LETTERS = 2
_MIN_EXAMPLE_CHARS = 3  # an example word ("boy", "burro"), not "it" or "la"
# Letters that are words too: they spell only beside letters that are not.
_WORD_LETTERS = {"en": frozenset({"a", "i"}),
                 "es": frozenset({"a", "e", "o", "u", "y", "de", "te", "ve", "ese"})}
_MIN_STRONG_LETTERS = 2
# Grammar words of three letters or more, never a letter's example: "t for the", "d de
# del", "p for per".
_GRAMMAR = frozenset("""the and for that this then than there their they them his her hers
its your yours our was were are per off out del las los les que una uno por con para sus
mis tus esa ese eso esta este esto""".split())
_AFTER_VITAMIN = re.compile(r"\bvitamin[ae]?\s+$", re.I)  # "vitamin d for depression"


class _Run(NamedTuple):
    """A run of spelled letters (and digits) and what was counted along it."""

    start: int
    end: int
    letters: int  # letters said
    strong: int  # letters no word shares ("b", "ka"; not "a", "de")
    free: bool  # an "as in" / "como en" example is in it
    examples: int  # letters given with an example that fits them
    digits: int
    acronym: bool  # the letters before its first "for"/"like"/"de" say a clinical acronym


def _said(words: str) -> str:
    """Lower case, one space between words ("doble  Ve" -> "doble ve")."""
    return re.sub(r"\s+", " ", words.lower())


class SpelledExampleRecognizer(SpeechRecognizer):
    """PERSON for a run of spelled letters holding an example word; EMAIL_ADDRESS when
    "at" / "arroba" and a domain follow it."""

    ENTITIES = ["PERSON", "EMAIL_ADDRESS"]

    def find(self, text: str) -> Iterator[RecognizerResult]:
        language = self.supported_language
        # "Yáñez, con ye y con eñe", "Smythe with a y": a name and how it is written
        yield from hinted_names(text, language, self.recognizer_name)
        pos = 0
        while pos < len(text):
            run = self._run(text, pos)
            if run is None:
                word = _WORD.match(text, pos)
                pos = word.end() if word else len(text)
                continue
            email = _AT[language].match(text, run.end)
            # Enough letters to be spelling: with "as in" one letter no word shares; with
            # "for", "like", "de" (words of their own) two, and three letters in all
            # ("vitamin c for colds a lot", "ve de verdad y" are no spelling).
            spelled = run.examples and (
                (run.strong >= _MIN_STRONG_LETTERS and run.letters >= 3)
                or (run.free and run.strong >= 1 and run.letters >= _MIN_LETTERS)) \
                and not _AFTER_VITAMIN.search(text, 0, run.start) and not run.acronym
            if spelled and email and run.letters + run.digits >= _MIN_LETTERS:
                yield result("EMAIL_ADDRESS", run.start, email.end(), self.recognizer_name)
            elif spelled and run.letters >= _MIN_LETTERS and not run.digits:
                yield result("PERSON", run.start, run.end, self.recognizer_name)
            pos = max(run.end, pos + 1)
            while pos < len(text) and text[pos].isspace():
                pos += 1

    def _run(self, text: str, pos: int) -> _Run | None:
        """The run of letters (and digits) starting at ``pos``, None if no letter is
        there. Its first example given with "for", "like" or "de" must not follow letters
        that say a clinical acronym ("p t for the knee", "the e d for dehydration", "a c t
        for the headaches", "de ve i hache de hoy": "de" is a word there); after "as in"
        a letter is spelled, whatever it starts."""
        if pos and (text[pos - 1].isalnum() or text[pos - 1] == "'"):
            return None
        start = end = None
        letters = strong = examples = digits = 0
        free = False
        acronym: bool | None = None  # decided at the first example
        said: list[str] = []  # the letters so far, for that decision
        words = _WORD_LETTERS[self.supported_language]
        while (token := _TOKEN[self.supported_language].match(text, pos)) is not None:
            agrees = True
            if token.group("letter"):
                letter = _said(token.group("said"))
                letters += 1
                strong += letter not in words
                said.append(self._letter(letter))
                if token.group("cue"):
                    cue = _said(token.group("cue"))
                    agrees = self._agrees(token, letter, cue)
                    examples += agrees
                    free = free or (agrees and cue in _FREE_CUES)
                    if acronym is None:
                        acronym = cue not in _FREE_CUES and any(
                            "".join(said[-size:]) in clinical_acronyms()
                            for size in (2, 3, 4) if len(said) >= size)
            else:
                digits += 1
                said.append("")
            start = token.start() if start is None else start
            end = token.end() if agrees else token.end("said")
            if not agrees:
                break  # "a de la casa", "te de manzanilla": a word, then words
            gap = _GAP.match(text, end)
            pos = gap.end() if gap else end
        if start is None or end is None:
            return None
        return _Run(start, end, letters, strong, free, examples, digits, bool(acronym))

    def _letter(self, said: str) -> str:
        """The letter a said letter stands for ("jota" -> "j" in Spanish)."""
        return _ES_LETTER_NAMES.get(said, said) if self.supported_language == "es" else said

    def _agrees(self, token: re.Match[str], said: str, cue: str) -> bool:
        """Does the example word fit the letter: any word after "as in", else one that
        starts with the letter ("b for boy", "be de burro")?"""
        if cue in _FREE_CUES:
            return True
        example = token.group("example").lower()
        if said in _WORD_LETTERS[self.supported_language] \
                or len(example) < _MIN_EXAMPLE_CHARS \
                or fold(example) in _GRAMMAR:
            return False  # "i like it", "a for a week", "t for the": words
        return example.startswith(self._letter(said))
