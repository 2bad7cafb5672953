"""Handlers of the customers and fields tags.

Customers: the email is unique per brand, case-insensitively (409); tickets created with
``customerEmail`` and portal tokens create customers too. The list pages by ``createdAt`` (default, newest
first), ``name`` or ``email``; search matches ``q`` case-insensitively in name and email. Deleting a
customer unlinks their tickets (which stay).

Fields: keys are unique per brand and entity type (409); list order is ``sortOrder`` then creation;
reorder must name only existing keys (404 otherwise) and sets ``sortOrder`` to the position.
"""

from __future__ import annotations

from typing import Any

from dispatch.testing._context import Ctx, Handler, Reply
from dispatch.testing._errors import ApiError
from dispatch.testing._lookup import find_customer_by_email, get_owned
from dispatch.testing._paging import paginate
from dispatch.testing._store import Json, new_id
from dispatch.testing._views import ENTITY_TYPES, customer_view, field_view

__all__ = ["HANDLERS"]

_CUSTOMER_FIELDS = ("email", "name", "avatarUrl", "companyId", "metadata")
_FIELD_ATTRIBUTES = ("label", "required", "defaultValue", "description", "placeholder", "options", "visible")


def _unique_email(ctx: Ctx, email: str, own_id: str | None = None) -> None:
    found = find_customer_by_email(ctx, ctx.brand_id, email)
    if found is not None and found["id"] != own_id:
        raise ApiError(409, "A customer with this email already exists", errors=[("email", "email is taken")])


def create_customer(ctx: Ctx) -> Reply:
    body = ctx.body
    _unique_email(ctx, str(body["email"]))
    now = ctx.now()
    customer: Json = {
        "id": new_id("cus"),
        "brandId": ctx.brand_id,
        "email": body["email"],
        "name": body.get("name"),
        "avatarUrl": body.get("avatarUrl"),
        "companyId": body.get("companyId"),
        "metadata": body.get("metadata", {}),
        "createdAt": now,
        "updatedAt": now,
    }
    ctx.store.put("customers", customer)
    return ctx.ok(customer_view(ctx, customer))


def list_customers(ctx: Ctx) -> Reply:
    sort = str(ctx.query("sort", "createdAt"))
    order = str(ctx.query("order", "desc"))

    def key(c: Json) -> tuple[Any, ...]:
        return (
            str(c.get(sort) or "").lower() if sort != "createdAt" else str(c["createdAt"]),
            int(c["_seq"]),
        )

    page, cursor, has_more = paginate(
        ctx.store.scan("customers", brandId=ctx.brand_id),
        key,
        descending=order == "desc",
        cursor=ctx.query("cursor"),
        limit=int(ctx.query("limit", 20)),
        tag=f"customers:{sort}:{order}",
    )
    return ctx.ok(
        {"data": [customer_view(ctx, c) for c in page], "pagination": {"cursor": cursor, "hasMore": has_more}}
    )


def search_customers(ctx: Ctx) -> Reply:
    needle = str(ctx.query("q")).lower()
    found = [
        c
        for c in ctx.store.scan("customers", brandId=ctx.brand_id)
        if needle in str(c["email"]).lower() or needle in str(c.get("name") or "").lower()
    ]
    return ctx.ok([customer_view(ctx, c) for c in found])


def get_customer(ctx: Ctx) -> Reply:
    return ctx.ok(
        customer_view(ctx, get_owned(ctx, "customers", ctx.param("customerId"), ctx.brand_id, "Customer"))
    )


def update_customer(ctx: Ctx) -> Reply:
    customer = get_owned(ctx, "customers", ctx.param("customerId"), ctx.brand_id, "Customer")
    if "email" in ctx.body:
        _unique_email(ctx, str(ctx.body["email"]), str(customer["id"]))
    for name in _CUSTOMER_FIELDS:
        if name in ctx.body:
            customer[name] = ctx.body[name]
    customer["updatedAt"] = ctx.now()
    ctx.store.put("customers", customer)
    return ctx.ok(customer_view(ctx, customer))


