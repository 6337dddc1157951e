"""How the OpenAPI schema describes our authentication classes."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from drf_spectacular.extensions import OpenApiAuthenticationExtension


class ParticipantSessionScheme(OpenApiAuthenticationExtension):
    target_class = "telehealth.api.auth.ParticipantSessionAuthentication"
    name = "session"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {"type": "apiKey", "in": "cookie", "name": settings.SESSION_COOKIE_NAME,
                "description": "Staff sign-in (password and TOTP) or a patient's join session; "
                               "unsafe methods also need the X-CSRFToken header."}


class CsrfOnlyScheme(OpenApiAuthenticationExtension):
    target_class = "telehealth.api.auth.CsrfOnly"
    name = "csrf"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {"type": "apiKey", "in": "header", "name": "X-CSRFToken",
                "description": "Value of the csrftoken cookie set by GET /api/auth/csrf/."}
