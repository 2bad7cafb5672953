"""client.webhooks on the wire, sync and async; and the helpers on the client classes."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Any

import pytest

from dispatch import (
    AsyncDispatchTickets,
    DispatchTickets,
    Hooks,
    RequestContext,
    TicketCreatedEvent,
    Webhook,
    WebhookDelivery,
    WebhookDeliveryStatus,
    WebhookEventName,
    WebhookSignatureError,
)
from dispatch.resources.webhooks import AsyncWebhooks, Webhooks
from tests._engine import httpx
from tests.unit.conftest import API_KEY, BASE_URL, Wire, body_of, call

SECRET = "whsec_2f8d1c9a7b6e4d3c_TOP_SECRET"
WEBHOOK: dict[str, Any] = {
    "id": "whk_4m7t2",
    "brandId": "br_1",
    "url": "https://example.com/webhooks/dispatch",
    "events": ["ticket.created", "ticket.updated", "ticket.comment.created"],
    "enabled": True,
    "failureCount": 0,
    "lastTriggered": None,
    "lastFailure": None,
    "createdAt": "2024-03-12T09:14:22.000Z",
    "updatedAt": "2024-03-14T16:02:51.000Z",
}
DELIVERY: dict[str, Any] = {
    "id": "dlv_2f6h9",
    "webhookId": "whk_4m7t2",
    "event": "ticket.updated",
    "payload": {"id": "evt_1", "event": "ticket.updated", "brand_id": "br_1", "data": {"id": "tkt_1"}},
    "status": "RETRYING",
    "attempts": 2,
    "lastAttempt": "2024-03-14T16:03:52.000Z",
    "responseCode": 503,
    "responseBody": "Service Unavailable",
    "error": "Endpoint answered 503",
    "createdAt": "2024-03-14T16:02:51.400Z",
}


async def test_create(client: Any, wire: Wire) -> None:
    wire.reply(201, WEBHOOK)
    webhook = await call(
        client.webhooks.create(
            "br_1",
            url="https://example.com/webhooks/dispatch",
            secret=SECRET,
            events=("ticket.created", "ticket.updated", "ticket.comment.created"),
        )
    )
    request = wire.last
    assert (request.method, request.url.path) == ("POST", "/v1/brands/br_1/webhooks")
    assert body_of(request) == {
        "url": "https://example.com/webhooks/dispatch",
        "secret": SECRET,
        "events": ["ticket.created", "ticket.updated", "ticket.comment.created"],
    }
    assert isinstance(webhook, Webhook)
    assert (webhook.id, webhook.enabled, webhook.failure_count) == ("whk_4m7t2", True, 0)
    assert webhook.events == [
        WebhookEventName.TICKET_CREATED,
        WebhookEventName.TICKET_UPDATED,
        WebhookEventName.TICKET_COMMENT_CREATED,
    ]
    assert webhook.last_triggered is None


async def test_create_refuses_bad_events_and_secret_before_any_request(client: Any, wire: Wire) -> None:
    with pytest.raises(TypeError, match="events"):
        await call(
            client.webhooks.create("br_1", url="https://x.example", secret=SECRET, events="ticket.created")
        )
    with pytest.raises(ValueError, match="secret"):
        await call(
            client.webhooks.create("br_1", url="https://x.example", secret="", events=["ticket.created"])
        )
    assert wire.requests == []


async def test_the_secret_is_in_the_body_only(
    wire: Wire, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Not in the body's repr, the debug log, the hook contexts, nor the returned webhook (even if echoed)."""
    caplog.set_level(logging.DEBUG, logger="dispatch")
    seen: list[RequestContext] = []
    options: dict[str, Any] = {
        "base_url": BASE_URL,
        "transport": httpx.MockTransport(wire.handler),
        "max_retries": 0,
        "debug": True,
        "hooks": Hooks(on_request=seen.append),
    }
    wire.reply(201, {**WEBHOOK, "secret": SECRET})  # an API that echoes it back
    if mode == "sync":
        with DispatchTickets(API_KEY, **options) as sync_client:
            webhook = sync_client.webhooks.create(
                "br_1", url="https://x.example", secret=SECRET, events=["ticket.created"]
            )
    else:
        async with AsyncDispatchTickets(API_KEY, **options) as async_client:
            webhook = await async_client.webhooks.create(
                "br_1", url="https://x.example", secret=SECRET, events=["ticket.created"]
            )
    assert json.loads(wire.last.content)["secret"] == SECRET  # it did go on the wire
    assert caplog.records  # debug logging was on
    assert SECRET not in caplog.text
    assert all(SECRET not in repr(context) for context in seen)
    assert SECRET not in repr(webhook)
    assert "secret" not in webhook.to_dict()


def test_the_request_body_repr_leaves_out_the_secret() -> None:
    from dispatch.resources.webhooks import _create_body

    body = _create_body("https://x.example", SECRET, ["ticket.created"])
    assert SECRET not in repr(body)
    assert SECRET not in str(body)
    assert body.to_dict()["secret"] == SECRET


