from django.urls import path, re_path

from telehealth.web import patient, portal

urlpatterns = [
    path("", portal.home, name="home"),
    path("signin/", portal.signin, name="signin"),
    path("signout/", portal.signout, name="signout"),
    path("visits/", portal.visit_list, name="portal-visits"),
    path("visits/new/", portal.visit_create, name="portal-visit-create"),
    path("patients/new/", portal.patient_create, name="portal-patient-create"),
    path("visits/<int:visit_id>/", portal.visit_detail, name="portal-visit"),
    path("visits/<int:visit_id>/invite/", portal.invitation_create, name="portal-invite"),
    path("visits/<int:visit_id>/consent/", portal.consent_attest, name="portal-attest"),
    path("visits/<int:visit_id>/live/", portal.visit_live, name="portal-live"),
    re_path(r"^visits/(?P<visit_id>[0-9]+)/(?P<action>start|end|cancel)/$",
            portal.visit_transition, name="portal-transition"),
    path("join/<int:visit_id>/", patient.join, name="patient-join"),
    path("visit/<int:visit_id>/", patient.patient_home, name="patient-home"),
    path("visit/<int:visit_id>/consent/", patient.consent_submit, name="patient-consent"),
]
