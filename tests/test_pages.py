"""The web pages through Django's test client: who may open them, what they record, and
which language they speak. The browser tests (test_browser.py) drive the same pages live."""

from __future__ import annotations

import csv
import gettext
import io
import json
import wave
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation
from django_otp.plugins.otp_totp.models import TOTPDevice

from audit.events import ANONYMOUS, AuditEvent
from audit.models import AuditEntry
from telehealth import services
from telehealth.api.auth import PARTICIPANT_SESSION_KEY
from telehealth.models import (
    CaptureMethod,
    Consent,
    ConsentScope,
    ConsentText,
    InterpreterRequest,
    Participant,
    Patient,
    User,
    Visit,
    VoiceProfile,
)
from tests.conftest import PASSWORD, current_code, entries, verified_client, voice_consent

PO_FILE = Path(settings.LOCALE_PATHS[0]) / "es" / "LC_MESSAGES" / "django.po"


def patient_client(participant: Participant) -> Client:
    """A browser whose session an invitation made (the join flow is tested in test_invitations)."""
    client = Client()
    session = client.session
    session[PARTICIPANT_SESSION_KEY] = participant.pk
    session.save()
    return client


def wav_bytes(seconds: float, rate: int = 16_000) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        writer.writeframes(b"\x10\x00" * int(seconds * rate))
    return out.getvalue()


# --- clinician portal ------------------------------------------------------------------

@pytest.mark.django_db
def test_sign_in_page_needs_the_second_factor(clinician: User) -> None:
    client = Client()
    refused = client.post("/signin/", {"username": clinician.username, "password": PASSWORD,
                                       "otp_token": "000000"})
    assert refused.status_code == 400 and b"Invalid username, password or code" in refused.content
    assert entries(AuditEvent.SIGNIN_FAILED, metadata__reason="second_factor")
    TOTPDevice.objects.filter(user=clinician).update(  # django-otp backs off after a failure
        throttling_failure_count=0, throttling_failure_timestamp=None)
    signed_in = client.post("/signin/", {"username": clinician.username, "password": PASSWORD,
                                         "otp_token": current_code(clinician)})
    assert signed_in.status_code == 302 and signed_in["Location"] == "/visits/"
    assert client.get("/visits/").status_code == 200


@pytest.mark.django_db
def test_sign_in_ignores_a_next_address_on_another_site(clinician: User) -> None:
    response = Client().post("/signin/", {
        "username": clinician.username, "password": PASSWORD,
        "otp_token": current_code(clinician), "next": "https://evil.example/"})
    assert response["Location"] == "/visits/"


@pytest.mark.django_db
def test_portal_refusals_are_audited(clinician: User, compliance_officer: User,
                                     visit: Visit, other_clinician: User) -> None:
    anonymous = Client().get("/visits/")
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/signin/")
    assert entries(AuditEvent.ACCESS_DENIED, metadata__reason="not_signed_in")
    officer = verified_client(compliance_officer, Client)
    assert officer.get("/visits/").status_code == 403
    assert entries(AuditEvent.ACCESS_DENIED, actor_id=compliance_officer.pk,
                   metadata__reason="wrong_role")
    stranger = verified_client(other_clinician, Client)
    assert stranger.get(f"/visits/{visit.pk}/").status_code == 404
    assert entries(AuditEvent.ACCESS_DENIED, actor_id=other_clinician.pk, visit_id=visit.pk)


