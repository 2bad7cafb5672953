"""What every API status error carries: the response, its headers, the body (decoded once), the request
id and the rate-limit state; through the clients (sync and async) and from the translation point itself."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest

import dispatch
from dispatch import AsyncDispatchTickets, DispatchTickets, NotFoundError, RateLimitError, ServerError
from dispatch._errors import APIStatusError, error_from_response
from dispatch._ratelimit import RateLimit
from tests._engine import httpx
from tests.unit.conftest import API_KEY, BASE_URL, Wire, call

RATE_HEADERS = {
    "x-request-id": "req_7",
    "x-ratelimit-limit": "100",
    "x-ratelimit-remaining": "3",
    "x-ratelimit-reset": "1767225600",
}
RESET = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)


def make(mode: str, wire: Wire, **options: Any) -> Any:
    cls = DispatchTickets if mode == "sync" else AsyncDispatchTickets
    return cls(API_KEY, base_url=BASE_URL, transport=httpx.MockTransport(wire.handler), **options)


@pytest.mark.parametrize("status", [404, 429, 500])
async def test_a_status_error_carries_response_headers_body_request_id_and_rate_limit(
    mode: str, wire: Wire, status: int
) -> None:
    client = make(mode, wire, max_retries=0)
    body = {"message": "Ticket not found", "code": "not_found", "extra": [1, 2]}
    wire.reply(status, body, headers=RATE_HEADERS)

    with pytest.raises(APIStatusError) as caught:
        await call(client.tickets.get("br_1", "tkt_1"))

    error = caught.value
    assert isinstance(error.response, httpx.Response)
    assert error.response.status_code == status
    assert error.response.request.url.path == "/v1/brands/br_1/tickets/tkt_1"
    assert error.headers["X-Request-Id"] == "req_7"  # the response's own headers: any case
    assert error.body == body
    assert error.body is error.details
    assert error.request_id == "req_7"
    assert error.rate_limit == RateLimit(limit=100, remaining=3, reset=RESET)


async def test_rate_limit_is_none_without_the_headers(mode: str, wire: Wire) -> None:
    client = make(mode, wire, max_retries=0)
    wire.reply(404, {"message": "gone"})

    with pytest.raises(NotFoundError) as caught:
        await call(client.tickets.get("br_1", "tkt_1"))

    assert caught.value.rate_limit is None
    assert caught.value.request_id is None


async def test_a_text_body_is_kept_as_text(mode: str, wire: Wire) -> None:
    client = make(mode, wire, max_retries=0)
    wire.reply(502, content=b"<html>Bad gateway</html>", headers={"content-type": "text/html"})

    with pytest.raises(ServerError) as caught:
        await call(client.tickets.get("br_1", "tkt_1"))

    assert caught.value.body == "<html>Bad gateway</html>"


async def test_an_error_body_is_decoded_once(mode: str, wire: Wire, monkeypatch: pytest.MonkeyPatch) -> None:
    # Fails on the old code: the transport and the facade each decoded it (twice in all).
    decoded: list[bytes] = []
    original = dispatch._errors._decode_body

    def counting(content: bytes) -> Any:
        decoded.append(content)
        return original(content)

    monkeypatch.setattr(dispatch._errors, "_decode_body", counting)
    client = make(mode, wire, max_retries=0)
    wire.reply(404, {"message": "gone"})

    with pytest.raises(NotFoundError):
        await call(client.tickets.get("br_1", "tkt_1"))

    assert len(decoded) == 1  # once, whatever spacing the engine's JSON encoder used for the reply
    assert json.loads(decoded[0]) == {"message": "gone"}


async def test_the_last_attempt_s_response_is_the_one_attached(mode: str, wire: Wire) -> None:
    client = make(mode, wire, retry=dispatch.RetryConfig(max_retries=1, initial_delay=0, jitter=0))
    wire.reply(503, {"message": "first"}, headers={"x-request-id": "req_a"})
    wire.reply(503, {"message": "second"}, headers={"x-request-id": "req_b"})

    with pytest.raises(ServerError) as caught:
        await call(client.accounts.me())

    assert caught.value.body == {"message": "second"}
    assert caught.value.response is not None
    assert caught.value.response.headers["x-request-id"] == "req_b"


def test_error_from_response_keeps_what_it_is_given() -> None:
    response = httpx.Response(429, headers={"retry-after": "2", **RATE_HEADERS}, json={"message": "slow"})

    error = error_from_response(429, response.headers, response.content, response=response)

    assert isinstance(error, RateLimitError)
    assert error.headers is response.headers
    assert error.response is response
    assert error.body == {"message": "slow"}
    assert error.rate_limit == RateLimit(limit=100, remaining=3, reset=RESET)
    assert (error.retry_after, error.limit, error.remaining) == (2.0, 100, 3)


def test_the_same_bytes_from_another_response_are_not_mixed_up() -> None:
    first = httpx.Response(500, json={"message": "a"})
    second = httpx.Response(500, content=first.content)  # the very same bytes object

    assert error_from_response(500, first.headers, first.content, response=first).response is first
    assert error_from_response(500, second.headers, second.content, response=second).response is second


def test_an_error_made_by_hand_has_empty_details() -> None:
    error = NotFoundError("no such ticket", status_code=404)

    assert (error.response, dict(error.headers), error.body, error.rate_limit) == (None, {}, None, None)


async def test_concurrent_failures_each_keep_their_own_response(mode: str) -> None:
    # Two calls fail at once (the async ones interleaved): each error carries its own httpx response and body.
    first = httpx.Response(503, json={"message": "first"})
    second = httpx.Response(404, json={"message": "second"})
    replies = {"/v1/brands/br_1/tickets/tkt_1": first, "/v1/brands/br_1/tickets/tkt_2": second}
    transport = httpx.MockTransport(lambda request: replies[request.url.path])
    client_class = DispatchTickets if mode == "sync" else AsyncDispatchTickets
    client = client_class(API_KEY, base_url=BASE_URL, transport=transport, max_retries=0)

    async def failure(ticket_id: str) -> APIStatusError:
        try:
            await call(client.tickets.get("br_1", ticket_id))
        except APIStatusError as error:
            return error
        raise AssertionError("no error")

    if mode == "sync":
        errors = [await failure("tkt_1"), await failure("tkt_2")]
    else:
        import asyncio

        errors = list(await asyncio.gather(failure("tkt_1"), failure("tkt_2")))

    assert [error.response.status_code for error in errors if error.response is not None] == [503, 404]
    assert [error.body for error in errors] == [{"message": "first"}, {"message": "second"}]
