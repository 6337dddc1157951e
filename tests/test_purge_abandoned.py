"""Abandoned visits (issue 12, defect 14): a live visit that nobody ended keeps the
transcripts of speakers who did not consent to keeping them until it is closed; once no one
has been connected for ``ABANDONED_VISIT_AFTER_MIN``, ``purge_transcripts`` closes it."""

from __future__ import annotations

import io
import uuid
from datetime import timedelta
from unittest import mock

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from audit.events import SYSTEM, Actor, AuditEvent
from audit.models import AuditEntry
from interpretation.models import Segment
from telehealth import services
from telehealth.models import (
    CaptureMethod,
    ConsentDecision,
    ConsentScope,
    ConsentText,
    Participant,
    User,
    Visit,
    VisitStatus,
)
from tests.conftest import entries
from tests.test_settings import manage, production_env

pytestmark = pytest.mark.django_db


def _consent(participant: Participant, scope: str) -> None:
    services.consent_record(
        participant=participant, scope=scope, decision=ConsentDecision.GRANTED,  # type: ignore[arg-type]
        captured_via=CaptureMethod.CLINICIAN_ATTESTED, recorded_by=participant.visit.clinician,
        consent_text=ConsentText.objects.get(scope=scope, language_id="en"), actor=SYSTEM)


def _minutes_ago(minutes: int) -> mock._patch[mock.MagicMock]:
    then = timezone.now() - timedelta(minutes=minutes)
    return mock.patch("django.utils.timezone.now", return_value=then)


def _live(participant: Participant, event: AuditEvent) -> None:
    """What the live consumer audits when a participant's connection opens or closes."""
    AuditEntry.objects.record(event, actor=Actor.for_participant(participant),
                              visit_id=participant.visit_id)


def _a_visit_with_speech(visit: Visit, clinician: User, minutes_ago: int) -> None:
    """Both consented to interpretation, only the clinician to keeping a transcript; both
    spoke, then both connections closed, ``minutes_ago``."""
    with _minutes_ago(minutes_ago):
        for participant in visit.participants.all():
            _consent(participant, ConsentScope.INTERPRETATION)
        _consent(visit.participants.get(role="clinician"), ConsentScope.TRANSCRIPT)
        services.visit_transition(visit=visit, actor=clinician, event=AuditEvent.VISIT_STARTED)
        for participant in visit.participants.all():
            _live(participant, AuditEvent.LIVE_CONNECTED)
            Segment.objects.append(visit_id=visit.pk, utterance_id=uuid.uuid4(),
                                   speaker=participant, redacted_text="words")
            _live(participant, AuditEvent.LIVE_DISCONNECTED)


def _purge() -> str:
    out = io.StringIO()
    call_command("purge_transcripts", stdout=out)
    return out.getvalue()


def test_a_visit_everyone_left_is_closed_and_unconsented_transcripts_deleted(
    visit: Visit, clinician: User
) -> None:
    _a_visit_with_speech(visit, clinician, settings.ABANDONED_VISIT_AFTER_MIN + 5)
    assert "closed 1 abandoned visits" in _purge()
    visit.refresh_from_db()
    assert visit.status == VisitStatus.ENDED and visit.ended_at is not None
    kept = Segment.objects.filter(visit=visit)
    assert [s.speaker.role for s in kept if s.speaker] == ["clinician"]  # consented only
    [ended] = entries(AuditEvent.VISIT_ENDED, visit_id=visit.pk)
    assert (ended.actor_kind, ended.actor_id) == (SYSTEM.kind, None)
    assert ended.metadata["reason"] == "abandoned"
    assert ended.metadata["segments_deleted"] == 1
    assert "closed 0 abandoned visits" in _purge()  # closed once, audited once
    assert len(entries(AuditEvent.VISIT_ENDED, visit_id=visit.pk)) == 1


def test_a_visit_someone_is_still_connected_to_stays_live(
    visit: Visit, clinician: User, patient_participant: Participant
) -> None:
    _a_visit_with_speech(visit, clinician, settings.ABANDONED_VISIT_AFTER_MIN + 5)
    with _minutes_ago(settings.ABANDONED_VISIT_AFTER_MIN + 1):
        _live(patient_participant, AuditEvent.LIVE_CONNECTED)  # and never left
    Participant.seen_live(patient_participant.pk)  # its connection's latest mark: just now
    _purge()
    visit.refresh_from_db()
    assert visit.status == VisitStatus.LIVE
    assert Segment.objects.filter(visit=visit).count() == 2


def test_a_join_whose_server_died_does_not_keep_the_visit_live_for_ever(
    visit: Visit, clinician: User, patient_participant: Participant
) -> None:
    """A killed server audited the join but never the leave; its marks stopped with it."""
    _a_visit_with_speech(visit, clinician, settings.ABANDONED_VISIT_AFTER_MIN + 5)
    with _minutes_ago(settings.ABANDONED_VISIT_AFTER_MIN + 1):
        _live(patient_participant, AuditEvent.LIVE_CONNECTED)  # never left, as far as
        Participant.seen_live(patient_participant.pk)  # the trail knows; the last mark
    with _minutes_ago(settings.ABANDONED_VISIT_AFTER_MIN - 5):
        assert "closed 0 abandoned visits" in _purge()  # an hour is not up yet
    assert "closed 1 abandoned visits" in _purge()
    visit.refresh_from_db()
    assert visit.status == VisitStatus.ENDED


def test_a_visit_left_only_a_short_while_ago_stays_live(visit: Visit, clinician: User) -> None:
    _a_visit_with_speech(visit, clinician, settings.ABANDONED_VISIT_AFTER_MIN - 5)
    _purge()
    visit.refresh_from_db()
    assert visit.status == VisitStatus.LIVE
    assert not entries(AuditEvent.VISIT_ENDED, visit_id=visit.pk)


def test_a_live_visit_nobody_ever_joined_is_closed_after_the_limit(
    visit: Visit, clinician: User
) -> None:
    with _minutes_ago(settings.ABANDONED_VISIT_AFTER_MIN + 5):
        for participant in visit.participants.all():
            _consent(participant, ConsentScope.INTERPRETATION)
        services.visit_transition(visit=visit, actor=clinician, event=AuditEvent.VISIT_STARTED)
    _purge()
    visit.refresh_from_db()
    assert visit.status == VisitStatus.ENDED


def test_the_limit_must_be_a_positive_number_of_minutes() -> None:
    result = manage("check", **(production_env() | {"ABANDONED_VISIT_AFTER_MIN": "0"}))
    assert result.returncode != 0
    assert "ABANDONED_VISIT_AFTER_MIN must be at least 1" in result.stderr
