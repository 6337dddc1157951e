"""Answers for paths that match no route, audited where they look like the app's own.

A view that refuses a visit or a patient audits the refusal itself. A path whose id no
row could have (beyond a 64-bit key, see ``telehealth.converters``) never reaches a view,
so it is audited here instead: the same ``access.denied`` entry, without the id (the
database could not even store it). Stray paths elsewhere (``/favicon.ico``, scanners'
guesses) are not audited, so they cannot flood the chain.
"""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.urls import Resolver404
from django.views.csrf import csrf_failure as django_csrf_failure
from django.views.defaults import page_not_found

from audit.events import ANONYMOUS, Actor
from telehealth import services
from telehealth.api.auth import PARTICIPANT_SESSION_KEY
from telehealth.models import Participant

APP_PREFIXES = ("/api/", "/visits/", "/visit/", "/join/", "/patients/", "/compliance/")
"""Where every path names a visit, a patient or another record of the app."""


def request_actor(request: HttpRequest) -> Actor:
    """Who is asking: signed-in staff, a patient's invitation session, a headless client's
    participant token, or nobody we know."""
    user: Any = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return Actor.for_user(user)
    participant_id = getattr(request, "session", {}).get(PARTICIPANT_SESSION_KEY)
    header = request.headers.get("Authorization", "")
    if participant_id is None and header.lower().startswith("bearer "):
        from interpretation import tokens

        participant_id = tokens.read(header[7:].strip())
    participant = (Participant.objects.filter(pk=participant_id).first()
                   if isinstance(participant_id, int) else None)
    return Actor.for_participant(participant) if participant is not None else ANONYMOUS


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """``handler404``: JSON under /api/, a plain page elsewhere."""
    if isinstance(exception, Resolver404) and request.path.startswith(APP_PREFIXES):
        services.access_denied(request_actor(request), reason="no_such_path")
    if request.path.startswith("/api/"):
        return JsonResponse({"code": "not_found", "detail": "Not found."}, status=404)
    return page_not_found(request, exception or Http404())


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """``CSRF_FAILURE_VIEW``: a form posted without its token (another site's page, or a
    stale tab) is refused as Django does, and audited under whoever's session it rode on."""
    match = request.resolver_match
    visit_id = match.kwargs.get("visit_id") if match is not None else None
    services.access_denied(request_actor(request), reason="csrf",
                           visit_id=visit_id if isinstance(visit_id, int) else None)
    return django_csrf_failure(request, reason)
