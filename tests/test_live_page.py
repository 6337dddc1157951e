"""The live visit page as the server renders it: its navigation, its words in the page's
language, and the parts its scripts drive. The browser test (test_browser.py) runs them."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from django.test import Client

from audit.events import Actor
from telehealth import services
from telehealth.models import (
    CaptureMethod,
    ConsentDecision,
    ConsentScope,
    ConsentText,
    Participant,
    User,
    Visit,
)
from tests.conftest import verified_client
from tests.test_pages import patient_client


class _Elements(HTMLParser):
    """Every element's attributes by id, and the text of every link and button."""

    def __init__(self) -> None:
        super().__init__()
        self.by_id: dict[str, dict[str, str | None]] = {}
        self.scripts: list[str] = []
        self.styles: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        if named.get("id"):
            self.by_id[str(named["id"])] = named | {"tag": tag}
        if tag == "script" and named.get("src"):
            self.scripts.append(str(named["src"]))
        if tag == "link" and named.get("rel") == "stylesheet":
            self.styles.append(str(named["href"]))


def _elements(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    return parser


def _consent(participant: Participant, language: str) -> None:
    services.consent_record(
        participant=participant, scope=ConsentScope.INTERPRETATION,
        decision="granted",  # type: ignore[arg-type]
        captured_via=CaptureMethod.JOIN_PAGE, actor=Actor.for_participant(participant),
        consent_text=ConsentText.objects.get(scope="interpretation", language_id=language))


@pytest.fixture
def live(visit: Visit) -> Visit:
    Visit.objects.filter(pk=visit.pk).update(status="live")
    for participant in visit.participants.all():
        _consent(participant, participant.language_id)
    return visit


@pytest.mark.django_db
def test_the_clinicians_live_page_links_back_to_the_visit_and_to_sign_out(
        clinician: User, live: Visit) -> None:
    page = verified_client(clinician, Client).get(f"/visits/{live.pk}/live/")
    assert page.status_code == 200
    html = page.content.decode()
    found = _elements(html)
    assert found.by_id["back-to-visit"]["href"] == f"/visits/{live.pk}/"
    assert 'action="/signout/"' in html and "Sign out (" in html
    assert "end-visit" in found.by_id  # ending stays an explicit button of its own
    names = [src.rsplit("/", 1)[-1] for src in found.scripts]
    assert [name for name in names if name.startswith("live")] == [  # in this order
        "live-captions.js", "live-devices.js", "live-audio.js", "live.js"]
    assert any(href.endswith("interpretation/live.css") for href in found.styles)


@pytest.mark.django_db
def test_the_patients_live_page_speaks_spanish_and_has_no_decline_words(
        live: Visit) -> None:
    patient = live.participants.get(role="patient")
    page = patient_client(patient).get(f"/visit/{live.pk}/", HTTP_ACCEPT_LANGUAGE="en-US")
    assert page.status_code == 200
    html = page.content.decode()
    strings = page.context["config"]["strings"]
    assert strings["presence_reconnecting"] == "{who} se está reconectando…"
    assert strings["who_clinician"] == "El/la profesional de salud"
    assert strings["interpreter_requested_by"] == "{who} pidió un intérprete humano."
    assert "{seconds}" in strings["audio_lost"] and strings["audio_lost"].startswith("Unos")
    assert strings["gap_network"] == \
        "Parte de la conversación se perdió durante un corte de conexión."
    found = _elements(html)
    # Shown after the patient stops interpretation here: what happened, not a refusal.
    assert "hidden" in found.by_id["stopped"]
    assert "Interpretación automática detenida a petición suya" in html
    assert "No aceptó" not in html
    # The device check and the caption size control, in Spanish.
    assert "Probar mi micrófono" in html and "Reproducir un sonido de prueba" in html
    assert found.by_id["mic-level"]["tag"] == "meter"
    assert "Tamaño de los subtítulos" in html
    assert "back-to-visit" not in found.by_id  # the portal's navigation is for staff


@pytest.mark.django_db
@pytest.mark.parametrize(("decision", "expected", "not_expected"), [
    ("revoked", "Usted detuvo la interpretación automática", "No aceptó"),
    ("declined", "No aceptó la interpretación automática", "Usted detuvo"),
])
def test_a_patient_who_reloads_without_consent_reads_what_they_decided(
        live: Visit, decision: str, expected: str, not_expected: str) -> None:
    patient = live.participants.get(role="patient")
    services.consent_record(
        participant=patient, scope=ConsentScope.INTERPRETATION,
        decision=ConsentDecision(decision),
        captured_via=CaptureMethod.JOIN_PAGE, actor=Actor.for_participant(patient),
        consent_text=ConsentText.objects.get(scope="interpretation", language_id="es"))
    html = patient_client(patient).get(f"/visit/{live.pk}/").content.decode()
    assert expected in html and not_expected not in html


@pytest.mark.django_db
def test_the_page_is_handed_the_close_codes_and_its_scripts_repeat_none(
        live: Visit, clinician: User) -> None:
    """Close codes are defined once (``interpretation.protocol.CLOSE``): the page reads them
    from its config, so no script may spell one out."""
    import json
    import re
    from pathlib import Path

    from interpretation.protocol import CLOSE

    html = verified_client(clinician, Client).get(f"/visits/{live.pk}/live/").content.decode()
    config = re.search(r'<script id="live-config" type="application/json">(.*?)</script>',
                       html, re.S)
    assert config is not None
    assert json.loads(config.group(1))["closeCodes"] == CLOSE
    scripts = Path(__file__).resolve().parent.parent / "interpretation" / "static"
    for script in scripts.rglob("*.js"):
        repeated = {code for code in CLOSE.values() if str(code) in script.read_text()}
        assert not repeated, f"{script.name} repeats close codes {sorted(repeated)}"
