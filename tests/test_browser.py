"""The three faces in a real browser: Debian's headless Chromium driven by Playwright against
Daphne and a real interpretation worker on PostgreSQL and Redis.

Each person's microphone is a fixture WAV (Chromium's fake capture device). A clinician
(English) and a patient (Spanish) hold a whole visit; a compliance officer then reviews,
verifies and exports its trail. Screenshots of every page go to artifacts/screenshots/.
Run just these with ``pytest -m browser``.
"""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import json
import os
import shutil
import time
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import global_settings
from django.test import override_settings

from audit.events import AuditEvent
from audit.models import AuditEntry
from bench.stack import Stack
from interpretation.models import Segment
from telehealth.models import ConsentScope, InterpreterRequest, Participant, Visit, VoiceProfile
from tests.cascade_helpers import SPEECH, engines  # noqa: F401  (models must be installed)
from tests.conftest import PASSWORD, current_code, make_staff
from tests.test_end_to_end import stack_env
from tests.test_live import live_visit  # noqa: F401  (fixture, reused for its set-up)

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "screenshots"
FINAL = ":not(.interim)"  # a caption of a finished sentence, not the one under way
PAUSE_S = 1.5  # silence after each sentence, so that the looping fake microphone pauses
INTERPRETED_MS = 90_000  # a cold worker loads its models; speech lags on a busy runner
STEP_MS = 20_000
STACK_STARTUP_ATTEMPTS = 1500  # polls of bench.stack.STARTUP_POLL_S (0.2 s): five minutes
DROP_NOTICED_MS = 5_000  # a dead connection is noticed within ~2.5 s of its last pong
OFFLINE_MS = 4_000  # longer than the 1.5 s of audio a page may send late
HEARD_SPEECH = "body[data-audio-count]:not([data-audio-count='0'])"  # translated audio played


def padded(name: str, folder: Path) -> str:
    """A fixture sentence followed by silence: Chromium loops the file as the microphone."""
    with wave.open(str(SPEECH / name)) as reader:
        params, frames = reader.getparams(), reader.readframes(reader.getnframes())
    path = folder / name
    with wave.open(str(path), "wb") as writer:
        writer.setparams(params)
        silence = b"\0" * int(PAUSE_S * params.framerate) * params.sampwidth * params.nchannels
        writer.writeframes(frames + silence)
    return str(path)


@pytest.fixture
def playwright_api() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail("the browser tests need Debian's Chromium: apt-get install chromium "
                    "(.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the test's own ORM calls
    # (setting up, then checking the database) are still plain synchronous code.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as api:
            yield api
    finally:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


def browser_with_microphone(api: Any, wav: str) -> Any:
    return api.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={wav}", "--autoplay-policy=no-user-gesture-required",
    ])


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def sign_in(page: Any, base: str, user: Any) -> None:
    # The suite hashes passwords with MD5 for speed; the server only knows the real hashers.
    with override_settings(PASSWORD_HASHERS=global_settings.PASSWORD_HASHERS):
        user.set_password(PASSWORD)
        user.save(update_fields=["password"])
    page.goto(f"{base}/signin/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Authenticator code").fill(current_code(user))
    page.get_by_role("button", name="Sign in").click()


def mid_sentence(speaker_page: Any, listener_page: Any, speaker: Participant) -> None:
    """Wait until the listener's page shows the speaker talking: a drop now cuts a sentence."""
    listener_page.wait_for_selector(f"#speaking[data-speaker='{speaker.pk}']",
                                    timeout=STEP_MS)


def seconds_until(page: Any, selector: str, timeout_ms: int) -> float:
    started = time.monotonic()
    page.wait_for_selector(selector, timeout=timeout_ms)
    return round(time.monotonic() - started, 2)


def assert_one_consent_per_decision(visit: Visit) -> None:
    """Double clicks record each decision once: no two records in a row say the same."""
    from telehealth.models import Consent

    history: dict[tuple[int | None, str], list[str]] = {}
    for consent in Consent.objects.filter(participant__visit=visit).order_by("pk"):
        history.setdefault((consent.participant_id, consent.scope), []).append(
            consent.decision)
    for decisions in history.values():
        assert all(a != b for a, b in itertools.pairwise(decisions)), decisions


