"""The clinic's time zone (``CLINIC_TIME_ZONE``) for the pages that show or read times.

Times are stored in UTC; a clinician schedules and reads them in the clinic's zone, and
each page's script adds the browser's own zone beside them (``localtime.js``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

View = Callable[..., Any]


def in_clinic_time_zone(view: View) -> View:
    """Render and read forms in the clinic's time zone, whatever the server runs in."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        with timezone.override(settings.CLINIC_TIME_ZONE):
            return view(request, *args, **kwargs)

    return wrapper
