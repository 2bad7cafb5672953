"""Handlers of the tickets tag: CRUD, the list with every documented filter and sort, spam, merge, bulk.

Choices where the facts sheet is silent (also in the emulator README):

* Ticket numbers count per brand from ``ticketNumberStart`` (default 1).
* The list leaves spam out unless ``isSpam=true`` asks for it; deleted tickets are never listed.
* ``status`` takes one status, a comma-separated list, or ``active`` (open and pending), mixed freely.
* ``search`` is a case-insensitive substring match on title and body.
* ``tags`` on create/update are ids or names; an unknown name creates the tag.
* ``customerEmail`` finds or creates the brand's customer (``customerName`` names a new one).
* Delete is soft: the ticket is answered with ``deletedAt`` set and is gone from then on.
* Merge moves the sources' comments to the target and closes the sources with ``mergedIntoId``.
* Bulk skips ids that are not the brand's live tickets; ``count`` is how many it matched.
"""

from __future__ import annotations

from typing import Any

from dispatch.testing._clock import parse_time
from dispatch.testing._context import Ctx, Handler, Reply
from dispatch.testing._errors import ApiError
from dispatch.testing._events import ticket_data, ticket_updated
from dispatch.testing._lookup import (
    find_customer_by_email,
    find_or_create_customer,
    get_ticket,
    require_category,
    resolve_tags,
)
from dispatch.testing._paging import Ordered, order, page_of
from dispatch.testing._store import Json, new_id
from dispatch.testing._views import attachment_count, live_comments, live_tickets, ticket_view

__all__ = ["HANDLERS", "create_ticket_doc", "expand_statuses", "soft_delete_ticket"]

STATUSES = ("open", "pending", "resolved", "closed")
PRIORITY_RANK = {"low": 0, "normal": 1, "medium": 2, "high": 3, "urgent": 4}
DEFAULT_LIMIT = 20
_TRACKED: tuple[str, ...] = ("title", "body", "status", "priority", "assigneeId", "categoryId", "links")
_TRACKED += ("customFields", "metadata", "isSpam")
_COPIED = ("body", "assigneeId", "createdBy", "links", "customFields", "metadata", "sourceId", "sourceData")


def expand_statuses(value: str) -> set[str]:
    """``open,pending`` / ``active`` / ``closed`` as a set of statuses (422 on an unknown one)."""
    wanted: set[str] = set()
    for part in (p.strip() for p in value.split(",")):
        if part == "active":
            wanted |= {"open", "pending"}
        elif part in STATUSES:
            wanted.add(part)
        else:
            raise ApiError(
                422,
                "Validation failed",
                errors=[("status", f"status must be {', '.join(STATUSES)} or active (comma-separated)")],
            )
    return wanted


def create_ticket_doc(ctx: Ctx, brand: Json, fields: Json, customer_id: str | None) -> Json:
    """Store a new ticket numbered from the brand's counter and emit ``ticket.created``."""
    now = ctx.now()
    brand = ctx.store.get("brands", str(brand["id"])) or brand
    number = int(brand["nextTicketNumber"])
    ctx.store.put("brands", {**brand, "nextTicketNumber": number + 1})
    ticket: Json = {
        "id": new_id("tkt"),
        "brandId": brand["id"],
        "ticketNumber": number,
        "title": fields["title"],
        "body": fields.get("body"),
        "status": fields.get("status", "open"),
        "priority": fields.get("priority", "normal"),
        "assigneeId": None,
        "createdBy": None,
        "customerId": customer_id,
        "categoryId": fields.get("categoryId"),
        "links": [],
        "customFields": {},
        "metadata": {},
        "source": fields.get("source", "api"),
        "sourceId": None,
        "isSpam": False,
        "createdAt": now,
        "updatedAt": now,
        "deletedAt": None,
        "mergedIntoId": None,
        "_tagIds": fields.get("_tagIds", []),
    }
    for name in _COPIED:
        if name in fields:
            ticket[name] = fields[name]
    ctx.store.put("tickets", ticket)
    account = ctx.store.get("accounts", str(brand["accountId"]))
    if account is not None:
        month = now[:7]
        by_month = dict(account.get("_ticketsByMonth", {}))
        by_month[month] = int(by_month.get(month, 0)) + 1
        account["_ticketsByMonth"] = by_month
        account["_ticketsTotal"] = int(account.get("_ticketsTotal", 0)) + 1
        ctx.store.put("accounts", account)
    ctx.emit(str(brand["id"]), "ticket.created", ticket_data(ctx, ticket))
    return ticket


def soft_delete_ticket(ctx: Ctx, ticket: Json) -> Json:
    ticket = {**ticket, "deletedAt": ctx.now(), "updatedAt": ctx.now()}
    ctx.store.put("tickets", ticket)
    ctx.emit(str(ticket["brandId"]), "ticket.deleted", ticket_data(ctx, ticket))
    return ticket


