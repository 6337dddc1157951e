from django.contrib import admin
from django.http import HttpRequest, JsonResponse
from django.urls import include, path

from telehealth import converters  # noqa: F401  (registers <id:…>)
from telehealth.auth import ClinicAdminSite
from telehealth.web import compliance

# Staff reach the admin only with a second factor, as everywhere else.
admin.site.__class__ = ClinicAdminSite


def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


handler404 = "telehealth.web.errors.not_found"  # audits ids no row could have; JSON for the API

# The compliance review (README): the names are those the pages and the portal link to.
compliance_urls = [
    path("", compliance.review, name="audit-review"),
    path("export.csv", compliance.export, {"export_format": "csv"}, name="audit-export-csv"),
    path("export.json", compliance.export, {"export_format": "fhir"}, name="audit-export-json"),
    path("verify/", compliance.verify, name="audit-verify"),
    path("visits/<id:visit_id>/", compliance.visit_timeline, name="audit-visit"),
]

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("telehealth.api.urls")),
    path("healthz", healthz, name="healthz"),
    path("compliance/", include(compliance_urls)),
    path("", include("telehealth.web.urls")),
]
