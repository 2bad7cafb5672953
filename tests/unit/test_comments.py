"""client.comments on the wire, sync and async."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from dispatch import AuthorType, Comment, Link, TicketSource
from dispatch.resources._base import camel
from tests.unit.conftest import Wire, body_of, call, query_of

PATH = "/v1/brands/br_1/tickets/tkt_1/comments"
COMMENT: dict[str, Any] = {
    "id": "cmt_6p4r2",
    "ticketId": "tkt_1",
    "body": "Thanks for reaching out! I have refunded the duplicate payment.",
    "authorId": "usr_9d2k4",
    "authorName": "Sam Rivera",
    "authorType": "AGENT",
    "parentId": None,
    "links": [],
    "metadata": {},
    "source": "api",
    "sourceId": None,
    "createdAt": "2024-03-14T16:02:51.000Z",
    "updatedAt": "2024-03-14T16:02:51.000Z",
    "deletedAt": None,
    "replies": [],
}


async def test_create_sends_body_fields_and_idempotency_key(client: Any, wire: Wire) -> None:
    wire.reply(201, COMMENT)
    comment = await call(
        client.comments.create(
            "br_1",
            "tkt_1",
            body="Thanks for reaching out! I have refunded the duplicate payment.",
            author_type="AGENT",
            author_name="Sam Rivera",
            set_status="pending",
            links=[Link(url="https://pay.example.com/r/1", title="Refund"), {"url": "https://x.example"}],
            metadata={"refund_id": "re_1"},
            cc=["boss@example.com"],
            idempotency_key="idem-comment-1",
        )
    )
    request = wire.last
    assert (request.method, request.url.path, query_of(request)) == ("POST", PATH, {})
    assert request.headers["x-idempotency-key"] == "idem-comment-1"
    assert body_of(request) == {
        "body": "Thanks for reaching out! I have refunded the duplicate payment.",
        "authorType": "AGENT",
        "authorName": "Sam Rivera",
        "setStatus": "pending",
        "links": [{"url": "https://pay.example.com/r/1", "title": "Refund"}, {"url": "https://x.example"}],
        "metadata": {"refund_id": "re_1"},
        "cc": ["boss@example.com"],
    }
    assert isinstance(comment, Comment)
    assert (comment.id, comment.author_type, comment.source) == (
        "cmt_6p4r2",
        AuthorType.AGENT,
        TicketSource.API,
    )
    assert comment.replies == []


async def test_create_with_only_a_body(client: Any, wire: Wire) -> None:
    wire.reply(201, COMMENT)
    await call(client.comments.create("br_1", "tkt_1", body="Hi"))
    assert body_of(wire.last) == {"body": "Hi"}
    # retries are off in this fixture: no automatic key either (see test_transport for the automatic one)
    assert len(wire.last.headers["x-idempotency-key"]) == 36  # one made for this call: a retry is safe


async def test_set_status_closed_is_refused_before_any_request(client: Any, wire: Wire) -> None:
    with pytest.raises(ValueError, match="set_status") as caught:
        await call(client.comments.create("br_1", "tkt_1", body="Bye", set_status="closed"))
    assert "tickets.update" in str(caught.value)
    assert wire.requests == []


@pytest.mark.parametrize(
    ("field", "value"), [("author_type", "BOT"), ("set_status", "done"), ("source", "fax")]
)
async def test_an_enum_value_the_sdk_does_not_list_is_sent_as_given(
    client: Any, wire: Wire, field: str, value: str
) -> None:
    """Issue 12.7: mypy flags it (Literal types); at run time the service judges (it may have added it)."""
    wire.reply(201, COMMENT)
    await call(client.comments.create("br_1", "tkt_1", body="x", **{field: value}))
    assert body_of(wire.last)[camel(field)] == value


async def test_cc_as_a_str_is_refused(client: Any, wire: Wire) -> None:
    with pytest.raises(TypeError, match="cc"):
        await call(client.comments.create("br_1", "tkt_1", body="x", cc="a@example.com"))
    assert wire.requests == []


async def test_list(client: Any, wire: Wire) -> None:
    wire.reply(json=[{**COMMENT, "id": "cmt_1", "authorType": "CUSTOMER", "source": "email"}, COMMENT])
    comments = await call(client.comments.list("br_1", "tkt_1"))
    assert (wire.last.method, wire.last.url.path) == ("GET", PATH)
    assert [type(c) for c in comments] == [Comment, Comment]
    assert [(c.id, c.author_type) for c in comments] == [
        ("cmt_1", AuthorType.CUSTOMER),
        ("cmt_6p4r2", AuthorType.AGENT),
    ]


async def test_get(client: Any, wire: Wire) -> None:
    wire.reply(json=COMMENT)
    comment = await call(client.comments.get("br_1", "tkt_1", "cmt_6p4r2"))
    assert (wire.last.method, wire.last.url.path) == ("GET", f"{PATH}/cmt_6p4r2")
    assert isinstance(comment, Comment)
    assert comment.created_at == datetime(2024, 3, 14, 16, 2, 51, tzinfo=UTC)


async def test_update(client: Any, wire: Wire) -> None:
    wire.reply(json={**COMMENT, "body": "Updated: the refund was issued today."})
    comment = await call(
        client.comments.update(
            "br_1", "tkt_1", "cmt_6p4r2", body="Updated: the refund was issued today.", metadata={"v": 2}
        )
    )
    request = wire.last
    assert (request.method, request.url.path) == ("PATCH", f"{PATH}/cmt_6p4r2")
    assert body_of(request) == {"body": "Updated: the refund was issued today.", "metadata": {"v": 2}}
    assert comment.body == "Updated: the refund was issued today."


async def test_update_refuses_fields_it_cannot_change(client: Any, wire: Wire) -> None:
    with pytest.raises(TypeError, match="author_type"):
        await call(client.comments.update("br_1", "tkt_1", "cmt_1", author_type="AGENT"))
    assert wire.requests == []


async def test_delete_returns_the_deleted_comment(client: Any, wire: Wire) -> None:
    wire.reply(json={**COMMENT, "deletedAt": "2024-03-15T08:00:00.000Z"})
    comment = await call(client.comments.delete("br_1", "tkt_1", "cmt_6p4r2"))
    assert (wire.last.method, wire.last.url.path) == ("DELETE", f"{PATH}/cmt_6p4r2")
    assert isinstance(comment, Comment)
    assert comment.deleted_at == datetime(2024, 3, 15, 8, 0, tzinfo=UTC)


async def test_ids_are_percent_encoded(client: Any, wire: Wire) -> None:
    wire.reply(json=COMMENT)
    await call(client.comments.get("br_1", "tkt 1", "../cmt"))
    assert wire.last.url.raw_path == b"/v1/brands/br_1/tickets/tkt%201/comments/..%2Fcmt"
