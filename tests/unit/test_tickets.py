"""client.tickets on the wire, sync and async."""

from __future__ import annotations

from typing import Any

import pytest

from dispatch import (
    DispatchTicketsError,
    NotFoundError,
    PaginationError,
    ResponseFieldError,
    Ticket,
    TicketStatus,
)
from tests.unit.conftest import API_KEY, Wire, body_of, call, collect, query_of

TICKET: dict[str, Any] = {
    "id": "tkt_1",
    "brandId": "br_1",
    "ticketNumber": 7,
    "title": "Cannot log in",
    "status": "open",
    "priority": "high",
    "source": "api",
    "commentCount": 0,
    "attachmentCount": 0,
    "isSpam": False,
    "createdAt": "2026-11-01T10:00:00Z",
    "updatedAt": "2026-11-01T10:00:00Z",
}


def page(ids: list[str], *, has_more: bool, cursor: str | None = None) -> dict[str, Any]:
    pagination: dict[str, Any] = {"hasMore": has_more}
    if cursor is not None:
        pagination["cursor"] = cursor
    return {"data": [{**TICKET, "id": i} for i in ids], "pagination": pagination}


async def test_create_sends_body_and_idempotency_key(client: Any, wire: Wire) -> None:
    wire.reply(201, TICKET)
    ticket = await call(
        client.tickets.create(
            "br_1",
            title="Cannot log in",
            priority="high",
            customer_email="a@example.com",
            idempotency_key="idem-1",
        )
    )
    request = wire.last
    assert (request.method, request.url.path) == ("POST", "/v1/brands/br_1/tickets")
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["x-idempotency-key"] == "idem-1"
    assert request.headers["user-agent"].startswith("dispatch-tickets-python/")
    assert body_of(request) == {
        "title": "Cannot log in",
        "priority": "high",
        "customerEmail": "a@example.com",
    }
    assert isinstance(ticket, Ticket)
    assert (ticket.id, ticket.ticket_number, ticket.status) == ("tkt_1", 7, TicketStatus.OPEN)


async def test_create_sends_an_enum_value_the_sdk_does_not_list(client: Any, wire: Wire) -> None:
    """Issue 12.7: ``priority`` is a Literal for mypy; at run time the service judges (a value it added
    after this SDK must work, and a wrong one comes back as its ValidationError)."""
    wire.reply(201, {**TICKET, "priority": "critical"})
    ticket = await call(client.tickets.create("br_1", title="x", priority="critical"))
    assert body_of(wire.last)["priority"] == "critical"
    assert ticket.priority == "critical"


@pytest.mark.parametrize(
    ("value", "error"), [("not an object", ValueError), ([1, 2], TypeError)], ids=["text", "list"]
)
async def test_a_wrong_argument_is_the_callers_error_before_any_request(
    client: Any, wire: Wire, value: Any, error: type[Exception]
) -> None:
    with pytest.raises(error, match="custom_fields") as caught:
        await call(client.tickets.create("br_1", title="x", custom_fields=value))
    assert not isinstance(caught.value, ResponseFieldError)
    assert wire.requests == []


async def test_update_sends_null_to_unassign(client: Any, wire: Wire) -> None:
    wire.reply(200, TICKET)
    await call(client.tickets.update("br_1", "tkt_1", assignee_id=None, status="resolved"))
    assert (wire.last.method, wire.last.url.path) == ("PATCH", "/v1/brands/br_1/tickets/tkt_1")
    assert body_of(wire.last) == {"assigneeId": None, "status": "resolved"}


async def test_list_walks_every_page_with_the_same_filters(client: Any, wire: Wire) -> None:
    wire.reply(json=page(["t1", "t2"], has_more=True, cursor="c1"))
    wire.reply(json=page(["t3"], has_more=False))
    tickets = await collect(client.tickets.list("br_1", status=["open", "pending"], is_spam=False, limit=2))
    assert [t.id for t in tickets] == ["t1", "t2", "t3"]
    first, second = wire.requests
    assert query_of(first) == {"status": "open,pending", "isSpam": "false", "limit": "2"}
    assert query_of(second) == {"status": "open,pending", "isSpam": "false", "limit": "2", "cursor": "c1"}


async def test_a_ticket_with_a_bad_field_does_not_stop_the_listing(client: Any, wire: Wire) -> None:
    body = page(["t1", "t2", "t3"], has_more=False)
    body["data"][1]["createdAt"] = "yesterday"
    wire.reply(json=body)
    tickets = await collect(client.tickets.list("br_1"))
    assert [t.id for t in tickets] == ["t1", "t2", "t3"]
    assert tickets[0].created_at.year == 2026
    with pytest.raises(ResponseFieldError, match=r"Ticket\.created_at: .*yesterday"):
        _ = tickets[1].created_at
    assert tickets[1].status == TicketStatus.OPEN


@pytest.mark.parametrize("broken", [{"data": "tickets"}, {"pagination": []}])
async def test_a_malformed_page_is_the_calls_error(client: Any, wire: Wire, broken: dict[str, Any]) -> None:
    wire.reply(json={**page(["t1"], has_more=False), **broken})
    with pytest.raises(
        DispatchTicketsError, match="TicketPage the API documents \\(malformed: TicketPage"
    ) as caught:
        await collect(client.tickets.list("br_1"))
    assert caught.value.code == "unexpected_response"
    assert isinstance(caught.value.__cause__, ResponseFieldError)


