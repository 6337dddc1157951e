"""Audited workflows of visits, their participants and invitations: each changes state
and writes its audit entry in one transaction.

Reads, and behaviour about one row, live on the models and managers; what is
here crosses models or must be audited.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.db import transaction
from django.utils import timezone

from audit.events import ANONYMOUS, SYSTEM, Actor, AuditEvent, Outcome
from audit.models import AuditEntry
from interpretation.messages import EndedEvent, InterpreterRequestedEvent
from telehealth.broadcast import after_commit
from telehealth.models import (
    Consent,
    ConsentScope,
    InterpreterRequest,
    Invitation,
    Language,
    Participant,
    ParticipantRole,
    Patient,
    User,
    Visit,
    VisitStatus,
    hash_token,
)

record = AuditEntry.objects.record


class WorkflowError(Exception):
    """A request the domain refuses. ``code`` is a short machine code, never PHI."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class InvitationRefused(WorkflowError):
    pass


def access_denied(
    actor: Actor, *, reason: str, visit_id: int | None = None, patient_id: int | None = None
) -> None:
    """Audit a refused access; it commits on its own, whatever the request does next."""
    with transaction.atomic():
        record(
            AuditEvent.ACCESS_DENIED,
            actor=actor,
            outcome=Outcome.DENIED,
            visit_id=visit_id,
            patient_id=patient_id,
            reason=reason,
        )


def patient_register(
    *,
    registered_by: User,
    given_name: str,
    family_name: str,
    date_of_birth: date,
    preferred_language: Language,
    medical_record_number: str = "",
) -> Patient:
    with transaction.atomic():
        patient = Patient.objects.create(
            given_name=given_name,
            family_name=family_name,
            date_of_birth=date_of_birth.isoformat(),
            medical_record_number=medical_record_number,
            preferred_language=preferred_language,
            registered_by=registered_by,
        )
        record(
            AuditEvent.PATIENT_REGISTERED,
            actor=Actor.for_user(registered_by),
            patient_id=patient.pk,
            subject=patient,
        )
    return patient


def visit_create(
    *,
    clinician: User,
    patient: Patient,
    scheduled_for: datetime,
    clinician_language: Language,
    patient_language: Language | None = None,
    back_translation: bool = False,
) -> Visit:
    """Schedule a visit with its clinician and patient as the first two participants."""
    if not clinician.is_clinician:
        raise WorkflowError("not_clinician", "only a clinician can hold a visit")
    with transaction.atomic():
        visit = Visit.objects.create(
            clinician=clinician, patient=patient, scheduled_for=scheduled_for,
            back_translation=back_translation,
        )
        Participant.objects.create(
            visit=visit, role=ParticipantRole.CLINICIAN, language=clinician_language,
            user=clinician,
        )
        Participant.objects.create(
            visit=visit, role=ParticipantRole.PATIENT,
            language=patient_language or patient.preferred_language, patient=patient,
        )
        record(
            AuditEvent.VISIT_CREATED,
            actor=Actor.for_user(clinician),
            visit_id=visit.pk,
            patient_id=patient.pk,
            subject=visit,
            participants=2,
            back_translation=back_translation,
        )
    return visit


_TRANSITIONS: dict[AuditEvent, tuple[set[str], VisitStatus]] = {
    AuditEvent.VISIT_STARTED: ({VisitStatus.SCHEDULED}, VisitStatus.LIVE),
    AuditEvent.VISIT_ENDED: ({VisitStatus.SCHEDULED, VisitStatus.LIVE}, VisitStatus.ENDED),
    AuditEvent.VISIT_CANCELLED: ({VisitStatus.SCHEDULED}, VisitStatus.CANCELLED),
}


