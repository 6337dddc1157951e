"""The JSON API for the web and headless clients (schema at /api/schema/)."""

from __future__ import annotations

from django.contrib.auth import get_user, logout
from django.db import transaction
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import ensure_csrf_cookie
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from audit.events import Actor, AuditEvent
from audit.models import AuditEntry
from telehealth import services
from telehealth.api import serializers as s
from telehealth.api.auth import PARTICIPANT_SESSION_KEY, CsrfOnly, request_participant
from telehealth.api.errors import actor_of
from telehealth.api.parsers import WavParser
from telehealth.api.permissions import IsClinician, IsParticipant, IsVerifiedStaff
from telehealth.auth import sign_in
from telehealth.models import (
    CaptureMethod,
    Consent,
    ConsentScope,
    Participant,
    ParticipantRole,
    Patient,
    User,
    Visit,
    current_consent_texts,
)
from telehealth.models.voice import VoiceReference, VoiceReferenceError

_DENIED = OpenApiResponse(description="Refused (audited)")


def _clinician(request: Request) -> User:
    return request.user  # type: ignore[return-value]


def visit_or_404(request: Request, visit_id: int, *, participant_may: bool = False) -> Visit:
    """The visit if the caller may see it; otherwise an audited 404, like a missing one."""
    participant = request_participant(request)
    if participant is not None:
        if participant_may and participant.visit_id == visit_id:
            return participant.visit
    else:
        visit = Visit.objects.for_clinician(_clinician(request)).filter(pk=visit_id).first()
        if visit is not None:
            return visit
    services.access_denied(actor_of(request), reason="not_found_or_not_yours", visit_id=visit_id)
    raise NotFound()


@method_decorator(ensure_csrf_cookie, name="get")
class CsrfView(APIView):
    """Sets the CSRF cookie that unsafe requests echo in ``X-CSRFToken``."""

    authentication_classes = []
    permission_classes = [AllowAny]

    @extend_schema(responses={204: None})
    def get(self, request: Request) -> Response:
        return Response(status=status.HTTP_204_NO_CONTENT)


class SignInView(APIView):
    authentication_classes = [CsrfOnly]
    permission_classes = [AllowAny]

    @extend_schema(request=s.SignInSerializer,
                   responses={200: s.SignedInSerializer, 401: _DENIED, 429: _DENIED})
    def post(self, request: Request) -> Response:
        form = s.SignInSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        user = sign_in(request._request, form.validated_data["username"],
                       form.validated_data["password"], form.validated_data["otp_token"])
        if user == "throttled":
            return Response({"detail": "Too many failed sign-ins; try again later."},
                            status=status.HTTP_429_TOO_MANY_REQUESTS)
        if user == "refused":
            return Response({"detail": "Invalid username, password or code."},
                            status=status.HTTP_401_UNAUTHORIZED)
        return Response({"user_id": user.pk, "role": user.role})  # type: ignore[attr-defined]


class SignOutView(APIView):
    permission_classes = [IsVerifiedStaff | IsParticipant]

    @extend_schema(request=None, responses={204: None})
    def post(self, request: Request) -> Response:
        logout(request._request)  # flushes a participant's session too
        return Response(status=status.HTTP_204_NO_CONTENT)


class PatientListView(APIView):
    permission_classes = [IsClinician]

    @extend_schema(request=s.PatientCreateSerializer, responses={201: s.PatientSerializer})
    def post(self, request: Request) -> Response:
        form = s.PatientCreateSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        patient = services.patient_register(registered_by=_clinician(request),
                                            **form.validated_data)
        return Response(s.PatientSerializer(patient).data, status=status.HTTP_201_CREATED)


class PatientDetailView(APIView):
    permission_classes = [IsClinician]

    @extend_schema(responses={200: s.PatientSerializer, 404: _DENIED})
    def get(self, request: Request, patient_id: int) -> Response:
        clinician = _clinician(request)
        patient = Patient.objects.visible_to(clinician).filter(pk=patient_id).first()
        if patient is None:
            services.access_denied(Actor.for_user(clinician), reason="not_found_or_not_yours",
                                   patient_id=patient_id)
            raise NotFound()
        with transaction.atomic():
            AuditEntry.objects.record(AuditEvent.PATIENT_VIEWED, actor=Actor.for_user(clinician),
                                      patient_id=patient.pk, subject=patient)
        return Response(s.PatientSerializer(patient).data)