async def test_list_is_lazy(client: Any, wire: Wire) -> None:
    client.tickets.list("br_1")
    assert wire.requests == []


async def test_list_refuses_a_repeated_cursor(client: Any, wire: Wire) -> None:
    wire.reply(json=page(["t1"], has_more=True, cursor="same"))
    wire.reply(json=page(["t2"], has_more=True, cursor="same"))
    with pytest.raises(PaginationError, match="same"):
        await collect(client.tickets.list("br_1"))


async def test_list_refuses_more_without_cursor(client: Any, wire: Wire) -> None:
    wire.reply(json=page(["t1"], has_more=True))
    with pytest.raises(PaginationError, match="no cursor"):
        await collect(client.tickets.list("br_1"))


async def test_list_page_and_next_page(client: Any, wire: Wire) -> None:
    wire.reply(json=page(["t1"], has_more=True, cursor="c1"))
    wire.reply(json=page(["t2"], has_more=False))
    first = await call(client.tickets.list_page("br_1", limit=1, priority="urgent"))
    assert (first.has_more, first.next_cursor, [t.id for t in first.data]) == (True, "c1", ["t1"])
    second = await call(first.next_page())
    assert [t.id for t in second] == ["t2"]
    assert query_of(wire.last) == {"limit": "1", "priority": "urgent", "cursor": "c1"}
    assert await call(second.next_page()) is None


async def test_get_percent_encodes_ids(client: Any, wire: Wire) -> None:
    wire.reply(json=TICKET)
    await call(client.tickets.get("br_1", "../x"))
    assert wire.last.url.raw_path == b"/v1/brands/br_1/tickets/..%2Fx"
    wire.reply(json=TICKET)
    await call(client.tickets.get("br_1", ".."))
    assert wire.last.url.raw_path == b"/v1/brands/br_1/tickets/%2E%2E"


async def test_empty_id_is_refused_before_any_request(client: Any, wire: Wire) -> None:
    with pytest.raises(ValueError, match="ticket_id"):
        await call(client.tickets.get("br_1", ""))
    assert wire.requests == []


async def test_not_found_carries_request_id(client: Any, wire: Wire) -> None:
    wire.reply(404, {"message": "Ticket not found"}, headers={"x-request-id": "req_9"})
    with pytest.raises(NotFoundError) as caught:
        await call(client.tickets.get("br_1", "tkt_404"))
    assert (caught.value.message, caught.value.request_id, caught.value.status_code) == (
        "Ticket not found",
        "req_9",
        404,
    )


async def test_delete_spam_merge_bulk(client: Any, wire: Wire) -> None:
    wire.reply(json=TICKET)
    await call(client.tickets.delete("br_1", "tkt_1"))
    assert (wire.last.method, wire.last.url.path) == ("DELETE", "/v1/brands/br_1/tickets/tkt_1")
    wire.reply(json={**TICKET, "isSpam": True})
    spam = await call(client.tickets.mark_as_spam("br_1", "tkt_1"))
    assert (wire.last.url.path, body_of(wire.last), spam.is_spam) == (
        "/v1/brands/br_1/tickets/tkt_1/spam",
        {"isSpam": True},
        True,
    )
    wire.reply(json=TICKET)
    await call(client.tickets.merge("br_1", "tkt_1", ["tkt_2", "tkt_3"]))
    assert (wire.last.url.path, body_of(wire.last)) == (
        "/v1/brands/br_1/tickets/tkt_1/merge",
        {"sourceTicketIds": ["tkt_2", "tkt_3"]},
    )
    wire.reply(json={"success": True, "count": 2})
    result = await call(client.tickets.bulk("br_1", "assign", ["tkt_1", "tkt_2"], assignee_id="user_1"))
    assert (wire.last.method, wire.last.url.path) == ("POST", "/v1/brands/br_1/tickets/bulk")
    assert body_of(wire.last) == {"action": "assign", "ticketIds": ["tkt_1", "tkt_2"], "assigneeId": "user_1"}
    assert (result.success, result.count) == (True, 2)


async def test_unknown_status_from_server_still_parses(client: Any, wire: Wire) -> None:
    wire.reply(json={**TICKET, "status": "archived", "brandNewField": 1})
    ticket = await call(client.tickets.get("br_1", "tkt_1"))
    assert ticket.status == "archived"
    assert not ticket.status.is_known
    assert ticket.additional_properties == {"brandNewField": 1}


async def test_malformed_success_body_is_a_clear_sdk_error(client: Any, wire: Wire) -> None:
    wire.reply(json={"id": "tkt_1"})  # most required fields missing
    with pytest.raises(DispatchTicketsError, match="malformed") as caught:
        await call(client.tickets.get("br_1", "tkt_1"))
    assert caught.value.code == "unexpected_response"
    assert isinstance(caught.value.__cause__, KeyError)


async def test_a_single_id_string_is_refused_not_sent_letter_by_letter(client: Any, wire: Wire) -> None:
    with pytest.raises(TypeError, match="source_ticket_ids"):
        await call(client.tickets.merge("br_1", "tkt_1", "tkt_2"))
    with pytest.raises(TypeError, match="ticket_ids"):
        await call(client.tickets.bulk("br_1", "close", "tkt_2"))
    assert wire.requests == []