def run_the_visit(base: str, visit: Visit, doc: Any, pat: Any, clinician_browser: Any,
                  officer: Any) -> None:
    clinician = visit.participants.get(role="clinician")
    patient = visit.participants.get(role="patient")
    # --- the clinician signs in, consents for themself, invites and starts ---------
    sign_in(doc, base, visit.clinician)
    doc.wait_for_url(f"{base}/visits/")
    shot(doc, "01-clinician-visits")
    doc.get_by_role("link", name=f"Open visit {visit.pk}").click()
    own = doc.locator("form.attest", has=doc.locator(
        f"input[name=participant_id][value='{clinician.pk}']")).filter(
        has=doc.locator("input[name=scope][value=interpretation]"))
    own.locator("select[name=decision]").select_option("granted")
    own.get_by_role("button", name="Record").dblclick()  # a double click records it once
    doc.wait_for_load_state()
    doc.get_by_role("button", name="Create invitation link").click()
    invitation = doc.locator("#invitation-url").input_value()
    assert invitation.startswith(f"{base}/join/{visit.pk}/#")
    shot(doc, "02-clinician-visit-detail")

    # --- the patient opens the link: Spanish pages; first declines --------------------
    pat.goto(invitation)
    pat.wait_for_url(f"{base}/visit/{visit.pk}/")
    assert pat.locator("html").get_attribute("lang") == "es"
    assert pat.get_by_role("heading", name="Antes de su consulta").is_visible()
    shot(pat, "03-patient-consent-es")
    pat.get_by_label("No acepto").check()
    pat.get_by_role("button", name="Continuar").dblclick()
    pat.get_by_role("heading", name="La interpretación automática está desactivada").wait_for(
        timeout=STEP_MS)
    assert pat.locator("#mic-toggle").count() == 0  # no microphone on this page
    shot(pat, "04-patient-declined-es")

    # Declined: even a hand-made connection from the patient's session is refused.
    code = pat.evaluate("""(path) => new Promise((resolve) => {
        const ws = new WebSocket(`ws://${location.host}${path}`);
        ws.onclose = (event) => resolve(event.code);
    })""", f"/ws/visits/{visit.pk}/")
    assert code == 4451

    # --- changes their mind: interpretation and voice cloning, with a sample ------------
    pat.get_by_role("link", name="He cambiado de opinión").click()
    pat.get_by_label("Acepto la interpretación automática").check()
    pat.get_by_label("Usar una copia de mi voz", exact=False).check()
    pat.get_by_role("button", name="Continuar").dblclick()
    pat.wait_for_selector("#connection[data-state=waiting]", timeout=STEP_MS)
    assert_one_consent_per_decision(visit)
    shot(pat, "05-patient-waiting-es")  # the clinician has not started yet
    # Before the visit: the device check, and a caption size this phone remembers.
    pat.get_by_role("button", name="Probar mi micrófono").click()
    pat.get_by_role("button", name="Reproducir un sonido de prueba").click()
    assert pat.locator("#sound-test").get_attribute("data-played") == "1"
    pat.get_by_label("Tamaño de los subtítulos").select_option("large")
    pat.wait_for_selector("#mic-level[data-loudest]", state="attached", timeout=STEP_MS)
    assert float(pat.locator("#mic-level").get_attribute("data-loudest") or 0) > 0.01
    assert pat.locator("#mic-test-status").inner_text() == "Su micrófono funciona."
    pat.reload()
    pat.wait_for_selector("#connection[data-state=waiting]", timeout=STEP_MS)
    assert pat.locator("#caption-size").input_value() == "large"
    assert pat.locator("body").get_attribute("data-caption-size") == "large"

    doc.get_by_role("button", name="Start visit").click()
    doc.wait_for_url(f"{base}/visits/{visit.pk}/live/")
    doc.wait_for_selector("#connection[data-state=connected]", timeout=STEP_MS)
    pat.wait_for_selector("#connection[data-state=connected]", timeout=STEP_MS)
    for page in (doc, pat):  # the AI badge, with the engine's tier, on both pages
        page.wait_for_selector("#mt-tier[data-state=on][data-tier]", timeout=STEP_MS)
        # and the heartbeat's clock in a worker, which a hidden tab does not throttle
        assert page.locator("body").get_attribute("data-clock") == "worker"
    assert doc.get_by_role("link", name="Back to the visit").get_attribute("href") == \
        f"/visits/{visit.pk}/"
    assert doc.get_by_role("button", name="Sign out", exact=False).is_visible()
    assert pat.locator(f"#cloning-{patient.pk}").get_attribute("data-state") == \
        "no_reference"
    pat.get_by_role("button", name="Grabar", exact=True).click()
    pat.wait_for_selector(f"#cloning-{patient.pk}[data-state=on]", timeout=STEP_MS)
    assert VoiceProfile.objects.filter(participant=patient).exists()

    # --- the clinician speaks: the patient reads and hears it in Spanish --------------
    doc.get_by_role("button", name="Turn on microphone").click()
    pat.wait_for_selector(f"#speaking[data-speaker='{clinician.pk}']", timeout=STEP_MS)
    # While the sentence is spoken the patient sees it under way (an interim caption, in
    # Spanish, faded), then the final caption takes its place.
    interim = pat.locator(f".caption.interim[data-speaker='{clinician.pk}']").first
    interim.wait_for(state="attached", timeout=INTERPRETED_MS)
    heard = pat.locator(f".caption{FINAL}[data-speaker='{clinician.pk}']").first
    heard.wait_for(timeout=INTERPRETED_MS)
    assert "blood pressure" in heard.locator(".original[lang=en]").inner_text().lower()
    assert heard.locator(".translation[lang=es]").inner_text().strip()
    pat.wait_for_selector(HEARD_SPEECH, state="attached", timeout=INTERPRETED_MS)

    # The patient's network drops while the clinician goes on talking (the fake
    # microphone repeats the sentence): their page says so within seconds, the clinician
    # is told; back again, the page catches up on what it missed.
    timings: dict[str, float] = {}  # seconds, saved beside the screenshots
    # A silent network first: the socket stays open but nothing comes back, so only the
    # page's own pings can tell (no pong within 2.5 s).
    pat.evaluate("() => { liveVisit.ws.onmessage = null; }")
    timings["silent_drop_noticed"] = seconds_until(pat, "#connection[data-state=reconnecting]",
                                                   DROP_NOTICED_MS)
    timings["silent_drop_reconnected"] = seconds_until(
        pat, "#connection[data-state=connected]", STEP_MS)
    spoken = doc.locator(f".caption.own{FINAL}")
    seen = spoken.count()
    pat.context.set_offline(True)
    timings["offline_noticed"] = seconds_until(pat, "#connection[data-state=reconnecting]",
                                               DROP_NOTICED_MS)
    doc.get_by_text("The patient is reconnecting…").wait_for(timeout=STEP_MS)
    for _ in range(INTERPRETED_MS // 500):
        if spoken.count() > seen:
            break
        doc.wait_for_timeout(500)
    missed = spoken.nth(seen).get_attribute("data-seq")
    assert pat.locator(f".caption[data-seq='{missed}']").count() == 0
    pat.context.set_offline(False)
    timings["online_reconnected"] = seconds_until(pat, "#connection[data-state=connected]",
                                                  STEP_MS)
    doc.get_by_text("The patient is back.").wait_for(timeout=STEP_MS)
    caught_up = pat.locator(f".caption[data-seq='{missed}']")
    caught_up.wait_for(timeout=STEP_MS)
    assert "blood pressure" in caught_up.locator(".original[lang=en]").inner_text().lower()
    assert caught_up.locator(".translation[lang=es]").inner_text().strip()
    assert doc.locator(f".caption.own{FINAL}").first.is_visible()  # they see what was heard
    shot(pat, "06-patient-live-es")

    # The clinician's own network drops mid-sentence: the patient is told, in Spanish, and
    # the clinician's page says how much of their speech never left.
    mid_sentence(doc, pat, clinician)
    doc.context.set_offline(True)
    doc.wait_for_selector("#connection[data-state=reconnecting]", timeout=DROP_NOTICED_MS)
    pat.get_by_text("El/la profesional de salud se está reconectando…").wait_for(
        timeout=STEP_MS)
    doc.wait_for_timeout(OFFLINE_MS)
    doc.context.set_offline(False)
    doc.wait_for_selector("#connection[data-state=connected]", timeout=STEP_MS)
    doc.wait_for_selector("#notices li[data-key=audio_lost]", timeout=STEP_MS)
    pat.get_by_text("El/la profesional de salud ha vuelto.").wait_for(timeout=STEP_MS)
    doc.locator("#mic-toggle").click()  # off again

    # --- the patient speaks: the clinician reads and hears it in English, cloned ------
    pat.locator("#mic-toggle").click()
    # Their network drops mid-sentence too; back, the page does not replay the stale
    # audio (no frame-limit errors, no 4408), it says some speech was lost, and the
    # outage is a gap in the visit.
    mid_sentence(pat, doc, patient)
    pat.context.set_offline(True)
    pat.wait_for_selector("#connection[data-state=reconnecting]", timeout=DROP_NOTICED_MS)
    pat.wait_for_timeout(OFFLINE_MS)
    pat.context.set_offline(False)
    pat.wait_for_selector("#connection[data-state=connected]", timeout=STEP_MS)
    pat.wait_for_selector("#notices li[data-key=audio_lost]", timeout=STEP_MS)
    doc.locator(".caption.gap[data-reason=network]").first.wait_for(timeout=STEP_MS)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "network-drops.json").write_text(json.dumps(timings, indent=1))
    reply = doc.locator(f".caption{FINAL}[data-speaker='{patient.pk}']").first
    reply.wait_for(timeout=INTERPRETED_MS)
    # Whisper base hears this synthetic Spanish sentence poorly even from the file itself;
    # what matters here is that it arrives, in Spanish, with its English translation.
    assert reply.locator(".original[lang=es]").inner_text().strip()
    assert reply.locator(".translation[lang=en]").inner_text().strip()
    doc.wait_for_selector(HEARD_SPEECH, state="attached", timeout=INTERPRETED_MS)
    pat.locator("#mic-toggle").click()
    doc.wait_for_selector(f".caption[data-speaker='{patient.pk}'][data-spoken=clone]",
                          timeout=STEP_MS)
    assert doc.locator(f"#cloning-{patient.pk}").get_attribute("data-state") == "on"
    shot(doc, "07-clinician-live")

    # --- revoking voice cloning mid-visit flips the indicator on both pages ----------
    pat.get_by_role("button", name="Dejar de usar mi voz").dblclick()
    for page in (pat, doc):
        page.wait_for_selector(f"#cloning-{patient.pk}[data-state=off]", timeout=STEP_MS)
    assert not pat.locator("#revoke-cloning").is_visible()
    assert not VoiceProfile.objects.filter(participant=patient).exists()
    pat.get_by_role("button", name="Pedir un intérprete humano").click()
    doc.get_by_text("The patient asked for a human interpreter.").wait_for(timeout=STEP_MS)
    shot(pat, "08-patient-cloning-revoked-es")
    shot(doc, "09-clinician-interpreter-requested")
    # The patient stops machine interpretation: their page says it stopped at their
    # request (not the words for someone who never agreed), and the clinician is told.
    pat.get_by_role("button", name="Detener la interpretación automática").dblclick()
    pat.get_by_role("heading", name="Interpretación automática detenida a petición suya"
                    ).wait_for(timeout=STEP_MS)
    assert pat.get_by_text("No aceptó", exact=False).count() == 0
    assert pat.get_by_role("button", name="Pedir un intérprete humano").is_enabled()
    stopped = doc.get_by_text("The patient stopped machine interpretation", exact=False)
    stopped.wait_for(timeout=STEP_MS)
    assert_one_consent_per_decision(visit)
    # They change their mind: the clinician is told, and the old notice goes.
    pat.get_by_role("link", name="He cambiado de opinión").click()
    pat.get_by_label("Acepto la interpretación automática").check()
    pat.get_by_role("button", name="Continuar").click()
    pat.wait_for_selector("#connection[data-state=connected]", timeout=STEP_MS)
    doc.get_by_text("The patient agreed to machine interpretation again.").wait_for(
        timeout=STEP_MS)
    assert stopped.count() == 0
    # Then the clinician ends the visit.
    doc.get_by_role("button", name="End visit").click()
    doc.wait_for_selector("#connection[data-state=ended]", timeout=STEP_MS)
    pat.reload()
    assert pat.get_by_role("heading", name="La consulta ha terminado").is_visible()
    shot(pat, "10-patient-visit-ended-es")

    # --- the compliance officer filters, opens the timeline, verifies, exports -------
    review = clinician_browser.new_context(base_url=base, accept_downloads=True).new_page()
    sign_in(review, base, officer)
    review.wait_for_url(f"{base}/compliance/")
    review.get_by_label("Visit id").fill(str(visit.pk))
    review.get_by_label("Event type").select_option("consent.recorded")
    review.get_by_role("button", name="Filter").click()
    rows = review.locator("#entries tbody tr")
    assert rows.count() >= 5
    assert set(rows.evaluate_all("rows => rows.map(r => r.dataset.event)")) == \
        {"consent.recorded"}
    shot(review, "11-compliance-filtered")
    with review.expect_download() as download:
        review.locator("#export-csv").click()
    exported = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text())))
    assert len(exported) == rows.count()
    assert {row["event"] for row in exported} == {"consent.recorded"}
    with review.expect_download() as download:
        review.locator("#export-json").click()
    bundle = json.loads(Path(download.value.path()).read_text())
    assert bundle["resourceType"] == "Bundle" and len(bundle["entry"]) == len(exported)
    assert "total" not in bundle  # FHIR R4 bdl-1: only searchset and history carry it
    assert {e["resource"]["resourceType"] for e in bundle["entry"]} == {"AuditEvent"}
    review.locator("#entries tbody tr a").first.click()
    review.wait_for_url(f"{base}/compliance/visits/{visit.pk}/")
    assert review.locator("#interpreter-requests").inner_text() == "1"
    assert review.locator("#transcript").count() == 0  # the clinic's policy: not shown
    shot(review, "12-compliance-timeline")
    review.goto(f"{base}/compliance/")
    review.get_by_role("button", name="Verify integrity").click()
    assert review.locator("#verify-result").get_attribute("data-ok") == "true"
    shot(review, "13-compliance-verified")



