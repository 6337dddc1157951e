"""The clinician portal's waiting room and start button in real browsers: Debian's headless
Chromium driven by Playwright against Daphne on PostgreSQL and Redis, as test_browser.py does.

A patient (Spanish, on a phone in Madrid) waits; the clinician (in Bogotá) sees them waiting
on the visit list and the visit page, starts the visit without having consented to the
interpretation of their own speech and is asked first; both pages then go live.
Run just these with ``pytest -m browser``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone

from audit.events import AuditEvent
from audit.models import AuditEntry
from bench.stack import Stack
from telehealth import services
from telehealth.models import Consent, Language, Visit, VisitStatus
from tests.conftest import make_staff
from tests.test_browser import (  # noqa: F401  (playwright_api is a fixture)
    ARTIFACTS,
    STEP_MS,
    browser_with_microphone,
    padded,
    playwright_api,
    shot,
    sign_in,
)
from tests.test_end_to_end import stack_env

pytestmark = pytest.mark.browser

POLL_MS = 15_000  # the waiting room calls in, and the portal asks, every 5 s
# The first live connection to a cold server loads the endpointer's models; on a busy
# 2-core runner that has taken over 20 s.
FIRST_CONNECTION_MS = 60_000


@pytest.fixture
def waiting_visit(audit_flushable: None, django_db_serialized_rollback: None,
                  transactional_db: None) -> Iterator[Visit]:
    """A scheduled visit in an hour, nobody consented to anything yet."""
    clinician = make_staff("dr.portal", "clinician")
    patient = services.patient_register(
        registered_by=clinician, given_name="Rosa", family_name="Synthetica",
        date_of_birth=timezone.now().date() - timedelta(days=20000),
        preferred_language=Language.objects.get(code="es"))
    yield services.visit_create(clinician=clinician, patient=patient,
                                scheduled_for=timezone.now() + timedelta(hours=1),
                                clinician_language=Language.objects.get(code="en"))


def wait_then_start(base: str, visit: Visit, doc: Any, pat: Any) -> None:
    sign_in(doc, base, visit.clinician)
    doc.wait_for_url(f"{base}/visits/")
    badge = doc.locator(f"[data-waiting-for='{visit.pk}']")
    assert badge.is_hidden()  # nobody is waiting yet
    # The clinician's computer is in Bogotá; the clinic's zone is UTC: both times show.
    assert doc.locator("time[data-local] + .local-time").first.inner_text().strip()
    doc.get_by_role("link", name=f"Open visit {visit.pk}").click()
    doc.get_by_role("button", name="Create invitation link").click()
    invitation = doc.locator("#invitation-url").input_value()

    # --- the patient consents and waits ------------------------------------------------
    pat.goto(invitation)
    pat.wait_for_url(f"{base}/visit/{visit.pk}/")
    pat.get_by_label("Acepto la interpretación automática").check()
    pat.get_by_role("button", name="Continuar").click()
    pat.get_by_role("heading", name="Su profesional de salud le atenderá en breve.").wait_for(
        timeout=STEP_MS)
    assert "su hora" in pat.locator("#waiting-room .local-time").inner_text()  # Madrid time
    shot(pat, "portal-01-patient-waiting-es")

    # --- the clinician sees them waiting, on the visit page and the list ----------------
    doc.locator(f"[data-waiting-for='{visit.pk}']:not([hidden])").wait_for(timeout=POLL_MS)
    assert doc.locator(f"[data-waiting-for='{visit.pk}']").inner_text() == "Waiting: Patient"
    doc.get_by_role("link", name="Visits", exact=True).click()
    doc.locator(f"[data-waiting-for='{visit.pk}']:not([hidden])").wait_for(timeout=STEP_MS)
    assert doc.title().startswith("(1) ")
    shot(doc, "portal-02-clinician-sees-waiting")
    doc.get_by_role("link", name=f"Open visit {visit.pk}").click()

    # --- start without having consented: the button asks first, with no answer chosen ---
    doc.get_by_role("button", name="Start visit").click()  # unanswered: the form stays
    assert doc.url == f"{base}/visits/{visit.pk}/"
    visit.refresh_from_db()
    assert visit.status == VisitStatus.SCHEDULED
    assert not Consent.objects.filter(recorded_by=visit.clinician).exists()
    shot(doc, "portal-03-start-asks-for-consent")
    doc.get_by_label("I consent, for this and all my future visits", exact=False).check()
    doc.get_by_role("button", name="Start visit").click()
    doc.wait_for_url(f"{base}/visits/{visit.pk}/live/")
    doc.wait_for_selector("#connection[data-state=connected]", timeout=FIRST_CONNECTION_MS)

    # --- the waiting page moves on by itself -------------------------------------------
    pat.wait_for_selector("#connection[data-state=connected]", timeout=POLL_MS + STEP_MS)
    assert pat.locator("#waiting-room").count() == 0
    shot(pat, "portal-04-patient-live-es")
    shot(doc, "portal-05-clinician-live")


def test_the_waiting_room_and_a_start_that_asks_for_consent(
    waiting_visit: Visit, playwright_api: Any, tmp_path: Path,  # noqa: F811
) -> None:
    visit = waiting_visit
    silence = padded("en-followup.wav", tmp_path)  # the microphones stay off
    with Stack(stack_env(), workers=0) as stack, \
            browser_with_microphone(playwright_api, silence) as clinician_browser, \
            browser_with_microphone(playwright_api, silence) as patient_browser:
        base = stack.http
        doc = clinician_browser.new_context(base_url=base, timezone_id="America/Bogota"
                                            ).new_page()
        pat = patient_browser.new_context(base_url=base, locale="en-US", has_touch=True,
                                          timezone_id="Europe/Madrid",
                                          viewport={"width": 390, "height": 844}).new_page()
        try:
            wait_then_start(base, visit, doc, pat)
        except Exception:
            for name, page in (("clinician", doc), ("patient", pat)):
                shot(page, f"portal-failed-{name}")
                with contextlib.suppress(Exception):  # a page mid-navigation has no content
                    (ARTIFACTS / f"portal-failed-{name}.html").write_text(page.content())
            raise

    # One standing consent, recorded before the start; one arrival in the waiting room.
    consent = Consent.objects.get(recorded_by=visit.clinician)
    assert consent.staff_member == visit.clinician and consent.visit is None
    recorded = AuditEntry.objects.get(event=AuditEvent.CONSENT_RECORDED,
                                      metadata__staff_id=visit.clinician.pk)
    started = AuditEntry.objects.get(event=AuditEvent.VISIT_STARTED, visit_id=visit.pk)
    assert recorded.seq < started.seq
    arrivals = AuditEntry.objects.filter(event=AuditEvent.VISIT_VIEWED, visit_id=visit.pk,
                                         actor_kind="participant")
    assert [a.metadata for a in arrivals] == [{"via": "waiting_room"}]
