"""Social-media handles, user names and gamer tags (type USERNAME): HIPAA's "any other
unique identifying ... code" covers a person's online name, which finds them as surely as
a phone number. Written, a handle wears its marks ("@mercy.dances", "u/throwaway_acct7",
"SkyfallZ#0421" beside "discord"); said, it loses them: "sky fall z hashtag zero four two
one", "at mercy dot dances", "x x noodle king x x", "cielito punto azul numeral tres".
"at", "dot", "punto" and "hashtag" are ordinary speech too ("look at me", "a punto de",
"hashtag blessed"), so a said handle is read only after a cue: a platform with what names
its handle ("my insta is", "on twitter he's", "su cuenta de instagram es", "en tiktok sale
como"), "username", "gamer tag", "usuario". It runs until ordinary speech resumes (a
function word, a clinical word, a comma, a sentence's end), and its parts must look like
a handle's: a separator, a number, a letter, "at"/"arroba" before it, a written mark, or
words rare enough ("crafty carla", not "private" or "always angry"). Weak cues ("me sigue
como", "account's at", "goes by ... on roblox") need a separator, a number or a mark.
``web_spoken`` reads "john underscore smith" alone; this adds the cues, marks and Spanish.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.lexicon import MEDICAL_TERMS
from redaction.recognizers import _UNITS_AFTER, NUMBER_WORDS, SpeechRecognizer, result
from redaction.wordlists import common, fold

_PLATFORM = (r"insta(?:gram)?|ig|twitter|tik\s*tok|snap(?:chat)?|face\s*book|fb|discord|"
             r"roblox|xbox(?:\s+live)?|psn|play\s*station(?:\s+network)?|steam|twitch|"
             r"you\s*tube|reddit|telegram|blue\s*sky|minecraft|fortnite|kik|linked\s*in|"
             r"pinterest|tumblr|venmo|cash\s*app|tinder|bumble|grindr")
_PLATFORM_ES = _PLATFORM + r"|face|feis|la\s+play"
_Q = r"['\u2019]"  # an apostrophe, straight or curly
_PRONOUN_IS = (rf"i{_Q}?m|i\s+am|he{_Q}?s|he\s+is|she{_Q}?s|she\s+is|they{_Q}?re|it{_Q}?s|"
               rf"we{_Q}?re|you{_Q}?re|(?:my|his|her|their)\s+name\s+is|as|under")
_VERB = rf"(?:{_Q}s|\s+is|\s+was|\s*:|,?\s+it{_Q}?s|\s+name\s+is)"
_HANDLE_NOUN = r"user\s*names?|screen\s*names?|gamer\s*tags?|(?:psn|player|online)\s+id|ign"
_NOUN = _HANDLE_NOUN + r"|handles?|account(?:\s+name)?|channel|profile|page|name|id|tag|user"
_NOUN_ES = r"usuario|nombre\s+de\s+usuario|cuenta|perfil|canal|gamer\s*tags?|nick|id"
# (pattern, strong): a weak cue's handle needs a separator, a number or a written mark
_CUES = {
    "en": [(rf"\b(?:{_PLATFORM})(?:\s+(?:{_NOUN}))?{_VERB}", True),
           (rf"\b(?:{_HANDLE_NOUN})(?:{_VERB})?|\bhandles?{_VERB}", True),
           (rf"\b(?:on|in|from)\s+(?:{_PLATFORM}),?\s+(?:{_PRONOUN_IS})\b", True),
           (rf"\b(?:{_PLATFORM})(?=\s+(?:as|at)\b)(?:\s+as\b)?", True),
           (rf"\baccount(?:{_Q}s|\s+is|\s+name\s+is)?(?=\s+at\b)", False),
           (r"\b(?:snap|dm|message|add|follow)\s+me(?=\s+at\b)", False)],
    "es": [(rf"\b(?:(?:{_NOUN_ES})\s+(?:de|en)\s+(?:el\s+|la\s+)?(?:{_PLATFORM_ES})|"
            rf"{_PLATFORM_ES}|usuario|nombre\s+de\s+usuario|gamer\s*tags?|nick)"
            rf"(?:\s+(?:es|era|sale\s+como|aparece\s+como)\b|\s*:)", True),
           (rf"\ben\s+(?:el\s+|la\s+)?(?:{_PLATFORM_ES}),?\s+(?:(?:ella|él|el|yo)\s+)?"
            rf"(?:es|soy|sale\s+como|aparece\s+como|me\s+llamo|se\s+llama|como)\b", True),
           (rf"\b(?:{_PLATFORM_ES})(?=\s+arroba\b)", True),
           (r"\b(?:me\s+siguen?|sale|aparece|b[uú]scame|encu[eé]ntrame)\s+como\b", False)],
}
# "goes by lazer beam nine on roblox": the platform comes after the handle
_BEFORE_PLATFORM = {"en": (rf"\b(?:goes|go|going|went)\s+by\b|\bi{_Q}m\b|\bi\s+am\b",
                           rf"\s+on\s+(?:{_PLATFORM})\b"),
                    "es": (r"\bsoy\b|\bme\s+llaman\b", rf"\s+en\s+(?:el\s+)?(?:{_PLATFORM_ES})\b")}
_AT = {"en": re.compile(r"\s+at(?:\s+sign)?\b", re.I), "es": re.compile(r"\s+arroba\b", re.I)}
_SEP = {"en": re.compile(r"\s+(?:under\s*score|dot|period|point|dash|hyphen|hash\s*tag|"
                         r"pound(?:\s+sign)?|number\s+sign)(?=\s)", re.I),
        "es": re.compile(r"\s+(?:gui[oó]n\s+bajo|barra\s+baja|gui[oó]n|punto|numeral|"
                         r"almohadilla|hashtag)(?=\s)", re.I)}
_TOKEN = re.compile(r"[ \t]+([^\s,;!?()\"]+)")
_WRITTEN = re.compile(r"[@#_.]|[a-z][A-Z]|\d\D|\D\d")
_STOP = {"en": set("""and or but so if then because cause cuz on in for to from with when where
    which who that this these those i i'm im i've i'll me he she he's she's they they're we
    you it it's its is was are were be been my his her their our your the a an of about
    just like um uh also too please okay ok right yeah yes no not now there here since
    anyway though actually really well all every always never still only as at by into
    after before until something nothing anything kind sort same do does did can can't
    don't will would should could has have had got get very pretty super kinda what how
    why some any more most much many lot again back today tonight tomorrow yesterday later
    soon noon midnight lunch dinner breakfast lol lmao haha""".split()),
         "es": set("""y o pero porque que en para por si cuando donde como él ella yo es soy
    son era mi mis su sus tu tus nos me te le les se lo un una no sí si ya también pues
    bueno este eh muy más todo toda todos desde hasta sobre al a sin entre ahí aquí allí
    mismo misma algo nada antes después hoy mañana ayer luego ahorita""".split())}
# words inside a handle said after "at": "arroba cocina con ana", "at sal the plumber"
_GLUE = {"en": {"the"}, "es": {"con", "de", "del", "la", "el", "los", "las"}}
_NOT_LETTERS = {"en": {"a", "i"}, "es": {"a", "e", "o", "u", "y"}}
_NUMBERS = {w for w in NUMBER_WORDS if w not in ("o", "oh", "un", "una")}
_MAX_WORDS, _MAX_PIECES = 4, 14
# ranks: a word alone, one after "at", the rarest of several, the least rare of them
_RARE_ALONE, _RARE_AT, _RARE, _FLOOR = 20000, 5000, 2000, 1000
_AT_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z_](?:[\w.]*[A-Za-z0-9_])?")  # not "@3pm"
_REDDIT = re.compile(r"(?<![\w/])u/[A-Za-z0-9_-]{3,}")
_TAG = re.compile(r"(?<![\w#])[^\W\d_][\w.]{1,31}#\d{4}\b")
_NEAR = 60  # a "#1234" tag needs a platform or a handle word this near


class HandleRecognizer(SpeechRecognizer):
    """Handles written with their marks, and said after a platform or handle cue."""

    ENTITIES = ["USERNAME"]

    def __init__(self, language: str) -> None:
        super().__init__(language)
        self._cues = [(re.compile(p, re.I), strong) for p, strong in _CUES[language]]
        before, after = _BEFORE_PLATFORM[language]
        self._before, self._after = re.compile(before, re.I), re.compile(after, re.I)
        platform = _PLATFORM_ES if language == "es" else _PLATFORM
        self._near = re.compile(rf"\b(?:{platform}|{_HANDLE_NOUN}|handles?|usuario)\b", re.I)

    def find(self, text: str) -> Iterator[RecognizerResult]:
        name = self.recognizer_name
        for pattern in (_AT_HANDLE, _REDDIT):
            for match in pattern.finditer(text):
                yield result("USERNAME", match.start(), match.end(), name)
        for match in _TAG.finditer(text):
            if self._near.search(text[max(0, match.start() - _NEAR):match.end() + _NEAR]):
                yield result("USERNAME", match.start(), match.end(), name)
        for cue, strong in self._cues:
            for match in cue.finditer(text):
                span = self._handle(text, match.end(), strong)
                if span:
                    yield result("USERNAME", *span, name)
        for match in self._before.finditer(text):  # weak: "soy diabética en facebook"
            span = self._handle(text, match.end(), False)
            if span and self._after.match(text, span[1]):
                yield result("USERNAME", *span, name)

    def _handle(self, text: str, pos: int, strong: bool) -> tuple[int, int] | None:
        """The handle said from ``pos``: its span, if its parts look like one's."""
        language = self.supported_language
        at = _AT[language].match(text, pos)
        pos = at.end() if at else pos
        pieces: list[tuple[int, int, str]] = []  # start, end, kind
        marks, joined = 0, False  # separators said between parts; one just said
        while len(pieces) < _MAX_PIECES:
            sep = _SEP[language].match(text, pos)
            if sep and pieces and _TOKEN.match(text, sep.end()):
                marks, pos, joined = marks + 1, sep.end(), True
                continue
            token = _TOKEN.match(text, pos)
            if not token:
                break
            word = (raw := token.group(1)).rstrip(".:'\u2019")
            start, end = token.start(1), token.start(1) + len(word)
            kind = self._kind(word, pieces, text, end)
            if kind == "number" and _UNITS_AFTER.match(text[end:]):
                kind = "stop"  # "my tiktok is 2 years old"
            if kind == "glue" and (not at or (not pieces and word.lower() != "la")):
                kind = "stop"  # "arroba la chef", not "arroba de la clínica"
            if kind == "word" and pieces and pieces[-1][2] == "number" and not joined \
                    and self._rank(word) < _RARE_AT:  # "at five thousand followers"
                while pieces and pieces[-1][2] == "number":
                    pieces.pop()
                break
            if kind == "stop" or (kind == "word" and sum(k == "word" for *_, k in pieces)
                                  >= _MAX_WORDS):
                break
            pieces.append((start, end, kind))
            pos, joined = token.end(), False
            if len(word) < len(raw) or (kind == "written" and len(pieces) == 1):
                break  # a full stop or a colon ends it; a written handle stands alone
        while pieces and pieces[-1][2] == "glue":
            pieces.pop()
        kinds = [k for *_, k in pieces]
        if not any(k in ("word", "letter", "written") for k in kinds):
            return None
        evident = marks or "written" in kinds or "number" in kinds or (
            "letter" in kinds and len(kinds) > 1)
        if not evident:  # words alone: after a strong cue, rare ones ("crafty carla")
            ranks = [self._rank(text[s:e]) for s, e, k in pieces if k == "word"]
            if at and len(ranks) > 1:
                ranks = [ranks[0], ranks[-1]]  # "at glow up gabby"
            if not (strong and ranks and (max(ranks) >= (_RARE_AT if at else _RARE_ALONE)
                                          if len(ranks) == 1 else
                                          min(ranks) >= _FLOOR and max(ranks) >= _RARE)):
                return None  # "my instagram is private", "her twitter was hacked last year"
        return pieces[0][0], pieces[-1][1]

    def _rank(self, word: str) -> int:
        return common(self.supported_language).get(fold(word), _RARE_ALONE)

    def _kind(self, word: str, pieces: list[tuple[int, int, str]], text: str, end: int) -> str:
        language = self.supported_language
        key = fold(word)
        if word.isdigit() or key in _NUMBERS:
            return "number"
        after = re.match(r"\s+(\w+)", text[end:])
        if key == "y" and pieces and pieces[-1][2] == "number" and after \
                and after.group(1).lower() in _NUMBERS:
            return "number"  # "noventa y nueve"
        if _WRITTEN.search(word):
            return "written"
        spelled = bool(pieces and pieces[-1][2] == "letter" and after
                       and len(after.group(1)) == 1)
        if (len(key) == 1 and key.isalpha() and (key not in _NOT_LETTERS[language] or spelled)) \
                or key == "equis":
            return "letter"  # "k a t e": "a" among letters is one
        if key in MEDICAL_TERMS or (key in _STOP[language] and key not in _GLUE[language]):
            return "stop"
        if key in _GLUE[language]:
            return "glue"
        return "word"
