"""A retried delete tells the truth: a 404 to a DELETE resent after an attempt that may have reached the
server (its answer lost, or a 500/502/504) means that attempt deleted it, so the call returns normally.
A 404 after an attempt that cannot have acted (a refused connection, a 503/429) is still a NotFoundError.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from dispatch import (
    AsyncDispatchTickets,
    DispatchTickets,
    DispatchTicketsError,
    Hooks,
    NotFoundError,
    RequestContext,
    RetryConfig,
)
from dispatch._constants import EARLIER_ATTEMPT_MAY_HAVE_ACTED_EXTENSION, ERROR_EXTENSION
from tests._engine import httpx
from tests.unit.conftest import API_KEY, BASE_URL, Wire, call
from tests.unit.test_comments import COMMENT
from tests.unit.test_tickets import TICKET

NO_WAIT = RetryConfig(max_retries=2, initial_delay=0, jitter=0)
NOT_FOUND = {"message": "Not found", "code": "not_found"}
CUSTOMER = {
    "id": "cus_1",
    "brandId": "br_1",
    "email": "ada@example.com",
    "createdAt": "2026-01-01T00:00:00Z",
    "updatedAt": "2026-01-01T00:00:00Z",
}

# Every delete of the facade: (name, call, path) -- the 204 ones first, then those answering the object.
Delete = Callable[[Any], Any]
VOID_DELETES: list[tuple[str, Delete, str]] = [
    ("webhooks", lambda c: c.webhooks.delete("br_1", "wh_1"), "/v1/brands/br_1/webhooks/wh_1"),
    ("tags", lambda c: c.tags.delete("br_1", "tag_1"), "/v1/brands/br_1/tags/tag_1"),
    ("categories", lambda c: c.categories.delete("br_1", "cat_1"), "/v1/brands/br_1/categories/cat_1"),
    ("fields", lambda c: c.fields.delete("br_1", "ticket", "order"), "/v1/brands/br_1/fields/ticket/order"),
    (
        "attachments",
        lambda c: c.attachments.delete("br_1", "tkt_1", "att_1"),
        "/v1/brands/br_1/tickets/tkt_1/attachments/att_1",
    ),
    ("api_key", lambda c: c.accounts.revoke_api_key("key_1"), "/v1/accounts/me/api-keys/key_1"),
    ("brands", lambda c: c.brands.delete("br_1"), "/v1/brands/br_1"),
]
BODY_DELETES: list[tuple[str, Delete, str, dict[str, Any]]] = [
    ("tickets", lambda c: c.tickets.delete("br_1", "tkt_1"), "/v1/brands/br_1/tickets/tkt_1", TICKET),
    (
        "comments",
        lambda c: c.comments.delete("br_1", "tkt_1", "cmt_1"),
        "/v1/brands/br_1/tickets/tkt_1/comments/cmt_1",
        COMMENT,
    ),
    ("customers", lambda c: c.customers.delete("br_1", "cus_1"), "/v1/brands/br_1/customers/cus_1", CUSTOMER),
]
ALL_DELETES = [(name, delete, path) for name, delete, path in VOID_DELETES] + [
    (name, delete, path) for name, delete, path, _ in BODY_DELETES
]
# The first attempt's fate: each may have reached the server and been acted on.
MAY_HAVE_ACTED: list[tuple[str, Callable[[Wire], None]]] = [
    ("read timeout", lambda w: w.fail(httpx.ReadTimeout("timed out"))),
    ("dropped connection", lambda w: w.fail(httpx.RemoteProtocolError("peer closed connection"))),
    ("read error", lambda w: w.fail(httpx.ReadError("connection reset"))),
    ("502", lambda w: w.reply(502, {"message": "Bad gateway"})),
    ("500", lambda w: w.reply(500, {"message": "Internal error"})),
]
# ...and each of these cannot have been acted on.
NOT_ACTED: list[tuple[str, Callable[[Wire], None]]] = [
    ("connect error", lambda w: w.fail(httpx.ConnectError("refused"))),
    ("503", lambda w: w.reply(503, {"message": "Unavailable"})),
    ("429", lambda w: w.reply(429, {"message": "Slow down"}, headers={"retry-after": "0"})),
]


class Seen:
    """What the hooks saw."""

    def __init__(self) -> None:
        self.errors: list[DispatchTicketsError] = []
        self.requests: list[RequestContext] = []

    def hooks(self) -> Hooks:
        return Hooks(on_error=lambda error, ctx: self.errors.append(error), on_request=self.requests.append)


@pytest.fixture
def seen() -> Seen:
    return Seen()


@pytest.fixture
async def client(mode: str, wire: Wire, seen: Seen) -> AsyncIterator[Any]:
    """A client that retries at once (no wait), over the recording wire."""
    transport = httpx.MockTransport(wire.handler)
    options: dict[str, Any] = {"base_url": BASE_URL, "transport": transport, "retry": NO_WAIT}
    if mode == "sync":
        with DispatchTickets(API_KEY, hooks=seen.hooks(), **options) as sync_client:
            yield sync_client
    else:
        async with AsyncDispatchTickets(API_KEY, hooks=seen.hooks(), **options) as async_client:
            yield async_client


@pytest.mark.parametrize(("name", "delete", "path"), ALL_DELETES, ids=[d[0] for d in ALL_DELETES])
@pytest.mark.parametrize(("fate", "first_attempt"), MAY_HAVE_ACTED, ids=[f[0] for f in MAY_HAVE_ACTED])
async def test_a_404_after_an_attempt_that_may_have_deleted_it_is_success(
    client: Any, wire: Wire, seen: Seen, name: str, delete: Delete, path: str, fate: str, first_attempt: Any
) -> None:
    first_attempt(wire)
    wire.reply(404, NOT_FOUND)

    assert await call(delete(client)) is None

    assert [(r.method, r.url.path) for r in wire.requests] == [("DELETE", path)] * 2
    assert seen.errors == []  # the call succeeded: no on_error


@pytest.mark.parametrize(("name", "delete", "path"), ALL_DELETES, ids=[d[0] for d in ALL_DELETES])
@pytest.mark.parametrize(("fate", "first_attempt"), NOT_ACTED, ids=[f[0] for f in NOT_ACTED])
async def test_a_404_after_an_attempt_that_cannot_have_acted_is_not_found(
    client: Any, wire: Wire, seen: Seen, name: str, delete: Delete, path: str, fate: str, first_attempt: Any
) -> None:
    first_attempt(wire)
    wire.reply(404, NOT_FOUND)

    with pytest.raises(NotFoundError) as raised:
        await call(delete(client))

    assert len(wire.requests) == 2
    assert seen.errors == [raised.value]
    assert seen.errors[0] is raised.value  # on_error got the very object raised


@pytest.mark.parametrize(("name", "delete", "path"), ALL_DELETES, ids=[d[0] for d in ALL_DELETES])
async def test_a_first_404_is_not_found(
    client: Any, wire: Wire, seen: Seen, name: str, delete: Delete, path: str
) -> None:
    wire.reply(404, NOT_FOUND)
    with pytest.raises(NotFoundError) as raised:
        await call(delete(client))
    assert len(wire.requests) == 1
    assert seen.errors[0] is raised.value


@pytest.mark.parametrize(("name", "delete", "path", "body"), BODY_DELETES, ids=[d[0] for d in BODY_DELETES])
async def test_a_retried_delete_that_gets_the_object_returns_it(
    client: Any, wire: Wire, name: str, delete: Delete, path: str, body: dict[str, Any]
) -> None:
    wire.fail(httpx.ReadTimeout("timed out"))
    wire.reply(200, body)  # the first attempt had not got that far: this one deleted it
    result = await call(delete(client))
    assert result is not None
    assert result.id == body["id"]


async def test_the_brand_preview_deletes_nothing_so_its_404_stays_an_error(client: Any, wire: Wire) -> None:
    wire.fail(httpx.ReadTimeout("timed out"))
    wire.reply(404, NOT_FOUND)
    with pytest.raises(NotFoundError):
        await call(client.brands.delete("br_1", confirm=False))
    assert "confirm" not in wire.last.url.params


async def test_a_404_after_a_lost_answer_on_a_get_stays_an_error(client: Any, wire: Wire) -> None:
    wire.fail(httpx.ReadTimeout("timed out"))
    wire.reply(404, NOT_FOUND)
    with pytest.raises(NotFoundError):
        await call(client.tickets.get("br_1", "tkt_1"))


async def test_the_transport_marks_the_response_for_raw_callers(mode: str) -> None:
    """The raw httpx client sees the 404 as it is, marked (no on_error: the delete is done)."""
    replies: list[Any] = [httpx.RemoteProtocolError("dropped"), httpx.Response(404, json=NOT_FOUND)]
    errors: list[DispatchTicketsError] = []

    def handler(request: httpx.Request) -> httpx.Response:
        reply = replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply  # type: ignore[no-any-return]

    hooks = Hooks(on_error=lambda error, ctx: errors.append(error))
    options: dict[str, Any] = {
        "base_url": BASE_URL,
        "transport": httpx.MockTransport(handler),
        "retry": NO_WAIT,
    }
    if mode == "sync":
        with DispatchTickets(API_KEY, hooks=hooks, **options) as sync_client:
            response = sync_client.raw.get_httpx_client().delete("/brands/br_1/tags/tag_1")
    else:
        async with AsyncDispatchTickets(API_KEY, hooks=hooks, **options) as async_client:
            response = await async_client.raw.get_async_httpx_client().delete("/brands/br_1/tags/tag_1")
    assert response.status_code == 404
    assert response.extensions[EARLIER_ATTEMPT_MAY_HAVE_ACTED_EXTENSION] is True
    assert isinstance(response.extensions[ERROR_EXTENSION], NotFoundError)
    assert errors == []
