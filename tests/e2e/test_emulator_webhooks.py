"""Webhooks: signed deliveries to a local receiver, retries against a failing one, the delivery record."""

from __future__ import annotations

import json
import threading
from typing import Any

import httpx
import pytest

from dispatch.testing import Emulator
from dispatch.testing.pytest_plugin import EmulatorSession
from dispatch.webhooks import (
    SIGNATURE_HEADER,
    construct_webhook_event,
    is_comment_created_event,
    parse_webhook_event,
    sample_event,
    verify_signature,
)
from tests.e2e.conftest import Receiver, create_brand, create_ticket, running_receiver

SECRET = "whsec_emulator_test"
ALL_EVENTS = [
    "ticket.created",
    "ticket.updated",
    "ticket.deleted",
    "ticket.comment.created",
    "comment.created",
    "comment.updated",
    "comment.deleted",
    "attachment.created",
    "attachment.deleted",
]


def _subscribe(api: httpx.Client, brand_id: str, url: str, events: list[str]) -> dict[str, Any]:
    response = api.post(f"/brands/{brand_id}/webhooks", json={"url": url, "secret": SECRET, "events": events})
    assert response.status_code == 201
    return dict(response.json())


def _cause_every_event(dispatch_emulator: EmulatorSession, api: httpx.Client, b: str) -> None:
    """Create, change and delete a ticket, a comment and an attachment: one delivery of each event."""
    ticket = create_ticket(api, b, title="Refund", customerEmail="kim@example.com", customerName="Kim")
    api.patch(f"/brands/{b}/tickets/{ticket['id']}", json={"status": "pending", "priority": "high"})
    comment = api.post(f"/brands/{b}/tickets/{ticket['id']}/comments", json={"body": "On it"}).json()
    api.patch(f"/brands/{b}/tickets/{ticket['id']}/comments/{comment['id']}", json={"body": "On it!"})
    api.delete(f"/brands/{b}/tickets/{ticket['id']}/comments/{comment['id']}")
    target = api.post(
        f"/brands/{b}/tickets/{ticket['id']}/attachments",
        json={"filename": "a.txt", "contentType": "text/plain", "size": 2},
    ).json()
    httpx.put(target["uploadUrl"], content=b"hi", headers={"Content-Type": "text/plain"})
    api.post(f"/brands/{b}/tickets/{ticket['id']}/attachments/{target['attachmentId']}/confirm")
    api.delete(f"/brands/{b}/tickets/{ticket['id']}/attachments/{target['attachmentId']}")
    api.delete(f"/brands/{b}/tickets/{ticket['id']}")
    dispatch_emulator.emulator.wait_for_deliveries(timeout=10, brand_id=b)


def _shape(value: Any) -> Any:
    """The keys of a JSON object, nested; anything else is a leaf (values and nulls may differ)."""
    return {key: _shape(item) for key, item in value.items()} if isinstance(value, dict) else None


def test_signed_deliveries_of_every_event(
    dispatch_emulator: EmulatorSession, api: httpx.Client, brand: dict[str, Any], receiver: Receiver
) -> None:
    b = brand["id"]
    webhook = _subscribe(api, b, receiver.url, ALL_EVENTS)
    _cause_every_event(dispatch_emulator, api, b)

    for headers, raw in receiver.received:
        assert verify_signature(raw, headers[SIGNATURE_HEADER.lower()], SECRET)
        assert headers["content-type"] == "application/json"
    bodies = receiver.bodies()
    assert sorted(b_["event"] for b_ in bodies) == sorted(ALL_EVENTS)
    assert all(body["brand_id"] == b and body["id"].startswith("evt_") for body in bodies)
    by_event = {body["event"]: body for body in bodies}
    created = by_event["ticket.created"]["data"]
    assert (created["ticketNumber"], created["customerEmail"], created["customerName"]) == (
        1,
        "kim@example.com",
        "Kim",
    )
    assert sorted(by_event["ticket.updated"]["data"]["changes"]) == ["priority", "status"]
    commented = by_event["ticket.comment.created"]
    assert commented["data"]["ticketNumber"] == "ACME-1"
    assert commented["data"]["comment"]["authorType"] == "AGENT"

    headers, raw = next(
        (h, r) for h, r in receiver.received if json.loads(r)["event"] == "ticket.comment.created"
    )
    event = construct_webhook_event(raw, headers[SIGNATURE_HEADER.lower()], SECRET)
    assert is_comment_created_event(event)
    assert event.data.ticket_number == "ACME-1"

    deliveries = api.get(f"/brands/{b}/webhooks/{webhook['id']}/deliveries").json()
    assert len(deliveries) == len(ALL_EVENTS)
    assert all(
        d["status"] == "SUCCESS" and d["attempts"] == 1 and d["responseCode"] == 200 for d in deliveries
    )
    assert {d["payload"]["id"] for d in deliveries} == {body["id"] for body in bodies}
    assert api.get(f"/brands/{b}/webhooks/{webhook['id']}").json()["lastTriggered"] is not None


