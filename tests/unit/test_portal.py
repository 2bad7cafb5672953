"""DispatchPortal / AsyncDispatchPortal on the wire: every ``portal.tickets`` method, verify, construction.

Token renewal (``refresh()``, ``auto_refresh``) is in ``test_portal_refresh.py``.
"""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from dispatch import (
    AsyncDispatchPortal,
    AuthenticationError,
    DispatchPortal,
    DispatchTicketsError,
    Page,
    PortalAttachment,
    PortalAttachmentWithUrl,
    PortalComment,
    PortalTicket,
    PortalTicketDetail,
    PortalToken,
    PortalUploadTarget,
    RetryConfig,
    ServerError,
    TicketStatus,
)
from dispatch.pagination import AsyncPage
from tests._engine import httpx
from tests.unit.conftest import BASE_URL, Wire, body_of, call, collect, query_of

PORTAL_TOKEN = "ptk_unit_SECRET_1111"
UPLOAD_URL = "https://storage.test/bucket/att_1?X-Signature=SIGNED_SECRET"

TICKET: dict[str, Any] = {
    "id": "tkt_1",
    "ticketNumber": "ACME-1",
    "title": "Order has not arrived",
    "status": "open",
    "priority": "normal",
    "commentCount": 0,
    "createdAt": "2026-11-01T10:00:00Z",
    "updatedAt": "2026-11-01T10:00:00Z",
}
COMMENT: dict[str, Any] = {
    "id": "cmt_1",
    "body": "More details",
    "authorType": "CUSTOMER",
    "authorName": "Ada",
    "createdAt": "2026-11-01T10:05:00Z",
}
DETAIL: dict[str, Any] = {**TICKET, "body": "Order #12345", "brand": {"name": "Acme"}, "comments": [COMMENT]}
ATTACHMENT: dict[str, Any] = {
    "id": "att_1",
    "filename": "log.txt",
    "contentType": "text/plain",
    "size": 11,
    "status": "PENDING",
    "createdAt": "2026-11-01T10:00:00Z",
}
UPLOADED = {**ATTACHMENT, "status": "UPLOADED"}
TARGET: dict[str, Any] = {
    "attachment": ATTACHMENT,
    "uploadUrl": UPLOAD_URL,
    "expiresAt": "2026-11-01T11:00:00Z",
}
TOKEN_JSON: dict[str, Any] = {
    "token": "ptk_verified_SECRET",
    "expiresAt": "2026-11-01T11:00:00Z",
    "customerId": "cus_1",
    "email": "ada@example.com",
    "name": "Ada",
}


class SnapshotWire(Wire):
    """A Wire that records a copy of each request as it was sent.

    The transport sends the same ``httpx.Request`` again on a resend (a retry, or after a renewed
    token) and updates its headers in place, so recording the object itself would show the last
    attempt's ``Authorization`` for every attempt.
    """

    def handler(self, request: httpx.Request) -> httpx.Response:
        request.read()
        snapshot = httpx.Request(
            request.method, request.url, headers=request.headers.copy(), content=request.content
        )
        return super().handler(snapshot)


@pytest.fixture
def wire() -> Wire:
    return SnapshotWire()


def page(ids: list[str], *, has_more: bool, next_cursor: str | None = None) -> dict[str, Any]:
    return {
        "data": [{**TICKET, "id": i} for i in ids],
        "pagination": {"hasMore": has_more, "nextCursor": next_cursor},
    }


def open_portal(mode: str, handler: Any, token: Any = PORTAL_TOKEN, **options: Any) -> Any:
    transport = httpx.MockTransport(handler)
    cls = DispatchPortal if mode == "sync" else AsyncDispatchPortal
    return cls(token, base_url=BASE_URL, transport=transport, **options)


async def close(portal: Any) -> None:
    if isinstance(portal, DispatchPortal):
        portal.close()
    else:
        await portal.aclose()


