"""Benchmark live visits end to end on this machine.

    python -m bench.live --visits N [--workers W] [--json] [--sweep]

Starts its own stack on loopback (Daphne plus W interpretation workers, against
the PostgreSQL and Redis in DATABASE_URL and REDIS_URL), creates N live
two-party visits (English clinician, Spanish patient), streams fixture speech
from both sides at real-time pace, and prints what it measured: segments sent
(stored) and received, lost, and speech end -> caption / -> first audio at the
listener, p50 and p95, with per-stage medians. The same utterances through the
in-process cascade are the no-network baseline. ``--sweep`` raises N until
p95 caption latency passes 2 s and reports the largest N that stayed under.

``--compare MT_ENGINE=apertium,ct2`` runs the same visits once per value of one
setting, in one sitting, and reports each run's latencies and the caption p50's
difference from the first: translation engines (``ct2`` is the small test model
where no real pair is installed), or Spanish voices (``STOCK_VOICE_ES=,espeak-ng``:
Kokoro, then espeak-ng). ``caption_to_audio_ms`` is how long the first piece of a
segment's speech came after its caption; ``speech_failed`` counts segments whose
speech was given up, by reason (``stale``: it would have started more than
``speaking.MAX_SPEECH_LAG_S`` after its caption); ``load_average_1min`` is the
machine's load when the run ended (the benchmark shares the CPU with anything else).
``--quality`` turns on the LLM tier (``MT_QUALITY_ENGINE=llm``) and reports how long
each revised caption came after the first (``revision_after_caption_ms``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "telehealth.settings")

import django  # noqa: E402

django.setup()

from django.utils import timezone  # noqa: E402

from audit.events import SYSTEM, AuditEvent  # noqa: E402
from bench.headless import FRAME_S, Received, frames_of, participant  # noqa: E402
from bench.stack import Stack  # noqa: E402
from interpretation import tokens  # noqa: E402
from interpretation.models import Segment  # noqa: E402
from telehealth import services  # noqa: E402
from telehealth.models import (  # noqa: E402
    CaptureMethod,
    ConsentDecision,
    ConsentScope,
    ConsentText,
    Language,
    Role,
    User,
    Visit,
)

SPEECH = ROOT / "fixtures" / "speech"
CLINICIAN_SAYS = ["en-followup.wav", "en-meds.wav", "en-allergy.wav"]
PATIENT_SAYS = ["es-dolor.wav", "es-nombre.wav"]
LISTEN_AFTER_S = 15.0
SUSTAINED_P95_MS = 2000.0


def make_visit() -> Visit:
    clinician, _ = User.objects.get_or_create(username="bench.clinician",
                                              defaults={"role": Role.CLINICIAN})
    patient = services.patient_register(
        registered_by=clinician, given_name="Bench", family_name="Synthetic",
        date_of_birth=date(1970, 1, 1), preferred_language=Language.objects.get(code="es"))
    visit = services.visit_create(clinician=clinician, patient=patient,
                                  scheduled_for=timezone.now(),
                                  clinician_language=Language.objects.get(code="en"))
    for person in visit.participants.all():
        services.consent_record(
            participant=person, scope=ConsentScope.INTERPRETATION,
            decision=ConsentDecision.GRANTED, captured_via=CaptureMethod.CLINICIAN_ATTESTED,
            consent_text=ConsentText.objects.get(scope="interpretation", language_id="en"),
            recorded_by=clinician, actor=SYSTEM)
    return services.visit_transition(visit=visit, actor=clinician,
                                     event=AuditEvent.VISIT_STARTED)


def latencies(speaker: Received, listener: Received,
              role: str) -> tuple[list[float], list[float], list[float]]:
    heard = [e for e in listener.of("segment") if e["speaker_role"] == role]
    caption, audio, caption_to_audio = [], [], []
    for end, event in zip(speaker.speech_ends, heard, strict=False):
        shown = listener.arrival[("segment", event["seq"])]
        caption.append((shown - end) * 1000)
        if ("audio", event["seq"]) in listener.arrival:
            audio.append((listener.arrival[("audio", event["seq"])] - end) * 1000)
            caption_to_audio.append((listener.arrival[("audio", event["seq"])] - shown) * 1000)
    return caption, audio, caption_to_audio


def summary(values: list[float]) -> dict[str, float]:
    if not values:
        return {"p50": 0.0, "p95": 0.0}
    ordered = sorted(values)
    return {"p50": round(statistics.median(ordered), 1),
            "p95": round(ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))], 1)}


def run_visits(stack: Stack, visits: list[Visit]) -> dict[str, Any]:
    english, english_ends = frames_of([SPEECH / name for name in CLINICIAN_SAYS])
    spanish, spanish_ends = frames_of([SPEECH / name for name in PATIENT_SAYS])
    # Turn-taking: the patient answers once the clinician has finished.
    wait = len(english)
    spanish = [bytes(len(spanish[0]))] * wait + spanish
    spanish_ends = [end + wait * FRAME_S for end in spanish_ends]
    sides: list[tuple[Received, Received]] = []
    sessions = []
    for visit in visits:
        clinician = visit.participants.get(role="clinician")
        patient = visit.participants.get(role="patient")
        url = f"{stack.ws}/ws/visits/{visit.pk}/"
        at_clinician, at_patient = Received(), Received()
        sides.append((at_clinician, at_patient))
        answer_s = (len(spanish) - len(english)) * FRAME_S  # the clinician listens to it all
        sessions += [
            participant(url, tokens.issue(clinician.pk, visit.pk), english, english_ends,
                        LISTEN_AFTER_S + answer_s, at_clinician),
            participant(url, tokens.issue(patient.pk, visit.pk), spanish, spanish_ends,
                        LISTEN_AFTER_S, at_patient)]

    async def together() -> None:
        await asyncio.gather(*sessions)

    asyncio.run(together())
    caption: list[float] = []
    audio: list[float] = []
    caption_to_audio: list[float] = []
    stages: dict[str, list[float]] = {}
    received = 0
    for at_clinician, at_patient in sides:
        for speaker, listener, role in ((at_clinician, at_patient, "clinician"),
                                        (at_patient, at_clinician, "patient")):
            c, a, c_a = latencies(speaker, listener, role)
            caption += c
            audio += a
            caption_to_audio += c_a
            for event in listener.of("segment"):
                if event["speaker_role"] == role:
                    received += 1
                    for stage, ms in event["timings_ms"].items():
                        stages.setdefault(stage, []).append(ms)
    revision_delay = [(received.arrival[("revision", seq)] - at) * 1000
                      for side in sides for received in side
                      for (kind, seq), at in received.arrival.items()
                      if kind == "segment" and ("revision", seq) in received.arrival]
    sent = Segment.objects.filter(visit__in=visits, kind="speech").count()
    gaps = Segment.objects.filter(visit__in=visits, kind="gap").count()
    speech_failed: dict[str, int] = {}
    for side in sides:
        for listener in side:
            for event in listener.of("speech_failed"):
                speech_failed[event["reason"]] = speech_failed.get(event["reason"], 0) + 1
    return {"visits": len(visits), "segments_sent": sent, "segments_received": received,
            "gaps": gaps, "lost": sent - received, "speech_failed": speech_failed,
            "load_average_1min": round(os.getloadavg()[0], 1),
            "speech_end_to_caption_ms": summary(caption),
            "speech_end_to_audio_ms": summary(audio),
            "caption_to_audio_ms": summary(caption_to_audio),
            "revision_after_caption_ms": summary(revision_delay),
            "stage_ms_p50": {k: summary(v)["p50"] for k, v in sorted(stages.items())}}


def baseline() -> dict[str, Any]:
    """The same utterances through the in-process cascade: no network, no endpointing wait."""
    from interpretation.audio import load_audio
    from interpretation.builder import cascade
    from interpretation.endpointing import utterances

    pipeline = cascade()
    to_text, total = [], []
    for name, language, target in [(n, "en", "es") for n in CLINICIAN_SAYS] + \
                                   [(n, "es", "en") for n in PATIENT_SAYS]:
        for utterance in utterances(load_audio(SPEECH / name), language):
            result = pipeline.process(utterance, target)
            to_text.append(sum(result.timings_ms.get(s, 0) for s in ("asr", "redact", "mt")))
            total.append(result.timings_ms["total"])
    return {"utterance_to_text_ms": summary(to_text), "utterance_to_speech_ms": summary(total)}


def compare(setting: str, values: list[str], visits: int, workers: int, env: dict[str, str],
            as_json: bool) -> None:
    """The same visits once per value of ``setting``, one run after the other."""
    runs = {}
    for value in values:
        with Stack(env | {setting: value}, workers=workers) as stack:
            run_visits(stack, [make_visit()])  # warm-up
            runs[value] = run_visits(stack, [make_visit() for _ in range(visits)])
    first = runs[values[0]]["speech_end_to_caption_ms"]["p50"]
    report = {"setting": setting, "runs": runs,
              "caption_p50_minus_first_ms": {
                  value: round(r["speech_end_to_caption_ms"]["p50"] - first, 1)
                  for value, r in runs.items()}}
    if as_json:
        print(json.dumps(report))
        return
    for value, result in runs.items():
        print(f"{setting}={value!r}: caption {result['speech_end_to_caption_ms']}, "
              f"audio {result['speech_end_to_audio_ms']}, "
              f"caption to audio {result['caption_to_audio_ms']}, lost {result['lost']}, "
              f"speech failed {result['speech_failed']}, "
              f"mt p50 {result['stage_ms_p50'].get('mt')} ms, "
              f"load {result['load_average_1min']}")
    print(f"caption p50 minus the first run: {report['caption_p50_minus_first_ms']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--visits", type=int, default=2)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--sweep", action="store_true", help="find the largest N under 2 s p95")
    parser.add_argument("--compare", default="",
                        help="SETTING=V1,V2: the same visits once per value, in one sitting")
    parser.add_argument("--quality", action="store_true",
                        help="revise captions with the LLM tier (models install --with llm)")
    options = parser.parse_args()
    if not os.environ.get("REDIS_URL"):
        parser.error("set REDIS_URL: the live benchmark runs workers over Redis")
    quality = {"MT_QUALITY_ENGINE": "llm" if options.quality else "none"}
    if options.compare:
        setting, _, values = options.compare.partition("=")
        compare(setting, values.split(","), options.visits, options.workers, quality,
                options.json)
        return
    with Stack(quality, workers=options.workers) as stack:
        run_visits(stack, [make_visit()])  # warm-up: workers load their models
        report = run_visits(stack, [make_visit() for _ in range(options.visits)])
        if options.sweep:
            largest, n = 0, 1
            while True:
                trial = run_visits(stack, [make_visit() for _ in range(n)])
                if trial["lost"] or trial["speech_end_to_caption_ms"]["p95"] > SUSTAINED_P95_MS:
                    break
                largest, n = n, n + 1
            report["largest_visits_under_2s_p95"] = largest
    report["workers"] = options.workers
    report["baseline_in_process"] = baseline()
    if options.json:
        print(json.dumps(report))
    else:
        for key, value in report.items():
            print(f"{key}: {value}")


if __name__ == "__main__":
    main()
