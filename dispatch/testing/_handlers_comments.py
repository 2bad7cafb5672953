"""Handlers of the comments tag.

Comments are listed flat, oldest first; ``GET`` of one comment adds its direct ``replies``. ``parentId``
must name a comment of the same ticket (404 otherwise, as an unknown id in the path) and ``setStatus``
may be any status but ``closed`` (the document says so: 422 otherwise). Delete is soft, like tickets. A new comment emits ``ticket.comment.created`` and
``comment.created`` (and ``ticket.updated`` when ``setStatus`` changed the status).
"""

from __future__ import annotations

from dispatch.testing._context import Ctx, Handler, Reply
from dispatch.testing._errors import ApiError
from dispatch.testing._events import comment_data, ticket_updated
from dispatch.testing._lookup import get_comment, get_ticket
from dispatch.testing._store import Json, new_id
from dispatch.testing._views import comment_view, live_comments

__all__ = ["HANDLERS", "add_comment"]

_COPIED = ("authorId", "authorName", "parentId", "links", "metadata", "sourceId", "sourceData")


def add_comment(ctx: Ctx, ticket: Json, fields: Json) -> Json:
    """Store a comment on ``ticket`` and emit its events."""
    now = ctx.now()
    comment: Json = {
        "id": new_id("cmt"),
        "ticketId": ticket["id"],
        "brandId": ticket["brandId"],
        "body": fields["body"],
        "authorId": None,
        "authorName": None,
        "authorType": fields.get("authorType", "AGENT"),
        "parentId": None,
        "links": [],
        "metadata": {},
        "source": fields.get("source", "api"),
        "sourceId": None,
        "createdAt": now,
        "updatedAt": now,
        "deletedAt": None,
    }
    for name in _COPIED:
        if name in fields:
            comment[name] = fields[name]
    for private in ("cc", "connectionId"):
        if private in fields:
            comment["_" + private] = fields[private]
    ctx.store.put("comments", comment)
    updated = {**ticket, "updatedAt": now}
    changes: list[str] = []
    if fields.get("setStatus") and fields["setStatus"] != ticket["status"]:
        updated["status"] = fields["setStatus"]
        changes.append("status")
    ctx.store.put("tickets", updated)
    data = comment_data(ctx, updated, comment)
    ctx.emit(str(ticket["brandId"]), "ticket.comment.created", data)
    ctx.emit(str(ticket["brandId"]), "comment.created", data)
    ticket_updated(ctx, updated, changes)
    return comment


def create_comment(ctx: Ctx) -> Reply:
    ticket = get_ticket(ctx, ctx.param("ticketId"))
    body = ctx.body
    if body.get("parentId"):
        parent = ctx.store.peek("comments", str(body["parentId"]))
        if parent is None or parent.get("ticketId") != ticket["id"] or parent.get("deletedAt"):
            raise ApiError(
                404, "Comment not found", errors=[("parentId", "parentId is not a comment of this ticket")]
            )
    if body.get("setStatus") == "closed":
        raise ApiError(422, "Validation failed", errors=[("setStatus", "setStatus cannot be closed")])
    return ctx.ok(comment_view(ctx, add_comment(ctx, ticket, body)))


def list_comments(ctx: Ctx) -> Reply:
    ticket = get_ticket(ctx, ctx.param("ticketId"))
    return ctx.ok([comment_view(ctx, c) for c in live_comments(ctx, str(ticket["id"]))])


def get_comment_op(ctx: Ctx) -> Reply:
    ticket = get_ticket(ctx, ctx.param("ticketId"))
    return ctx.ok(comment_view(ctx, get_comment(ctx, ticket, ctx.param("commentId")), with_replies=True))


def update_comment(ctx: Ctx) -> Reply:
    ticket = get_ticket(ctx, ctx.param("ticketId"))
    comment = get_comment(ctx, ticket, ctx.param("commentId"))
    for name in ("body", "links", "metadata"):
        if name in ctx.body:
            comment[name] = ctx.body[name]
    comment["updatedAt"] = ctx.now()
    ctx.store.put("comments", comment)
    ctx.emit(str(ticket["brandId"]), "comment.updated", comment_data(ctx, ticket, comment))
    return ctx.ok(comment_view(ctx, comment))


def delete_comment(ctx: Ctx) -> Reply:
    ticket = get_ticket(ctx, ctx.param("ticketId"))
    comment = get_comment(ctx, ticket, ctx.param("commentId"))
    comment["deletedAt"] = ctx.now()
    ctx.store.put("comments", comment)
    ctx.emit(str(ticket["brandId"]), "comment.deleted", comment_data(ctx, ticket, comment))
    return ctx.ok(comment_view(ctx, comment))


HANDLERS: dict[str, Handler] = {
    "create_comment": create_comment,
    "list_comments": list_comments,
    "get_comment": get_comment_op,
    "update_comment": update_comment,
    "delete_comment": delete_comment,
}
