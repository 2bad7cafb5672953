"""``client.raw`` is safe to use, and a caller's ``http_client=`` keeps its own settings.

- ``raw.with_headers`` / ``with_timeout`` / ``with_cookies`` copies send through the SDK's retrying,
  authenticating transport and leave the shared client alone;
- ``with client.raw:`` closes nothing the facade client still uses;
- ``http_client=``: the caller's timeout, default headers and cookies are kept; the SDK adds its auth.
"""

from __future__ import annotations

from typing import Any

import pytest

from dispatch import AsyncDispatchPortal, AsyncDispatchTickets, DispatchPortal, DispatchTickets, RetryConfig
from dispatch._constants import USER_AGENT
from dispatch_tickets_api.api.tickets import get_ticket
from tests._engine import httpx
from tests.unit.conftest import API_KEY, BASE_URL, Wire, call
from tests.unit.test_portal import PORTAL_TOKEN, SnapshotWire, page
from tests.unit.test_tickets import TICKET

NO_WAIT = RetryConfig(max_retries=1, initial_delay=0, jitter=0)


class ExtensionsWire(SnapshotWire):
    """Each attempt as it was sent, with its extensions (the per-attempt timeout)."""

    def handler(self, request: httpx.Request) -> httpx.Response:
        response = super().handler(request)
        self.requests[-1].extensions = dict(request.extensions)
        return response


@pytest.fixture
def wire() -> Wire:
    return ExtensionsWire()


def open_client(mode: str, wire: Wire, **options: Any) -> Any:
    cls = DispatchTickets if mode == "sync" else AsyncDispatchTickets
    options.setdefault("transport", httpx.MockTransport(wire.handler))
    return cls(API_KEY, base_url=BASE_URL, retry=NO_WAIT, **options)


async def get(mode: str, raw: Any, ticket_id: str = "tkt_1") -> Any:
    if mode == "sync":
        return get_ticket.sync_detailed("br_1", ticket_id, client=raw)
    return await get_ticket.asyncio_detailed("br_1", ticket_id, client=raw)


async def close(client: Any) -> None:
    await call(client.close() if hasattr(client, "close") else client.aclose())


async def test_with_headers_keeps_the_transport_and_changes_nothing_shared(mode: str, wire: Wire) -> None:
    client = open_client(mode, wire)
    try:
        tagged = client.raw.with_headers({"X-Tenant": "acme"})
        wire.reply(503, {"message": "busy"})  # retried: the copy kept the retrying transport
        wire.reply(200, TICKET)
        response = await get(mode, tagged)
        assert response.status_code == 200
        first, second = wire.requests
        for request in (first, second):
            assert request.headers["x-tenant"] == "acme"
            assert request.headers["authorization"] == f"Bearer {API_KEY}"  # the real key, not a placeholder
            assert request.headers["user-agent"] == USER_AGENT
            assert request.url == httpx.URL(f"{BASE_URL}/brands/br_1/tickets/tkt_1")

        # The original raw client and the facade client do not send the copy's header.
        wire.reply(200, TICKET)
        await get(mode, client.raw)
        wire.reply(200, TICKET)
        await call(client.tickets.get("br_1", "tkt_1"))
        assert "x-tenant" not in wire.requests[-2].headers
        assert "x-tenant" not in wire.requests[-1].headers
    finally:
        await close(client)


async def test_with_timeout_and_with_cookies_copies_keep_the_transport(mode: str, wire: Wire) -> None:
    client = open_client(mode, wire, timeout=30.0)
    try:
        quick = client.raw.with_timeout(httpx.Timeout(2.0)).with_cookies({"session": "s1"})
        wire.reply(200, TICKET)
        await get(mode, quick)
        sent = wire.last
        assert sent.extensions["timeout"]["read"] == 2.0
        assert sent.headers["cookie"] == "session=s1"
        assert sent.headers["authorization"] == f"Bearer {API_KEY}"

        wire.reply(200, TICKET)
        await get(mode, client.raw)
        assert wire.last.extensions["timeout"]["read"] == 30.0  # the shared client's timeout is unchanged
        assert "cookie" not in wire.last.headers
    finally:
        await close(client)


