"""Handlers of the portal tag: what one customer of one brand sees with a portal token.

A token only ever reaches its own customer's tickets in its own brand: anyone else's ticket is a 404,
never a 403, so a token cannot probe for ticket ids. Spam and deleted tickets are hidden. Portal comments
are written as CUSTOMER; agents' and system comments show as STAFF. Pending attachments (uploaded before
the ticket exists) belong to the customer until ``attachmentIds`` links them to a new ticket; only
UPLOADED ones may be linked (an unknown id is a 404, one not uploaded or already linked a 409). Magic-link tokens are single-use.
"""

from __future__ import annotations

from typing import Any

from dispatch.testing._clock import format_time
from dispatch.testing._context import Ctx, Handler, PortalSession, Reply
from dispatch.testing._errors import ApiError
from dispatch.testing._handlers_attachments import confirm_upload, download_url, new_attachment
from dispatch.testing._handlers_brands import issue_portal_token
from dispatch.testing._handlers_comments import add_comment
from dispatch.testing._handlers_tickets import create_ticket_doc, expand_statuses
from dispatch.testing._lookup import find_or_create_customer
from dispatch.testing._paging import paginate
from dispatch.testing._store import Json
from dispatch.testing._views import (
    portal_attachment_view,
    portal_comment_view,
    portal_ticket_detail,
    portal_ticket_view,
)

__all__ = ["HANDLERS"]


def _session(ctx: Ctx) -> PortalSession:
    if ctx.portal is None:
        raise ApiError(401, "Invalid or missing portal token")
    return ctx.portal


def _customer(ctx: Ctx) -> Json:
    customer = ctx.store.peek("customers", _session(ctx).customer_id)
    if customer is None:
        raise ApiError(401, "Invalid portal token")
    return customer


def _brand(ctx: Ctx) -> Json:
    brand = ctx.store.peek("brands", _session(ctx).brand_id)
    if brand is None:
        raise ApiError(401, "Invalid portal token")
    return brand


def _own_tickets(ctx: Ctx) -> list[Json]:
    session = _session(ctx)
    return [
        t
        for t in ctx.store.scan("tickets", customerId=session.customer_id)
        if t["brandId"] == session.brand_id and not t.get("deletedAt") and not t.get("isSpam")
    ]


def _own_ticket(ctx: Ctx) -> Json:
    ticket_id = ctx.param("ticketId")
    for ticket in _own_tickets(ctx):
        if ticket["id"] == ticket_id:
            return dict(ticket)
    raise ApiError(404, "Ticket not found")


def _own_attachment(ctx: Ctx, ticket_id: str | None) -> Json:
    attachment = ctx.store.get("attachments", ctx.param("attachmentId"))
    session = _session(ctx)
    if (
        attachment is None
        or attachment.get("brandId") != session.brand_id
        or attachment.get("ticketId") != ticket_id
    ):
        raise ApiError(404, "Attachment not found")
    if ticket_id is None and attachment.get("_customerId") != session.customer_id:
        raise ApiError(404, "Attachment not found")
    return attachment


def _check_size(ctx: Ctx) -> None:
    if int(ctx.body["size"]) > ctx.settings.max_portal_upload:
        raise ApiError(422, "Validation failed", errors=[("size", "size must be at most 50 MB")])


def _upload_target(ctx: Ctx, ticket_id: str | None) -> Reply:
    _check_size(ctx)
    attachment, url, expires = new_attachment(ctx, _session(ctx).brand_id, ticket_id, ctx.body)
    if ticket_id is None:
        attachment["_customerId"] = _session(ctx).customer_id
        ctx.store.put("attachments", attachment)
    return ctx.ok(
        {
            "attachment": portal_attachment_view(ctx, attachment),
            "uploadUrl": url,
            "expiresAt": format_time(expires),
        }
    )


def verify_portal_token(ctx: Ctx) -> Reply:
    record = ctx.store.get("magic_links", str(ctx.body["token"]))
    if record is None or record.get("_used") or ctx.clock.now() >= float(record["_expires"]):
        raise ApiError(401, "Invalid or expired magic link")
    brand = ctx.store.peek("brands", str(record["brandId"]))
    if brand is None:
        raise ApiError(401, "Invalid or expired magic link")
    ctx.store.put("magic_links", {**record, "_used": True}, doc_id=str(record["token"]))
    customer = find_or_create_customer(ctx, str(brand["id"]), str(record["email"]), None)
    return ctx.ok(issue_portal_token(ctx, brand, customer))


def refresh_portal_token(ctx: Ctx) -> Reply:
    return ctx.ok(issue_portal_token(ctx, _brand(ctx), _customer(ctx)))


