"""E-mail and web addresses read aloud: "john dot smith at gmail dot com", "maria punto
lopez arroba correo punto es", "facebook dot com slash mariano dot paez".

Why apart from ``contact`` (streets and codes): an address said aloud is found from its
"at" and "dot" words, and what makes it hard is telling them from grammar ("a look at the
chart", "the dot com boom"); none of that is a street's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.recognizers import NUMBER_WORDS, SpeechRecognizer, result
from redaction.web_spoken import path_end
from redaction.wordlists import common, fold

TOP_LEVEL_DOMAINS = (
    "com|org|net|edu|gov|mil|info|biz|io|co|us|uk|ca|es|mx|ar|cl|pe|ve|ec|gt|cu|bo|do|"
    "hn|py|sv|ni|cr|pa|uy|pr|de|fr|it|pt|br|me|health|care|"
    # patients' home countries: "bogdan k at wp dot pl", "ivan at mail dot ru"
    "pl|ru|ua|au|nz|ie|ng|za|ke|gh|ph|vn|cn|jp|kr|tr|gr|ro|nl|ch|se|dk|fi|cz|hu|"
    "sa|ae|eg|ma|pk|bd|il|app|online|ly|tv|ai"
)
# A country's domain said letter by letter: "bit dot l y", "maria arroba correo punto e s".
_SPELLED_DOMAINS = "|".join(f"{tld[0]} {tld[1]}" for tld in TOP_LEVEL_DOMAINS.split("|")
                            if len(tld) == 2)

_SPOKEN_NUMBER = "|".join(sorted(NUMBER_WORDS | {"oh", "y", "and"}, key=len, reverse=True))


# Where a web address is named: "i found you on", "go to", "visit", "lo vi en".
_SITE_CUE = re.compile(r"\b(?:on|at|to|visit|website|site|page|en|a|de|página|pagina|sitio|"
                       r"web)\s+$", re.I)
_DOMAIN_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_MAX_DOMAIN_WORDS = 3
_DOMAIN_WORD_RANK = 120  # a more frequent word is grammar ("family" is 197th)
# A host's label said with its dot before a domain's words: "providers dot", "w w w dot";
# letters said one by one count as one label ("m c p s").
_LABEL_BEFORE = re.compile(r"(?:\b(?:w\s+w\s+w|www)\s+(?:dot|punto)\s+(?:[^\W\d_]\s+)*|"
                           r"\b[^\W\d_]{2,}\s+(?:dot|punto)\s+)$", re.I)


def _domain_words_before(text: str, start: int, language: str) -> int:
    """Where a web address said with its words apart begins: "on [yellowstone family]
    care dot org": up to three words that are no grammar, right after a cue of a site, or
    after a label said with its dot ("[providers dot blue haven] health dot com", "[w w w
    dot m c p s] health forms dot org")."""
    begin = start
    for _ in range(_MAX_DOMAIN_WORDS):
        word = _DOMAIN_WORD_BEFORE.search(text, max(0, begin - 30), begin)
        rank = common(language).get(fold(word.group(1)), _DOMAIN_WORD_RANK) if word else 0
        if word is None or rank < _DOMAIN_WORD_RANK:
            break
        begin = word.start()
        if _SITE_CUE.search(text, max(0, begin - 12), begin):
            return begin
        label = _LABEL_BEFORE.search(text, max(0, begin - 40), begin)
        if label:
            return label.start()
    return start


# "dot com" as an adjective: the noun of a kind of business or a building after it
# ("a dot com company", "at the clinic dot com office"): a kind of thing or a place, no
# address; after "at" and an article, no e-mail either ("rita at the clinic dot com"
# alone still is one).
_AT_A_PLACE = re.compile(r"\bat\s+(?:the|a|an|our|your|my)\s", re.I)
_DOT_COM_THING = re.compile(r"\s+(?:office|offices|company|companies|bubble|era|boom|"
                            r"startup|startups|business|job|jobs|crash|days|building|store|"
                            r"shop|branch|campus|center|centre|headquarters|hq)\b", re.I)


