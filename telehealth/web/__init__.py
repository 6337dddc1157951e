"""The web pages: clinician portal, patient browser session (compliance review is in audit)."""
