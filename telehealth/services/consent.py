"""Audited consent workflows: a decision and its audit entry commit in one transaction,
and a withdrawn voice consent takes the voice profiles it covered with it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from audit.events import Actor, AuditEvent
from audit.models import AuditEntry
from interpretation.messages import ConsentChangedEvent
from telehealth.broadcast import after_commit
from telehealth.models import (
    CaptureMethod,
    Consent,
    ConsentDecision,
    ConsentScope,
    ConsentText,
    Participant,
    Patient,
    User,
    VisitStatus,
    VoiceProfile,
)
from telehealth.services.visits import WorkflowError

record = AuditEntry.objects.record


# Two identical decisions this close together are one double click or double submit.
DOUBLE_SUBMIT_S = 10.0


def _same_decision_just_recorded(
    *, scope: ConsentScope, decision: ConsentDecision, consent_text: ConsentText,
    participant: Participant | None, patient: Patient | None, staff_member: User | None,
) -> Consent | None:
    """The subject's row is locked first, so two submissions of one form are serialised
    and the second finds the first's record."""
    subjects: Any = (Participant.objects.filter(pk=participant.pk) if participant else
                     Patient.objects.filter(pk=patient.pk) if patient else
                     User.objects.filter(pk=getattr(staff_member, "pk", 0)))
    subjects.select_for_update().first()
    latest = (Consent.objects.filter(participant=participant, patient=patient if participant
                                     is None else participant.patient,
                                     staff_member=staff_member, scope=scope)
              .order_by("-recorded_at", "-id").first())
    if latest is None or latest.decision != decision or latest.consent_text_id != consent_text.pk:
        return None
    recent = timezone.now() - latest.recorded_at < timedelta(seconds=DOUBLE_SUBMIT_S)
    return latest if recent else None


def consent_record(
    *,
    scope: ConsentScope,
    decision: ConsentDecision,
    captured_via: CaptureMethod,
    consent_text: ConsentText,
    actor: Actor,
    participant: Participant | None = None,
    patient: Patient | None = None,
    staff_member: User | None = None,
    recorded_by: User | None = None,
) -> Consent:
    """Record a grant, decline or revocation for one participant, or a standing one for a
    patient or for a staff member's own speech.

    Only staff members themselves decide their standing consent, in the portal.
    Revoking or declining voice cloning deletes the voice profiles it no longer covers.
    """
    if consent_text.scope != scope:
        raise WorkflowError("text_mismatch", "the consent text shown is for another scope")
    if captured_via == CaptureMethod.CLINICIAN_ATTESTED and recorded_by is None:
        raise WorkflowError("attester_required", "an attested consent names its clinician")
    if [participant, patient, staff_member].count(None) != 2:
        raise WorkflowError("subject_required",
                            "consent is for a participant, a patient or a staff member")
    if staff_member is not None and (
            captured_via != CaptureMethod.STAFF_PORTAL
            or actor != Actor.for_user(staff_member) or recorded_by != staff_member):
        raise WorkflowError("not_own", "staff members decide their own consent themselves")
    if participant is not None and not participant.visit.is_open:
        raise WorkflowError("visit_closed", "the visit has ended")
    with transaction.atomic():
        repeat = _same_decision_just_recorded(
            scope=scope, decision=decision, consent_text=consent_text,
            participant=participant, patient=patient, staff_member=staff_member)
        if repeat is not None:
            return repeat  # a double submit: that decision is already on the log
        consent = Consent.objects.create(
            participant=participant,
            visit=participant.visit if participant else None,
            patient=patient or (participant.patient if participant else None),
            staff_member=staff_member,
            scope=scope,
            decision=decision,
            captured_via=captured_via,
            consent_text=consent_text,
            recorded_by=recorded_by,
        )
        record(
            AuditEvent.CONSENT_RECORDED, actor=actor,
            visit_id=consent.visit_id, patient_id=consent.patient_id, subject=consent,
            scope=scope, decision=decision, captured_via=captured_via,
            text_version=consent_text.version, text_language=consent_text.language_id,
            participant_id=participant.pk if participant else None,
            staff_id=staff_member.pk if staff_member else None,
        )
        if scope == ConsentScope.VOICE_CLONING and decision != ConsentDecision.GRANTED:
            _delete_uncovered_voice_profiles(consent, actor)
        for participant_affected in _participants_in_open_visits(consent):
            after_commit(participant_affected.visit_id, ConsentChangedEvent(
                type="visit.consent_changed", participant_id=participant_affected.pk,
                scope=scope, active=Consent.objects.is_active(participant_affected, scope)))
    return consent


def _participants_in_open_visits(consent: Consent) -> list[Participant]:
    if consent.participant is not None:
        return [consent.participant]
    open_visits = Participant.objects.filter(
        visit__status__in=[VisitStatus.SCHEDULED, VisitStatus.LIVE])
    if consent.staff_member_id is not None:
        return list(open_visits.filter(user_id=consent.staff_member_id))
    if consent.patient_id is None:
        return []
    return list(open_visits.filter(patient_id=consent.patient_id))


def _delete_uncovered_voice_profiles(consent: Consent, actor: Actor) -> None:
    if consent.participant_id is not None:
        profiles = VoiceProfile.objects.filter(participant_id=consent.participant_id)
    elif consent.staff_member_id is not None:  # a staff member's standing consent
        profiles = VoiceProfile.objects.filter(participant__user_id=consent.staff_member_id)
    elif consent.patient_id is not None:  # a patient's standing consent
        profiles = VoiceProfile.objects.filter(participant__patient_id=consent.patient_id)
    else:
        return
    for profile in profiles.select_related("participant"):
        if Consent.objects.is_active(profile.participant, ConsentScope.VOICE_CLONING):
            continue  # still covered, e.g. by a standing grant recorded later
        record(
            AuditEvent.VOICE_PROFILE_DELETED, actor=actor,
            visit_id=profile.participant.visit_id, patient_id=profile.participant.patient_id,
            subject=profile, participant_id=profile.participant_id, reason="consent_withdrawn",
        )
        profile.delete()


def voice_profile_store(
    *, participant: Participant, audio: bytes, sample_rate_hz: int, duration_ms: int, actor: Actor
) -> VoiceProfile:
    """Keep a participant's reference audio, only while voice cloning is consented."""
    with transaction.atomic():
        if not Consent.objects.is_active(participant, ConsentScope.VOICE_CLONING):
            raise WorkflowError("no_consent", "voice cloning is not consented")
        profile, _ = VoiceProfile.objects.update_or_create(
            participant=participant,
            defaults={"audio": audio, "sample_rate_hz": sample_rate_hz, "duration_ms": duration_ms},
        )
        record(
            AuditEvent.VOICE_PROFILE_STORED, actor=actor, visit_id=participant.visit_id,
            patient_id=participant.patient_id, subject=profile, duration_ms=duration_ms,
        )
    return profile
