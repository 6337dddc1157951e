"""Web and IP addresses read aloud.

Presidio's own URL and IP recognizers (left on in ``engine.py``) find them written:
"https://www.reid.com/", "192.168.1.20". A transcript says them: "h t t p s colon slash
slash w w w dot reid dot com slash", "www dot example dot org", "one ninety two dot one
sixty eight dot one dot twenty", and an IPv6 address as groups of digits and letters
joined by "colon". ``email_spoken.SpokenEmailRecognizer`` finds "name dot com slash path"; this
adds the scheme and "www" said before it, hosts with no known top-level domain after a
scheme, and IP addresses; and user names (type USERNAME) read with their separators
after a cue ("my username is john underscore smith eighty two", "her instagram is sunny
dash days") or joined by "underscore" anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from presidio_analyzer import RecognizerResult

from redaction.lexicon import EN_TEENS, EN_TENS, EN_UNITS, ES_TENS, ES_UNITS
from redaction.numbers import number_runs
from redaction.recognizers import NUMBER_PATTERN, SpeechRecognizer, result
from redaction.wordlists import common, fold

# A separator said as a word stands apart from the labels around it (\b): without that,
# "adashadash..." splits into labels and dashes in exponentially many ways.
_DOT = {"en": r"(?:\b(?:dot|point|period)\b|\.)", "es": r"(?:\bpunto\b|\.)"}
_COLON = {"en": r"(?:\bcolon\b|:)", "es": r"(?:\bdos\s+puntos\b|:)"}
_SLASH = {"en": r"(?:\b(?:forward\s+slash|slash)\b|/)",
          "es": r"(?:\b(?:barra(?:\s+inclinada)?|diagonal)\b|/)"}
_DASH = {"en": r"(?:\b(?:dash|hyphen|underscore)\b|-|_)",
         "es": r"(?:\bgui[oó]n(?:\s+bajo)?\b|-|_)"}
_SCHEME = r"(?:h\s*t\s*t\s*p(?:\s*s)?|https?|f\s*t\s*p|ftp)"
# Spanish says "w" as "doble ve", "doble u", "uve doble": "doble ve doble ve doble ve punto"
_WWW = (r"(?:w\s*w\s*w|www|triple\s+(?:w|double\s*u)|(?:double\s*u\s*){3}|dub\s+dub\s+dub|"
        r"(?:(?:doble\s+(?:ve|u|uve)|uve\s+doble)\s*){3}|(?:triple|tres)\s+doble\s+ve)")
_LABEL = r"(?:[^\W_]+)"
# Words said after an address's slash that go on the sentence, not the path
# (``contact`` reads bare domains with the same rule).
NOT_A_PATH = (r"(?:and|or|then|the|to|it|is|that|but|so|you|me|my|i|on|in|at|for|"
            r"y|e|o|u|luego|pero|que|es|en|para|con|de|la|el|ahí|ahi|mi|por|ya|no|se)")
# (not a domain's last label: "punto es", "dot in", "dot me")
_LAST_WORD_GRAMMAR = re.compile(rf"(?<!\bdot)(?<!\bpunto)(?<!\bpoint)(?<!\bperiod)(?<!\.)"
                                rf"\s+{NOT_A_PATH}$", re.I)


# A path's words said to the end of a sentence: "facebook dot com slash open arms
# adoption" (a page's name said as words), none of them grammar nor a word of time.
_PATH_TAIL = re.compile(rf"(?:\s+(?!(?:{NOT_A_PATH}|please|thanks|today|tomorrow|now|okay|ok|"
                        rf"right|por\s+favor|gracias|hoy|mañana)\b)[^\W_]+){{1,3}}"
                        rf"(?=\s*(?:[,.;?!]|$))", re.I)
_SLASH_SAID = re.compile(r"\b(?:slash|barra|diagonal)\b|/", re.I)
_LAST_WORD = re.compile(r"[^\W_]+\s*$")  # the word a cue ends on: "portal"


def path_end(text: str, start: int, end: int) -> int:
    """The end of an address found at ``text[start:end]``: with the words its path goes on
    with to the sentence's end, less the grammar words its path took last ("dot org slash
    forms and" ends at "forms")."""
    if _SLASH_SAID.search(text, start, end) and (tail := _PATH_TAIL.match(text, end)):
        end = tail.end()
    while (grammar := _LAST_WORD_GRAMMAR.search(text, start, end)) is not None:
        end = grammar.start()
    return end
