"""The Flask, FastAPI and Django webhook examples, driven through each framework's own test client."""

from __future__ import annotations

import importlib.util
import json
import sys
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from dispatch.webhooks import (
    SIGNATURE_HEADER,
    CommentCreatedEvent,
    TicketCreatedEvent,
    TicketUpdatedEvent,
    WebhookEvent,
    generate_signature,
)

EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "examples"
SECRET = "whsec_examples_test"
ENV_SECRET = "DISPATCH_WEBHOOK_SECRET"


def load_example(name: str) -> ModuleType:
    """Import ``examples/<name>.py`` (examples/ is not a package) once per session."""
    module_name = f"_dispatch_example_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, EXAMPLES_DIR / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # before exec: Django resolves ROOT_URLCONF by this name
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[module_name]
        raise
    return module


def without_key(payload: dict[str, Any], key: str) -> dict[str, Any]:
    return {name: value for name, value in payload.items() if name != key}


def envelope(event: str, data: dict[str, Any], *, timestamp: datetime | None = None) -> dict[str, Any]:
    return {
        "id": f"evt_{event.replace('.', '_')}",
        "event": event,
        "brand_id": "br_acme",
        "data": data,
        "timestamp": (timestamp or datetime.now(UTC)).isoformat().replace("+00:00", "Z"),
    }


TICKET_CREATED_DATA = {
    "id": "tkt_8f2k1",
    "ticketNumber": 1042,
    "title": "Cannot log in after password reset",
    "status": "open",
    "priority": "high",
    "source": "email",
    "createdAt": "2025-01-15T10:30:00.000Z",
    "customerId": "cus_77",
    "customerEmail": "jane@example.com",
    "customerName": "Jane Doe",
}
TICKET_UPDATED_DATA = {
    "id": "tkt_8f2k1",
    "ticketNumber": 1042,
    "title": "Cannot log in after password reset",
    "status": "resolved",
    "priority": "high",
    "assigneeId": "usr_agent_3",
    "updatedAt": "2025-01-15T11:02:00.000Z",
    "changes": ["status"],
    "customerId": "cus_77",
    "customerEmail": "jane@example.com",
    "customerName": "Jane Doe",
}
COMMENT_CREATED_DATA = {
    "ticketId": "tkt_8f2k1",
    "ticketNumber": "ACME-1042",
    "customerId": None,
    "customerEmail": None,
    "customerName": None,
    "comment": {
        "id": "cmt_5521",
        "body": "Still failing, see screenshot.",
        "authorId": None,
        "authorType": "CUSTOMER",
        "createdAt": "2025-01-15T10:31:00.000Z",
    },
}


def signed(payload: dict[str, Any], secret: str = SECRET) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(payload).encode()
    return body, {SIGNATURE_HEADER: generate_signature(body, secret)}


@dataclass
class Response:
    status: int
    json: Any


@dataclass
class ExampleApp:
    """One framework's example behind a common face, so every case runs against all three."""

    module: ModuleType
    post: Callable[[bytes, dict[str, str]], Response]
    get: Callable[[], int]

    @property
    def received(self) -> list[Any]:
        return self.module.received_events  # type: ignore[no-any-return]


def flask_app() -> ExampleApp:
    pytest.importorskip("flask")
    module = load_example("flask_webhook")
    client = module.app.test_client()

    def post(body: bytes, headers: dict[str, str]) -> Response:
        response = client.post("/webhooks", data=body, headers=headers, content_type="application/json")
        return Response(response.status_code, response.get_json())

    return ExampleApp(module, post, lambda: client.get("/webhooks").status_code)