@pytest.fixture
async def portal(mode: str, wire: Wire) -> AsyncIterator[Any]:
    """The portal client under test, sync or async, with retries off (retry tests turn them on)."""
    client = open_portal(mode, wire.handler, max_retries=0)
    yield client
    await close(client)


def assert_portal_auth(request: httpx.Request) -> None:
    assert request.headers["authorization"] == f"Bearer {PORTAL_TOKEN}"


# -- tickets ---------------------------------------------------------------------------------------


async def test_list_returns_one_page(portal: Any, wire: Wire) -> None:
    wire.reply(json=page(["t1", "t2"], has_more=True, next_cursor="c2"))
    result = await call(
        portal.tickets.list(status="open", sort="updatedAt", order="desc", limit=2, cursor="c1")
    )
    request = wire.last
    assert (request.method, request.url.path) == ("GET", "/v1/portal/tickets")
    assert query_of(request) == {
        "status": "open",
        "sort": "updatedAt",
        "order": "desc",
        "limit": "2",
        "cursor": "c1",
    }
    assert_portal_auth(request)
    assert isinstance(result, Page | AsyncPage)
    assert (result.has_more, result.next_cursor) == (True, "c2")
    assert [t.id for t in result.data] == ["t1", "t2"]
    assert isinstance(result.data[0], PortalTicket)
    assert result.data[0].ticket_number == "ACME-1"
    assert len(wire.requests) == 1  # one page only


async def test_a_malformed_page_is_the_calls_error(portal: Any, wire: Wire) -> None:
    wire.reply(json={**page(["t1"], has_more=False), "pagination": "none"})
    with pytest.raises(
        DispatchTicketsError, match="PortalTicketPage the API documents \\(malformed: PortalTicketPage"
    ) as caught:
        await call(portal.tickets.list())
    assert caught.value.code == "unexpected_response"


async def test_list_without_filters_sends_no_query(portal: Any, wire: Wire) -> None:
    wire.reply(json=page([], has_more=False))
    result = await call(portal.tickets.list())
    assert query_of(wire.last) == {}
    assert (result.has_more, result.next_cursor, result.data) == (False, None, [])


async def test_list_page_next_page_keeps_the_filters(portal: Any, wire: Wire) -> None:
    wire.reply(json=page(["t1"], has_more=True, next_cursor="c2"))
    wire.reply(json=page(["t2"], has_more=False))
    first = await call(portal.tickets.list(status=TicketStatus.PENDING, limit=1))
    second = await call(first.next_page())
    assert [t.id for t in second] == ["t2"]
    assert query_of(wire.last) == {"status": "pending", "limit": "1", "cursor": "c2"}
    assert await call(second.next_page()) is None


async def test_list_all_walks_every_page_with_the_same_params(portal: Any, wire: Wire) -> None:
    wire.reply(json=page(["t1", "t2"], has_more=True, next_cursor="c2"))
    wire.reply(json=page(["t3"], has_more=True, next_cursor="c3"))
    wire.reply(json=page(["t4"], has_more=False, next_cursor=None))
    iterator = portal.tickets.list_all(status="resolved", sort="createdAt", order="asc", limit=2)
    assert wire.requests == []  # lazy
    tickets = await collect(iterator)
    assert [t.id for t in tickets] == ["t1", "t2", "t3", "t4"]
    params = {"status": "resolved", "sort": "createdAt", "order": "asc", "limit": "2"}
    assert [query_of(r) for r in wire.requests] == [
        params,
        {**params, "cursor": "c2"},
        {**params, "cursor": "c3"},
    ]
    for request in wire.requests:
        assert request.url.path == "/v1/portal/tickets"
        assert_portal_auth(request)


@pytest.mark.parametrize(
    ("name", "value"),
    [("status", "archived"), ("sort", "priority"), ("order", "up")],
)
async def test_list_filters_the_sdk_does_not_list_are_sent_as_given(
    portal: Any, wire: Wire, name: str, value: str
) -> None:
    """Issue 12.7: typed as Literal for mypy; at run time the service judges."""
    wire.reply(json=page([], has_more=False))
    await call(portal.tickets.list(**{name: value}))
    assert query_of(wire.last)[name] == value


