from django.urls import path
from drf_spectacular.views import SpectacularAPIView

from audit.events import AuditEvent
from telehealth import converters  # noqa: F401  (registers <id:…>)
from telehealth.api import views

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("auth/csrf/", views.CsrfView.as_view(), name="api-csrf"),
    path("auth/signin/", views.SignInView.as_view(), name="api-signin"),
    path("auth/signout/", views.SignOutView.as_view(), name="api-signout"),
    path("patients/", views.PatientListView.as_view(), name="api-patients"),
    path("patients/<id:patient_id>/", views.PatientDetailView.as_view(), name="api-patient"),
    path("visits/", views.VisitListView.as_view(), name="api-visits"),
    path("visits/<id:visit_id>/", views.VisitDetailView.as_view(), name="api-visit"),
    path("visits/<id:visit_id>/start/",
         views.VisitTransitionView.as_view(event=AuditEvent.VISIT_STARTED), name="api-visit-start"),
    path("visits/<id:visit_id>/end/",
         views.VisitTransitionView.as_view(event=AuditEvent.VISIT_ENDED), name="api-visit-end"),
    path("visits/<id:visit_id>/cancel/",
         views.VisitTransitionView.as_view(event=AuditEvent.VISIT_CANCELLED),
         name="api-visit-cancel"),
    path("visits/<id:visit_id>/participants/", views.ParticipantListView.as_view(),
         name="api-participants"),
    path("visits/<id:visit_id>/invitations/", views.InvitationListView.as_view(),
         name="api-invitations"),
    path("visits/<id:visit_id>/join/", views.JoinView.as_view(), name="api-join"),
    path("visits/<id:visit_id>/consents/", views.ConsentListView.as_view(), name="api-consents"),
    path("visits/<id:visit_id>/segments/", views.SegmentListView.as_view(), name="api-segments"),
    path("visits/<id:visit_id>/participant-token/", views.ParticipantTokenView.as_view(),
         name="api-participant-token"),
    path("visits/<id:visit_id>/voice-profile/", views.VoiceProfileView.as_view(),
         name="api-voice-profile"),
    path("visits/<id:visit_id>/interpreter-requests/", views.InterpreterRequestView.as_view(),
         name="api-interpreter-requests"),
    path("consent-texts/<str:language>/", views.ConsentTextListView.as_view(),
         name="api-consent-texts"),
]
