"""Does a transcript stop inside a clause? A word the speaker cannot end a sentence on.

The turn model (``engines/smart_turn.py``) hears prosody; at a hesitation it often hears
a finished sentence, and a pause longer than the silence caps splits the sentence in two,
each half translated alone ("She has been allergic to" / "penicillin since childhood").
The draft's words (``interpretation.drafts``: recognised at the pause, before the cut)
say more: a sentence does not end on "the", "and" or "de la". When they end on such a
word, the endpointer keeps listening longer (``StreamingEndpointer.words``).

A wrong "open" is not free: the pause waits up to ``OPEN_CLAUSE_CAP_S``, and a speaker
who goes on within it has two sentences cut as one. So the lists hold only closed-class
words that end no ordinary reply (articles, prepositions, conjunctions, possessive
determiners, Spanish clitics), and leave out what a reply may end on: auxiliaries and
modals ("yes, I can"), pronouns ("I saw her"), demonstratives ("I need this"), wh-words
and particles ("come in", "hold on"), "though", "more"; in Spanish "si", "se", "te",
"mi" (Whisper writes "sí", "sé", "té", "mí" without their accents: "no se"), "más"
("nada más"), "una" ("a la una"), and words that are also verbs ("casi no como", "el
dolor no para", "que entre"). Fixed endings are closed ("kind of", "de vez en cuando"),
as is "to" after a verb that takes it bare ("I used to", "I have to"). A number ends a
sentence ("a 7 out of 10", "en 1980"): Whisper writes digits. A question may strand a
preposition ("what is it for?"), so a transcript ending in "?" is never open. One that
ends in "..." is: Whisper writes it where the voice trails off ("when I...", "well..."),
and a speaker who trails off mostly goes on; "I don't know..." as a whole reply then
waits up to the cap.
Text only, no Django, nothing logged: the words are what the speaker said.
"""

from __future__ import annotations

import re

OPEN_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("""
        a an the my your our their its every
        and or but nor although unless whereas
        of to for with from at into onto than during without including per whether
        um uh er erm
    """.split()),
    "es": frozenset("""
        el la los las un unos al del lo tu tus su sus cada
        nuestro nuestra nuestros nuestras
        y e o u ni pero sino aunque porque
        a de en con por sin desde hasta hacia sobre tras durante
        que cuando donde mientras cuyo cuya
        le les nos os me
        muy tan em
    """.split()),
}
# Two-word endings that close what their last word would open.
CLOSED_ENDINGS: dict[str, frozenset[tuple[str, str]]] = {
    "en": frozenset({("kind", "of"), ("sort", "of")}) | frozenset(
        (verb, "to") for verb in """
            used have has had want wants wanted need needs needed try tries tried trying
            supposed going able like love forgot got ought meant plan planning hope hoped
            start started allowed told asked afraid happy glad ready sure
        """.split()),
    "es": frozenset({("en", "cuando"), ("en", "contra")}),
}

_TOKEN = re.compile(r"\w+(?:'\w+)?", re.UNICODE)


def ends_open(transcript: str, language: str) -> bool:
    """True when ``transcript`` ends on a word no sentence ends on: the speaker is still
    inside the clause (see the module's docstring for what is left out, and why)."""
    words = OPEN_WORDS.get(language)
    if not words or transcript.rstrip().endswith("?"):
        return False
    if transcript.rstrip().endswith(("...", "…")):
        return True  # Whisper heard the voice trail off: "the pain gets worse when I..."
    tokens = [t.lower() for t in _TOKEN.findall(transcript[-60:])]
    if not tokens or any(c.isdigit() for c in tokens[-1]):
        return False
    if len(tokens) >= 2 and (tokens[-2], tokens[-1]) in CLOSED_ENDINGS.get(language, ()):
        return False
    return tokens[-1] in words
