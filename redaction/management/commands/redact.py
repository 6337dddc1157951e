"""Redact one utterance per line of stdin; print one JSON object per line.

    echo "my name is ellen marsh" | manage.py redact --language en
    {"text": "my name is [PERSON_1]", "entities": [{"type": "PERSON", "start": 11, "end": 22}]}
"""

from __future__ import annotations

import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from interpretation.engines.loading import build_redactor
from redaction.engine import SUPPORTED_LANGUAGES


class Command(BaseCommand):
    help = "Redact PHI from utterances read on stdin, one per line, as JSON lines."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--language", required=True, choices=SUPPORTED_LANGUAGES)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            redactor = build_redactor()
        except FileNotFoundError as exc:
            raise CommandError(str(exc)) from exc
        for line in sys.stdin:
            text = line.rstrip("\r\n")
            result = redactor.redact(text, options["language"])
            self.stdout.write(json.dumps({
                "text": result.text,
                "entities": [{"type": e.type, "start": e.start, "end": e.end}
                             for e in result.entities],
            }, ensure_ascii=False))
            self.stdout.flush()