def list_portal_tickets(ctx: Ctx) -> Reply:
    tickets = _own_tickets(ctx)
    if ctx.query("status"):
        wanted = expand_statuses(str(ctx.query("status")))
        tickets = [t for t in tickets if t["status"] in wanted]
    sort = str(ctx.query("sort", "createdAt"))
    order = str(ctx.query("order", "desc"))

    def key(t: Json) -> tuple[Any, ...]:
        return (str(t[sort]), int(t["_seq"]))

    page, cursor, has_more = paginate(
        tickets,
        key,
        descending=order == "desc",
        cursor=ctx.query("cursor"),
        limit=int(ctx.query("limit", 20)),
        tag=f"portal:{sort}:{order}",
    )
    data = [portal_ticket_view(ctx, t) for t in page]
    return ctx.ok({"data": data, "pagination": {"hasMore": has_more, "nextCursor": cursor}})


def create_portal_ticket(ctx: Ctx) -> Reply:
    session = _session(ctx)
    attachments: list[Json] = []
    for attachment_id in dict.fromkeys(str(a) for a in ctx.body.get("attachmentIds", [])):
        attachment = ctx.store.get("attachments", attachment_id)
        if attachment is None or attachment.get("_customerId") != session.customer_id:
            raise ApiError(
                404, "Attachment not found", errors=[("attachmentIds", f"{attachment_id} does not exist")]
            )
        if attachment.get("ticketId") is not None or attachment.get("status") != "UPLOADED":
            raise ApiError(
                409,
                "Attachment not attachable",
                errors=[("attachmentIds", f"{attachment_id} is not a confirmed pending attachment")],
            )
        attachments.append(attachment)
    fields = {"title": ctx.body["title"], "source": "web"}
    if "body" in ctx.body:
        fields["body"] = ctx.body["body"]
    ticket = create_ticket_doc(ctx, _brand(ctx), fields, session.customer_id)
    for attachment in attachments:
        ctx.store.put("attachments", {**attachment, "ticketId": ticket["id"], "updatedAt": ctx.now()})
    return ctx.ok(portal_ticket_view(ctx, ticket))


def initiate_portal_pending_attachment(ctx: Ctx) -> Reply:
    return _upload_target(ctx, None)


def confirm_portal_pending_attachment(ctx: Ctx) -> Reply:
    attachment = _own_attachment(ctx, None)
    return ctx.ok(portal_attachment_view(ctx, confirm_upload(ctx, attachment, None)))


def get_portal_ticket(ctx: Ctx) -> Reply:
    return ctx.ok(portal_ticket_detail(ctx, _own_ticket(ctx)))


def create_portal_comment(ctx: Ctx) -> Reply:
    ticket = _own_ticket(ctx)
    customer = _customer(ctx)
    fields = {
        "body": ctx.body["body"],
        "authorType": "CUSTOMER",
        "authorId": customer["id"],
        "authorName": customer.get("name") or customer["email"],
        "source": "web",
    }
    return ctx.ok(portal_comment_view(ctx, add_comment(ctx, ticket, fields)))


def initiate_portal_attachment(ctx: Ctx) -> Reply:
    return _upload_target(ctx, str(_own_ticket(ctx)["id"]))


def list_portal_attachments(ctx: Ctx) -> Reply:
    ticket = _own_ticket(ctx)
    return ctx.ok(
        [portal_attachment_view(ctx, a) for a in ctx.store.scan("attachments", ticketId=str(ticket["id"]))]
    )


def get_portal_attachment(ctx: Ctx) -> Reply:
    ticket = _own_ticket(ctx)
    attachment = _own_attachment(ctx, str(ticket["id"]))
    url, expires = download_url(ctx, attachment)
    view = {**portal_attachment_view(ctx, attachment), "downloadUrl": url, "expiresAt": format_time(expires)}
    return ctx.ok(ctx.render("PortalAttachmentWithUrl", view))


def confirm_portal_attachment(ctx: Ctx) -> Reply:
    ticket = _own_ticket(ctx)
    attachment = _own_attachment(ctx, str(ticket["id"]))
    return ctx.ok(portal_attachment_view(ctx, confirm_upload(ctx, attachment, ticket)))


HANDLERS: dict[str, Handler] = {
    "verify_portal_token": verify_portal_token,
    "refresh_portal_token": refresh_portal_token,
    "list_portal_tickets": list_portal_tickets,
    "create_portal_ticket": create_portal_ticket,
    "initiate_portal_pending_attachment": initiate_portal_pending_attachment,
    "confirm_portal_pending_attachment": confirm_portal_pending_attachment,
    "get_portal_ticket": get_portal_ticket,
    "create_portal_comment": create_portal_comment,
    "initiate_portal_attachment": initiate_portal_attachment,
    "list_portal_attachments": list_portal_attachments,
    "get_portal_attachment": get_portal_attachment,
    "confirm_portal_attachment": confirm_portal_attachment,
}
