"""English frames that make a common name-word a name in speech.

The gazetteer takes a lower-case word for a name when no ordinary word shares it
("ninioluwa"); a given name that is also a frequent word ("mary", "kelly", "grace",
"love") needs a frame that only a person fills. Names are said in more frames than
"my name is" (``names.py``); these are the ones a call or a visit has:

- what someone is called: "everyone calls me jacob", "he goes by teddy", "known as
  peggy", "nicknamed bud";
- who a message is for, or who is spoken to: "i left a message for kelly", "a
  voicemail for amy", "can i speak to grace", "thanks, kelly", "is penny there?";
- a form's label: "patient name: hunter, wade";
- who is on the line: "bob here, calling about ..." (a name, then "here", opening a
  turn);
- the answer to a name question: "what's your name? love ulyanova";
- a speaker's label in a transcript that starts with a given name: "sierra: you saved
  my life" (not "Bot:", "Plan:");
- a list of given names: "indira, leslie, kim, michelle, sandra and john" (three or
  more given names, two of them no frequent word and none a state or country, make the others
  names too: "lake jill, montana" is a place).

A word fills a frame only if the name lists hold it and it is no function word, kin
word, title, number, month or medical term: "a message for the pharmacy", "calls me
back", "known as afib" stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from presidio_analyzer import RecognizerResult

from redaction.lexicon import EN_MONTHS, KIN_AND_TITLES, NOT_NAMES
from redaction.medical import is_medical
from redaction.name_appositives import (
    appositive_names,
    compound_names,
    family_names,
    unlisted_given_names,
)
from redaction.name_roles import ONLY_A_PERSON, asked_for_names, role_frame_names
from redaction.recognizers import NUMBER_WORDS, SpeechRecognizer, result
from redaction.towns import is_region
from redaction.wordlists import common, fold, names

MAX_NAME_WORDS = 3
# A given name this frequent as a word ("will", "love", "hope") counts toward a list
# only beside rarer ones.
_LIST_RANK = 2000
_MIN_LIST = 3
_STOP_RANK = 300  # "thanks, so": the most frequent words are no name said to someone

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_FRAMES = re.compile(
    r"\b(?:(?:calls?|called|calling)\s+(?:me|him|her|them)|(?:go|goes|went|going)\s+by|"
    r"(?:known|referred to)\s+as|nicknamed|nickname(?:'s|\s+is|\s+was)?|"
    r"(?:prefers?|likes?)\s+to\s+be\s+called|"
    r"(?:a\s+|the\s+)?(?:message|voicemail|voice\s+mail|note|letter|package|fax)\s+"
    r"(?:for|from|to)|"
    # whom the caller talks to: "can i speak to grace", "i spoke with jasmine"
    r"(?:speak|spoke|speaking|talk|talked|talking|chat|chatted)\s+(?:to|with)|"
    # a form's label: "patient name: hunter, wade"
    r"(?:full\s+|first\s+|last\s+|patient\s+|patient's\s+)?name\s*:|"
    # the answer to a name question: "what's your name? love ulyanova"
    r"(?:your|his|her|their|the\s+patient's)\s+(?:full\s+|first\s+|last\s+)?name\s*\?"
    r"(?:\s*(?:it's|its|it\s+is|i'm|im|um|uh|yeah|yes)\b)?)[\s,:]+",
    re.I)
# Who made or did something, after "by": "directed by line henriksen", "a song written
# by smith", "seen by patel", "starring ...". In lower-case speech the first word is a
# given name or in no dictionary: "examined by ear", "written by hand" stay.
_BY_FRAME = re.compile(
    r"\b(?:(?:written|directed|produced|sung|performed|composed|painted|created|founded|"
    r"invented|designed|discovered|edited|illustrated|narrated|hosted|signed|prescribed|"
    r"referred|seen|examined|treated|delivered|interviewed|raised|adopted|coached|taught)"
    r"\s+by|starring|featuring)\s+", re.I)
# A given name said to someone: "thanks, kelly", "okay robin, we'll see you", "thank you
# so much ahmed", "see you tomorrow, grace", "is penny there?", "put mary on the phone".
_ADDRESSED = re.compile(
    r"\b(?:(?:(?:thanks|thank\s+you)(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+again)?|hi|"
    r"happy\s+birthday|congratulations|congrats|welcome(?:\s+back)?|well\s+done|cheers|"
    r"hello|hey|bye|goodbye|okay|ok|sorry|morning|see\s+you(?:\s+(?:soon|later|tomorrow|"
    r"then|next\s+week|monday|tuesday|wednesday|thursday|friday))?|take\s+care|"
    r"good\s+(?:morning|afternoon|evening|night)|alright|all\s+right)[,\s]+([^\W\d_]+)"
    r"(?=\s*(?:[,.!?]|$))|is\s+([^\W\d_]+)\s+(?:there|around|available|home)\b|"
    r"put\s+([^\W\d_]+)\s+on\s+the\s+(?:phone|line))", re.I)
# "bob here, calling about ...": a name and "here" opening a turn.
_HERE = re.compile(r"(?:^|[.!?:]\s+|\b(?:hi|hello|hey|yes|yeah|morning|afternoon)[,\s]+)"
                   r"((?:[^\W\d_]+['-]?[^\W\d_]*\s+){0,2}[^\W\d_]+)\s+here\b[\s,.]", re.I)
# "sierra: you saved my life": a speaker's label at the start of a line or turn.
_LABEL = re.compile(r"(?:^|\n|[.!?]\s+|,\s+)([^\W\d_]+(?:\s+[^\W\d_]+)?):\s", re.I)
# "vadym a švec": a word, an initial and a surname, as a full name is said.
_INITIALLED = re.compile(r"(?<![\w'])([^\W\d_]{2,})\s+[^\W\d_]\.?\s+"
                         r"([^\W\d_]{2,}(?:['-][^\W\d_]+)?)(?![\w'])")
_RARE_RANK = 20000
# A given name as the subject of what a person does, opening a clause: "mary is here
# with me", "so frank called this morning", "ellen drove me", "kim and i went". The word
# before it is no determiner ("the baby came", "my guy said" name no one) and no
# preposition or place head ("the pharmacy in south thomas said": a place).
# (not "her", "that", "no": "i told her frank called", "she knows that frank called", "no
# frank called me")
_DETERMINERS = frozenset("""the a an my your his our their this these those some any every
each another""".split())
_SUBJECT = re.compile(
    r"(?:^|[.!?;:,]\s*|\b(?!(?:the|a|an|my|your|his|her|our|their|this|that|these|those|"
    r"some|any|every|each|no|another|poor|old|little|dear|sweet|good|in|at|from|to|near|"
    r"of|on|by|for|with|into|north|south|east|west|new|port|lake|mount|fort|saint|st|san)"
    r"\b)[^\W\d_]+\s+)"
    r"([^\W\d_]+(?:['\u2019-][^\W\d_]+)?(?:\s+(?!(?:is|was|will|can|could|would|just|"
    r"already|also|usually|always|actually|finally|and)\b)[^\W\d_]+(?:['\u2019-][^\W\d_]+)?)?)"
    r"(?=(?:['\u2019]s|\s+(?:is|was|will|can|could|would|just|already|also|usually|"
    r"always|actually|finally))?\s+"
    r"(?:called|calls|calling|phoned|texted|messaged|emailed|said|says|told|tells|asked|asks|"
    r"drove|drives|driving|brought|brings|bringing|picked|picks|picking|visited|visits|"
    r"visiting|came\s+(?:with|over|by|in|along|to\s+see)|comes\s+(?:with|over|by|along)|"
    r"coming|here|with\s+(?:me|us|him|her)|on\s+(?:the|her|his)\s+way|"
    r"takes\s+care|took\s+care|taking\s+care|helps|helped|helping|stays\s+with|"
    r"stayed\s+with|lives\s+with|lived\s+with|and\s+(?:i|me)\b|"
    r"gave\s+(?:me|us|him|her)|gives\s+(?:me|us|him|her)|went\s+with|goes\s+with|"
    r"knows|wants|thinks|thought|shouted|yelled|screamed|whispered|replied|answered|"
    r"(?:had|has)\s+(?:given|told|said|called|been|gone|come|brought|asked|taken|left|sent|"
    r"shown|helped|driven)|"
    # what someone has to do or did for the patient: "grace had to cancel it", "the
    # doctor said bill could collect the inhaler", "june rang", "dawn booked it"
    r"(?:had|has|needs|needed|wanted)\s+to\b|collect(?:s|ed|ing)?|cancel(?:s|led|ed)?|"
    r"rang|rings|booked|books|arranged|sorted|forgot|remembered|"
    # who someone is: "mary is a very sympathetic person", "ruth was a nurse"
    r"(?:is|was)\s+(?:a|an|such\s+a)\s+(?:[^\W\d_]+\s+){0,2}?(?:person|woman|man|girl|"
    r"boy|lady|guy|friend|nurse|teacher|kid|child|student|sweetheart|mother|father)\b|"
    r"(?:come|call|drive|bring|pick|be\s+here)\b))", re.I)
# "me and mary went", "my husband and frank": a given name joined to the speaker.
_WITH_SPEAKER = re.compile(r"\bme\s+and\s+([^\W\d_]+)\b", re.I)
# A given name called out at a turn's start: "grace, can you hear me?", "sierra, you
# saved my life", "bill, please sit down".
_VOCATIVE = re.compile(r"(?:^|[.!?]\s+)([^\W\d_]+),\s+(?!you\s+know\b)(?=(?:you|can|could|"
                       r"would|please|"
                       r"are|do|did|have|how|what|where|when|let's|sit|take|come|listen|"
                       r"look|wait|stop|thanks|thank)\b)", re.I)
# The same said with no comma, as a transcript of speech writes it ("sierra you saved my
# life"): only a name no frequent word shares ("hope you feel better", "mark you down").
_VOCATIVE_SAID = re.compile(r"(?:^|[.!?]\s+)([^\W\d_]+)\s+(?=(?:you|can\s+you|could\s+you|"
                            r"would\s+you|please)\b)", re.I)
# Whose someone or something is: "mary's house", "grace's son", "bill's sister".
_OWNER = re.compile(
    r"\b([^\W\d_]+)['\u2019]s\s+(?=(?:mom|mother|dad|father|husband|wife|son|daughter|sister|"
    r"brother|kids|children|baby|boyfriend|girlfriend|partner|grandma|grandpa|grandmother|"
    r"grandfather|aunt|uncle|cousin|niece|nephew|family|friend|house|home|place|apartment|"
    r"room|car|phone|number|birthday|party|wedding|funeral)\b)", re.I)
# A relative named after "is": "my husband is jack", "her daughter's name was grace".
_KIN_IS = re.compile(
    r"\b(?:my|his|her|our|their)\s+(?:son|daughter|husband|wife|mother|father|mom|dad|"
    r"brother|sister|partner|grandson|granddaughter|grandmother|grandfather|aunt|uncle|"
    r"niece|nephew|cousin|friend|neighbou?r|caregiver|carer|boyfriend|girlfriend|nurse|"
    r"aide|helper|key\s*worker|case\s*worker|social\s+worker|pharmacist|therapist|physio)"
    r"(?:(?:['\u2019]s\s+name)?\s+(?:is|was|'s)|,)?\s+([^\W\d_]+)"
    # the name ends the clause, or speech runs on into the next one: "my carer is bill
    # she comes every morning"; said right after the kin word, only where the next clause
    # takes its own subject: "my son will he lives out in spokane" (not "my son will be")
    r"(?=\s*(?:[,.!?;]|$|\s+(?:and|she|he|they|who|but)\b))",
    re.I)
# Given names that are adjectives too: "my son is young", "my daughter is happy".
_ADJECTIVES = frozenset("""
true young happy pretty perfect great little major real white green brown rich sweet lucky
wild famous honest lovely royal golden strange tiny brilliant holy awesome beautiful
amazing unique wise junior fine free grand noble gentle brave merry sunny rusty smart
precious bright clever kind calm cool bold strong keen jolly fancy dear pleasant patient
blessed gifted able fair bonny bonnie lively shy quiet healthy stubborn candid earnest
""".split())
# Frequent words that are given names but stand alone as a clause's subject as nouns
# or roles: "life said no", "god knows", "love brought me here", "doctor said".
_NOT_SUBJECTS = frozenset("""
god lord life love money music nature truth peace luck justice art reality freedom magic
beauty wealth pride heaven earth time work school church congress council court army navy
police staff guy girl boy kid baby dude boss driver lawyer judge mayor captain president
governor senator agent pilot crew jury king queen prince princess lady sir master champion
hero author artist everyone everybody someone somebody nobody anyone anybody summer winter
spring rain snow season man mate max min doc honey dear sweetie babe buddy bro chief bless
""".split())
# What one calls someone without naming them: "see you soon, doc", "thanks, honey". Only
# these are no name after a greeting or a thanks ("hi art", "bye summer", "thanks king"
# name people: a review found them let through when every word above was left out).
_TERMS_OF_ADDRESS = frozenset("""
doc honey dear sweetie babe buddy bro chief man mate sir boss dude guy lady bless kid baby
love god lord angel sunshine darling chuck flower petal pet duck hun hon poppet sweetheart
""".split())
_LIST_JOINER = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+", re.I)
# Who speaks in a transcript's label when no name does: "Agent:", "Caller:".
_ROLES = frozenset("""agent user bot customer caller operator interpreter speaker host
guest client staff tech clerk admin system assistant moderator reporter witness member
representative rep provider clinician physician therapist resident student""".split())
_NEVER = frozenset({*NOT_NAMES, *KIN_AND_TITLES, *NUMBER_WORDS, *EN_MONTHS})


def name_word(text: str, start: int, end: int, after_given: bool = False) -> bool:
    """Whether the word at ``text[start:end]`` may be (part of) a name here. After a
    given name, a surname that is also an eponym may ("yoko hashimoto here")."""
    key = fold(text[start:end])
    return len(key) > 1 and key in names() and key not in _NEVER \
        and (after_given or not is_medical(text, start, end, key, "en"))


def _given(key: str) -> bool:
    return "F" in names().get(key, "")


class NameFrameRecognizer(SpeechRecognizer):
    """PERSON in the frames above (English only: Spanish frames are ``names.py``'s)."""

    ENTITIES = ["PERSON"]

    def find(self, text: str) -> Iterator[RecognizerResult]:
        if self.supported_language != "en":
            return
        for match in _FRAMES.finditer(text):
            span = self._name_at(text, match.end(), label=match.group().rstrip().endswith(":"))
            if span:
                yield result("PERSON", *span, self.recognizer_name)
        for match in _BY_FRAME.finditer(text):
            span = self._name_at(text, match.end())
            key = fold(text[span[0]:span[1]].split()[0]) if span else ""
            if span and (text[span[0]].isupper() or _given(key) or key not in common("en")):
                yield result("PERSON", *span, self.recognizer_name)
        for pattern in (_HERE, _LABEL):
            for match in pattern.finditer(text):
                words = list(_WORD.finditer(text, match.start(1), match.end(1)))
                if pattern is _LABEL and not (words and _given(fold(words[0].group()))
                                              and fold(words[0].group()) not in _ROLES):
                    continue  # "Bot:", "User:", "Plan:": a label that names no one
                if words and all(name_word(text, w.start(), w.end(), n > 0 and _given(
                        fold(words[n - 1].group()))) for n, w in enumerate(words)):
                    yield result("PERSON", match.start(1), match.end(1), self.recognizer_name)
        for match in _ADDRESSED.finditer(text):
            group = next(g for g in (1, 2, 3) if match.group(g))
            key = fold(match.group(group))
            if _given(key) and key not in _TERMS_OF_ADDRESS \
                    and name_word(text, match.start(group), match.end(group)) \
                    and common("en").get(key, _STOP_RANK) >= _STOP_RANK:
                yield result("PERSON", match.start(group), match.end(group),
                             self.recognizer_name)
        yield from self._lists(text)
        yield from self._subjects(text)
        for start, end in family_names(text):  # "she's with the okoros now"
            yield result("PERSON", start, end, self.recognizer_name)
        for start, end in (*appositive_names(text), *compound_names(text),
                           *unlisted_given_names(text)):
            yield result("PERSON", start, end, self.recognizer_name)
        for start, end in role_frame_names(text):  # "ask for grace", "hi lane how are you"
            key = fold(text[start:end].split()[0])  # "okay perfect", "thanks doc": no name
            if key not in _TERMS_OF_ADDRESS and key not in _ADJECTIVES:
                yield result("PERSON", start, end, self.recognizer_name)
        for start, end in asked_for_names(text):  # "is will there": kept whole (engine)
            found = result("PERSON", start, end, self.recognizer_name)
            found.recognition_metadata[ONLY_A_PERSON] = True
            yield found
        for match in _INITIALLED.finditer(text):
            first, last = fold(match.group(1)), fold(match.group(2))
            rank = common("en").get(first, _RARE_RANK)
            rare = rank >= _RARE_RANK or (_given(first) and rank >= _LIST_RANK)
            if first not in _NEVER and rare \
                    and not is_medical(text, match.start(1), match.end(1), first, "en") \
                    and name_word(text, match.start(2), match.end(2)) \
                    and common("en").get(last, _LIST_RANK) >= _LIST_RANK:
                yield result("PERSON", match.start(1), match.end(2), self.recognizer_name)

    def _name_at(self, text: str, pos: int, label: bool = False) -> tuple[int, int] | None:
        """The name-words (up to three, an initial among them) right at ``pos``; after
        a form's label, "surname, given name" too."""
        end, count, given = pos, 0, False
        for word in _WORD.finditer(text, pos):
            gap = text[end:word.start()]
            if (gap.strip(" .") and not (label and count == 1 and gap.strip() == ",")) \
                    or count >= MAX_NAME_WORDS:
                break
            initial = count and len(word.group()) == 1 and word.group().lower() not in "ai"
            if not (initial or name_word(text, word.start(), word.end(), given)):
                break
            given = _given(fold(word.group()))
            key = fold(word.group())
            if not count and not (word.group()[0].isupper() or _given(key)
                                  or common("en").get(key, _LIST_RANK) >= _LIST_RANK):
                break  # "calls me back", "a note for self": a frequent word, no given name
            end, count = word.end(), count + 1
        if not count:
            return None
        return (pos + len(text[pos:end]) - len(text[pos:end].lstrip()), end)

    def _lists(self, text: str) -> Iterator[RecognizerResult]:
        """Three or more given names in a row, joined by commas, spaces or "and", two
        of them no frequent word: each is a name ("sandra and john")."""
        words = [w for w in _WORD.finditer(text) if w.group().lower() != "and"]
        i = 0
        while i < len(words):
            j = i
            while j < len(words) and _given(fold(words[j].group())) \
                    and not is_region(fold(words[j].group())) \
                    and name_word(text, words[j].start(), words[j].end()) \
                    and (j == i or _LIST_JOINER.fullmatch(text, words[j - 1].end(),
                                                          words[j].start())):
                j += 1
            members = words[i:j]
            rare = sum(common("en").get(fold(w.group()), _LIST_RANK) >= _LIST_RANK
                       for w in members)
            if len(members) >= _MIN_LIST and rare >= 2 and any(
                    "," in text[a.end():b.start()] or " and " in text[a.end():b.start()]
                    for a, b in pairwise(members)):
                for word in members:
                    yield result("PERSON", word.start(), word.end(), self.recognizer_name)
            i = max(j, i + 1)

    def _subjects(self, text: str) -> Iterator[RecognizerResult]:
        """A given name (and a surname) as the subject of what a person does, opening
        a clause ("mary is here with me", "ellen called yesterday"), joined to the
        speaker ("me and frank went"), owning ("mary's house") or a relative's ("my
        husband is jack"): no frequent word that is a noun here first ("life said no",
        "the baby came", "god's house"), nor an adjective ("my son is young")."""
        spans = [(m.start(1), m.end(1)) for m in _SUBJECT.finditer(text)]
        spans += [(m.start(1), m.end(1)) for p in (_WITH_SPEAKER, _OWNER, _KIN_IS, _VOCATIVE)
                  for m in p.finditer(text)
                  if p is not _KIN_IS or fold(m.group(1)) not in _ADJECTIVES]
        spans += [(m.start(1), m.end(1)) for m in _VOCATIVE_SAID.finditer(text)
                  if common("en").get(fold(m.group(1)), _LIST_RANK) >= _LIST_RANK]
        for start, end in spans:
            words = list(_WORD.finditer(text, start, end))
            if len(words) > 1 and fold(words[0].group()) in _DETERMINERS:
                continue  # "the link is visits dot com": a noun after its article
            if len(words) > 1 and not self._subject(text, words[0]):
                words = words[1:]  # "so frank called": the clause's first word is none
            if not self._subject(text, words[0]):
                continue
            end = words[0].start() + len(fold(words[0].group()).removesuffix("'s"))
            if len(words) > 1:  # "mary kowalski called": a surname, or no name at all
                if not (name_word(text, words[1].start(), words[1].end(), True) and common(
                        "en").get(fold(words[1].group()), _LIST_RANK) >= _LIST_RANK):
                    continue  # "hope this helps", "rose water helps": the verb is not its
                end = words[1].end()
            yield result("PERSON", words[0].start(), end, self.recognizer_name)

    @staticmethod
    def _subject(text: str, word: re.Match[str]) -> bool:
        """Whether ``word`` (with its "'s": "mary's here") is a given name, no frequent
        noun, that may open a clause as its subject."""
        key = fold(word.group()).removesuffix("'s")
        return _given(key) and key not in _NOT_SUBJECTS \
            and common("en").get(key, _STOP_RANK) >= _STOP_RANK \
            and name_word(text, word.start(), word.start() + len(key))
