"""client.categories on the wire, sync and async."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from dispatch import Category, CategoryStat, DispatchTicketsError, NotFoundError, ValidationError
from tests.unit.conftest import API_KEY, Wire, body_of, call, query_of

# The document's examples.
BILLING: dict[str, Any] = {
    "id": "cat_2b7q9",
    "brandId": "br_8f2k1",
    "name": "Billing",
    "color": "#ef4444",
    "description": "Payments, invoices and refunds",
    "sortOrder": 0,
    "createdAt": "2024-03-12T09:14:22.000Z",
}
SHIPPING: dict[str, Any] = {
    "id": "cat_6w1e3",
    "brandId": "br_8f2k1",
    "name": "Shipping",
    "color": "#3b82f6",
    "description": None,
    "sortOrder": 1,
    "createdAt": "2024-03-12T09:14:22.000Z",
}


async def test_create_sends_every_given_field(client: Any, wire: Wire) -> None:
    wire.reply(201, BILLING)
    category = await call(
        client.categories.create(
            "br_8f2k1",
            name="Billing",
            color="#ef4444",
            description="Payments, invoices and refunds",
            sort_order=0,
        )
    )
    request = wire.last
    assert (request.method, request.url.path) == ("POST", "/v1/brands/br_8f2k1/categories")
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["content-type"] == "application/json"
    assert query_of(request) == {}
    assert body_of(request) == {
        "name": "Billing",
        "color": "#ef4444",
        "description": "Payments, invoices and refunds",
        "sortOrder": 0,
    }
    assert isinstance(category, Category)
    assert (category.id, category.brand_id, category.name, category.color) == (
        "cat_2b7q9",
        "br_8f2k1",
        "Billing",
        "#ef4444",
    )
    assert (category.description, category.sort_order) == ("Payments, invoices and refunds", 0)
    assert category.created_at == datetime(2024, 3, 12, 9, 14, 22, tzinfo=UTC)


async def test_create_leaves_out_what_was_not_given(client: Any, wire: Wire) -> None:
    wire.reply(201, BILLING)
    await call(client.categories.create("br_8f2k1", name="Billing"))
    assert body_of(wire.last) == {"name": "Billing"}


async def test_create_validation_error_lists_field_errors(client: Any, wire: Wire) -> None:
    wire.reply(
        422,
        {
            "message": "Validation failed",
            "error": "Unprocessable Entity",
            "code": "validation_error",
            "errors": [
                {"field": "name", "message": "name must not be empty"},
                {"field": "color", "message": "color must be a hex colour"},
            ],
        },
        headers={"x-request-id": "req_422"},
    )
    with pytest.raises(ValidationError) as caught:
        await call(client.categories.create("br_8f2k1", name="", color="red"))
    error = caught.value
    assert (error.status_code, error.code, error.message, error.request_id) == (
        422,
        "validation_error",
        "Validation failed",
        "req_422",
    )
    assert error.errors == [
        {"field": "name", "message": "name must not be empty"},
        {"field": "color", "message": "color must be a hex colour"},
    ]
    assert len(wire.requests) == 1  # a 422 is never retried


async def test_list(client: Any, wire: Wire) -> None:
    wire.reply(json=[BILLING, SHIPPING])
    categories = await call(client.categories.list("br_8f2k1"))
    assert (wire.last.method, wire.last.url.path) == ("GET", "/v1/brands/br_8f2k1/categories")
    assert wire.last.content == b""
    assert all(isinstance(c, Category) for c in categories)
    assert [(c.id, c.name, c.sort_order) for c in categories] == [
        ("cat_2b7q9", "Billing", 0),
        ("cat_6w1e3", "Shipping", 1),
    ]
    assert categories[1].description is None


async def test_list_empty(client: Any, wire: Wire) -> None:
    wire.reply(json=[])
    assert await call(client.categories.list("br_8f2k1")) == []


async def test_get(client: Any, wire: Wire) -> None:
    wire.reply(json=BILLING)
    category = await call(client.categories.get("br_8f2k1", "cat_2b7q9"))
    assert (wire.last.method, wire.last.url.path) == ("GET", "/v1/brands/br_8f2k1/categories/cat_2b7q9")
    assert isinstance(category, Category)
    assert category.name == "Billing"


async def test_get_not_found_carries_request_id(client: Any, wire: Wire) -> None:
    wire.reply(
        404,
        {"message": "Category not found", "error": "Not Found", "code": "not_found"},
        headers={"x-request-id": "req_404"},
    )
    with pytest.raises(NotFoundError) as caught:
        await call(client.categories.get("br_8f2k1", "cat_missing"))
    assert (caught.value.status_code, caught.value.message, caught.value.request_id) == (
        404,
        "Category not found",
        "req_404",
    )


async def test_get_percent_encodes_the_id(client: Any, wire: Wire) -> None:
    wire.reply(json=BILLING)
    await call(client.categories.get("br_8f2k1", "cat/../x"))
    assert wire.last.url.raw_path == b"/v1/brands/br_8f2k1/categories/cat%2F..%2Fx"


async def test_update_sends_only_the_given_fields(client: Any, wire: Wire) -> None:
    wire.reply(json={**BILLING, "color": "#dc2626", "sortOrder": 3})
    category = await call(client.categories.update("br_8f2k1", "cat_2b7q9", color="#dc2626", sort_order=3))
    assert (wire.last.method, wire.last.url.path) == ("PATCH", "/v1/brands/br_8f2k1/categories/cat_2b7q9")
    assert body_of(wire.last) == {"color": "#dc2626", "sortOrder": 3}
    assert isinstance(category, Category)
    assert (category.color, category.sort_order) == ("#dc2626", 3)


async def test_update_refuses_an_unknown_field_before_any_request(client: Any, wire: Wire) -> None:
    with pytest.raises(TypeError, match="colour"):
        await call(client.categories.update("br_8f2k1", "cat_2b7q9", colour="#fff"))
    assert wire.requests == []


@pytest.mark.parametrize("status", [204, 200])  # the API sends 204; the document lists a bodiless 200
async def test_delete_answers_none_without_a_body(client: Any, wire: Wire, status: int) -> None:
    wire.reply(status)
    assert await call(client.categories.delete("br_8f2k1", "cat_2b7q9")) is None
    assert (wire.last.method, wire.last.url.path) == ("DELETE", "/v1/brands/br_8f2k1/categories/cat_2b7q9")


async def test_delete_not_found(client: Any, wire: Wire) -> None:
    wire.reply(404, {"message": "Category not found"}, headers={"x-request-id": "req_d404"})
    with pytest.raises(NotFoundError) as caught:
        await call(client.categories.delete("br_8f2k1", "cat_gone"))
    assert caught.value.request_id == "req_d404"


async def test_get_stats_is_a_dict_of_category_stats(client: Any, wire: Wire) -> None:
    wire.reply(json={"cat_2b7q9": {"ticketCount": 37}, "cat_6w1e3": {"ticketCount": 12}})
    stats = await call(client.categories.get_stats("br_8f2k1"))
    assert (wire.last.method, wire.last.url.path) == ("GET", "/v1/brands/br_8f2k1/categories/stats")
    assert type(stats) is dict
    assert all(isinstance(stat, CategoryStat) for stat in stats.values())
    assert {cid: stat.ticket_count for cid, stat in stats.items()} == {"cat_2b7q9": 37, "cat_6w1e3": 12}


@pytest.mark.parametrize("body", [{"cat_1": 5}, {"cat_1": {"open": 1}}])
async def test_malformed_stats_are_the_calls_error(client: Any, wire: Wire, body: dict[str, Any]) -> None:
    wire.reply(json=body)
    with pytest.raises(
        DispatchTicketsError, match="CategoryStats the API documents \\(malformed: CategoryStats"
    ) as caught:
        await call(client.categories.get_stats("br_8f2k1"))
    assert caught.value.code == "unexpected_response"


async def test_get_stats_empty(client: Any, wire: Wire) -> None:
    wire.reply(json={})
    assert await call(client.categories.get_stats("br_8f2k1")) == {}


async def test_reorder_sends_the_ids_and_answers_none(client: Any, wire: Wire) -> None:
    wire.reply(204)
    result = await call(client.categories.reorder("br_8f2k1", iter(["cat_6w1e3", "cat_2b7q9"])))
    assert result is None
    assert (wire.last.method, wire.last.url.path) == ("POST", "/v1/brands/br_8f2k1/categories/reorder")
    assert body_of(wire.last) == {"categoryIds": ["cat_6w1e3", "cat_2b7q9"]}


async def test_reorder_refuses_a_single_string(client: Any, wire: Wire) -> None:
    with pytest.raises(TypeError, match="category_ids"):
        await call(client.categories.reorder("br_8f2k1", "cat_6w1e3"))
    assert wire.requests == []


async def test_update_with_description_none_clears_it(client: Any, wire: Wire) -> None:
    wire.reply(json=BILLING)
    await call(client.categories.update("br_1", "cat_1", description=None))
    assert body_of(wire.last) == {"description": None}
