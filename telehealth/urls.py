from django.contrib import admin
from django.http import HttpRequest, JsonResponse
from django.urls import include, path

from telehealth.auth import ClinicAdminSite

# Staff reach the admin only with a second factor, as everywhere else.
admin.site.__class__ = ClinicAdminSite


def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


handler404 = "telehealth.web.errors.not_found"  # audits ids no row could have; JSON for the API

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("telehealth.api.urls")),
    path("healthz", healthz, name="healthz"),
    path("compliance/", include("audit.urls")),
    path("", include("telehealth.web.urls")),
]