@pytest.mark.django_db
def test_a_clinician_registers_schedules_invites_and_attests(clinician: User) -> None:
    client = verified_client(clinician, Client)
    client.post("/patients/new/", {"given_name": "Ada", "family_name": "Synthetic",
                                   "date_of_birth": "1970-05-06", "preferred_language": "es"})
    patient = Patient.objects.get(registered_by=clinician)
    response = client.post("/visits/new/", {"patient": patient.pk,
                                            "scheduled_for": "2030-01-02T09:30",
                                            "clinician_language": "en"})
    visit = Visit.objects.get(patient=patient)
    assert response["Location"] == f"/visits/{visit.pk}/"
    assert visit.languages == ["en", "es"]

    page = client.post(f"/visits/{visit.pk}/invite/")
    link = page.context["invitation_url"]
    assert link.startswith(f"http://testserver/join/{visit.pk}/#")
    assert services.invitation_redeem(visit_id=visit.pk, token=link.split("#", 1)[1])

    me = visit.participants.get(role="clinician")
    client.post(f"/visits/{visit.pk}/consent/", {"participant_id": me.pk,
                                                  "scope": "interpretation",
                                                  "decision": "granted"})
    consent = Consent.objects.get(participant=me)
    assert consent.captured_via == CaptureMethod.CLINICIAN_ATTESTED
    assert consent.recorded_by == clinician
    started = client.post(f"/visits/{visit.pk}/start/")
    assert started["Location"] == f"/visits/{visit.pk}/live/"
    live = client.get(started["Location"])
    assert live.status_code == 200
    config = live.context["config"]
    assert config["participantId"] == me.pk and config["wsPath"] == f"/ws/visits/{visit.pk}/"
    assert "Content-Security-Policy" in live.headers


@pytest.mark.django_db
def test_the_live_page_waits_for_the_clinicians_own_consent(clinician: User,
                                                            visit: Visit) -> None:
    client = verified_client(clinician, Client)
    client.post(f"/visits/{visit.pk}/start/")
    assert client.get(f"/visits/{visit.pk}/live/")["Location"] == f"/visits/{visit.pk}/"


# --- patient browser session -----------------------------------------------------------

@pytest.mark.django_db
def test_patient_pages_speak_the_patients_language(patient_participant: Participant) -> None:
    client = patient_client(patient_participant)
    page = client.get(f"/visit/{patient_participant.visit_id}/",
                      HTTP_ACCEPT_LANGUAGE="en-US")  # the visit's language wins
    assert page.status_code == 200 and page["Content-Language"] == "es"
    assert "Antes de su consulta" in page.content.decode()
    assert 'lang="es"' in page.content.decode()
    body = ConsentText.objects.get(scope="interpretation", language_id="es").body
    assert body in page.content.decode()  # the exact text the consent will point to


@pytest.mark.django_db
def test_the_join_page_keeps_the_token_out_of_the_request(visit: Visit) -> None:
    page = Client().get(f"/join/{visit.pk}/", HTTP_ACCEPT_LANGUAGE="es")
    assert page.status_code == 200 and "csrftoken" in page.cookies
    assert "Entrando a su consulta" in page.content.decode()


@pytest.mark.django_db
def test_patient_consent_form_records_each_answer(patient_participant: Participant) -> None:
    client = patient_client(patient_participant)
    url = f"/visit/{patient_participant.visit_id}/"
    declined = client.post(url + "consent/", {"interpretation": "declined"})
    assert declined["Location"] == url
    assert "La interpretación automática está desactivada" in client.get(url).content.decode()
    assert not Consent.objects.is_active(patient_participant, ConsentScope.INTERPRETATION)

    client.post(url + "consent/", {"interpretation": "granted", "voice_cloning": "on"})
    assert Consent.objects.is_active(patient_participant, ConsentScope.INTERPRETATION)
    assert Consent.objects.is_active(patient_participant, ConsentScope.VOICE_CLONING)
    assert not Consent.objects.is_active(patient_participant, ConsentScope.TRANSCRIPT)
    records = Consent.objects.filter(participant=patient_participant)
    assert {r.captured_via for r in records} == {CaptureMethod.JOIN_PAGE}
    assert {r.consent_text.language_id for r in records} == {"es"}
    assert client.post(url + "consent/", {}).status_code == 400  # must answer the first one


@pytest.mark.django_db
def test_patient_pages_refuse_other_visits_and_no_session(patient_participant: Participant,
                                                          clinician: User,
                                                          patient: Patient) -> None:
    assert Client().get(f"/visit/{patient_participant.visit_id}/").status_code == 403
    other = services.visit_create(clinician=clinician, patient=patient,
                                  scheduled_for=patient_participant.visit.scheduled_for,
                                  clinician_language=patient_participant.language)
    assert patient_client(patient_participant).get(f"/visit/{other.pk}/").status_code == 403
    assert len(entries(AuditEvent.ACCESS_DENIED,
                       metadata__reason="no_invitation_session")) == 2