IPV4_GROUPS = 4
MIN_IPV6_GROUPS = 4  # "2001 colon d b eight colon ... " with "::" said as "colon colon"
MAX_GROUP_WORDS = 6  # "one hundred sixty eight" and fillers: more is no byte


def _hex_word(language: str) -> str:
    """A word of an IPv6 group: a digit or number word, or a letter a-f, perhaps spelled
    "d as in david"."""
    numbers = {**EN_UNITS, **EN_TEENS, **EN_TENS} if language == "en" \
        else {**ES_UNITS, **ES_TENS}
    words = "|".join(sorted(numbers, key=len, reverse=True))
    return (rf"(?:\d+[a-f]*|[a-f](?:\s+as\s+in\s+[a-z]+)?|(?:{words})(?:\s+[a-f])?|"
            rf"hundred|thousand)")


# Where a user name or handle is said: "my username is", "her instagram's", "gamer tag".
# "handle", "snap" and "twitch" are words too ("i can't handle nausea", "a twitch"): they
# are a cue only with what names a handle after them ("my handle is", "snap:").
_HANDLE_CUE = re.compile(
    r"\b(?:(?:user\s*names?|usernames?|user\s+id|log\s*-?\s*in(?:\s+name)?|"
    r"screen\s*names?|gamer\s*tags?|gamertags?|account\s+names?|"
    r"instagram|insta|twitter|tiktok|tik\s+tok|snapchat|facebook|discord|skype|"
    r"telegram|reddit|bluesky|linkedin)(?:['\u2019]s|\s+is|"
    r"\s+was|\s+name\s+is|,?\s+it['\u2019]s|:)?|"
    r"(?:handles?|snap|twitch)(?:['\u2019]s|\s+is|\s+was|\s+name\s+is|,?\s+it['\u2019]s|:))"
    r"(?:\s+(?:um|uh|like|just))*[\s,:]+(?:(?:at|at\s+sign|@)\s*)?", re.I)
# What joins a handle's parts when it is read aloud, and written.
_HANDLE_SEP = {"en": r"(?:\s+(?:underscore|under\s+score|dot|period|point|dash|hyphen)\s+|[_.-])",
               "es": r"(?:\s+(?:gui[oó]n\s+bajo|gui[oó]n|punto|barra\s+baja)\s+|[_.-])"}
_HANDLE_WORDS = re.compile(rf"(?:\s+(?!{NOT_A_PATH}\b)[^\W_]+){{1,2}}(?=\s*(?:[,.;?!]|$))", re.I)
_RARE_HANDLE_RANK = 2000  # a handle of one word said alone must be rarer than this
# Where an address is given: after it, a host's labels may be several words each, as a
# transcript splits them ("my chart dot st lukes valley dot org", "video punto clínica la
# misión punto com"), when it ends in a top-level domain.
_URL_CUE = re.compile(
    r"\b(?:link|enlace|liga|p[aá]gina(?:\s+web)?|sitio(?:\s+web)?|portal|website|web\s*site|"
    r"url|log(?:ging)?\s*in\s+(?:at|to|on)|sign\s+in\s+at|go\s+to|visit|"
    r"(?:entr[ae]|ingres[ae]|vaya|v[aá]yase|meterse|entrar|ingresar)\s+(?:a|al|en))"
    r"(?:\s+(?:is|es|at|en|de|del|was|era))?[\s:,]+", re.I)
_URL_NOUN = re.compile(r"(?:(?:el|la|al|the|our|my|su|mi)\s+)?(?:enlace|link|liga|"
                       r"p[aá]gina|portal|sitio|website)(?:\s+(?:is|es|de|del))?[\s:,]+", re.I)
_TOP_LEVEL = (r"com|org|net|edu|gov|mil|info|health|io|us|mx|es|co|cl|ar|pe|ec|gt|hn|sv|ni|"
              r"cr|pa|do|pr|ve|bo|py|uy|cu|ly|tv|app|ce\s+ele|eme\s+equis|e\s+ese|ce\s+o|"
              r"c\s+o\s+m|o\s+r\s+g")
MAX_LABEL_WORDS = 4
MAX_PATH_WORDS = 4  # a last path said as words, up to this many steps


