"""The emulator's store: copies, shared read-only empties, indexes in creation order, remembered values."""

from __future__ import annotations

import pytest

from dispatch.testing._paging import order, page_of
from dispatch.testing._store import Store

pytestmark = pytest.mark.e2e


def test_get_answers_a_copy_and_stored_empties_refuse_changes() -> None:
    store = Store()
    with store.transaction():
        store.put("tickets", {"id": "t1", "brandId": "b1", "links": [], "metadata": {}, "tags": [{"x": []}]})
    copy = store.get("tickets", "t1")
    assert copy is not None
    copy["links"].append("a")  # a copy is the caller's to change
    copy["metadata"]["k"] = "v"
    copy["tags"][0]["x"].append(1)
    stored = store.peek("tickets", "t1")
    assert stored == {
        "id": "t1",
        "brandId": "b1",
        "links": [],
        "metadata": {},
        "tags": [{"x": []}],
        "_seq": 1,
    }
    with pytest.raises(TypeError, match="read-only"):
        stored["links"].append("a")
    with pytest.raises(TypeError, match="read-only"):
        stored["metadata"]["k"] = "v"


def test_scans_keep_creation_order_when_documents_are_replaced() -> None:
    store = Store()
    with store.transaction():
        for n in range(3):
            store.put("tickets", {"id": f"t{n}", "brandId": "b1", "customerId": "c1"})
        store.put("tickets", {**store.get("tickets", "t0"), "title": "changed"})  # type: ignore[dict-item]
        store.put("tickets", {**store.get("tickets", "t1"), "customerId": "c2"})  # type: ignore[dict-item]
    assert [t["id"] for t in store.scan("tickets", brandId="b1")] == ["t0", "t1", "t2"]
    assert [t["id"] for t in store.scan("tickets", customerId="c1")] == ["t0", "t2"]
    assert [t["id"] for t in store.scan("tickets", customerId="c2")] == ["t1"]
    assert [t["id"] for t in store.scan("tickets", brandId="b1", customerId="c1")] == ["t0", "t2"]
    assert store.scan("tickets", brandId="nope") == []


def test_remembered_values_are_recomputed_after_a_write_a_delete_or_a_rollback() -> None:
    store = Store()
    calls: list[int] = []

    def count() -> int:
        calls.append(1)
        return len(store.scan("tickets"))

    assert store.memo("k", ("tickets",), count) == 0
    assert store.memo("k", ("tickets",), count) == 0
    assert len(calls) == 1
    with store.transaction():
        store.put("comments", {"id": "c1"})  # another collection: still valid
    assert store.memo("k", ("tickets",), count) == 0
    assert len(calls) == 1
    with store.transaction():
        store.put("tickets", {"id": "t1"})
    assert store.memo("k", ("tickets",), count) == 1
    seen_inside: list[int] = []

    def failing_write() -> None:
        with store.transaction():
            store.put("tickets", {"id": "t2"})
            seen_inside.append(store.memo("k", ("tickets",), count))
            raise RuntimeError

    with pytest.raises(RuntimeError):
        failing_write()
    assert seen_inside == [2]  # seen inside the transaction...
    assert store.memo("k", ("tickets",), count) == 1  # ...and forgotten with it
    with store.transaction():
        store.delete("tickets", "t1")
    assert store.memo("k", ("tickets",), count) == 0


@pytest.mark.parametrize("descending", [True, False])
def test_pages_by_binary_search_match_pages_by_filtering(descending: bool) -> None:
    items = [{"id": f"t{n}", "createdAt": f"2024-01-{n % 5:02d}", "_seq": n} for n in range(23)]

    def key(item: dict[str, object]) -> tuple[object, ...]:
        return (str(item["createdAt"]), int(str(item["_seq"])))

    ordered = order(items, key)
    expected = sorted(items, key=key, reverse=descending)
    seen: list[str] = []
    cursor = None
    while True:
        page, cursor, has_more = page_of(ordered, descending=descending, cursor=cursor, limit=5, tag="t")
        seen.extend(str(i["id"]) for i in page)
        assert has_more == (cursor is not None)
        if not has_more:
            break
    assert seen == [str(i["id"]) for i in expected]
