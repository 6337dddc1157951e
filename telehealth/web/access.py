"""Who may open a page: verified staff of a role, or the participant an invitation let in.

Every refusal is audited, as in the API.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation

from audit.events import ANONYMOUS, Actor
from telehealth import services
from telehealth.api.auth import PARTICIPANT_SESSION_KEY
from telehealth.models import Participant

View = Callable[..., Any]


def staff_page(*roles: str) -> Callable[[View], View]:
    """Signed in with both factors and holding one of ``roles``."""

    def decorate(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            user: Any = request.user
            if not (user.is_authenticated and user.is_verified()):
                actor = Actor.for_user(user) if user.is_authenticated else ANONYMOUS
                services.access_denied(actor, reason="not_signed_in",
                                       visit_id=kwargs.get("visit_id"))
                return redirect_to_login(request.get_full_path())
            if roles and user.role not in roles:
                services.access_denied(Actor.for_user(user), reason="wrong_role",
                                       visit_id=kwargs.get("visit_id"))
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return in_staff_language(wrapper)

    return decorate


def in_staff_language(view: View) -> View:
    """Staff pages speak the clinic's language (``LANGUAGE_CODE``), whatever the browser
    asks for: half-translated pages help nobody. Patients' pages follow their visit."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        with translation.override(settings.LANGUAGE_CODE):
            return view(request, *args, **kwargs)

    return wrapper


def participant_page(view: View) -> View:
    """The participant whose invitation made this browser session, for their own visit only.

    The page renders in the participant's language, whatever the browser asks for.
    """

    @wraps(view)
    def wrapper(request: HttpRequest, visit_id: int, *args: Any, **kwargs: Any) -> HttpResponse:
        participant_id = request.session.get(PARTICIPANT_SESSION_KEY)
        participant = (Participant.objects.select_related("visit").filter(pk=participant_id)
                       .first() if participant_id else None)
        if participant is None or participant.visit_id != visit_id:
            actor = Actor.for_participant(participant) if participant else ANONYMOUS
            services.access_denied(actor, reason="no_invitation_session", visit_id=visit_id)
            return render(request, "telehealth/patient_no_access.html", status=403)
        with translation.override(participant.language_id):
            response = view(request, participant, *args, **kwargs)
            response.headers["Content-Language"] = participant.language_id
            return response

    return wrapper
