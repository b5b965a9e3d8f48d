"""Every event a bank can receive is in the loans OpenAPI document's `webhooks`, as it is sent."""

import ast
import json
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

import loans
from chassis.webhook_receiver import Receiver, serving
from loans.partners.events import EVENTS, ApplicationReferred, EventType, notify_bank
from loans.partners.webhooks import envelope
from tests.factories import API, bank_officer, new_bank, referred
from tests.partners.test_webhooks import deliver_all

HEADERS = {"webhook-id", "webhook-timestamp", "webhook-signature"}


@pytest.fixture(scope="module")
def documented(app: FastAPI) -> dict[str, Any]:
    return dict(app.openapi()["webhooks"])


def test_every_event_type_is_documented_once(documented: dict[str, Any]) -> None:
    assert set(EVENTS) == set(EventType)
    assert sorted(documented) == sorted(EventType)


@pytest.mark.parametrize("event_type", list(EventType))
def test_an_entry_is_the_request_the_endpoint_receives(
        app: FastAPI, documented: dict[str, Any], event_type: EventType) -> None:
    operation = documented[event_type]["post"]
    assert operation["summary"] and operation["description"] == EVENTS[event_type].description
    assert {p["name"] for p in operation["parameters"] if p["in"] == "header" and p["required"]} == HEADERS
    body = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    schema = app.openapi()["components"]["schemas"][body]
    assert schema["required"] == ["type", "timestamp", "data"]
    assert schema["properties"]["type"]["const"] == event_type
    assert schema["properties"]["data"]["$ref"].endswith("/" + EVENTS[event_type].payload.__name__)
    assert "2xx" in operation["responses"]["200"]["description"]
    assert "same `webhook-id`" in operation["responses"]["default"]["description"]


def _notify_bank_calls() -> list[tuple[str, ast.expr]]:
    calls = []
    for path in Path(loans.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "notify_bank":
                calls.append((f"{path.name}:{node.lineno}", node.args[2]))
    return calls


def test_callers_name_event_types_never_spell_them() -> None:
    calls = _notify_bank_calls()
    assert len(calls) >= 4
    spelled = [where for where, event in calls if isinstance(event, ast.Constant | ast.JoinedStr | ast.BinOp)]
    assert spelled == []


async def test_an_event_with_another_types_payload_is_refused(app: FastAPI, client: httpx.AsyncClient) -> None:
    referral = ApplicationReferred(application_id=uuid.uuid4(), project_name="连樟村英德红茶种植",
                                   county_code="441881", amount_requested=Decimal("200000.00"),
                                   referred_at=datetime.now(UTC))
    async with app.state.sessionmaker() as session:
        with pytest.raises(TypeError):
            await notify_bank(session, uuid.uuid4(), EventType.claim_paid, referral)


async def test_what_is_sent_matches_what_is_documented(app: FastAPI, client: httpx.AsyncClient) -> None:
    bank_id = await new_bank(client)
    officer = bank_officer(bank_id)
    with serving(Receiver(secret="")) as receiver:
        registered = await client.put(f"{API}/webhooks/endpoint", json={"url": receiver.url},
                                      headers=officer.headers)
        receiver.secret = registered.json()["secret"]
        await referred(client, bank_id=bank_id)
        await client.post(f"{API}/webhooks/endpoint/test", headers=officer.headers)
        async with httpx.AsyncClient() as http:
            await deliver_all(app, http)
    bodies = [json.loads(d.body) for d in receiver.deliveries]
    assert sorted(b["type"] for b in bodies) == ["application.referred", "test.ping"]
    for body in bodies:
        event_type = EventType(body["type"])
        documented = envelope(event_type, EVENTS[event_type])
        documented.model_validate(body)
        assert set(body) == set(documented.model_fields)
        assert set(body["data"]) == set(EVENTS[event_type].payload.model_fields)
