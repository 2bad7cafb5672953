"""End to end through the facade, sync and async: accounts, brands, categories, tags, customers, custom
fields and webhook subscriptions (see ``test_sdk_harness.py`` for the ``sdk`` fixture and the targets)."""

from __future__ import annotations

import pytest

from dispatch import (
    AuthenticationError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from dispatch.testing.demo import WebhookReceiver
from tests.e2e.test_sdk_harness import SDK, call, collect, ids, mode, new_brand, sdk, target

__all__ = ["mode", "sdk", "target"]  # fixtures, re-exported so pytest sees them in this module

pytestmark = pytest.mark.e2e


async def test_accounts_me_usage_and_api_key_lifecycle(sdk: SDK) -> None:
    accounts = sdk.client.accounts
    me = await call(accounts.me())
    assert me.id.startswith("acc_")

    brand = await new_brand(sdk, "acme")
    other = await new_brand(sdk, "globex")
    for title in ("one", "two", "three"):
        await call(sdk.client.tickets.create(brand.id, title=title))
    usage = await call(accounts.get_usage())
    assert (usage.tickets_total, usage.tickets_this_month, usage.brands_count) == (3, 3, 2)

    (default_key,) = await call(accounts.list_api_keys())
    assert default_key.all_brands is True

    created = await call(accounts.create_api_key(name="Scoped", brand_ids=[brand.id]))
    assert created.key.startswith("sk_test_")
    assert created.all_brands is False
    assert created.brand_ids == [brand.id]
    keys = {k.id: k for k in await call(accounts.list_api_keys())}
    assert set(keys) == {default_key.id, created.id}
    assert not hasattr(keys[created.id], "key") or "key" not in keys[created.id].to_dict()

    # The new key works, but only for its brand.
    scoped = sdk.admin(created.key)
    assert (await call(scoped.brands.get(brand.id))).id == brand.id
    with pytest.raises(PermissionDeniedError) as denied:
        await call(scoped.brands.get(other.id))
    assert denied.value.status_code == 403
    assert denied.value.request_id

    result = await call(accounts.update_api_key_scope(created.id, brand_ids=[other.id]))
    assert result.success is True
    assert (await call(scoped.brands.get(other.id))).id == other.id
    with pytest.raises(PermissionDeniedError):
        await call(scoped.brands.get(brand.id))

    await call(accounts.revoke_api_key(created.id))
    assert ids(await call(accounts.list_api_keys())) == [default_key.id]
    with pytest.raises(AuthenticationError) as revoked:
        await call(scoped.accounts.me())
    assert revoked.value.code == "authentication_error"
    with pytest.raises(NotFoundError):
        await call(accounts.revoke_api_key(created.id))


async def test_brands_crud_schema_inbound_email_and_delete_preview(sdk: SDK) -> None:
    brands = sdk.client.brands
    brand = await call(
        brands.create(
            name="Acme Support",
            slug="acme",
            ticket_prefix="ACME",
            ticket_number_start=100,
            metadata={"tier": 1},
        )
    )
    assert (brand.name, brand.slug, brand.ticket_prefix, brand.next_ticket_number) == (
        "Acme Support",
        "acme",
        "ACME",
        100,
    )
    assert ids(await call(brands.list())) == [brand.id]
    assert (await call(brands.get(brand.id))).slug == "acme"

    updated = await call(
        brands.update(
            brand.id, name="Acme Help", from_email="help@acme.test", portal_origins=["https://acme.test"]
        )
    )
    assert (updated.name, updated.from_email, updated.portal_origins) == (
        "Acme Help",
        "help@acme.test",
        ["https://acme.test"],
    )

    with pytest.raises(ConflictError) as taken:
        await call(brands.create(name="Again", slug="acme"))
    assert taken.value.status_code == 409

    schema = {"type": "object", "properties": {"orderId": {"type": "string"}}}
    assert await call(brands.update_schema(brand.id, schema)) == schema
    assert await call(brands.get_schema(brand.id)) == schema

    assert brands.get_inbound_email(brand.id) == f"{brand.id}@inbound.dispatchtickets.com"
    assert type(sdk.client).brands.get_inbound_email("br_1", domain="in.example") == "br_1@in.example"

    ticket = await call(sdk.client.tickets.create(brand.id, title="Numbered"))
    assert ticket.ticket_number == 100
    await call(sdk.client.categories.create(brand.id, name="Billing"))
    await call(sdk.client.tags.create(brand.id, name="vip"))
    preview = await call(brands.delete(brand.id, confirm=False))
    assert (preview.ticket_count, preview.webhook_count, preview.category_count, preview.tag_count) == (
        1,
        0,
        1,
        1,
    )
    assert ids(await call(brands.list())) == [brand.id]  # the preview deleted nothing

    assert await call(brands.delete(brand.id)) is None
    assert await call(brands.list()) == []
    with pytest.raises(NotFoundError) as gone:
        await call(brands.get(brand.id))
    assert gone.value.request_id


async def test_categories_crud_stats_and_reorder(sdk: SDK) -> None:
    brand = await new_brand(sdk)
    categories = sdk.client.categories
    billing = await call(categories.create(brand.id, name="Billing", color="#ef4444", description="Money"))
    shipping = await call(categories.create(brand.id, name="Shipping"))
    returns = await call(categories.create(brand.id, name="Returns"))
    assert (billing.name, billing.color, billing.description) == ("Billing", "#ef4444", "Money")
    assert ids(await call(categories.list(brand.id))) == [billing.id, shipping.id, returns.id]
    assert (await call(categories.get(brand.id, shipping.id))).name == "Shipping"

    renamed = await call(categories.update(brand.id, shipping.id, name="Delivery", color="#22c55e"))
    assert (renamed.name, renamed.color) == ("Delivery", "#22c55e")
    with pytest.raises(ConflictError):
        await call(categories.create(brand.id, name="billing"))

    for _ in range(2):
        await call(sdk.client.tickets.create(brand.id, title="Charged twice", category_id=billing.id))
    await call(sdk.client.tickets.create(brand.id, title="Late parcel", category_id=shipping.id))
    stats = await call(categories.get_stats(brand.id))
    assert {key: stat.ticket_count for key, stat in stats.items()} == {
        billing.id: 2,
        shipping.id: 1,
        returns.id: 0,
    }

    assert await call(categories.reorder(brand.id, [returns.id, billing.id, shipping.id])) is None
    listed = await call(categories.list(brand.id))
    assert ids(listed) == [returns.id, billing.id, shipping.id]
    assert [c.sort_order for c in listed] == [0, 1, 2]
    with pytest.raises(NotFoundError) as unknown:  # an id that names nothing, as in a path
        await call(categories.reorder(brand.id, ["cat_missing"]))
    assert unknown.value.details["errors"][0]["field"] == "categoryIds"

    assert await call(categories.delete(brand.id, returns.id)) is None
    assert ids(await call(categories.list(brand.id))) == [billing.id, shipping.id]
    with pytest.raises(NotFoundError):
        await call(categories.get(brand.id, returns.id))


async def test_tags_crud_and_merge_moves_tickets(sdk: SDK) -> None:
    brand = await new_brand(sdk)
    tags = sdk.client.tags
    urgent = await call(tags.create(brand.id, name="urgent", color="#f59e0b"))
    asap = await call(tags.create(brand.id, name="asap"))
    now = await call(tags.create(brand.id, name="now"))
    assert (urgent.name, urgent.color) == ("urgent", "#f59e0b")
    assert sorted(t.name for t in await call(tags.list(brand.id))) == ["asap", "now", "urgent"]

    renamed = await call(tags.update(brand.id, now.id, name="right-now", color="#000000"))
    assert (renamed.name, renamed.color) == ("right-now", "#000000")

    tickets = sdk.client.tickets
    first = await call(tickets.create(brand.id, title="A", tags=[asap.id]))
    second = await call(tickets.create(brand.id, title="B", tags=[now.id, urgent.id]))
    with pytest.raises(NotFoundError):
        await call(tags.merge(brand.id, urgent.id, ["tag_missing"]))
    with pytest.raises(ConflictError):
        await call(tags.merge(brand.id, urgent.id, [urgent.id]))
    merged = await call(tags.merge(brand.id, urgent.id, [asap.id, now.id]))
    assert merged.id == urgent.id
    assert ids(await call(tags.list(brand.id))) == [urgent.id]
    tagged = await collect(tickets.list(brand.id, tag_ids=[urgent.id]))
    assert sorted(ids(tagged)) == sorted([first.id, second.id])
    assert [t.id for t in (await call(tickets.get(brand.id, first.id))).tags] == [urgent.id]

    assert await call(tags.delete(brand.id, urgent.id)) is None
    assert await call(tags.list(brand.id)) == []
    assert await collect(tickets.list(brand.id, tag_ids=[urgent.id])) == []
    with pytest.raises(NotFoundError):
        await call(tags.merge(brand.id, urgent.id, [asap.id]))  # the target is gone


async def test_customers_crud_search_and_pagination(sdk: SDK) -> None:
    brand = await new_brand(sdk)
    customers = sdk.client.customers
    jane = await call(
        customers.create(brand.id, email="jane@example.com", name="Jane Doe", metadata={"plan": "pro"})
    )
    assert (jane.email, jane.name, jane.metadata.to_dict()) == (
        "jane@example.com",
        "Jane Doe",
        {"plan": "pro"},
    )
    made = [jane]
    for n in range(11):
        made.append(
            await call(customers.create(brand.id, email=f"user{n:02d}@example.com", name=f"User {n:02d}"))
        )

    every = await collect(customers.list(brand.id, limit=5, sort="email", order="asc"))
    assert [c.email for c in every] == sorted(c.email for c in made)

    page = await call(customers.list_page(brand.id, limit=5, sort="createdAt", order="desc"))
    assert ids(page.data) == ids(reversed(made))[:5]
    assert page.has_more is True
    assert page.next_cursor
    second = await call(page.next_page())
    assert ids(second.data) == ids(reversed(made))[5:10]
    third = await call(customers.list_page(brand.id, limit=5, cursor=second.next_cursor, order="desc"))
    assert ids(third.data) == [made[1].id, made[0].id]
    assert third.has_more is False
    assert await call(third.next_page()) is None

    assert ids(await call(customers.search(brand.id, "JANE"))) == [jane.id]
    assert len(await call(customers.search(brand.id, "user0"))) == 10

    updated = await call(customers.update(brand.id, jane.id, name="Jane Smith"))
    assert (updated.name, updated.email) == ("Jane Smith", "jane@example.com")
    assert (await call(customers.get(brand.id, jane.id))).name == "Jane Smith"
    with pytest.raises(ConflictError):
        await call(customers.update(brand.id, made[1].id, email="JANE@example.com"))

    ticket = await call(sdk.client.tickets.create(brand.id, title="Mine", customer_email="jane@example.com"))
    assert ticket.customer_id == jane.id
    deleted = await call(customers.delete(brand.id, jane.id))
    assert deleted.id == jane.id
    with pytest.raises(NotFoundError):
        await call(customers.get(brand.id, jane.id))
    assert (await call(sdk.client.tickets.get(brand.id, ticket.id))).customer_id is None


async def test_custom_fields_crud_and_reorder(sdk: SDK) -> None:
    brand = await new_brand(sdk)
    fields = sdk.client.fields
    order = await call(
        fields.create(brand.id, "ticket", key="order_id", label="Order ID", type="text", required=True)
    )
    assert (order.key, order.label, order.type_, order.required) == ("order_id", "Order ID", "text", True)
    plan = await call(
        fields.create(brand.id, "customer", key="plan", label="Plan", type="select", options=["free", "pro"])
    )
    assert plan.options == ["free", "pro"]
    sku = await call(fields.create(brand.id, "ticket", key="sku", label="SKU", type="text"))

    everything = await call(fields.get_all(brand.id))
    assert [f.key for f in everything.ticket] == ["order_id", "sku"]
    assert [f.key for f in everything.customer] == ["plan"]
    assert everything.company == []
    assert [f.key for f in await call(fields.list(brand.id, "ticket"))] == ["order_id", "sku"]

    changed = await call(fields.update(brand.id, "ticket", "order_id", required=False, label="Order number"))
    assert (changed.required, changed.label, changed.type_) == (False, "Order number", "text")
    with pytest.raises(ConflictError):
        await call(fields.create(brand.id, "ticket", key="sku", label="Again", type="text"))

    assert await call(fields.reorder(brand.id, "ticket", [sku.key, order.key])) is None
    assert [f.key for f in await call(fields.list(brand.id, "ticket"))] == ["sku", "order_id"]

    assert await call(fields.delete(brand.id, "ticket", "sku")) is None
    assert [f.key for f in await call(fields.list(brand.id, "ticket"))] == ["order_id"]
    with pytest.raises(NotFoundError):
        await call(fields.update(brand.id, "ticket", "sku", label="gone"))


async def test_webhook_subscriptions_crud_and_delivery_history(sdk: SDK) -> None:
    brand = await new_brand(sdk)
    webhooks = sdk.client.webhooks
    # The receiver answers 503: every attempt fails, and the history records each one.
    receiver = sdk.closing(WebhookReceiver("whsec_e2e", status=503).start())
    hook = await call(
        webhooks.create(
            brand.id,
            url=receiver.url,
            secret="whsec_e2e",
            events=["ticket.created", "ticket.updated"],
        )
    )
    assert (hook.url, hook.events, hook.enabled, hook.failure_count) == (
        receiver.url,
        ["ticket.created", "ticket.updated"],
        True,
        0,
    )
    assert "secret" not in hook.to_dict()
    assert ids(await call(webhooks.list(brand.id))) == [hook.id]
    assert (await call(webhooks.get(brand.id, hook.id))).id == hook.id
    with pytest.raises(ConflictError):
        await call(webhooks.create(brand.id, url=receiver.url, secret="x", events=["ticket.created"]))

    assert await call(webhooks.get_deliveries(brand.id, hook.id)) == []
    ticket = await call(sdk.client.tickets.create(brand.id, title="Hooked"))
    sdk.emulator.wait_for_deliveries(timeout=10, brand_id=brand.id)
    (delivery,) = await call(webhooks.get_deliveries(brand.id, hook.id))
    assert (delivery.webhook_id, delivery.event, delivery.status) == (hook.id, "ticket.created", "FAILED")
    assert (delivery.attempts, delivery.response_code) == (3, 503)
    assert delivery.payload.to_dict()["data"]["id"] == ticket.id
    assert (await call(webhooks.get(brand.id, hook.id))).failure_count == 1

    assert await call(webhooks.delete(brand.id, hook.id)) is None
    assert await call(webhooks.list(brand.id)) == []
    with pytest.raises(NotFoundError):
        await call(webhooks.get_deliveries(brand.id, hook.id))


async def test_wrong_key_and_unknown_brand_errors(sdk: SDK) -> None:
    with pytest.raises(AuthenticationError) as bad_key:
        await call(sdk.admin("sk_live_not_accepted_here").accounts.me())
    assert bad_key.value.status_code == 401
    assert bad_key.value.request_id
    with pytest.raises(NotFoundError) as missing:
        await call(sdk.client.tickets.list_page("br_missing"))
    assert (missing.value.status_code, missing.value.code) == (404, "not_found")
    with sdk.target.invalid_request(), pytest.raises(ValidationError) as invalid:  # the document's pattern
        await call(sdk.client.brands.create(name="Bad", slug="not a slug!"))
    assert invalid.value.errors
    assert invalid.value.errors[0]["field"] == "slug"