def fastapi_app() -> ExampleApp:
    pytest.importorskip("fastapi")
    pytest.importorskip("httpx")  # fastapi.testclient needs it
    with warnings.catch_warnings():
        # Starlette >= 1.x asks for `httpx2` instead of `httpx` in its TestClient; not this SDK's concern.
        warnings.filterwarnings(
            "ignore", message="Using `httpx` with `starlette.testclient`", category=UserWarning
        )
        from fastapi.testclient import TestClient

    module = load_example("fastapi_webhook")
    client = TestClient(module.app)

    def post(body: bytes, headers: dict[str, str]) -> Response:
        response = client.post(
            "/webhooks", content=body, headers={**headers, "Content-Type": "application/json"}
        )
        return Response(response.status_code, response.json())

    return ExampleApp(module, post, lambda: client.get("/webhooks").status_code)


def django_app() -> Iterator[ExampleApp]:
    pytest.importorskip("django")
    import django
    from django.test import Client, override_settings

    module = load_example("django_webhook")  # configures Django itself unless something already did
    django.setup()
    # enforce_csrf_checks: the real CSRF middleware runs, so this also proves the view is csrf_exempt.
    client = Client(enforce_csrf_checks=True)

    def post(body: bytes, headers: dict[str, str]) -> Response:
        response = client.post("/webhooks", data=body, content_type="application/json", headers=headers)
        return Response(response.status_code, json.loads(response.content))

    with override_settings(ROOT_URLCONF=module.__name__, ALLOWED_HOSTS=["testserver"]):
        yield ExampleApp(module, post, lambda: client.get("/webhooks").status_code)


