"""Personas and helpers shared by the tests: clinician, other clinician, patient,
compliance officer, admin and outsider, as in healthchecks' ``hc/test.py``."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.test import Client
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from rest_framework.test import APIClient

from audit.events import SYSTEM
from audit.models import AuditEntry
from redaction.engine import Redactor
from telehealth import services
from telehealth.models import (
    CaptureMethod,
    ConsentScope,
    ConsentText,
    Language,
    Participant,
    ParticipantRole,
    Patient,
    Role,
    User,
    Visit,
)

PASSWORD = "correct horse battery staple"
C = TypeVar("C", bound=Client)

# ``scripts/test -m "not slow"`` is the quick loop. Slow: every browser test (Chromium) and
# these files, whose tests each start Daphne with workers that load the models (minutes).
# A new file of that kind says ``pytestmark = pytest.mark.slow`` itself.
SLOW_FILES = frozenset({"test_end_to_end.py", "test_faults.py"})
# scripts/test runs the suite on pytest-xdist workers (``--dist loadgroup``). The slow
# tests mostly wait for speech played at real-time pace and for servers to load their models:
# they run in lanes of their own (TEST_STACK_LANES, scripts/test chooses), so that no more
# real stacks share the CPU than it has room for, while the quick tests fill the gaps: one
# lane on fewer than four cores (scripts/test), two, each about as long, on more.
SLOW_LANES = {"test_browser.py": "stack-1", "test_sqlite_end_to_end.py": "stack-1",
              "test_end_to_end.py": "stack-2", "test_faults.py": "stack-2",
              "test_browser_portal.py": "stack-2"}
if os.environ.get("TEST_STACK_LANES", "2") == "1":
    SLOW_LANES = dict.fromkeys(SLOW_LANES, "stack-1")


# Review probes that the learned tagger hides (precision given for recall): expected to
# fail, strictly, so that one the tagger stops hiding says so.
TAGGER_COSTS = frozenset(
    line for line in (Path(__file__).parent / "tagger_costs.txt").read_text(
        encoding="utf-8").splitlines() if line and not line.startswith("#"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.nodeid in TAGGER_COSTS:
            item.add_marker(pytest.mark.xfail(
                strict=True, reason="hidden by the learned tagger: tests/tagger_costs.txt"))
        if item.path.name in SLOW_FILES or item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.slow)
        if item.path.name in SLOW_LANES:
            item.add_marker(pytest.mark.xdist_group(SLOW_LANES[item.path.name]))


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: Any) -> Iterator[None]:
    """pytest-django's, and at its end no connection outlives the session: the speech and
    revision lanes' threads (daemons, idle by then) each keep one, and PostgreSQL waits 5 s
    for them before it refuses to drop the test database ("being accessed by other
    users"), which was then left behind."""
    yield
    with django_db_blocker.unblock(), contextlib.suppress(DatabaseError), \
            connection.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                       "WHERE datname = current_database() AND pid <> pg_backend_pid()")


@pytest.fixture(scope="session")
def redactor() -> Redactor:
    """The real redactor alone (spaCy models and Presidio, no other engine), built once:
    sixteen modules each built their own, about 2 s apiece."""
    from interpretation.builder import build_redactor, models_dir
    from interpretation.weights import by_name

    if not (models_dir() / by_name("spacy-en").folder).is_dir():
        pytest.fail("models are not installed: run `python manage.py models install`")
    return build_redactor()


@pytest.fixture(autouse=True)
def _postgres_and_clean_cache(request: pytest.FixtureRequest, settings: Any) -> Iterator[None]:
    if "django_db_setup" in request.fixturenames and connection.vendor != "postgresql":
        pytest.fail("the tests run on PostgreSQL: set DATABASE_URL (scripts/test does)")
    # A deliberately weak hasher: the tests sign in many times, and hashing is not under test.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()  # sign-in failure counters must not leak between tests
    yield


def make_staff(username: str, role: str) -> User:
    user = User.objects.create_user(username=username, password=PASSWORD, role=role,
                                    is_staff=role == Role.ADMIN,
                                    is_superuser=role == Role.ADMIN)
    TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    return user