async def test_get_returns_the_detail(portal: Any, wire: Wire) -> None:
    wire.reply(json=DETAIL)
    detail = await call(portal.tickets.get("tkt_1"))
    assert (wire.last.method, wire.last.url.path) == ("GET", "/v1/portal/tickets/tkt_1")
    assert_portal_auth(wire.last)
    assert isinstance(detail, PortalTicketDetail)
    assert (detail.body, detail.brand.name) == ("Order #12345", "Acme")
    assert [c.body for c in detail.comments] == ["More details"]


async def test_get_percent_encodes_the_id(portal: Any, wire: Wire) -> None:
    wire.reply(json=DETAIL)
    await call(portal.tickets.get("../x"))
    assert wire.last.url.raw_path == b"/v1/portal/tickets/..%2Fx"


async def test_create_sends_body_and_idempotency_key(portal: Any, wire: Wire) -> None:
    wire.reply(201, TICKET)
    ticket = await call(
        portal.tickets.create(
            title="Order has not arrived",
            body="Order #12345",
            attachment_ids=("att_1", "att_2"),
            idempotency_key="idem-create-1",
        )
    )
    request = wire.last
    assert (request.method, request.url.path) == ("POST", "/v1/portal/tickets")
    assert_portal_auth(request)
    assert request.headers["x-idempotency-key"] == "idem-create-1"
    assert request.headers["content-type"] == "application/json"
    assert body_of(request) == {
        "title": "Order has not arrived",
        "body": "Order #12345",
        "attachmentIds": ["att_1", "att_2"],
    }
    assert isinstance(ticket, PortalTicket)
    assert ticket.status == TicketStatus.OPEN


async def test_create_with_title_only(portal: Any, wire: Wire) -> None:
    wire.reply(201, TICKET)
    await call(portal.tickets.create(title="Hi"))
    assert body_of(wire.last) == {"title": "Hi"}
    assert len(wire.last.headers["x-idempotency-key"]) == 36  # one made for this call: a retry is safe


async def test_create_refuses_a_single_string_of_attachment_ids(portal: Any, wire: Wire) -> None:
    with pytest.raises(TypeError, match="attachment_ids"):
        await call(portal.tickets.create(title="Hi", attachment_ids="att_1"))
    assert wire.requests == []


async def test_create_gets_an_automatic_idempotency_key_when_retries_are_on(mode: str, wire: Wire) -> None:
    client = open_portal(mode, wire.handler)
    try:
        wire.reply(201, TICKET)
        await call(client.tickets.create(title="Hi"))
        assert wire.last.headers["x-idempotency-key"]
    finally:
        await close(client)


async def test_add_comment_sends_body_and_idempotency_key(portal: Any, wire: Wire) -> None:
    wire.reply(201, COMMENT)
    comment = await call(portal.tickets.add_comment("tkt_1", "More details", idempotency_key="idem-c"))
    request = wire.last
    assert (request.method, request.url.path) == ("POST", "/v1/portal/tickets/tkt_1/comments")
    assert_portal_auth(request)
    assert request.headers["x-idempotency-key"] == "idem-c"
    assert body_of(request) == {"body": "More details"}
    assert isinstance(comment, PortalComment)
    assert comment.author_name == "Ada"


# -- attachments -----------------------------------------------------------------------------------


async def test_initiate_and_confirm_pending_upload(portal: Any, wire: Wire) -> None:
    wire.reply(201, TARGET)
    target = await call(
        portal.tickets.initiate_pending_upload(filename="log.txt", content_type="text/plain", size=11)
    )
    assert (wire.last.method, wire.last.url.path) == ("POST", "/v1/portal/tickets/attachments/pending")
    assert_portal_auth(wire.last)
    assert body_of(wire.last) == {"filename": "log.txt", "contentType": "text/plain", "size": 11}
    assert isinstance(target, PortalUploadTarget)
    assert (target.attachment.id, target.upload_url) == ("att_1", UPLOAD_URL)

    wire.reply(json=UPLOADED)
    confirmed = await call(portal.tickets.confirm_pending_upload("att_1"))
    assert (wire.last.method, wire.last.url.path) == (
        "POST",
        "/v1/portal/tickets/attachments/pending/att_1/confirm",
    )
    assert body_of(wire.last) == {}
    assert isinstance(confirmed, PortalAttachment)
    assert confirmed.status == "UPLOADED"


