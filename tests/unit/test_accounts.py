"""client.accounts on the wire, sync and async."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from dispatch import (
    Account,
    AccountUsage,
    AccountUsagePlan,
    ApiKey,
    ApiKeyWithSecret,
    NotFoundError,
    SuccessResponse,
)
from tests.unit.conftest import API_KEY, Wire, body_of, call, query_of

ACCOUNT = {
    "id": "acc_5q2w8",
    "stackbeCustomerId": "cus_stk_19f3a",
    "stackbeOrganizationId": "org_stk_77c2e",
    "createdAt": "2023-11-02T10:00:00.000Z",
    "updatedAt": "2024-03-14T16:02:51.000Z",
}
USAGE = {
    "ticketsThisMonth": 412,
    "ticketsTotal": 9831,
    "brandsCount": 3,
    "plan": {"name": "Growth", "ticketLimit": 5000, "brandLimit": None},
}
API_KEY_ROW = {
    "id": "key_2m9x4",
    "name": "Production backend",
    "keyPreview": "sk_live_4f7a…",
    "allBrands": False,
    "brandIds": ["br_8f2k1"],
    "lastUsedAt": "2024-03-14T16:02:51.000Z",
    "createdAt": "2024-03-12T09:14:22.000Z",
}
NEW_KEY = {
    "id": "key_7r3d1",
    "name": "CI pipeline",
    "keyPreview": "sk_test_9b2c…",
    "allBrands": False,
    "brandIds": ["br_8f2k1"],
    "lastUsedAt": None,
    "createdAt": "2024-03-12T09:14:22.000Z",
    "key": "sk_test_9b2c4e71d0a84f6b8e3c2d1f0a9b8c7d",
}


async def test_me(client: Any, wire: Wire) -> None:
    wire.reply(json=ACCOUNT)
    account = await call(client.accounts.me())
    request = wire.last
    assert (request.method, request.url.path, query_of(request)) == ("GET", "/v1/accounts/me", {})
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.content == b""
    assert isinstance(account, Account)
    assert (account.id, account.stackbe_customer_id) == ("acc_5q2w8", "cus_stk_19f3a")
    assert account.created_at == datetime(2023, 11, 2, 10, 0, tzinfo=UTC)


async def test_get_usage(client: Any, wire: Wire) -> None:
    wire.reply(json=USAGE)
    usage = await call(client.accounts.get_usage())
    assert (wire.last.method, wire.last.url.path) == ("GET", "/v1/accounts/me/usage")
    assert isinstance(usage, AccountUsage)
    assert (usage.tickets_this_month, usage.tickets_total, usage.brands_count) == (412, 9831, 3)
    assert isinstance(usage.plan, AccountUsagePlan)
    assert (usage.plan.name, usage.plan.ticket_limit, usage.plan.brand_limit) == ("Growth", 5000, None)


async def test_list_api_keys(client: Any, wire: Wire) -> None:
    wire.reply(json=[API_KEY_ROW, {**API_KEY_ROW, "id": "key_2", "lastUsedAt": None}])
    keys = await call(client.accounts.list_api_keys())
    assert (wire.last.method, wire.last.url.path) == ("GET", "/v1/accounts/me/api-keys")
    assert [type(key) for key in keys] == [ApiKey, ApiKey]
    assert [key.id for key in keys] == ["key_2m9x4", "key_2"]
    assert keys[0].brand_ids == ["br_8f2k1"]
    assert keys[0].last_used_at == datetime(2024, 3, 14, 16, 2, 51, tzinfo=UTC)
    assert keys[1].last_used_at is None


async def test_create_api_key_sends_every_field(client: Any, wire: Wire) -> None:
    wire.reply(201, NEW_KEY)
    new_key = await call(
        client.accounts.create_api_key(name="CI pipeline", all_brands=False, brand_ids=("br_8f2k1",))
    )
    request = wire.last
    assert (request.method, request.url.path) == ("POST", "/v1/accounts/me/api-keys")
    assert request.headers["content-type"] == "application/json"
    assert body_of(request) == {"name": "CI pipeline", "allBrands": False, "brandIds": ["br_8f2k1"]}
    assert isinstance(new_key, ApiKeyWithSecret)
    assert (new_key.id, new_key.key) == ("key_7r3d1", "sk_test_9b2c4e71d0a84f6b8e3c2d1f0a9b8c7d")


async def test_create_api_key_leaves_out_what_was_not_given(client: Any, wire: Wire) -> None:
    wire.reply(201, NEW_KEY)
    await call(client.accounts.create_api_key(name="All brands", all_brands=True))
    assert body_of(wire.last) == {"name": "All brands", "allBrands": True}


async def test_brand_ids_as_a_str_is_refused_before_any_request(client: Any, wire: Wire) -> None:
    with pytest.raises(TypeError, match="brand_ids"):
        await call(client.accounts.create_api_key(name="x", brand_ids="br_1"))
    with pytest.raises(TypeError, match="brand_ids"):
        await call(client.accounts.update_api_key_scope("key_1", brand_ids="br_1"))
    assert wire.requests == []


async def test_update_api_key_scope(client: Any, wire: Wire) -> None:
    wire.reply(json={"success": True})
    result = await call(
        client.accounts.update_api_key_scope("key_2m9x4", all_brands=False, brand_ids=["br_1", "br_2"])
    )
    request = wire.last
    assert (request.method, request.url.path) == ("PATCH", "/v1/accounts/me/api-keys/key_2m9x4/scope")
    assert body_of(request) == {"allBrands": False, "brandIds": ["br_1", "br_2"]}
    assert isinstance(result, SuccessResponse)
    assert result.success is True


async def test_update_api_key_scope_percent_encodes_the_id(client: Any, wire: Wire) -> None:
    wire.reply(json={"success": True})
    await call(client.accounts.update_api_key_scope("key/1", all_brands=True))
    assert wire.last.url.raw_path == b"/v1/accounts/me/api-keys/key%2F1/scope"
    assert body_of(wire.last) == {"allBrands": True}


@pytest.mark.parametrize("status", [204, 200])
async def test_revoke_api_key(client: Any, wire: Wire, status: int) -> None:
    wire.reply(status)
    result = await call(client.accounts.revoke_api_key("key_2m9x4"))
    request = wire.last
    assert (request.method, request.url.path) == ("DELETE", "/v1/accounts/me/api-keys/key_2m9x4")
    assert request.content == b""
    assert result is None


async def test_revoke_unknown_key_raises_not_found(client: Any, wire: Wire) -> None:
    wire.reply(404, {"message": "API key not found"}, headers={"x-request-id": "req_1"})
    with pytest.raises(NotFoundError) as caught:
        await call(client.accounts.revoke_api_key("key_nope"))
    assert (caught.value.message, caught.value.request_id) == ("API key not found", "req_1")


async def test_revoke_refuses_an_empty_id(client: Any, wire: Wire) -> None:
    with pytest.raises(ValueError, match="key_id"):
        await call(client.accounts.revoke_api_key(""))
    assert wire.requests == []
