"""English frames of a call or a visit where a given name that is also a word is said.

Why: speech is lower case and has no commas, so a given name that is an ordinary word
("will", "grace", "lane", "summer") is told from the word only by the frame around it.
``name_frames`` reads the frames a comma or a capital marks; these are the ones a
transcript of speech writes without them:

- whom a caller is passed to or asks for: "could you ask for grace at reception",
  "i'll hand you over to dawn", "let me put you through to will";
- whom a greeting or a thanks is said to, a clause following with no comma: "good
  afternoon lane how is the knee", "thank you summer the dressing feels better";
- whom one asks or tells to do something, or calls back: "ask art to call me", "let
  bill know", "ring summer back";
- whom a visit is with, or who is called what: "my appointment with dawn", "a nurse
  called summer";
- whether someone is in: "is will there", "is june around";
- a relative with a name no dictionary holds: "my son tolu", "my nephew nonoy" (the
  name lists miss many Yoruba, Igbo, Tagalog and Hindi nicknames; a word in no
  dictionary after "my son" is a name far more often than anything else, a town's
  name too: "tolu" is one in Colombia).

A word fills a frame only if the given-name lists hold it (the relatives' frame
aside), it is no kin word, title, number or medical term, and no frequent word unless
it is a given name that is a verb too ("will", "may": only a person is asked for or is
"there"). A month followed by a day ("ask for may third") is a date, no name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaction.lexicon import EN_MONTHS, KIN_AND_TITLES, NOT_NAMES
from redaction.medical import is_medical
from redaction.name_appositives import EN_NAME_VERBS
from redaction.recognizers import NUMBER_WORDS
from redaction.wordlists import common, fold, names

# The finding's metadata key that tells the engine a frame only a person fills found it.
ONLY_A_PERSON = "only_a_person"
_NAME = r"([^\W\d_]+(?:['\u2019-][^\W\d_]+)?)"
_HANDED = re.compile(
    r"\b(?:ask(?:ed|ing|s)?\s+for|(?:hand|hands|handing|pass|passes|passing|put|puts|"
    r"putting|transfer|transfers|transferring|connect|connecting)\s+(?:you|me|us|him|her|them)\s+"
    r"(?:over\s+|back\s+|through\s+|across\s+)?(?:to|with)|"
    r"(?:you're|you\s+are|you've\s+got|you\s+got|you've\s+come)\s+through\s+to|"
    # whose name was what: "her name was grace", "his first name's hunter"
    r"(?:his|her|their|the\s+patient's)\s+(?:first\s+|given\s+)?name(?:'s|\s+is|\s+was))"
    r"\s+" + _NAME, re.I)
# Whom one asks or tells to do something: "ask art to call me back", "please let bill
# know", "tell grace about the results", "you can ask brook at the desk"; whom one calls
# back: "can you ring summer back".
_ASKED = re.compile(
    r"\b(?:(?:ask|asks|asked|asking|tell|tells|told|telling|remind|reminded|let|lets|"
    r"want|wanted)\s+" + _NAME + r"\s+(?=(?:to|know|about|if|whether|at\s+the)\b)|"
    r"(?:call|ring|phone|text|message)\s+" + _NAME + r"\s+back\b)", re.I)
# Whom a visit is with, and a person named by who they are: "my appointment with dawn",
# "a session with lane", "a nurse called summer", "some lady named joy rang".
_WITH_OR_CALLED = re.compile(
    r"\b(?:(?:appointment|appt|session|visit|consultation|consult|review|check-?up|"
    r"meeting|booked(?:\s+in)?)\s+with|(?:someone|somebody|lady|woman|man|girl|boy|guy|"
    r"bloke|chap|fella|person|friend|nurse|doctor|carer|pharmacist|receptionist|therapist|"
    r"physio|worker|volunteer)\s+(?:called|named))\s+" + _NAME, re.I)
_GREETINGS = (r"thank\s+you|thanks|good\s+(?:morning|afternoon|evening)|morning|afternoon|"
              r"evening|hi|hello|hey|bye|goodbye|"
              # a turn's first word before the name it is said to: "sorry lane can you
              # repeat that", "okay summer i'll call you back" ("no" is left out: "no
              # chance i'll do that", "no joy" are a determiner and its noun)
              r"(?:(?<=^)|(?<=[.!?]\s))(?:sorry|okay|ok|yes|yeah|right|alright|well|look|"
              r"listen)")
# What opens a clause after the name: a question, a pronoun, an article.
_OPENERS = (r"how|what|where|when|why|are|is|was|can|could|would|did|do|does|have|has|"
            r"i|i'm|im|we|we're|you|you're|your|it|it's|its|that|that's|this|the|so|just|"
            r"please|nice|good|great|lovely|glad|come|sit|take|let's|i'll|i've|i'd|we'll")
# After a name that is a verb too, only a question or its verb: "thanks hope you're well",
# "thanks mark the date" use the verb.
_VERB_OPENERS = frozenset("how what where when why are is was can could would did do "
                          "does nice good great lovely glad".split())
_GREETED = re.compile(rf"\b(?:{_GREETINGS})\s+{_NAME}\s+(?=(?:{_OPENERS})\b)", re.I)
# What one calls someone fondly, no name after a thanks or a turn's first word: "thank you
# angel it's", "okay darling i'll", "right chuck let's".
_ENDEARMENTS = frozenset("""angel sunshine darling chuck flower petal pet duck hun hon
poppet sweetheart sweetpea treasure pal ginger lovey my dear honey love""".split())
# A month said with what a time is answered with: "okay june is fine", "may works".
_MONTH_ANSWER = re.compile(r"\s+(?:is\s+(?:fine|good|ok|okay|better|best)|works|suits)\b",
                           re.I)
# Who did it, in a cleft: "it was joy who took my blood", "it was grace that rang me"
# ("it was hope that kept me going" is a thing); who answers the phone: "grace speaking
# how can i help"; two given names joined, doing what people do: "both grace and faith
# came to visit" ("ginger and honey helped", "rosemary and sage are good" are things).
_CLEFT = re.compile(rf"\bit(?:\s+was|'s|\s+is)\s+{_NAME}\s+(?:who\s+(?!is\b|was\b)|that\s+"
                    r"(?:rang|called|phoned|came|took|gave|said|told|saw|visited|drove|"
                    r"brought|spoke|answered|sent)\b)",
                    re.I)
_SPEAKING = re.compile(rf"(?:^|[.!?]\s+|\b(?:hello|hi|morning|afternoon)[,\s]+){_NAME}"
                       r",?\s+speaking\b", re.I)
_PAIR = re.compile(rf"\b{_NAME}\s+and\s+{_NAME}\s+(?:came|come|visited|visit|went|called|"
                   r"rang|said|brought|drove|both|(?:are|were)\s+both)\b", re.I)
_THERE = re.compile(rf"\bis\s+{_NAME}\s+(?:there|around|available|home|in\s+today)\b", re.I)
_HESITATION = r"(?:(?:uh|um|er|erm|ah),?\s+)?"
_KIN = (r"son|daughter|husband|wife|mother|father|mom|mum|dad|brother|sister|partner|"
        r"grandson|granddaughter|grandmother|grandfather|grandma|grandpa|nan|nana|aunt|"
        r"aunty|auntie|uncle|niece|nephew|cousin|friend|neighbou?r|carer|caregiver|"
        r"boyfriend|girlfriend|fianc[eé]e?|stepson|stepdaughter|in-law")
_KIN_NAMED = re.compile(rf"\b(?:my|his|her|our|their|your)\s+(?:{_KIN})\s+{_HESITATION}"
                        rf"{_NAME}", re.I)
# A relative's given name that is a verb too, then the person's own verb: "my son will plays
# for the hornets", "my aunt may lives alone" ("will" and "may" take no "-s" verb after
# them: "my son will play" is the modal).
_KIN_NAME_THEN_VERB = re.compile(rf"\b(?:my|his|her|our|their|your)\s+(?:{_KIN})\s+"
                                 rf"{_HESITATION}(will|may|bill|pat|sue|rob|mark|grant|hope)\s+"
                                 r"(?=(?:is|was|has|had|does|did|plays|works|lives|goes|"
                                 r"takes|says|wants|needs|gets|comes|drives|helps|stays|"
                                 r"keeps|knows|thinks|uses|starts|can't|doesn't|didn't|"
                                 r"isn't|wasn't)\b)", re.I)
# A relative's full name, the given name a frequent word ("my son uh will baker he's on
# the call"): a listed given name, then a listed surname, then the clause goes on about
# them or ends. "My daughter may cook dinner" goes on with an object and stays.
_KIN_FULL_NAME = re.compile(rf"\b(?:my|his|her|our|their|your)\s+(?:{_KIN})\s+{_HESITATION}"
                            rf"{_NAME}\s+{_NAME}(?=\s*(?:[,.;!?]|$)|\s+(?:he|she|he's|"
                            r"she's|is|was|who|they|lives|called|came|has|had|needs|"
                            r"takes|passed|died|works)\b)", re.I)
# Kin and church words said as a title, with no "my" before them: "calling for Grandma
# Ruth", "Aunt Dolores lives alone", "my sponsor Big Mike", "Brother Jim drove her". The
# title is part of how the person is named, so the finding takes it in.
_KIN_TITLE = re.compile(rf"\b(?:aunt|auntie|aunty|uncle|grandma|grandpa|granny|gramma|grampa|"
                        rf"nana|nanna|cousin|big|lil|brother|sister|deacon|pastor|"
                        rf"coach)\s+{_NAME}", re.I)
# A given name and where that person is from or works: "Hank from the VFW hall said",
# "Tonya from billing called", "ask for Deb over at the front desk".
_FROM_PLACE = re.compile(rf"\b{_NAME}\s+(?:(?:from|over\s+at|down\s+at|up\s+at)\s+(?:the\s+)?"
                         r"[^\W\d_]|"
                         # where in a practice someone answers: "grace at the front desk",
                         # "tonya in billing"
                         r"at\s+(?:the\s+)?(?:front\s+desk|reception|nurses'?\s+station)\b|"
                         r"in\s+(?:billing|scheduling|registration|admissions|"
                         r"medical\s+records)\b)", re.I)
# What a person from somewhere does next ("ruby from the kitchen called about"), that a
# thing from somewhere does not ("holly from the garden for my rash").
_ACTS_AFTER = re.compile(r"\b(?:called|calls|calling|said|says|told|tells|came|comes|brought|"
                         r"brings|drove|drives|sent|sends|asked|asks|wants|wanted|helped|helps|"
                         r"gave|gives|phoned|texted|emailed|visited|checked|returning|"
                         r"returned)\b", re.I)
_ACTS_CHARS = 40
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)$")
# Titles that are ordinary words too ("a big hope", "my brother will"): the name after
# them must be rarer than a frequent word.
_LOOSE_TITLES = frozenset({"big", "lil", "brother", "sister", "deacon", "pastor", "coach"})
_CAPITAL_TITLES = frozenset({"big", "lil"})
_WORD_RANK = 1000
_SURNAME = re.compile(r"\s+([^\W\d_]+(?:['\u2019-][^\W\d_]+)?)")
_DAY_AFTER = re.compile(r"\s+(?:the\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|"
                        r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                        r"eighteen|nineteen|twenty|thirty|first|second|third|fourth|fifth|"
                        r"sixth|seventh|eighth|ninth|tenth)\b)", re.I)
_STOP_RANK = 300
_RARE_RANK = 20000
_SURNAME_RANK = 2000


def _given(text: str, start: int, end: int, frequent: bool) -> bool:
    """Whether the word is a given name here; ``frequent`` lets a frequent one count."""
    key = fold(text[start:end])
    if len(key) < 2 or "F" not in names().get(key, "") or key in KIN_AND_TITLES \
            or key in NUMBER_WORDS or is_medical(text, start, end, key, "en"):
        return False
    if key in NOT_NAMES and key not in EN_NAME_VERBS:
        return False
    if key in EN_MONTHS and _DAY_AFTER.match(text, end):
        return False  # "ask for may third": a date
    return frequent or common("en").get(key, _STOP_RANK) >= _STOP_RANK


# How a clinical word said after "my son" looks when no list holds it: an adjective
# ("epileptic", "hypertensive", "bedbound", "post-op") or a clipped or prefixed term
# ("hypo", "non-verbal", "pre-diabetic").
_CLINICAL_ENDINGS = ("ic", "ive", "al", "bound", "op", "ous", "ent", "um", "ar")
_CLINICAL_STARTS = ("hypo", "hyper", "post", "pre", "non", "neuro", "over", "under")


def _clinical_shape(word: str, key: str) -> bool:
    """Whether a rare word after a relative is shaped like a clinical term, no name: an
    acronym ("CKD", "ivf", "dvt", "ehcp"), an adjective or a prefixed term, none of them a
    name the lists hold ("my dad ckd stage three", "my son epileptic")."""
    if (word.isupper() and len(word) <= 5) or not re.search(r"[aeiouy]", key):
        return True
    if key in names():
        return False
    short = len(key) <= 3 or (len(key) <= 5 and len(re.findall(r"[aeiou]", key)) <= 1)
    return short or key.endswith(_CLINICAL_ENDINGS) \
        or key.startswith(_CLINICAL_STARTS)


def _with_surname(text: str, end: int) -> int:
    """The end of a surname said right after a given name, if one is."""
    found = _SURNAME.match(text, end)
    if found:
        key = fold(found.group(1))
        if "L" in names().get(key, "") and key not in NOT_NAMES and key not in KIN_AND_TITLES \
                and (found.group(1)[0].isupper()
                     or common("en").get(key, _SURNAME_RANK) >= _SURNAME_RANK):
            return found.end(1)
    return end


def asked_for_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the names said where only a person fits ("ask for may", "is will
    there", "her name was grace", "my son will plays"): a frequent word that is a given
    name counts, and the engine keeps it though "will" and "may" are no names elsewhere."""
    for pattern in (_HANDED, _THERE, _KIN_NAME_THEN_VERB):
        for match in pattern.finditer(text):
            if _given(text, match.start(1), match.end(1), frequent=True):
                yield match.start(1), _with_surname(text, match.end(1))


