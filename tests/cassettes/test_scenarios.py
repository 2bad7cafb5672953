"""Multi-call scenarios of the facade, replayed from cassettes recorded from the emulator (see conftest.py).

The assertions hold both while recording and at replay; the values that differ per recording (ids,
times) are compared with each other, never with literals.
"""

from __future__ import annotations

import pytest

from dispatch import AsyncDispatchTickets, DispatchPortal, DispatchTickets, NotFoundError, RetryConfig
from tests._engine import httpx
from tests.cassettes.conftest import Api

pytestmark = pytest.mark.vcr

NO_WAIT = RetryConfig(initial_delay=0, max_delay=0, jitter=0)


def admin(api: Api) -> DispatchTickets:
    return DispatchTickets(api.api_key, base_url=api.base_url, retry=NO_WAIT)


def test_brand_ticket_comment_pages_and_update(api: Api) -> None:
    with admin(api) as client:
        brand = client.brands.create(name="Acme", slug="acme", ticket_prefix="ACME")
        ticket = client.tickets.create(brand.id, title="Cannot log in", priority="high")
        comment = client.comments.create(brand.id, ticket.id, body="Looking into it", author_type="AGENT")
        assert comment.ticket_id == ticket.id
        more = [client.tickets.create(brand.id, title=f"Follow-up {n}") for n in range(4)]

        listed = list(client.tickets.list(brand.id, limit=2))  # 3 pages
        assert [t.id for t in listed] == [t.id for t in reversed([ticket, *more])]
        page = client.tickets.list_page(brand.id, limit=2, priority="high")
        assert ([t.id for t in page.data], page.has_more) == ([ticket.id], False)

        updated = client.tickets.update(brand.id, ticket.id, status="resolved", assignee_id="usr_1")
        assert (updated.status, updated.assignee_id, updated.comment_count) == ("resolved", "usr_1", 1)
        assert [c.body for c in client.comments.list(brand.id, ticket.id)] == ["Looking into it"]


def test_portal_token_then_portal_list_create_and_refresh(api: Api) -> None:
    with admin(api) as client:
        brand = client.brands.create(name="Acme", slug="acme", ticket_prefix="ACME")
        filed = client.tickets.create(brand.id, title="Filed by an agent", customer_email="ada@example.com")
        token = client.brands.generate_portal_token(brand.id, email="ada@example.com", name="Ada")
    with DispatchPortal(token, base_url=api.base_url, retry=NO_WAIT) as portal:
        assert [t.id for t in portal.tickets.list().data] == [filed.id]
        mine = portal.tickets.create(title="Where is my order?", body="Order 12345")
        comment = portal.tickets.add_comment(mine.id, "It was due Monday")
        assert comment.author_type == "CUSTOMER"
        assert mine.ticket_number == "ACME-2"
        assert [t.id for t in portal.tickets.list_all()] == [mine.id, filed.id]
        renewed = portal.refresh()
        assert portal.token == renewed.token
        assert portal.tickets.get(mine.id).comments[0].body == "It was due Monday"


def test_not_found_carries_the_request_id(api: Api) -> None:
    with admin(api) as client:
        brand = client.brands.create(name="Acme", slug="acme")
        with pytest.raises(NotFoundError) as missing:
            client.tickets.get(brand.id, "tkt_does_not_exist")
    error = missing.value
    assert (error.status_code, error.code) == (404, "not_found")
    assert error.request_id
    assert error.request_id.startswith("req_")
    assert error.request_id in str(error)


def test_attachment_upload_through_the_presigned_url(api: Api) -> None:
    content = b"receipt: 2 x 9.99 EUR\n"
    with admin(api) as client:
        brand = client.brands.create(name="Acme", slug="acme")
        ticket = client.tickets.create(brand.id, title="Charged twice")
        attachment = client.attachments.upload(brand.id, ticket.id, content, "receipt.txt")
        assert (attachment.status, attachment.size) == ("UPLOADED", len(content))
        url = client.attachments.get(brand.id, ticket.id, attachment.id).download_url
        assert httpx.get(url).content == content


async def test_async_customers_pages_and_search(api: Api) -> None:
    async with AsyncDispatchTickets(api.api_key, base_url=api.base_url, retry=NO_WAIT) as client:
        brand = await client.brands.create(name="Acme", slug="acme")
        for n in range(5):
            await client.customers.create(brand.id, email=f"user{n}@example.com", name=f"User {n}")
        emails = [c.email async for c in client.customers.list(brand.id, limit=2, sort="email", order="asc")]
        assert emails == [f"user{n}@example.com" for n in range(5)]
        found = await client.customers.search(brand.id, "user3")
        assert [c.name for c in found] == ["User 3"]
