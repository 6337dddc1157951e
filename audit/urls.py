from django.urls import path

from audit import views
from telehealth import converters  # noqa: F401  (registers <id:…>)

urlpatterns = [
    path("", views.review, name="audit-review"),
    path("export.csv", views.export, {"export_format": "csv"}, name="audit-export-csv"),
    path("export.json", views.export, {"export_format": "fhir"}, name="audit-export-json"),
    path("verify/", views.verify, name="audit-verify"),
    path("visits/<id:visit_id>/", views.visit_timeline, name="audit-visit"),
]
