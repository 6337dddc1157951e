"""Audited workflows: each changes state and writes its audit entry in one transaction.

Callers use ``from telehealth import services`` and ``services.<workflow>``; the
workflows live in ``visits`` (visits, participants, invitations, interpreter requests)
and ``consent`` (decisions and the voice profiles they cover).
"""

from telehealth.services.consent import DOUBLE_SUBMIT_S, consent_record, voice_profile_store
from telehealth.services.visits import (
    InvitationRefused,
    WorkflowError,
    access_denied,
    interpreter_request,
    invitation_create,
    invitation_redeem,
    participant_add,
    participant_waiting,
    patient_register,
    visit_close_abandoned,
    visit_create,
    visit_transition,
)

__all__ = [
    "DOUBLE_SUBMIT_S", "InvitationRefused", "WorkflowError", "access_denied", "consent_record",
    "interpreter_request", "invitation_create", "invitation_redeem", "participant_add",
    "participant_waiting", "patient_register", "visit_close_abandoned", "visit_create",
    "visit_transition", "voice_profile_store",
]
