"""A Spanish brand coined from a therapeutic root ("Gastrolin", "Tensiovel") is a
medicine wherever it is said, even alone, unless a person's cue stands beside it.

Brands reach a clinic faster than any list; many are coined from a root that says what
they treat. The roots here were counted over the project's lists so that almost no
person's name holds them; a word any name, place or frequent-word list holds is never
taken for a brand by its root, and a name cue, a verb said of people, the personal "a"
or a name-word beside the word keeps it a name ("Vino Gastrilda ayer").
"""

from __future__ import annotations

import re
from collections.abc import Callable


def _fold(word: str) -> str:
    from redaction.gazetteer import fold

    return fold(word)


# Therapeutic roots that brands are coined from ("Gastrolin", "Osteomax", "Tensiovel",
# "Artrodol") and that almost no person's name holds: each was counted over the
# project's lists, DrugBank's medicine names against the name lists (over 100,000
# given names and surnames of many countries): every root here is in at most one name
# of them (most in none), while most are in dozens of medicines. Roots many surnames
# share were left out ("derm": Alderman; "ferr": Ferrari; "vita": Vitale; "cort":
# Cortés; "tos": Toscano; "dol": Dolores; "uro": Uros). A word any name, place or
# frequent-word list holds is never taken for a brand by its root.
_ROOT = re.compile(
    r"gastr|osteo|artro|migra|gluco|tiroi|cilin|micin|mycin|fenac|hipertens|"
    r"^(?:cardio|neuro|dexa|amox|hepa|alerg|espasm|histam|mucol|expec|gineco|cortic|"
    r"bronqu|broncho|nefro|insul|vagin|ovul|tensio|analg|trombo|venot|dermat|micot|micos|"
    r"gripo|pirin|vitam|nutri|sinus|oftal|pedia|ortho|lact)")
_ROOT_MARGIN = 3  # letters beyond the root: "hepa" alone is a name, "hepabionta" no
# And a brand's ending: names coined from the same roots end as names do ("Lactancio",
# "Pedialia", "Osteolaza", "Dexandra", "Gastrell": a review), brands mostly not.
_BRAND_ENDING = re.compile(r"(?:in|ina|ine|ol|ax|ex|ix|il|at|[^l]el|on|um|ys|id|fen|pril|"
                           r"tan|zol|mab|cin|max|dol|fort|gel|vit|ase|al|an|ato|ox|ac|ec|ens)$")


def coined_from_a_root(key: str, listed: Callable[[str], bool]) -> bool:
    """Is ``key`` (folded) a brand coined from a therapeutic root, in no list
    (``listed`` says whether a name, place or frequent-word list holds it)?"""
    found = _ROOT.search(key)
    return found is not None and len(key) >= len(found.group()) + _ROOT_MARGIN \
        and key.isalpha() and _BRAND_ENDING.search(key) is not None and not listed(key)


# Living, being born, coming from or going to, right before a word: a town named like
# a medicine or a clinical word (Colón, Norco, Palma, Tila) is the town there.
# Always with the preposition that makes the town a place: "Lo que me dieron fue Norco",
# "Es Norco, doctora", "I switched from Norco to Tylenol" name a medicine (a review).
_LIVED_IN = re.compile(r"\b(?:(?:viv\w*|nac[ií]\w*|vengo|viene|vienen|venimos|vine|vino|"
                       r"lleg\w*|mud\w*|trabaj\w*|estuv\w*|fui|fue|voy|va|vamos|regres\w*)"
                       r"\s+(?:en|de|desde|a|para|hacia)|(?:soy|es|eres|somos|son)\s+de|"
                       r"(?:live[sd]?|living|born|grew\s+up|moved|work(?:s|ed)?)\s+(?:in|to|"
                       r"into)|(?:am|is|are|was|were|i['\u2019]m|come|comes|came)\s+from)\s+$",
                       re.I)


def lived_in_before(text: str, start: int) -> bool:
    """Does a verb of living, birth or moving, with its preposition, end just before
    ``start``?"""
    return _LIVED_IN.search(text, max(0, start - 40), start) is not None


def a_place(key: str) -> bool:
    """Does the place list hold ``key``?"""
    from redaction.wordlists import places

    return key in places()


def listed(key: str) -> bool:
    """Does a name, place or frequent-word list (either language) hold ``key``?"""
    from redaction.wordlists import common, names, places

    return key in names() or key in places() or key in common("es") or key in common("en")


# Verbs said of people (coming, calling, saying, asking, bringing) and the personal
# "a", before or after the word: "vino X ayer", "le pregunté a X", "X me dijo".
_PEOPLE_VERBS = (r"vino|viene|vienen|llam[oóé]|llama|dijo|dice|habl[oóé]|habla|lleg[oó]|"
                 r"llega|pregunt[oóé]|pregunta|trajo|trae|contest[oó]|avis[oó]|fue|est[aá]|"
                 r"sabe|quiere|cuida|ayuda|atiende|atendi[oó]|se\s+llama|se\s+fue")
_PERSON_VERB_BEFORE = re.compile(rf"\b(?:(?:me|le|nos|te)\s+)?(?:{_PEOPLE_VERBS}|a|al)\s+$",
                                 re.I)
_PERSON_VERB_AFTER = re.compile(rf"[\s,]+(?:(?:me|le|nos|te|se|ya|no)\s+)?(?:{_PEOPLE_VERBS})\b",
                                re.I)
_NEXT_WORD = re.compile(r"[\s,]*([^\W\d_]+)")
_LAST_WORD = re.compile(r"([^\W\d_]+)[\s,]*$")


def a_person_beside(text: str, start: int, end: int) -> bool:
    """A name cue before the word ("me llamo", "la doctora", "mi hija") or a name-word
    next to it that is no frequent word ("Hepatia Quispe"): a person, whatever the
    word looks like."""
    from redaction.medical import _plainly_medical as plainly_medical
    from redaction.medicine_context import name_cue_before
    from redaction.wordlists import common, names

    if name_cue_before(text[max(0, start - 60):start], "es") \
            or _PERSON_VERB_BEFORE.search(text, max(0, start - 40), start) \
            or _PERSON_VERB_AFTER.match(text, end):
        return True
    for found in (_LAST_WORD.search(text, max(0, start - 40), start),
                  _NEXT_WORD.match(text, end)):
        key = _fold(found.group(1)) if found is not None else ""
        # a frequent word counts when written with a capital ("Cardiomira Reyes")
        capital = found is not None and found.group(1)[:1].isupper()
        if key in names() and (capital or key not in common("es")) \
                and not plainly_medical(key):
            return True
    after = _NEXT_WORD.match(text, end)
    if after is not None and _fold(after.group(1)) in names() \
            and _PERSON_VERB_AFTER.match(text, after.end()):
        return True  # "cardiomira reyes vino con su hija": a name and its surname
    return False


