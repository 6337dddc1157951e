"""Run the cascade over a recording, utterance by utterance, fully offline.

    manage.py interpret INPUT.wav --source en --target es --json --out OUT.wav
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from django.core.management.base import BaseCommand, CommandError, CommandParser

from interpretation.audio import AudioError, load_audio, write_wav
from interpretation.endpointing import utterances
from interpretation.engines.base import EngineError, SpeechSynthesizer
from interpretation.engines.loading import cascade
from interpretation.pipeline import SYNTHETIC_SPEECH_MARK, silence

GAP_BETWEEN_UTTERANCES_S = 0.3


class Command(BaseCommand):
    help = "Interpret a recording: ASR, redaction, translation and speech for each utterance."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("input", type=Path)
        parser.add_argument("--source", required=True, help="language spoken in the input")
        parser.add_argument("--target", required=True, help="language to interpret into")
        parser.add_argument("--json", action="store_true", help="one JSON object per utterance")
        parser.add_argument("--out", type=Path, help="write the translated speech here (WAV)")
        parser.add_argument("--voice-profile", type=int,
                            help="clone this VoiceProfile's voice, if its consent is active")

    def handle(self, *args: Any, **options: Any) -> None:
        source, target = options["source"], options["target"]
        if source == target:
            raise CommandError("--source and --target must differ")
        try:
            audio = load_audio(options["input"])
            pipeline = cascade()
        except AudioError as exc:
            raise CommandError(f"cannot use {options['input']}: {exc}") from exc
        except (EngineError, FileNotFoundError) as exc:
            raise CommandError(str(exc)) from exc
        if f"{source}-{target}" not in pipeline.translator.pairs():
            raise CommandError(f"no translation model for {source}-{target}")
        voice = None
        if options["voice_profile"] is not None:
            voice = self._cloned_voice(options["voice_profile"])
        speech: list[np.ndarray] = []
        for utterance in utterances(audio, source):
            result = pipeline.process(utterance, target, voice)
            if options["json"]:
                self.stdout.write(json.dumps(result.as_json(), ensure_ascii=False))
            else:
                self.stdout.write(f"{utterance.start_s:7.2f}-{utterance.end_s:7.2f}  "
                                  f"{result.as_json()['translation'] or result.error}")
            if result.speech is not None:
                speech += [result.speech.audio,
                           silence(GAP_BETWEEN_UTTERANCES_S, pipeline.output_rate_hz)]
        if options["out"]:
            joined = np.concatenate(speech) if speech else np.zeros(0, np.float32)
            write_wav(options["out"], joined, pipeline.output_rate_hz,
                      comment=SYNTHETIC_SPEECH_MARK)

    def _cloned_voice(self, profile_id: int) -> SpeechSynthesizer | None:
        """Voice cloning needs the speaker's active consent and a cloning engine."""
        from telehealth.models import Consent, ConsentScope, VoiceProfile

        profile = VoiceProfile.objects.select_related("participant").filter(pk=profile_id).first()
        if profile is None:
            raise CommandError(f"no voice profile {profile_id}")
        if not Consent.objects.is_active(profile.participant, ConsentScope.VOICE_CLONING):
            sys.stderr.write("voice cloning consent is not active: using the stock voice\n")
            return None
        sys.stderr.write("no voice-cloning engine is installed yet: using the stock voice\n")
        return None
