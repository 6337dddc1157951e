"""Compliance review: the audit trail with filters, a visit's timeline, the integrity
check and exports. For compliance officers only; every view and export is itself audited.

These pages live with the domain's web pages, not in ``audit/``: they need roles, consent
and segments, and ``audit/`` is a leaf that knows only ids (tests/test_layering.py).

No page shows what was said, except a visit's redacted transcript where the clinic's
policy (``COMPLIANCE_SHOW_TRANSCRIPTS``) and the speaker's transcript consent allow it.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from typing import Any

from django.conf import settings
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseBase, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_POST

from audit.events import Actor, AuditEvent, Outcome
from audit.export import csv_rows, fhir_bundle
from audit.forms import AuditFilterForm
from audit.models import AuditEntry
from interpretation.models import Segment
from telehealth.models import Consent, ConsentScope, Role
from telehealth.web.access import staff_page

ENTRIES_PER_PAGE = 100
compliance_page = staff_page(Role.COMPLIANCE)


def _actor(request: HttpRequest) -> Actor:
    return Actor.for_user(request.user)  # type: ignore[arg-type]


def _filtered(request: HttpRequest) -> tuple[AuditFilterForm, Any]:
    form = AuditFilterForm(request.GET or None)
    entries = AuditEntry.objects.get_queryset()
    if form.is_bound and form.is_valid():
        entries = form.apply(entries)
    return form, entries.up_to_now()


@compliance_page
def review(request: HttpRequest) -> HttpResponse:
    form, entries = _filtered(request)
    page = Paginator(entries.order_by("-seq"), ENTRIES_PER_PAGE).get_page(request.GET.get("page"))
    with transaction.atomic():
        AuditEntry.objects.record(AuditEvent.AUDIT_VIEWED, actor=_actor(request), view="trail",
                                  count=len(page.object_list), page=page.number,
                                  **form.as_metadata())
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "compliance/review.html", {"form": form, "page": page,
                                                 "query": query.urlencode()})


@compliance_page
def export(request: HttpRequest, export_format: str) -> HttpResponseBase:
    form, entries = _filtered(request)
    if form.is_bound and not form.is_valid():
        return render(request, "compliance/review.html", {"form": form, "page": None}, status=400)
    entries = entries.order_by("seq")
    count = entries.count()
    with transaction.atomic():
        AuditEntry.objects.record(AuditEvent.AUDIT_EXPORTED, actor=_actor(request),
                                  count=count, export_format=export_format, via="review",
                                  **form.as_metadata())
    stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ")
    if export_format == "csv":
        class Echo:
            def write(self, value: str) -> str:
                return value

        writer = csv.writer(Echo(), lineterminator="\n")
        response: HttpResponseBase = StreamingHttpResponse(
            (writer.writerow(row) for row in csv_rows(entries.iterator(chunk_size=2000))),
            content_type="text/csv; charset=utf-8")
    else:
        response = HttpResponse(json.dumps(fhir_bundle(entries.iterator(chunk_size=2000))),
                                content_type="application/fhir+json")
    extension = "csv" if export_format == "csv" else "json"
    response["Content-Disposition"] = f'attachment; filename="audit-{stamp}.{extension}"'
    return response


@require_POST
@compliance_page
def verify(request: HttpRequest) -> HttpResponse:
    report = AuditEntry.objects.verify()
    with transaction.atomic():
        AuditEntry.objects.record(AuditEvent.AUDIT_VERIFIED, actor=_actor(request),
                                  outcome=Outcome.OK if report.ok else Outcome.FAILED,
                                  checked=report.checked, broken_seq=report.broken_seq,
                                  via="review")
    return render(request, "compliance/verified.html", {"report": report},
                  status=200 if report.ok else 409)


def _summary(entries: list[AuditEntry]) -> dict[str, Any]:
    redactions: Counter[str] = Counter()
    gaps: Counter[str] = Counter()
    for entry in entries:
        if entry.event == AuditEvent.SEGMENT_STORED:
            for key, value in entry.metadata.items():
                if key.startswith("entities_") and isinstance(value, int):
                    redactions[key.removeprefix("entities_").upper()] += value
        elif entry.event == AuditEvent.SEGMENT_GAP:
            gaps[str(entry.metadata.get("reason") or "unknown")] += 1
    events = Counter(entry.event for entry in entries)
    return {
        "segments": events[AuditEvent.SEGMENT_STORED],
        "gaps": sorted(gaps.items()),
        "redactions": sorted(redactions.items()),
        "joins": events[AuditEvent.LIVE_CONNECTED] + events[AuditEvent.PARTICIPANT_JOINED],
        "leaves": events[AuditEvent.LIVE_DISCONNECTED],
        "interpreter_requests": events[AuditEvent.INTERPRETER_REQUESTED],
        "consents": [e for e in entries if e.event == AuditEvent.CONSENT_RECORDED],
    }


def _transcript(visit_id: int) -> list[Any]:
    """The visit's kept redacted segments, for speakers who consent to keeping them."""
    if not settings.COMPLIANCE_SHOW_TRANSCRIPTS:
        return []
    segments = list(Segment.objects.filter(visit_id=visit_id, kind="speech")
                    .select_related("speaker").order_by("seq"))
    consenting = {s.speaker_id for s in segments if s.speaker is not None
                  and Consent.objects.is_active(s.speaker, ConsentScope.TRANSCRIPT)}
    return [s for s in segments if s.speaker_id in consenting]


@compliance_page
def visit_timeline(request: HttpRequest, visit_id: int) -> HttpResponse:
    entries = list(AuditEntry.objects.for_visit(visit_id).order_by("seq"))
    transcript = _transcript(visit_id)
    with transaction.atomic():
        AuditEntry.objects.record(AuditEvent.AUDIT_VIEWED, actor=_actor(request),
                                  visit_id=visit_id, view="timeline", count=len(entries),
                                  transcript_segments=len(transcript))
    return render(request, "compliance/timeline.html", {
        "visit_id": visit_id, "entries": entries, "summary": _summary(entries),
        "transcript": transcript, "policy_allows": settings.COMPLIANCE_SHOW_TRANSCRIPTS})