def test_each_sample_event_has_the_shape_of_the_emulator_s_delivery(
    dispatch_emulator: EmulatorSession, api: httpx.Client, brand: dict[str, Any], receiver: Receiver
) -> None:
    # what `dispatch webhooks trigger NAME` sends is what a handler gets from the service for NAME
    _subscribe(api, brand["id"], receiver.url, ALL_EVENTS)
    _cause_every_event(dispatch_emulator, api, brand["id"])
    delivered = {body["event"]: body for body in receiver.bodies()}
    assert sorted(delivered) == sorted(ALL_EVENTS)
    for name, body in delivered.items():
        sample = sample_event(name)
        assert _shape(sample) == _shape(body), name
        assert type(parse_webhook_event(sample)) is type(parse_webhook_event(body)), name


def test_only_subscribed_events_are_delivered(
    dispatch_emulator: EmulatorSession, api: httpx.Client, brand: dict[str, Any], receiver: Receiver
) -> None:
    _subscribe(api, brand["id"], receiver.url, ["ticket.comment.created"])
    ticket = create_ticket(api, brand["id"])
    api.post(f"/brands/{brand['id']}/tickets/{ticket['id']}/comments", json={"body": "hello"})
    dispatch_emulator.emulator.wait_for_deliveries(brand_id=brand["id"])
    assert [body["event"] for body in receiver.bodies()] == ["ticket.comment.created"]


def test_portal_comments_are_delivered_as_customer_comments(
    dispatch_emulator: EmulatorSession, api: httpx.Client, brand: dict[str, Any], receiver: Receiver
) -> None:
    _subscribe(api, brand["id"], receiver.url, ["ticket.comment.created", "ticket.created"])
    token = api.post(f"/brands/{brand['id']}/portal/token", json={"email": "p@example.com"}).json()["token"]
    portal = httpx.Client(base_url=dispatch_emulator.base_url, headers={"Authorization": f"Bearer {token}"})
    ticket = portal.post("/portal/tickets", json={"title": "From the portal"}).json()
    portal.post(f"/portal/tickets/{ticket['id']}/comments", json={"body": "me again"})
    portal.close()
    dispatch_emulator.emulator.wait_for_deliveries(brand_id=brand["id"])
    events = {body["event"]: body["data"] for body in receiver.bodies()}
    assert events["ticket.created"]["source"] == "web"
    assert events["ticket.comment.created"]["comment"]["authorType"] == "CUSTOMER"
    assert events["ticket.comment.created"]["customerEmail"] == "p@example.com"


def test_failing_receiver_is_retried_then_failed(
    dispatch_emulator: EmulatorSession, api: httpx.Client, brand: dict[str, Any], receiver: Receiver
) -> None:
    receiver.status = 500
    webhook = _subscribe(api, brand["id"], receiver.url, ["ticket.created"])
    create_ticket(api, brand["id"])
    dispatch_emulator.emulator.wait_for_deliveries(timeout=10, brand_id=brand["id"])
    attempts = dispatch_emulator.emulator.state.webhooks.max_attempts
    assert len(receiver.received) == attempts
    assert len({raw for _, raw in receiver.received}) == 1  # every retry sends the same bytes
    [delivery] = api.get(f"/brands/{brand['id']}/webhooks/{webhook['id']}/deliveries").json()
    assert (delivery["status"], delivery["attempts"], delivery["responseCode"]) == ("FAILED", attempts, 500)
    assert delivery["responseBody"] == "ok"
    assert delivery["error"] == "HTTP 500"
    hook = api.get(f"/brands/{brand['id']}/webhooks/{webhook['id']}").json()
    assert (hook["failureCount"], hook["lastFailure"] is not None) == (1, True)


def test_unreachable_receiver_records_the_error(
    dispatch_emulator: EmulatorSession, api: httpx.Client, brand: dict[str, Any]
) -> None:
    webhook = _subscribe(api, brand["id"], "http://127.0.0.1:9/unreachable", ["ticket.created"])
    create_ticket(api, brand["id"])
    dispatch_emulator.emulator.wait_for_deliveries(timeout=10, brand_id=brand["id"])
    [delivery] = dispatch_emulator.emulator.deliveries(webhook["id"])
    assert delivery["status"] == "FAILED"
    assert delivery["responseCode"] is None
    assert "ConnectError" in delivery["error"]