def role_frame_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the names said in the frames above (English)."""
    for pattern in (_CLEFT, _SPEAKING):
        for match in pattern.finditer(text):
            if _given(text, match.start(1), match.end(1), frequent=False):
                yield match.start(1), match.end(1)
    for match in _PAIR.finditer(text):
        if all(_given(text, match.start(g), match.end(g), frequent=False) for g in (1, 2)):
            yield match.start(1), match.end(1)
            yield match.start(2), match.end(2)
    for match in _WITH_OR_CALLED.finditer(text):
        if _given(text, match.start(1), match.end(1), frequent=False):
            yield match.start(1), _with_surname(text, match.end(1))
    for match in _ASKED.finditer(text):
        group = 1 if match.group(1) else 2
        if _given(text, match.start(group), match.end(group), frequent=False):
            yield match.start(group), match.end(group)
    for match in _GREETED.finditer(text):
        key = fold(match.group(1))
        after = re.match(r"[^\W\d_']+", text[match.end():])
        if key in EN_NAME_VERBS and not (after and after.group().lower() in _VERB_OPENERS):
            continue  # "thanks hope you're well": a verb
        if key in _ENDEARMENTS or (key in EN_MONTHS and _MONTH_ANSWER.match(text, match.end(1))):
            continue  # "thanks sunshine", "okay june is fine"
        if key not in NOT_NAMES and _given(text, match.start(1), match.end(1), frequent=False):
            yield match.start(1), match.end(1)
    for match in _FROM_PLACE.finditer(text):
        # in lower case only a name no frequent word shares: "holly from the garden",
        # "ginger from the market", "rose from the chair" are things and verbs
        key = fold(match.group(1))  # a capital where a sentence starts says nothing
        capital = match.group(1)[0].isupper() and not _SENTENCE_START.search(
            text, 0, match.start(1))
        rank = common("en").get(key, _RARE_RANK)
        acts = _ACTS_AFTER.search(text, match.end(), match.end() + _ACTS_CHARS)
        if _given(text, match.start(1), match.end(1), frequent=False) \
                and (rank >= _RARE_RANK or (rank >= _WORD_RANK and (capital or acts))):
            yield match.start(1), match.end(1)
    for match in _KIN_TITLE.finditer(text):
        title = fold(text[match.start():match.start(1)].strip())
        loose = title in _LOOSE_TITLES
        if title in _CAPITAL_TITLES and not match.group(1)[0].isupper():
            continue  # "a big mac", "big ben": only "Big Mike", written, is a name
        if _given(text, match.start(1), match.end(1), frequent=False) and not (
                loose and common("en").get(fold(match.group(1)), _RARE_RANK) < _WORD_RANK):
            yield match.start(), _with_surname(text, match.end(1))
    for match in _KIN_FULL_NAME.finditer(text):
        key = fold(match.group(2))
        if fold(match.group(1)) in EN_NAME_VERBS and not text[match.end():].strip(" ,"):
            continue  # "my daughter may cook.": a verb with nothing after to tell it
        if _given(text, match.start(1), match.end(1), frequent=True) \
                and "L" in names().get(key, "") and key not in NOT_NAMES \
                and key not in KIN_AND_TITLES and common("en").get(key, _RARE_RANK) >= _WORD_RANK \
                and not is_medical(text, match.start(2), match.end(2), key, "en"):
            yield match.start(1), match.end(2)
    for match in _KIN_NAMED.finditer(text):
        key = fold(match.group(1))
        if common("en").get(key, _RARE_RANK) >= _RARE_RANK and key not in NOT_NAMES \
                and key not in KIN_AND_TITLES \
                and not _clinical_shape(match.group(1), key) \
                and not is_medical(text, match.start(1), match.end(1), key, "en"):
            yield match.start(1), _with_surname(text, match.end(1))
