"""Issue 10, English: what the redactor must not hide, and names it must keep whole.
Acronyms are no names, a preposition of place is no place, a place that names a thing
("epsom salts") is no place, a month's abbreviation before a surname is a given name,
and the new name frames (``redaction/name_frames.py``) and numbered roads leave
ordinary words alone. Every person and place is invented."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import found


@pytest.mark.parametrize("text", [
    "Labs show AKI",
    "Labs show AKI today, creatinine is up.",
    "she soaks in epsom salts every night",
    "Epsom salts help the swelling",
    "call me back tomorrow please",
    "leave a message for the pharmacy",
    "he goes by the clinic on fridays",
    "Plan: continue the inhaler twice a day",
    "Agent: how can I help you today?",
    "his RR 18 and the route is oral",
    "give it by the iv route twice a day",
])
def test_nothing_hidden(redactor: Redactor, text: str) -> None:
    assert found(redactor, text) == []


@pytest.mark.parametrize(("text", "place"), [
    ("I live near lice", "lice"),
    ("we live near Lakewood", "Lakewood"),
])
def test_a_preposition_of_place_is_no_place(redactor: Redactor, text: str,
                                            place: str) -> None:
    findings = found(redactor, text)
    assert all("near" not in value for _, value in findings)
    assert any(place in value for _, value in findings)


@pytest.mark.parametrize(("text", "name"), [
    ("her name is Jan Novák Černý", "Jan Novák Černý"),
    ("Ivana Kovačević called this morning", "Ivana Kovačević"),
    ("Follow up with Vadym A. Švec in a couple of months.", "Vadym A. Švec"),
    ("Yoko Hashimoto here, social security 735608848.", "Yoko Hashimoto"),
])
def test_names_with_diacritics_and_initials_stay_whole(redactor: Redactor, text: str,
                                                        name: str) -> None:
    assert ("PERSON", name) in found(redactor, text)


def test_a_state_ends_a_list_of_given_names(redactor: Redactor) -> None:
    """ "lake jill, montana" is a town and its state, no list of people."""
    text = "uh, lake jill, montana, and the zip is ninety three, two seven seven."
    assert ("PERSON", "lake jill") not in found(redactor, text)
