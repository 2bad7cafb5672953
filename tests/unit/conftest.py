"""Fixtures for the facade's unit tests: every test runs twice, against the sync and the async client,
over an ``httpx.MockTransport`` that records what went on the wire and answers what the test queued.

    async def test_get(client, wire):
        wire.reply(json=TICKET)
        ticket = await call(client.tickets.get("br_1", "tkt_1"))
        assert wire.last.method == "GET" and wire.last.url.path == "/v1/brands/br_1/tickets/tkt_1"
"""

from __future__ import annotations

import inspect
import json
from collections import deque
from collections.abc import AsyncIterable, Iterable, Iterator
from typing import Any

import pytest

from dispatch import AsyncDispatchTickets, DispatchTickets
from tests._engine import httpx

API_KEY = "sk_test_unit_SECRET_4242"
BASE_URL = "https://api.test/v1"


class Wire:
    """Records each request and answers with the responses queued by ``reply`` (in order)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self._replies: deque[httpx.Response | Exception] = deque()

    def reply(
        self,
        status: int = 200,
        json: Any = None,
        *,
        headers: dict[str, str] | None = None,
        content: bytes | None = None,
    ) -> None:
        if content is None and json is not None:
            self._replies.append(httpx.Response(status, json=json, headers=headers))
        else:
            self._replies.append(httpx.Response(status, content=content or b"", headers=headers))

    def fail(self, error: Exception) -> None:
        """The next request raises ``error`` (e.g. ``httpx.ConnectError``) instead of answering."""
        self._replies.append(error)

    def handler(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if not self._replies:
            raise AssertionError(f"unexpected request: {request.method} {request.url}")
        reply = self._replies.popleft()
        if isinstance(reply, Exception):
            raise reply
        return reply

    @property
    def last(self) -> httpx.Request:
        assert self.requests, "no request was made"
        return self.requests[-1]

    def __iter__(self) -> Iterator[httpx.Request]:
        return iter(self.requests)


def body_of(request: httpx.Request) -> Any:
    """The JSON body a request carried."""
    return json.loads(request.content)


def query_of(request: httpx.Request) -> dict[str, str]:
    """The query string of a request, decoded (``status=open,pending``)."""
    return dict(request.url.params)


async def call(result: Any) -> Any:
    """The value of a sync call, or of an async one once awaited: lets one test body serve both clients."""
    return await result if inspect.isawaitable(result) else result


async def collect(items: Iterable[Any] | AsyncIterable[Any]) -> list[Any]:
    """Every item of a sync or async iterator."""
    if isinstance(items, AsyncIterable):
        return [item async for item in items]
    return list(items)


@pytest.fixture
def wire() -> Wire:
    return Wire()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def client(mode: str, wire: Wire) -> Any:
    """The admin client under test, sync or async, with retries off (retry tests turn them on)."""
    transport = httpx.MockTransport(wire.handler)
    if mode == "sync":
        with DispatchTickets(API_KEY, base_url=BASE_URL, transport=transport, max_retries=0) as sync_client:
            yield sync_client
    else:
        async with AsyncDispatchTickets(
            API_KEY, base_url=BASE_URL, transport=transport, max_retries=0
        ) as async_client:
            yield async_client
