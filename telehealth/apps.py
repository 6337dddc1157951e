from django.apps import AppConfig


class TelehealthConfig(AppConfig):
    name = "telehealth"
    verbose_name = "Visits and consent"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in, user_logged_out

        import telehealth.api.schema  # noqa: F401  (registers the OpenAPI auth extensions)
        from telehealth.auth import on_user_logged_in, on_user_logged_out

        # Sign-ins through the admin site and the API are audited the same way.
        user_logged_in.connect(on_user_logged_in, dispatch_uid="telehealth.audit_signin")
        user_logged_out.connect(on_user_logged_out, dispatch_uid="telehealth.audit_signout")