class VisitListView(APIView):
    permission_classes = [IsClinician]

    @extend_schema(responses={200: s.VisitSerializer(many=True)})
    def get(self, request: Request) -> Response:
        clinician = _clinician(request)
        visits = list(Visit.objects.for_clinician(clinician).prefetch_related("participants"))
        with transaction.atomic():
            AuditEntry.objects.record(AuditEvent.VISIT_LISTED, actor=Actor.for_user(clinician),
                                      count=len(visits))
        return Response(s.VisitSerializer(visits, many=True).data)

    @extend_schema(request=s.VisitCreateSerializer,
                   responses={201: s.VisitSerializer, 404: _DENIED})
    def post(self, request: Request) -> Response:
        clinician = _clinician(request)
        form = s.VisitCreateSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        patient = Patient.objects.visible_to(clinician).filter(pk=data["patient_id"]).first()
        if patient is None:
            services.access_denied(Actor.for_user(clinician), reason="not_found_or_not_yours",
                                   patient_id=data["patient_id"])
            raise NotFound("No such patient.")
        visit = services.visit_create(
            clinician=clinician, patient=patient, scheduled_for=data["scheduled_for"],
            clinician_language=data["clinician_language"],
            patient_language=data.get("patient_language"),
            back_translation=data["back_translation"],
        )
        return Response(s.VisitSerializer(visit).data, status=status.HTTP_201_CREATED)


class VisitDetailView(APIView):
    permission_classes = [IsClinician | IsParticipant]

    @extend_schema(responses={200: s.VisitSerializer, 404: _DENIED})
    def get(self, request: Request, visit_id: int) -> Response:
        visit = visit_or_404(request, visit_id, participant_may=True)
        with transaction.atomic():
            AuditEntry.objects.record(AuditEvent.VISIT_VIEWED, actor=actor_of(request),
                                      visit_id=visit.pk, patient_id=visit.patient_id)
        return Response(s.VisitSerializer(visit).data)


class VisitTransitionView(APIView):
    """POST to start, end or cancel a visit."""

    permission_classes = [IsClinician]
    event: AuditEvent = AuditEvent.VISIT_ENDED

    @extend_schema(request=None, responses={200: s.VisitSerializer, 404: _DENIED, 409: _DENIED})
    def post(self, request: Request, visit_id: int) -> Response:
        visit = visit_or_404(request, visit_id)
        visit = services.visit_transition(visit=visit, actor=_clinician(request), event=self.event)
        return Response(s.VisitSerializer(visit).data)


class ParticipantListView(APIView):
    permission_classes = [IsClinician]

    @extend_schema(request=s.ParticipantCreateSerializer,
                   responses={201: s.ParticipantSerializer, 404: _DENIED})
    def post(self, request: Request, visit_id: int) -> Response:
        visit = visit_or_404(request, visit_id)
        form = s.ParticipantCreateSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        participant = services.participant_add(visit=visit, actor=_clinician(request),
                                               **form.validated_data)
        return Response(s.ParticipantSerializer(participant).data,
                        status=status.HTTP_201_CREATED)


class InvitationListView(APIView):
    permission_classes = [IsClinician]

    @extend_schema(request=s.InvitationCreateSerializer,
                   responses={201: s.InvitationSerializer, 404: _DENIED})
    def post(self, request: Request, visit_id: int) -> Response:
        visit = visit_or_404(request, visit_id)
        form = s.InvitationCreateSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        participants = visit.participants.all()
        participant_id = form.validated_data.get("participant_id")
        participant = (participants.filter(pk=participant_id) if participant_id
                       else participants.filter(role=ParticipantRole.PATIENT)).first()
        if participant is None:
            raise NotFound("No such participant in this visit.")
        invitation, token = services.invitation_create(participant=participant,
                                                       actor=_clinician(request))
        join_url = request.build_absolute_uri(f"/join/{visit.pk}/#{token}")
        return Response({"invitation_id": invitation.pk, "participant_id": participant.pk,
                         "expires_at": invitation.expires_at, "token": token,
                         "join_url": join_url}, status=status.HTTP_201_CREATED)


