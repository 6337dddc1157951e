"""A monument or a statue someone gives directions by: "vivo frente al monumento a la
revolución", "el consultorio está por el monumento a la madre campesina", "we're across
from the statue of liberty park".

Why: directions in Latin American towns are given from landmarks, and a monument names one
place in one town, so "enfrente del monumento a la revolución" says where someone lives as
a street would. Its name is what the monument is to or of, ordinary words however said ("la
madre", "los niños héroes"): the noun says it is a name, so the words after it are read up
to grammar that goes on the sentence, a pronoun or a time. Only where directions are given
from it ("frente al", "por el", "across from the" before it): a bust, a memorial held or a
statue prayed to name no place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.recognizers import SpeechRecognizer, result

_MAX_WORDS = 5
# Only where directions are given from it: "frente al", "por el", "across from the".
_LANDMARK = {
    "es": re.compile(r"\b(?:frente\s+al?|enfrente\s+del?|cerca\s+del?|detr[aá]s\s+del?|"
                     r"atr[aá]s\s+del?|junto\s+al?|al\s+lado\s+del?|delante\s+del?|"
                     r"(?:por|pasando|hasta|desde)\s+el)\s+"
                     r"(?P<name>(?:monumento|estatua|obelisco|hemiciclo)\s+(?:a|al|de|del)\s+"
                     r"(?:(?:la|el|los|las)\s+)?)", re.I),
    "en": re.compile(r"\b(?:across\s+from|near|behind|past|next\s+to|in\s+front\s+of|"
                     r"by|around)\s+the\s+(?P<name>(?:monument|statue)\s+(?:to|of)\s+"
                     r"(?:the\s+)?)", re.I),
}
_WORD = re.compile(r"[^\W\d_]+")
# What goes on the sentence after the name, or joins a next phrase.
_STOP = frozenset("""en y e que donde junto frente por para con cerca a al o pero porque
como cuando ahí ahi allí alli aquí aqui es está esta son hay se me le lo la los las el un
una in and that where next near by for with to or but because when there here is was are
on at the a an i we you he she they it mi mis su sus tu my her his him them their your
aquel aquella ese esa este esta hoy ayer every last this today yesterday desde hace""".split())
_JOINERS = frozenset("de del la los las".split())  # inside a name: "niños héroes de chapultepec"


class LandmarkRecognizer(SpeechRecognizer):
    """LOCATION for a monument or statue named by what it is to or of."""

    ENTITIES = ["LOCATION"]

    def find(self, text: str) -> Iterator[RecognizerResult]:
        pattern = _LANDMARK.get(self.supported_language)
        if pattern is None:
            return
        for cue in pattern.finditer(text):
            end = _name_end(text, cue.end())
            if end is not None:
                yield result("LOCATION", cue.start("name"), end, self.recognizer_name)


def _name_end(text: str, start: int) -> int | None:
    """The end of the words the monument is to or of, or None when none follows."""
    end, last = None, start
    for count, word in enumerate(_WORD.finditer(text, start)):
        if count >= _MAX_WORDS or text[last:word.start()].strip():
            break  # too long, or punctuation between
        key = word.group().lower()
        last = word.end()
        if key in _JOINERS and end is not None:
            continue
        if key in _STOP:
            break
        end = word.end()
    return end
