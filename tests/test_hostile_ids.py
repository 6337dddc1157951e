"""Ids no row can have (beyond a 64-bit integer, or not a number) and paths that name
nothing: a 404, or on a websocket the documented 4404 "no such visit", never a 500 or a
traceback; and the refusal is audited (issue 12, defect 10)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from asgiref.sync import async_to_sync
from channels.testing import WebsocketCommunicator
from django.test import Client

from audit.events import AuditEvent
from audit.models import AuditEntry
from interpretation import tokens
from telehealth.asgi import application
from telehealth.models import Participant, User
from tests.conftest import entries, make_staff, verified_client
from tests.test_pages import patient_client

TOO_BIG = "99999999999999999999"  # 20 digits
JUST_TOO_BIG = "9223372036854775808"  # 2**63: as many digits as the largest bigint
LARGEST = "9223372036854775807"  # 2**63 - 1: a possible id, merely absent

CLINICIAN_PATHS = ["/api/visits/{id}/", "/api/patients/{id}/", "/api/visits/{id}/consents/",
                   "/api/visits/{id}/segments/", "/visits/{id}/", "/visits/{id}/live/"]


@pytest.mark.django_db
@pytest.mark.parametrize("bad_id", [TOO_BIG, JUST_TOO_BIG])
@pytest.mark.parametrize("path", CLINICIAN_PATHS)
def test_an_id_beyond_any_row_is_an_audited_404(clinician: User, path: str,
                                                 bad_id: str) -> None:
    client = verified_client(clinician, Client)
    response = client.get(path.format(id=bad_id))
    assert response.status_code == 404
    [refusal] = entries(AuditEvent.ACCESS_DENIED)
    assert (refusal.actor_kind, refusal.actor_id) == ("user", clinician.pk)
    assert refusal.visit_id is None and refusal.patient_id is None
    assert bad_id not in str(refusal.metadata)


@pytest.mark.django_db
def test_the_apis_404_speaks_json(clinician: User) -> None:
    response = verified_client(clinician, Client).get(f"/api/visits/{TOO_BIG}/")
    assert response.status_code == 404 and response.json()["code"] == "not_found"


@pytest.mark.django_db
@pytest.mark.parametrize("method,path", [
    ("post", "/visits/{id}/start/"), ("post", "/visits/{id}/consent/"),
    ("post", "/api/visits/{id}/end/"), ("get", "/compliance/visits/{id}/")])
def test_every_kind_of_route_refuses_an_impossible_id(clinician: User, compliance_officer: User,
                                                      method: str, path: str) -> None:
    user = compliance_officer if path.startswith("/compliance/") else clinician
    response = getattr(verified_client(user, Client), method)(path.format(id=TOO_BIG))
    assert response.status_code == 404
    assert len(entries(AuditEvent.ACCESS_DENIED, actor_id=user.pk)) == 1


@pytest.mark.django_db
def test_a_patients_impossible_visit_is_an_audited_404(patient_participant: Participant) -> None:
    response = patient_client(patient_participant).get(f"/visit/{TOO_BIG}/")
    assert response.status_code == 404
    [refusal] = entries(AuditEvent.ACCESS_DENIED)
    assert (refusal.actor_kind, refusal.actor_id) == ("participant", patient_participant.pk)


@pytest.mark.django_db
def test_the_largest_possible_id_is_looked_up_as_usual(clinician: User) -> None:
    response = verified_client(clinician, Client).get(f"/api/visits/{LARGEST}/")
    assert response.status_code == 404
    [refusal] = entries(AuditEvent.ACCESS_DENIED)
    assert refusal.visit_id == int(LARGEST)  # the view's own refusal, with the id it sought


@pytest.mark.django_db
def test_a_stray_path_outside_the_app_is_not_audited() -> None:
    assert Client().get("/favicon.ico").status_code == 404
    assert AuditEntry.objects.count() == 0


# --- websockets --------------------------------------------------------------------------

@pytest.fixture
def live_db(audit_flushable: None, django_db_serialized_rollback: None,
            transactional_db: None) -> Iterator[None]:
    yield


async def _close_code(path: str, headers: list[tuple[bytes, bytes]]) -> tuple[bool, Any]:
    communicator = WebsocketCommunicator(application, path, headers=headers)
    connected, code = await communicator.connect()
    if connected:
        message = await communicator.receive_output(timeout=5)
        assert message["type"] == "websocket.close"
        code = message["code"]
    await communicator.disconnect()
    return connected, code


@pytest.mark.parametrize("path", [f"/ws/visits/{TOO_BIG}/", f"/ws/visits/{JUST_TOO_BIG}/",
                                  "/ws/visits/abc/", "/ws/visits/", "/ws/elsewhere/",
                                  "/nothing"])
def test_a_websocket_path_naming_no_visit_closes_4404(live_db: None, path: str) -> None:
    _, code = async_to_sync(_close_code)(path, [(b"origin", b"http://localhost")])
    assert code == 4404
    [refusal] = AuditEntry.objects.filter(event=AuditEvent.LIVE_REFUSED)
    assert refusal.metadata["reason"] == "no_visit" and refusal.visit_id is None
    assert refusal.actor_kind == "anonymous"


def test_a_signed_in_callers_bad_websocket_path_is_audited_as_them(live_db: None) -> None:
    clinician = make_staff("dr.hostile", "clinician")
    client = verified_client(clinician, Client)
    cookie = f"sessionid={client.cookies['sessionid'].value}".encode()
    _, code = async_to_sync(_close_code)(f"/ws/visits/{TOO_BIG}/", [
        (b"origin", b"http://localhost"), (b"cookie", cookie)])
    assert code == 4404
    [refusal] = AuditEntry.objects.filter(event=AuditEvent.LIVE_REFUSED)
    assert (refusal.actor_kind, refusal.actor_id) == ("user", clinician.pk)


def test_a_token_on_an_impossible_visit_closes_4404(live_db: None) -> None:
    token = tokens.issue(1, 1)
    _, code = async_to_sync(_close_code)(f"/ws/visits/{TOO_BIG}/", [
        (b"origin", b"http://localhost"), (b"authorization", f"Bearer {token}".encode())])
    assert code == 4404


def test_a_visit_id_in_range_still_reaches_the_visit_consumer(live_db: None) -> None:
    _, code = async_to_sync(_close_code)(f"/ws/visits/{LARGEST}/",
                                         [(b"origin", b"http://localhost")])
    assert code == 4401  # the consumer's own first check: no credentials
