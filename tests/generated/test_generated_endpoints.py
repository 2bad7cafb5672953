"""The generated low-level client, operation by operation, through httpx.MockTransport.

For every operation of the document: the generated ``sync_detailed`` sends the documented method and
path with the right auth, and the documented example of its success response parses into the model
the document names. Plus the template changes: per-request headers and timeout, statuses outside
``http.HTTPStatus``, unknown enum values and unknown fields from the server.
"""

from __future__ import annotations

import importlib
import inspect
import json
import typing
from http import HTTPStatus
from pathlib import Path
from typing import Any

from tests._engine import httpx
import pytest
import yaml

from dispatch_tickets_api import AuthenticatedClient, Client, models
from dispatch_tickets_api.api.tickets import create_ticket, get_ticket
from dispatch_tickets_api.models import CreateTicketInput, Ticket, TicketStatus
from dispatch_tickets_api.types import Unset

DOCUMENT = Path(__file__).resolve().parents[2] / "openapi" / "dispatch-tickets.yaml"
SPEC: dict[str, Any] = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
BASE_URL = "https://api.test/v1"
TOKEN = "sk_test_generated"


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def operations() -> list[Any]:
    found = []
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            if method in {"get", "post", "put", "patch", "delete"}:
                found.append(pytest.param(method.upper(), path, op, id=op["operationId"]))
    return found


def success(op: dict[str, Any]) -> tuple[int, Any]:
    """The first documented 2xx status and its example body (None for a 204)."""
    for status, response in sorted(op["responses"].items()):
        if status.startswith("2"):
            content = resolve(response).get("content", {}).get("application/json")
            return int(status), None if content is None else content["example"]
    raise AssertionError("no success response")


def path_value(name: str) -> str:
    return "ticket" if name == "entityType" else f"{name}-1"


def body_argument(module: Any, op: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(module.sync_detailed)
    if "body" not in hints:
        return {}
    example = op["requestBody"]["content"]["application/json"]["example"]
    model = next(t for t in typing.get_args(hints["body"]) or (hints["body"],) if t is not Unset)
    return {"body": model.from_dict(example)}


def required_query(op: dict[str, Any]) -> dict[str, Any]:
    params = [resolve(p) for p in op.get("parameters", [])]
    return {p["name"]: "jane" for p in params if p["in"] == "query" and p.get("required")}


@pytest.mark.parametrize(("method", "path", "op"), operations())
def test_every_operation_on_the_wire_and_its_example_parses(
    method: str, path: str, op: dict[str, Any]
) -> None:
    module = importlib.import_module(f"dispatch_tickets_api.api.{op['tags'][0]}.{op['operationId']}")
    status, example = success(op)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if example is None:
            return httpx.Response(status)
        return httpx.Response(status, json=example)

    secured = bool(op["security"])
    client_class = AuthenticatedClient if secured else Client
    kwargs: dict[str, Any] = {"base_url": BASE_URL, "httpx_args": {"transport": httpx.MockTransport(handler)}}
    client = client_class(token=TOKEN, **kwargs) if secured else client_class(**kwargs)
    path_names = [
        p.name
        for p in inspect.signature(module.sync_detailed).parameters.values()
        if p.kind is p.POSITIONAL_OR_KEYWORD
    ]
    spec_names = [resolve(p)["name"] for p in op.get("parameters", []) if resolve(p)["in"] == "path"]
    args = [path_value(name) for name in spec_names]
    assert len(args) == len(path_names)
    query = required_query(op)
    response = module.sync_detailed(
        *args, client=client, **body_argument(module, op), **({"q": query["q"]} if "q" in query else {})
    )

    (request,) = seen
    expected_path = "/v1" + path
    for name in spec_names:
        expected_path = expected_path.replace("{" + name + "}", path_value(name))
    assert (request.method, request.url.path) == (method, expected_path)
    assert request.headers.get("authorization") == (f"Bearer {TOKEN}" if secured else None)
    assert response.status_code == status
    if example is None:
        assert response.parsed is None
        return
    schema = resolve(op["responses"][str(status)])["content"]["application/json"]["schema"]
    if schema.get("type") == "array":
        model = getattr(models, schema["items"]["$ref"].rsplit("/", 1)[-1])
        assert isinstance(response.parsed, list)
        assert all(isinstance(item, model) for item in response.parsed)
        assert len(response.parsed) == len(example)
    else:
        model = getattr(models, schema["$ref"].rsplit("/", 1)[-1])
        assert isinstance(response.parsed, model)
        assert set(response.parsed.to_dict()) == set(example), "every field of the example was parsed"


TICKET = json.loads(
    json.dumps(
        SPEC["paths"]["/brands/{brandId}/tickets/{ticketId}"]["get"]["responses"]["200"]["content"][
            "application/json"
        ]["example"]
    )
)


def client_answering(
    response: httpx.Response, seen: list[httpx.Request] | None = None
) -> AuthenticatedClient:
    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return response

    return AuthenticatedClient(
        base_url=BASE_URL, token=TOKEN, httpx_args={"transport": httpx.MockTransport(handler)}
    )


def test_per_request_headers_and_timeout_reach_the_wire() -> None:
    seen: list[httpx.Request] = []
    client = client_answering(httpx.Response(201, json=TICKET), seen)
    create_ticket.sync_detailed(
        "br_1",
        client=client,
        body=CreateTicketInput(title="x"),
        extra_headers={"X-Trace": "t-1"},
        timeout=2.5,
    )
    assert seen[0].headers["x-trace"] == "t-1"
    assert seen[0].headers["content-type"] == "application/json"
    assert seen[0].extensions["timeout"] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}