async def test_list(client: Any, wire: Wire) -> None:
    wire.reply(json=[WEBHOOK, {**WEBHOOK, "id": "whk_2", "lastTriggered": "2024-03-14T16:02:51.000Z"}])
    webhooks = await call(client.webhooks.list("br_1"))
    assert (wire.last.method, wire.last.url.path) == ("GET", "/v1/brands/br_1/webhooks")
    assert [type(w) for w in webhooks] == [Webhook, Webhook]
    assert webhooks[1].last_triggered == datetime(2024, 3, 14, 16, 2, 51, tzinfo=UTC)


async def test_get(client: Any, wire: Wire) -> None:
    wire.reply(json=WEBHOOK)
    webhook = await call(client.webhooks.get("br_1", "whk_4m7t2"))
    assert (wire.last.method, wire.last.url.path) == ("GET", "/v1/brands/br_1/webhooks/whk_4m7t2")
    assert isinstance(webhook, Webhook)
    assert webhook.url == "https://example.com/webhooks/dispatch"


@pytest.mark.parametrize("status", [204, 200])
async def test_delete(client: Any, wire: Wire, status: int) -> None:
    wire.reply(status)
    result = await call(client.webhooks.delete("br_1", "whk_4m7t2"))
    assert (wire.last.method, wire.last.url.path) == ("DELETE", "/v1/brands/br_1/webhooks/whk_4m7t2")
    assert result is None


async def test_get_deliveries(client: Any, wire: Wire) -> None:
    wire.reply(
        json=[DELIVERY, {**DELIVERY, "id": "dlv_2", "status": "SUCCESS", "responseCode": 200, "error": None}]
    )
    deliveries = await call(client.webhooks.get_deliveries("br_1", "whk_4m7t2"))
    assert (wire.last.method, wire.last.url.path) == ("GET", "/v1/brands/br_1/webhooks/whk_4m7t2/deliveries")
    assert [type(d) for d in deliveries] == [WebhookDelivery, WebhookDelivery]
    first, second = deliveries
    assert (first.event, first.status, first.attempts, first.response_code) == (
        WebhookEventName.TICKET_UPDATED,
        WebhookDeliveryStatus.RETRYING,
        2,
        503,
    )
    assert first.payload.to_dict()["data"] == {"id": "tkt_1"}
    assert (second.status, second.error) == (WebhookDeliveryStatus.SUCCESS, None)


# -- the helpers, on the client classes (no client, no request) ---------------------------------------

EVENT_BODY = json.dumps(
    {
        "id": "evt_1",
        "event": "ticket.created",
        "brand_id": "br_1",
        "timestamp": "2025-01-15T10:30:00Z",
        "data": {
            "id": "tkt_1",
            "ticketNumber": 7,
            "title": "Login broken",
            "status": "open",
            "priority": "high",
            "source": "email",
            "createdAt": "2025-01-15T10:30:00Z",
            "customerId": None,
            "customerEmail": "jane@example.com",
            "customerName": None,
        },
    }
).encode()


@pytest.mark.parametrize("client_class", [DispatchTickets, AsyncDispatchTickets])
def test_signature_helpers_on_the_client_class(client_class: Any) -> None:
    helpers = client_class.webhooks
    assert helpers in (Webhooks, AsyncWebhooks)
    signature = helpers.generate_signature(EVENT_BODY, SECRET)
    assert signature.startswith("sha256=")
    assert helpers.verify_signature(EVENT_BODY, signature, SECRET) is True
    assert helpers.verify_signature(EVENT_BODY.decode(), signature, SECRET) is True
    assert helpers.verify_signature(EVENT_BODY + b" ", signature, SECRET) is False
    assert helpers.verify_signature(EVENT_BODY, signature, "whsec_other") is False
    assert helpers.verify_signature(EVENT_BODY, signature, ["whsec_old", SECRET]) is True
    assert helpers.verify_signature(EVENT_BODY, None, SECRET) is False


@pytest.mark.parametrize("client_class", [DispatchTickets, AsyncDispatchTickets])
def test_event_helpers_on_the_client_class(client_class: Any) -> None:
    helpers = client_class.webhooks
    signature = helpers.generate_signature(EVENT_BODY, SECRET)
    now = datetime(2025, 1, 15, 10, 31, tzinfo=UTC).timestamp()
    event = helpers.construct_event(EVENT_BODY, signature, SECRET, now=lambda: now)
    assert isinstance(event, TicketCreatedEvent)
    assert helpers.is_ticket_created_event(event)
    assert (event.data.ticket_number, event.data.customer_email) == (7, "jane@example.com")
    assert helpers.parse_event(EVENT_BODY) == event
    with pytest.raises(WebhookSignatureError) as caught:
        helpers.construct_event(EVENT_BODY, signature, "whsec_wrong", now=lambda: now)
    assert "whsec_wrong" not in str(caught.value)


async def test_helpers_on_a_client_instance_too(client: Any) -> None:
    signature = client.webhooks.generate_signature(b"{}", SECRET)
    assert client.webhooks.verify_signature(b"{}", signature, SECRET) is True