@pytest.fixture(params=["flask", "fastapi", "django"])
def example(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[ExampleApp]:
    monkeypatch.setenv(ENV_SECRET, SECRET)
    if request.param == "django":
        apps: Iterator[ExampleApp] = django_app()
    else:
        apps = iter([flask_app() if request.param == "flask" else fastapi_app()])
    app = next(apps)
    app.received.clear()
    yield app
    app.received.clear()
    next(apps, None)  # leaves override_settings for Django


def test_ticket_created_is_accepted_and_typed(
    example: ExampleApp, capsys: pytest.CaptureFixture[str]
) -> None:
    body, headers = signed(envelope("ticket.created", TICKET_CREATED_DATA))
    response = example.post(body, headers)
    assert response.status == 200
    assert response.json == {"received": True, "id": "evt_ticket_created"}
    [event] = example.received
    assert isinstance(event, TicketCreatedEvent)
    assert (event.data.ticket_number, event.data.priority, event.data.customer_email) == (
        1042,
        "high",
        "jane@example.com",
    )
    assert "New ticket #1042: 'Cannot log in after password reset' (high)" in capsys.readouterr().out


def test_ticket_updated_is_accepted_and_typed(example: ExampleApp) -> None:
    response = example.post(*signed(envelope("ticket.updated", TICKET_UPDATED_DATA)))
    assert response.status == 200
    [event] = example.received
    assert isinstance(event, TicketUpdatedEvent)
    assert event.data.changes == ["status"]


def test_comment_created_is_accepted_and_typed(
    example: ExampleApp, capsys: pytest.CaptureFixture[str]
) -> None:
    response = example.post(*signed(envelope("ticket.comment.created", COMMENT_CREATED_DATA)))
    assert response.status == 200
    [event] = example.received
    assert isinstance(event, CommentCreatedEvent)
    assert event.data.ticket_number == "ACME-1042"
    assert event.data.comment.author_type == "CUSTOMER"
    assert "New comment on ACME-1042 by CUSTOMER" in capsys.readouterr().out


def test_other_documented_event_is_accepted_generic(example: ExampleApp) -> None:
    response = example.post(*signed(envelope("attachment.created", {"id": "att_1", "ticketId": "tkt_8f2k1"})))
    assert response.status == 200
    [event] = example.received
    assert type(event) is WebhookEvent
    assert event.data["id"] == "att_1"


def test_wrong_secret_is_rejected(example: ExampleApp) -> None:
    body, headers = signed(envelope("ticket.created", TICKET_CREATED_DATA), secret="whsec_someone_else")
    response = example.post(body, headers)
    assert response.status == 400
    assert response.json == {"error": "invalid signature"}
    assert example.received == []


def test_missing_signature_is_rejected(example: ExampleApp) -> None:
    body, _ = signed(envelope("ticket.created", TICKET_CREATED_DATA))
    assert example.post(body, {}).status == 400
    assert example.post(body, {SIGNATURE_HEADER: "sha256=not-hex"}).status == 400
    assert example.received == []


def test_tampered_body_is_rejected(example: ExampleApp) -> None:
    body, headers = signed(envelope("ticket.created", TICKET_CREATED_DATA))
    response = example.post(body.replace(b'"high"', b'"low"'), headers)
    assert response.status == 400
    assert example.received == []


def test_reserialised_body_is_rejected(example: ExampleApp) -> None:
    body, headers = signed(envelope("ticket.created", TICKET_CREATED_DATA))
    compact = json.dumps(json.loads(body), separators=(",", ":")).encode()
    assert compact != body
    assert example.post(compact, headers).status == 400


def test_stale_delivery_is_rejected(example: ExampleApp) -> None:
    old = datetime.now(UTC) - timedelta(hours=1)
    response = example.post(*signed(envelope("ticket.created", TICKET_CREATED_DATA, timestamp=old)))
    assert response.status == 400
    assert example.received == []


def test_signed_malformed_envelope_is_rejected_with_the_reason(example: ExampleApp) -> None:
    response = example.post(*signed({**envelope("ticket.created", TICKET_CREATED_DATA), "data": [1, 2]}))
    assert response.status == 400
    assert "'data' must be an object, got array" in response.json["error"]
    response = example.post(*signed(without_key(envelope("ticket.created", TICKET_CREATED_DATA), "id")))
    assert response.status == 400
    assert "missing 'id'" in response.json["error"]
    assert example.received == []


def test_unknown_signed_event_is_acknowledged(
    example: ExampleApp, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 12 item 1 ("done when"): an event the SDK does not know gets a 2xx, not a 400 that makes the
    service retry and finally disable the endpoint. It answered 400 before."""
    data = {"id": "tkt_8f2k1", "archivedBy": {"id": "usr_1"}, "reason": 3}
    response = example.post(*signed(envelope("ticket.archived", data)))
    assert response.status == 200
    assert response.json == {"received": True, "id": "evt_ticket_archived"}
    [event] = example.received
    assert type(event) is WebhookEvent
    assert (event.event, event.is_known_event, event.data) == ("ticket.archived", False, data)
    assert "Received ticket.archived (evt_ticket_archived), not handled" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("name", "data", "unreadable"),
    [
        ("ticket.created", {**TICKET_CREATED_DATA, "ticketNumber": "ACME-1042"}, ("ticketNumber",)),
        ("ticket.updated", {**TICKET_UPDATED_DATA, "changes": "status"}, ("changes",)),
        ("ticket.comment.created", {**COMMENT_CREATED_DATA, "comment": "deleted"}, ("comment",)),
    ],
)
def test_signed_event_with_changed_data_is_acknowledged_and_typed(
    example: ExampleApp, name: str, data: dict[str, Any], unreadable: tuple[str, ...]
) -> None:
    """A known event whose data changed shape is handled as its typed event (it answered 400 before)."""
    response = example.post(*signed(envelope(name, data)))
    assert response.status == 200
    [event] = example.received
    assert type(event).__name__ != "WebhookEvent"
    assert event.unreadable == unreadable
    assert event.raw["data"] == data


def test_secret_is_read_per_request(example: ExampleApp, monkeypatch: pytest.MonkeyPatch) -> None:
    payload = envelope("ticket.created", TICKET_CREATED_DATA)
    monkeypatch.setenv(ENV_SECRET, "whsec_rotated")
    assert example.post(*signed(payload)).status == 400
    assert example.post(*signed(payload, secret="whsec_rotated")).status == 200


def test_demo_secret_fallback(example: ExampleApp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_SECRET)
    response = example.post(
        *signed(envelope("ticket.created", TICKET_CREATED_DATA), secret=example.module.DEMO_SECRET)
    )
    assert response.status == 200


def test_only_post_is_allowed(example: ExampleApp) -> None:
    assert example.get() == 405