@pytest.mark.parametrize("status", [520, 299, 599])
def test_status_outside_httpstatus_survives_as_an_int(status: int) -> None:
    response = get_ticket.sync_detailed(
        "br_1", "tkt_1", client=client_answering(httpx.Response(status, text="<html>CDN</html>"))
    )
    assert response.status_code == status
    assert not isinstance(response.status_code, HTTPStatus)
    assert response.parsed is None
    assert response.content == b"<html>CDN</html>"


def test_known_status_is_an_httpstatus() -> None:
    response = get_ticket.sync_detailed(
        "br_1", "tkt_1", client=client_answering(httpx.Response(200, json=TICKET))
    )
    assert response.status_code is HTTPStatus.OK


def test_error_page_that_is_not_json_keeps_its_status() -> None:
    response = get_ticket.sync_detailed(
        "br_1", "tkt_1", client=client_answering(httpx.Response(500, text="oops"))
    )
    assert (response.status_code, response.parsed) == (500, None)


def test_unknown_enum_value_and_unknown_field_still_parse() -> None:
    body = {**TICKET, "status": "on_hold", "sla": {"breached": False}}
    ticket = get_ticket.sync_detailed(
        "br_1", "tkt_1", client=client_answering(httpx.Response(200, json=body))
    ).parsed
    assert isinstance(ticket, Ticket)
    assert ticket.status == "on_hold"
    assert isinstance(ticket.status, TicketStatus)
    assert ticket.status.is_known is False
    assert TicketStatus.OPEN.is_known is True
    assert ticket.additional_properties["sla"] == {"breached": False}
    assert ticket.to_dict()["status"] == "on_hold"


def test_requests_still_validate_enums() -> None:
    assert TicketStatus.checked("open") is TicketStatus.OPEN
    with pytest.raises(ValueError, match="on_hold"):
        TicketStatus.checked("on_hold")


@pytest.mark.parametrize(
    ("value", "encoded"),
    [("../x", "..%2Fx"), ("..", "%2E%2E"), (".", "%2E"), ("a b", "a%20b"), ("a?b#c", "a%3Fb%23c")],
)
def test_path_parameters_cannot_escape_their_segment(value: str, encoded: str) -> None:
    seen: list[httpx.Request] = []
    get_ticket.sync_detailed("br_1", value, client=client_answering(httpx.Response(200, json=TICKET), seen))
    assert seen[0].url.raw_path == f"/v1/brands/br_1/tickets/{encoded}".encode()


def test_empty_path_parameter_is_refused() -> None:
    with pytest.raises(ValueError, match="ticket_id must not be empty"):
        get_ticket.sync_detailed("br_1", "", client=client_answering(httpx.Response(200, json=TICKET)))


def test_credential_fields_are_kept_out_of_reprs() -> None:
    from datetime import UTC, datetime

    from dispatch_tickets_api.models import (
        ApiKeyWithSecret,
        CreateWebhookInput,
        PortalToken,
        PortalVerifyInput,
    )

    now = datetime(2026, 1, 1, tzinfo=UTC)
    values = [
        PortalToken(token="pt_SECRET", expires_at=now, customer_id="cus_1", email="a@example.com"),
        ApiKeyWithSecret.from_dict(
            {"id": "key_1", "name": "n", "keyPreview": "sk_live_…", "allBrands": True, "brandIds": [],
             "createdAt": now.isoformat(), "key": "sk_live_SECRET"}
        ),
        CreateWebhookInput(url="https://x.example", secret="whsec_SECRET", events=[]),
        PortalVerifyInput(token="ml_SECRET"),
    ]  # fmt: skip
    for value in values:
        assert "SECRET" not in repr(value)
        assert "SECRET" in json.dumps(value.to_dict())  # still sent on the wire