class JoinView(APIView):
    """Redeem an invitation: the browser session becomes this participant's."""

    authentication_classes = [CsrfOnly]
    permission_classes = [AllowAny]

    @extend_schema(request=s.JoinSerializer, responses={200: s.JoinedSerializer, 403: _DENIED})
    def post(self, request: Request, visit_id: int) -> Response:
        form = s.JoinSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        participant = services.invitation_redeem(visit_id=visit_id,
                                                 token=form.validated_data["token"])
        # A fresh session holding only the participant: no fixation, and no staff
        # identity left over from someone signed in on the same browser (audited).
        django_request = request._request
        django_request.user = get_user(django_request)  # DRF put the anonymous caller here
        logout(django_request)
        django_request.session[PARTICIPANT_SESSION_KEY] = participant.pk
        texts = current_consent_texts(participant.language_id)
        return Response({"visit_id": visit_id,
                         "participant": s.ParticipantSerializer(participant).data,
                         "consent_texts": s.ConsentTextSerializer(texts, many=True).data})


class ConsentTextListView(APIView):
    """The current consent wording in a language, to show before asking."""

    authentication_classes = []
    permission_classes = [AllowAny]

    @extend_schema(responses={200: s.ConsentTextSerializer(many=True)})
    def get(self, request: Request, language: str) -> Response:
        texts = current_consent_texts(language)
        return Response(s.ConsentTextSerializer(texts, many=True).data)


class ConsentListView(APIView):
    """Consent records of a visit, which are active now, and recording a new decision."""

    permission_classes = [IsClinician | IsParticipant]

    @extend_schema(responses={200: s.VisitConsentsSerializer, 404: _DENIED})
    def get(self, request: Request, visit_id: int) -> Response:
        visit = visit_or_404(request, visit_id, participant_may=True)
        with transaction.atomic():
            AuditEntry.objects.record(AuditEvent.VISIT_VIEWED, actor=actor_of(request),
                                      visit_id=visit.pk, patient_id=visit.patient_id,
                                      view="consents")
        participants = list(visit.participants.all())
        records = Consent.objects.applying_to_any(participants).select_related("consent_text")
        active = [
            {"participant_id": p.pk}
            | {scope: Consent.objects.is_active(p, scope) for scope in ConsentScope.values}
            for p in participants
        ]
        return Response({"records": s.ConsentSerializer(records, many=True).data,
                         "active": active})

    @extend_schema(request=s.ConsentCreateSerializer,
                   responses={201: s.ConsentSerializer, 403: _DENIED, 404: _DENIED, 409: _DENIED})
    def post(self, request: Request, visit_id: int) -> Response:
        visit = visit_or_404(request, visit_id, participant_may=True)
        form = s.ConsentCreateSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        common = {"scope": data["scope"], "decision": data["decision"],
                  "consent_text": data["consent_text_id"], "actor": actor_of(request)}
        me = request_participant(request)
        if me is not None and (data.get("participant_id") not in (None, me.pk)
                               or data["standing"]):
            # A participant speaks for themselves, in this visit, only. Applying the answer
            # to the caller instead would record a decision they never made.
            services.access_denied(actor_of(request), reason="consent_for_another_participant",
                                   visit_id=visit.pk)
            return Response({"code": "consent_for_another_participant",
                             "detail": "A participant records only their own consent."},
                            status=status.HTTP_403_FORBIDDEN)
        if me is not None:
            consent = services.consent_record(participant=me,
                                              captured_via=CaptureMethod.JOIN_PAGE, **common)
        elif data["standing"]:
            consent = services.consent_record(
                patient=visit.patient, captured_via=CaptureMethod.CLINICIAN_ATTESTED,
                recorded_by=_clinician(request), **common)
        else:
            participant = _participant_in(visit, data.get("participant_id"))
            consent = services.consent_record(
                participant=participant, captured_via=CaptureMethod.CLINICIAN_ATTESTED,
                recorded_by=_clinician(request), **common)
        return Response(s.ConsentSerializer(consent).data, status=status.HTTP_201_CREATED)


