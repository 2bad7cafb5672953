"""client.customers on the wire, sync and async."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from dispatch import (
    AsyncPage,
    Company,
    Customer,
    CustomerCount,
    CustomerSortField,
    JsonObject,
    NotFoundError,
    Page,
    PaginationError,
    SortOrder,
)
from tests.unit.conftest import API_KEY, Wire, body_of, call, collect, query_of

# The document's examples.
JANE: dict[str, Any] = {
    "id": "cus_7h3m2",
    "brandId": "br_8f2k1",
    "email": "jane@example.com",
    "name": "Jane Doe",
    "avatarUrl": None,
    "companyId": "cmp_4t8x1",
    "company": {
        "id": "cmp_4t8x1",
        "brandId": "br_8f2k1",
        "name": "Example Corp",
        "domain": "example.com",
        "metadata": {},
        "createdAt": "2024-03-12T09:14:22.000Z",
        "updatedAt": "2024-03-12T09:14:22.000Z",
        "_count": {"customers": 12},
    },
    "metadata": {"plan": "pro"},
    "createdAt": "2024-03-12T09:14:22.000Z",
    "updatedAt": "2024-03-14T16:02:51.000Z",
    "_count": {"tickets": 3},
}
LI: dict[str, Any] = {
    "id": "cus_3j8n5",
    "brandId": "br_8f2k1",
    "email": "li.wei@example.org",
    "name": "Li Wei",
    "avatarUrl": None,
    "companyId": None,
    "metadata": {},
    "createdAt": "2024-03-12T09:14:22.000Z",
    "updatedAt": "2024-03-12T09:14:22.000Z",
}


def page(ids: list[str], *, has_more: bool, cursor: str | None = None) -> dict[str, Any]:
    pagination: dict[str, Any] = {"hasMore": has_more}
    if cursor is not None:
        pagination["cursor"] = cursor
    return {"data": [{**LI, "id": i} for i in ids], "pagination": pagination}


def assert_is_jane(customer: Any) -> None:
    assert isinstance(customer, Customer)
    assert (customer.id, customer.brand_id, customer.email, customer.name) == (
        "cus_7h3m2",
        "br_8f2k1",
        "jane@example.com",
        "Jane Doe",
    )
    assert (customer.avatar_url, customer.company_id) == (None, "cmp_4t8x1")
    assert isinstance(customer.company, Company)
    assert customer.company.name == "Example Corp"
    assert isinstance(customer.metadata, JsonObject)
    assert customer.metadata.to_dict() == {"plan": "pro"}
    assert isinstance(customer.field_count, CustomerCount)  # the API's `_count`
    assert customer.field_count.tickets == 3
    assert customer.updated_at == datetime(2024, 3, 14, 16, 2, 51, tzinfo=UTC)


async def test_create_sends_camel_case_body(client: Any, wire: Wire) -> None:
    wire.reply(201, JANE)
    customer = await call(
        client.customers.create(
            "br_8f2k1",
            email="jane@example.com",
            name="Jane Doe",
            company_id="cmp_4t8x1",
            avatar_url="https://example.com/jane.png",
            metadata={"plan": "pro", "seats": 5},
        )
    )
    request = wire.last
    assert (request.method, request.url.path) == ("POST", "/v1/brands/br_8f2k1/customers")
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert query_of(request) == {}
    assert body_of(request) == {
        "email": "jane@example.com",
        "name": "Jane Doe",
        "companyId": "cmp_4t8x1",
        "avatarUrl": "https://example.com/jane.png",
        "metadata": {"plan": "pro", "seats": 5},
    }
    assert_is_jane(customer)


async def test_create_with_email_only(client: Any, wire: Wire) -> None:
    wire.reply(201, {**LI})
    customer = await call(client.customers.create("br_8f2k1", email="li.wei@example.org"))
    assert body_of(wire.last) == {"email": "li.wei@example.org"}
    assert (customer.email, customer.company_id) == ("li.wei@example.org", None)


async def test_create_refuses_an_unknown_field_before_any_request(client: Any, wire: Wire) -> None:
    with pytest.raises(TypeError, match="phone"):
        await call(client.customers.create("br_8f2k1", email="a@example.com", phone="123"))
    assert wire.requests == []


async def test_list_walks_every_page_with_the_same_parameters(client: Any, wire: Wire) -> None:
    wire.reply(json=page(["c1", "c2"], has_more=True, cursor="cur_1"))
    wire.reply(json=page(["c3", "c4"], has_more=True, cursor="cur_2"))
    wire.reply(json=page(["c5"], has_more=False))
    customers = await collect(client.customers.list("br_8f2k1", limit=2, sort="name", order="asc"))
    assert [c.id for c in customers] == ["c1", "c2", "c3", "c4", "c5"]
    assert all(isinstance(c, Customer) for c in customers)
    assert [(r.method, r.url.path) for r in wire] == [("GET", "/v1/brands/br_8f2k1/customers")] * 3
    first, second, third = (query_of(r) for r in wire)
    assert first == {"limit": "2", "sort": "name", "order": "asc"}
    assert second == {"limit": "2", "sort": "name", "order": "asc", "cursor": "cur_1"}
    assert third == {"limit": "2", "sort": "name", "order": "asc", "cursor": "cur_2"}


async def test_list_accepts_the_enums(client: Any, wire: Wire) -> None:
    wire.reply(json=page(["c1"], has_more=False))
    customers = await collect(
        client.customers.list("br_8f2k1", sort=CustomerSortField.CREATEDAT, order=SortOrder.DESC)
    )
    assert [c.id for c in customers] == ["c1"]
    assert query_of(wire.last) == {"sort": "createdAt", "order": "desc"}


async def test_list_without_parameters_sends_no_query(client: Any, wire: Wire) -> None:
    wire.reply(json=page([], has_more=False))
    assert await collect(client.customers.list("br_8f2k1")) == []
    assert query_of(wire.last) == {}


async def test_list_is_lazy(client: Any, wire: Wire) -> None:
    customers = client.customers.list("br_8f2k1", limit=10)
    assert wire.requests == []
    wire.reply(json=page(["c1"], has_more=False))
    assert [c.id for c in await collect(customers)] == ["c1"]
    assert len(wire.requests) == 1


async def test_list_refuses_a_repeated_cursor(client: Any, wire: Wire) -> None:
    wire.reply(json=page(["c1"], has_more=True, cursor="same"))
    wire.reply(json=page(["c2"], has_more=True, cursor="same"))
    with pytest.raises(PaginationError, match="same"):
        await collect(client.customers.list("br_8f2k1"))


@pytest.mark.parametrize(
    "params",
    [{"sort": "updatedAt"}, {"order": "up"}],
    ids=["sort", "order"],
)
async def test_a_sort_or_order_the_sdk_does_not_list_is_sent_as_given(
    client: Any, wire: Wire, params: dict[str, str]
) -> None:
    """Issue 12.7: typed as Literal for mypy; at run time the service judges."""
    wire.reply(json=page([], has_more=False))
    await call(client.customers.list_page("br_8f2k1", **params))
    assert params.items() <= query_of(wire.last).items()


async def test_list_page_and_next_page(client: Any, wire: Wire, mode: str) -> None:
    wire.reply(json=page(["c1", "c2"], has_more=True, cursor="cur_1"))
    wire.reply(json=page(["c3"], has_more=False))
    first = await call(client.customers.list_page("br_8f2k1", limit=2, sort="email", order="desc"))
    assert isinstance(first, Page if mode == "sync" else AsyncPage)
    assert (first.has_more, first.next_cursor, [c.id for c in first.data]) == (True, "cur_1", ["c1", "c2"])
    assert query_of(wire.last) == {"limit": "2", "sort": "email", "order": "desc"}
    second = await call(first.next_page())
    assert [c.id for c in second] == ["c3"]
    assert (second.has_more, second.next_cursor) == (False, None)
    assert query_of(wire.last) == {"limit": "2", "sort": "email", "order": "desc", "cursor": "cur_1"}
    assert await call(second.next_page()) is None
    assert len(wire.requests) == 2


async def test_list_page_from_a_cursor(client: Any, wire: Wire) -> None:
    wire.reply(json=page(["c9"], has_more=False))
    result = await call(client.customers.list_page("br_8f2k1", cursor="cur_9"))
    assert query_of(wire.last) == {"cursor": "cur_9", "limit": "50"}  # python-api.md: list_page(limit=50)
    assert [c.id for c in result] == ["c9"]


async def test_search_sends_q(client: Any, wire: Wire) -> None:
    wire.reply(json=[JANE])
    found = await call(client.customers.search("br_8f2k1", "jane doe"))
    assert (wire.last.method, wire.last.url.path) == ("GET", "/v1/brands/br_8f2k1/customers/search")
    assert query_of(wire.last) == {"q": "jane doe"}
    assert len(found) == 1
    assert_is_jane(found[0])


async def test_search_refuses_an_empty_query(client: Any, wire: Wire) -> None:
    with pytest.raises(ValueError, match="query"):
        await call(client.customers.search("br_8f2k1", ""))
    assert wire.requests == []


async def test_get(client: Any, wire: Wire) -> None:
    wire.reply(json=JANE)
    customer = await call(client.customers.get("br_8f2k1", "cus_7h3m2"))
    assert (wire.last.method, wire.last.url.path) == ("GET", "/v1/brands/br_8f2k1/customers/cus_7h3m2")
    assert_is_jane(customer)


async def test_get_not_found_carries_request_id(client: Any, wire: Wire) -> None:
    wire.reply(
        404, {"message": "Customer not found", "code": "not_found"}, headers={"x-request-id": "req_c404"}
    )
    with pytest.raises(NotFoundError) as caught:
        await call(client.customers.get("br_8f2k1", "cus_missing"))
    assert (caught.value.status_code, caught.value.message, caught.value.request_id) == (
        404,
        "Customer not found",
        "req_c404",
    )


async def test_update(client: Any, wire: Wire) -> None:
    wire.reply(json={**JANE, "name": "Jane Smith", "metadata": {"plan": "enterprise"}})
    customer = await call(
        client.customers.update("br_8f2k1", "cus_7h3m2", name="Jane Smith", metadata={"plan": "enterprise"})
    )
    assert (wire.last.method, wire.last.url.path) == ("PATCH", "/v1/brands/br_8f2k1/customers/cus_7h3m2")
    assert body_of(wire.last) == {"name": "Jane Smith", "metadata": {"plan": "enterprise"}}
    assert isinstance(customer, Customer)
    assert isinstance(customer.metadata, JsonObject)
    assert (customer.name, customer.metadata.to_dict()) == ("Jane Smith", {"plan": "enterprise"})


async def test_update_email_and_company(client: Any, wire: Wire) -> None:
    wire.reply(json=JANE)
    await call(client.customers.update("br_8f2k1", "cus_7h3m2", email="j@example.com", company_id="cmp_1"))
    assert body_of(wire.last) == {"email": "j@example.com", "companyId": "cmp_1"}


async def test_delete_returns_the_customer(client: Any, wire: Wire) -> None:
    wire.reply(json=LI)
    customer = await call(client.customers.delete("br_8f2k1", "cus_3j8n5"))
    assert (wire.last.method, wire.last.url.path) == ("DELETE", "/v1/brands/br_8f2k1/customers/cus_3j8n5")
    assert isinstance(customer, Customer)
    assert (customer.id, customer.email, customer.company_id) == ("cus_3j8n5", "li.wei@example.org", None)


async def test_update_with_none_clears_nullable_fields(client: Any, wire: Wire) -> None:
    wire.reply(json=JANE)
    await call(client.customers.update("br_1", "cus_1", company_id=None, name=None, email="new@example.com"))
    assert body_of(wire.last) == {"companyId": None, "name": None, "email": "new@example.com"}
