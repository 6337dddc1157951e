"""Consent: a log of decisions; the latest applicable one decides whether it is active."""

from __future__ import annotations

import pytest
from django.db import connection
from django.utils import timezone
from rest_framework.test import APIClient

from audit.events import SYSTEM, Actor, AuditEvent
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
    VoiceProfile,
)
from telehealth.services import WorkflowError
from tests.conftest import entries

pytestmark = pytest.mark.django_db

VOICE = ConsentScope.VOICE_CLONING
INTERPRETATION = ConsentScope.INTERPRETATION


def text(scope: str, language: str = "es") -> ConsentText:
    return ConsentText.objects.get(scope=scope, language_id=language, version="1")


def decide(participant: Participant, scope: str, decision: str) -> Consent:
    return services.consent_record(
        participant=participant, scope=scope, decision=decision,  # type: ignore[arg-type]
        captured_via=CaptureMethod.JOIN_PAGE, consent_text=text(scope),
        actor=Actor.for_participant(participant))


def attest_standing(patient: Patient, scope: str, decision: str, clinician: User) -> Consent:
    return services.consent_record(
        patient=patient, scope=scope, decision=decision,  # type: ignore[arg-type]
        captured_via=CaptureMethod.CLINICIAN_ATTESTED, consent_text=text(scope),
        recorded_by=clinician, actor=Actor.for_user(clinician))


def store_voice(participant: Participant) -> VoiceProfile:
    return services.voice_profile_store(participant=participant, audio=b"RIFF-fake-pcm" * 100,
                                        sample_rate_hz=16000, duration_ms=5000, actor=SYSTEM)


def test_no_record_means_no_consent(patient_participant: Participant) -> None:
    assert not Consent.objects.is_active(patient_participant, INTERPRETATION)


def test_a_grant_is_active(patient_participant: Participant) -> None:
    decide(patient_participant, INTERPRETATION, ConsentDecision.GRANTED)
    assert Consent.objects.is_active(patient_participant, INTERPRETATION)


def test_a_grant_covers_only_its_scope(patient_participant: Participant) -> None:
    decide(patient_participant, INTERPRETATION, ConsentDecision.GRANTED)
    assert not Consent.objects.is_active(patient_participant, VOICE)


def test_a_decline_is_not_active(patient_participant: Participant) -> None:
    decide(patient_participant, INTERPRETATION, ConsentDecision.DECLINED)
    assert not Consent.objects.is_active(patient_participant, INTERPRETATION)


def test_revocation_is_a_new_record_and_the_grant_is_untouched(
    patient_participant: Participant,
) -> None:
    grant = decide(patient_participant, INTERPRETATION, ConsentDecision.GRANTED)
    decide(patient_participant, INTERPRETATION, ConsentDecision.REVOKED)
    assert not Consent.objects.is_active(patient_participant, INTERPRETATION)
    assert Consent.objects.count() == 2
    grant.refresh_from_db()
    assert grant.decision == ConsentDecision.GRANTED


def test_was_active_before_the_revocation(patient_participant: Participant) -> None:
    grant = decide(patient_participant, INTERPRETATION, ConsentDecision.GRANTED)
    decide(patient_participant, INTERPRETATION, ConsentDecision.REVOKED)
    assert Consent.objects.is_active(patient_participant, INTERPRETATION, at=grant.recorded_at)


def test_a_standing_consent_covers_the_patients_visits(
    patient: Patient, patient_participant: Participant, clinician: User
) -> None:
    attest_standing(patient, INTERPRETATION, ConsentDecision.GRANTED, clinician)
    assert Consent.objects.is_active(patient_participant, INTERPRETATION)


def test_a_visit_revocation_overrides_an_earlier_standing_grant(
    patient: Patient, patient_participant: Participant, clinician: User
) -> None:
    attest_standing(patient, INTERPRETATION, ConsentDecision.GRANTED, clinician)
    decide(patient_participant, INTERPRETATION, ConsentDecision.REVOKED)
    assert not Consent.objects.is_active(patient_participant, INTERPRETATION)


def test_consent_records_the_text_version_and_language_shown(
    patient_participant: Participant,
) -> None:
    consent = decide(patient_participant, INTERPRETATION, ConsentDecision.GRANTED)
    [entry] = entries(AuditEvent.CONSENT_RECORDED)
    assert (consent.consent_text.version, consent.consent_text.language_id) == ("1", "es")
    assert entry.metadata["text_version"] == "1"
    assert entry.metadata["captured_via"] == "join_page"


def test_a_text_for_another_scope_is_refused(patient_participant: Participant) -> None:
    with pytest.raises(WorkflowError):
        services.consent_record(
            participant=patient_participant, scope=INTERPRETATION,
            decision=ConsentDecision.GRANTED, captured_via=CaptureMethod.JOIN_PAGE,
            consent_text=text(VOICE), actor=SYSTEM)


def test_a_voice_profile_needs_voice_cloning_consent(patient_participant: Participant) -> None:
    with pytest.raises(WorkflowError):
        store_voice(patient_participant)
    assert not VoiceProfile.objects.exists()


def test_revoking_voice_cloning_deletes_the_voice_profile(
    patient_participant: Participant,
) -> None:
    decide(patient_participant, VOICE, ConsentDecision.GRANTED)
    profile = store_voice(patient_participant)
    decide(patient_participant, VOICE, ConsentDecision.REVOKED)
    with connection.cursor() as cursor:  # gone from the table, not hidden
        cursor.execute("SELECT count(*) FROM telehealth_voiceprofile WHERE id = %s", [profile.pk])
        assert cursor.fetchone() == (0,)
    assert entries(AuditEvent.VOICE_PROFILE_DELETED)[0].subject_id == profile.pk


