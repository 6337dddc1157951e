"""Words in another script inside English speech or text: "I'm in ΚΑΤΩ ΠΟΛΕΜΙΔΙΑ for the
conference", "send it to Κλεομένους 101, ΔΕΚΕΛΕΙΑ", "her husband Дмитрий". An English
turn that switches script names something its own language wrote: a town, a street or a
person. The word lists hold Latin spellings only, and spaCy's English model tags
little it cannot read, so these went through whole.

A run of words written only in Greek, Cyrillic, Armenian, Georgian, Hebrew, Arabic,
Devanagari, Thai, Hangul, kana or CJK letters is a LOCATION after a place cue ("in",
"from", "live in") and a PERSON elsewhere; either way it is hidden. It needs three
letters (two of Hangul, kana or CJK), so a Greek letter in a drug class, a receptor or
a unit ("alpha-blocker", "beta-2", "TNF-alpha", "micrograms" written with the Greek
letter) stays. The increment sign, which some keyboards type for a capital delta,
counts as a letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.contexts import LOCATION_TRIGGER
from redaction.recognizers import SpeechRecognizer, result

_LETTERS = ("\u0370-\u03ff\u1f00-\u1fff"  # Greek
            "\u0400-\u052f"  # Cyrillic
            "\u0530-\u058f"  # Armenian
            "\u10a0-\u10ff"  # Georgian
            "\u0590-\u05ff"  # Hebrew
            "\u0600-\u06ff\u0750-\u077f"  # Arabic
            "\u0900-\u097f"  # Devanagari
            "\u0e00-\u0e7f"  # Thai
            "\uac00-\ud7af"  # Hangul
            "\u3040-\u30ff"  # kana
            "\u4e00-\u9fff"  # CJK
            "\u2206")  # the increment sign typed for a capital delta
_WORD = rf"[{_LETTERS}](?:[{_LETTERS}'\u2019.-]*[{_LETTERS}])?"
_RUN = re.compile(rf"(?<![\w{_LETTERS}]){_WORD}(?:[ \t]+{_WORD})*(?![\w{_LETTERS}])")
_MIN_LETTERS = 3
# A name in Chinese, Japanese or Korean characters may have two: "東京", "김철".
_IDEOGRAPHIC = re.compile("[\uac00-\ud7af\u3040-\u30ff\u4e00-\u9fff]")
_MIN_IDEOGRAPHS = 2


class ForeignScriptRecognizer(SpeechRecognizer):
    """LOCATION or PERSON for runs of words in a script other than Latin (English only:
    Spanish speech has its own word lists and model)."""

    ENTITIES = ["LOCATION", "PERSON"]

    def find(self, text: str) -> Iterator[RecognizerResult]:
        if self.supported_language != "en":
            return
        for match in _RUN.finditer(text):
            letters = sum(not c.isspace() and c not in "'\u2019.-" for c in match.group())
            ideographic = _IDEOGRAPHIC.search(match.group()) is not None
            if letters < (_MIN_IDEOGRAPHS if ideographic else _MIN_LETTERS):
                continue
            place = LOCATION_TRIGGER["en"].search(text[max(0, match.start() - 40):match.start()])
            yield result("LOCATION" if place else "PERSON", match.start(), match.end(),
                         self.recognizer_name)
