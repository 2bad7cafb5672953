"""The admin clients themselves: configuration, copies, the raw client, errors, retries through the facade."""

from __future__ import annotations

import builtins
import logging
import subprocess
import sys
import textwrap
from typing import Any

import pytest

import dispatch
from dispatch import (
    AsyncDispatchTickets,
    AuthenticationError,
    ConflictError,
    DispatchTickets,
    DispatchTicketsError,
    Hooks,
    NetworkError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RetryConfig,
    ServerError,
    ValidationError,
)
from dispatch_tickets_api.api.tickets import get_ticket
from tests._engine import httpx
from tests.unit.conftest import API_KEY, BASE_URL, Wire, call
from tests.unit.test_tickets import TICKET

NO_WAIT = RetryConfig(max_retries=2, initial_delay=0, max_delay=0, jitter=0)


def make(mode: str, wire: Wire, **options: Any) -> Any:
    options.setdefault("base_url", BASE_URL)
    cls = DispatchTickets if mode == "sync" else AsyncDispatchTickets
    return cls(API_KEY, transport=httpx.MockTransport(wire.handler), **options)


@pytest.fixture(autouse=True)
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPATCH_API_KEY", raising=False)
    monkeypatch.delenv("DISPATCH_BASE_URL", raising=False)


@pytest.mark.parametrize("cls", [DispatchTickets, AsyncDispatchTickets])
@pytest.mark.parametrize("key", [None, "", "   "])
def test_missing_api_key_is_a_clear_error(cls: type, key: str | None) -> None:
    with pytest.raises(DispatchTicketsError, match="DISPATCH_API_KEY") as caught:
        cls(key)
    assert caught.value.code == "configuration_error"


