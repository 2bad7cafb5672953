"""client.fields on the wire, sync and async."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from dispatch import EntityType, FieldDefinition, FieldDefinitionsByEntity, FieldType, NotFoundError
from tests.unit.conftest import API_KEY, Wire, body_of, call, query_of

# The document's examples.
ORDER_ID: dict[str, Any] = {
    "key": "order_id",
    "label": "Order ID",
    "type": "text",
    "required": True,
    "defaultValue": None,
    "description": "Order number from the shop",
    "placeholder": "ORD-00000",
    "options": [],
    "visible": True,
    "sortOrder": 0,
    "source": "api",
    "createdAt": "2024-03-12T09:14:22.000Z",
}
PLAN: dict[str, Any] = {
    "key": "plan",
    "label": "Plan",
    "type": "select",
    "required": False,
    "defaultValue": "free",
    "options": ["free", "pro", "enterprise"],
    "visible": True,
    "sortOrder": 1,
    "createdAt": "2024-03-12T09:14:22.000Z",
}
INDUSTRY: dict[str, Any] = {
    "key": "industry",
    "label": "Industry",
    "type": "text",
    "required": False,
    "visible": True,
    "sortOrder": 0,
}


async def test_get_all(client: Any, wire: Wire) -> None:
    wire.reply(json={"ticket": [ORDER_ID], "customer": [PLAN], "company": [INDUSTRY]})
    by_entity = await call(client.fields.get_all("br_8f2k1"))
    request = wire.last
    assert (request.method, request.url.path) == ("GET", "/v1/brands/br_8f2k1/fields")
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert query_of(request) == {}
    assert isinstance(by_entity, FieldDefinitionsByEntity)
    assert [f.key for f in by_entity.ticket] == ["order_id"]
    assert [f.key for f in by_entity.customer] == ["plan"]
    assert [f.key for f in by_entity.company] == ["industry"]
    plan = by_entity.customer[0]
    assert isinstance(plan, FieldDefinition)
    assert (plan.type_, plan.default_value, plan.options) == (
        FieldType.SELECT,
        "free",
        ["free", "pro", "enterprise"],
    )


@pytest.mark.parametrize("entity_type", ["ticket", "customer", "company", EntityType.CUSTOMER])
async def test_list_one_entity_type(client: Any, wire: Wire, entity_type: str) -> None:
    wire.reply(json=[ORDER_ID, PLAN])
    fields = await call(client.fields.list("br_8f2k1", entity_type))
    assert (wire.last.method, wire.last.url.path) == ("GET", f"/v1/brands/br_8f2k1/fields/{entity_type}")
    assert all(isinstance(f, FieldDefinition) for f in fields)
    order_id = fields[0]
    assert (order_id.key, order_id.label, order_id.type_, order_id.required) == (
        "order_id",
        "Order ID",
        FieldType.TEXT,
        True,
    )
    assert (order_id.visible, order_id.sort_order, order_id.placeholder) == (True, 0, "ORD-00000")
    assert order_id.default_value is None
    assert order_id.created_at == datetime(2024, 3, 12, 9, 14, 22, tzinfo=UTC)


async def test_create(client: Any, wire: Wire) -> None:
    wire.reply(201, ORDER_ID)
    field = await call(
        client.fields.create(
            "br_8f2k1",
            "ticket",
            key="order_id",
            label="Order ID",
            type="text",
            required=True,
            placeholder="ORD-00000",
            description="Order number from the shop",
        )
    )
    assert (wire.last.method, wire.last.url.path) == ("POST", "/v1/brands/br_8f2k1/fields/ticket")
    assert body_of(wire.last) == {
        "key": "order_id",
        "label": "Order ID",
        "type": "text",
        "required": True,
        "placeholder": "ORD-00000",
        "description": "Order number from the shop",
    }
    assert isinstance(field, FieldDefinition)
    assert (field.key, field.type_, field.required, field.source) == ("order_id", FieldType.TEXT, True, "api")


async def test_create_select_with_options_and_default(client: Any, wire: Wire) -> None:
    wire.reply(201, PLAN)
    await call(
        client.fields.create(
            "br_8f2k1",
            EntityType.CUSTOMER,
            key="plan",
            label="Plan",
            type=FieldType.SELECT,
            options=("free", "pro", "enterprise"),
            default_value="free",
            visible=True,
            sort_order=1,
        )
    )
    assert wire.last.url.path == "/v1/brands/br_8f2k1/fields/customer"
    assert body_of(wire.last) == {
        "key": "plan",
        "label": "Plan",
        "type": "select",
        "options": ["free", "pro", "enterprise"],
        "defaultValue": "free",
        "visible": True,
        "sortOrder": 1,
    }


async def test_create_sends_a_field_type_the_sdk_does_not_list(client: Any, wire: Wire) -> None:
    """Issue 12.7: typed as Literal for mypy; at run time the service judges (it may have added it)."""
    wire.reply(201, {**ORDER_ID, "type": "string"})
    await call(client.fields.create("br_8f2k1", "ticket", key="k", label="K", type="string"))
    assert body_of(wire.last)["type"] == "string"


@pytest.mark.parametrize(
    "method",
    ["list", "create", "update", "delete", "reorder"],
)
async def test_unknown_entity_type_is_refused_before_any_request(
    client: Any, wire: Wire, method: str
) -> None:
    calls = {
        "list": lambda: client.fields.list("br_8f2k1", "tickets"),
        "create": lambda: client.fields.create("br_8f2k1", "tickets", key="k", label="K", type="text"),
        "update": lambda: client.fields.update("br_8f2k1", "tickets", "k", label="K"),
        "delete": lambda: client.fields.delete("br_8f2k1", "tickets", "k"),
        "reorder": lambda: client.fields.reorder("br_8f2k1", "tickets", ["k"]),
    }
    with pytest.raises(ValueError, match="entity_type: 'tickets'"):
        await call(calls[method]())
    assert wire.requests == []


async def test_update(client: Any, wire: Wire) -> None:
    wire.reply(json={**ORDER_ID, "required": False, "label": "Order number"})
    field = await call(
        client.fields.update("br_8f2k1", "ticket", "order_id", required=False, label="Order number")
    )
    assert (wire.last.method, wire.last.url.path) == ("PATCH", "/v1/brands/br_8f2k1/fields/ticket/order_id")
    assert body_of(wire.last) == {"required": False, "label": "Order number"}
    assert isinstance(field, FieldDefinition)
    assert (field.key, field.label, field.required) == ("order_id", "Order number", False)


async def test_update_default_value_none_sends_null(client: Any, wire: Wire) -> None:
    wire.reply(json=PLAN)
    await call(
        client.fields.update("br_8f2k1", "customer", "plan", default_value=None, options=["free", "pro"])
    )
    assert body_of(wire.last) == {"defaultValue": None, "options": ["free", "pro"]}


async def test_update_refuses_type_before_any_request(client: Any, wire: Wire) -> None:
    with pytest.raises(TypeError, match="type cannot be changed"):
        await call(client.fields.update("br_8f2k1", "ticket", "order_id", type="number"))
    with pytest.raises(TypeError, match="source"):
        await call(client.fields.update("br_8f2k1", "ticket", "order_id", source="api"))
    assert wire.requests == []


async def test_update_percent_encodes_the_key(client: Any, wire: Wire) -> None:
    wire.reply(json=ORDER_ID)
    await call(client.fields.update("br_8f2k1", "ticket", "a/b c", label="x"))
    assert wire.last.url.raw_path == b"/v1/brands/br_8f2k1/fields/ticket/a%2Fb%20c"


async def test_delete_answers_none_on_204(client: Any, wire: Wire) -> None:
    wire.reply(204)
    assert await call(client.fields.delete("br_8f2k1", "ticket", "order_id")) is None
    assert (wire.last.method, wire.last.url.path) == ("DELETE", "/v1/brands/br_8f2k1/fields/ticket/order_id")


async def test_delete_not_found_carries_request_id(client: Any, wire: Wire) -> None:
    wire.reply(404, {"message": "Field not found", "code": "not_found"}, headers={"x-request-id": "req_f404"})
    with pytest.raises(NotFoundError) as caught:
        await call(client.fields.delete("br_8f2k1", "ticket", "nope"))
    assert (caught.value.status_code, caught.value.message, caught.value.request_id) == (
        404,
        "Field not found",
        "req_f404",
    )


async def test_reorder(client: Any, wire: Wire) -> None:
    wire.reply(204)
    assert await call(client.fields.reorder("br_8f2k1", "customer", ["plan", "order_id"])) is None
    assert (wire.last.method, wire.last.url.path) == ("POST", "/v1/brands/br_8f2k1/fields/customer/reorder")
    assert body_of(wire.last) == {"keys": ["plan", "order_id"]}


async def test_reorder_refuses_a_single_string(client: Any, wire: Wire) -> None:
    with pytest.raises(TypeError, match="keys"):
        await call(client.fields.reorder("br_8f2k1", "customer", "plan"))
    assert wire.requests == []