def create_ticket(ctx: Ctx) -> Reply:
    brand = ctx.brand()
    brand_id = str(brand["id"])
    body = dict(ctx.body)
    if body.get("categoryId"):
        require_category(ctx, brand_id, str(body["categoryId"]))
    customer_id = None
    if body.get("customerEmail"):
        customer = find_or_create_customer(
            ctx, brand_id, str(body["customerEmail"]), body.get("customerName")
        )
        customer_id = str(customer["id"])
    body["_tagIds"] = resolve_tags(ctx, brand_id, [str(t) for t in body.get("tags", [])])
    ticket = create_ticket_doc(ctx, brand, body, customer_id)
    return ctx.ok(ticket_view(ctx, ticket))


def _created_between(ticket: Json, after: Any, before: Any) -> bool:
    created = parse_time(str(ticket["createdAt"]))
    if after is not None and not created > parse_time(after):
        return False
    return before is None or created < parse_time(before)


# what a listing's filtered, ordered tickets depend on: remembered until one of these changes
_LISTING_DEPENDS_ON = ("tickets", "customers", "attachments")


def list_tickets(ctx: Ctx) -> Reply:
    brand_id = ctx.brand_id
    q = ctx.req.query
    sort = str(q.get("sort", "createdAt"))
    direction = str(q.get("order", "desc"))
    # Every page of a listing filters and orders the same tickets: done once, then a binary search per page.
    # The order is ascending whatever ``order`` asks (page_of walks it either way): one entry serves both.
    filters = tuple(
        sorted(((k, v) for k, v in q.items() if k not in ("cursor", "limit", "order")), key=lambda kv: kv[0])
    )
    ordered = ctx.store.memo(
        ("list_tickets", brand_id, filters),
        _LISTING_DEPENDS_ON,
        lambda: _ordered_tickets(ctx, brand_id, sort),
    )
    page, cursor, has_more = page_of(
        ordered,
        descending=direction == "desc",
        cursor=q.get("cursor"),
        limit=int(q.get("limit", DEFAULT_LIMIT)),
        tag=f"tickets:{sort}:{direction}",
    )
    data = [ticket_view(ctx, t) for t in page]
    return ctx.ok({"data": data, "pagination": {"cursor": cursor, "hasMore": has_more}})


def _ordered_tickets(ctx: Ctx, brand_id: str, sort: str) -> Ordered:
    """The brand's live tickets that pass the query's filters, in ascending order of ``sort``."""
    q = ctx.req.query
    tickets = live_tickets(ctx, brand_id)
    is_spam = q.get("isSpam")
    tickets = [t for t in tickets if bool(t.get("isSpam")) == bool(is_spam)]
    if q.get("status"):
        wanted = expand_statuses(str(q["status"]))
        tickets = [t for t in tickets if t["status"] in wanted]
    for name in ("priority", "assigneeId", "customerId", "createdBy", "categoryId", "source"):
        if q.get(name) is not None:
            tickets = [t for t in tickets if t.get(name) == q[name]]
    if q.get("customerEmail"):
        customer = find_customer_by_email(ctx, brand_id, str(q["customerEmail"]))
        tickets = [t for t in tickets if customer is not None and t.get("customerId") == customer["id"]]
    if q.get("createdAfter") is not None or q.get("createdBefore") is not None:
        tickets = [t for t in tickets if _created_between(t, q.get("createdAfter"), q.get("createdBefore"))]
    if q.get("search"):
        needle = str(q["search"]).lower()
        tickets = [
            t
            for t in tickets
            if needle in str(t["title"]).lower() or needle in str(t.get("body") or "").lower()
        ]
    if q.get("tagIds"):
        tag_ids = {p.strip() for p in str(q["tagIds"]).split(",") if p.strip()}
        tickets = [t for t in tickets if tag_ids & set(t.get("_tagIds", []))]
    if q.get("hasAttachments") is not None:
        tickets = [t for t in tickets if (attachment_count(ctx, str(t["id"])) > 0) == q["hasAttachments"]]

    def key(t: Json) -> tuple[Any, ...]:
        if sort == "priority":
            return (PRIORITY_RANK[str(t["priority"])], int(t["_seq"]))
        return (str(t[sort]), int(t["_seq"]))

    return order(tickets, key)


def get_ticket_op(ctx: Ctx) -> Reply:
    return ctx.ok(ticket_view(ctx, get_ticket(ctx, ctx.param("ticketId"))))


