"""Forms of the clinician portal; they validate, the audited services act."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone

from telehealth.models import ConsentDecision, ConsentScope, Language, Patient, User


def _languages() -> Any:
    return Language.objects.filter(enabled=True)


class SignInForm(forms.Form):
    username = forms.CharField(max_length=150, widget=forms.TextInput(
        attrs={"autocomplete": "username", "autofocus": True}))
    password = forms.CharField(max_length=256, strip=False, widget=forms.PasswordInput(
        attrs={"autocomplete": "current-password"}))
    otp_token = forms.RegexField(
        r"^\d{6,8}$", label="Authenticator code", max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
        error_messages={"invalid": "Enter the 6-digit code from your authenticator app."})


class PatientForm(forms.Form):
    given_name = forms.CharField(max_length=200)
    family_name = forms.CharField(max_length=200)
    date_of_birth = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    preferred_language = forms.ModelChoiceField(queryset=_languages(), empty_label=None)
    medical_record_number = forms.CharField(max_length=64, required=False)


class VisitForm(forms.Form):
    patient = forms.ModelChoiceField(queryset=Patient.objects.none())
    # Read in the time zone active for the request: the portal activates the clinic's.
    scheduled_for = forms.DateTimeField(
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}))
    clinician_language = forms.ModelChoiceField(queryset=_languages(), empty_label=None,
                                                label="Your language")
    patient_language = forms.ModelChoiceField(
        queryset=_languages(), required=False, empty_label="Patient's preferred language")
    back_translation = forms.BooleanField(
        required=False, label="Show me what the patient received, translated back",
        help_text="Each speaker also sees the translation of their words back into their "
                  "own language, to catch a mistranslated instruction.")

    def __init__(self, clinician: User, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["scheduled_for"].label = (
            f"Date and time (clinic time, {timezone.get_current_timezone_name()})")
        self.fields["patient"].queryset = Patient.objects.visible_to(clinician)  # type: ignore[attr-defined]
        self.fields["patient"].label_from_instance = (  # type: ignore[attr-defined]
            lambda p: f"{p.family_name}, {p.given_name} (#{p.pk})")


class AttestForm(forms.Form):
    """A consent given aloud, attested by the clinician after reading the text shown."""

    participant_id = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    scope = forms.ChoiceField(choices=ConsentScope.choices, widget=forms.HiddenInput)
    # No default answer: a consent nobody chose must never be recorded (issue 12).
    decision = forms.ChoiceField(
        choices=[("", "— choose —"), *ConsentDecision.choices],
        error_messages={"required": "Choose an answer for each consent before recording it.",
                        "invalid_choice": "Choose an answer for each consent before recording it."})
    standing = forms.BooleanField(
        required=False, label="Standing consent for this patient's future visits")


class StartForm(forms.Form):
    """Starting a visit whose clinician has not consented to the interpretation of their own
    speech: the live page needs it, so the start button asks first, with no answer chosen."""

    FOR_THIS_VISIT = "visit"
    STANDING = "standing"
    own_consent = forms.ChoiceField(
        label="Your consent to machine interpretation of your own speech",
        widget=forms.RadioSelect,
        choices=[
            (FOR_THIS_VISIT, "I consent, for this visit"),
            (STANDING, "I consent, for this and all my future visits (revocable at any time "
                       "under My consent)"),
            (ConsentDecision.DECLINED, "I do not consent (the visit is not started)"),
        ],
        error_messages={"required": "Answer the consent question to start the visit: "
                                    "nothing was recorded and the visit was not started."})


class StaffConsentForm(forms.Form):
    """A staff member's standing decision about their own speech, for all their visits."""

    scope = forms.ChoiceField(choices=ConsentScope.choices, widget=forms.HiddenInput)
    decision = forms.ChoiceField(
        choices=[("", "— choose —"), *ConsentDecision.choices],
        error_messages={"required": "Choose an answer before recording it.",
                        "invalid_choice": "Choose an answer before recording it."})
