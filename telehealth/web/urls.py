from django.urls import path

from telehealth import converters  # noqa: F401  (registers <id:…> and <transition:…>)
from telehealth.web import patient, portal, waiting

urlpatterns = [
    path("", portal.home, name="home"),
    path("signin/", portal.signin, name="signin"),
    path("signout/", portal.signout, name="signout"),
    path("visits/", portal.visit_list, name="portal-visits"),
    path("visits/waiting/", waiting.who_is_waiting, name="portal-waiting"),
    path("account/consent/", portal.own_consent, name="portal-own-consent"),
    path("visits/new/", portal.visit_create, name="portal-visit-create"),
    path("patients/new/", portal.patient_create, name="portal-patient-create"),
    path("visits/<id:visit_id>/", portal.visit_detail, name="portal-visit"),
    path("visits/<id:visit_id>/invite/", portal.invitation_create, name="portal-invite"),
    path("visits/<id:visit_id>/consent/", portal.consent_attest, name="portal-attest"),
    path("visits/<id:visit_id>/live/", portal.visit_live, name="portal-live"),
    path("visits/<id:visit_id>/<transition:action>/", portal.visit_transition,
         name="portal-transition"),
    path("join/<id:visit_id>/", patient.join, name="patient-join"),
    path("visit/<id:visit_id>/", patient.patient_home, name="patient-home"),
    path("visit/<id:visit_id>/consent/", patient.consent_submit, name="patient-consent"),
    path("visit/<id:visit_id>/waiting/", waiting.call_in, name="patient-waiting"),
]
