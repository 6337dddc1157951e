"""Browser hardening for our own pages: no inline script, media and microphone from here only."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from telehealth.api.auth import PARTICIPANT_SESSION_KEY

# Scripts and styles come from our static files only, so injected markup cannot run;
# 'self' in connect-src covers the visit's websocket on the same host.
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "media-src 'self' blob:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])


class ContentSecurityPolicyMiddleware:
    """Adds the policy to every page but the admin's, which ships its own inline bits."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not request.path.startswith("/admin/"):
            response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
            response.headers.setdefault("Permissions-Policy",
                                        "microphone=(self), camera=(), geolocation=()")
        return response


def _carries_credentials(request: HttpRequest) -> bool:
    """A staff sign-in, a patient's invitation session, or a headless client's token."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return True
    session = getattr(request, "session", None)
    if session is not None and session.get(PARTICIPANT_SESSION_KEY) is not None:
        return True
    return bool(request.headers.get("Authorization"))


class NoStoreMiddleware:
    """``Cache-Control: no-store`` on every response to a request with credentials.

    Such a response may name a patient or show a visit; on a shared clinic workstation a
    browser's back button, disk cache or a proxy must not keep it. A response that already
    forbids storing (the admin's ``never_cache``) is left as it is.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        directives = {d.strip().lower() for d in response.get("Cache-Control", "").split(",")}
        if "no-store" not in directives and _carries_credentials(request):
            response["Cache-Control"] = "no-store"
        return response