async def test_initiate_and_confirm_upload_to_a_ticket(portal: Any, wire: Wire) -> None:
    wire.reply(201, TARGET)
    await call(portal.tickets.initiate_upload("tkt_1", filename="a.png", content_type="image/png", size=5))
    assert (wire.last.method, wire.last.url.path) == ("POST", "/v1/portal/tickets/tkt_1/attachments")
    assert body_of(wire.last) == {"filename": "a.png", "contentType": "image/png", "size": 5}
    assert_portal_auth(wire.last)

    wire.reply(json=UPLOADED)
    await call(portal.tickets.confirm_upload("tkt_1", "att_1"))
    assert (wire.last.method, wire.last.url.path) == (
        "POST",
        "/v1/portal/tickets/tkt_1/attachments/att_1/confirm",
    )
    assert body_of(wire.last) == {}


async def test_initiate_upload_checks_the_size(portal: Any, wire: Wire) -> None:
    with pytest.raises(ValueError, match="size"):
        await call(portal.tickets.initiate_upload("tkt_1", filename="a", content_type="x/y", size=-1))
    assert wire.requests == []


async def test_list_and_get_attachments(portal: Any, wire: Wire) -> None:
    wire.reply(json=[UPLOADED, {**UPLOADED, "id": "att_2"}])
    attachments = await call(portal.tickets.list_attachments("tkt_1"))
    assert (wire.last.method, wire.last.url.path) == ("GET", "/v1/portal/tickets/tkt_1/attachments")
    assert_portal_auth(wire.last)
    assert [a.id for a in attachments] == ["att_1", "att_2"]
    assert all(isinstance(a, PortalAttachment) for a in attachments)

    wire.reply(
        json={**UPLOADED, "downloadUrl": "https://storage.test/dl", "expiresAt": "2026-11-01T11:00:00Z"}
    )
    attachment = await call(portal.tickets.get_attachment("tkt_1", "att_1"))
    assert (wire.last.method, wire.last.url.path) == ("GET", "/v1/portal/tickets/tkt_1/attachments/att_1")
    assert isinstance(attachment, PortalAttachmentWithUrl)
    assert attachment.download_url == "https://storage.test/dl"


async def test_upload_bytes_to_a_ticket(portal: Any, wire: Wire) -> None:
    wire.reply(201, TARGET)
    wire.reply(200)  # storage PUT
    wire.reply(json=UPLOADED)
    attachment = await call(portal.tickets.upload("tkt_1", b"hello world", filename="log.txt"))
    initiate, put, confirm = wire.requests
    assert (initiate.method, initiate.url.path) == ("POST", "/v1/portal/tickets/tkt_1/attachments")
    assert body_of(initiate) == {"filename": "log.txt", "contentType": "text/plain", "size": 11}
    assert_portal_auth(initiate)

    assert (put.method, str(put.url)) == ("PUT", UPLOAD_URL)
    assert put.content == b"hello world"
    assert "authorization" not in put.headers
    assert "x-idempotency-key" not in put.headers
    assert put.headers["content-type"] == "text/plain"
    assert put.headers["content-length"] == "11"

    assert (confirm.method, confirm.url.path) == (
        "POST",
        "/v1/portal/tickets/tkt_1/attachments/att_1/confirm",
    )
    assert_portal_auth(confirm)
    assert isinstance(attachment, PortalAttachment)
    assert attachment.status == "UPLOADED"


