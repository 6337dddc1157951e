"""A business named just before the street it is on: "she was with me at Club Vibe on
Bourbon Street", "the trainer at knockout boxing on halsted", "the guy who owns Sal's
Place on Atlantic Avenue", and the street a kind of place is on: "the clinic on cesar
chavez closed", "the walgreens on maple".

Why: outside writers mark both the business and its street, and the pair pins down where
somebody was; but a business is named by ordinary words ("knockout boxing", "club vibe")
that no list holds and no head word announces, and a street said without "street" is a
bare name. The frame tells: a preposition of place, a few words, then "on" or "off" and a
street. The words are a name when one of them is one (a name-word, a place, a capital
mid-sentence, or a word rarer than ``_RARE_RANK``), none is grammar, time, a kind of
place or anything clinical: "at the gym on tuesday", "at dialysis on fifth street", "at
work on my feet" name nothing. English only: Spanish says the street's kind ("en la calle
Embajadores"), which the address recognizers read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.acronyms import clinical_acronyms
from redaction.medical import is_medical
from redaction.recognizers import result
from redaction.wordlists import common, fold, names, places

_ANCHOR = re.compile(r"\b(?:at|to|from|near|by|behind|outside|across\s+from|next\s+to|"
                     r"over\s+at|down\s+at|up\s+at)\s+(?:the\s+)?$", re.I)
_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019&-][^\W\d_]*)*", re.I)
_ON = re.compile(r"\s+(?:on|off)\s+", re.I)
_NAME_TOKENS_MAX = 3
_NAME_CHARS = 60  # how far before "on" a business's name is looked for
_ANCHOR_CHARS = 16  # and its preposition before it ("across from the ")
_STREET_TOKENS_MAX = 2
_GRAMMAR_RANK = 150  # a word more frequent than this is grammar ("all", "one", "my")
_NAME_WORD_RANK = 1500  # a name-word this frequent is a word first ("good", "young")
_RARE_RANK = 5000  # a word rarer than this names a business ("vibe", "knockout")
_STREET_RANK = 1500  # a street said bare is a name-word rarer than this ("halsted")
_UNLISTED_RANK = 4 * _RARE_RANK  # the rank of a word the frequency list does not hold
# Words a name may hold although frequent: "Sal's Place", "Bed and Biscuit".
_JOINING = frozenset("and & of n".split())
# When, not where: "at the gym on tuesday", "at grandma's on christmas".
_TIME = frozenset("""monday tuesday wednesday thursday friday saturday sunday mondays tuesdays
wednesdays thursdays fridays saturdays sundays weekend weekends weekday weekdays morning
mornings afternoon evening night nights christmas thanksgiving easter halloween birthday
holiday holidays break vacation shift shifts call duty purpose time foot way""".split())
# Care said where it is given, no business's name: "at dialysis on fifth street", "at
# chemo on mondays", "to physical therapy off route nine".
_CARE = frozenset("""dialysis chemo chemotherapy radiation therapy physical occupational
speech rehab rehabilitation infusion infusions surgery ultrasound ultrasounds mri ct scan
scans x-ray xray xrays labs lab bloodwork blood appointment appointments checkup visit
visits meeting meetings class classes group groups counseling detox methadone treatment
wound care vaccine vaccines shots shot testing""".split())
# What someone is on, no street: "at the clinic on probation", "heard from her on whatsapp".
_STATUS = frozenset("""probation parole welfare disability medicaid medicare wic snap ssi
crutches bedrest fluids oxygen whatsapp facebook instagram tiktok youtube zoom facetime
snapchat twitter messenger telegram signal teams skype phone line""".split())
# Kinds of place, said before "on" with their street after: "the clinic on cesar chavez".
_KINDS = frozenset("""clinic pharmacy store shop office center centre daycare school church
shelter gym bar diner restaurant laundromat library station hospital market motel hotel
plant warehouse walgreens cvs""".split())


def _rank(key: str) -> int:
    return common("en").get(key, _UNLISTED_RANK)


def _plain(text: str, token: re.Match[str]) -> bool:
    """Neither grammar, time nor clinical: a word a name or a street may hold."""
    key = fold(token.group()).removesuffix("'s").removesuffix("\u2019s")
    return (_rank(key) >= _GRAMMAR_RANK or key in _JOINING) and key not in _TIME \
        and key not in _CARE and key not in clinical_acronyms() \
        and not is_medical(text, token.start(), token.end(), key, "en")


def _names_something(text: str, token: re.Match[str]) -> bool:
    key = fold(token.group()).removesuffix("'s").removesuffix("\u2019s")
    if key in _JOINING or key in _KINDS:
        return False
    capital = token.group()[0].isupper() and not re.search(r"(?:^|[.!?]\s+)$",
                                                           text[:token.start()])
    return capital or _rank(key) >= _RARE_RANK or (
        (key in names() or key in places()) and _rank(key) >= _NAME_WORD_RANK)


def _street_end(text: str, pos: int, street: re.Pattern[str]) -> tuple[int, bool] | None:
    """Where the street after "on" ends, and whether it was said bare (no "street")."""
    full = street.match(text, pos)
    if full is not None:
        return full.end(), False
    end = None
    for count, token in enumerate(_TOKEN.finditer(text, pos)):
        if count >= _STREET_TOKENS_MAX or text[end or pos:token.start()].strip():
            break
        key = fold(token.group())
        capital = token.group()[0].isupper()
        if not _plain(text, token) or key in _JOINING or key in _KINDS or key in _STATUS \
                or not (capital or ((key in names() or key in places())
                                    and _rank(key) >= _STREET_RANK)):
            break  # a rare word alone is what someone is on: "on telemetry", "on kratom"
        end = token.end()
    return (end, True) if end is not None else None


def named_on_street(text: str, street: re.Pattern[str],
                    name: str) -> Iterator[RecognizerResult]:
    """LOCATION for a business before "on <street>", STREET_ADDRESS for a street said
    bare after one or after a kind of place (``street`` reads a street with its kind)."""
    for on in _ON.finditer(text):
        after = _street_end(text, on.end(), street)
        if after is None:
            continue
        before = list(_TOKEN.finditer(text, max(0, on.start() - _NAME_CHARS), on.start()))
        tokens: list[re.Match[str]] = []
        for token in reversed(before):
            gap = text[token.end():(tokens[0].start() if tokens else on.start())]
            if gap.strip() or len(tokens) >= _NAME_TOKENS_MAX:
                break
            tokens.insert(0, token)
        named = None
        for first in range(len(tokens)):  # the longest run the anchor leads to
            run = tokens[first:]
            if _ANCHOR.search(text, max(0, run[0].start() - _ANCHOR_CHARS), run[0].start()) \
                    and all(_plain(text, t) for t in run) \
                    and any(_names_something(text, t) for t in run) \
                    and fold(run[0].group()) not in _JOINING:
                named = run
                break
        kind = bool(tokens) and fold(tokens[-1].group()) in _KINDS
        if named:
            yield result("LOCATION", named[0].start(), named[-1].end(), name)
        if after[1] and (named or kind):
            yield result("STREET_ADDRESS", on.end(), after[0], name)
