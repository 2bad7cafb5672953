"""Credentials: API keys (``sk_test_…``, one account per unknown key) and portal tokens.

The first request made with a ``sk_test_<anything>`` key the emulator has not seen creates a fresh account
with that key as its all-brands key, so every test can take its own key and be isolated from the others.
Keys created through ``POST /accounts/me/api-keys`` belong to the creating account and carry its brand
scope; a revoked key answers 401 (it does not fall back to a new account). ``sk_live_`` keys and
anything else are 401: the emulator never pretends to be production.
"""

from __future__ import annotations

from dispatch.testing._clock import Clock
from dispatch.testing._context import PortalSession, Principal
from dispatch.testing._errors import ApiError
from dispatch.testing._store import Json, Store, new_id

__all__ = ["KEY_PREFIX", "authenticate_key", "authenticate_portal", "bearer", "register_key"]

KEY_PREFIX = "sk_test_"


def bearer(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header."""
    if not authorization:
        return None
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def register_key(
    store: Store,
    clock: Clock,
    account_id: str,
    secret: str,
    name: str,
    *,
    all_brands: bool = True,
    brand_ids: list[str] | None = None,
) -> Json:
    """Store a key of ``account_id`` and index it by its secret."""
    key: Json = {
        "id": new_id("key", 12),
        "accountId": account_id,
        "name": name,
        "keyPreview": secret[:12] + "…",
        "allBrands": all_brands,
        "brandIds": list(brand_ids or []),
        "lastUsedAt": None,
        "createdAt": clock.iso(),
        "_secret": secret,
        "_revoked": False,
    }
    store.put("api_keys", key)
    store.put("key_index", {"keyId": key["id"]}, doc_id=secret)
    return key


def _new_account(store: Store, clock: Clock, secret: str) -> Json:
    now = clock.iso()
    account: Json = {
        "id": new_id("acc", 12),
        "stackbeCustomerId": new_id("cus_stk", 10),
        "stackbeOrganizationId": new_id("org_stk", 10),
        "createdAt": now,
        "updatedAt": now,
        "_ticketsTotal": 0,
        "_ticketsByMonth": {},
    }
    store.put("accounts", account)
    register_key(store, clock, str(account["id"]), secret, "Default key")
    return account


def authenticate_key(store: Store, clock: Clock, authorization: str | None) -> Principal:
    """The principal of an API key; 401 when it is missing, not a test key, or revoked."""
    secret = bearer(authorization)
    if secret is None:
        raise ApiError(401, "Invalid or missing API key")
    if not secret.startswith(KEY_PREFIX) or len(secret) == len(KEY_PREFIX):
        raise ApiError(401, "Invalid API key: the emulator accepts sk_test_<anything> keys")
    entry = store.peek("key_index", secret)
    if entry is None:
        _new_account(store, clock, secret)
        entry = store.peek("key_index", secret)
        assert entry is not None
    key = store.get("api_keys", str(entry["keyId"]))
    if key is None or key.get("_revoked"):
        raise ApiError(401, "This API key has been revoked")
    now = clock.iso()
    if key.get("lastUsedAt") != now:
        key["lastUsedAt"] = now
        store.put("api_keys", key)
    return Principal(
        account_id=str(key["accountId"]),
        key_id=str(key["id"]),
        all_brands=bool(key["allBrands"]),
        brand_ids=[str(b) for b in key["brandIds"]],
    )


def authenticate_portal(store: Store, clock: Clock, authorization: str | None) -> PortalSession:
    """The session of a portal token; 401 when it is missing, unknown or expired."""
    token = bearer(authorization)
    if token is None:
        raise ApiError(401, "Invalid or missing portal token")
    record = store.peek("portal_tokens", token)
    if record is None:
        raise ApiError(401, "Invalid portal token")
    if clock.now() >= float(record["_expires"]):
        raise ApiError(401, "Portal token expired")
    if (
        store.peek("brands", str(record["brandId"])) is None
        or store.peek("customers", str(record["customerId"])) is None
    ):
        raise ApiError(401, "Invalid portal token")
    return PortalSession(
        token=token,
        account_id=str(record["accountId"]),
        brand_id=str(record["brandId"]),
        customer_id=str(record["customerId"]),
    )
