"""Handlers of the brands tag: brands, their ticket schema, deletion preview, and portal access.

A brand's slug is unique within its account (409) and must be URL-safe (422). ``DELETE`` without
``confirm=true`` only counts what would go; with it the brand and everything of it are deleted. A key
limited to some brands may still create one, and the new brand is added to its scope (otherwise the
key could not use what it just created). Portal tokens and magic links find or create the customer.
"""

from __future__ import annotations

import re

from dispatch.testing._context import Ctx, Handler, Reply
from dispatch.testing._errors import ApiError
from dispatch.testing._lookup import find_or_create_customer
from dispatch.testing._store import Json, new_id, new_secret
from dispatch.testing._views import brand_view, live_tickets

__all__ = ["BRAND_COLLECTIONS", "HANDLERS", "issue_portal_token"]

_SLUG = re.compile(r"[A-Za-z0-9._~-]+")
BRAND_COLLECTIONS = (
    "tickets",
    "comments",
    "attachments",
    "webhooks",
    "deliveries",
    "categories",
    "tags",
    "customers",
    "fields",
    "portal_tokens",
    "magic_links",
    "storage",
)
_UPDATABLE = (
    "name",
    "slug",
    "ticketPrefix",
    "url",
    "iconUrl",
    "fromName",
    "fromEmail",
    "autoresponseEnabled",
    "autoresponseSubject",
    "autoresponseBody",
    "metadata",
    "ticketSchema",
    "portalOrigins",
)


def _check_slug(ctx: Ctx, slug: str, brand_id: str | None = None) -> None:
    if not _SLUG.fullmatch(slug):
        raise ApiError(
            422, "Validation failed", errors=[("slug", "slug must be URL-safe (letters, digits, -._~)")]
        )
    for other in ctx.store.scan("brands", accountId=ctx.account_id):
        if other["slug"] == slug and other["id"] != brand_id:
            raise ApiError(
                409, f"A brand with slug {slug!r} already exists", errors=[("slug", "slug is taken")]
            )


def create_brand(ctx: Ctx) -> Reply:
    body = ctx.body
    _check_slug(ctx, str(body["slug"]))
    now = ctx.now()
    brand: Json = {
        "id": new_id("br", 12),
        "accountId": ctx.account_id,
        "name": body["name"],
        "slug": body["slug"],
        "ticketPrefix": body.get("ticketPrefix"),
        "nextTicketNumber": int(body.get("ticketNumberStart", 1)),
        "url": None,
        "iconUrl": None,
        "settings": {},
        "metadata": body.get("metadata", {}),
        "inboundEmailEnabled": True,
        "autoresponseEnabled": False,
        "autoresponseSubject": None,
        "autoresponseBody": None,
        "fromName": None,
        "fromEmail": None,
        "portalOrigins": [],
        "createdAt": now,
        "updatedAt": now,
    }
    if "ticketSchema" in body:
        brand["ticketSchema"] = body["ticketSchema"]
    ctx.store.put("brands", brand)
    principal = ctx.principal
    if principal is not None and not principal.all_brands:
        key = ctx.store.get("api_keys", principal.key_id)
        if key is not None:
            key["brandIds"] = [*key["brandIds"], brand["id"]]
            ctx.store.put("api_keys", key)
    return ctx.ok(brand_view(ctx, brand))


def list_brands(ctx: Ctx) -> Reply:
    principal = ctx.principal
    brands = ctx.store.scan("brands", accountId=ctx.account_id)
    visible = [b for b in brands if principal is None or principal.may_access(str(b["id"]))]
    return ctx.ok([brand_view(ctx, b) for b in visible])


def get_brand(ctx: Ctx) -> Reply:
    return ctx.ok(brand_view(ctx, ctx.brand()))


def update_brand(ctx: Ctx) -> Reply:
    brand = dict(ctx.brand())
    body = ctx.body
    if "slug" in body:
        _check_slug(ctx, str(body["slug"]), str(brand["id"]))
    for name in _UPDATABLE:
        if name in body:
            brand[name] = body[name]
    brand["updatedAt"] = ctx.now()
    ctx.store.put("brands", brand)
    return ctx.ok(brand_view(ctx, brand))


def delete_brand(ctx: Ctx) -> Reply:
    brand = ctx.brand()
    brand_id = str(brand["id"])
    if ctx.query("confirm") is not True:
        return ctx.ok(
            {
                "ticketCount": len(live_tickets(ctx, brand_id)),
                "webhookCount": len(ctx.store.scan("webhooks", brandId=brand_id)),
                "categoryCount": len(ctx.store.scan("categories", brandId=brand_id)),
                "tagCount": len(ctx.store.scan("tags", brandId=brand_id)),
            }
        )
    for coll in BRAND_COLLECTIONS:
        for doc in ctx.store.scan(coll, brandId=brand_id):
            doc_id = str(doc.get("id") or doc.get("token"))
            if coll == "attachments":
                ctx.store.delete_blob(doc_id)
            ctx.store.delete(coll, doc_id)
    ctx.store.delete("brands", brand_id)
    return ctx.no_content()


def get_brand_schema(ctx: Ctx) -> Reply:
    return ctx.ok(dict(ctx.brand().get("ticketSchema") or {}))


def update_brand_schema(ctx: Ctx) -> Reply:
    brand = dict(ctx.brand())
    brand["ticketSchema"] = ctx.body
    brand["updatedAt"] = ctx.now()
    ctx.store.put("brands", brand)
    return ctx.ok(ctx.body)


def issue_portal_token(ctx: Ctx, brand: Json, customer: Json) -> Json:
    """A new portal token (``pt_…``) for ``customer`` of ``brand``, valid for the configured hour."""
    now = ctx.clock.now()
    token = new_secret("pt_")
    ttl = ctx.settings.portal_token_ttl
    ctx.store.put(
        "portal_tokens",
        {
            "token": token,
            "accountId": brand["accountId"],
            "brandId": brand["id"],
            "customerId": customer["id"],
            "_expires": now + ttl,
        },
        doc_id=token,
    )
    return {
        "token": token,
        "expiresAt": ctx.clock.iso(ttl),
        "customerId": customer["id"],
        "email": customer["email"],
        "name": customer.get("name"),
    }


def generate_portal_token(ctx: Ctx) -> Reply:
    brand = ctx.brand()
    customer = find_or_create_customer(ctx, str(brand["id"]), str(ctx.body["email"]), ctx.body.get("name"))
    return ctx.ok(issue_portal_token(ctx, brand, customer))


def send_portal_magic_link(ctx: Ctx) -> Reply:
    brand = ctx.brand()
    token = new_secret("ml_")
    ctx.store.put(
        "magic_links",
        {
            "token": token,
            "accountId": brand["accountId"],
            "brandId": brand["id"],
            "email": ctx.body["email"],
            "portalUrl": ctx.body["portalUrl"],
            "createdAt": ctx.now(),
            "_expires": ctx.clock.now() + ctx.settings.magic_link_ttl,
            "_used": False,
        },
        doc_id=token,
    )
    return ctx.ok({"success": True})


HANDLERS: dict[str, Handler] = {
    "create_brand": create_brand,
    "list_brands": list_brands,
    "get_brand": get_brand,
    "update_brand": update_brand,
    "delete_brand": delete_brand,
    "get_brand_schema": get_brand_schema,
    "update_brand_schema": update_brand_schema,
    "generate_portal_token": generate_portal_token,
    "send_portal_magic_link": send_portal_magic_link,
}