async def test_with_client_raw_does_not_close_the_pool(mode: str, wire: Wire) -> None:
    client = open_client(mode, wire)
    try:
        if mode == "sync":
            with client.raw as raw:
                wire.reply(200, TICKET)
                await get(mode, raw)
        else:
            async with client.raw as raw:
                wire.reply(200, TICKET)
                await get(mode, raw)
        # Still open: the facade client and raw keep working.
        wire.reply(200, TICKET)
        ticket = await call(client.tickets.get("br_1", "tkt_1"))
        assert ticket.id == TICKET["id"]
        wire.reply(200, TICKET)
        assert (await get(mode, client.raw)).status_code == 200
    finally:
        await close(client)


async def test_a_copy_of_a_with_options_client_raw_keeps_that_copys_settings(mode: str, wire: Wire) -> None:
    client = open_client(mode, wire)
    try:
        copy = client.with_options(max_retries=0)
        tagged = copy.raw.with_headers({"X-Tenant": "acme"})
        wire.reply(503, {"message": "busy"})
        response = await get(mode, tagged)
        assert response.status_code == 503
        assert len(wire.requests) == 1  # that copy's policy: no retry
    finally:
        await close(client)


@pytest.mark.parametrize("portal", [False, True], ids=["admin", "portal"])
async def test_http_client_keeps_the_callers_timeout_headers_and_cookies(
    mode: str, wire: Wire, portal: bool
) -> None:
    settings: dict[str, Any] = {
        "base_url": "https://ignored.example",
        "timeout": httpx.Timeout(7.0),
        "headers": {
            "X-Corp-Trace": "on",
            "User-Agent": "acme-helpdesk/2.1",
            "Authorization": "Basic c2VjcmV0",
            "Accept-Encoding": "identity",
        },
        "cookies": {"lb": "node-3"},
        "transport": httpx.MockTransport(wire.handler),
    }
    caller = httpx.Client(**settings) if mode == "sync" else httpx.AsyncClient(**settings)
    if portal:
        cls: Any = DispatchPortal if mode == "sync" else AsyncDispatchPortal
        client = cls(PORTAL_TOKEN, base_url=BASE_URL, http_client=caller)
        credential = PORTAL_TOKEN
    else:
        cls = DispatchTickets if mode == "sync" else AsyncDispatchTickets
        client = cls(API_KEY, base_url=BASE_URL, http_client=caller)
        credential = API_KEY
    try:
        wire.reply(200, page([], has_more=False) if portal else TICKET)
        await call(client.tickets.list() if portal else client.tickets.get("br_1", "tkt_1"))
        sent = wire.last
        assert str(sent.url).startswith(BASE_URL)  # the SDK's base URL, not the caller's
        assert sent.extensions["timeout"]["read"] == 7.0  # the caller's timeout
        assert sent.headers["x-corp-trace"] == "on"
        assert sent.headers["cookie"] == "lb=node-3"
        assert sent.headers["user-agent"] == f"acme-helpdesk/2.1 {USER_AGENT}"
        assert sent.headers["authorization"] == f"Bearer {credential}"  # the SDK's, never the caller's
        assert sent.headers["accept"] == "application/json"
        assert sent.headers["accept-encoding"] == "identity"  # the caller's, over httpx's default
    finally:
        await close(client)
        await call(caller.close() if mode == "sync" else caller.aclose())  # type: ignore[union-attr]


async def test_an_explicit_timeout_beats_the_http_clients(mode: str, wire: Wire) -> None:
    transport = httpx.MockTransport(wire.handler)
    caller = (
        httpx.Client(timeout=7.0, transport=transport)
        if mode == "sync"
        else httpx.AsyncClient(timeout=7.0, transport=transport)
    )
    client = open_client(mode, wire, http_client=caller, timeout=3.0, transport=None)
    try:
        wire.reply(200, TICKET)
        await call(client.tickets.get("br_1", "tkt_1"))
        assert wire.last.extensions["timeout"]["read"] == 3.0
        assert client.timeout == 3.0
    finally:
        await close(client)


def test_without_http_client_the_default_timeout_is_30_seconds() -> None:
    with DispatchTickets(API_KEY, transport=httpx.MockTransport(lambda r: httpx.Response(200))) as client:
        assert client.timeout == 30.0