async def test_pending_upload_of_a_file_then_create_with_its_id(
    portal: Any, wire: Wire, tmp_path: Path
) -> None:
    path = tmp_path / "screenshot.png"
    path.write_bytes(b"\x89PNG....")
    wire.reply(201, {**TARGET, "attachment": {**ATTACHMENT, "id": "att_9"}})
    wire.reply(200)
    wire.reply(json={**UPLOADED, "id": "att_9"})
    pending = await call(portal.tickets.upload(None, path))
    initiate, put, confirm = wire.requests
    assert initiate.url.path == "/v1/portal/tickets/attachments/pending"
    assert body_of(initiate) == {"filename": "screenshot.png", "contentType": "image/png", "size": 8}
    assert put.method == "PUT"
    assert put.content == b"\x89PNG...."
    assert "authorization" not in put.headers
    assert confirm.url.path == "/v1/portal/tickets/attachments/pending/att_9/confirm"

    wire.reply(201, TICKET)
    await call(portal.tickets.create(title="Broken page", attachment_ids=[pending.id]))
    assert body_of(wire.last) == {"title": "Broken page", "attachmentIds": ["att_9"]}


async def test_upload_file_object_with_explicit_type(portal: Any, wire: Wire) -> None:
    wire.reply(201, TARGET)
    wire.reply(200)
    wire.reply(json=UPLOADED)
    await call(portal.tickets.upload("tkt_1", io.BytesIO(b"abc"), filename="data", content_type="x/custom"))
    initiate, put, _ = wire.requests
    assert body_of(initiate) == {"filename": "data", "contentType": "x/custom", "size": 3}
    assert put.content == b"abc"


async def test_upload_storage_failure_is_raised_and_not_confirmed(portal: Any, wire: Wire) -> None:
    wire.reply(201, TARGET)
    wire.reply(403, content=b"<Error><Code>AccessDenied</Code><Message>expired</Message></Error>")
    with pytest.raises(DispatchTicketsError, match="AccessDenied") as caught:
        await call(portal.tickets.upload("tkt_1", b"hello world", filename="log.txt"))
    assert caught.value.status_code == 403
    assert len(wire.requests) == 2  # no confirm


@pytest.mark.parametrize("attachment", [{"id": "att_1"}, "att_1"])
async def test_a_malformed_upload_target_fails_before_any_byte_is_sent(
    portal: Any, wire: Wire, attachment: Any
) -> None:
    wire.reply(201, {**TARGET, "attachment": attachment})
    with pytest.raises(
        DispatchTicketsError, match="PortalUploadTarget the API documents \\(malformed: PortalUploadTarget"
    ) as caught:
        await call(portal.tickets.upload("tkt_1", b"hello world", filename="log.txt"))
    assert caught.value.code == "unexpected_response"
    assert [(r.method, r.url.path) for r in wire.requests] == [
        ("POST", "/v1/portal/tickets/tkt_1/attachments")
    ]


async def test_upload_without_filename_for_bytes_makes_no_request(portal: Any, wire: Wire) -> None:
    with pytest.raises(ValueError, match="filename"):
        await call(portal.tickets.upload(None, b"abc"))
    assert wire.requests == []


async def test_errors_are_translated(portal: Any, wire: Wire) -> None:
    wire.reply(401, {"message": "Token expired"})
    with pytest.raises(AuthenticationError, match="Token expired"):
        await call(portal.tickets.get("tkt_1"))
    assert len(wire.requests) == 1  # no refresh without auto_refresh


# -- verify ----------------------------------------------------------------------------------------


async def test_verify_sends_no_authorization(mode: str, wire: Wire) -> None:
    wire.reply(json=TOKEN_JSON)
    transport = httpx.MockTransport(wire.handler)
    cls = DispatchPortal if mode == "sync" else AsyncDispatchPortal
    token = await call(cls.verify("magic_SECRET", BASE_URL, transport=transport))
    request = wire.last
    assert (request.method, str(request.url)) == ("POST", f"{BASE_URL}/portal/verify")
    assert "authorization" not in request.headers
    assert body_of(request) == {"token": "magic_SECRET"}
    assert isinstance(token, PortalToken)
    assert (token.token, token.customer_id, token.email) == (
        "ptk_verified_SECRET",
        "cus_1",
        "ada@example.com",
    )

    # ... and the result makes a client that knows its expiry
    client = open_portal(mode, wire.handler, token=token)
    try:
        assert client.token == "ptk_verified_SECRET"
        assert client.expires_at == token.expires_at
    finally:
        await close(client)


