"""Roads named by a number, and the exit that reaches one: "rural route two box fifty
five", "on route forty six", "off highway nine", "exit one twelve on i thirty five".

Why: in the country a route and its box number are the address, and a highway, its exit
or its mile marker say where someone was hurt or lives as well as a street does; outside
writers mark them. A rural route or a highway contract route is always a road; "route",
"highway" or "interstate" with a number only after a place cue ("the route twice a day"
is no road; not "RR", a respiratory rate). Said, an interstate is "i" and its number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaction.numbers import run_after
from redaction.recognizers import _UNITS_AFTER

_ROUTE = re.compile(r"\b(?:(rural\s+route|highway\s+contract\s+route)|"
                    r"(?:state\s+|us\s+|u\.s\.\s+|county\s+|farm\s+to\s+market\s+)?"
                    r"(?:route|rte\.?|highway|hwy\.?|road|interstate|i-|"
                    # said: "off i thirty five", "on i 10" (a pronoun is no number's)
                    r"i(?=\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                    r"twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)"
                    r"))\s*(?:number\s+)?",
                    re.I)
_ROUTE_CUE = re.compile(r"\b(?:on|off|off of|at|along|near|by|live|lives|living|located|"
                        r"house is|home is|farm is|exit|mile marker)\s+(?:the\s+)?$", re.I)
BOX = re.compile(r"[\s,]*box\s+", re.I)  # a route's box number follows it
# The exit the road is reached by: "exit one twelve on i thirty five", "exit 4B off Route 9".
_EXIT = re.compile(r"\bexit\s+(?:number\s+)?", re.I)
_EXIT_TO_ROAD = re.compile(r"[a-z]?\s+(?:on|off|of)\s+(?:the\s+)?$", re.I)
_EXIT_CHARS = 60  # how far before its road an exit is said
_NUMBER = re.compile("")  # a number said right where the lead ends
# A mile marker says where someone is wherever it is said; an exit alone, after a place
# cue: "pulled over near mile marker two fourteen", "the truck stop off exit one twelve"
# ("take exit 12" is a direction).
_MARKER = re.compile(r"\b(?:mile\s+marker|mile\s*post)\s+(?:number\s+)?|"
                     # ("the" only before a numbered exit: "by the exit one of the nurses")
                     r"\b(?:off|at|near|by|past)\s+(?:of\s+)?(?:the\s+(?=exit\s+(?:number\b|\d)))?"
                     r"(exit)\s+(?:number\s+)?", re.I)


def numbered_roads(text: str) -> Iterator[tuple[str, int, int]]:
    """STREET_ADDRESS spans of English roads named by a number, with a route's box and
    the exit said before the road, and of mile markers and exits said alone (as a road's
    exit is: a place read as a name would lose its number)."""
    for match in _MARKER.finditer(text):
        end = run_after(text, match.end(), _NUMBER, "en")
        if end > match.end() and not _UNITS_AFTER.match(text[end:]):
            yield "STREET_ADDRESS", match.start(1) if match.group(1) else match.start(), end
    for match in _ROUTE.finditer(text):
        end = run_after(text, match.end(), _NUMBER, "en")
        if end == match.end() or _UNITS_AFTER.match(text[end:]):
            continue
        if not match.group(1) and not _ROUTE_CUE.search(text, 0, match.start()):
            continue  # "the route twice a day": a road needs its place cue
        end = run_after(text, end, BOX, "en")
        yield "STREET_ADDRESS", match.start(), end
        for exit_ in _EXIT.finditer(text, max(0, match.start() - _EXIT_CHARS), match.start()):
            number_end = run_after(text, exit_.end(), _NUMBER, "en")
            if number_end > exit_.end() and _EXIT_TO_ROAD.fullmatch(text, number_end,
                                                                     match.start()):
                yield "STREET_ADDRESS", exit_.start(), end  # the exit and its road