class SpokenWebRecognizer(SpeechRecognizer):
    """URLs said with their scheme or "www", IP addresses said as numbers, and user
    names said with their separators ("john underscore smith eighty two")."""

    ENTITIES = ["URL", "IP_ADDRESS", "USERNAME"]

    def __init__(self, language: str) -> None:
        super().__init__(language)
        dot, slash, dash = _DOT[language], _SLASH[language], _DASH[language]
        host = rf"{_LABEL}(?:\s*{dash}\s*{_LABEL})*"
        # Words after a slash are path if more address follows them or the sentence ends;
        # a last word is path too unless it is grammar: "dot com slash and then ..."
        # leaves "and" out, "punto com diagonal pacientes y ..." keeps "pacientes".
        segment = rf"(?:{host}(?:\s*{dot}\s*{host})*(?=\s*(?:{slash}|[,.;?!]|$))|" \
                  rf"(?!{NOT_A_PATH}\b){_LABEL}\b)"
        path = rf"(?:\s*{slash}(?:\s*(?!{_SCHEME}\b){segment})?)*"
        self._url = re.compile(
            rf"\b(?:{_SCHEME}\s*{_COLON[language]}\s*{slash}\s*{slash}\s*(?:{_WWW}\s*{dot}\s*)?"
            rf"|{_WWW}\s*{dot}\s*)"
            rf"{host}(?:\s*{dot}\s*{host}){{0,4}}{path}",
            re.I)
        hex_group = rf"{_hex_word(language)}(?:\s+{_hex_word(language)}){{0,5}}"
        colon = _COLON[language]
        self._ipv6 = re.compile(
            rf"\b{hex_group}(?:\s*{colon}\s*(?:{colon}\s*)?{hex_group})"
            rf"{{{MIN_IPV6_GROUPS - 1},7}}\b", re.I)
        self._dot = re.compile(rf"\s*{dot}\s*\Z", re.I)
        label_word = rf"(?!(?:dot|point|punto|enlace|link|liga|p[aá]gina|portal|sitio|"\
                     rf"website|{_SCHEME}|{_WWW})\b){_LABEL}"
        # "salud familiar guion n m": a label's words joined by a dash said too
        label = rf"{label_word}(?:(?:\s*{dash}\s*|\s+){label_word}){{0,{MAX_LABEL_WORDS - 1}}}"
        numbers = NUMBER_PATTERN
        number_run = rf"(?:\d+|(?:{numbers})(?:\s+(?:y\s+)?(?:{numbers})){{0,5}}\b)"
        # a step's words joined by a dash said aloud: "barra help guion ana guion porras"
        step = rf"(?:{number_run}|{label_word}(?:\s*{dash}\s*{label_word})*)"
        self._cued_url = re.compile(
            rf"(?:{_SCHEME}\s*{_COLON[language]}\s*{slash}\s*{slash}\s*)?"
            rf"(?:{_WWW}\s*{dot}\s*)?(?:{label}\s*{dot}\s*){{1,4}}(?:{_TOP_LEVEL})\b"
            rf"(?:\s*{slash}\s*{step}(?=\s*(?:{slash}|[,.;?!]|$)))*"
            # a last path said as words up to its number: "barra tele cita cuarenta y
            # siete" (not "slash billing tomorrow morning": no number closes it)
            rf"(?:\s*{slash}\s*{step}"
            rf"(?:(?:\s+(?!{NOT_A_PATH}\b){label_word}){{0,{MAX_PATH_WORDS - 2}}}"
            rf"\s+{number_run})?)?", re.I)
        # "www" is a cue of its own: "busque en w w w punto red apoyo diabetes punto cl"
        self._www = re.compile(rf"\b(?:{_SCHEME}\s*{_COLON[language]}\s*{slash}\s*{slash}\s*)?"
                               rf"{_WWW}\s*{dot}", re.I)
        # the cue's own word as the host's first label: "portal punto salud punto org"
        self._cue_as_label = re.compile(rf"[^\W_]+\s*{dot}\s*(?={label}\s*{dot})", re.I)
        # Spanish groups said in words, "uno" among them (no number run reads "uno"
        # alone): "ciento noventa y dos punto ciento sesenta y ocho punto uno punto uno"
        group = rf"(?:\d{{1,3}}|(?:{numbers})(?:\s+(?:y\s+)?(?:{numbers})){{0,3}})"
        self._ipv4_said = re.compile(rf"\b{group}(?:\s*{dot}\s*{group}){{3}}\b", re.I)

    def find(self, text: str) -> Iterator[RecognizerResult]:
        for match in self._url.finditer(text):
            end = path_end(text, match.start(), match.start() + len(match.group().rstrip(" ,")))
            yield result("URL", match.start(), end, self.recognizer_name)
        for www in self._www.finditer(text):
            said = self._cued_url.match(text, www.start())
            if said is not None:
                yield result("URL", www.start(), path_end(text, www.start(), said.end()),
                             self.recognizer_name)
        for cue in _URL_CUE.finditer(text):
            start = _URL_NOUN.match(text, cue.end())  # "entre al enlace ..."
            said = self._cued_url.match(text, start.end() if start else cue.end())
            begin = said.start() if said is not None else 0
            if said is None:  # the cue's own word as the host's first label
                word = _LAST_WORD.search(text, 0, cue.end())
                first = self._cue_as_label.match(text, word.start()) if word else None
                if word is not None and first is not None:
                    said, begin = self._cued_url.match(text, first.end()), word.start()
            if said is not None:
                yield result("URL", begin, path_end(text, begin, said.end()),
                             self.recognizer_name)
        yield from self._ipv4(text)
        if self.supported_language == "es":
            for match in self._ipv4_said.finditer(text):
                yield result("IP_ADDRESS", match.start(), match.end(), self.recognizer_name)
        yield from self._handles(text)
        for match in self._ipv6.finditer(text):
            if len(re.findall(_COLON[self.supported_language], match.group(), re.I)) \
                    >= MIN_IPV6_GROUPS - 1:
                yield result("IP_ADDRESS", match.start(), match.end(), self.recognizer_name)

    def _handles(self, text: str) -> Iterator[RecognizerResult]:
        """A user name: its parts joined by a separator said or written, after a cue
        ("my username is john underscore smith eighty two", "instagram's sunny dash
        days") or, joined by "underscore" (a word said of nothing else), anywhere; after
        a cue, one word no frequent word is one too ("my handle is jsmithy")."""
        language = self.supported_language
        piece = r"[^\W_]+"
        number = r"(?:\s+(?:\d+|" + "|".join(sorted(
            {**EN_UNITS, **EN_TEENS, **EN_TENS}, key=len, reverse=True)) + r")\b)"
        handle = re.compile(rf"{piece}(?:{_HANDLE_SEP[language]}{piece}|{number})*", re.I)
        english = common(language)
        for cue in _HANDLE_CUE.finditer(text):
            if language != "en":
                break
            found = handle.match(text, cue.end())
            if not found:
                continue
            if re.search(r"(?:\bat|@)\s*$", cue.group()) \
                    and (words := _HANDLE_WORDS.match(text, found.end())):
                # "her instagram is at little acorns learning": a handle said as words
                yield result("USERNAME", found.start(), words.end(), self.recognizer_name)
                continue
            first = re.match(piece, found.group())
            joined = re.search(_HANDLE_SEP[language], found.group(), re.I) is not None
            word = fold(first.group()) if first else ""
            if joined or any(c.isdigit() for c in word) \
                    or english.get(word, _RARE_HANDLE_RANK) >= _RARE_HANDLE_RANK:
                yield result("USERNAME", found.start(), found.end(), self.recognizer_name)
        underscore = r"(?:\s+(?:underscore|under\s+score)\s+|_)" if language == "en" \
            else r"(?:\s+gui[oó]n\s+bajo\s+|_)"
        said = re.compile(rf"\b{piece}(?:{underscore}{piece})+(?:{_HANDLE_SEP[language]}"
                          rf"{piece}|{number})*", re.I)
        for match in said.finditer(text):
            yield result("USERNAME", match.start(), match.end(), self.recognizer_name)

    def _ipv4(self, text: str) -> Iterator[RecognizerResult]:
        """Four number groups joined by "dot" or "point": "one ninety two dot one sixty
        eight dot one dot twenty", "10.0.0.1" said "ten point zero point zero point one"."""
        runs = [r for r in number_runs(text, self.supported_language)
                if len(text[r.start:r.end].split()) <= MAX_GROUP_WORDS]
        for i in range(len(runs) - IPV4_GROUPS + 1):
            group = runs[i:i + IPV4_GROUPS]
            if all(self._dot.match(text[a.end:b.start]) and text[a.end:b.start].strip()
                   for a, b in pairwise(group)):
                if i and self._dot.match(text[runs[i - 1].end:group[0].start]):
                    continue  # the tail of a longer dotted number: a version, not an IP
                yield result("IP_ADDRESS", group[0].start, group[-1].end, self.recognizer_name)
