"""End to end through the facade, sync and async: tickets (filters, pages, spam, merge, bulk, idempotency),
comments, attachments (uploads and the downloaded bytes), errors, and the generated ``raw`` client."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from dispatch import (
    ConflictError,
    NotFoundError,
    ValidationError,
    is_dispatch_tickets_error,
    is_not_found_error,
    is_validation_error,
)
from dispatch_tickets_api.api.tickets import get_ticket
from tests.e2e.test_sdk_harness import SDK, call, collect, ids, mode, new_brand, sdk, target

__all__ = ["mode", "sdk", "target"]  # fixtures, re-exported so pytest sees them in this module

pytestmark = pytest.mark.e2e


async def test_ticket_create_get_update_and_delete(sdk: SDK) -> None:
    brand = await new_brand(sdk, "acme", ticket_prefix="ACME")
    tickets = sdk.client.tickets
    ticket = await call(
        tickets.create(
            brand.id,
            title="Cannot log in",
            body="Since the password reset",
            priority="high",
            customer_email="jane@example.com",
            customer_name="Jane Doe",
            metadata={"plan": "pro"},
            tags=["login"],
        )
    )
    assert (ticket.title, ticket.body, ticket.status, ticket.priority, ticket.source) == (
        "Cannot log in",
        "Since the password reset",
        "open",
        "high",
        "api",
    )
    assert ticket.ticket_number == 1
    assert ticket.customer.email == "jane@example.com"
    assert [t.name for t in ticket.tags] == ["login"]
    assert ticket.metadata.to_dict() == {"plan": "pro"}
    assert (await call(tickets.get(brand.id, ticket.id))).id == ticket.id

    updated = await call(
        tickets.update(brand.id, ticket.id, status="resolved", assignee_id="usr_7", priority="low")
    )
    assert (updated.status, updated.assignee_id, updated.priority) == ("resolved", "usr_7", "low")
    assert updated.updated_at >= ticket.updated_at
    cleared = await call(tickets.update(brand.id, ticket.id, assignee_id=None))
    assert cleared.assignee_id is None

    deleted = await call(tickets.delete(brand.id, ticket.id))
    assert (deleted.id, deleted.deleted_at is not None) == (ticket.id, True)
    with pytest.raises(NotFoundError):
        await call(tickets.get(brand.id, ticket.id))
    assert await collect(tickets.list(brand.id)) == []

    second = await call(tickets.create(brand.id, title="Next"))
    assert second.ticket_number == 2  # numbers are never reused


async def test_list_walks_every_page_with_filters_and_sorts(sdk: SDK) -> None:
    brand = await new_brand(sdk)
    tickets = sdk.client.tickets
    made = []
    for n in range(25):
        made.append(
            await call(
                tickets.create(
                    brand.id,
                    title=f"Order {n:02d} {'refund' if n % 5 == 0 else 'question'}",
                    priority="high" if n % 2 else "low",
                    status="pending" if n % 3 == 0 else "open",
                )
            )
        )
    newest_first = ids(reversed(made))
    assert ids(await collect(tickets.list(brand.id, limit=7))) == newest_first
    assert ids(await collect(tickets.list(brand.id, limit=10, order="asc"))) == ids(made)

    # One filter set, page by page: 8 tickets in pages of 3.
    wanted = [t for t in reversed(made) if t.priority == "high" and t.status == "open"]
    pages = []
    page = await call(tickets.list_page(brand.id, limit=3, status="open", priority="high"))
    while page is not None:
        pages.append(ids(page.data))
        assert len(page.data) == (3 if page.has_more else 2)
        page = await call(page.next_page())
    assert [i for p in pages for i in p] == ids(wanted)
    assert len(pages) == 3

    active = await collect(tickets.list(brand.id, status=["open", "pending"], limit=50))
    assert len(active) == 25
    assert ids(await collect(tickets.list(brand.id, status="pending", limit=3))) == [
        t.id for t in reversed(made) if t.status == "pending"
    ]
    assert ids(await collect(tickets.list(brand.id, search="REFUND", limit=2))) == [
        t.id for t in reversed(made) if "refund" in t.title
    ]
    by_priority = await collect(tickets.list(brand.id, sort="priority", order="desc", limit=9))
    assert [t.priority for t in by_priority] == ["high"] * 12 + ["low"] * 13

    pivot = made[19].created_at
    after = await collect(tickets.list(brand.id, created_after=pivot, limit=50))
    assert set(ids(after)) == {t.id for t in made if t.created_at > pivot}
    before = await collect(tickets.list(brand.id, created_before=pivot.isoformat(), limit=50))
    assert set(ids(before)) == {t.id for t in made if t.created_at < pivot}

    cursor_page = await call(tickets.list_page(brand.id, limit=10))
    resumed = await call(tickets.list_page(brand.id, limit=10, cursor=cursor_page.next_cursor))
    assert ids(resumed.data) == newest_first[10:20]


async def test_spam_merge_and_bulk_actions(sdk: SDK) -> None:
    brand = await new_brand(sdk)
    tickets = sdk.client.tickets
    target_ticket = await call(tickets.create(brand.id, title="Target"))
    sources = [await call(tickets.create(brand.id, title=f"Duplicate {n}")) for n in range(2)]
    for source in sources:
        await call(sdk.client.comments.create(brand.id, source.id, body=f"from {source.title}"))
    await call(sdk.client.comments.create(brand.id, target_ticket.id, body="on the target"))

    merged = await call(tickets.merge(brand.id, target_ticket.id, ids(sources)))
    assert merged.id == target_ticket.id
    assert merged.comment_count == 3
    bodies = [c.body for c in await call(sdk.client.comments.list(brand.id, target_ticket.id))]
    assert sorted(bodies) == ["from Duplicate 0", "from Duplicate 1", "on the target"]
    for source in sources:
        after = await call(tickets.get(brand.id, source.id))
        assert (after.status, after.merged_into_id, after.comment_count) == ("closed", target_ticket.id, 0)
    with pytest.raises(ConflictError):  # into itself
        await call(tickets.merge(brand.id, target_ticket.id, [target_ticket.id]))

    spam = await call(tickets.mark_as_spam(brand.id, target_ticket.id))
    assert spam.is_spam is True
    assert target_ticket.id not in ids(await collect(tickets.list(brand.id)))
    assert ids(await collect(tickets.list(brand.id, is_spam=True))) == [target_ticket.id]
    assert (await call(tickets.mark_as_spam(brand.id, target_ticket.id, is_spam=False))).is_spam is False

    batch = [await call(tickets.create(brand.id, title=f"Batch {n}")) for n in range(4)]
    batch_ids = ids(batch)
    category = await call(sdk.client.categories.create(brand.id, name="Billing"))

    resolved = await call(tickets.bulk(brand.id, "resolve", [*batch_ids[:3], "tkt_missing"]))
    assert (resolved.success, resolved.count) == (True, 3)
    assert [(await call(tickets.get(brand.id, i))).status for i in batch_ids] == [
        "resolved",
        "resolved",
        "resolved",
        "open",
    ]
    assigned = await call(tickets.bulk(brand.id, "assign", batch_ids, assignee_id="usr_1"))
    assert assigned.count == 4
    assert ids(await collect(tickets.list(brand.id, assignee_id="usr_1"))) == list(reversed(batch_ids))
    categorized = await call(tickets.bulk(brand.id, "setCategory", batch_ids[:2], category_id=category.id))
    assert categorized.count == 2
    assert set(ids(await collect(tickets.list(brand.id, category_id=category.id)))) == set(batch_ids[:2])
    tagged = await call(tickets.bulk(brand.id, "setTags", batch_ids[1:], tags=["vip"]))
    assert tagged.count == 3
    (vip,) = await call(sdk.client.tags.list(brand.id))
    assert set(ids(await collect(tickets.list(brand.id, tag_ids=vip.id)))) == set(batch_ids[1:])
    closed = await call(tickets.bulk(brand.id, "close", batch_ids[:1]))
    assert closed.count == 1
    assert (await call(tickets.get(brand.id, batch_ids[0]))).status == "closed"
    spammed = await call(tickets.bulk(brand.id, "spam", batch_ids[1:2]))
    assert spammed.count == 1
    assert ids(await collect(tickets.list(brand.id, is_spam=True))) == [batch_ids[1]]
    removed = await call(tickets.bulk(brand.id, "delete", batch_ids[2:]))
    assert removed.count == 2
    left = set(ids(await collect(tickets.list(brand.id, limit=50))))
    assert left.isdisjoint(batch_ids[1:])
    assert batch_ids[0] in left
    with (
        sdk.target.invalid_request(),
        pytest.raises(ValidationError) as missing_assignee,
    ):  # document: if/then
        await call(tickets.bulk(brand.id, "assign", batch_ids))
    assert missing_assignee.value.errors[0]["field"] == "assigneeId"


async def test_idempotency_keys_make_creates_safe_to_repeat(sdk: SDK) -> None:
    brand = await new_brand(sdk)
    tickets = sdk.client.tickets
    first = await call(tickets.create(brand.id, title="Once", idempotency_key="order-42"))
    again = await call(tickets.create(brand.id, title="Once", idempotency_key="order-42"))
    assert again.id == first.id
    with pytest.raises(ConflictError) as reused:
        await call(tickets.create(brand.id, title="Different body", idempotency_key="order-42"))
    assert reused.value.status_code == 409
    comment = await call(sdk.client.comments.create(brand.id, first.id, body="hi", idempotency_key="c-1"))
    assert (
        await call(sdk.client.comments.create(brand.id, first.id, body="hi", idempotency_key="c-1"))
    ).id == (comment.id)
    assert len(await collect(tickets.list(brand.id))) == 1
    assert len(await call(sdk.client.comments.list(brand.id, first.id))) == 1


async def test_comments_threads_status_and_soft_delete(sdk: SDK) -> None:
    brand = await new_brand(sdk)
    ticket = await call(sdk.client.tickets.create(brand.id, title="Charged twice"))
    comments = sdk.client.comments
    first = await call(
        comments.create(
            brand.id,
            ticket.id,
            body="Thanks for reaching out!",
            author_type="AGENT",
            author_name="Sam",
            set_status="pending",
        )
    )
    assert (first.body, first.author_type, first.author_name, first.ticket_id) == (
        "Thanks for reaching out!",
        "AGENT",
        "Sam",
        ticket.id,
    )
    assert (await call(sdk.client.tickets.get(brand.id, ticket.id))).status == "pending"
    reply = await call(
        comments.create(
            brand.id, ticket.id, body="Here is my receipt", author_type="CUSTOMER", parent_id=first.id
        )
    )
    assert reply.parent_id == first.id
    note = await call(comments.create(brand.id, ticket.id, body="Internal", author_type="SYSTEM"))

    assert ids(await call(comments.list(brand.id, ticket.id))) == [first.id, reply.id, note.id]
    threaded = await call(comments.get(brand.id, ticket.id, first.id))
    assert ids(threaded.replies) == [reply.id]
    edited = await call(comments.update(brand.id, ticket.id, note.id, body="Refund issued"))
    assert edited.body == "Refund issued"
    assert (await call(sdk.client.tickets.get(brand.id, ticket.id))).comment_count == 3

    deleted = await call(comments.delete(brand.id, ticket.id, note.id))
    assert deleted.deleted_at is not None
    assert ids(await call(comments.list(brand.id, ticket.id))) == [first.id, reply.id]
    with pytest.raises(NotFoundError):
        await call(comments.get(brand.id, ticket.id, note.id))
    with pytest.raises(NotFoundError):
        await call(comments.create(brand.id, ticket.id, body="x", parent_id="cmt_missing"))


async def test_attachments_upload_download_and_delete(sdk: SDK, tmp_path: Path) -> None:
    brand = await new_brand(sdk)
    ticket = await call(sdk.client.tickets.create(brand.id, title="Invoice is wrong"))
    attachments = sdk.client.attachments

    content = b"%PDF-1.4 invoice " + bytes(range(256)) * 40
    from_bytes = await call(
        attachments.upload(brand.id, ticket.id, content, "invoice.pdf", "application/pdf")
    )
    assert (from_bytes.filename, from_bytes.content_type, from_bytes.size, from_bytes.status) == (
        "invoice.pdf",
        "application/pdf",
        len(content),
        "UPLOADED",
    )
    fetched = await call(attachments.get(brand.id, ticket.id, from_bytes.id))
    assert sdk.download(fetched.download_url) == content

    path = tmp_path / "notes.txt"
    path.write_text("line one\nline two\n", encoding="utf-8")
    from_path = await call(attachments.upload(brand.id, ticket.id, path))
    assert (from_path.filename, from_path.content_type) == ("notes.txt", "text/plain")
    assert sdk.download((await call(attachments.get(brand.id, ticket.id, from_path.id))).download_url) == (
        path.read_bytes()
    )
    picture = b"\x89PNG\r\n\x1a\n" + bytes(1000)
    from_file = await call(attachments.upload(brand.id, ticket.id, io.BytesIO(picture), "shot.png"))
    assert (from_file.content_type, from_file.size) == ("image/png", len(picture))

    # The manual flow: initiate, PUT to the presigned URL (no Authorization), confirm.
    target = await call(
        attachments.initiate_upload(
            brand.id, ticket.id, filename="log.txt", content_type="text/plain", size=5
        )
    )
    assert target.expires_in > 0
    assert sdk.put(target.upload_url, b"hello", "text/plain") == 200
    confirmed = await call(attachments.confirm_upload(brand.id, ticket.id, target.attachment_id))
    assert (confirmed.id, confirmed.status, confirmed.size) == (target.attachment_id, "UPLOADED", 5)

    listed = await call(attachments.list(brand.id, ticket.id))
    assert ids(listed) == [from_bytes.id, from_path.id, from_file.id, confirmed.id]
    assert (await call(sdk.client.tickets.get(brand.id, ticket.id))).attachment_count == 4
    other = await call(sdk.client.tickets.create(brand.id, title="No files"))
    assert ids(await collect(sdk.client.tickets.list(brand.id, has_attachments=True))) == [ticket.id]
    assert ids(await collect(sdk.client.tickets.list(brand.id, has_attachments=False))) == [other.id]

    assert await call(attachments.delete(brand.id, ticket.id, from_path.id)) is None
    assert ids(await call(attachments.list(brand.id, ticket.id))) == [
        from_bytes.id,
        from_file.id,
        confirmed.id,
    ]
    with pytest.raises(NotFoundError):
        await call(attachments.get(brand.id, ticket.id, from_path.id))


async def test_errors_carry_status_code_and_request_id(sdk: SDK) -> None:
    brand = await new_brand(sdk)
    with pytest.raises(Exception) as caught:  # the guards below do the narrowing
        await call(sdk.client.tickets.get(brand.id, "tkt_invalid"))
    error = caught.value
    assert is_dispatch_tickets_error(error)
    assert is_not_found_error(error)
    assert not is_validation_error(error)
    assert (error.status_code, error.code) == (404, "not_found")
    assert error.request_id
    assert error.request_id.startswith("req_")
    assert "Ticket not found" in error.message
    with sdk.target.invalid_request(), pytest.raises(ValidationError) as invalid:
        await call(sdk.client.tickets.list_page(brand.id, limit=1000))
    assert invalid.value.status_code in (400, 422)
    assert invalid.value.request_id
    if sdk.target.name == "prism":  # Prism saw the bad query too: proof that it validates what passes
        assert "limit" in sdk.target.expected_violations[0]
    # Issue 12.7: an enum value the SDK does not list is sent (mypy flags it: Literal types); the service
    # (here the emulator or Prism) refuses it, and its answer is a ValidationError naming the field.
    with sdk.target.invalid_request(), pytest.raises(ValidationError) as bad_enum:
        await call(sdk.client.tickets.create(brand.id, title="x", priority="urgentest"))
    assert bad_enum.value.status_code in (400, 422)
    if sdk.target.name == "prism":
        assert any("priority" in violation for violation in sdk.target.expected_violations)
    else:
        assert "priority" in [problem["field"] for problem in bad_enum.value.errors]


async def test_raw_generated_client_shares_auth_and_base_url(sdk: SDK) -> None:
    brand = await new_brand(sdk)
    ticket = await call(sdk.client.tickets.create(brand.id, title="Raw"))
    if sdk.is_async:
        response = await get_ticket.asyncio_detailed(brand.id, ticket.id, client=sdk.client.raw)
    else:
        response = get_ticket.sync_detailed(brand.id, ticket.id, client=sdk.client.raw)
    assert response.status_code == 200
    assert response.parsed.id == ticket.id
    assert response.headers["x-request-id"].startswith("req_")
