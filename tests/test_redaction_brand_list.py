"""Real medicine brands and generics of the US, Spain and Latin America, said in lower
case where nothing else says they are medicines, survive (``data/medicines_extra.txt``,
stop 52); a given name that a medicine brand shares, and that the list leaves out for
that reason, is still hidden after a kin word. The people here are invented."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from redaction.gazetteer import fold
from redaction.medical_lists import extra_medicines
from tests.test_redaction_speech import hidden, untouched


@pytest.mark.parametrize(("text", "language", "term"), [
    ("ayer me puse diprogenta en el brazo", "es", "diprogenta"),
    ("tomo tardyferon desde hace un año", "es", "tardyferon"),
    ("me tomo un berocca con el desayuno", "es", "berocca"),
    ("el colpotrofin me lo dio la ginecóloga", "es", "colpotrofin"),
    ("ahora uso celestoderm y ya", "es", "celestoderm"),
    ("they put him on cipro for five days", "en", "cipro"),
    ("the colace helps a little", "en", "colace"),  # a surname too: hidden without the list
    ("she switched to savella last spring", "en", "savella"),
])
def test_a_listed_brand_said_plainly_survives(redactor: Redactor, text: str, language: str,
                                              term: str) -> None:
    assert fold(term) in extra_medicines()
    assert untouched(redactor, text, language, term)


@pytest.mark.parametrize(("text", "language", "name"), [
    # contraceptives named like people were left out of the list
    ("mi hija camila vino conmigo", "es", "camila"),
    ("my daughter portia came with me", "en", "portia"),
])
def test_a_given_name_a_brand_shares_is_still_hidden(redactor: Redactor, text: str,
                                                     language: str, name: str) -> None:
    assert fold(name) not in extra_medicines()
    assert hidden(redactor, text, language, name)
