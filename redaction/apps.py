from django.apps import AppConfig


class RedactionConfig(AppConfig):
    """PHI redaction of recognised speech (Presidio); filled by the cascade issue."""

    name = "redaction"
