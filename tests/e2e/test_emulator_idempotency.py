"""X-Idempotency-Key: the same key and body replays the first response and creates nothing; another body
with the same key is a 409."""

from __future__ import annotations

from typing import Any

import httpx

from tests.e2e.conftest import create_ticket


def _count(api: httpx.Client, brand_id: str) -> int:
    return len(api.get(f"/brands/{brand_id}/tickets", params={"limit": 100}).json()["data"])


def test_same_key_same_body_replays_and_creates_nothing(api: httpx.Client, brand: dict[str, Any]) -> None:
    b = brand["id"]
    headers = {"X-Idempotency-Key": "3f1c2b9e-create-1"}
    first = api.post(f"/brands/{b}/tickets", json={"title": "Once"}, headers=headers)
    again = api.post(f"/brands/{b}/tickets", json={"title": "Once"}, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["x-idempotent-replayed"] == "true"
    assert again.headers["x-request-id"] != first.headers["x-request-id"]
    assert _count(api, b) == 1
    other_key = api.post(
        f"/brands/{b}/tickets", json={"title": "Once"}, headers={"X-Idempotency-Key": "another"}
    )
    assert other_key.json()["id"] != first.json()["id"]
    assert _count(api, b) == 2


def test_same_key_different_body_is_409(api: httpx.Client, brand: dict[str, Any]) -> None:
    b = brand["id"]
    headers = {"X-Idempotency-Key": "k-409"}
    assert api.post(f"/brands/{b}/tickets", json={"title": "A"}, headers=headers).status_code == 201
    conflict = api.post(f"/brands/{b}/tickets", json={"title": "B"}, headers=headers)
    assert conflict.status_code == 409
    assert conflict.json()["code"] == "conflict"
    assert _count(api, b) == 1


def test_keys_are_scoped_per_account_and_operation_path(
    api: httpx.Client, brand: dict[str, Any], dispatch_emulator: Any
) -> None:
    b = brand["id"]
    ticket = create_ticket(api, b)
    headers = {"X-Idempotency-Key": "shared"}
    assert api.post(f"/brands/{b}/tickets", json={"title": "t"}, headers=headers).status_code == 201
    comment = api.post(f"/brands/{b}/tickets/{ticket['id']}/comments", json={"body": "c"}, headers=headers)
    assert comment.status_code == 201
    replay = api.post(f"/brands/{b}/tickets/{ticket['id']}/comments", json={"body": "c"}, headers=headers)
    assert replay.json()["id"] == comment.json()["id"]
    assert len(api.get(f"/brands/{b}/tickets/{ticket['id']}/comments").json()) == 1
    stranger = dispatch_emulator.http(headers={"Authorization": f"Bearer {dispatch_emulator.new_api_key()}"})
    theirs = stranger.post("/brands", json={"name": "S", "slug": "s"}).json()
    assert (
        stranger.post(f"/brands/{theirs['id']}/tickets", json={"title": "t"}, headers=headers).status_code
        == 201
    )


def test_failed_requests_are_not_remembered(api: httpx.Client, brand: dict[str, Any]) -> None:
    b = brand["id"]
    headers = {"X-Idempotency-Key": "retry-after-fix"}
    assert (
        api.post(
            f"/brands/{b}/tickets", json={"title": "x", "categoryId": "cat_nope"}, headers=headers
        ).status_code
        == 404
    )
    assert api.post(f"/brands/{b}/tickets", json={"title": "x"}, headers=headers).status_code == 201
    too_long = api.post(f"/brands/{b}/tickets", json={"title": "x"}, headers={"X-Idempotency-Key": "k" * 256})
    assert too_long.status_code == 422