@pytest.mark.django_db
def test_voice_reference_upload_checks_consent_and_audio(
        patient_participant: Participant) -> None:
    client = patient_client(patient_participant)
    url = f"/api/visits/{patient_participant.visit_id}/voice-profile/"

    def upload(data: bytes) -> int:
        return client.post(url, data, content_type="audio/wav").status_code

    assert upload(wav_bytes(5)) == 409  # no voice-cloning consent
    voice_consent(patient_participant, "granted")
    assert upload(b"not a wav") == 400
    assert upload(wav_bytes(1)) == 400  # too short to clone from
    assert upload(b"\0" * 6_000_001) == 413  # refused before it is all read
    assert upload(wav_bytes(5)) == 201
    profile = VoiceProfile.objects.get(participant=patient_participant)
    assert profile.duration_ms == 5000 and profile.sample_rate_hz == 16_000
    assert entries(AuditEvent.VOICE_PROFILE_STORED, visit_id=patient_participant.visit_id)


@pytest.mark.django_db
def test_a_human_interpreter_request_is_recorded_and_audited(
        patient_participant: Participant, clinician: User) -> None:
    visit = patient_participant.visit
    client = patient_client(patient_participant)
    url = f"/api/visits/{visit.pk}/interpreter-requests/"
    assert client.post(url).status_code == 409  # only during the visit
    services.visit_transition(visit=visit, actor=clinician, event=AuditEvent.VISIT_STARTED)
    assert client.post(url).status_code == 201
    request = InterpreterRequest.objects.get(visit=visit)
    assert request.requested_by == patient_participant
    [entry] = entries(AuditEvent.INTERPRETER_REQUESTED, visit_id=visit.pk)
    assert entry.actor_kind == "participant" and entry.actor_id == patient_participant.pk


@pytest.mark.django_db
def test_the_visit_page_says_who_asked_for_a_human_interpreter(
        patient_participant: Participant, clinician: User) -> None:
    visit = patient_participant.visit
    services.visit_transition(visit=visit, actor=clinician, event=AuditEvent.VISIT_STARTED)
    visit.refresh_from_db()
    services.interpreter_request(participant=patient_participant)
    page = verified_client(clinician, Client).get(f"/visits/{visit.pk}/").content.decode()
    assert "Human interpreter requested" in page
    assert "Asked by the Patient (es)" in page


@pytest.mark.django_db
def test_the_visit_page_shows_a_regrant_as_one(patient_participant: Participant,
                                               clinician: User) -> None:
    visit = patient_participant.visit
    client = verified_client(clinician, Client)
    for decision in ("granted", "revoked"):
        services.consent_record(
            participant=patient_participant, scope=ConsentScope.INTERPRETATION,
            decision=decision, captured_via=CaptureMethod.JOIN_PAGE,  # type: ignore[arg-type]
            consent_text=ConsentText.objects.get(scope="interpretation", language_id="es"),
            actor=ANONYMOUS)
    assert "granted again" not in client.get(f"/visits/{visit.pk}/").content.decode().lower()
    services.consent_record(
        participant=patient_participant, scope=ConsentScope.INTERPRETATION,
        decision="granted", captured_via=CaptureMethod.JOIN_PAGE,  # type: ignore[arg-type]
        consent_text=ConsentText.objects.get(scope="interpretation", language_id="es"),
        actor=ANONYMOUS)
    page = client.get(f"/visits/{visit.pk}/").content.decode()
    assert "Yes, granted again" in page  # in force, after a revocation
    assert page.count("Granted again") == 1  # and in the history, the third record only


# --- compliance review -----------------------------------------------------------------

@pytest.mark.django_db
def test_compliance_review_is_for_compliance_officers_only(clinician: User) -> None:
    assert verified_client(clinician, Client).get("/compliance/").status_code == 403
    assert entries(AuditEvent.ACCESS_DENIED, actor_id=clinician.pk, metadata__reason="wrong_role")


