"""Redact one utterance per line of stdin; print one JSON object per line.

    echo "my name is ellen marsh" | manage.py redact --language en
    {"text": "my name is [PERSON_1]", "entities": [{"type": "PERSON", "start": 11, "end": 22}]}

Offsets count characters of the input line (without its line ending). A line that is
not UTF-8 gets ``{"error": "unreadable", "line": N}`` (N counts from 1, nothing of the
line is echoed) and the command goes on; a line whose analysis failed is redacted whole
and carries ``"failed_closed": true``.

The command lives with the cascade, not in ``redaction``: it loads the redactor's models
through the cascade's loader, and ``redaction`` stays a library that knows no settings.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from interpretation.builder import build_redactor
from redaction.engine import SUPPORTED_LANGUAGES, Redactor


class Command(BaseCommand):
    help = "Redact PHI from utterances read on stdin, one per line, as JSON lines."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--language", required=True, choices=SUPPORTED_LANGUAGES)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            redactor = build_redactor()
        except FileNotFoundError as exc:
            raise CommandError(str(exc)) from exc
        for number, raw in enumerate(sys.stdin.buffer, start=1):  # bytes: decode per line
            self.stdout.write(json.dumps(self.redact_line(redactor, raw, number,
                                                          options["language"]),
                                         ensure_ascii=False))
            self.stdout.flush()

    @staticmethod
    def redact_line(redactor: Redactor, raw: bytes, number: int,
                    language: str) -> dict[str, Any]:
        try:
            text = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            return {"error": "unreadable", "line": number}
        result = redactor.redact(text, language)
        line: dict[str, Any] = {
            "text": result.text,
            "entities": [{"type": e.type, "start": e.start, "end": e.end}
                         for e in result.entities],
        }
        if result.failed_closed:
            line["failed_closed"] = True
        return line
