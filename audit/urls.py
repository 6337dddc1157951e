from django.urls import path

from audit import views

urlpatterns = [
    path("", views.review, name="audit-review"),
    path("export.csv", views.export, {"export_format": "csv"}, name="audit-export-csv"),
    path("export.json", views.export, {"export_format": "fhir"}, name="audit-export-json"),
    path("verify/", views.verify, name="audit-verify"),
    path("visits/<int:visit_id>/", views.visit_timeline, name="audit-visit"),
]