def current_code(user: User) -> str:
    device = TOTPDevice.objects.get(user=user)
    return f"{totp(device.bin_key, step=device.step, digits=device.digits):0{device.digits}d}"


def verified_client(user: User, client_class: type[C] = APIClient) -> C:  # type: ignore[assignment]
    """A client signed in with both factors (the sign-in flow itself is tested in test_auth)."""
    client = client_class()
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = TOTPDevice.objects.get(user=user).persistent_id
    session.save()
    return client


def voice_consent(participant: Participant, decision: str) -> None:
    """The participant grants, declines or revokes voice cloning on the join page."""
    services.consent_record(
        participant=participant, scope=ConsentScope.VOICE_CLONING,
        decision=decision, captured_via=CaptureMethod.JOIN_PAGE,  # type: ignore[arg-type]
        consent_text=ConsentText.objects.get(scope="voice_cloning", language_id="es"),
        actor=SYSTEM)


def entries(event: str, **filters: object) -> list[AuditEntry]:
    return list(AuditEntry.objects.filter(event=event, **filters))


@pytest.fixture
def english(db: None) -> Language:
    return Language.objects.get(code="en")


@pytest.fixture
def spanish(db: None) -> Language:
    return Language.objects.get(code="es")


@pytest.fixture
def clinician(db: None) -> User:
    return make_staff("dr.house", Role.CLINICIAN)


@pytest.fixture
def other_clinician(db: None) -> User:
    return make_staff("dr.other", Role.CLINICIAN)


@pytest.fixture
def compliance_officer(db: None) -> User:
    return make_staff("compliance", Role.COMPLIANCE)


@pytest.fixture
def admin_user(db: None) -> User:
    return make_staff("admin", Role.ADMIN)


@pytest.fixture
def patient(clinician: User, spanish: Language) -> Patient:
    return services.patient_register(
        registered_by=clinician, given_name="Rosa", family_name="Synthetica",
        date_of_birth=date(1961, 3, 14), preferred_language=spanish,
        medical_record_number="MRN-555-0199",
    )


@pytest.fixture
def visit(clinician: User, patient: Patient, english: Language) -> Visit:
    return services.visit_create(clinician=clinician, patient=patient,
                                 scheduled_for=timezone.now() + timedelta(hours=1),
                                 clinician_language=english)


@pytest.fixture
def patient_participant(visit: Visit) -> Participant:
    return visit.participants.get(role=ParticipantRole.PATIENT)


@pytest.fixture
def clinician_client(clinician: User) -> APIClient:
    return verified_client(clinician)


@pytest.fixture
def other_clinician_client(other_clinician: User) -> APIClient:
    return verified_client(other_clinician)


@pytest.fixture
def outsider_client() -> APIClient:
    return APIClient()


@pytest.fixture
def patient_client(visit: Visit, patient_participant: Participant, clinician: User) -> APIClient:
    """The patient's browser after opening a fresh invitation link."""
    _, token = services.invitation_create(participant=patient_participant, actor=clinician)
    client = APIClient()
    response = client.post(f"/api/visits/{visit.pk}/join/", {"token": token}, format="json")
    assert response.status_code == 200, response.content
    return client


@pytest.fixture
def audit_flushable(django_db_setup: None, django_db_blocker: object) -> Iterator[None]:
    """A transactional test ends with a TRUNCATE of every table. Let it through for the
    audit table, then re-arm the trigger. Requested before ``transactional_db`` so that
    it is torn down after the flush."""
    with django_db_blocker.unblock(), connection.cursor() as cursor:  # type: ignore[attr-defined]
        cursor.execute("ALTER TABLE audit_auditentry DISABLE TRIGGER audit_entry_no_truncate")
    yield
    with django_db_blocker.unblock(), connection.cursor() as cursor:  # type: ignore[attr-defined]
        cursor.execute("ALTER TABLE audit_auditentry ENABLE TRIGGER audit_entry_no_truncate")
