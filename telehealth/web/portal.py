"""The clinician portal: sign in, today's and upcoming visits, scheduling, invitations,
attested consent, and the live visit page. Actions go through the audited services."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

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
    Role,
    User,
    Visit,
    VisitStatus,
    current_consent_texts,
)
from telehealth.web import live
from telehealth.web.access import in_staff_language, staff_page
from telehealth.web.forms import AttestForm, PatientForm, SignInForm, VisitForm

clinician_page = staff_page(Role.CLINICIAN)
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
    rows = []
    for participant in visit.participants.all():
        texts = {t.scope: t for t in current_consent_texts(participant.language_id)}
        rows.append({"participant": participant, "scopes": [
            {"scope": scope, "label": label, "text": texts.get(scope),
             "active": Consent.objects.is_active(participant, scope)}
            for scope, label in ConsentScope.choices]})
    return rows


@clinician_page
def visit_detail(request: HttpRequest, visit_id: int, *, invitation_url: str = "",
                 status: int = 200) -> HttpResponse:
    visit = _own_visit(request, visit_id)
    with transaction.atomic():
        AuditEntry.objects.record(AuditEvent.VISIT_VIEWED, actor=Actor.for_user(visit.clinician),
                                  visit_id=visit.pk, patient_id=visit.patient_id, via="portal")
    return render(request, "telehealth/visit_detail.html", {
        "visit": visit, "consents": _consent_rows(visit), "invitation_url": invitation_url,
        "attest_form": AttestForm(), "decisions": ConsentDecision.choices,
        "records": Consent.objects.applying_to_any(visit.participants.all())
                                  .select_related("consent_text"),
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
    text = {t.scope: t for t in current_consent_texts(participant.language_id)}[data["scope"]]
    clinician = _clinician(request)
    common: dict[str, Any] = {
        "scope": data["scope"], "decision": data["decision"], "consent_text": text,
        "captured_via": CaptureMethod.CLINICIAN_ATTESTED, "recorded_by": clinician,
        "actor": Actor.for_user(clinician)}
    if data["standing"] and participant.patient is not None:
        services.consent_record(patient=participant.patient, **common)
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
    try:
        services.visit_transition(visit=visit, actor=_clinician(request),
                                  event=_TRANSITIONS[action])
    except services.WorkflowError as exc:
        messages.error(request, str(exc))
        return redirect("portal-visit", visit_id=visit.pk)
    if action == "start":
        return redirect("portal-live", visit_id=visit.pk)
    messages.success(request, f"Visit {visit.pk} {'ended' if action == 'end' else 'cancelled'}.")
    return redirect("portal-visits")


@clinician_page
def visit_live(request: HttpRequest, visit_id: int) -> HttpResponse:
    visit = _own_visit(request, visit_id)
    me = visit.participants.filter(user=visit.clinician).first()
    if me is None or visit.status != VisitStatus.LIVE:
        messages.error(request, "Start the visit first.")
        return redirect("portal-visit", visit_id=visit.pk)
    if not Consent.objects.is_active(me, ConsentScope.INTERPRETATION):
        messages.error(request, "Record your own consent to AI interpretation first.")
        return redirect("portal-visit", visit_id=visit.pk)
    return render(request, "telehealth/live.html", live.page_context(request, visit, me))

