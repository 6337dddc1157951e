from django.apps import AppConfig


class InterpretationConfig(AppConfig):
    """The speech cascade and its live transport; filled by the cascade and live issues."""

    name = "interpretation"
