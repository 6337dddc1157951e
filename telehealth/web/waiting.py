"""The waiting room: a participant's page calls in while their visit is scheduled, and the
clinician's visit list and visit page ask who is waiting. Plain HTTP polling, no sockets:
presence needs seconds, not milliseconds."""

from __future__ import annotations

from datetime import timedelta

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from telehealth import services
from telehealth.models import Participant, Role, VisitStatus
from telehealth.models.visits import WAITING_EXPIRES_S
from telehealth.web.access import participant_page, staff_page

# How often pages call in or ask; three calls fit in WAITING_EXPIRES_S with room to spare.
WAITING_POLL_MS = 5_000


def room(participant: Participant) -> dict[str, object] | None:
    """What a participant's page needs to keep them in the waiting room, while it is one."""
    if participant.visit.status != VisitStatus.SCHEDULED:
        return None
    return {"url": reverse("patient-waiting", args=[participant.visit_id]),
            "poll_ms": WAITING_POLL_MS, "scheduled_for": participant.visit.scheduled_for}


@require_POST
@participant_page
def call_in(request: HttpRequest, participant: Participant) -> HttpResponse:
    """The participant's page says they are still here; it answers the visit's status, so
    the page moves on when the clinician starts (or ends) the visit."""
    services.participant_waiting(participant=participant)
    return JsonResponse({"status": participant.visit.status, "poll_ms": WAITING_POLL_MS})


@require_GET
@staff_page(Role.CLINICIAN)
def who_is_waiting(request: HttpRequest) -> HttpResponse:
    """Who waits in which of this clinician's scheduled visits, for their pages to poll.

    Visit ids, roles and times only, and not audited per call (every few seconds, from the
    clinician's own pages): each arrival in the waiting room is audited once.
    """
    fresh = timezone.now() - timedelta(seconds=WAITING_EXPIRES_S)
    waiting: dict[str, list[dict[str, str]]] = {}
    for participant in (Participant.objects
                        .filter(visit__clinician=request.user,  # type: ignore[misc]
                                visit__status=VisitStatus.SCHEDULED,
                                waiting_seen_at__gte=fresh)
                        .order_by("visit_id", "id")):
        since = participant.waiting_since
        waiting.setdefault(str(participant.visit_id), []).append({
            "role": str(participant.get_role_display()),
            "since": since.isoformat() if since else ""})
    return JsonResponse({"visits": waiting, "poll_ms": WAITING_POLL_MS})
