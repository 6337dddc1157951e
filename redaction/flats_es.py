"""A Spanish flat named by its floor and its door alone: "vive sola en el cuatro b", "ya
no es el cuatro b, ahora es el seis d".

Why: once the building is known (or to a neighbour calling about one), people name the
flat as the building's doors are lettered, a number and a letter after "el", with no
"apartamento" or "piso" before it for ``house_numbers_es`` to read. Said so, a number and a
single consonant name nothing else: a vitamin or a hepatitis is said with its noun ("la
vitamina b doce", "hepatitis b"), a dose with its unit. The vowels and "y" are words of
their own ("el dos a las tres", "el cuatro y el cinco"), never a door here, and a letter
followed by another is a spelling ("el dos b c d"), not a door.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.numbers import number_runs
from redaction.recognizers import SpeechRecognizer, result

_MAX_FLOOR = 60  # floors are counted below this; above it a number is something else
_THE_BEFORE = re.compile(r"\b(?:el|del|al)\s+$", re.I)
# A door's letter: a consonant standing alone, not spelled on, not the first of a unit.
_DOOR_AFTER = re.compile(r"\s+(?-i:[b-df-hj-np-tv-xz])\b(?!\s*(?:[b-df-hj-np-tv-xz]\b|\d|mg|ml))")


class FlatRecognizer(SpeechRecognizer):
    """STREET_ADDRESS for a flat said as "el <número> <letra>" (Spanish)."""

    ENTITIES = ["STREET_ADDRESS"]

    def find(self, text: str) -> Iterator[RecognizerResult]:
        if self.supported_language != "es":
            return
        for start, end in flats(text):
            yield result("STREET_ADDRESS", start, end, self.recognizer_name)


def flats(text: str) -> Iterator[tuple[int, int]]:
    """Start and end of each floor-and-door said after "el"."""
    for run in number_runs(text, "es"):
        door = _DOOR_AFTER.match(text, run.end)
        if door is None or not run.digits.isdecimal() or not 0 < int(run.digits) < _MAX_FLOOR \
                or not _THE_BEFORE.search(text, max(0, run.start - 6), run.start):
            continue
        yield run.start, door.end()
