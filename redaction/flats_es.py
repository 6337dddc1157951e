"""A Spanish flat named by its floor and its door alone: "vive sola en el cuatro b", "ya
no es el cuatro b, ahora es el seis d".

Why: once the building is known (or to a neighbour calling about one), people name the
flat as the building's doors are lettered, a number and a letter after "el", with no
"apartamento" or "piso" before it for ``house_numbers_es`` to read; a verb of living or
being ("vive en el", "ahora es el") says a home is meant, not a bed ("está en el doce c del
hospital"), a cancer's stage or a phone's network ("el cinco g"). Said so, a number and a
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
# Where someone lives or whose flat it is, then "el": "vive sola en el", "ahora es el", "el
# depa es el"; not "está en el" (a bed, a cancer's stage) nor "tomo el" (a vitamin).
_HOME_BEFORE = re.compile(r"\b(?:viv[eo]|viven|vivimos|viv[ií]a|vivo\s+sol[oa]|vive\s+sol[oa]|"
                          r"queda|es|era|son|mud[eéoó]|mudamos|mudaron|depa|departamento|"
                          r"apartamento|apto|edificio)(?:\s+(?:en|a|al|para))?\s+(?:el|al)\s+$",
                          re.I)
# A door's letter: a consonant standing alone, not spelled on, not the first of a unit; not
# "g" or "k", which say a phone's network or a screen ("el cinco g", "la tele del cuatro k").
_DOOR_AFTER = re.compile(r"\s+(?-i:[b-df-hj-np-tv-xz])(?<![gk])\b"
                         r"(?!\s*(?:[b-df-hj-np-tv-xz]\b|\d|mg|ml|del\s+hospital|de\s+la\s+cl[ií]nica))")


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
                or not _HOME_BEFORE.search(text, max(0, run.start - 40), run.start):
            continue
        yield run.start, door.end()
