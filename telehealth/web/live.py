"""What the live visit page needs to start: who is here, in which language, with which
voice, and the translated words of its interface. Shared by clinician and patient."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.translation import gettext as _

from interpretation.capabilities import cloning_available
from interpretation.protocol import CLOSE
from interpretation.voices import cloning_state
from telehealth.models import ConsentScope, Participant, Visit, current_consent_texts


def _strings() -> dict[str, str]:
    """Words the script shows, translated here so the page needs no second catalogue."""
    return {
        "you": _("You"), "clinician": _("Clinician"), "patient": _("Patient"),
        "family": _("Family member"), "interpreter": _("Human interpreter"),
        # Who did something, at the start of a sentence ("{who} is back.")
        "who_you": _("You"), "who_clinician": _("The clinician"),
        "who_patient": _("The patient"), "who_family": _("A family member"),
        "who_interpreter": _("The human interpreter"),
        "connecting": _("Connecting…"), "connected": _("Connected"),
        "reconnecting": _("Connection lost. Reconnecting…"),
        "waiting": _("Waiting for the visit to start…"),
        "ended": _("The visit has ended."),
        "no_consent": _("Interpretation is off: you have not consented to it."),
        "refused": _("You cannot join this visit from this page."),
        "speaking": _("speaking"), "listening": _("Nobody is speaking"),
        "mic_on": _("Microphone on"), "mic_off": _("Microphone off"),
        "mic_denied": _("The microphone could not be opened. Check the browser's permission."),
        "cloning_on": _("Voice cloning on: their own voice, with consent"),
        "cloning_no_reference": _("Voice cloning consented; no voice sample yet: synthetic voice"),
        "cloning_unavailable": _("Voice cloning is not available here: synthetic voice"),
        "cloning_off": _("Voice cloning off: synthetic voice"),
        "gap": _("Part of the conversation could not be interpreted."),
        "gap_network": _("Part of the conversation was lost while a connection was down."),
        "interpreter_requested": _("A human interpreter has been requested."),
        "interpreter_requested_by": _("{who} asked for a human interpreter."),
        "interpretation_stopped": _("Someone in the visit stopped machine interpretation: "
                                    "their speech is no longer interpreted."),
        "interpretation_stopped_by": _("{who} stopped machine interpretation: their speech "
                                       "is no longer interpreted."),
        "interpretation_regranted_by": _("{who} agreed to machine interpretation again."),
        "stopped_by_me": _("Machine interpretation stopped at your request"),
        "stopped_by_me_detail": _("Nothing you say is sent for interpretation now and your "
                                  "microphone is off. You can still ask for a human "
                                  "interpreter."),
        "caught_up": _("Caught up on what was missed."),
        "presence_connected": _("{who} joined the visit."),
        "presence_back": _("{who} is back."),
        "presence_reconnecting": _("{who} is reconnecting…"),
        "presence_left": _("{who} left the visit."),
        "paused": _("Interpretation is paused; your speech is kept and will be interpreted "
                    "when it resumes."),
        "resumed": _("Interpretation has resumed."),
        "audio_lost": _("About {seconds} s of your microphone's sound could not be sent "
                        "during the connection problem and was not interpreted. If you were "
                        "speaking then, please say it again."),
        "late": _("late"),
        "speech_failed": _("speech not available for this caption"),
        "dismiss": _("Dismiss"),
        "older_hidden": _("Older captions are not shown here."),
        "mic_level": _("Microphone level"),
        "mic_check_on": _("Speak now: the bar should move."),
        "mic_check_silent": _("We hear nothing yet. Check that the right microphone is "
                              "chosen and not muted."),
        "mic_check_ok": _("Your microphone works."),
        "sound_played": _("Did you hear a short tone? If not, turn up the volume."),
        "badge_paused": _("AI interpretation paused"),
        "badge_off": _("AI interpretation off"),
        "heard_original": _("Original"), "heard_translation": _("Translation"),
        "audio_played": _("spoken"),
        "mt_good": _("AI interpretation on"),
        "mt_basic": _("AI interpretation on (basic machine translation: check anything "
                      "important with an interpreter)"),
        "mt_test": _("AI interpretation on a TEST model: its translations are meaningless. "
                     "Do not rely on them; ask for a human interpreter."),
        "mt_check": _("Check this with the interpreter: a number, dose or medicine may not "
                      "have been translated exactly."),
        "mt_revised": _("Translation improved"),
        "back_translation": _("They received (translated back)"),
    }


def page_context(request: HttpRequest, visit: Visit, me: Participant) -> dict[str, Any]:
    available = cloning_available()
    everyone = list(visit.participants.all())
    participants = {
        str(p.pk): {"role": p.role, "language": p.language_id,
                    "cloning": cloning_state(p, available=available)}
        for p in everyone
    }
    texts = {t.scope: t.pk for t in current_consent_texts(me.language_id)}
    config = {
        "visitId": visit.pk, "participantId": me.pk, "role": me.role,
        "language": me.language_id, "participants": participants,
        "csrfToken": get_token(request),
        "wsPath": f"/ws/visits/{visit.pk}/",
        "urls": {
            "segments": reverse("api-segments", args=[visit.pk]),
            "consents": reverse("api-consents", args=[visit.pk]),
            "interpreter": reverse("api-interpreter-requests", args=[visit.pk]),
            "voiceProfile": reverse("api-voice-profile", args=[visit.pk]),
            "end": reverse("api-visit-end", args=[visit.pk]),
            "keepalive": reverse("api-csrf"),
            "after_end": reverse("portal-visits") if me.role == "clinician"
            else reverse("patient-home", args=[visit.pk]),
        },
        # Websocket traffic does not refresh the idle session; the page touches it well
        # within the timeout, so a long visit does not lock its people out on a reconnect.
        "keepaliveMs": settings.SESSION_IDLE_TIMEOUT_S * 1000 // 3,
        "consentTextIds": {scope: texts.get(scope) for scope in ConsentScope.values},
        "strings": _strings(),
        # Defined once (interpretation.messages): the page reads them, never repeats them.
        "closeCodes": CLOSE,
    }
    return {"visit": visit, "me": me, "config": config,
            "others": [p for p in everyone if p.pk != me.pk],
            "cloning_available": available}
