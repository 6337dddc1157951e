"""No consent answer is ever chosen for anyone: every consent control starts unanswered, and
a form sent without an answer records nothing (issue 12, defect 2)."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from django.test import Client

from telehealth.models import Consent, ConsentDecision, ConsentText, Participant, User, Visit
from tests.conftest import verified_client
from tests.test_pages import patient_client

pytestmark = pytest.mark.django_db


class _Choices(HTMLParser):
    """Each ``<select>`` with its options, and every radio or checkbox that starts checked."""

    def __init__(self) -> None:
        super().__init__()
        self.selects: list[dict[str, object]] = []
        self.checked: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "select":
            self.selects.append({"attrs": attributes, "options": []})
        elif tag == "option" and self.selects:
            options = self.selects[-1]["options"]
            assert isinstance(options, list)
            options.append((attributes.get("value"), "selected" in attributes))
        elif tag == "input" and attributes.get("type") in ("radio", "checkbox") \
                and "checked" in attributes:
            self.checked.append(attributes.get("name"))


def _choices(html: str) -> _Choices:
    parser = _Choices()
    parser.feed(html)
    return parser


def test_every_attestation_starts_unanswered(clinician: User, visit: Visit) -> None:
    page = verified_client(clinician, Client).get(f"/visits/{visit.pk}/")
    decisions = [s for s in _choices(page.content.decode()).selects
                 if s["attrs"]["name"] == "decision"]  # type: ignore[index]
    # one per scope (interpretation, transcript, voice cloning) for each of the two people
    assert len(decisions) == 6
    for select in decisions:
        options = select["options"]
        assert isinstance(options, list)
        first_value, _ = options[0]
        assert first_value == "", "the first choice is the empty one, which the browser shows"
        assert [value for value, selected in options if selected and value] == []
        assert {value for value, _ in options[1:]} == set(ConsentDecision.values)
        assert "required" in select["attrs"]  # type: ignore[operator]
    assert _choices(page.content.decode()).checked == []  # "standing" is not ticked either


@pytest.mark.parametrize("decision", [None, "", "maybe"])
def test_an_unanswered_attestation_records_nothing(clinician: User, visit: Visit,
                                                    patient_participant: Participant,
                                                    decision: str | None) -> None:
    form = {"participant_id": patient_participant.pk, "scope": "voice_cloning",
            "standing": "on"} | ({} if decision is None else {"decision": decision})
    response = verified_client(clinician, Client).post(f"/visits/{visit.pk}/consent/", form)
    assert response.status_code == 400
    assert "Choose an answer" in response.content.decode()
    assert Consent.objects.count() == 0


def test_an_answered_attestation_is_recorded(clinician: User, visit: Visit,
                                             patient_participant: Participant) -> None:
    response = verified_client(clinician, Client).post(f"/visits/{visit.pk}/consent/", {
        "participant_id": patient_participant.pk, "scope": "transcript", "decision": "declined"})
    assert response.status_code == 302
    [consent] = Consent.objects.all()
    assert (consent.participant_id, consent.decision) == (patient_participant.pk, "declined")


def test_the_patients_consent_page_starts_unanswered(patient_participant: Participant) -> None:
    page = patient_client(patient_participant).get(f"/visit/{patient_participant.visit_id}/")
    assert page.status_code == 200
    choices = _choices(page.content.decode())
    assert choices.checked == [] and choices.selects == []


def test_a_consent_without_any_text_is_refused_clearly(clinician: User, visit: Visit,
                                                      patient_participant: Participant) -> None:
    """No text for the scope in any language (not even the English fallback): nothing can
    be consented to, so nothing is recorded, and the clinician is told why (was a 500)."""
    ConsentText.objects.filter(scope="transcript").delete()
    client = verified_client(clinician, Client)
    response = client.post(f"/visits/{visit.pk}/consent/", {
        "participant_id": patient_participant.pk, "scope": "transcript", "decision": "granted"},
        follow=True)
    assert response.status_code == 200
    assert "no consent text" in response.content.decode()
    assert Consent.objects.count() == 0
