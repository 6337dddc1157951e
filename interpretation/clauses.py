"""Does a transcript stop inside a clause? A word the speaker cannot end a sentence on.

The turn model (``engines/smart_turn.py``) hears prosody; at a hesitation it often hears
a finished sentence, and a pause longer than the silence caps splits the sentence in two,
each half translated alone ("She has been allergic to" / "penicillin since childhood").
The draft's words (``interpretation.drafts``: recognised at the pause, before the cut)
say more: a sentence does not end on "to", "the", "and" or "de la". When they end on
such a word, the endpointer keeps listening longer (``StreamingEndpointer.hold_open``).

The lists hold closed-class words only (articles, prepositions, conjunctions, possessive
determiners and, in Spanish, clitic pronouns); a question may strand a preposition
("what is it for?"), so a transcript ending in "?" is never open.
Text only, no Django, nothing logged: the words are what the speaker said.
"""

from __future__ import annotations

import re

# Closed-class words that end no statement. Left out where an ending is ordinary in
# conversation: auxiliaries and modals ("yes, I can"), pronouns ("I saw her", "so do I"),
# demonstratives ("I need this"), wh-words and particles ("come in", "hold on"), "though",
# "more"; Spanish "si" (Whisper writes "sí" without its accent), "más" ("nada más"),
# "pues", demonstratives. "to" stays: "allergic to | penicillin" is the split this is for,
# and "I have to." then waits longer, nothing worse.
OPEN_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("""
        a an the my your our their
        and or but nor because although unless whereas
        of to for with from at into onto than if whether
        very um uh er erm
    """.split()),
    "es": frozenset("""
        el la los las un una unos unas al del mi mis tu tus su sus
        y e o u ni pero sino aunque porque
        a de en con por para sin desde hasta hacia entre sobre tras contra
        que cuando como donde mientras cuyo cuya
        me te se le les nos os
        muy tan eh em
    """.split()),
}

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
_TRAILING = re.compile(r"[\s.,;:!¡¿\"'“”)\]…-]*$")


def ends_open(transcript: str, language: str) -> bool:
    """True when ``transcript`` ends on a word no sentence ends on, or trails off ("…",
    "...", a comma): the speaker is still inside the clause."""
    words = OPEN_WORDS.get(language)
    if not words or not transcript.strip():
        return False
    if transcript.rstrip().endswith("?"):
        return False
    tail = _TRAILING.search(transcript)
    trailing = tail.group(0) if tail else ""
    if "…" in trailing or "..." in trailing or trailing.strip().startswith(","):
        return True
    found = _WORD.findall(transcript[-40:])
    return bool(found) and found[-1].lower() in words