async def test_verify_uses_env_base_url(mode: str, wire: Wire, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPATCH_BASE_URL", "https://env.test/v1/")
    wire.reply(json=TOKEN_JSON)
    cls = DispatchPortal if mode == "sync" else AsyncDispatchPortal
    await call(cls.verify("magic", transport=httpx.MockTransport(wire.handler)))
    assert str(wire.last.url) == "https://env.test/v1/portal/verify"


async def test_verify_rejects_an_empty_magic_link_token(mode: str, wire: Wire) -> None:
    cls = DispatchPortal if mode == "sync" else AsyncDispatchPortal
    with pytest.raises(ValueError, match="magic_link_token"):
        await call(cls.verify("  ", BASE_URL, transport=httpx.MockTransport(wire.handler)))
    assert wire.requests == []


async def test_verify_with_a_bad_expiry_is_the_calls_error(mode: str, wire: Wire) -> None:
    wire.reply(json={**TOKEN_JSON, "expiresAt": "soon"})
    cls = DispatchPortal if mode == "sync" else AsyncDispatchPortal
    with pytest.raises(DispatchTicketsError, match="PortalToken\\.expires_at") as caught:
        await call(cls.verify("magic", BASE_URL, transport=httpx.MockTransport(wire.handler)))
    assert caught.value.code == "unexpected_response"
    assert "ptk_verified_SECRET" not in str(caught.value)


async def test_verify_failure_is_translated(mode: str, wire: Wire) -> None:
    wire.reply(401, {"message": "Link expired"})
    cls = DispatchPortal if mode == "sync" else AsyncDispatchPortal
    with pytest.raises(AuthenticationError, match="Link expired"):
        await call(cls.verify("magic", BASE_URL, transport=httpx.MockTransport(wire.handler)))


# -- construction and configuration ----------------------------------------------------------------


@pytest.mark.parametrize("token", ["", "   ", None])
async def test_empty_token_is_a_configuration_error(mode: str, wire: Wire, token: Any) -> None:
    with pytest.raises(DispatchTicketsError, match="portal token") as caught:
        open_portal(mode, wire.handler, token=token)
    assert caught.value.code == "configuration_error"


async def test_token_with_line_breaks_is_refused_without_echoing_it(mode: str, wire: Wire) -> None:
    with pytest.raises(DispatchTicketsError) as caught:
        open_portal(mode, wire.handler, token="abc\r\nX-Evil: 1")
    assert caught.value.code == "configuration_error"
    assert "Evil" not in str(caught.value)


async def test_constructed_from_a_portal_token(mode: str, wire: Wire) -> None:
    token = PortalToken.from_dict(TOKEN_JSON)
    client = open_portal(mode, wire.handler, token=token)
    try:
        wire.reply(json=page([], has_more=False))
        await call(client.tickets.list())
        assert wire.last.headers["authorization"] == "Bearer ptk_verified_SECRET"
        assert client.expires_at == token.expires_at
    finally:
        await close(client)


async def test_expiry_unknown_for_a_plain_token(portal: Any) -> None:
    assert portal.token == PORTAL_TOKEN
    assert portal.expires_at is None
    assert portal.auto_refresh is False


async def test_repr_never_shows_the_token(portal: Any) -> None:
    assert PORTAL_TOKEN not in repr(portal)
    assert PORTAL_TOKEN not in repr(portal._transport)
    assert PORTAL_TOKEN not in repr(portal.raw)
    assert PORTAL_TOKEN not in repr(portal._credentials)
    assert "DispatchPortal(base_url='https://api.test/v1'" in repr(portal)


async def test_default_max_retries_is_two(mode: str, wire: Wire) -> None:
    client = open_portal(mode, wire.handler)
    try:
        assert client.max_retries == 2
        assert client.retry == RetryConfig(max_retries=2)
        for _ in range(3):  # retry-after: 0 replaces the backoff, so nothing sleeps
            wire.reply(503, {"message": "busy"}, headers={"retry-after": "0"})
        with pytest.raises(ServerError):
            await call(client.tickets.list())
        assert len(wire.requests) == 3
    finally:
        await close(client)


async def test_max_retries_and_retry_config(mode: str, wire: Wire) -> None:
    zero = RetryConfig(initial_delay=0, max_delay=0, jitter=0)
    client = open_portal(mode, wire.handler, retry=zero, max_retries=2)
    try:
        for _ in range(3):
            wire.reply(503, {"message": "busy"})
        with pytest.raises(ServerError):
            await call(client.tickets.get("tkt_1"))
        assert len(wire.requests) == 3
    finally:
        await close(client)


async def test_raw_client_shares_token_and_transport(portal: Any, wire: Wire) -> None:
    from dispatch_tickets_api.api.portal import get_portal_ticket

    wire.reply(json=DETAIL)
    if isinstance(portal, DispatchPortal):
        response = get_portal_ticket.sync_detailed("tkt_1", client=portal.raw)
    else:
        response = await get_portal_ticket.asyncio_detailed("tkt_1", client=portal.raw)
    assert response.status_code == 200
    assert_portal_auth(wire.last)
    assert wire.last.headers["user-agent"].startswith("dispatch-tickets-python/")


async def test_with_options_shares_the_token(portal: Any, wire: Wire) -> None:
    copy = portal.with_options(timeout=5.0, max_retries=0)
    assert isinstance(copy, type(portal))
    wire.reply(json=DETAIL)
    await call(copy.tickets.get("tkt_1"))
    assert_portal_auth(wire.last)
    await close(copy)  # closing a copy leaves the original usable
    wire.reply(json=DETAIL)
    await call(portal.tickets.get("tkt_1"))


async def test_tickets_resource_is_reachable_from_the_class() -> None:
    from dispatch.resources.portal_tickets import AsyncPortalTickets, PortalTickets

    assert DispatchPortal.tickets is PortalTickets
    assert AsyncDispatchPortal.tickets is AsyncPortalTickets


@pytest.mark.parametrize(
    ("ticket_id", "finish"),
    [
        ("tkt_1", "portal.tickets.confirm_upload('tkt_1', 'att_1')"),
        (None, "portal.tickets.confirm_pending_upload('att_1')"),
    ],
)
async def test_a_failed_confirm_names_the_pending_attachment(
    portal: Any, wire: Wire, ticket_id: str | None, finish: str
) -> None:
    """Fails before the fix: the error did not say that the bytes were stored, nor which attachment."""
    wire.reply(201, TARGET)
    wire.reply(200)  # storage PUT
    wire.reply(500, {"error": "boom"})
    with pytest.raises(DispatchTicketsError) as caught:
        await call(portal.tickets.upload(ticket_id, b"hello world", filename="log.txt"))
    assert caught.value.status_code == 500
    assert caught.value.pending_attachment_id == "att_1"
    assert finish in caught.value.message
    assert "x-idempotency-key" in wire.last.headers  # the confirm is marked safe to retry


@pytest.mark.parametrize(
    ("words", "make_call"),
    [
        ("title is required", lambda p: p.tickets.create(title=None)),
        ("body is required", lambda p: p.tickets.add_comment("tkt_1", body=None)),
        ("attachment_ids must be a list", lambda p: p.tickets.create(title="T", attachment_ids=7)),
    ],
)
async def test_a_required_argument_given_as_none_is_a_type_error_naming_it(
    portal: Any, wire: Wire, words: str, make_call: Any
) -> None:
    with pytest.raises(TypeError, match=words):
        await call(make_call(portal))
    assert wire.requests == []
