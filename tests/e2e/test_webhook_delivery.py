"""Real webhook deliveries: the emulator POSTs signed events to a local receiver, which verifies them with
the SDK and parses them into typed events; the delivery history is read back through the facade."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from dispatch import (
    CommentCreatedEvent,
    DispatchTickets,
    TicketCreatedEvent,
    TicketUpdatedEvent,
    WebhookEvent,
    construct_webhook_event,
    is_comment_created_event,
    is_ticket_created_event,
    is_ticket_updated_event,
    verify_signature,
)
from dispatch.testing.demo import WebhookReceiver
from dispatch.testing.pytest_plugin import EmulatorSession
from dispatch.webhooks import SIGNATURE_HEADER

pytestmark = pytest.mark.e2e

SECRET = "whsec_e2e_" + "0" * 16
EVENTS = ["ticket.created", "ticket.updated", "ticket.comment.created", "comment.created"]


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver(SECRET) as running:
        yield running


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_signed_deliveries_are_verified_and_parsed_into_typed_events(
    dispatch_emulator: EmulatorSession, receiver: WebhookReceiver, mode: str
) -> None:
    client = dispatch_emulator.client()
    brand = client.brands.create(name="Acme", slug="acme", ticket_prefix="ACME")
    webhook = client.webhooks.create(brand.id, url=receiver.url, secret=SECRET, events=EVENTS)

    if mode == "sync":
        ticket = client.tickets.create(
            brand.id,
            title="Cannot log in",
            priority="high",
            customer_email="jane@example.com",
            customer_name="Jane",
        )
        client.tickets.update(brand.id, ticket.id, status="pending", assignee_id="usr_1")
        comment = client.comments.create(brand.id, ticket.id, body="On it", author_type="AGENT")
    else:
        async with dispatch_emulator.async_client() as async_client:
            ticket = await async_client.tickets.create(
                brand.id,
                title="Cannot log in",
                priority="high",
                customer_email="jane@example.com",
                customer_name="Jane",
            )
            await async_client.tickets.update(brand.id, ticket.id, status="pending", assignee_id="usr_1")
            comment = await async_client.comments.create(
                brand.id, ticket.id, body="On it", author_type="AGENT"
            )

    events = receiver.wait_for(4, timeout=15)
    assert receiver.rejected == []
    by_name = {event.event: event for event in events}
    assert sorted(by_name) == sorted(EVENTS)
    # the emulator's deliveries match the document's payload schemas field for field
    assert {event.event: event.unreadable for event in events} == dict.fromkeys(EVENTS, ())

    created = by_name["ticket.created"]
    assert is_ticket_created_event(created)
    assert isinstance(created, TicketCreatedEvent)
    assert created.brand_id == brand.id
    assert (created.data.id, created.data.ticket_number, created.data.title, created.data.priority) == (
        ticket.id,
        1,
        "Cannot log in",
        "high",
    )
    assert (created.data.customer_email, created.data.customer_name) == ("jane@example.com", "Jane")
    assert created.data.customer_id == ticket.customer_id

    updated = by_name["ticket.updated"]
    assert is_ticket_updated_event(updated)
    assert isinstance(updated, TicketUpdatedEvent)
    assert (updated.data.id, updated.data.status, updated.data.assignee_id) == (ticket.id, "pending", "usr_1")
    assert set(updated.data.changes or []) >= {"status", "assigneeId"}

    commented = by_name["ticket.comment.created"]
    assert is_comment_created_event(commented)
    assert isinstance(commented, CommentCreatedEvent)
    assert (commented.data.ticket_id, commented.data.ticket_number) == (ticket.id, "ACME-1")
    assert (commented.data.comment.id, commented.data.comment.body, commented.data.comment.author_type) == (
        comment.id,
        "On it",
        "AGENT",
    )
    assert isinstance(by_name["comment.created"], WebhookEvent)  # no typed model: the data stays a dict

    # Every delivery as it arrived: the raw bytes verify, with the headers the emulator sends.
    for headers, raw in receiver.received:
        assert verify_signature(raw, headers[SIGNATURE_HEADER.lower()], SECRET)
        assert DispatchTickets.webhooks.verify_signature(raw, headers[SIGNATURE_HEADER.lower()], [
            "whsec_old", SECRET,
        ])  # fmt: skip
        assert not verify_signature(raw, headers[SIGNATURE_HEADER.lower()], "whsec_other")
        assert headers["x-dispatch-event"] == json.loads(raw)["event"]
        assert headers["content-type"] == "application/json"

    # The delivery history, through the facade.
    dispatch_emulator.emulator.wait_for_deliveries(timeout=10, brand_id=brand.id)
    deliveries = client.webhooks.get_deliveries(brand.id, webhook.id)
    assert sorted(d.event for d in deliveries) == sorted(EVENTS)
    assert {(d.status, d.attempts, d.response_code) for d in deliveries} == {("SUCCESS", 1, 200)}
    delivered_ids = {headers["x-dispatch-delivery"] for headers, _ in receiver.received}
    assert delivered_ids == {d.id for d in deliveries}
    hook = client.webhooks.get(brand.id, webhook.id)
    assert (hook.failure_count, hook.last_triggered is not None) == (0, True)


def test_a_wrong_secret_is_rejected_and_the_delivery_retried_until_it_fails(
    dispatch_emulator: EmulatorSession, receiver: WebhookReceiver
) -> None:
    client = dispatch_emulator.client()
    brand = client.brands.create(name="Acme", slug="acme")
    webhook = client.webhooks.create(
        brand.id, url=receiver.url, secret="whsec_not_the_receivers", events=EVENTS[:1]
    )
    client.tickets.create(brand.id, title="Signed with another secret")
    dispatch_emulator.emulator.wait_for_deliveries(timeout=10, brand_id=brand.id)

    assert receiver.events == []
    assert len(receiver.rejected) == 3  # the first attempt and the two retries
    assert all("does not match" in reason for reason in receiver.rejected)
    bodies = {raw for _, raw in receiver.received}
    assert len(bodies) == 1  # every retry sends the very same bytes (and so the same event id)
    (delivery,) = client.webhooks.get_deliveries(brand.id, webhook.id)
    assert (delivery.status, delivery.attempts, delivery.response_code) == ("FAILED", 3, 400)
    assert client.webhooks.get(brand.id, webhook.id).failure_count == 1

    # The payload itself is intact: with the secret it was signed with, it verifies and parses.
    headers, raw = receiver.received[0]
    event = construct_webhook_event(raw, headers[SIGNATURE_HEADER.lower()], "whsec_not_the_receivers")
    assert is_ticket_created_event(event)
    assert event.data.title == "Signed with another secret"


def test_a_failing_endpoint_gets_retries_then_a_later_success_resets_the_failure_count(
    dispatch_emulator: EmulatorSession,
) -> None:
    client = dispatch_emulator.client()
    brand = client.brands.create(name="Acme", slug="acme")
    with WebhookReceiver(SECRET, status=503) as failing:
        webhook = client.webhooks.create(brand.id, url=failing.url, secret=SECRET, events=EVENTS[:1])
        client.tickets.create(brand.id, title="While the endpoint is down")
        dispatch_emulator.emulator.wait_for_deliveries(timeout=10, brand_id=brand.id)
        assert len(failing.events) == 3  # verified fine, but answered 503 each time
        assert len({event.id for event in failing.events}) == 1
        failing.status = 200
        client.tickets.create(brand.id, title="Back up")
        dispatch_emulator.emulator.wait_for_deliveries(timeout=10, brand_id=brand.id)
    newest, oldest = client.webhooks.get_deliveries(brand.id, webhook.id)  # newest first
    assert (oldest.status, oldest.attempts, oldest.response_code) == ("FAILED", 3, 503)
    assert (newest.status, newest.attempts, newest.response_code) == ("SUCCESS", 1, 200)
    assert client.webhooks.get(brand.id, webhook.id).failure_count == 0