def visit_transition(*, visit: Visit, actor: User, event: AuditEvent) -> Visit:
    """Start, end or cancel a visit, refusing moves its status does not allow."""
    allowed_from, to_status = _TRANSITIONS[event]
    with transaction.atomic():
        locked = Visit.objects.select_for_update().get(pk=visit.pk)
        if locked.status not in allowed_from:
            raise WorkflowError(
                "invalid_status", f"a {locked.status} visit cannot become {to_status}"
            )
        locked.status = to_status
        now = timezone.now()
        if to_status == VisitStatus.LIVE:
            locked.started_at = now
        else:
            locked.ended_at = now
        locked.save(update_fields=["status", "started_at", "ended_at"])
        purged = 0
        if to_status in (VisitStatus.ENDED, VisitStatus.CANCELLED):
            purged = _close(locked, now)
        record(
            event, actor=Actor.for_user(actor), visit_id=locked.pk,
            patient_id=locked.patient_id, subject=locked, segments_deleted=purged,
        )
    return locked


def visit_close_abandoned(*, visit_id: int, idle_for: timedelta) -> bool:
    """End, as the system, a live visit nobody has been connected to for ``idle_for``;
    False if someone came back (checked again once the row is locked)."""
    with transaction.atomic():
        # Lock first, then read the trail: a join audited before the lock is seen.
        locked = Visit.objects.select_for_update().filter(pk=visit_id).first()
        if locked is None or not Visit.objects.abandoned(idle_for=idle_for).filter(
                pk=visit_id).exists():
            return False
        now = timezone.now()
        locked.status, locked.ended_at = VisitStatus.ENDED, now
        locked.save(update_fields=["status", "ended_at"])
        purged = _close(locked, now)
        record(
            AuditEvent.VISIT_ENDED, actor=SYSTEM, visit_id=locked.pk,
            patient_id=locked.patient_id, subject=locked, segments_deleted=purged,
            reason="abandoned", idle_min=round(idle_for.total_seconds() / 60),
        )
    return True


def _close(visit: Visit, now: datetime) -> int:
    """What ending or cancelling a visit does besides its status, inside the caller's
    transaction: unused invitations die with it, the transcripts nobody consented to
    keeping go, and everyone connected is told after commit. Returns segments deleted."""
    Invitation.objects.filter(
        participant__visit=visit, used_at__isnull=True, expires_at__gt=now
    ).update(expires_at=now)
    purged = _purge_unconsented_segments(visit)
    after_commit(visit.pk, EndedEvent(type="visit.ended"))
    return purged


def _purge_unconsented_segments(visit: Visit) -> int:
    """Segments are kept during a visit for catch-up; after it, only those of speakers
    who consent to a redacted transcript remain."""
    deleted = 0
    for participant in visit.participants.all():
        if not Consent.objects.is_active(participant, ConsentScope.TRANSCRIPT):
            deleted += visit.segments.filter(speaker=participant).delete()[0]  # type: ignore[attr-defined]
    return deleted


def participant_add(
    *, visit: Visit, actor: User, role: ParticipantRole, language: Language
) -> Participant:
    if role not in (ParticipantRole.FAMILY, ParticipantRole.INTERPRETER):
        raise WorkflowError("invalid_role", "a visit has one clinician and one patient")
    if not visit.is_open:
        raise WorkflowError("visit_closed", "the visit has ended")
    with transaction.atomic():
        participant = Participant.objects.create(visit=visit, role=role, language=language)
        record(
            AuditEvent.PARTICIPANT_ADDED, actor=Actor.for_user(actor), visit_id=visit.pk,
            patient_id=visit.patient_id, subject=participant, role=role,
        )
    return participant