@pytest.mark.parametrize("cls", [DispatchTickets, AsyncDispatchTickets])
def test_key_and_base_url_from_the_environment(cls: type, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPATCH_API_KEY", "sk_test_from_env")
    monkeypatch.setenv("DISPATCH_BASE_URL", "http://127.0.0.1:9999/v1/")
    client = cls()
    assert client.base_url == "http://127.0.0.1:9999/v1"
    assert client._credentials.token == "sk_test_from_env"


def test_default_base_url_is_production() -> None:
    assert DispatchTickets("sk_test_x").base_url == "https://dispatch-tickets-api.onrender.com/v1"


async def test_secrets_never_in_reprs(mode: str, wire: Wire) -> None:
    client = make(mode, wire)
    for text in (
        repr(client),
        str(client),
        repr(client.raw),
        repr(client._transport),
        repr(client.with_options()),
    ):
        assert API_KEY not in text
    wire.reply(401, {"message": "Invalid API key"})
    with pytest.raises(AuthenticationError) as caught:
        await call(client.tickets.get("br_1", "tkt_1"))
    assert API_KEY not in repr(caught.value) + str(caught.value) + repr(caught.value.details)


async def test_debug_logs_requests_without_the_key(
    mode: str, wire: Wire, caplog: pytest.LogCaptureFixture
) -> None:
    client = make(mode, wire, debug=True, max_retries=0)
    wire.reply(json=TICKET, headers={"x-request-id": "req_42"})
    with caplog.at_level(logging.DEBUG, logger="dispatch"):
        await call(client.tickets.get("br_1", "tkt_1"))
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "GET" in text
    assert "/v1/brands/br_1/tickets/tkt_1" in text
    assert "200" in text
    assert "req_42" in text
    assert API_KEY not in text


@pytest.mark.parametrize(
    ("status", "error_class", "code"),
    [
        (400, ValidationError, "validation_error"),
        (401, AuthenticationError, "authentication_error"),
        (403, PermissionDeniedError, "permission_denied"),
        (404, NotFoundError, "not_found"),
        (409, ConflictError, "conflict"),
        (422, ValidationError, "validation_error"),
        (429, RateLimitError, "rate_limit_error"),
        (500, ServerError, "server_error"),
        (502, ServerError, "server_error"),
        (520, ServerError, "server_error"),
    ],
)
async def test_every_error_status(mode: str, wire: Wire, status: int, error_class: type, code: str) -> None:
    client = make(mode, wire, max_retries=0)
    wire.reply(
        status,
        {"message": "nope", "errors": [{"field": "title", "message": "required"}]},
        headers={
            "x-request-id": "req_1",
            "retry-after": "7",
            "x-ratelimit-limit": "100",
            "x-ratelimit-remaining": "0",
            "x-ratelimit-reset": "1767225600",
        },
    )
    with pytest.raises(error_class) as caught:
        await call(client.tickets.get("br_1", "tkt_1"))
    error = caught.value
    assert (error.status_code, error.code, error.request_id, error.message) == (status, code, "req_1", "nope")
    assert dispatch.is_dispatch_tickets_error(error)
    if isinstance(error, ValidationError):
        assert error.errors == [{"field": "title", "message": "required"}]
        assert dispatch.is_validation_error(error)
    if isinstance(error, RateLimitError):
        assert (error.retry_after, error.limit, error.remaining, error.reset) == (7.0, 100, 0, 1767225600)
        assert dispatch.is_rate_limit_error(error)


async def test_html_error_page_still_gives_the_right_error(mode: str, wire: Wire) -> None:
    client = make(mode, wire, max_retries=0)
    wire.reply(502, content=b"<html>Bad gateway</html>", headers={"content-type": "text/html"})
    with pytest.raises(ServerError) as caught:
        await call(client.tickets.get("br_1", "tkt_1"))
    assert caught.value.status_code == 502


async def test_timeout_is_the_builtin_timeout_error(mode: str, wire: Wire) -> None:
    client = make(mode, wire, retry=NO_WAIT)
    for _ in range(3):
        wire.fail(httpx.ReadTimeout("slow"))
    with pytest.raises(builtins.TimeoutError) as caught:
        await call(client.tickets.get("br_1", "tkt_1"))
    assert dispatch.is_timeout_error(caught.value)
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert len(wire.requests) == 3


async def test_dropped_connection_on_create_is_retried_with_the_same_idempotency_key(
    mode: str, wire: Wire
) -> None:
    client = make(mode, wire, retry=NO_WAIT)
    wire.fail(httpx.RemoteProtocolError("server disconnected"))
    wire.reply(201, TICKET)
    ticket = await call(client.tickets.create("br_1", title="Cannot log in"))
    first, second = wire.requests
    assert first.headers["x-idempotency-key"] == second.headers["x-idempotency-key"]
    assert len(first.headers["x-idempotency-key"]) == 36
    assert first.content == second.content
    assert ticket.id == TICKET["id"]


async def test_network_error_after_retries(mode: str, wire: Wire) -> None:
    client = make(mode, wire, retry=NO_WAIT)
    for _ in range(3):
        wire.fail(httpx.ConnectError("refused"))
    with pytest.raises(NetworkError):
        await call(client.tickets.get("br_1", "tkt_1"))


async def test_4xx_is_never_retried(mode: str, wire: Wire) -> None:
    client = make(mode, wire, retry=NO_WAIT)
    wire.reply(409, {"message": "Idempotency key reused with another body"})
    with pytest.raises(ConflictError):
        await call(client.tickets.create("br_1", title="x", idempotency_key="k1"))
    assert len(wire.requests) == 1


async def test_hooks_see_requests_and_responses(mode: str, wire: Wire) -> None:
    seen: list[str] = []
    hooks = Hooks(
        on_request=lambda ctx: seen.append(f"request {ctx.method} {ctx.url}"),
        on_response=lambda ctx: seen.append(f"response {ctx.status_code}"),
    )
    client = make(mode, wire, hooks=hooks, max_retries=0)
    wire.reply(json=TICKET)
    await call(client.tickets.get("br_1", "tkt_1"))
    assert seen == [f"request GET {BASE_URL}/brands/br_1/tickets/tkt_1", "response 200"]


async def test_with_options_shares_the_pool_and_changes_only_what_it_says(mode: str, wire: Wire) -> None:
    client = make(mode, wire, timeout=30.0)
    copy = client.with_options(timeout=5.0, max_retries=0)
    assert copy._transport.inner is client._transport.inner
    assert (copy.max_retries, client.max_retries) == (0, 3)
    wire.reply(json=TICKET)
    await call(copy.tickets.get("br_1", "tkt_1"))
    assert wire.last.extensions["timeout"]["read"] == 5.0
    assert wire.last.headers["authorization"] == f"Bearer {API_KEY}"
    if mode == "sync":
        copy.close()
    else:
        await copy.aclose()
    wire.reply(json=TICKET)
    await call(client.tickets.get("br_1", "tkt_1"))  # the original still works after closing the copy
    assert wire.last.extensions["timeout"]["read"] == 30.0


async def test_raw_client_shares_auth_and_retries(mode: str, wire: Wire) -> None:
    client = make(mode, wire, retry=NO_WAIT)
    wire.reply(503, {"message": "busy"})
    wire.reply(json=TICKET)
    if mode == "sync":
        response = get_ticket.sync_detailed("br_1", "tkt_1", client=client.raw)
    else:
        response = await get_ticket.asyncio_detailed("br_1", "tkt_1", client=client.raw)
    assert response.status_code == 200
    assert [r.headers["authorization"] for r in wire.requests] == [f"Bearer {API_KEY}"] * 2
    assert all(r.headers["user-agent"].startswith("dispatch-tickets-python/") for r in wire.requests)


def test_caller_made_http_client_is_used_and_not_closed() -> None:
    wire = Wire()
    events: list[str] = []
    user_client = httpx.Client(
        transport=httpx.MockTransport(wire.handler),
        event_hooks={"request": [lambda request: events.append(request.url.path)]},
        auth=("user", "pass"),  # must not replace the API key
    )
    wire.reply(json=TICKET)
    with DispatchTickets(API_KEY, base_url=BASE_URL, http_client=user_client) as client:
        client.tickets.get("br_1", "tkt_1")
    assert events == ["/v1/brands/br_1/tickets/tkt_1"]
    assert wire.last.headers["authorization"] == f"Bearer {API_KEY}"
    assert not user_client.is_closed


def test_class_level_webhook_helpers() -> None:
    signature = DispatchTickets.webhooks.generate_signature(b'{"id":"evt_1"}', "whsec_test")
    assert DispatchTickets.webhooks.verify_signature(b'{"id":"evt_1"}', signature, "whsec_test")
    assert AsyncDispatchTickets.webhooks.verify_signature(b'{"id":"evt_1"}', signature, "whsec_test")


def test_async_client_dropped_without_aclose_prints_nothing_at_exit() -> None:
    script = textwrap.dedent(
        """
        import asyncio, http.server, json, threading
        from dispatch import AsyncDispatchTickets

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            def do_GET(self):
                body = json.dumps({"id": "a", "stackbeCustomerId": "c", "stackbeOrganizationId": "o",
                                   "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z"}).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            def log_message(self, *args):
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        kept = []

        async def main():
            client = AsyncDispatchTickets("sk_test_x", base_url=f"http://127.0.0.1:{server.server_address[1]}/v1")
            kept.append(client)  # outlives the event loop, never closed
            await client.accounts.me()

        asyncio.run(main())
        print("ok")
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "ok"
    assert "Event loop is closed" not in result.stderr
    assert result.stderr == ""


@pytest.mark.parametrize(
    "base_url",
    ["http://[::1", "ftp://example.com/v1", "example.com/v1", "https://", "http://api.test:99999999/v1"],
)
def test_a_malformed_base_url_is_a_value_error_at_construction(base_url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        DispatchTickets(api_key="sk_test_x", base_url=base_url)


def test_an_upload_url_httpx_cannot_parse_is_the_sdks_error() -> None:
    from dispatch import DispatchTicketsError
    from dispatch._upload import _upload_url

    with pytest.raises(DispatchTicketsError, match="not an absolute http"):
        _upload_url("http://[::1/x")


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("retry", dispatch.RetryConfig(max_retries=0)),
        ("hooks", None),
        ("debug", True),
        ("total_timeout", 1.0),
        ("timeout", 1.0),
        ("base_url", "http://elsewhere.test/v1"),
    ],
)
@pytest.mark.parametrize(
    "make_client",
    [
        lambda: DispatchTickets(API_KEY, base_url=BASE_URL),
        lambda: AsyncDispatchTickets(API_KEY, base_url=BASE_URL),
        lambda: dispatch.DispatchPortal("ptk_x", base_url=BASE_URL),
        lambda: dispatch.AsyncDispatchPortal("ptk_x", base_url=BASE_URL),
    ],
    ids=["admin", "async admin", "portal", "async portal"],
)
def test_a_setting_cannot_be_changed_on_a_live_client(setting: str, value: Any, make_client: Any) -> None:
    """The requests would go on with the old value while the attribute said the new one (a client told
    ``retry = RetryConfig(max_retries=0)`` answered ``max_retries == 0`` and still retried twice)."""
    client = make_client()
    before = getattr(client, setting)
    with pytest.raises(AttributeError, match="with_options"):
        setattr(client, setting, value)
    assert getattr(client, setting) == before