_MAIL_PROVIDERS = (r"gmail|yahoo|hotmail|outlook|aol|icloud|comcast|msn|protonmail|"
                   r"sbcglobal|bellsouth|earthlink|yandex|gmx|prodigy|latinmail|ymail|"
                   r"rocketmail|googlemail")
_MAIL_CUE = re.compile(r"\b(?:e-?mail|email|correo|mail|address|direcci[oó]n|send|sent|"
                       r"env[ií]\w*|mand\w*|write|escrib\w*|user\s*name|usuario)\b", re.I)
_MAIL_CUE_CHARS = 60
# English "at" before letters said one by one: a domain's ("at a o l dot com") only with a
# cue of e-mail or a number in the address.
_LETTERS_AFTER_AT = re.compile(r"\sat\s+[^\W\d_]\s", re.I)
_DOMAIN_WORD = re.compile(r"(?:^|\s)([^\W\d_]+)\s*(?:dot|punto|\.)\s*[^\W\d_]+$", re.I)
_ORDINARY_TOP = 5000  # "clinic", "the": a word this frequent is no one's domain name
# A user name shaped as no verb's subject is: an initial before a word or a separator said
# inside it ("j baptiste at k v schools dot org", "f dot alrashid at c c d c metro dot org";
# not "she looked at a b c dot com", nor an article: "take a look at c d c dot gov").
_SHAPED_LOCAL = re.compile(r"(?![ai]\s)[^\W\d_]\s+[^\W\d_]{2,}\s+at\s|"
                           r"[^\W_]+\s+(?:dot|underscore|dash|hyphen)\s+[^\W_]+\s+at\s", re.I)


def _ordinary_domain(said: str) -> bool:
    """Is the word before "dot com" an ordinary one ("the clinic dot com office"), not a
    business's own name ("rosalesbakery dot com store hours": a review)?"""
    from redaction.wordlists import common

    word = _DOMAIN_WORD.search(said)
    rank = common("en").get(word.group(1).lower()) if word else None
    return word is None or (rank is not None and rank < _ORDINARY_TOP)


