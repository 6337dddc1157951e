"""Translate one utterance per line of stdin, the way a live visit does.

    echo "Take 500 mg twice a day." | manage.py translate --source en --target es --json
    {"translation": "Tome 500 mg dos veces al día.", "engine": "apertium", "flags": [], "ms": 4.1}

Each line is redacted, its quantities, medicines and glossary terms protected,
translated, checked, and its identifiers put back: the same path as live
(``redaction`` then ``interpretation.translation``). Without ``--json`` only the
translation is printed. A line that cannot be read or translated gets
``{"error": CODE, "line": N}`` (nothing of the line echoed) and the command goes on.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from interpretation.builder import build_engine, build_redactor, build_translator
from interpretation.engines.base import EngineError
from interpretation.frames import restored
from interpretation.translation import Translator
from redaction.engine import Redactor


class Command(BaseCommand):
    help = "Translate utterances read on stdin, one per line (redacted, protected, checked)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--source", required=True)
        parser.add_argument("--target", required=True)
        parser.add_argument("--engine", choices=["apertium", "ct2", "llm"],
                            help="the engine for this pair (default: as MT_ENGINE chooses)")
        parser.add_argument("--json", action="store_true", help="one JSON object per line")

    def handle(self, *args: Any, **options: Any) -> None:
        source, target = options["source"], options["target"]
        pair = f"{source}-{target}"
        languages = settings.INTERPRETATION_LANGUAGES
        if source not in languages or target not in languages or source == target:
            raise CommandError(f"{pair} is not a pair of INTERPRETATION_LANGUAGES "
                               f"({', '.join(languages)})")
        try:
            translator = build_translator()
            if options["engine"]:
                translator.engines[pair] = build_engine(options["engine"], pair)
            redactor = build_redactor()
        except (EngineError, FileNotFoundError) as exc:
            raise CommandError(str(exc)) from exc
        for number, raw in enumerate(sys.stdin.buffer, start=1):  # bytes: decode per line
            line = self.translate_line(redactor, translator, raw, number, source, target)
            self.stdout.write(json.dumps(line, ensure_ascii=False) if options["json"]
                              else line.get("translation", f"[error: {line.get('error')}]"))
            self.stdout.flush()

    @staticmethod
    def translate_line(redactor: Redactor, translator: Translator, raw: bytes, number: int,
                       source: str, target: str) -> dict[str, Any]:
        try:
            text = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            return {"error": "unreadable", "line": number}
        started = time.perf_counter()
        redacted = redactor.redact(text, source)
        try:
            result = translator.translate(redacted.text, source, target)
        except EngineError as exc:
            return {"error": "retryable" if exc.retryable else "engine_error", "line": number}
        return {"translation": restored(result.text, redacted.restore), "engine": result.engine,
                "flags": list(result.flags),
                "ms": round((time.perf_counter() - started) * 1000, 1)}
