"""Path converters that match only what a row could be, so a hostile id is a plain 404
(or, on a websocket, the catch-all route's 4404) before any view or consumer sees it."""

from __future__ import annotations

from django.urls import register_converter

MAX_ID = 2**63 - 1
"""The largest value of the 64-bit ``BigAutoField`` primary keys (and of the audit trail's
id columns): a larger number names no row, and the database refuses to even store it."""


class DatabaseIdConverter:
    """``<id:visit_id>``: decimal digits within the primary keys' range, else no match."""

    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if number > MAX_ID:
            raise ValueError("beyond any primary key")  # the resolver's "no match"
        return number

    def to_url(self, value: int) -> str:
        return str(value)


class VisitTransitionConverter:
    """``<transition:action>``: the portal's visit transitions."""

    regex = "start|end|cancel"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(DatabaseIdConverter, "id")
register_converter(VisitTransitionConverter, "transition")
