"""X-Idempotency-Key: the same key and body replays the first response and creates nothing; another body
with the same key is a 409. Records are kept for IDEMPOTENCY_RETENTION by the emulator's clock, then the
key is new again and the record is dropped."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from dispatch.testing import Emulator, FakeClock
from dispatch.testing._clock import format_time
from dispatch.testing._idempotency import IDEMPOTENCY_RETENTION
from tests.e2e.conftest import create_brand, create_ticket


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


def _records(emulator: Emulator) -> list[str]:
    return [record_id for record_id, _ in emulator.state.store.entries("idempotency")]


def test_a_replay_answers_the_original_bytes_after_the_object_changed(
    own_api: httpx.Client, own_emulator: Emulator
) -> None:
    b = create_brand(own_api)["id"]
    headers = {"X-Idempotency-Key": "changed-since"}
    first = own_api.post(f"/brands/{b}/tickets", json={"title": "Original"}, headers=headers)
    assert first.status_code == 201
    ticket_id = first.json()["id"]
    assert own_api.patch(f"/brands/{b}/tickets/{ticket_id}", json={"title": "Renamed"}).status_code == 200
    assert own_api.get(f"/brands/{b}/tickets/{ticket_id}").json()["title"] == "Renamed"
    again = own_api.post(f"/brands/{b}/tickets", json={"title": "Original"}, headers=headers)
    assert again.status_code == 201
    assert again.headers["x-idempotent-replayed"] == "true"
    assert again.headers["content-type"] == "application/json"
    assert again.content == first.content  # the exact bytes first sent
    assert again.json()["title"] == "Original"


def test_a_key_older_than_the_retention_is_processed_as_new(
    own_api: httpx.Client, own_emulator: Emulator, clock: FakeClock
) -> None:
    b = create_brand(own_api)["id"]
    headers = {"X-Idempotency-Key": "a-day-later"}
    first = own_api.post(f"/brands/{b}/tickets", json={"title": "Once"}, headers=headers)
    clock.advance(IDEMPOTENCY_RETENTION - 1)
    still = own_api.post(f"/brands/{b}/tickets", json={"title": "Once"}, headers=headers)
    assert still.headers["x-idempotent-replayed"] == "true"
    assert still.json()["id"] == first.json()["id"]
    clock.advance(1)
    expired = own_api.post(f"/brands/{b}/tickets", json={"title": "Once"}, headers=headers)
    assert expired.status_code == 201
    assert "x-idempotent-replayed" not in expired.headers
    assert expired.json()["id"] != first.json()["id"]
    assert _count(own_api, b) == 2
    # the key now names the new request: replayed as such, and another body is a conflict again
    replay = own_api.post(f"/brands/{b}/tickets", json={"title": "Once"}, headers=headers)
    assert replay.json()["id"] == expired.json()["id"]
    conflict = own_api.post(f"/brands/{b}/tickets", json={"title": "Other"}, headers=headers)
    assert conflict.status_code == 409
    clock.advance(IDEMPOTENCY_RETENTION)
    reused = own_api.post(f"/brands/{b}/tickets", json={"title": "Other"}, headers=headers)
    assert reused.status_code == 201  # an expired key with another body is new, not a conflict
    assert reused.json()["title"] == "Other"


def test_records_past_the_retention_are_dropped(
    own_api: httpx.Client, own_emulator: Emulator, clock: FakeClock
) -> None:
    b = create_brand(own_api)["id"]
    for n in range(5):
        headers = {"X-Idempotency-Key": f"old-{n}"}
        assert own_api.post(f"/brands/{b}/tickets", json={"title": "t"}, headers=headers).status_code == 201
    clock.advance(IDEMPOTENCY_RETENTION / 2)
    recent = {"X-Idempotency-Key": "recent"}
    assert own_api.post(f"/brands/{b}/tickets", json={"title": "t"}, headers=recent).status_code == 201
    assert len(_records(own_emulator)) == 6
    clock.advance(IDEMPOTENCY_RETENTION / 2)
    latest = {"X-Idempotency-Key": "latest"}
    assert own_api.post(f"/brands/{b}/tickets", json={"title": "t"}, headers=latest).status_code == 201
    assert [r.rsplit("|", 1)[1] for r in _records(own_emulator)] == ["recent", "latest"]
    clock.advance(IDEMPOTENCY_RETENTION)
    last = own_api.post(f"/brands/{b}/tickets", json={"title": "t"}, headers={"X-Idempotency-Key": "z"})
    assert last.status_code == 201
    assert [r.rsplit("|", 1)[1] for r in _records(own_emulator)] == ["z"]
    # a reset forgets them all
    own_emulator.reset()
    assert _records(own_emulator) == []


def test_a_reused_key_does_not_keep_expired_records_alive(
    own_api: httpx.Client, own_emulator: Emulator, clock: FakeClock
) -> None:
    """A key reused after it expired is written again, at the end of the write order; its first place in
    that order must not pass for a live record and stop the pruning of the ones written after it."""
    b = create_brand(own_api)["id"]

    def create(key: str) -> None:
        answer = own_api.post(f"/brands/{b}/tickets", json={"title": key}, headers={"X-Idempotency-Key": key})
        assert answer.status_code == 201

    create("reused")
    create("between")
    clock.advance(IDEMPOTENCY_RETENTION)  # both expired
    create("reused")  # new again: written anew, and "between" is pruned
    assert [r.rsplit("|", 1)[1] for r in _records(own_emulator)] == ["reused"]
    create("after")
    clock.advance(IDEMPOTENCY_RETENTION / 2 + 1)
    create("reused-2")
    clock.advance(IDEMPOTENCY_RETENTION / 2)  # "reused" (rewritten first) and "after" expired
    create("last")
    assert [r.rsplit("|", 1)[1] for r in _records(own_emulator)] == ["reused-2", "last"]


def test_records_are_persisted_compact_and_expire_after_a_restart(tmp_path: Path) -> None:
    db = str(tmp_path / "state.db")
    clock = FakeClock()
    headers = {"Authorization": f"Bearer {Emulator.new_api_key()}"}
    key = {"X-Idempotency-Key": "persisted"}
    with (
        Emulator(db_path=db, clock=clock) as first,
        httpx.Client(base_url=first.base_url, headers=headers) as api,
    ):
        b = create_brand(api)["id"]
        created = api.post(f"/brands/{b}/tickets", json={"title": "Kept"}, headers=key)
        assert created.status_code == 201
        (record,) = [doc for _, doc in first.state.store.entries("idempotency")]
        assert isinstance(record["response"], str)
        assert len(record["response"]) < len(created.content) / 1.5  # deflated, not a copy of the object
    with (
        Emulator(db_path=db, clock=clock) as second,
        httpx.Client(base_url=second.base_url, headers=headers) as api,
    ):
        replay = api.post(f"/brands/{b}/tickets", json={"title": "Kept"}, headers=key)
        assert replay.headers["x-idempotent-replayed"] == "true"
        assert replay.content == created.content
        clock.advance(IDEMPOTENCY_RETENTION)
        other = api.post(f"/brands/{b}/tickets", json={"title": "New"}, headers={"X-Idempotency-Key": "new"})
        assert other.status_code == 201
        assert [r.rsplit("|", 1)[1] for r in _records(second)] == ["new"]
        second.check()


def test_a_record_an_older_emulator_wrote_to_its_db_still_replays(
    own_api: httpx.Client, own_emulator: Emulator, clock: FakeClock
) -> None:
    """Before records were compact they held the rendered body and an ISO ``createdAt``."""
    b = create_brand(own_api)["id"]
    headers = {"X-Idempotency-Key": "old-format"}
    first = own_api.post(f"/brands/{b}/tickets", json={"title": "Old"}, headers=headers)
    store = own_emulator.state.store
    ((record_id, record),) = store.entries("idempotency")
    old_format = {
        "bodyHash": record["bodyHash"],
        "status": 201,
        "body": first.json(),
        "createdAt": format_time(clock()),
    }
    with store.transaction():
        store.put("idempotency", old_format, doc_id=record_id)
    again = own_api.post(f"/brands/{b}/tickets", json={"title": "Old"}, headers=headers)
    assert again.headers["x-idempotent-replayed"] == "true"
    assert again.content == first.content
    clock.advance(IDEMPOTENCY_RETENTION)
    expired = own_api.post(f"/brands/{b}/tickets", json={"title": "Old"}, headers=headers)
    assert "x-idempotent-replayed" not in expired.headers
    assert expired.json()["id"] != first.json()["id"]
