"""Handlers of the webhooks tag: subscriptions and their delivery history.

The secret is kept privately (never rendered) and signs every delivery; a second subscription of the same
URL on a brand is a 409. Deliveries are listed newest first; their state is written by the delivery
worker (``_webhooks.py``) as attempts happen.
"""

from __future__ import annotations

from dispatch.testing._context import Ctx, Handler, Reply
from dispatch.testing._errors import ApiError
from dispatch.testing._lookup import get_owned
from dispatch.testing._store import Json, new_id
from dispatch.testing._views import delivery_view, webhook_view

__all__ = ["HANDLERS"]


def create_webhook(ctx: Ctx) -> Reply:
    brand_id = ctx.brand_id
    body = ctx.body
    if any(w["url"] == body["url"] for w in ctx.store.scan("webhooks", brandId=brand_id)):
        raise ApiError(
            409, "A webhook for this URL already exists", errors=[("url", "url is already subscribed")]
        )
    now = ctx.now()
    webhook: Json = {
        "id": new_id("whk"),
        "brandId": brand_id,
        "url": body["url"],
        "events": list(dict.fromkeys(body["events"])),
        "enabled": True,
        "failureCount": 0,
        "lastTriggered": None,
        "lastFailure": None,
        "createdAt": now,
        "updatedAt": now,
        "_secret": body["secret"],
    }
    ctx.store.put("webhooks", webhook)
    return ctx.ok(webhook_view(ctx, webhook))


def list_webhooks(ctx: Ctx) -> Reply:
    return ctx.ok([webhook_view(ctx, w) for w in ctx.store.scan("webhooks", brandId=ctx.brand_id)])


def get_webhook(ctx: Ctx) -> Reply:
    return ctx.ok(
        webhook_view(ctx, get_owned(ctx, "webhooks", ctx.param("webhookId"), ctx.brand_id, "Webhook"))
    )


def delete_webhook(ctx: Ctx) -> Reply:
    webhook = get_owned(ctx, "webhooks", ctx.param("webhookId"), ctx.brand_id, "Webhook")
    ctx.store.delete("webhooks", str(webhook["id"]))
    return ctx.no_content()


def list_webhook_deliveries(ctx: Ctx) -> Reply:
    webhook = get_owned(ctx, "webhooks", ctx.param("webhookId"), ctx.brand_id, "Webhook")
    deliveries = [
        d for d in ctx.store.scan("deliveries", brandId=ctx.brand_id) if d["webhookId"] == webhook["id"]
    ]
    return ctx.ok([delivery_view(ctx, d) for d in reversed(deliveries)])


HANDLERS: dict[str, Handler] = {
    "create_webhook": create_webhook,
    "list_webhooks": list_webhooks,
    "get_webhook": get_webhook,
    "delete_webhook": delete_webhook,
    "list_webhook_deliveries": list_webhook_deliveries,
}
