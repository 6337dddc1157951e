"""Wire shapes of the JSON API. Inputs validate; outputs carry ids, not names,
except the patient record itself, which only its clinician can read."""

from __future__ import annotations

from rest_framework import serializers

from telehealth.models import (
    Consent,
    ConsentDecision,
    ConsentScope,
    ConsentText,
    Language,
    Participant,
    ParticipantRole,
    Patient,
    Visit,
)

_language = serializers.SlugRelatedField(  # a language code the clinic has enabled
    slug_field="code", queryset=Language.objects.filter(enabled=True)
)


class SignInSerializer(serializers.Serializer):
    username = serializers.CharField(max_length=150)
    password = serializers.CharField(max_length=256, trim_whitespace=False)
    otp_token = serializers.RegexField(r"^\d{6,8}$", help_text="Code from the authenticator app")


class SignedInSerializer(serializers.Serializer):
    user_id = serializers.IntegerField()
    role = serializers.CharField()


class PatientCreateSerializer(serializers.Serializer):
    given_name = serializers.CharField(max_length=200)
    family_name = serializers.CharField(max_length=200)
    date_of_birth = serializers.DateField()
    preferred_language = _language
    medical_record_number = serializers.CharField(max_length=64, required=False, default="")


class PatientSerializer(serializers.ModelSerializer):
    preferred_language = serializers.CharField(source="preferred_language_id")

    class Meta:
        model = Patient
        fields = ["id", "given_name", "family_name", "date_of_birth", "medical_record_number",
                  "preferred_language", "created_at"]


class ParticipantSerializer(serializers.ModelSerializer):
    language = serializers.CharField(source="language_id")

    class Meta:
        model = Participant
        fields = ["id", "role", "language"]


class VisitSerializer(serializers.ModelSerializer):
    participants = ParticipantSerializer(many=True, read_only=True)

    class Meta:
        model = Visit
        fields = ["id", "status", "scheduled_for", "created_at", "started_at", "ended_at",
                  "clinician_id", "patient_id", "back_translation", "participants"]


class VisitCreateSerializer(serializers.Serializer):
    patient_id = serializers.IntegerField(min_value=1)
    scheduled_for = serializers.DateTimeField()
    clinician_language = _language
    patient_language = serializers.SlugRelatedField(
        slug_field="code", queryset=Language.objects.filter(enabled=True), required=False,
        help_text="Defaults to the patient's preferred language",
    )
    back_translation = serializers.BooleanField(
        default=False, help_text="Show each speaker the translation of their words back")


class ParticipantCreateSerializer(serializers.Serializer):
    role = serializers.ChoiceField(choices=[ParticipantRole.FAMILY, ParticipantRole.INTERPRETER])
    language = _language


class InvitationCreateSerializer(serializers.Serializer):
    participant_id = serializers.IntegerField(
        min_value=1, required=False, help_text="Defaults to the visit's patient"
    )


class InvitationSerializer(serializers.Serializer):
    invitation_id = serializers.IntegerField()
    participant_id = serializers.IntegerField()
    expires_at = serializers.DateTimeField()
    token = serializers.CharField(help_text="Shown once; only its hash is stored")
    join_url = serializers.CharField(help_text="The token travels in the fragment, not to logs")


class JoinSerializer(serializers.Serializer):
    token = serializers.CharField(max_length=128)


class ConsentTextSerializer(serializers.ModelSerializer):
    language = serializers.CharField(source="language_id")

    class Meta:
        model = ConsentText
        fields = ["id", "scope", "version", "language", "body"]


class JoinedSerializer(serializers.Serializer):
    visit_id = serializers.IntegerField()
    participant = ParticipantSerializer()
    consent_texts = ConsentTextSerializer(many=True)


class ConsentCreateSerializer(serializers.Serializer):
    scope = serializers.ChoiceField(choices=ConsentScope.choices)
    decision = serializers.ChoiceField(choices=ConsentDecision.choices)
    consent_text_id = serializers.PrimaryKeyRelatedField(
        queryset=ConsentText.objects.all(), help_text="The exact text shown to the person"
    )
    participant_id = serializers.IntegerField(
        min_value=1, required=False,
        help_text="Clinicians name the participant; a participant records their own",
    )
    standing = serializers.BooleanField(
        default=False, help_text="A clinician-attested standing consent of the visit's patient"
    )


class ConsentSerializer(serializers.ModelSerializer):
    text_version = serializers.CharField(source="consent_text.version")
    text_language = serializers.CharField(source="consent_text.language_id")

    class Meta:
        model = Consent
        # staff_member_id: a staff member's standing consent for their own speech
        fields = ["id", "participant_id", "visit_id", "patient_id", "staff_member_id", "scope",
                  "decision", "captured_via", "consent_text_id", "text_version",
                  "text_language", "recorded_by_id", "recorded_at"]


class ActiveConsentSerializer(serializers.Serializer):
    participant_id = serializers.IntegerField()
    interpretation = serializers.BooleanField()
    transcript = serializers.BooleanField()
    voice_cloning = serializers.BooleanField()


class VisitConsentsSerializer(serializers.Serializer):
    records = ConsentSerializer(many=True)
    active = ActiveConsentSerializer(many=True)


class SegmentSerializer(serializers.Serializer):
    seq = serializers.IntegerField()
    kind = serializers.ChoiceField(choices=["speech", "gap"])
    speaker_id = serializers.IntegerField(allow_null=True)
    source_language = serializers.CharField()
    text = serializers.CharField(help_text="Redacted text")
    translations = serializers.DictField(child=serializers.CharField(),
                                         help_text="language -> redacted translation")
    flags = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text="language -> what a human should check (numbers_changed, ...)")
    engines = serializers.DictField(child=serializers.CharField(),
                                    help_text="language -> the engine that translated it")
    entities = serializers.DictField(child=serializers.IntegerField())
    reason = serializers.CharField(help_text="Why a gap happened")
    created_at = serializers.DateTimeField()


class ParticipantTokenSerializer(serializers.Serializer):
    token = serializers.CharField()
    participant_id = serializers.IntegerField()
    expires_in_s = serializers.IntegerField()


class VoiceProfileSerializer(serializers.Serializer):
    participant_id = serializers.IntegerField()
    duration_ms = serializers.IntegerField()


class InterpreterRequestSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    participant_id = serializers.IntegerField()
    created_at = serializers.DateTimeField()