def test_a_recovering_receiver_ends_in_success(
    own_emulator: Emulator, own_api: httpx.Client, receiver: Receiver
) -> None:
    brand = own_api.post("/brands", json={"name": "R", "slug": "r"}).json()
    webhook = _subscribe(own_api, brand["id"], receiver.url, ["ticket.created"])
    receiver.status = 503
    create_ticket(own_api, brand["id"])
    assert receiver.arrived.wait(5)
    receiver.status = 200
    own_emulator.wait_for_deliveries(timeout=10)
    [delivery] = own_api.get(f"/brands/{brand['id']}/webhooks/{webhook['id']}/deliveries").json()
    assert (delivery["status"], delivery["attempts"], delivery["responseCode"]) == ("SUCCESS", 2, 200)


def test_a_stuck_receiver_holds_up_only_its_own_deliveries(receiver: Receiver) -> None:
    """One subscriber that never answers (or a host whose name takes long to resolve) must not starve
    the others: deliveries to different webhooks go out side by side, those to one webhook one at a time.
    """
    release = threading.Event()
    with (
        Emulator(webhook_retry_delays=(), webhook_timeout=30) as emulator,
        running_receiver(hold=release) as stuck,
    ):
        api = httpx.Client(
            base_url=emulator.base_url, headers={"Authorization": f"Bearer {emulator.new_api_key()}"}
        )
        b = create_brand(api)["id"]
        other = create_brand(api, slug="other", prefix="OTH")["id"]
        stuck_hook = _subscribe(api, b, stuck.url, ["ticket.created"])  # first, so its delivery goes first
        _subscribe(api, b, receiver.url, ["ticket.created"])
        create_ticket(api, b, title="one")
        create_ticket(api, b, title="two")
        assert stuck.reached.wait(10)
        assert receiver.wait_for(2)  # both deliveries to the healthy webhook arrive while one hangs
        assert [body["data"]["title"] for body in receiver.bodies()] == ["one", "two"]
        assert stuck.received == []  # still holding the first request
        emulator.wait_for_deliveries(timeout=10, brand_id=other)  # nothing of that brand's is pending
        with pytest.raises(TimeoutError):
            emulator.wait_for_deliveries(timeout=0.01, brand_id=b)
        flush = emulator.root_url + "/_emulator/webhooks/flush"  # the same, over the control API
        assert httpx.post(flush, json={"timeout": 0.01, "brandId": b}).json() == {"done": False}
        assert httpx.post(flush, json={"timeout": 10, "brandId": other}).json() == {"done": True}
        release.set()
        emulator.wait_for_deliveries(timeout=10)
        api.close()
    assert not stuck.overlapped  # the second delivery to the stuck webhook waited for the first
    assert sorted(body["data"]["title"] for body in stuck.bodies()) == ["one", "two"]
    statuses = {d["status"] for d in emulator.deliveries(stuck_hook["id"])}
    assert statuses == {"SUCCESS"}


def test_the_delivery_queue_passes_a_busy_webhook_and_keeps_each_webhook_s_order() -> None:
    """The scheduler alone (no thread, no network): a due delivery to a webhook with one in flight waits
    behind it, in order, while deliveries to other webhooks go; a brand's count says when it is quiet."""
    from dispatch.testing._clock import Clock
    from dispatch.testing._store import Store
    from dispatch.testing._webhooks import Scheduled, WebhookDispatcher

    dispatcher = WebhookDispatcher(Store(None), Clock(None))
    a1, a2, b1 = (Scheduled("del_a1", "whk_a", "br_1"), Scheduled("del_a2", "whk_a", "br_1"),
                  Scheduled("del_b1", "whk_b", "br_2"))  # fmt: skip
    dispatcher.schedule([a1, a2, b1])
    first, second = dispatcher._next(), dispatcher._next()
    assert (first and first.delivery, second and second.delivery) == (a1, b1)  # a2 waits behind a1
    dispatcher._done(b1, None)
    assert dispatcher.wait(0, brand_id="br_2")
    assert not dispatcher.wait(0, brand_id="br_1")
    dispatcher._done(a1, None)
    third = dispatcher._next()
    assert third is not None
    assert third.delivery == a2
    dispatcher._done(a2, 30.0)  # failed: retried in 30 s, still outstanding
    assert not dispatcher.wait(0, brand_id="br_1")
    dispatcher.forget()
    assert dispatcher.wait(0)
