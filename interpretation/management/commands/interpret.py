"""Run the cascade over a recording, utterance by utterance, fully offline.

    manage.py interpret INPUT.wav --source en --target es --json --out OUT.wav
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from interpretation.audio import AudioError, load_audio, write_wav
from interpretation.builder import build_converter, cascade, language_pairs
from interpretation.endpointing import utterances
from interpretation.engines.base import EngineError
from interpretation.pipeline import SYNTHETIC_SPEECH_MARK, silence
from interpretation.voices import VoiceCloning
from telehealth.models import Participant, VoiceProfile

GAP_BETWEEN_UTTERANCES_S = 0.3
_REASONS = {
    "no_consent": "voice cloning consent is not active",
    "no_engine": "no voice-cloning engine is installed (pip install -e .[cloning])",
    "test_model_only": "only the test voice converter is installed (see README)",
    "no_profile": "the participant has no voice profile",
}


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
        if f"{source}-{target}" not in language_pairs():  # before loading any model
            raise CommandError(f"no translation model for {source}-{target}")
        participant = None
        if options["voice_profile"] is not None:
            participant = self._participant(options["voice_profile"])
        try:
            audio = load_audio(options["input"])
            pipeline = cascade()
        except AudioError as exc:
            raise CommandError(f"cannot use {options['input']}: {exc}") from exc
        except (EngineError, FileNotFoundError) as exc:
            raise CommandError(str(exc)) from exc
        cloning = VoiceCloning(build_converter() if participant else None,
                               allow_test_model=settings.VOICE_CLONING_ALLOW_TEST_MODEL)
        speech: list[np.ndarray] = []
        reasons: set[str] = set()
        for utterance in utterances(audio, source):
            voice = None
            if participant is not None:  # asked per utterance: revocation applies at once
                voice, reason = cloning.voice_for(participant, pipeline.voices[target])
                reasons.add(reason)
            result = pipeline.process(utterance, target, voice)
            if options["json"]:
                self.stdout.write(json.dumps(result.as_json(), ensure_ascii=False))
            else:
                self.stdout.write(f"{utterance.start_s:7.2f}-{utterance.end_s:7.2f}  "
                                  f"{result.as_json()['translation'] or result.error}")
            if result.speech is not None:
                speech += [result.speech.audio,
                           silence(GAP_BETWEEN_UTTERANCES_S, pipeline.output_rate_hz)]
        for reason in sorted(reasons - {"cloned"}):
            self.stderr.write(f"stock voice used: {_REASONS[reason]}")
        if options["out"]:
            joined = np.concatenate(speech) if speech else np.zeros(0, np.float32)
            write_wav(options["out"], joined, pipeline.output_rate_hz,
                      comment=SYNTHETIC_SPEECH_MARK)

    @staticmethod
    def _participant(profile_id: int) -> Participant:
        profile = VoiceProfile.objects.select_related("participant").filter(pk=profile_id).first()
        if profile is None:
            raise CommandError(f"no voice profile {profile_id}")
        return profile.participant
