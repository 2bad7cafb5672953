"""Stored documents rendered as the API's JSON: exact camelCase names, derived counters, embedded objects.

Every view ends in :meth:`Ctx.render`, which keeps only the properties the document defines for that
schema, so private bookkeeping (keys starting with ``_``, account ids, secrets) can never leak onto the
wire. Counters (``commentCount``, ``attachmentCount``, ``_count.tickets``) are computed at read time from
the store rather than kept in sync by hand.
"""

from __future__ import annotations

from dispatch.testing._context import Ctx
from dispatch.testing._store import Json

__all__ = [
    "attachment_count",
    "attachment_view",
    "brand_view",
    "category_view",
    "comment_view",
    "customer_view",
    "delivery_view",
    "field_view",
    "fields_by_entity",
    "formatted_number",
    "key_view",
    "live_comments",
    "live_tickets",
    "portal_attachment_view",
    "portal_author_type",
    "portal_comment_view",
    "portal_ticket_detail",
    "portal_ticket_view",
    "tag_view",
    "ticket_view",
    "webhook_view",
]

ENTITY_TYPES = ("ticket", "customer", "company")


def live_tickets(ctx: Ctx, brand_id: str) -> list[Json]:
    """The brand's tickets that are not deleted (creation order)."""
    return [t for t in ctx.store.scan("tickets", brandId=brand_id) if t.get("deletedAt") is None]


def live_comments(ctx: Ctx, ticket_id: str) -> list[Json]:
    """A ticket's comments that are not deleted, oldest first."""
    return [c for c in ctx.store.scan("comments", ticketId=ticket_id) if c.get("deletedAt") is None]


def attachment_count(ctx: Ctx, ticket_id: str) -> int:
    """The ticket's uploaded (confirmed) attachments."""
    return sum(1 for a in ctx.store.scan("attachments", ticketId=ticket_id) if a.get("status") == "UPLOADED")


def formatted_number(brand: Json, number: int) -> str:
    """``ACME-42``; just ``42`` for a brand without a ticket prefix."""
    prefix = brand.get("ticketPrefix")
    return f"{prefix}-{number}" if prefix else str(number)


def key_view(ctx: Ctx, key: Json, *, with_secret: bool = False) -> Json:
    doc = dict(key)
    if with_secret:
        doc["key"] = key["_secret"]
        return ctx.render("ApiKeyWithSecret", doc)
    return ctx.render("ApiKey", doc)


def field_view(ctx: Ctx, field: Json) -> Json:
    return ctx.render("FieldDefinition", field)


def fields_by_entity(ctx: Ctx, brand_id: str) -> Json:
    out: Json = {entity: [] for entity in ENTITY_TYPES}
    for field in sorted(
        ctx.store.scan("fields", brandId=brand_id), key=lambda f: (int(f["sortOrder"]), int(f["_seq"]))
    ):
        out[str(field["_entity"])].append(field_view(ctx, field))
    return out


def brand_view(ctx: Ctx, brand: Json) -> Json:
    doc = dict(brand)
    doc["fieldDefinitions"] = fields_by_entity(ctx, str(brand["id"]))
    return ctx.render("Brand", doc)


def category_view(ctx: Ctx, category: Json) -> Json:
    return ctx.render("Category", category)


def tag_view(ctx: Ctx, tag: Json) -> Json:
    return ctx.render("Tag", tag)


def customer_view(ctx: Ctx, customer: Json) -> Json:
    doc = dict(customer)
    customer_id = str(customer["id"])
    doc["_count"] = {
        "tickets": ctx.store.memo(
            ("customer_tickets", customer_id), ("tickets",), lambda: _live_count(ctx, customer_id)
        )
    }
    return ctx.render("Customer", doc)


def _live_count(ctx: Ctx, customer_id: str) -> int:
    return sum(1 for t in ctx.store.scan("tickets", customerId=customer_id) if t.get("deletedAt") is None)


