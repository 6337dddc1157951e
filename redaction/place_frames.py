"""Towns named with an article or a saint, said after a place cue in English: "the
title refers to a street in El Mrira", "she's from ain témouchent", "we drove down
from sidi bou said". Towns of North Africa, the Levant, France and Latin America lead
with an article or a saint's title ("el", "al", "le", "la", "san", "são", "sidi",
"ain"); the place lists hold the large ones only, and the gazetteer reads a town's
article in Spanish speech alone.

After a place cue ("in", "from", "live in", "near"), the article or title and the one
or two words after it are a LOCATION when each of those words is no ordinary English
word (rarer than the 20,000 most frequent) and no medical term: "in la jolla",
"from el mrira"; not "in la la land", "in st john's wort".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.contexts import LOCATION_TRIGGER
from redaction.medical import is_medical
from redaction.recognizers import SpeechRecognizer, result
from redaction.wordlists import common, fold

_RARE_RANK = 20000
# Articles that are English words too ("an", "as", "at") are left out: "in an
# uncharacteristically ..." names no town.
_HEADS = re.compile(r"(?:el|al|le|la|les|los|las|san|santa|santo|"
                    r"são|sao|saint|sainte|st|ste|sidi|ain|aïn|bir|ben|beni|bou|ras|kafr|"
                    r"umm|tell|ad-|al-|el-)\.?(?:\s+|(?<=-))", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_MAX_WORDS = 2


class PlaceFrameRecognizer(SpeechRecognizer):
    """LOCATION for an article- or saint-led town after an English place cue."""

    ENTITIES = ["LOCATION"]

    def find(self, text: str) -> Iterator[RecognizerResult]:
        if self.supported_language != "en":
            return
        english = common("en")
        for head in _HEADS.finditer(text):
            if head.start() and text[head.start() - 1].isalnum():
                continue
            if not LOCATION_TRIGGER["en"].search(text[max(0, head.start() - 40):head.start()]):
                continue
            end, count = head.end(), 0
            for word in _WORD.finditer(text, head.end()):
                if text[end:word.start()].strip() or count >= _MAX_WORDS:
                    break
                key = fold(word.group())
                if english.get(key, _RARE_RANK) < _RARE_RANK \
                        or is_medical(text, word.start(), word.end(), key, "en"):
                    break
                end, count = word.end(), count + 1
            if count:
                yield result("LOCATION", head.start(), end, self.recognizer_name)
