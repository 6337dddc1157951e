"""Clinical acronyms said letter by letter survive; names spelled out still hide
(``redaction/acronyms.py``)."""

from __future__ import annotations

import pytest

from redaction.acronyms import spells_acronyms
from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize(("text", "term", "language"), [
    ("your l d l is one sixty two", "l d l", "en"),
    ("she spent three weeks in the i c u on i v i g", "i c u", "en"),
    ("she spent three weeks in the i c u on i v i g", "i v i g", "en"),
    ("the family wants a d n r discussion", "d n r", "en"),
    ("we did an e k g and then the c t scan", "e k g", "en"),
    ("the kidney doctor says my g f r is thirty eight", "g f r", "en"),
    ("the patient's p t evaluation is next week", "p t", "en"),
    ("okay so his d o b is in july", "d o b", "en"),
    ("le pedimos beta h c g grupo y r h", "h c g", "es"),
    # orders, units, vaccines and paperwork (stop 52); "called" far before the letters
    # is no spelling cue
    ("we called nine one one and started c p r", "c p r", "en"),
    ("he needs the d o t physical before he drives again", "d o t", "en"),
    ("take twenty m e q of potassium with food", "m e q", "en"),
    ("she is due for her t dap and the m m r", "m m r", "en"),
    ("i need you to fill out the f m l a papers", "f m l a", "en"),
])
def test_acronyms_said_letter_by_letter_survive(redactor: Redactor, text: str, term: str,
                                                language: str) -> None:
    assert not touched(redactor, text, term, language)


@pytest.mark.parametrize(("text", "spelled", "language"), [
    ("my last name is marsh m a r s h", "m a r s h", "en"),
    ("it's peter p e t e r", "p e t e r", "en"),
    ("my name is ana a n a", "a n a", "en"),
    ("mi apellido es collado ce o ele ele a de o", "ce o ele ele a de o", "es"),
    # a name that is an acronym too, or one after a one-letter word (review, stop 29)
    ("my name is tia t i a", "t i a", "en"),
    ("it's ara a r a", "a r a", "en"),
    ("her name is emi e m i", "e m i", "en"),
    ("ivy i v y", "i v y", "en"),
    ("pete p e t e", "p e t e", "en"),
    # "called" just before the letters still spells (stop 52)
    ("my sister is called j a y", "j a y", "en"),
    ("a friend called um r o s a", "r o s a", "en"),
])
def test_names_spelled_out_still_hide(redactor: Redactor, text: str, spelled: str,
                                      language: str) -> None:
    assert hidden(redactor, text, spelled, language)


def test_a_run_of_short_pieces_is_no_acronym() -> None:
    assert spells_acronyms("e k g c b c")  # two of three letters each
    assert not spells_acronyms("p e t e r")  # "pet" and "er": a name
