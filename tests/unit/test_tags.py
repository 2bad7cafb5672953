"""client.tags on the wire, sync and async."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from dispatch import NotFoundError, Tag
from tests.unit.conftest import API_KEY, Wire, body_of, call, query_of

# The document's examples.
URGENT: dict[str, Any] = {
    "id": "tag_5n1c8",
    "brandId": "br_8f2k1",
    "name": "urgent",
    "color": "#f59e0b",
    "createdAt": "2024-03-12T09:14:22.000Z",
}
REFUND: dict[str, Any] = {
    "id": "tag_9k4v2",
    "brandId": "br_8f2k1",
    "name": "refund",
    "color": "#10b981",
    "createdAt": "2024-03-12T09:14:22.000Z",
}


async def test_create(client: Any, wire: Wire) -> None:
    wire.reply(201, URGENT)
    tag = await call(client.tags.create("br_8f2k1", name="urgent", color="#f59e0b"))
    request = wire.last
    assert (request.method, request.url.path) == ("POST", "/v1/brands/br_8f2k1/tags")
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert query_of(request) == {}
    assert body_of(request) == {"name": "urgent", "color": "#f59e0b"}
    assert isinstance(tag, Tag)
    assert (tag.id, tag.brand_id, tag.name, tag.color) == ("tag_5n1c8", "br_8f2k1", "urgent", "#f59e0b")
    assert tag.created_at == datetime(2024, 3, 12, 9, 14, 22, tzinfo=UTC)


async def test_create_without_color(client: Any, wire: Wire) -> None:
    wire.reply(201, URGENT)
    await call(client.tags.create("br_8f2k1", name="urgent"))
    assert body_of(wire.last) == {"name": "urgent"}


async def test_list(client: Any, wire: Wire) -> None:
    wire.reply(json=[URGENT, REFUND])
    tags = await call(client.tags.list("br_8f2k1"))
    assert (wire.last.method, wire.last.url.path) == ("GET", "/v1/brands/br_8f2k1/tags")
    assert query_of(wire.last) == {}
    assert all(isinstance(t, Tag) for t in tags)
    assert [(t.id, t.name, t.color) for t in tags] == [
        ("tag_5n1c8", "urgent", "#f59e0b"),
        ("tag_9k4v2", "refund", "#10b981"),
    ]


async def test_update(client: Any, wire: Wire) -> None:
    wire.reply(json={**URGENT, "name": "high-priority"})
    tag = await call(client.tags.update("br_8f2k1", "tag_5n1c8", name="high-priority"))
    assert (wire.last.method, wire.last.url.path) == ("PATCH", "/v1/brands/br_8f2k1/tags/tag_5n1c8")
    assert body_of(wire.last) == {"name": "high-priority"}
    assert isinstance(tag, Tag)
    assert (tag.id, tag.name) == ("tag_5n1c8", "high-priority")


async def test_update_both_fields(client: Any, wire: Wire) -> None:
    wire.reply(json={**URGENT, "name": "hot", "color": "#ef4444"})
    await call(client.tags.update("br_8f2k1", "tag_5n1c8", name="hot", color="#ef4444"))
    assert body_of(wire.last) == {"name": "hot", "color": "#ef4444"}


async def test_update_refuses_an_unknown_field_before_any_request(client: Any, wire: Wire) -> None:
    with pytest.raises(TypeError, match="label"):
        await call(client.tags.update("br_8f2k1", "tag_5n1c8", label="x"))
    assert wire.requests == []


async def test_delete_answers_none_on_204(client: Any, wire: Wire) -> None:
    wire.reply(204)
    assert await call(client.tags.delete("br_8f2k1", "tag_5n1c8")) is None
    assert (wire.last.method, wire.last.url.path) == ("DELETE", "/v1/brands/br_8f2k1/tags/tag_5n1c8")


async def test_delete_not_found_carries_request_id(client: Any, wire: Wire) -> None:
    wire.reply(404, {"message": "Tag not found", "code": "not_found"}, headers={"x-request-id": "req_t404"})
    with pytest.raises(NotFoundError) as caught:
        await call(client.tags.delete("br_8f2k1", "tag_gone"))
    assert (caught.value.status_code, caught.value.message, caught.value.request_id) == (
        404,
        "Tag not found",
        "req_t404",
    )


async def test_merge_posts_the_sources_to_the_target(client: Any, wire: Wire) -> None:
    wire.reply(json=URGENT)
    tag = await call(client.tags.merge("br_8f2k1", "tag_5n1c8", ("tag_9k4v2", "tag_1a2b3")))
    assert (wire.last.method, wire.last.url.path) == ("POST", "/v1/brands/br_8f2k1/tags/tag_5n1c8/merge")
    assert body_of(wire.last) == {"sourceTagIds": ["tag_9k4v2", "tag_1a2b3"]}
    assert isinstance(tag, Tag)
    assert tag.id == "tag_5n1c8"


@pytest.mark.parametrize(
    ("sources", "error"),
    [("tag_9k4v2", TypeError), ([], ValueError)],
    ids=["single-string", "empty"],
)
async def test_merge_refuses_bad_sources_before_any_request(
    client: Any, wire: Wire, sources: Any, error: type[Exception]
) -> None:
    with pytest.raises(error, match="source_tag_ids"):
        await call(client.tags.merge("br_8f2k1", "tag_5n1c8", sources))
    assert wire.requests == []