@pytest.fixture
def scheduled_visit(live_visit: Visit) -> Visit:  # noqa: F811
    """The live-visit fixture's people, but scheduled, with no consent given yet: the
    browser does the rest, as a clinician would."""
    from telehealth.models import Consent

    Consent.objects.all().delete()
    Visit.objects.filter(pk=live_visit.pk).update(status="scheduled", started_at=None)
    live_visit.refresh_from_db()
    return live_visit


def test_a_whole_visit_in_two_browsers_then_its_review(
    scheduled_visit: Visit, engines: object, playwright_api: Any,  # noqa: F811
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Daphne imports the engines' code before it answers; on a busy 2-core runner that
    # alone can take over a minute, so give it five.
    monkeypatch.setattr("bench.stack.STARTUP_ATTEMPTS", STACK_STARTUP_ATTEMPTS)
    visit = scheduled_visit
    patient = visit.participants.get(role="patient")
    officer = make_staff("compliance.browser", "compliance")
    english = padded("en-followup.wav", tmp_path)
    spanish = padded("es-dolor.wav", tmp_path)
    env = stack_env() | {"VOICE_CLONING_ALLOW_TEST_MODEL": "1"}
    with Stack(env) as stack, \
            browser_with_microphone(playwright_api, english) as clinician_browser, \
            browser_with_microphone(playwright_api, spanish) as patient_browser:
        base = stack.http
        doc = clinician_browser.new_context(base_url=base).new_page()
        # The patient is on a phone; their browser asks for English, the visit is Spanish.
        pat = patient_browser.new_context(base_url=base, locale="en-US", has_touch=True,
                                          viewport={"width": 390, "height": 844}).new_page()
        try:
            run_the_visit(base, visit, doc, pat, clinician_browser, officer)
        except Exception:
            for name, page in (("clinician", doc), ("patient", pat)):
                shot(page, f"failed-{name}")
                with contextlib.suppress(Exception):  # a page mid-navigation has no content
                    (ARTIFACTS / f"failed-{name}.html").write_text(page.content())
            raise


    # What the browsers did is what the database and the audit trail say.
    assert not Segment.objects.filter(visit=visit).exists()  # no transcript consent: purged
    assert InterpreterRequest.objects.filter(visit=visit, requested_by=patient).count() == 1
    refused = AuditEntry.objects.filter(event=AuditEvent.LIVE_REFUSED, visit_id=visit.pk,
                                        metadata__reason="no_consent", actor_id=patient.pk)
    assert refused.count() == 1
    for event in (AuditEvent.AUDIT_VIEWED, AuditEvent.AUDIT_EXPORTED, AuditEvent.AUDIT_VERIFIED):
        assert AuditEntry.objects.filter(event=event, actor_id=officer.pk).exists()
    assert not Participant.objects.filter(pk=patient.pk, voice_profile__isnull=False).exists()
    # Both drops are audited gaps of their speaker; no page ever broke the frame limits.
    network = AuditEntry.objects.filter(event=AuditEvent.SEGMENT_GAP, visit_id=visit.pk,
                                        metadata__reason="network")
    assert {e.metadata["speaker_id"] for e in network} == \
        {patient.pk, visit.participants.get(role="clinician").pk}
    assert not AuditEntry.objects.filter(event=AuditEvent.LIVE_ERROR, visit_id=visit.pk,
                                         metadata__reason="frame_abuse").exists()
    revoked = AuditEntry.objects.filter(event=AuditEvent.CONSENT_RECORDED, visit_id=visit.pk,
                                        metadata__decision="revoked")
    assert ConsentScope.VOICE_CLONING in {e.metadata.get("scope") for e in revoked}
