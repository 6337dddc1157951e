"""Django for a benchmark script run from the command line (``python bench/x.py``).

The scripts read settings (which models, which languages) but serve nothing; those that
also store nothing may run without the deployment's secrets, with throwaway ones.
"""

from __future__ import annotations

import base64
import os
import secrets


def setup_django(*, throwaway_secrets: bool = False) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "telehealth.settings")
    if throwaway_secrets:  # settings demand them; nothing is signed or stored with them
        os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(48))
        os.environ.setdefault("FIELD_ENCRYPTION_KEYS",
                              base64.urlsafe_b64encode(os.urandom(32)).decode())
    import django

    django.setup()