def apply_update(ctx: Ctx, ticket: Json, changes_in: Json) -> tuple[Json, list[str]]:
    """``ticket`` with ``changes_in`` applied, and the names of the fields that really changed."""
    brand_id = str(ticket["brandId"])
    updated = dict(ticket)
    for name in _TRACKED:
        if name in changes_in and name != "categoryId":
            updated[name] = changes_in[name]
    if "categoryId" in changes_in:
        if changes_in["categoryId"] is not None:
            require_category(ctx, brand_id, str(changes_in["categoryId"]))
        updated["categoryId"] = changes_in["categoryId"]
    if "tags" in changes_in:
        updated["_tagIds"] = resolve_tags(ctx, brand_id, [str(t) for t in changes_in["tags"]])
    changes = [name for name in _TRACKED if updated.get(name) != ticket.get(name)]
    if updated.get("_tagIds") != ticket.get("_tagIds"):
        changes.append("tags")
    if changes:
        updated["updatedAt"] = ctx.now()
        ctx.store.put("tickets", updated)
        ticket_updated(ctx, updated, changes)
    return updated, changes


def update_ticket(ctx: Ctx) -> Reply:
    ticket = get_ticket(ctx, ctx.param("ticketId"))
    updated, _ = apply_update(ctx, ticket, ctx.body)
    return ctx.ok(ticket_view(ctx, updated))


def delete_ticket(ctx: Ctx) -> Reply:
    ticket = get_ticket(ctx, ctx.param("ticketId"))
    return ctx.ok(ticket_view(ctx, soft_delete_ticket(ctx, ticket)))


def mark_ticket_as_spam(ctx: Ctx) -> Reply:
    ticket = get_ticket(ctx, ctx.param("ticketId"))
    updated, _ = apply_update(ctx, ticket, {"isSpam": bool(ctx.body["isSpam"])})
    return ctx.ok(ticket_view(ctx, updated))


def merge_tickets(ctx: Ctx) -> Reply:
    target = get_ticket(ctx, ctx.param("ticketId"))
    sources: list[Json] = []
    for source_id in dict.fromkeys(str(s) for s in ctx.body["sourceTicketIds"]):
        if source_id == target["id"]:
            raise ApiError(
                409, "A ticket cannot be merged into itself", errors=[("sourceTicketIds", "names the target")]
            )
        source = ctx.store.get("tickets", source_id)
        if source is None or source.get("brandId") != target["brandId"] or source.get("deletedAt"):
            raise ApiError(
                404, "Ticket not found", errors=[("sourceTicketIds", f"ticket {source_id} does not exist")]
            )
        sources.append(source)
    now = ctx.now()
    for source in sources:
        for comment in live_comments(ctx, str(source["id"])):
            ctx.store.put("comments", {**comment, "ticketId": target["id"], "updatedAt": now})
        merged = {**source, "mergedIntoId": target["id"], "status": "closed", "updatedAt": now}
        ctx.store.put("tickets", merged)
        ticket_updated(ctx, merged, [n for n in ("status", "mergedIntoId") if merged[n] != source.get(n)])
    target = {**target, "updatedAt": now}
    ctx.store.put("tickets", target)
    return ctx.ok(ticket_view(ctx, target))


def _bulk_changes(ctx: Ctx, action: str, body: Json) -> Json | None:
    """The update a bulk action applies to each ticket (``None`` for delete)."""
    brand_id = ctx.brand_id
    if action == "spam":
        return {"isSpam": True}
    if action == "resolve":
        return {"status": "resolved"}
    if action == "close":
        return {"status": "closed"}
    if action == "assign":
        if not body.get("assigneeId"):
            raise ApiError(
                422, "Validation failed", errors=[("assigneeId", "assigneeId is required for assign")]
            )
        return {"assigneeId": body["assigneeId"]}
    if action == "setCategory":
        if not body.get("categoryId"):
            raise ApiError(
                422, "Validation failed", errors=[("categoryId", "categoryId is required for setCategory")]
            )
        require_category(ctx, brand_id, str(body["categoryId"]))
        return {"categoryId": body["categoryId"]}
    if action == "setTags":
        if "tags" not in body:
            raise ApiError(422, "Validation failed", errors=[("tags", "tags is required for setTags")])
        return {"tags": body["tags"]}
    return None


def bulk_ticket_action(ctx: Ctx) -> Reply:
    body = ctx.body
    action = str(body["action"])
    changes = _bulk_changes(ctx, action, body)
    count = 0
    for ticket_id in dict.fromkeys(str(t) for t in body["ticketIds"]):
        ticket = ctx.store.get("tickets", ticket_id)
        if ticket is None or ticket.get("brandId") != ctx.brand_id or ticket.get("deletedAt"):
            continue
        if changes is None:
            soft_delete_ticket(ctx, ticket)
        else:
            apply_update(ctx, ticket, changes)
        count += 1
    return ctx.ok({"success": True, "count": count})


HANDLERS: dict[str, Handler] = {
    "create_ticket": create_ticket,
    "list_tickets": list_tickets,
    "get_ticket": get_ticket_op,
    "update_ticket": update_ticket,
    "delete_ticket": delete_ticket,
    "mark_ticket_as_spam": mark_ticket_as_spam,
    "merge_tickets": merge_tickets,
    "bulk_ticket_action": bulk_ticket_action,
}
