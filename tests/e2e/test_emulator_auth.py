"""API keys: any sk_test_ key is its own account; scopes give 403; revoked keys give 401."""

from __future__ import annotations

from typing import Any

import httpx

from dispatch.testing.pytest_plugin import EmulatorSession
from tests.e2e.conftest import create_brand


def _client(session: EmulatorSession, key: str) -> httpx.Client:
    return session.http(headers={"Authorization": f"Bearer {key}"})


def test_missing_foreign_and_live_keys_are_401(dispatch_emulator: EmulatorSession) -> None:
    bare = httpx.Client(base_url=dispatch_emulator.base_url, trust_env=False)
    for headers in ({}, {"Authorization": "Bearer"}, {"Authorization": "Basic abc"}):
        response = bare.get("/brands", headers=headers)
        assert response.status_code == 401
        assert response.json()["code"] == "authentication_error"
    for key in ("sk_live_abc", "sk_test_", "pk_test_abc", "nonsense"):
        assert bare.get("/brands", headers={"Authorization": f"Bearer {key}"}).status_code == 401
    bare.close()


def test_each_key_is_an_isolated_account(dispatch_emulator: EmulatorSession) -> None:
    alice = _client(dispatch_emulator, dispatch_emulator.new_api_key())
    bob = _client(dispatch_emulator, dispatch_emulator.new_api_key())
    brand = create_brand(alice, "shared-slug")
    create_brand(bob, "shared-slug")  # slugs are unique per account only
    assert [b["id"] for b in alice.get("/brands").json()] == [brand["id"]]
    assert brand["id"] not in [b["id"] for b in bob.get("/brands").json()]
    assert bob.get(f"/brands/{brand['id']}").status_code == 404
    assert bob.post(f"/brands/{brand['id']}/tickets", json={"title": "x"}).status_code == 404
    assert alice.get("/accounts/me").json()["id"] != bob.get("/accounts/me").json()["id"]


def test_account_usage_counts_brands_and_tickets(api: httpx.Client) -> None:
    brand = create_brand(api)
    for _ in range(3):
        api.post(f"/brands/{brand['id']}/tickets", json={"title": "t"})
    usage = api.get("/accounts/me/usage").json()
    assert usage["brandsCount"] == 1
    assert usage["ticketsTotal"] == usage["ticketsThisMonth"] == 3
    assert usage["plan"]["brandLimit"] is None


def test_scoped_key_sees_only_its_brands_and_gets_403_elsewhere(
    api: httpx.Client, dispatch_emulator: EmulatorSession
) -> None:
    allowed, other = create_brand(api, "allowed"), create_brand(api, "other")
    created = api.post(
        "/accounts/me/api-keys", json={"name": "CI", "allBrands": False, "brandIds": [allowed["id"]]}
    )
    assert created.status_code == 201
    secret: dict[str, Any] = created.json()
    assert secret["key"].startswith("sk_test_")
    assert secret["keyPreview"] == secret["key"][:12] + "…"
    scoped = _client(dispatch_emulator, secret["key"])
    assert [b["id"] for b in scoped.get("/brands").json()] == [allowed["id"]]
    assert scoped.get(f"/brands/{allowed['id']}").status_code == 200
    denied = scoped.get(f"/brands/{other['id']}/tickets")
    assert denied.status_code == 403
    assert denied.json()["code"] == "permission_denied"
    assert scoped.get("/accounts/me").json()["id"] == api.get("/accounts/me").json()["id"]

    widened = api.patch(f"/accounts/me/api-keys/{secret['id']}/scope", json={"allBrands": True})
    assert widened.status_code == 200
    assert widened.json() == {"success": True}
    assert scoped.get(f"/brands/{other['id']}/tickets").status_code == 200

    narrowed = api.patch(f"/accounts/me/api-keys/{secret['id']}/scope", json={"brandIds": [other["id"]]})
    assert narrowed.status_code == 200
    assert scoped.get(f"/brands/{allowed['id']}").status_code == 403

    keys = api.get("/accounts/me/api-keys").json()
    assert {k["name"] for k in keys} == {"Default key", "CI"}
    assert all("key" not in k for k in keys)


def test_a_scoped_key_may_create_a_brand_and_use_it(
    api: httpx.Client, dispatch_emulator: EmulatorSession
) -> None:
    secret = api.post("/accounts/me/api-keys", json={"name": "narrow", "brandIds": []}).json()
    scoped = _client(dispatch_emulator, secret["key"])
    assert scoped.get("/brands").json() == []
    brand = create_brand(scoped, "mine")
    assert scoped.get(f"/brands/{brand['id']}").status_code == 200


def test_revoked_key_is_401_and_unknown_key_ids_are_404(
    api: httpx.Client, dispatch_emulator: EmulatorSession
) -> None:
    secret = api.post("/accounts/me/api-keys", json={"name": "temp"}).json()
    temp = _client(dispatch_emulator, secret["key"])
    assert temp.get("/brands").status_code == 200
    revoked = api.delete(f"/accounts/me/api-keys/{secret['id']}")
    assert revoked.status_code in (200, 204)
    assert revoked.content == b""
    assert temp.get("/brands").status_code == 401
    assert api.delete(f"/accounts/me/api-keys/{secret['id']}").status_code == 404
    assert api.patch("/accounts/me/api-keys/key_nope/scope", json={"allBrands": True}).status_code == 404


def test_scopes_must_name_the_accounts_brands(api: httpx.Client) -> None:
    response = api.post("/accounts/me/api-keys", json={"name": "x", "brandIds": ["br_not_mine"]})
    assert response.status_code == 404
    assert response.json()["errors"][0]["field"] == "brandIds"
    assert api.post("/accounts/me/api-keys", json={"name": ""}).status_code == 400
