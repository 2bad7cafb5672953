"""Finding things on behalf of a handler, with the API's answers when they are not there.

A missing (or deleted, or other brand's) object is a 404; a reference inside a request body that does not
resolve (an unknown ``categoryId`` on a ticket, say) is a 422 naming the field, since the request itself
was well-formed.
"""

from __future__ import annotations

from dispatch.testing._context import Ctx
from dispatch.testing._errors import ApiError
from dispatch.testing._store import Json, new_id

__all__ = [
    "DEFAULT_COLOR",
    "find_customer_by_email",
    "find_or_create_customer",
    "get_attachment",
    "get_comment",
    "get_owned",
    "get_ticket",
    "require_category",
    "resolve_tags",
]

DEFAULT_COLOR = "#6b7280"


def get_owned(ctx: Ctx, coll: str, doc_id: str, brand_id: str, what: str) -> Json:
    """A private copy of a brand's document, or 404."""
    doc = ctx.store.get(coll, doc_id)
    if doc is None or doc.get("brandId") != brand_id or doc.get("deletedAt") or doc.get("_deleted"):
        raise ApiError(404, f"{what} not found")
    return doc


def get_ticket(ctx: Ctx, ticket_id: str, brand_id: str | None = None) -> Json:
    return get_owned(ctx, "tickets", ticket_id, brand_id or ctx.brand_id, "Ticket")


def get_comment(ctx: Ctx, ticket: Json, comment_id: str) -> Json:
    comment = get_owned(ctx, "comments", comment_id, str(ticket["brandId"]), "Comment")
    if comment.get("ticketId") != ticket["id"]:
        raise ApiError(404, "Comment not found")
    return comment


def get_attachment(ctx: Ctx, ticket: Json, attachment_id: str) -> Json:
    attachment = get_owned(ctx, "attachments", attachment_id, str(ticket["brandId"]), "Attachment")
    if attachment.get("ticketId") != ticket["id"]:
        raise ApiError(404, "Attachment not found")
    return attachment


def require_category(ctx: Ctx, brand_id: str, category_id: str, field: str = "categoryId") -> None:
    category = ctx.store.peek("categories", category_id)
    if category is None or category.get("brandId") != brand_id:
        raise ApiError(404, "Category not found", errors=[(field, f"category {category_id} does not exist")])


def resolve_tags(ctx: Ctx, brand_id: str, names_or_ids: list[str]) -> list[str]:
    """Tag ids for a list of tag ids or names; an unknown name creates the tag (as the API does)."""
    tags = ctx.store.scan("tags", brandId=brand_id)
    by_id = {str(t["id"]): t for t in tags}
    by_name = {str(t["name"]).lower(): t for t in tags}
    out: list[str] = []
    for item in names_or_ids:
        tag = by_id.get(item) or by_name.get(item.lower())
        if tag is None:
            now = ctx.now()
            tag = {
                "id": new_id("tag"),
                "brandId": brand_id,
                "name": item,
                "color": DEFAULT_COLOR,
                "createdAt": now,
            }
            ctx.store.put("tags", tag)
            by_name[item.lower()] = tag
        if tag["id"] not in out:
            out.append(str(tag["id"]))
    return out


def find_customer_by_email(ctx: Ctx, brand_id: str, email: str) -> Json | None:
    wanted = email.strip().lower()
    for customer in ctx.store.scan("customers", brandId=brand_id):
        if str(customer["email"]).lower() == wanted:
            return customer
    return None


def find_or_create_customer(ctx: Ctx, brand_id: str, email: str, name: str | None) -> Json:
    """The brand's customer with this email (case-insensitive), created when unknown."""
    found = find_customer_by_email(ctx, brand_id, email)
    if found is not None:
        if name and not found.get("name"):
            updated = {**found, "name": name, "updatedAt": ctx.now()}
            ctx.store.put("customers", updated)
            return updated
        return found
    now = ctx.now()
    customer: Json = {
        "id": new_id("cus"),
        "brandId": brand_id,
        "email": email,
        "name": name,
        "avatarUrl": None,
        "companyId": None,
        "metadata": {},
        "createdAt": now,
        "updatedAt": now,
    }
    ctx.store.put("customers", customer)
    return customer