@pytest.mark.django_db
def test_review_filters_and_is_audited(compliance_officer: User, visit: Visit) -> None:
    client = verified_client(compliance_officer, Client)
    page = client.get("/compliance/", {"visit": visit.pk, "event": "visit.created"})
    shown = list(page.context["page"].object_list)
    assert [e.event for e in shown] == ["visit.created"]
    [viewed] = entries(AuditEvent.AUDIT_VIEWED, actor_id=compliance_officer.pk)
    assert viewed.metadata["filter_visit"] == visit.pk and viewed.metadata["count"] == 1
    assert client.get("/compliance/", {"since": "not a date"}).status_code == 200  # form errors


@pytest.mark.django_db
def test_exports_match_the_filter_and_are_audited(compliance_officer: User,
                                                  visit: Visit) -> None:
    client = verified_client(compliance_officer, Client)
    filters = {"visit": visit.pk}
    expected = AuditEntry.objects.filter(visit_id=visit.pk).count()
    response = client.get("/compliance/export.csv", filters)
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == expected and {r["visit_id"] for r in rows} == {str(visit.pk)}
    bundle = json.loads(client.get("/compliance/export.json", filters).content)
    assert len(bundle["entry"]) == expected and "total" not in bundle
    event = bundle["entry"][0]["resource"]
    assert event["resourceType"] == "AuditEvent" and event["type"]["code"] == "visit.created"
    assert event["action"] == "C" and event["outcome"] == "0"
    assert {"visit", "patient"} <= {e["type"]["code"] for e in event["entity"]}
    exports = entries(AuditEvent.AUDIT_EXPORTED, actor_id=compliance_officer.pk)
    assert [e.metadata["export_format"] for e in exports] == ["csv", "fhir"]
    assert all(e.metadata["count"] == expected for e in exports)


@pytest.mark.django_db
def test_verify_integrity_shows_the_result_and_is_audited(compliance_officer: User,
                                                          visit: Visit) -> None:
    client = verified_client(compliance_officer, Client)
    page = client.post("/compliance/verify/")
    assert page.status_code == 200 and page.context["report"].ok
    [verified] = entries(AuditEvent.AUDIT_VERIFIED, actor_id=compliance_officer.pk)
    assert verified.metadata["checked"] >= 1


@pytest.mark.django_db
def test_timeline_shows_transcripts_only_with_policy_and_consent(
        compliance_officer: User, visit: Visit, patient_participant: Participant,
        settings: object) -> None:
    import uuid

    from interpretation.models import Segment

    services.visit_transition(visit=visit, actor=visit.clinician, event=AuditEvent.VISIT_STARTED)
    Segment.objects.append(visit_id=visit.pk, utterance_id=uuid.uuid4(),
                           speaker=patient_participant, source_language="es",
                           redacted_text="Me duele la cabeza desde hace <DATE_TIME>.",
                           entity_counts={"DATE_TIME": 1})
    client = verified_client(compliance_officer, Client)
    page = client.get(f"/compliance/visits/{visit.pk}/")
    assert page.context["summary"]["redactions"] == [("DATE_TIME", 1)]
    assert "Me duele" not in page.content.decode()  # policy off by default
    settings.COMPLIANCE_SHOW_TRANSCRIPTS = True  # type: ignore[attr-defined]
    assert "Me duele" not in client.get(f"/compliance/visits/{visit.pk}/").content.decode()
    services.consent_record(
        participant=patient_participant, scope=ConsentScope.TRANSCRIPT, decision="granted",  # type: ignore[arg-type]
        captured_via=CaptureMethod.JOIN_PAGE, actor=ANONYMOUS,
        consent_text=ConsentText.objects.get(scope="transcript", language_id="es"))
    assert "Me duele" in client.get(f"/compliance/visits/{visit.pk}/").content.decode()
    views = entries(AuditEvent.AUDIT_VIEWED, visit_id=visit.pk)
    assert [v.metadata["transcript_segments"] for v in views] == [0, 0, 1]


# --- translations ----------------------------------------------------------------------

