"""Handlers of the accounts tag: the account, its usage, and its API keys (with brand scopes)."""

from __future__ import annotations

from dispatch.testing._auth import KEY_PREFIX, register_key
from dispatch.testing._context import Ctx, Handler, Reply
from dispatch.testing._errors import ApiError
from dispatch.testing._store import Json, new_secret
from dispatch.testing._views import key_view

__all__ = ["HANDLERS", "PLAN"]

PLAN: Json = {"name": "Emulator", "ticketLimit": 1_000_000, "brandLimit": None}


def _account(ctx: Ctx) -> Json:
    account = ctx.store.peek("accounts", ctx.account_id)
    if account is None:
        raise ApiError(401, "Account not found")
    return account


def get_account(ctx: Ctx) -> Reply:
    return ctx.ok(ctx.render("Account", _account(ctx)))


def get_account_usage(ctx: Ctx) -> Reply:
    account = _account(ctx)
    month = ctx.now()[:7]
    return ctx.ok(
        {
            "ticketsThisMonth": int(account.get("_ticketsByMonth", {}).get(month, 0)),
            "ticketsTotal": int(account.get("_ticketsTotal", 0)),
            "brandsCount": len(ctx.store.scan("brands", accountId=ctx.account_id)),
            "plan": dict(PLAN),
        }
    )


def _keys(ctx: Ctx) -> list[Json]:
    return [k for k in ctx.store.scan("api_keys", accountId=ctx.account_id) if not k.get("_revoked")]


def _check_brands(ctx: Ctx, brand_ids: list[str]) -> None:
    for brand_id in brand_ids:
        brand = ctx.store.peek("brands", brand_id)
        if brand is None or brand.get("accountId") != ctx.account_id:
            raise ApiError(404, "Brand not found", errors=[("brandIds", f"brand {brand_id} does not exist")])


def list_api_keys(ctx: Ctx) -> Reply:
    return ctx.ok([key_view(ctx, k) for k in _keys(ctx)])


def create_api_key(ctx: Ctx) -> Reply:
    body = ctx.body
    brand_ids = [str(b) for b in body.get("brandIds") or []]
    all_brands = bool(body.get("allBrands", "brandIds" not in body))
    _check_brands(ctx, brand_ids)
    key = register_key(
        ctx.store,
        ctx.clock,
        ctx.account_id,
        new_secret(KEY_PREFIX),
        str(body["name"]),
        all_brands=all_brands,
        brand_ids=brand_ids,
    )
    return ctx.ok(key_view(ctx, key, with_secret=True))


def _own_key(ctx: Ctx) -> Json:
    key = ctx.store.get("api_keys", ctx.param("keyId"))
    if key is None or key.get("accountId") != ctx.account_id or key.get("_revoked"):
        raise ApiError(404, "API key not found")
    return key


def update_api_key_scope(ctx: Ctx) -> Reply:
    key = _own_key(ctx)
    body = ctx.body
    if "brandIds" in body:
        brand_ids = [str(b) for b in body["brandIds"]]
        _check_brands(ctx, brand_ids)
        key["brandIds"] = brand_ids
        key["allBrands"] = bool(body.get("allBrands", False))
    elif "allBrands" in body:
        key["allBrands"] = bool(body["allBrands"])
    ctx.store.put("api_keys", key)
    return ctx.ok({"success": True})


def revoke_api_key(ctx: Ctx) -> Reply:
    key = _own_key(ctx)
    key["_revoked"] = True
    ctx.store.put("api_keys", key)
    return ctx.no_content()


HANDLERS: dict[str, Handler] = {
    "get_account": get_account,
    "get_account_usage": get_account_usage,
    "list_api_keys": list_api_keys,
    "create_api_key": create_api_key,
    "update_api_key_scope": update_api_key_scope,
    "revoke_api_key": revoke_api_key,
}
