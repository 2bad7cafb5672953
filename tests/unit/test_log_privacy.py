"""No customer data in log records at INFO and above, and no credential in any record.

One failing run of every kind of call that carries customer data (e-mails in the query string and in
bodies, a webhook secret, a portal token, a caller's own raw request with a token in its query) is
captured at DEBUG; records at INFO and above (retries, give-ups) must show only the method, the path
template, status, attempt, request id and elapsed time. DEBUG records show full URLs, credentials
redacted.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest

from dispatch import (
    AsyncDispatchPortal,
    AsyncDispatchTickets,
    DispatchPortal,
    DispatchTickets,
    DispatchTicketsError,
    RetryConfig,
)
from tests._engine import httpx
from tests.unit.conftest import API_KEY, BASE_URL, Wire, call, collect

EMAIL = "ada.lovelace@example.com"
PORTAL_TOKEN = "ptk_live_PORTALSECRET"
WEBHOOK_SECRET = "whsec_WEBHOOKSECRET"
RAW_TOKEN = "ml_MAGICLINKSECRET"
SECRETS = (API_KEY, PORTAL_TOKEN, WEBHOOK_SECRET, RAW_TOKEN)
CUSTOMER_DATA = (EMAIL, "ada.lovelace", "%40example.com", "Order 12345 never came")
NO_WAIT = RetryConfig(max_retries=1, initial_delay=0, max_delay=0, jitter=0)


class Unavailable(Wire):
    """Every request fails: a 503 with a request id (retried, then given up), or a reset connection."""

    def handler(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if request.method == "POST" and request.url.path.endswith("/webhooks"):
            raise httpx.ReadError("connection reset")
        return httpx.Response(503, json={"error": f"down for {EMAIL}"}, headers={"x-request-id": "req_42"})


async def failing_run(mode: str) -> Wire:
    """Calls that fail, each carrying customer data or a credential somewhere in its request."""
    wire = Unavailable()
    transport = httpx.MockTransport(wire.handler)
    options: dict[str, Any] = {"base_url": BASE_URL, "transport": transport, "retry": NO_WAIT, "debug": True}
    admin = (DispatchTickets if mode == "sync" else AsyncDispatchTickets)(API_KEY, **options)
    portal = (DispatchPortal if mode == "sync" else AsyncDispatchPortal)(PORTAL_TOKEN, **options)
    attempts = [
        lambda: collect(admin.tickets.list("br_1", customer_email=EMAIL, search=EMAIL)),
        lambda: call(admin.customers.create("br_1", email=EMAIL, name="Ada")),
        lambda: call(admin.tickets.create("br_1", title="Order 12345 never came", customer_email=EMAIL)),
        lambda: call(
            admin.webhooks.create("br_1", url="https://hooks.test/in", secret=WEBHOOK_SECRET, events=[])
        ),
        lambda: call(portal.tickets.create(title="Order 12345 never came", body=EMAIL)),
    ]
    for attempt in attempts:
        with pytest.raises(DispatchTicketsError):
            await attempt()
    # a caller's own request through client.raw: no path template, a token in its query
    raw = admin.raw.get_httpx_client() if mode == "sync" else admin.raw.get_async_httpx_client()
    response = await call(raw.get(f"/customers/{EMAIL}", params={"token": RAW_TOKEN}))
    assert response.status_code == 503
    if mode == "sync":
        admin.close()
        portal.close()
    else:
        await admin.aclose()
        await portal.aclose()
    return wire


async def test_no_customer_data_or_secret_in_info_records(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Fails before the fix: retry and give-up records (and httpx's INFO record of each response) showed
    the full URL, query string included."""
    caplog.set_level(logging.DEBUG)
    wire = await failing_run(mode)
    assert len(wire.requests) >= 6
    assert any(r.url.params.get("search") == EMAIL for r in wire.requests)  # the data was on the wire...

    # ...and in no record at INFO or above: ours (retries, give-ups) nor httpx's own ("HTTP Request: ...")
    shown = [r for r in caplog.records if r.levelno >= logging.INFO]
    assert {r.name for r in shown} == {"dispatch", httpx.__name__}  # httpx, or httpx2 under the switch
    for record in shown:
        message = record.getMessage()
        for value in (*SECRETS, *CUSTOMER_DATA, "?", "br_1", "https://"):
            assert value not in message, (value, message)
    messages = [r.getMessage() for r in shown]
    assert any(m.startswith("retrying GET /brands/{brand_id}/tickets in 0.00 s") for m in messages), messages
    assert any(
        m.startswith(
            "giving up GET /brands/{brand_id}/tickets after 2 attempts: status=503 request_id=req_42 "
        )
        and " attempt=1 elapsed_ms=" in m
        for m in messages
    ), messages
    assert any(m.startswith("giving up GET /v1/customers/{id} after 2 attempts") for m in messages), messages
    assert any(m.startswith("POST /brands/{brand_id}/webhooks failed: ReadError") for m in messages), messages


async def test_debug_records_show_the_url_but_never_a_secret(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    await failing_run(mode)
    debug = "\n".join(r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG)
    assert "/v1/brands/br_1/tickets?" in debug  # full URLs, query strings included
    assert "token=[redacted]" in debug
    everything = caplog.text + "\n".join(r.getMessage() for r in caplog.records)
    for secret in SECRETS:
        assert secret not in everything