def ticket_view(ctx: Ctx, ticket: Json) -> Json:
    doc = dict(ticket)
    store = ctx.store
    customer = store.peek("customers", str(ticket["customerId"])) if ticket.get("customerId") else None
    doc["customer"] = customer_view(ctx, customer) if customer is not None else None
    category = store.peek("categories", str(ticket["categoryId"])) if ticket.get("categoryId") else None
    doc["category"] = category_view(ctx, category) if category is not None else None
    tags = [store.peek("tags", tag_id) for tag_id in ticket.get("_tagIds", [])]
    doc["tags"] = [tag_view(ctx, tag) for tag in tags if tag is not None]
    doc["commentCount"] = len(live_comments(ctx, str(ticket["id"])))
    doc["attachmentCount"] = attachment_count(ctx, str(ticket["id"]))
    return ctx.render("Ticket", doc)


def comment_view(ctx: Ctx, comment: Json, *, with_replies: bool = False) -> Json:
    doc = dict(comment)
    if with_replies:
        doc["replies"] = [
            comment_view(ctx, c)
            for c in live_comments(ctx, str(comment["ticketId"]))
            if c.get("parentId") == comment["id"]
        ]
    return ctx.render("Comment", doc)


def attachment_view(ctx: Ctx, attachment: Json, *, download_url: str | None = None) -> Json:
    if download_url is None:
        return ctx.render("Attachment", attachment)
    return ctx.render("AttachmentWithUrl", {**attachment, "downloadUrl": download_url})


def webhook_view(ctx: Ctx, webhook: Json) -> Json:
    return ctx.render("Webhook", webhook)


def delivery_view(ctx: Ctx, delivery: Json) -> Json:
    return ctx.render("WebhookDelivery", delivery)


# -- portal ---------------------------------------------------------------------------------------------


def portal_author_type(comment: Json) -> str:
    return "CUSTOMER" if comment.get("authorType") == "CUSTOMER" else "STAFF"


def portal_author_name(ctx: Ctx, comment: Json) -> str:
    """The name a portal shows: the comment's own, else (as the document says) the customer's name or
    e-mail for a customer's comment, and the brand's sender name or brand name for staff. Never empty: a
    portal UI may take its first letter for an avatar."""
    if comment.get("authorName"):
        return str(comment["authorName"])
    if portal_author_type(comment) == "CUSTOMER":
        ticket = ctx.store.peek("tickets", str(comment["ticketId"])) or {}
        customer = ctx.store.peek("customers", str(ticket.get("customerId"))) or {}
        if customer.get("name") or customer.get("email"):
            return str(customer.get("name") or customer["email"])
        return "Customer"
    brand = ctx.store.peek("brands", str(comment["brandId"])) or {}
    return str(brand.get("fromName") or brand.get("name") or "Support")


def portal_comment_view(ctx: Ctx, comment: Json) -> Json:
    doc = {
        **comment,
        "authorType": portal_author_type(comment),
        "authorName": portal_author_name(ctx, comment),
    }
    return ctx.render("PortalComment", doc)


def portal_ticket_view(ctx: Ctx, ticket: Json) -> Json:
    brand = ctx.store.peek("brands", str(ticket["brandId"])) or {}
    doc = {
        **ticket,
        "ticketNumber": formatted_number(brand, int(ticket["ticketNumber"])),
        "commentCount": len(live_comments(ctx, str(ticket["id"]))),
    }
    return ctx.render("PortalTicket", doc)


def portal_ticket_detail(ctx: Ctx, ticket: Json) -> Json:
    brand = ctx.store.peek("brands", str(ticket["brandId"])) or {}
    doc = {
        **portal_ticket_view(ctx, ticket),
        "body": ticket.get("body"),
        "brand": {"name": brand.get("name", "")},
        "comments": [portal_comment_view(ctx, c) for c in live_comments(ctx, str(ticket["id"]))],
    }
    return ctx.render("PortalTicketDetail", doc)


def portal_attachment_view(ctx: Ctx, attachment: Json) -> Json:
    return ctx.render("PortalAttachment", attachment)