def delete_customer(ctx: Ctx) -> Reply:
    customer = get_owned(ctx, "customers", ctx.param("customerId"), ctx.brand_id, "Customer")
    view = customer_view(ctx, customer)
    for ticket in ctx.store.scan("tickets", customerId=str(customer["id"])):
        ctx.store.put("tickets", {**ticket, "customerId": None})
    for token in ctx.store.scan("portal_tokens", customerId=str(customer["id"])):
        ctx.store.delete("portal_tokens", str(token["token"]))
    ctx.store.delete("customers", str(customer["id"]))
    return ctx.ok(view)


# -- fields ---------------------------------------------------------------------------------------------


def _fields(ctx: Ctx, entity: str) -> list[Json]:
    docs = [f for f in ctx.store.scan("fields", brandId=ctx.brand_id) if f["_entity"] == entity]
    return sorted(docs, key=lambda f: (int(f["sortOrder"]), int(f["_seq"])))


def _field_id(ctx: Ctx, entity: str, key: str) -> str:
    return f"{ctx.brand_id}:{entity}:{key}"


def _get_field(ctx: Ctx) -> Json:
    entity, key = ctx.param("entityType"), ctx.param("key")
    field = ctx.store.get("fields", _field_id(ctx, entity, key))
    if field is None:
        raise ApiError(404, f"Field {key!r} not found")
    return field


def list_all_fields(ctx: Ctx) -> Reply:
    return ctx.ok({entity: [field_view(ctx, f) for f in _fields(ctx, entity)] for entity in ENTITY_TYPES})


def list_fields(ctx: Ctx) -> Reply:
    return ctx.ok([field_view(ctx, f) for f in _fields(ctx, ctx.param("entityType"))])


def create_field(ctx: Ctx) -> Reply:
    entity = ctx.param("entityType")
    body = ctx.body
    field_id = _field_id(ctx, entity, str(body["key"]))
    if ctx.store.peek("fields", field_id) is not None:
        raise ApiError(409, f"Field {body['key']!r} already exists", errors=[("key", "key is taken")])
    field: Json = {
        "id": field_id,
        "brandId": ctx.brand_id,
        "_entity": entity,
        "key": body["key"],
        "label": body.get("label", body["key"]),
        "type": body["type"],
        "required": bool(body.get("required", False)),
        "description": body.get("description"),
        "placeholder": body.get("placeholder"),
        "visible": bool(body.get("visible", True)),
        "sortOrder": int(body.get("sortOrder", len(_fields(ctx, entity)))),
        "source": body.get("source", "api"),
        "createdAt": ctx.now(),
    }
    for optional in ("defaultValue", "options"):
        if optional in body:
            field[optional] = body[optional]
    ctx.store.put("fields", field)
    return ctx.ok(field_view(ctx, field))


def update_field(ctx: Ctx) -> Reply:
    field = _get_field(ctx)
    for name in (*_FIELD_ATTRIBUTES, "sortOrder"):
        if name in ctx.body:
            field[name] = ctx.body[name]
    ctx.store.put("fields", field)
    return ctx.ok(field_view(ctx, field))


def delete_field(ctx: Ctx) -> Reply:
    ctx.store.delete("fields", str(_get_field(ctx)["id"]))
    return ctx.no_content()


def reorder_fields(ctx: Ctx) -> Reply:
    entity = ctx.param("entityType")
    by_key = {str(f["key"]): f for f in _fields(ctx, entity)}
    ordered = list(dict.fromkeys(str(k) for k in ctx.body["keys"]))
    unknown = [k for k in ordered if k not in by_key]
    if unknown:
        raise ApiError(404, "Field not found", errors=[("keys", f"unknown field {unknown[0]}")])
    for position, key in enumerate(ordered + [k for k in by_key if k not in ordered]):
        ctx.store.put("fields", {**by_key[key], "sortOrder": position})
    return ctx.no_content()


HANDLERS: dict[str, Handler] = {
    "create_customer": create_customer,
    "list_customers": list_customers,
    "search_customers": search_customers,
    "get_customer": get_customer,
    "update_customer": update_customer,
    "delete_customer": delete_customer,
    "list_all_fields": list_all_fields,
    "list_fields": list_fields,
    "create_field": create_field,
    "update_field": update_field,
    "delete_field": delete_field,
    "reorder_fields": reorder_fields,
}
