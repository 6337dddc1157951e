"""Sports teams a patient or a child plays for: "my son plays for the cedar hill hornets",
"she coached for the Riverside Rockets", "juega en los halcones de soyapango".

Why: a team names a town, a school or a club, and with a child's injury and a date it
points at one family; outside writers mark teams as organisations. No head word says a
team is named ("club" is ``institutions_es``'s), but the verb does: one plays, coaches or
pitches for a team, and an English team's name ends in a plural ("hornets", "rockets").
"Plays for the kids", "played for hours", "juega con los primos" name no team and stay;
a Spanish team said in lower case only with its town after "de" ("los halcones de
soyapango"), since "juega en los columpios del parque" is a playground.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaction.medical import is_medical
from redaction.wordlists import common, fold

_SPORTS = (r"(?:(?:basketball|football|soccer|baseball|softball|hockey|volleyball|lacrosse|"
           r"f[uú]tbol|b[eé]isbol|b[aá]squet|basquetbol|voleibol)\s+)?")
_CUE = {
    "en": re.compile(r"\b(?:plays?|played|playing|coach(?:es|ed|ing)?|pitch(?:es|ed|ing)|"
                     r"wrestles|wrestled|skates|skated|cheers|cheered)\s+" + _SPORTS +
                     r"for\s+the\s+", re.I),
    "es": re.compile(r"\b(?:juega|jugaba|jug[oó]|juegan|jugaban|entrena|entrenaba|"
                     r"entren[oó])\s+" + _SPORTS + r"(?:en|con|para)\s+(?:los|las)\s+", re.I),
}
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_MAX_WORDS = 4
_GRAMMAR_RANK = 150  # a more frequent word is grammar, never in a team's name
_TOWN_RANK = 5000  # a place this frequent is a word first ("parque", "agua")
# Plurals after the cue that are people, time, a round or an age group, not a team: "plays
# for the kids", "entrena para los playoffs", "juega para los alevines".
_NOT_TEAMS = frozenset("""hours minutes days weeks months years kids children boys girls
fans money fun points seniors juniors grownups adults others ones people folks guys
members students patients elderly niños niñas primos primas
playoffs tryouts finals semifinals regionals nationals interescolares intercolegiales
alevines benjamines infantiles juveniles cadetes regionales estatales nacionales finales
semifinales olimpiadas eliminatorias
amigos amigas vecinos hermanos hermanas compañeros chicos chicas muchachos nietos
sobrinos""".split())


def named_teams(text: str, language: str) -> Iterator[tuple[int, int]]:
    """Spans of the team named after a verb of playing for it."""
    cue = _CUE.get(language)
    if cue is None:
        return
    for said in cue.finditer(text):
        words: list[re.Match[str]] = []
        for word in _WORD.finditer(text, said.end()):
            key = fold(word.group())
            if len(words) >= _MAX_WORDS or text[(words[-1].end() if words else said.end()):
                                                word.start()].strip() \
                    or common(language).get(key, _GRAMMAR_RANK) < _GRAMMAR_RANK \
                    or is_medical(text, word.start(), word.end(), key, language):
                break
            words.append(word)
        if language == "en":
            yield from _english_team(words)
        else:
            yield from _spanish_team(text, words, for_it=" para " in said.group().lower())


def _english_team(words: list[re.Match[str]]) -> Iterator[tuple[int, int]]:
    """Up to the first plural: "cedar hill hornets", "the Rockets"."""
    for word in words:
        key = fold(word.group())
        if key in _NOT_TEAMS:
            return
        if key.endswith("s") and not key.endswith("ss"):
            yield words[0].start(), word.end()
            return


def _spanish_team(text: str, words: list[re.Match[str]], for_it: bool
                  ) -> Iterator[tuple[int, int]]:
    """A plural, then "de" and its town ("halcones de soyapango"), written with a capital
    ("los Pumas"), or played for by a name no Spanish word shares ("juega para los
    falcons"; not "para los torneos", "para los juveniles")."""
    if not words or fold(words[0].group()) in _NOT_TEAMS \
            or not fold(words[0].group()).endswith("s"):
        return
    town = re.match(r"\s+del?\s+([^\W\d_]+)", text[words[0].end():])
    if town is not None and _a_town(town.group(1)):
        yield words[0].start(), words[0].end() + town.end(1)
    elif words[0].group()[0].isupper() or (for_it and fold(words[0].group()) not in common("es")):
        yield words[0].start(), words[0].end()


def _a_town(word: str) -> bool:
    """A town's name after "de": written with a capital, or a word no frequent word
    shares ("soyapango", "apodaca"); not "de la", "de su", "del parque", "de agua"."""
    return word[0].isupper() or common("es").get(fold(word), _TOWN_RANK) >= _TOWN_RANK
