"""ASGI entry point: HTTP through Django, websockets through Channels.

Django is initialised before anything imports models. Websocket routes are
wrapped outside-in: origin check (its refusals audited), then session authentication,
then routing.
"""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "telehealth.settings")
django_asgi_app = get_asgi_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402  (needs Django set up)
from channels.routing import ChannelNameRouter, ProtocolTypeRouter, URLRouter  # noqa: E402

from interpretation.routing import AuditedOriginValidator, websocket_urlpatterns  # noqa: E402
from interpretation.worker import InterpretationWorker  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        "websocket": AuditedOriginValidator(
            AuthMiddlewareStack(URLRouter(websocket_urlpatterns))
        ),
        # `manage.py runworker interpretation` serves this channel.
        "channel": ChannelNameRouter({"interpretation": InterpretationWorker.as_asgi()}),
    }
)