class SpokenEmailRecognizer(SpeechRecognizer):
    """ "john dot smith at gmail dot com", "maria punto lopez arroba correo punto es",
    and web addresses read aloud: "facebook dot com slash mariano dot paez"."""

    ENTITIES = ["EMAIL_ADDRESS", "URL"]

    def find(self, text: str) -> Iterator[RecognizerResult]:
        said_dot, at, sep, dash = (
            r"(?:dot|period)", r"(?:at sign|at|@)",  # "a beltran plus clinic at gmail"
            r"(?:dot|period|underscore|dash|hyphen|plus|\.|_|-|\+)", r"(?:dash|hyphen|-)",
        ) if self.supported_language == "en" else (
            r"(?:punto)", r"(?:arroba|@)",
            r"(?:punto|guion bajo|guion|guión|\.|_|-)", r"(?:guion|guión|-)",
        )
        dot = rf"(?:{said_dot}|\.)"
        # a written dot joins a web address only with no space around it: "tengo
        # bronquitis. Me dio" ends a sentence, it is no ".me" domain
        url_dot = rf"(?:\s*\b{said_dot}\b\s*|\.)"
        # "g brooks double oh seven"
        number = rf"(?:(?:double|triple|doble)\s+)?(?:\d+|{_SPOKEN_NUMBER})"
        # letters and digits only: with "_" in both a piece and a separator, a run of
        # underscores split every way (a review timed 31 s on "a_" forty times)
        piece = rf"(?!{at}\b)[^\W_]+"
        # "bradleyh fifty seven", "bogdan k": a number or an initial said after a word
        # ("a beltran plus clinic", "g brooks": an initial said before the name too)
        local = rf"(?:\b[^\W\d_]\s+)?{piece}(?:\s*{sep}\s*{piece}|\s+{number}\b|" \
                rf"\s+[^\W\d_]\b){{0,8}}"
        # a domain said in words, with its dashes and, in Spanish, letters said one by one:
        # "at cardio clinic dot org", "at st lukes dash health dot org", "arroba d f s
        # guion hidalgo punto org" (English "at" is a word too: no lone letter there)
        # (but letters said in a row are a domain's: "at p d office dot lubbock dot gov")
        shortest = 2 if self.supported_language == "en" else 1
        lead = rf"(?!(?:www|{dash}|{at})\b)(?:[^\W\d_]{{{shortest},}}|" \
               r"[^\W\d_](?=\s+[^\W\d_]\b)|(?<=\b[^\W\d_]\s)[^\W\d_])"
        domains = rf"(?:{TOP_LEVEL_DOMAINS}|{_SPELLED_DOMAINS})"
        pattern = re.compile(
            rf"\b{local}\s+{at}\s+(?:{lead}(?:\s*{dash}\s*|\s+)){{0,4}}[\w]+(?:\s*{dot}\s*[\w]+){{0,2}}"
            rf"{url_dot}{domains}\b",
            re.I,
        )
        # the provider said alone, its ".com" left out: "dlopez88 at gmail", "lupita
        # reyes arroba hotmail"; only after a cue of e-mail, "at yahoo" being a place too
        provider = re.compile(rf"\b{local}\s+{at}\s+(?:{_MAIL_PROVIDERS})\b(?!\s*{dot}\s*[^\W_])",
                              re.I)
        for match in provider.finditer(text):
            if _MAIL_CUE.search(text, max(0, match.start() - _MAIL_CUE_CHARS), match.start()):
                yield result("EMAIL_ADDRESS", match.start(), match.end(), self.recognizer_name)
        for match in pattern.finditer(text):
            if self.supported_language == "en" and _AT_A_PLACE.search(match.group()) \
                    and _DOT_COM_THING.match(text, match.end()) \
                    and _ordinary_domain(match.group()):
                continue  # "meet me at the clinic dot com office": at a place, no e-mail
            if self.supported_language == "en" and _LETTERS_AFTER_AT.search(match.group()) \
                    and not _MAIL_CUE.search(text, max(0, match.start() - _MAIL_CUE_CHARS),
                                             match.start()) \
                    and not re.search(rf"\b(?:{number})\b", match.group(), re.I) \
                    and not _SHAPED_LOCAL.match(match.group()):
                continue  # "she looked at a b c dot com": no cue, no number, no address
            yield result("EMAIL_ADDRESS", match.start(), match.end(), self.recognizer_name)
        slash = r"(?:slash|barra|diagonal|/)"
        # a path's step: a one-letter step is a step of its own ("barra f barra help guion
        # ana"), not an initial before the next slash word
        step = rf"(?:\b[^\W\d_]\s+(?!{slash}\b))?(?!{slash}\b){piece}(?:\s*{sep}\s*{piece}|" \
               rf"\s+{number}\b|\s+[^\W\d_]\b(?!\s+{slash}\b)){{0,8}}"
        url = re.compile(
            rf"\b(?:(?:www|w w w)\s*{dot}\s*)?[^\W_]+(?:\s*{sep}\s*[^\W_]+){{0,3}}{url_dot}"
            rf"{domains}\b(?:{url_dot}(?:{TOP_LEVEL_DOMAINS})\b)?"
            rf"(?:\s*{slash}\s*(?:{at}\s+)?{step})*",
            re.I,
        )
        for match in url.finditer(text):  # "youtube dot com slash at petersonkatherine"
            if _DOT_COM_THING.match(text, match.end()) and _ordinary_domain(match.group()):
                continue  # "a dot com company", "the clinic dot com office": a kind of thing
            yield result("URL", _domain_words_before(text, match.start(), self.supported_language),
                         path_end(text, *match.span()), self.recognizer_name)
