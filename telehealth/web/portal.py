"""The clinician portal: sign in, today's and upcoming visits (with who is waiting),
scheduling in the clinic's time zone, invitations, attested consent, the clinician's own
standing consent, and the live visit page. Actions go through the audited services."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.db import transaction
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from audit.events import Actor, AuditEvent
from audit.models import AuditEntry
from telehealth import services
from telehealth.auth import sign_in
from telehealth.models import (
    CaptureMethod,
    Consent,
    ConsentDecision,
    ConsentScope,
    ConsentText,
    Participant,
    Role,
    User,
    Visit,
    VisitStatus,
    current_consent_texts,
)
from telehealth.web import live
from telehealth.web.access import in_staff_language, staff_page
from telehealth.web.clinic_time import in_clinic_time_zone
from telehealth.web.forms import (
    AttestForm,
    PatientForm,
    SignInForm,
    StaffConsentForm,
    StartForm,
    VisitForm,
)
from telehealth.web.waiting import WAITING_POLL_MS


def clinician_page(view: Any) -> Any:
    """A verified clinician's page, in the clinic's time zone."""
    return staff_page(Role.CLINICIAN)(in_clinic_time_zone(view))

_HOME_BY_ROLE = {Role.CLINICIAN: "portal-visits", Role.COMPLIANCE: "audit-review",
                 Role.ADMIN: "admin:index"}


def home(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    if user.is_authenticated and user.is_verified():
        return redirect(_HOME_BY_ROLE.get(user.role, "signin"))
    return redirect("signin")


@in_staff_language
def signin(request: HttpRequest) -> HttpResponse:
    form = SignInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        user = sign_in(request, data["username"], data["password"], data["otp_token"])
        if isinstance(user, User):
            target = request.POST.get("next", "")
            if not url_has_allowed_host_and_scheme(target, {request.get_host()},
                                                   require_https=request.is_secure()):
                target = reverse(_HOME_BY_ROLE.get(user.role, "signin"))  # type: ignore[call-overload]
            return redirect(target)
        form.add_error(None, "Too many failed sign-ins; try again later." if user == "throttled"
                       else "Invalid username, password or code.")
    return render(request, "telehealth/signin.html",
                  {"form": form, "next": request.GET.get("next", "")},
                  status=400 if form.errors else 200)


@require_POST
def signout(request: HttpRequest) -> HttpResponse:
    logout(request)  # audited by the user_logged_out receiver
    return redirect("signin")


def _clinician(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


@clinician_page
def visit_list(request: HttpRequest, *, visit_form: VisitForm | None = None,
               patient_form: PatientForm | None = None, status: int = 200) -> HttpResponse:
    clinician = _clinician(request)
    today = timezone.make_aware(datetime.combine(timezone.localdate(), time.min))
    visits = list(Visit.objects.for_clinician(clinician)
                  .filter(Q(scheduled_for__gte=today) | Q(status=VisitStatus.LIVE))
                  .select_related("patient").prefetch_related("participants"))
    with transaction.atomic():
        AuditEntry.objects.record(AuditEvent.VISIT_LISTED, actor=Actor.for_user(clinician),
                                  count=len(visits), via="portal")
    tomorrow = today + timedelta(days=1)
    return render(request, "telehealth/visit_list.html", {
        "today": [v for v in visits if v.scheduled_for < tomorrow or v.status == "live"],
        "upcoming": [v for v in visits if v.scheduled_for >= tomorrow and v.status != "live"],
        "visit_form": visit_form or VisitForm(clinician),
        "patient_form": patient_form or PatientForm(),
        "clinic_time_zone": settings.CLINIC_TIME_ZONE, "waiting_poll_ms": WAITING_POLL_MS,
    }, status=status)


@require_POST
@clinician_page
def patient_create(request: HttpRequest) -> HttpResponse:
    form = PatientForm(request.POST)
    if not form.is_valid():
        return visit_list(request, patient_form=form, status=400)
    patient = services.patient_register(registered_by=_clinician(request), **form.cleaned_data)
    messages.success(request, f"Patient #{patient.pk} registered.")
    return redirect("portal-visits")


@require_POST
@clinician_page
def visit_create(request: HttpRequest) -> HttpResponse:
    clinician = _clinician(request)
    form = VisitForm(clinician, request.POST)
    if not form.is_valid():
        return visit_list(request, visit_form=form, status=400)
    data = form.cleaned_data
    visit = services.visit_create(
        clinician=clinician, patient=data["patient"], scheduled_for=data["scheduled_for"],
        clinician_language=data["clinician_language"],
        patient_language=data["patient_language"],
        back_translation=data["back_translation"])
    messages.success(request, "Visit scheduled.")
    return redirect("portal-visit", visit_id=visit.pk)


def _own_visit(request: HttpRequest, visit_id: int) -> Visit:
    visit = (Visit.objects.for_clinician(_clinician(request)).select_related("patient")
             .filter(pk=visit_id).first())
    if visit is None:
        services.access_denied(Actor.for_user(_clinician(request)),
                               reason="not_found_or_not_yours", visit_id=visit_id)
        raise Http404
    return visit


def _consent_rows(visit: Visit) -> list[dict[str, Any]]:
    """Each person's consents: in force or not, standing or for this visit, and whether a
    grant came after a revocation or decline (a re-grant reads as one)."""
    rows = []
    for participant in visit.participants.all():
        texts = {t.scope: t for t in current_consent_texts(participant.language_id)}
        history = list(Consent.objects.applying_to_any([participant])
                       .filter(recorded_at__lte=timezone.now())
                       .order_by("recorded_at", "id"))
        scopes = []
        for scope, label in ConsentScope.choices:
            decisions = [c for c in history if c.scope == scope]
            latest = decisions[-1] if decisions else None
            active = latest is not None and latest.decision == ConsentDecision.GRANTED
            scopes.append({
                "scope": scope, "label": label, "text": texts.get(scope), "active": active,
                "standing": latest is not None and latest.visit_id is None,
                "regranted": active and any(c.decision != ConsentDecision.GRANTED
                                            for c in decisions[:-1])})
        rows.append({"participant": participant, "scopes": scopes})
    return rows


def _history(visit: Visit) -> list[dict[str, Any]]:
    """The consent records that apply to this visit's people, oldest first; a grant that
    follows a revocation or decline of the same consent is marked as granted again."""
    rows = []
    previous: dict[tuple[str, str], str] = {}
    for record in (Consent.objects.applying_to_any(visit.participants.all())
                   .select_related("consent_text").order_by("recorded_at", "id")):
        subject = (f"participant:{record.participant_id}" if record.participant_id
                   else f"staff:{record.staff_member_id}" if record.staff_member_id
                   else f"patient:{record.patient_id}")
        before = previous.get((subject, record.scope))
        previous[(subject, record.scope)] = record.decision
        rows.append({"record": record, "regranted": (
            record.decision == ConsentDecision.GRANTED
            and before not in (None, ConsentDecision.GRANTED))})
    return rows


def _own_participant(visit: Visit) -> Participant | None:
    return visit.participants.filter(user=visit.clinician).first()


@clinician_page
def visit_detail(request: HttpRequest, visit_id: int, *, invitation_url: str = "",
                 start_form: StartForm | None = None, status: int = 200) -> HttpResponse:
    visit = _own_visit(request, visit_id)
    with transaction.atomic():
        AuditEntry.objects.record(AuditEvent.VISIT_VIEWED, actor=Actor.for_user(visit.clinician),
                                  visit_id=visit.pk, patient_id=visit.patient_id, via="portal")
    me = _own_participant(visit)
    own_consent = me is not None and Consent.objects.is_active(me, ConsentScope.INTERPRETATION)
    own_texts = {t.scope: t for t in current_consent_texts(me.language_id if me else "en")}
    return render(request, "telehealth/visit_detail.html", {
        "visit": visit, "consents": _consent_rows(visit), "invitation_url": invitation_url,
        "attest_form": AttestForm(), "decisions": ConsentDecision.choices,
        "records": _history(visit), "me": me,
        "own_consent": own_consent, "start_form": start_form or StartForm(),
        "own_text": own_texts.get(ConsentScope.INTERPRETATION),
        "interpreter_requests": visit.interpreter_requests.select_related("requested_by"),
        "waiting": visit.waiting_participants(),
        "clinic_time_zone": settings.CLINIC_TIME_ZONE, "waiting_poll_ms": WAITING_POLL_MS,
    }, status=status)


@require_POST
@clinician_page
def invitation_create(request: HttpRequest, visit_id: int) -> HttpResponse:
    visit = _own_visit(request, visit_id)
    participant = visit.participants.filter(role="patient").first()
    if participant is None:
        raise Http404
    _, token = services.invitation_create(participant=participant, actor=_clinician(request))
    url = request.build_absolute_uri(reverse("patient-join", args=[visit.pk])) + f"#{token}"
    # Shown once, on this response only: the token is not stored anywhere in clear.
    return visit_detail(request, visit_id=visit_id, invitation_url=url)


@require_POST
@clinician_page
def consent_attest(request: HttpRequest, visit_id: int) -> HttpResponse:
    visit = _own_visit(request, visit_id)
    form = AttestForm(request.POST)
    if not form.is_valid() and "decision" in form.errors:
        # An unanswered (or unknown) answer: say so, record nothing.
        messages.error(request, "Choose an answer for each consent before recording it: "
                                "nothing was recorded.")
        return visit_detail(request, visit_id=visit.pk, status=400)
    participant = (visit.participants.filter(pk=form.cleaned_data["participant_id"]).first()
                   if form.is_valid() else None)
    if participant is None:
        messages.error(request, "That consent could not be recorded.")
        return redirect("portal-visit", visit_id=visit.pk)
    data = form.cleaned_data
    try:
        text = _consent_text(participant.language_id, data["scope"])
    except services.WorkflowError as exc:
        messages.error(request, str(exc))
        return redirect("portal-visit", visit_id=visit.pk)
    clinician = _clinician(request)
    common: dict[str, Any] = {
        "scope": data["scope"], "decision": data["decision"], "consent_text": text,
        "captured_via": CaptureMethod.CLINICIAN_ATTESTED, "recorded_by": clinician,
        "actor": Actor.for_user(clinician)}
    if data["standing"] and participant.patient is not None:
        services.consent_record(patient=participant.patient, **common)
    elif data["standing"] and participant.user_id == clinician.pk:
        # Their own standing consent: given by them, not attested.
        services.consent_record(staff_member=clinician,
                                **common | {"captured_via": CaptureMethod.STAFF_PORTAL})
    else:
        services.consent_record(participant=participant, **common)
    messages.success(request, "Consent recorded.")
    return redirect("portal-visit", visit_id=visit.pk)


_TRANSITIONS = {"start": AuditEvent.VISIT_STARTED, "end": AuditEvent.VISIT_ENDED,
                "cancel": AuditEvent.VISIT_CANCELLED}


@require_POST
@clinician_page
def visit_transition(request: HttpRequest, visit_id: int, action: str) -> HttpResponse:
    visit = _own_visit(request, visit_id)
    if action == "start":
        return _start(request, visit)
    try:
        services.visit_transition(visit=visit, actor=_clinician(request),
                                  event=_TRANSITIONS[action])
    except services.WorkflowError as exc:
        messages.error(request, str(exc))
        return redirect("portal-visit", visit_id=visit.pk)
    messages.success(request, f"Visit {visit.pk} {'ended' if action == 'end' else 'cancelled'}.")
    return redirect("portal-visits")


def _start(request: HttpRequest, visit: Visit) -> HttpResponse:
    """Start the visit. The live page interprets the clinician's own speech, so unless their
    consent is in force the start form carries their answer, never a default: unanswered,
    nothing is recorded or started; declined, the decline is recorded and nothing starts;
    granted (for this visit, or standing), the consent and the start commit together."""
    clinician = _clinician(request)
    me = _own_participant(visit)
    needs_consent = me is not None and not Consent.objects.is_active(
        me, ConsentScope.INTERPRETATION)
    form = StartForm(request.POST)
    if needs_consent and not form.is_valid():
        return visit_detail(request, visit_id=visit.pk, start_form=form, status=400)
    answer = form.cleaned_data["own_consent"] if needs_consent else ""
    try:
        with transaction.atomic():
            if me is not None and needs_consent:
                _record_own_consent(me, clinician, answer)
            if answer != ConsentDecision.DECLINED:
                services.visit_transition(visit=visit, actor=clinician,
                                          event=AuditEvent.VISIT_STARTED)
    except services.WorkflowError as exc:
        messages.error(request, str(exc))
        return redirect("portal-visit", visit_id=visit.pk)
    if answer == ConsentDecision.DECLINED:
        messages.error(request, "The visit was not started: the live page interprets your "
                                "speech, which needs your consent. Your answer was recorded.")
        return redirect("portal-visit", visit_id=visit.pk)
    return redirect("portal-live", visit_id=visit.pk)


def _consent_text(language: str, scope: str) -> ConsentText:
    """The text a consent is recorded against: the newest in the person's language, else in
    English. With none at all for the scope, nothing can be consented to (consent is
    recorded with the exact text shown): an administrator writes it first."""
    text = {t.scope: t for t in current_consent_texts(language)}.get(scope)
    if text is None:
        raise services.WorkflowError(
            "no_consent_text", "There is no consent text for this consent yet, in any "
            "language: an administrator adds one under Consent texts. Nothing was recorded.")
    return text


def _record_own_consent(me: Participant, clinician: User, answer: str) -> None:
    text = _consent_text(me.language_id, ConsentScope.INTERPRETATION)
    common: dict[str, Any] = {
        "scope": ConsentScope.INTERPRETATION, "consent_text": text, "recorded_by": clinician,
        "captured_via": CaptureMethod.STAFF_PORTAL, "actor": Actor.for_user(clinician),
        "decision": ConsentDecision.DECLINED if answer == ConsentDecision.DECLINED
        else ConsentDecision.GRANTED}
    if answer == StartForm.STANDING:
        services.consent_record(staff_member=clinician, **common)
    else:
        services.consent_record(participant=me, **common)


@clinician_page
def visit_live(request: HttpRequest, visit_id: int) -> HttpResponse:
    visit = _own_visit(request, visit_id)
    me = visit.participants.filter(user=visit.clinician).first()
    if me is None or visit.status != VisitStatus.LIVE:
        messages.error(request, "Start the visit first.")
        return redirect("portal-visit", visit_id=visit.pk)
    if not Consent.objects.is_active(me, ConsentScope.INTERPRETATION):
        messages.error(request, "Record your own consent to AI interpretation first: below "
                                "for this visit, or once for all your visits under My consent.")
        return redirect("portal-visit", visit_id=visit.pk)
    return render(request, "telehealth/live.html", live.page_context(request, visit, me))


@clinician_page
def own_consent(request: HttpRequest) -> HttpResponse:
    """The clinician's standing consents for their own speech: read each text, grant once
    for every visit, or revoke at any time. Each answer is chosen, never defaulted."""
    clinician = _clinician(request)
    status = 200
    if request.method == "POST":
        form = StaffConsentForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                text = _consent_text(settings.LANGUAGE_CODE, data["scope"])
            except services.WorkflowError as exc:
                messages.error(request, str(exc))
                return redirect("portal-own-consent")
            services.consent_record(
                staff_member=clinician, scope=data["scope"], decision=data["decision"],
                consent_text=text, captured_via=CaptureMethod.STAFF_PORTAL,
                recorded_by=clinician, actor=Actor.for_user(clinician))
            messages.success(request, "Your consent was recorded.")
            return redirect("portal-own-consent")
        messages.error(request, "Choose an answer before recording it: nothing was recorded.")
        status = 400
    texts = {t.scope: t for t in current_consent_texts(settings.LANGUAGE_CODE)}
    scopes = []
    for scope, label in ConsentScope.choices:
        latest = Consent.objects.standing_for_staff(clinician, scope)
        scopes.append({"scope": scope, "label": label, "text": texts.get(scope),
                       "latest": latest,
                       "active": latest is not None
                       and latest.decision == ConsentDecision.GRANTED})
    return render(request, "telehealth/own_consent.html", {
        "scopes": scopes, "decisions": ConsentDecision.choices,
        "clinic_time_zone": settings.CLINIC_TIME_ZONE}, status=status)