def test_the_spanish_catalogue_is_compiled_from_the_po_file() -> None:
    """Every translated entry of django.po is in django.mo: run compilemessages after edits."""
    translated = {}
    msgid = None
    for line in PO_FILE.read_text().splitlines():
        if line.startswith('msgid "') and line != 'msgid ""':
            msgid = json.loads(line[6:])
        elif line.startswith('msgstr "') and msgid is not None:
            if line != 'msgstr ""':
                translated[msgid] = json.loads(line[7:])
            msgid = None
    catalogue = gettext.GNUTranslations(PO_FILE.with_suffix(".mo").open("rb"))
    assert len(translated) > 40
    assert {k: catalogue.gettext(k) for k in translated} == translated
    with translation.override("es"):
        assert translation.gettext("Request a human interpreter") == "Pedir un intérprete humano"


@pytest.mark.django_db
def test_kept_transcripts_go_after_the_retention(visit: Visit, clinician: User,
                                                 patient_participant: Participant) -> None:
    import uuid
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    from interpretation.models import Segment

    services.consent_record(
        participant=patient_participant, scope=ConsentScope.TRANSCRIPT, decision="granted",  # type: ignore[arg-type]
        captured_via=CaptureMethod.JOIN_PAGE, actor=ANONYMOUS,
        consent_text=ConsentText.objects.get(scope="transcript", language_id="es"))
    services.visit_transition(visit=visit, actor=clinician, event=AuditEvent.VISIT_STARTED)
    Segment.objects.append(visit_id=visit.pk, utterance_id=uuid.uuid4(),
                           speaker=patient_participant, redacted_text="kept")
    services.visit_transition(visit=visit, actor=clinician, event=AuditEvent.VISIT_ENDED)
    late, _ = Segment.objects.append(visit_id=visit.pk, utterance_id=uuid.uuid4(),
                                     speaker=patient_participant, redacted_text="late")
    assert late is None  # nothing is stored once the visit is over
    call_command("purge_transcripts", stdout=io.StringIO())
    assert Segment.objects.filter(visit=visit).count() == 1  # consented, within the retention
    Visit.objects.filter(pk=visit.pk).update(
        ended_at=timezone.now() - timedelta(days=settings.TRANSCRIPT_RETENTION_DAYS + 1))
    call_command("purge_transcripts", stdout=io.StringIO())
    assert not Segment.objects.filter(visit=visit).exists()
    [purged] = entries(AuditEvent.TRANSCRIPTS_PURGED, visit_id=visit.pk)
    assert purged.metadata["segments_deleted"] == 1


class _Controls(HTMLParser):
    """Form controls, and which of them a label names (for=, wrapping, or aria-label)."""

    def __init__(self) -> None:
        super().__init__()
        self.controls: list[dict[str, str | None]] = []
        self.label_for: set[str] = set()
        self.open_labels = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "label":
            self.open_labels += 1
            if attributes.get("for"):
                self.label_for.add(str(attributes["for"]))
        elif tag in ("input", "select", "textarea") and attributes.get("type") not in (
                "hidden", "submit", "button"):
            self.controls.append(attributes | {"_wrapped": "1" if self.open_labels else None})

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self.open_labels -= 1

    def unlabelled(self) -> list[dict[str, str | None]]:
        return [c for c in self.controls if not (c["_wrapped"] or c.get("aria-label")
                                                 or c.get("id") in self.label_for)]


@pytest.mark.django_db
def test_every_form_control_has_a_label(clinician: User, compliance_officer: User,
                                        visit: Visit, patient_participant: Participant) -> None:
    clinician_client = verified_client(clinician, Client)
    pages = [Client().get("/signin/"), clinician_client.get("/visits/"),
             clinician_client.get(f"/visits/{visit.pk}/"),
             patient_client(patient_participant).get(f"/visit/{visit.pk}/"),
             verified_client(compliance_officer, Client).get("/compliance/")]
    for page in pages:
        assert page.status_code == 200
        parser = _Controls()
        parser.feed(page.content.decode())
        assert parser.controls, "each of these pages has a form"
        assert parser.unlabelled() == [], page.wsgi_request.path