def invitation_create(*, participant: Participant, actor: User) -> tuple[Invitation, str]:
    """A fresh single-use link; earlier unused links for the same participant stop working.

    Returns the token in clear once; only its hash is stored.
    """
    if participant.role == ParticipantRole.CLINICIAN:
        raise WorkflowError("invalid_role", "clinicians sign in; they are not invited")
    if not participant.visit.is_open:
        raise WorkflowError("visit_closed", "the visit has ended")
    token = Invitation.new_token()
    now = timezone.now()
    with transaction.atomic():
        superseded = Invitation.objects.filter(
            participant=participant, used_at__isnull=True, expires_at__gt=now
        ).update(expires_at=now)
        invitation = Invitation.objects.create(
            participant=participant,
            token_hash=hash_token(token),
            created_by=actor,
            expires_at=now + Invitation.default_expiry(),
        )
        record(
            AuditEvent.INVITATION_CREATED, actor=Actor.for_user(actor),
            visit_id=participant.visit_id, patient_id=participant.visit.patient_id,
            subject=invitation, participant_id=participant.pk, superseded=superseded,
        )
    return invitation, token


def invitation_redeem(*, visit_id: int, token: str) -> Participant:
    """Use an invitation to join ``visit_id``; every refusal is audited, then raised."""
    with transaction.atomic():
        invitation = (
            Invitation.objects.select_for_update(of=("self",))
            .select_related("participant__visit")
            .filter(token_hash=hash_token(token))
            .first()
        )
        reason = ""
        if invitation is None:
            reason = "unknown_token"
        elif invitation.participant.visit_id != visit_id:
            reason = "wrong_visit"
        elif invitation.used_at is not None:
            reason = "already_used"
        elif invitation.is_expired():
            reason = "expired"
        elif not invitation.participant.visit.is_open:
            reason = "visit_closed"
        if invitation is None or reason:
            record(
                AuditEvent.INVITATION_REFUSED, actor=ANONYMOUS, outcome=Outcome.DENIED,
                visit_id=visit_id, subject=invitation, reason=reason,
            )
        else:
            invitation.used_at = timezone.now()
            invitation.save(update_fields=["used_at"])
            participant = invitation.participant
            record(
                AuditEvent.PARTICIPANT_JOINED, actor=Actor.for_participant(participant),
                visit_id=visit_id, patient_id=participant.patient_id, subject=invitation,
            )
    if invitation is None or reason:
        raise InvitationRefused(reason, "this invitation link cannot be used")
    return participant


def interpreter_request(*, participant: Participant) -> InterpreterRequest:
    """Ask for a human interpreter; everyone in the visit is told after commit."""
    if participant.visit.status != VisitStatus.LIVE:
        raise WorkflowError("not_live", "a human interpreter is requested during a visit")
    with transaction.atomic():
        request = InterpreterRequest.objects.create(visit=participant.visit,
                                                    requested_by=participant)
        record(
            AuditEvent.INTERPRETER_REQUESTED, actor=Actor.for_participant(participant),
            visit_id=participant.visit_id, patient_id=participant.visit.patient_id,
            subject=request, participant_id=participant.pk,
        )
        after_commit(participant.visit_id, InterpreterRequestedEvent(
            type="visit.interpreter_requested", participant_id=participant.pk,
            request_id=request.pk))
    return request


def participant_waiting(*, participant: Participant) -> bool:
    """Their waiting page called in: they are here, waiting for the visit to start.

    Returns whether they just arrived. An arrival is audited once (the patient opened their
    visit's waiting room); the calls that follow only refresh the time, as presence.
    """
    now = timezone.now()
    with transaction.atomic():
        locked = (Participant.objects.select_for_update(of=("self",)).select_related("visit")
                  .get(pk=participant.pk))
        if locked.visit.status != VisitStatus.SCHEDULED:
            return False
        arriving = not locked.is_waiting(now)
        if arriving:
            locked.waiting_since = now
        locked.waiting_seen_at = now
        locked.save(update_fields=["waiting_since", "waiting_seen_at"])
        if arriving:
            record(
                AuditEvent.VISIT_VIEWED, actor=Actor.for_participant(locked),
                visit_id=locked.visit_id, patient_id=locked.visit.patient_id, subject=locked,
                via="waiting_room",
            )
    return arriving
