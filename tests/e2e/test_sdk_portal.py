"""End to end through the portal clients, sync and async: tokens from the admin API and from a magic link,
one customer's tickets, comments, uploads (pending and on a ticket), scoping and token refresh."""

from __future__ import annotations

import pytest

from dispatch import AuthenticationError, ConflictError, NotFoundError
from tests.e2e.test_sdk_harness import SDK, call, collect, ids, mode, new_brand, sdk, target

__all__ = ["mode", "sdk", "target"]  # fixtures, re-exported so pytest sees them in this module

pytestmark = pytest.mark.e2e


async def test_portal_tickets_comments_and_pages(sdk: SDK) -> None:
    brand = await new_brand(sdk, "acme", ticket_prefix="ACME")
    token = await call(sdk.client.brands.generate_portal_token(brand.id, email="ada@example.com", name="Ada"))
    assert (token.email, token.name) == ("ada@example.com", "Ada")
    assert token.token.startswith("pt_")
    portal = sdk.portal(token.token)
    assert portal.token == token.token

    # A ticket the admin side files for this customer is the customer's too.
    by_agent = await call(
        sdk.client.tickets.create(brand.id, title="Filed by an agent", customer_email="ada@example.com")
    )
    assert by_agent.customer_id == token.customer_id

    made = []
    for n in range(4):
        made.append(await call(portal.tickets.create(title=f"Portal {n}", body=f"Body {n}")))
    first = made[0]
    assert (first.title, first.status, first.ticket_number) == ("Portal 0", "open", "ACME-2")

    page = await call(portal.tickets.list(limit=2))
    assert ids(page.data) == [made[3].id, made[2].id]
    assert page.has_more is True
    following = await call(page.next_page())
    assert ids(following.data) == [made[1].id, made[0].id]
    every = await collect(portal.tickets.list_all(limit=2, order="asc"))
    assert ids(every) == [by_agent.id, *ids(made)]
    assert ids(await call(portal.tickets.list(status="open", sort="createdAt", order="asc", limit=1))) == [
        by_agent.id
    ]

    comment = await call(portal.tickets.add_comment(first.id, "More details", idempotency_key="portal-c1"))
    again = await call(portal.tickets.add_comment(first.id, "More details", idempotency_key="portal-c1"))
    assert again.id == comment.id
    assert (comment.body, comment.author_type, comment.author_name) == ("More details", "CUSTOMER", "Ada")
    await call(sdk.client.comments.create(brand.id, first.id, body="We are on it", author_type="AGENT"))
    detail = await call(portal.tickets.get(first.id))
    assert (detail.id, detail.body, detail.brand.name) == (first.id, "Body 0", "Acme")
    assert [(c.author_type, c.body) for c in detail.comments] == [
        ("CUSTOMER", "More details"),
        ("STAFF", "We are on it"),
    ]
    # The admin API sees what the customer did.
    admin_view = await call(sdk.client.tickets.get(brand.id, first.id))
    assert (admin_view.source, admin_view.comment_count) == ("web", 2)

    await call(sdk.client.tickets.mark_as_spam(brand.id, made[3].id))
    assert made[3].id not in ids(await collect(portal.tickets.list_all()))
    with pytest.raises(NotFoundError):
        await call(portal.tickets.get(made[3].id))


async def test_portal_scoping_hides_other_customers_and_brands(sdk: SDK) -> None:
    brand = await new_brand(sdk, "acme")
    other_brand = await new_brand(sdk, "globex")
    ada = sdk.portal(await call(sdk.client.brands.generate_portal_token(brand.id, email="ada@example.com")))
    bob = sdk.portal(await call(sdk.client.brands.generate_portal_token(brand.id, email="bob@example.com")))
    ada_at_globex = sdk.portal(
        await call(sdk.client.brands.generate_portal_token(other_brand.id, email="ada@example.com"))
    )

    adas = await call(ada.tickets.create(title="Ada's"))
    bobs = await call(bob.tickets.create(title="Bob's"))
    assert ids((await call(ada.tickets.list())).data) == [adas.id]
    assert ids((await call(bob.tickets.list())).data) == [bobs.id]
    assert (await call(ada_at_globex.tickets.list())).data == []

    for intruder, ticket in ((ada, bobs), (bob, adas), (ada_at_globex, adas)):
        with pytest.raises(NotFoundError) as hidden:
            await call(intruder.tickets.get(ticket.id))
        assert hidden.value.status_code == 404  # not 403: ids cannot be probed
        with pytest.raises(NotFoundError):
            await call(intruder.tickets.add_comment(ticket.id, "sneaky"))
        with pytest.raises(NotFoundError):
            await call(intruder.tickets.list_attachments(ticket.id))
    assert (await call(sdk.client.tickets.get(brand.id, adas.id))).comment_count == 0

    with pytest.raises(AuthenticationError):
        await call(sdk.portal("pt_not_a_real_token").tickets.list())


