"""A clinician consents to the interpretation of their own speech once, as a standing consent
(revocable), or the start button asks for it: a visit never goes live with its clinician
locked out of the live page (issue 12, defect 3). Consent is never assumed."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction
from django.test import Client
from django.utils import timezone
from django.utils.html import escape

from audit.events import Actor, AuditEvent
from telehealth import services
from telehealth.models import (
    CaptureMethod,
    Consent,
    ConsentDecision,
    ConsentScope,
    ConsentText,
    Language,
    Participant,
    Patient,
    User,
    Visit,
    VisitStatus,
    VoiceProfile,
)
from telehealth.services import WorkflowError
from tests.conftest import entries, verified_client
from tests.test_consent_choices import _choices

pytestmark = pytest.mark.django_db

INTERPRETATION = ConsentScope.INTERPRETATION


def own_text(scope: str = INTERPRETATION) -> ConsentText:
    return ConsentText.objects.get(scope=scope, language_id="en", version="1")


def standing(user: User, decision: str, scope: str = INTERPRETATION) -> Consent:
    return services.consent_record(
        staff_member=user, scope=scope, decision=decision,  # type: ignore[arg-type]
        captured_via=CaptureMethod.STAFF_PORTAL, consent_text=own_text(scope),
        recorded_by=user, actor=Actor.for_user(user))


def own(visit: Visit) -> Participant:
    return visit.participants.get(role="clinician")


@pytest.fixture
def second_visit(clinician: User, patient: Patient, english: Language) -> Visit:
    return services.visit_create(clinician=clinician, patient=patient,
                                 scheduled_for=timezone.now(), clinician_language=english)


# --- the standing consent ----------------------------------------------------------------

def test_a_clinicians_standing_consent_covers_each_of_their_visits(
        clinician: User, visit: Visit, second_visit: Visit) -> None:
    standing(clinician, ConsentDecision.GRANTED)
    assert Consent.objects.is_active(own(visit), INTERPRETATION)
    assert Consent.objects.is_active(own(second_visit), INTERPRETATION)
    assert not Consent.objects.is_active(visit.participants.get(role="patient"), INTERPRETATION)
    assert not Consent.objects.is_active(own(visit), ConsentScope.TRANSCRIPT)


def test_it_covers_no_one_else(clinician: User, other_clinician: User, patient: Patient,
                               english: Language) -> None:
    standing(clinician, ConsentDecision.GRANTED)
    theirs = services.visit_create(clinician=other_clinician, patient=patient,
                                   scheduled_for=timezone.now(), clinician_language=english)
    assert not Consent.objects.is_active(own(theirs), INTERPRETATION)


def test_revoking_it_applies_to_every_visit(clinician: User, visit: Visit,
                                            second_visit: Visit) -> None:
    standing(clinician, ConsentDecision.GRANTED)
    standing(clinician, ConsentDecision.REVOKED)
    assert not Consent.objects.is_active(own(visit), INTERPRETATION)
    assert not Consent.objects.is_active(own(second_visit), INTERPRETATION)
    assert Consent.objects.filter(staff_member=clinician).count() == 2  # a log, not a flag


def test_a_later_decision_for_one_visit_overrides_it_there_only(
        clinician: User, visit: Visit, second_visit: Visit) -> None:
    standing(clinician, ConsentDecision.GRANTED)
    services.consent_record(
        participant=own(visit), scope=INTERPRETATION, decision=ConsentDecision.REVOKED,
        captured_via=CaptureMethod.STAFF_PORTAL, consent_text=own_text(),
        recorded_by=clinician, actor=Actor.for_user(clinician))
    assert not Consent.objects.is_active(own(visit), INTERPRETATION)
    assert Consent.objects.is_active(own(second_visit), INTERPRETATION)


def test_only_the_staff_member_decides_it(clinician: User, other_clinician: User) -> None:
    attempts = [
        {"actor": Actor.for_user(other_clinician), "recorded_by": clinician,
         "captured_via": CaptureMethod.STAFF_PORTAL},
        {"actor": Actor.for_user(clinician), "recorded_by": other_clinician,
         "captured_via": CaptureMethod.STAFF_PORTAL},
        {"actor": Actor.for_user(clinician), "recorded_by": clinician,
         "captured_via": CaptureMethod.CLINICIAN_ATTESTED},
    ]
    for attempt in attempts:
        with pytest.raises(WorkflowError) as refused:
            services.consent_record(staff_member=clinician, scope=INTERPRETATION,
                                    decision=ConsentDecision.GRANTED,
                                    consent_text=own_text(), **attempt)  # type: ignore[arg-type]
        assert refused.value.code == "not_own"
    assert not Consent.objects.exists() and not entries(AuditEvent.CONSENT_RECORDED)


def test_it_names_the_text_shown_and_is_audited(clinician: User) -> None:
    consent = standing(clinician, ConsentDecision.GRANTED)
    assert consent.consent_text == own_text() and consent.visit is None
    [entry] = entries(AuditEvent.CONSENT_RECORDED)
    assert (entry.actor_kind, entry.actor_id) == ("user", clinician.pk)
    assert entry.metadata["staff_id"] == clinician.pk
    assert entry.metadata["captured_via"] == "staff_portal"
    assert (entry.metadata["text_version"], entry.metadata["text_language"]) == ("1", "en")


def test_the_database_refuses_a_consent_for_two_subjects(clinician: User,
                                                         patient: Patient) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        Consent.objects.create(staff_member=clinician, patient=patient, scope=INTERPRETATION,
                               decision=ConsentDecision.GRANTED, consent_text=own_text(),
                               captured_via=CaptureMethod.STAFF_PORTAL)


def test_revoking_standing_voice_cloning_deletes_their_voice_profiles(
        clinician: User, visit: Visit) -> None:
    standing(clinician, ConsentDecision.GRANTED, ConsentScope.VOICE_CLONING)
    services.voice_profile_store(participant=own(visit), audio=b"RIFF" * 100,
                                 sample_rate_hz=16_000, duration_ms=5000,
                                 actor=Actor.for_user(clinician))
    standing(clinician, ConsentDecision.REVOKED, ConsentScope.VOICE_CLONING)
    assert not VoiceProfile.objects.exists()
    assert entries(AuditEvent.VOICE_PROFILE_DELETED, visit_id=visit.pk)


# --- the start button asks -------------------------------------------------------------

def start(client: Client, visit: Visit, **answer: str) -> object:
    return client.post(f"/visits/{visit.pk}/start/", answer)


def test_the_start_button_asks_for_the_clinicians_consent_unanswered(
        clinician: User, visit: Visit) -> None:
    page = verified_client(clinician, Client).get(f"/visits/{visit.pk}/").content.decode()
    assert 'name="own_consent"' in page
    assert escape(own_text().body) in page  # the exact text the answer will point to
    assert "own_consent" not in _choices(page).checked  # no answer chosen for them


def test_an_unanswered_start_records_and_starts_nothing(clinician: User, visit: Visit) -> None:
    client = verified_client(clinician, Client)
    response = start(client, visit)
    assert response.status_code == 400  # type: ignore[attr-defined]
    assert "Answer the consent question" in response.content.decode()  # type: ignore[attr-defined]
    visit.refresh_from_db()
    assert visit.status == VisitStatus.SCHEDULED
    assert not Consent.objects.exists()
    assert not entries(AuditEvent.VISIT_STARTED) and not entries(AuditEvent.CONSENT_RECORDED)


def test_a_standing_answer_starts_this_visit_and_the_next_without_asking(
        clinician: User, visit: Visit, second_visit: Visit) -> None:
    client = verified_client(clinician, Client)
    response = start(client, visit, own_consent="standing")
    assert response["Location"] == f"/visits/{visit.pk}/live/"  # type: ignore[index]
    assert client.get(f"/visits/{visit.pk}/live/").status_code == 200  # not locked out
    consent = Consent.objects.get()
    assert (consent.staff_member, consent.visit, consent.decision, consent.captured_via) == (
        clinician, None, ConsentDecision.GRANTED, CaptureMethod.STAFF_PORTAL)
    assert consent.consent_text == own_text()
    [started] = entries(AuditEvent.VISIT_STARTED)
    [recorded] = entries(AuditEvent.CONSENT_RECORDED)
    assert recorded.seq < started.seq

    assert 'name="own_consent"' not in client.get(f"/visits/{second_visit.pk}/").content.decode()
    assert start(client, second_visit)["Location"] == (  # type: ignore[index]
        f"/visits/{second_visit.pk}/live/")


def test_a_consent_for_this_visit_only_asks_again_next_time(
        clinician: User, visit: Visit, second_visit: Visit) -> None:
    client = verified_client(clinician, Client)
    assert start(client, visit, own_consent="visit")["Location"] == (  # type: ignore[index]
        f"/visits/{visit.pk}/live/")
    assert Consent.objects.get().participant == own(visit)
    assert start(client, second_visit).status_code == 400  # type: ignore[attr-defined]


def test_declining_at_the_start_is_recorded_and_the_visit_stays_scheduled(
        clinician: User, visit: Visit) -> None:
    client = verified_client(clinician, Client)
    response = start(client, visit, own_consent="declined")
    assert response["Location"] == f"/visits/{visit.pk}/"  # type: ignore[index]
    visit.refresh_from_db()
    assert visit.status == VisitStatus.SCHEDULED
    consent = Consent.objects.get()
    assert (consent.participant, consent.decision) == (own(visit), ConsentDecision.DECLINED)
    assert not entries(AuditEvent.VISIT_STARTED)


def test_a_start_that_fails_keeps_no_answer(clinician: User, visit: Visit) -> None:
    services.visit_transition(visit=visit, actor=clinician, event=AuditEvent.VISIT_STARTED)
    services.visit_transition(visit=visit, actor=clinician, event=AuditEvent.VISIT_ENDED)
    start(verified_client(clinician, Client), visit, own_consent="standing")
    assert not Consent.objects.exists()  # the consent and the start commit together or not


def test_a_clinician_with_consent_in_force_just_starts(clinician: User, visit: Visit) -> None:
    standing(clinician, ConsentDecision.GRANTED)
    client = verified_client(clinician, Client)
    assert start(client, visit)["Location"] == f"/visits/{visit.pk}/live/"  # type: ignore[index]
    assert Consent.objects.count() == 1


# --- the clinician's own consent page ---------------------------------------------------

def test_my_consent_page_grants_and_revokes_with_no_default(clinician: User,
                                                            visit: Visit) -> None:
    client = verified_client(clinician, Client)
    page = client.get("/account/consent/")
    assert page.status_code == 200 and escape(own_text().body) in page.content.decode()
    selects = _choices(page.content.decode()).selects
    assert len(selects) == 3
    assert all(o[0] == "" for s in selects for o in s["options"][:1])  # type: ignore[index]
    assert not any(selected for s in selects for _, selected in s["options"])  # type: ignore[attr-defined]

    assert client.post("/account/consent/", {"scope": "interpretation"}).status_code == 400
    assert not Consent.objects.exists()
    client.post("/account/consent/", {"scope": "interpretation", "decision": "granted"})
    assert Consent.objects.is_active(own(visit), INTERPRETATION)
    client.post("/account/consent/", {"scope": "interpretation", "decision": "revoked"})
    assert not Consent.objects.is_active(own(visit), INTERPRETATION)
    assert start(client, visit).status_code == 400  # type: ignore[attr-defined]  # asks again


def test_my_consent_page_is_for_clinicians(compliance_officer: User) -> None:
    assert verified_client(compliance_officer, Client).get("/account/consent/").status_code == 403
    assert entries(AuditEvent.ACCESS_DENIED, actor_id=compliance_officer.pk,
                   metadata__reason="wrong_role")


def test_the_attestation_table_offers_the_clinician_a_standing_answer(
        clinician: User, visit: Visit, second_visit: Visit) -> None:
    client = verified_client(clinician, Client)
    client.post(f"/visits/{visit.pk}/consent/", {
        "participant_id": own(visit).pk, "scope": "interpretation", "decision": "granted",
        "standing": "on"})
    consent = Consent.objects.get()
    assert (consent.staff_member, consent.captured_via) == (clinician,
                                                            CaptureMethod.STAFF_PORTAL)
    assert Consent.objects.is_active(own(second_visit), INTERPRETATION)


def test_the_api_lists_it_among_the_visits_consents(clinician: User, visit: Visit) -> None:
    consent = standing(clinician, ConsentDecision.GRANTED)
    response = verified_client(clinician).get(f"/api/visits/{visit.pk}/consents/")
    body: dict[str, list[dict[str, object]]] = response.json()
    [record] = body["records"]
    assert (record["id"], record["staff_member_id"], record["visit_id"]) == (
        consent.pk, clinician.pk, None)
    [mine] = [a for a in body["active"] if a["participant_id"] == own(visit).pk]
    assert mine["interpretation"] is True
