"""The ``data`` of each webhook event, built from stored documents.

``ticket.created``, ``ticket.updated`` and ``ticket.comment.created`` follow the document's ``webhooks``
section exactly (and are validated against it in strict mode). The document does not describe the other
events, so they carry the same kind of data: ``ticket.deleted`` the ticket summary, ``comment.created`` the
same data as ``ticket.comment.created``, ``comment.updated``/``comment.deleted`` that data with the
comment's ``updatedAt``/``deletedAt``, and ``attachment.created``/``attachment.deleted`` the attachment.
"""

from __future__ import annotations

from dispatch.testing._context import Ctx
from dispatch.testing._store import Json
from dispatch.testing._views import formatted_number

__all__ = ["attachment_data", "comment_data", "ticket_data", "ticket_updated"]


def _customer_fields(ctx: Ctx, ticket: Json) -> Json:
    customer = ctx.store.peek("customers", str(ticket["customerId"])) if ticket.get("customerId") else None
    return {
        "customerId": ticket.get("customerId"),
        "customerEmail": customer.get("email") if customer else None,
        "customerName": customer.get("name") if customer else None,
    }


def ticket_data(ctx: Ctx, ticket: Json) -> Json:
    """``ticket.created`` (and ``ticket.deleted``, with ``deletedAt``)."""
    data: Json = {
        "id": ticket["id"],
        "ticketNumber": ticket["ticketNumber"],
        "title": ticket["title"],
        "status": ticket["status"],
        "priority": ticket["priority"],
        "source": ticket["source"],
        "createdAt": ticket["createdAt"],
        **_customer_fields(ctx, ticket),
    }
    if ticket.get("deletedAt"):
        data["deletedAt"] = ticket["deletedAt"]
    return data


def ticket_updated(ctx: Ctx, ticket: Json, changes: list[str]) -> None:
    """Emit ``ticket.updated`` naming the changed fields (nothing when nothing changed)."""
    if not changes:
        return
    data: Json = {
        "id": ticket["id"],
        "ticketNumber": ticket["ticketNumber"],
        "title": ticket["title"],
        "status": ticket["status"],
        "priority": ticket["priority"],
        "assigneeId": ticket.get("assigneeId"),
        "updatedAt": ticket["updatedAt"],
        "changes": changes,
        **_customer_fields(ctx, ticket),
    }
    ctx.emit(str(ticket["brandId"]), "ticket.updated", data)


def comment_data(ctx: Ctx, ticket: Json, comment: Json) -> Json:
    brand = ctx.store.peek("brands", str(ticket["brandId"])) or {}
    inner: Json = {
        "id": comment["id"],
        "body": comment["body"],
        "authorId": comment.get("authorId"),
        "authorType": comment["authorType"],
        "createdAt": comment["createdAt"],
    }
    if comment.get("deletedAt"):
        inner["deletedAt"] = comment["deletedAt"]
    elif comment.get("updatedAt") != comment.get("createdAt"):
        inner["updatedAt"] = comment["updatedAt"]
    return {
        "ticketId": ticket["id"],
        "ticketNumber": formatted_number(brand, int(ticket["ticketNumber"])),
        **_customer_fields(ctx, ticket),
        "comment": inner,
    }


def attachment_data(ctx: Ctx, ticket: Json, attachment: Json) -> Json:
    brand = ctx.store.peek("brands", str(ticket["brandId"])) or {}
    return {
        "id": attachment["id"],
        "ticketId": ticket["id"],
        "ticketNumber": formatted_number(brand, int(ticket["ticketNumber"])),
        "filename": attachment["filename"],
        "contentType": attachment["contentType"],
        "size": attachment["size"],
        "status": attachment["status"],
        "createdAt": attachment["createdAt"],
    }