def test_revoking_a_standing_voice_consent_deletes_profiles_it_covered(
    patient: Patient, patient_participant: Participant, clinician: User
) -> None:
    attest_standing(patient, VOICE, ConsentDecision.GRANTED, clinician)
    store_voice(patient_participant)
    attest_standing(patient, VOICE, ConsentDecision.REVOKED, clinician)
    assert not VoiceProfile.objects.exists()


def test_voice_audio_is_encrypted_at_rest(patient_participant: Participant) -> None:
    decide(patient_participant, VOICE, ConsentDecision.GRANTED)
    profile = store_voice(patient_participant)
    with connection.cursor() as cursor:
        cursor.execute("SELECT audio FROM telehealth_voiceprofile WHERE id = %s", [profile.pk])
        raw = bytes(cursor.fetchone()[0])
    assert b"RIFF-fake-pcm" not in raw
    profile.refresh_from_db()
    assert profile.audio.startswith(b"RIFF-fake-pcm")


def test_the_patient_grants_consent_from_their_session(
    visit: Visit, patient_client: APIClient, patient_participant: Participant
) -> None:
    response = patient_client.post(f"/api/visits/{visit.pk}/consents/", {
        "scope": "interpretation", "decision": "granted",
        "consent_text_id": text(INTERPRETATION).pk}, format="json")
    assert response.status_code == 201
    assert response.json()["captured_via"] == "join_page"
    assert Consent.objects.is_active(patient_participant, INTERPRETATION)


def test_a_patient_cannot_consent_for_someone_else(
    visit: Visit, patient_client: APIClient, patient_participant: Participant
) -> None:
    decide(patient_participant, INTERPRETATION, ConsentDecision.GRANTED)
    clinician_participant = visit.participants.get(role="clinician")
    before = Consent.objects.count()
    response = patient_client.post(f"/api/visits/{visit.pk}/consents/", {
        "scope": "interpretation", "decision": "revoked", "participant_id":
        clinician_participant.pk, "consent_text_id": text(INTERPRETATION).pk}, format="json")
    assert response.status_code == 403
    assert Consent.objects.count() == before  # nothing recorded for anyone
    assert Consent.objects.is_active(patient_participant, INTERPRETATION)  # own consent stands
    [refusal] = entries(AuditEvent.ACCESS_DENIED, visit_id=visit.pk)
    assert (refusal.actor_kind, refusal.actor_id) == ("participant", patient_participant.pk)
    assert refusal.metadata["reason"] == "consent_for_another_participant"


def test_a_patient_may_name_themselves_in_a_consent(
    visit: Visit, patient_client: APIClient, patient_participant: Participant
) -> None:
    response = patient_client.post(f"/api/visits/{visit.pk}/consents/", {
        "scope": "interpretation", "decision": "granted", "participant_id":
        patient_participant.pk, "consent_text_id": text(INTERPRETATION).pk}, format="json")
    assert response.status_code == 201
    assert Consent.objects.is_active(patient_participant, INTERPRETATION)


def test_a_patient_session_cannot_reach_another_visit(
    patient_client: APIClient, clinician: User, patient: Patient, english: Language
) -> None:
    other = services.visit_create(clinician=clinician, patient=patient,
                                  scheduled_for=timezone.now(), clinician_language=english)
    assert patient_client.get(f"/api/visits/{other.pk}/").status_code == 404
    assert entries(AuditEvent.ACCESS_DENIED)[0].actor_kind == "participant"


def test_a_clinician_attests_a_verbal_consent(
    visit: Visit, clinician_client: APIClient, patient_participant: Participant, clinician: User
) -> None:
    response = clinician_client.post(f"/api/visits/{visit.pk}/consents/", {
        "scope": "interpretation", "decision": "granted", "participant_id":
        patient_participant.pk, "consent_text_id": text(INTERPRETATION).pk}, format="json")
    assert response.status_code == 201
    assert response.json()["captured_via"] == "clinician_attested"
    assert response.json()["recorded_by_id"] == clinician.pk


def test_the_visit_lists_which_consents_are_active(
    visit: Visit, clinician_client: APIClient, patient_participant: Participant
) -> None:
    decide(patient_participant, INTERPRETATION, ConsentDecision.GRANTED)
    body = clinician_client.get(f"/api/visits/{visit.pk}/consents/").json()
    [mine] = [a for a in body["active"] if a["participant_id"] == patient_participant.pk]
    assert mine == {"participant_id": patient_participant.pk, "interpretation": True,
                    "transcript": False, "voice_cloning": False}
    assert len(body["records"]) == 1


@pytest.mark.django_db
def test_a_double_submit_records_one_decision_and_a_later_change_records_another(
        visit: Visit) -> None:
    patient = visit.participants.get(role="patient")
    text = ConsentText.objects.get(scope="interpretation", language_id=patient.language_id)

    def decide(decision: ConsentDecision) -> Consent:
        return services.consent_record(
            participant=patient, scope=ConsentScope.INTERPRETATION, decision=decision,
            captured_via=CaptureMethod.JOIN_PAGE, consent_text=text,
            actor=Actor.for_participant(patient))

    first, second = decide(ConsentDecision.DECLINED), decide(ConsentDecision.DECLINED)
    assert second.pk == first.pk
    granted = decide(ConsentDecision.GRANTED)
    assert granted.pk != first.pk
    decisions = list(Consent.objects.filter(participant=patient).order_by("pk")
                     .values_list("decision", flat=True))
    assert decisions == ["declined", "granted"]
    assert len(entries(AuditEvent.CONSENT_RECORDED,
                       metadata__participant_id=patient.pk)) == 2
