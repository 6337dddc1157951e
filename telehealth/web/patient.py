"""The patient's browser session: the invitation link, consent in their language, the live
page. No account and nothing to install; the invitation's session is the credential."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_POST

from audit.events import Actor
from telehealth import services
from telehealth.models import (
    CaptureMethod,
    Consent,
    ConsentDecision,
    ConsentScope,
    Participant,
    current_consent_texts,
)
from telehealth.web import live, waiting
from telehealth.web.access import participant_page
from telehealth.web.clinic_time import in_clinic_time_zone

# The consent form's fields: interpretation is asked yes/no; the rest are opt-in boxes.
_OPTIONAL_SCOPES = (ConsentScope.TRANSCRIPT, ConsentScope.VOICE_CLONING)


@ensure_csrf_cookie
def join(request: HttpRequest, visit_id: int) -> HttpResponse:
    """The invitation link. Its token stays in the URL fragment, which browsers never send;
    the page's script redeems it with a POST and moves on to the visit."""
    return render(request, "telehealth/join.html", {"visit_id": visit_id})


@participant_page
@in_clinic_time_zone
def patient_home(request: HttpRequest, participant: Participant) -> HttpResponse:
    visit = participant.visit
    if not visit.is_open:
        return render(request, "telehealth/patient_ended.html", {"visit": visit})
    asked = Consent.objects.decided(participant, ConsentScope.INTERPRETATION)
    if request.GET.get("review") or not asked:
        return _consent_page(request, participant)
    latest = Consent.objects.in_force(participant, ConsentScope.INTERPRETATION)
    if latest is None or latest.decision != ConsentDecision.GRANTED:
        # Someone who stopped it mid-visit is not told they never agreed.
        return render(request, "telehealth/patient_declined.html", {
            "visit": visit, "revoked": latest is not None
            and latest.decision == ConsentDecision.REVOKED})
    # Before the visit starts, the live page is also the waiting room (base.html adds it).
    return render(request, "telehealth/live.html",
                  live.page_context(request, visit, participant)
                  | {"waiting_room": waiting.room(participant)})


def _consent_page(request: HttpRequest, participant: Participant,
                  status: int = 200) -> HttpResponse:
    texts = {t.scope: t for t in current_consent_texts(participant.language_id)}
    return render(request, "telehealth/patient_consent.html", {
        "visit": participant.visit, "texts": texts,
        "active": {scope: Consent.objects.is_active(participant, scope)
                   for scope in ConsentScope.values},
        "retention_days": settings.TRANSCRIPT_RETENTION_DAYS,
    }, status=status)


@require_POST
@participant_page
def consent_submit(request: HttpRequest, participant: Participant) -> HttpResponse:
    """Record each decision the form asked for, with the exact text that was shown."""
    texts = {t.scope: t for t in current_consent_texts(participant.language_id)}
    answer = request.POST.get(ConsentScope.INTERPRETATION)
    if answer not in (ConsentDecision.GRANTED, ConsentDecision.DECLINED):
        return _consent_page(request, participant, status=400)
    decisions = {ConsentScope.INTERPRETATION: answer}
    for scope in _OPTIONAL_SCOPES:
        wanted = request.POST.get(scope) == "on"
        active = Consent.objects.is_active(participant, scope)
        if wanted and not active:
            decisions[scope] = ConsentDecision.GRANTED
        elif not wanted and active:
            decisions[scope] = ConsentDecision.REVOKED
        elif not wanted and not Consent.objects.decided(participant, scope):
            decisions[scope] = ConsentDecision.DECLINED
    for scope, decision in decisions.items():
        if scope == ConsentScope.INTERPRETATION and decision == ConsentDecision.GRANTED \
                and Consent.objects.is_active(participant, scope):
            continue  # already in force: no duplicate record
        services.consent_record(
            participant=participant, scope=scope, decision=decision,  # type: ignore[arg-type]
            captured_via=CaptureMethod.JOIN_PAGE, consent_text=texts[scope],
            actor=Actor.for_participant(participant))
    return redirect("patient-home", visit_id=participant.visit_id)