async def test_portal_uploads_pending_and_on_a_ticket(sdk: SDK) -> None:
    brand = await new_brand(sdk)
    portal = sdk.portal(
        await call(sdk.client.brands.generate_portal_token(brand.id, email="ada@example.com"))
    )
    steps = b"1. open the app\n2. tap Pay\n3. nothing happens\n"
    pending = await call(portal.tickets.upload(None, steps, filename="steps.txt"))
    assert (pending.filename, pending.content_type, pending.size, pending.status) == (
        "steps.txt",
        "text/plain",
        len(steps),
        "UPLOADED",
    )
    ticket = await call(portal.tickets.create(title="Pay does nothing", attachment_ids=[pending.id]))
    assert ids(await call(portal.tickets.list_attachments(ticket.id))) == [pending.id]

    screenshot = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    attached = await call(portal.tickets.upload(ticket.id, screenshot, filename="shot.png"))
    assert (attached.content_type, attached.size) == ("image/png", len(screenshot))

    # The manual two-step flows.
    target = await call(
        portal.tickets.initiate_pending_upload(filename="a.txt", content_type="text/plain", size=3)
    )
    assert target.attachment.status == "PENDING"
    assert target.upload_url.startswith("http")
    with pytest.raises(ConflictError):  # not uploaded yet: cannot be attached to a ticket
        await call(portal.tickets.create(title="Too early", attachment_ids=[target.attachment.id]))
    on_ticket = await call(
        portal.tickets.initiate_upload(ticket.id, filename="b.txt", content_type="text/plain", size=3)
    )
    for upload, data in ((target, b"abc"), (on_ticket, b"xyz")):
        assert sdk.put(upload.upload_url, data, "text/plain") == 200
    confirmed_pending = await call(portal.tickets.confirm_pending_upload(target.attachment.id))
    assert confirmed_pending.status == "UPLOADED"
    confirmed = await call(portal.tickets.confirm_upload(ticket.id, on_ticket.attachment.id))
    assert confirmed.status == "UPLOADED"

    listed = await call(portal.tickets.list_attachments(ticket.id))
    assert ids(listed) == [pending.id, attached.id, on_ticket.attachment.id]
    download = await call(portal.tickets.get_attachment(ticket.id, attached.id))
    assert download.expires_at is not None
    assert sdk.download(download.download_url) == screenshot
    assert (
        sdk.download((await call(portal.tickets.get_attachment(ticket.id, pending.id))).download_url) == steps
    )

    # The admin API sees the same files.
    admin_files = await call(sdk.client.attachments.list(brand.id, ticket.id))
    assert sorted(ids(admin_files)) == sorted(ids(listed))


async def test_portal_refresh_and_magic_link_verify(sdk: SDK) -> None:
    brand = await new_brand(sdk)
    issued = await call(sdk.client.brands.generate_portal_token(brand.id, email="ada@example.com"))
    portal = sdk.portal(issued)
    assert portal.expires_at == issued.expires_at
    ticket = await call(portal.tickets.create(title="Before refresh"))

    renewed = await call(portal.refresh())
    assert renewed.token != issued.token
    assert renewed.customer_id == issued.customer_id
    assert portal.token == renewed.token
    assert portal.expires_at == renewed.expires_at
    assert ids((await call(portal.tickets.list())).data) == [ticket.id]  # with the new token

    sent = await call(
        sdk.client.brands.send_portal_magic_link(
            brand.id, email="ada@example.com", portal_url="https://help.acme.test/portal"
        )
    )
    assert sent.success is True
    link = sdk.emulator.last_magic_link_token("ada@example.com", brand.id)
    assert link is not None
    verified = await sdk.verify(link)
    assert (verified.email, verified.customer_id) == ("ada@example.com", issued.customer_id)
    from_link = sdk.portal(verified)
    assert ids((await call(from_link.tickets.list())).data) == [ticket.id]
    with pytest.raises(AuthenticationError):  # a magic link is single-use
        await sdk.verify(link)