def _participant_in(visit: Visit, participant_id: int | None) -> Participant:
    participant = visit.participants.filter(pk=participant_id).first() if participant_id else None
    if participant is None:
        raise NotFound("Name a participant of this visit.")
    return participant


class SegmentListView(APIView):
    """Catch up on a live visit: stored segments and gaps after ``?after=<seq>``."""

    permission_classes = [IsClinician | IsParticipant]

    @extend_schema(responses={200: s.SegmentSerializer(many=True), 404: _DENIED})
    def get(self, request: Request, visit_id: int) -> Response:
        from interpretation.models import Segment

        visit = visit_or_404(request, visit_id, participant_may=True)
        try:
            after = max(0, int(request.query_params.get("after", "0")))
        except ValueError:
            return Response({"code": "bad_after", "detail": "after must be a sequence number"},
                            status=status.HTTP_400_BAD_REQUEST)
        segments = [segment.as_catch_up() for segment in Segment.objects.after(visit.pk, after)]
        with transaction.atomic():
            AuditEntry.objects.record(AuditEvent.VISIT_VIEWED, actor=actor_of(request),
                                      visit_id=visit.pk, patient_id=visit.patient_id,
                                      view="segments", count=len(segments))
        return Response(segments)


class ParticipantTokenView(APIView):
    """A 5-minute token for a headless client to open the visit's websocket."""

    permission_classes = [IsClinician | IsParticipant]

    @extend_schema(request=None, responses={201: s.ParticipantTokenSerializer, 404: _DENIED})
    def post(self, request: Request, visit_id: int) -> Response:
        from interpretation import tokens

        visit = visit_or_404(request, visit_id, participant_may=True)
        participant = own_participant(request, visit)
        return Response({"token": tokens.issue(participant.pk, visit.pk),
                         "participant_id": participant.pk,
                         "expires_in_s": tokens.TOKEN_MAX_AGE_S},
                        status=status.HTTP_201_CREATED)


def own_participant(request: Request, visit: Visit) -> Participant:
    """The caller as a participant of ``visit``: their invitation, or the clinician's seat."""
    participant = request_participant(request) or visit.participants.filter(
        user=_clinician(request)).first()
    if participant is None:
        raise NotFound("You are not a participant of this visit.")
    return participant


class VoiceProfileView(APIView):
    """Upload the caller's voice reference (a WAV), kept only while cloning is consented."""

    permission_classes = [IsClinician | IsParticipant]
    parser_classes = [WavParser]

    @extend_schema(request={"audio/wav": bytes}, responses={201: s.VoiceProfileSerializer,
                                                          400: _DENIED, 404: _DENIED,
                                                          409: _DENIED})
    def post(self, request: Request, visit_id: int) -> Response:
        visit = visit_or_404(request, visit_id, participant_may=True)
        participant = own_participant(request, visit)
        try:
            reference = VoiceReference.from_wav(request.data)  # type: ignore[arg-type]
        except VoiceReferenceError as exc:
            return Response({"code": exc.code, "detail": str(exc)},
                            status=status.HTTP_400_BAD_REQUEST)
        profile = services.voice_profile_store(
            participant=participant, audio=reference.wav, actor=actor_of(request),
            sample_rate_hz=reference.sample_rate_hz, duration_ms=reference.duration_ms)
        return Response({"participant_id": participant.pk, "duration_ms": profile.duration_ms},
                        status=status.HTTP_201_CREATED)


class InterpreterRequestView(APIView):
    """Ask for a human interpreter during a live visit (recorded, audited, announced)."""

    permission_classes = [IsClinician | IsParticipant]

    @extend_schema(request=None, responses={201: s.InterpreterRequestSerializer,
                                            404: _DENIED, 409: _DENIED})
    def post(self, request: Request, visit_id: int) -> Response:
        visit = visit_or_404(request, visit_id, participant_may=True)
        made = services.interpreter_request(participant=own_participant(request, visit))
        return Response({"id": made.pk, "participant_id": made.requested_by_id,
                         "created_at": made.created_at}, status=status.HTTP_201_CREATED)
