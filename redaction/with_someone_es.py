"""Someone the speaker is, lives or goes with: "aquí andamos con carla", "estoy con
marta", "vive con rodrigo", "fui con alonso al centro".

Why: in a transcript a name has no capital, so after "con" only a cue finds it; "vine
con" and "hablé con" were cues, the verbs of being, staying, living and going were not,
and "andamos con carla" went out whole. The same verbs take the speaker's state and
things ("ando con acidez", "estoy con muletas", "anda con calentura"), so the word after
them must be a given name that is no frequent word and no medicine or condition.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaction.gazetteer import common, fold, names

_WITH = re.compile(r"\b(?:estoy|est[aá]|estamos|est[aá]n|estaba|ando|anda|andamos|andaba|"
                   r"andan|vivo|vive|vivimos|viven|viv[ií]a|voy|va|vamos|van|fui|fue|fuimos|"
                   r"sal[ií]|sali[oó]|salimos|vino|vinimos|vinieron|lleg[oó]|llegu[eé]|"
                   r"llegamos|me\s+qued[oé]|se\s+qued[oó]|me\s+quedo|se\s+queda)\s+con\s+",
                   re.I)
_WORD = re.compile(r"[^\W\d_]+")
_FREQUENT_RANK = 3000  # as ``names._ORDINARY_RANK``: more frequent than this, a word


def given_name_starts(text: str) -> Iterator[int]:
    """Where a given name starts right after a verb of being or going and "con"."""
    from redaction.medical import is_medical

    for match in _WITH.finditer(text):
        word = _WORD.match(text, match.end())
        if word is None:
            continue
        key = fold(word.group())
        rank = common("es").get(key)
        if "F" not in names().get(key, "") or (rank is not None and rank < _FREQUENT_RANK):
            continue
        if not is_medical(text, word.start(), word.end(), key, "es"):
            yield word.start()
