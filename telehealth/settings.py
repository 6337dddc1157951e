"""Settings for the telehealth interpretation backend.

Every value comes from the environment (see ``.env.example``); a ``.env`` file
in the project root is read first if present, without overriding variables
that are already set. Defaults are the safe ones: ``DEBUG`` off, no default
secret outside ``DEBUG``.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from dotenv import load_dotenv

from telehealth.env import (
    env_bool,
    env_choice,
    env_int,
    env_list,
    env_secret,
    env_str,
    env_time_zone,
)

BASE_DIR = Path(__file__).resolve().parent.parent
load_dotenv(BASE_DIR / ".env", override=False)

# Engines must never reach the network for weights or telemetry (see
# ../shared/notes/feasibility.md); set here so every entry point inherits it.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_secret(
    "SECRET_KEY", required=not DEBUG, dev_fallback="dev-only-" + "x" * 50
)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
CSRF_FAILURE_VIEW = "telehealth.web.errors.csrf_failure"  # audits each refusal
DATA_DIR = Path(env_str("DATA_DIR", str(BASE_DIR / "data")))

INSTALLED_APPS = [
    "daphne",  # first, so that runserver serves the ASGI application
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "interpretation",  # before channels: its runworker warms the models first
    "channels",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "rest_framework",
    "drf_spectacular",
    "telehealth",
    "audit",
    "redaction",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "telehealth.web.security.ContentSecurityPolicyMiddleware",
    "telehealth.web.security.NoStoreMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "telehealth.urls"
ASGI_APPLICATION = "telehealth.asgi.application"
WSGI_APPLICATION = None

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database: PostgreSQL in production, an SQLite file for a service-less demo.
_database_url = env_str("DATABASE_URL")
if _database_url:
    try:
        DATABASES = {"default": dj_database_url.parse(_database_url, conn_max_age=60)}
    except ValueError as exc:
        raise ImproperlyConfigured("DATABASE_URL is not a valid database URL") from exc
else:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    # A two-person visit writes from several threads (each websocket, the interpretation
    # threads) at once. Every transaction takes the write lock when it begins (IMMEDIATE), so
    # none can read and then fail to upgrade with "database is locked"; a writer waits for the
    # lock up to SQLITE_BUSY_TIMEOUT_S; WAL lets readers go on while one writes.
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "telehealth.sqlite3"),
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "timeout": env_int("SQLITE_BUSY_TIMEOUT_S", 30, minimum=1),
                "init_command": "PRAGMA journal_mode=WAL;",
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Redis: channel layer and cache when REDIS_URL is set, in-memory otherwise.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {"hosts": [REDIS_URL]},
        }
    }
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Staff authentication: password plus TOTP, throttled, idle sessions expire.
AUTH_USER_MODEL = "telehealth.User"
AUTHENTICATION_BACKENDS = ["telehealth.auth.ThrottledModelBackend"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
SESSION_IDLE_TIMEOUT_S = env_int("SESSION_IDLE_TIMEOUT_S", 15 * 60, minimum=60)
SESSION_COOKIE_AGE = SESSION_IDLE_TIMEOUT_S
SESSION_SAVE_EVERY_REQUEST = True  # each request pushes the expiry: an idle timeout
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SIGNIN_MAX_FAILURES = env_int("SIGNIN_MAX_FAILURES", 5, minimum=1)
SIGNIN_LOCKOUT_S = env_int("SIGNIN_LOCKOUT_S", 15 * 60, minimum=1)
OTP_TOTP_ISSUER = env_str("OTP_TOTP_ISSUER", "Telehealth interpretation")
# No admin page shows a TOTP secret after enrolment (telehealth/otp_admin.py replaces
# django-otp's device admin; this also shuts its QR views should it ever be registered).
OTP_ADMIN_HIDE_SENSITIVE_DATA = True
INVITATION_TTL_S = env_int("INVITATION_TTL_S", 24 * 3600, minimum=60)

# --- Encryption of patient identifiers and voice references at rest.
# Comma-separated Fernet keys, newest first; older keys still decrypt, and
# ``manage.py rotate_encryption_keys`` re-encrypts every row with the newest.
FIELD_ENCRYPTION_KEYS = env_list("FIELD_ENCRYPTION_KEYS")
if not FIELD_ENCRYPTION_KEYS:
    raise ImproperlyConfigured(
        "FIELD_ENCRYPTION_KEYS is not set: patient identifiers are encrypted at rest. "
        "Generate one with: python -c 'from cryptography.fernet import Fernet; "
        "print(Fernet.generate_key().decode())'"
    )

# --- Production hardening (passes `manage.py check --deploy --fail-level WARNING`).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 365 * 24 * 3600, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
if env_bool("TRUST_X_FORWARDED_PROTO", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Utterances go to `runworker interpretation` processes over Redis when this is on
# (the default with REDIS_URL); without Redis they are interpreted in the server process.
INTERPRETATION_WORKERS = env_bool("INTERPRETATION_WORKERS", bool(REDIS_URL))

# --- Interpretation cascade (models live under MODELS_DIR; see `manage.py models`).
MODELS_DIR = Path(env_str("MODELS_DIR", str(BASE_DIR / "models")))
INTERPRETATION_LANGUAGES = env_list("INTERPRETATION_LANGUAGES", ["en", "es"])
ASR_MODEL = env_str("ASR_MODEL", "whisper-base")
ASR_COMPUTE_TYPE = env_str("ASR_COMPUTE_TYPE", "int8")
ASR_THREADS = env_int("ASR_THREADS", 2, minimum=1)
MT_THREADS = env_int("MT_THREADS", 1, minimum=1)
MT_GLOSSARY = env_str("MT_GLOSSARY", str(BASE_DIR / "interpretation" / "glossary.tsv"))
MT_MEDICINES = env_str("MT_MEDICINES", str(BASE_DIR / "interpretation" / "medicines.txt"))
# The live engine for every pair: auto (a real CTranslate2 model, else Apertium, else the
# test model), or one of ct2, apertium, llm.
MT_ENGINE = env_choice("MT_ENGINE", "auto", ["auto", "ct2", "apertium", "llm"])
# The better, slower engine whose translation replaces the live caption when it arrives:
# auto (the LLM where installed), llm, or none.
MT_QUALITY_ENGINE = env_choice("MT_QUALITY_ENGINE", "auto", ["auto", "llm", "none"])
# Which translation the listener hears: the fast one at once, or the better one later.
MT_SPEECH_FROM = env_choice("MT_SPEECH_FROM", "fast", ["fast", "quality"])
MT_LLM_DEVICE = env_choice("MT_LLM_DEVICE", "cpu", ["cpu", "cuda"])
MT_LLM_THREADS = env_int("MT_LLM_THREADS", 2, minimum=1)
TTS_THREADS = env_int("TTS_THREADS", 1, minimum=1)
# How much lower than ASR's the CPU priority of the work that follows a caption is (speech,
# revisions: nice steps, 0-19): on a small CPU a neural voice must not make captions late.
LANE_NICENESS = env_int("LANE_NICENESS", 5, minimum=0)
# Start early, commit late: at a short pause the connection asks a worker to recognise the
# utterance so far, and the cut that follows publishes it without recognising it again.
INTERPRETATION_DRAFTS = env_bool("INTERPRETATION_DRAFTS", True)
# With drafts: the worker tells the connection whether the draft's words end inside a clause
# ("allergic to"); the endpointer then keeps the pause open longer, and a turn the model
# heard finished is cut once those words say it may be (interpretation/clauses.py).
INTERPRETATION_CLAUSE_HOLD = env_bool("INTERPRETATION_CLAUSE_HOLD", True)
# Words while they are spoken: every half second of speech a worker recognises the utterance
# so far and its interim caption (never stored) goes to the speaker and, translated, to the
# others; it waits whenever a finished utterance needs the CPU.
INTERPRETATION_INTERIM = env_bool("INTERPRETATION_INTERIM", True)
# A Piper-format voice folder under MODELS_DIR/tts per language; others use espeak-ng.
# Cloning with the small test converter yields noise: only tests switch this on.
VOICE_CLONING_ALLOW_TEST_MODEL = env_bool("VOICE_CLONING_ALLOW_TEST_MODEL", False)
STOCK_VOICES = {"en": env_str("STOCK_VOICE_EN", "en_US-joe-medium"),
                "es": env_str("STOCK_VOICE_ES", "")}
# Spanish without a Piper voice speaks with Kokoro-82M (installed by `models install`) in
# one of its shipped speaker styles. bench/tts.py: Whisper base understood jf_gongitsune best
# (WER 0.033 on the development sentences, 0.081 held out; jm_kumo, the male style, 0.043 and
# 0.137; the other three 0.054-0.106 on development).
KOKORO_STYLES = ["jf_gongitsune", "jm_kumo", "jf_nezumi", "jf_tebukuro", "jf_alpha"]
KOKORO_STYLE = env_str("KOKORO_STYLE", "jf_gongitsune")
if KOKORO_STYLE not in KOKORO_STYLES:
    raise ImproperlyConfigured(f"KOKORO_STYLE must be one of {', '.join(KOKORO_STYLES)}, "
                               f"got {KOKORO_STYLE!r}")

# Staff pages speak English; a participant's pages speak their visit language.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español")]
LOCALE_PATHS = [BASE_DIR / "telehealth" / "locale"]
LOGIN_URL = "/signin/"
TIME_ZONE = "UTC"
# Visits are scheduled and listed in the clinic's zone (an IANA name); stored in UTC.
CLINIC_TIME_ZONE = env_time_zone("CLINIC_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True
STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise also serves collectstatic's output
# WhiteNoise serves the few static files from the apps directly: no collectstatic step,
# no separate web server needed for a small clinic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# Compliance review shows a visit's redacted transcript only where the clinic allows it
# and the speaker consented to keeping it. Kept transcripts go after this many days
# (`manage.py purge_transcripts`, run daily).
COMPLIANCE_SHOW_TRANSCRIPTS = env_bool("COMPLIANCE_SHOW_TRANSCRIPTS", False)
TRANSCRIPT_RETENTION_DAYS = env_int("TRANSCRIPT_RETENTION_DAYS", 30, minimum=1)
# A live visit nobody has been connected to for this long (a clinician who left without
# ending it) is ended by `purge_transcripts`, which then deletes its unconsented segments.
ABANDONED_VISIT_AFTER_MIN = env_int("ABANDONED_VISIT_AFTER_MIN", 60, minimum=1)

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["telehealth.api.auth.ParticipantSessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["telehealth.api.permissions.IsVerifiedStaff"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "EXCEPTION_HANDLER": "telehealth.api.errors.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Telehealth interpretation API",
    "VERSION": "1",
    "DESCRIPTION": "Visits, invitations, consent and sign-in for the web and headless clients.",
    "SERVE_INCLUDE_SCHEMA": False,
    # <id:…> (telehealth.converters): a primary key, never beyond a 64-bit integer
    "PATH_CONVERTER_OVERRIDES": {"id": {"type": "integer", "format": "int64", "minimum": 0,
                                        "maximum": 2**63 - 1}},
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # Daphne's runserver prints each request itself; don't print it twice.
    "loggers": {
        "django.channels.server": {"handlers": [], "propagate": False},
        # Presidio logs every call at INFO and warns about languages we do not load.
        "presidio-analyzer": {"level": "ERROR"},
    },
}
