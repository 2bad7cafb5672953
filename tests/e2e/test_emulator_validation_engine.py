"""The compiled validation fast path (dispatch/testing/_compiled.py) against openapi-core, its authority.

The fast path may only *confirm*: it must never accept a request or a response that openapi-core
rejects, and where it accepts a request it must unmarshal it exactly as openapi-core does. A fast path
that accepted everything would silently switch strict mode off, so these tests feed it, for every
operation of the document, what must be refused; and they check that ordinary traffic really takes the
fast path (otherwise the emulator is correct but slow again).
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from starlette.datastructures import Headers, QueryParams

from dispatch.testing import Emulator
from dispatch.testing._compiled import FastRequests
from dispatch.testing._errors import ApiError
from dispatch.testing._spec import Operation, load_spec
from dispatch.testing._validation import CROSSCHECK_ENV, Validator

pytestmark = pytest.mark.e2e

SPEC = load_spec()
# openapi-core checks no parameter of a request without credentials; the app answers those 401 first
AUTH = {"authorization": "Bearer sk_test_x"}
JSON_HEADERS = Headers({"content-type": "application/json", "x-request-id": "req_1"})


def _response_statuses_with_json(op: Operation) -> list[int]:
    return sorted(op.body_statuses)


def _fast() -> FastRequests:
    return FastRequests(SPEC)


@pytest.mark.parametrize("op", SPEC.operations, ids=lambda op: op.operation_id)
def test_no_response_body_of_the_wrong_shape_passes_the_fast_path(op: Operation) -> None:
    fast = _fast()
    for status in _response_statuses_with_json(op):
        for wrong in (b'"a string"', b"[]", b"42", b"null", b"{}"):
            conforms = fast.response(op, status, wrong, JSON_HEADERS)
            if conforms:  # only a schema that really allows it (an object without required properties)
                assert (
                    Validator(SPEC).slow_response(
                        op,
                        host_url="http://e/",
                        path="/v1" + op.path,
                        path_params={},
                        status=status,
                        body=wrong,
                        headers=JSON_HEADERS,
                    )
                    == []
                ), f"{op.operation_id} {status} accepted {wrong!r}"


@pytest.mark.parametrize("op", SPEC.operations, ids=lambda op: op.operation_id)
def test_undocumented_statuses_bodies_where_none_and_wrong_media_types_never_pass(op: Operation) -> None:
    fast = _fast()
    assert not fast.response(op, 418, b"{}", JSON_HEADERS)
    for status in op.statuses - op.body_statuses:
        assert not fast.response(op, status, b'{"unexpected":true}', JSON_HEADERS)
    for status in op.body_statuses:
        assert not fast.response(op, status, b'{"id":"x"}', Headers({"content-type": "text/plain"}))
        assert not fast.response(op, status, b"", JSON_HEADERS)


def test_response_headers_are_checked_on_the_fast_path() -> None:
    op = SPEC.operation("get_account")
    body = json.dumps(
        {
            "id": "acc_1",
            "stackbeCustomerId": "cus_1",
            "stackbeOrganizationId": "org_1",
            "createdAt": "2024-03-12T09:14:22.000Z",
            "updatedAt": "2024-03-12T09:14:22.000Z",
        }
    ).encode()
    fast = _fast()
    good = {"content-type": "application/json", "x-request-id": "req_1", "x-ratelimit-limit": "100"}
    assert fast.response(op, 200, body, Headers(good))  # the ordinary case takes the fast path
    assert not fast.response(op, 200, body, Headers({**good, "x-ratelimit-limit": "many"}))
    assert not fast.response(op, 200, body.replace(b"2024-03-12T09", b"yesterday "), Headers(good))


@pytest.mark.parametrize("op", [op for op in SPEC.operations if op.method in ("POST", "PATCH", "PUT")])
def test_no_request_body_of_the_wrong_shape_passes_the_fast_path(op: Operation) -> None:
    fast = _fast()
    path_params = {name.strip("{}"): "x" for name in op.path.split("/") if name.startswith("{")}
    if "entityType" in path_params:
        path_params["entityType"] = "ticket"
    for wrong, content_type in [
        (b'"a string"', "application/json"),
        (b"[]", "application/json"),
        (b"{not json", "application/json"),
        (b'{"title": "x"}', "text/plain"),
        (b'{"title": "x"}', None),
        (b"", "application/json"),
    ]:
        parsed = fast.request(
            op,
            path_params=path_params,
            query=QueryParams(""),
            headers=Headers(AUTH),
            body=wrong,
            content_type=content_type,
        )
        if parsed is not None:  # an operation without a body, or a body schema allowing it
            Validator(SPEC, crosscheck=True).request(
                op,
                host_url="http://e/",
                path="/v1" + op.path,
                path_params=path_params,
                query=QueryParams(""),
                headers=Headers(AUTH),
                body=wrong,
                content_type=content_type,
            )


LIST_TICKETS_QUERIES = [
    "",
    "limit=5",
    "limit=+5",
    "limit= 5",
    "limit=5.0",
    "limit=0",
    "limit=101",
    "limit=",
    "limit=5&limit=7",
    "limit=1_0",
    "isSpam=true",
    "isSpam=True",
    "isSpam=1",
    "isSpam=",
    "priority=high",
    "priority=HIGH",
    "sort=priority&order=asc",
    "order=sideways",
    "createdAfter=2024-01-01T00:00:00Z",
    "createdAfter=yesterday",
    "status=open,pending&search=refund&unknown=1",
]


@pytest.mark.parametrize("query", LIST_TICKETS_QUERIES)
def test_query_parameters_unmarshal_exactly_as_openapi_core_does(query: str) -> None:
    outcome = _crosschecked_request("list_tickets", query=query)
    plain = _plain_request("list_tickets", query=query)
    assert outcome == plain


IDEMPOTENCY_KEYS = ["k", "", "x" * 255, "x" * 256]


@pytest.mark.parametrize("key", IDEMPOTENCY_KEYS, ids=lambda k: f"len{len(k)}")
@pytest.mark.parametrize(
    "body",
    [b'{"title":"x"}', b'{"title":""}', b'{"title":"x","priority":"loud"}', b'{"title":1}', b"{}"],
)
def test_bodies_and_headers_unmarshal_exactly_as_openapi_core_does(key: str, body: bytes) -> None:
    kwargs: dict[str, Any] = {"headers": {"x-idempotency-key": key}, "body": body}
    assert _crosschecked_request("create_ticket", **kwargs) == _plain_request("create_ticket", **kwargs)


def _call(
    validator: Validator, operation_id: str, *, query: str = "", headers: Any = None, body: bytes = b""
) -> Any:
    op = SPEC.operation(operation_id)
    try:
        data = validator.request(
            op,
            host_url="http://127.0.0.1/",
            path="/v1/brands/br_1/tickets",
            path_params={"brandId": "br_1"},
            query=QueryParams(query),
            headers=Headers({**AUTH, **(headers or {})}),
            body=body,
            content_type="application/json" if body else None,
        )
    except ApiError as error:
        return ("error", error.status, error.body(error.status))
    return ("ok", data.path, data.query, data.headers, data.body)


def _crosschecked_request(operation_id: str, **kwargs: Any) -> Any:
    """Both paths (an AssertionError when the fast path accepts and differs from openapi-core)."""
    return _call(Validator(SPEC, crosscheck=True), operation_id, **kwargs)


def _plain_request(operation_id: str, **kwargs: Any) -> Any:
    """openapi-core alone."""
    validator = Validator(SPEC, crosscheck=False)
    op = SPEC.operation(operation_id)
    body: bytes = kwargs.get("body", b"")
    try:
        data = validator.slow_request(
            op,
            host_url="http://127.0.0.1/",
            path="/v1/brands/br_1/tickets",
            path_params={"brandId": "br_1"},
            query=QueryParams(kwargs.get("query", "")),
            headers=Headers({**AUTH, **(kwargs.get("headers") or {})}),
            body=body,
            content_type="application/json" if body else None,
        )
    except ApiError as error:
        return ("error", error.status, error.body(error.status))
    return ("ok", data.path, data.query, data.headers, data.body)


def test_ordinary_traffic_never_reaches_openapi_core(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("openapi-core was asked about a conforming request or response")

    monkeypatch.delenv(CROSSCHECK_ENV, raising=False)  # cross-check mode asks openapi-core about everything
    monkeypatch.setattr(Validator, "slow_request", refuse)
    monkeypatch.setattr(Validator, "slow_response", refuse)
    with (
        Emulator() as emulator,
        httpx.Client(
            base_url=emulator.base_url, headers={"Authorization": "Bearer sk_test_fastpath"}
        ) as client,
    ):
        brand = client.post("/brands", json={"name": "Acme", "slug": "acme"}).json()
        created = client.post(
            f"/brands/{brand['id']}/tickets",
            json={"title": "Refund", "customerEmail": "jane@example.com", "tags": ["urgent"]},
            headers={"X-Idempotency-Key": "k1"},
        )
        assert created.status_code == 201, created.text
        listed = client.get(f"/brands/{brand['id']}/tickets", params={"limit": 10, "sort": "priority"})
        assert listed.status_code == 200, listed.text
        assert [t["id"] for t in listed.json()["data"]] == [created.json()["id"]]
        assert client.get(f"/brands/{brand['id']}/tickets/{created.json()['id']}").status_code == 200
        emulator.check()


def test_invalid_requests_still_get_openapi_cores_field_errors(dispatch_emulator: Any) -> None:
    api = dispatch_emulator.http()
    brand = api.post("/brands", json={"name": "Acme", "slug": "acme"}).json()
    response = api.post(f"/brands/{brand['id']}/tickets", json={"title": "x", "priority": "loud"})
    assert response.status_code == 422
    assert response.json()["errors"] == [
        {"field": "priority", "message": "priority must be one of low, normal, medium, high, urgent"}
    ]
    response = api.get(f"/brands/{brand['id']}/tickets", params={"limit": "many"})
    assert response.status_code == 400
    assert response.json()["errors"] == [{"field": "limit", "message": "limit has an invalid value 'many'"}]


def test_webhook_payloads_of_the_wrong_shape_are_still_reported() -> None:
    from dispatch.testing._validation import _webhook_checks

    validator = Validator(SPEC, crosscheck=False)
    events = sorted(_webhook_checks(SPEC))
    assert events, "the document documents webhook events"
    for event in events:
        assert validator.webhook_payload(event, {"event": 42}), event
        assert validator.webhook_payload(event, {"data": {1: "x"}}), event  # no JSON form: full validator
    assert validator.webhook_payload("not.documented", {"event": 42}) == []
