"""A walk through the other resources over raw HTTP: brands, schema, comments, categories, tags,
customers, fields and webhook subscriptions (shapes are checked by the emulator's strict mode)."""

from __future__ import annotations

from typing import Any

import httpx

from tests.e2e.conftest import create_ticket


def test_brand_walk(api: httpx.Client, brand: dict[str, Any]) -> None:
    b = brand["id"]
    assert b.startswith("br_")
    assert (brand["nextTicketNumber"], brand["portalOrigins"], brand["inboundEmailEnabled"]) == (1, [], True)
    assert [x["id"] for x in api.get("/brands").json()] == [b]
    updated = api.patch(
        f"/brands/{b}", json={"name": "Acme Inc", "portalOrigins": ["https://help.acme.test"]}
    )
    assert updated.status_code == 200
    assert (updated.json()["name"], updated.json()["portalOrigins"]) == (
        "Acme Inc",
        ["https://help.acme.test"],
    )
    assert api.get(f"/brands/{b}/schema").json() == {}
    schema = {"type": "object", "properties": {"order_id": {"type": "string"}}}
    assert api.put(f"/brands/{b}/schema", json=schema).json() == schema
    assert api.get(f"/brands/{b}/schema").json() == schema
    assert api.get(f"/brands/{b}").json()["ticketSchema"] == schema
    assert api.get("/brands/br_missing").status_code == 404


def test_comment_walk(api: httpx.Client, brand: dict[str, Any]) -> None:
    b = brand["id"]
    ticket = create_ticket(api, b)
    base = f"/brands/{b}/tickets/{ticket['id']}/comments"
    first = api.post(base, json={"body": "Hello", "authorName": "Ann", "setStatus": "pending"})
    assert first.status_code == 201
    comment = first.json()
    assert comment["id"].startswith("cmt_")
    assert (comment["authorType"], comment["source"], comment["ticketId"]) == ("AGENT", "api", ticket["id"])
    assert api.get(f"/brands/{b}/tickets/{ticket['id']}").json()["status"] == "pending"
    reply = api.post(base, json={"body": "Reply", "parentId": comment["id"], "authorType": "CUSTOMER"}).json()
    assert [c["id"] for c in api.get(base).json()] == [comment["id"], reply["id"]]
    fetched = api.get(f"{base}/{comment['id']}").json()
    assert [r["id"] for r in fetched["replies"]] == [reply["id"]]
    edited = api.patch(f"{base}/{comment['id']}", json={"body": "Hello!"})
    assert edited.json()["body"] == "Hello!"
    deleted = api.delete(f"{base}/{reply['id']}")
    assert deleted.status_code == 200
    assert deleted.json()["deletedAt"] is not None
    assert api.get(f"{base}/{reply['id']}").status_code == 404
    assert api.post(base, json={"body": "x", "setStatus": "closed"}).status_code == 422
    assert api.post(base, json={"body": "x", "parentId": "cmt_nope"}).status_code == 404
    assert api.post(base, json={"body": ""}).status_code == 400
    assert api.post(f"/brands/{b}/tickets/tkt_nope/comments", json={"body": "x"}).status_code == 404


def test_category_walk(api: httpx.Client, brand: dict[str, Any]) -> None:
    base = f"/brands/{brand['id']}/categories"
    first = api.post(base, json={"name": "Billing", "color": "#ef4444", "description": "Money"}).json()
    second = api.post(base, json={"name": "Bugs"}).json()
    assert first["id"].startswith("cat_")
    assert (first["sortOrder"], second["sortOrder"], second["color"]) == (0, 1, "#6b7280")
    assert api.post(base, json={"name": "billing"}).status_code == 409
    reordered = api.post(f"{base}/reorder", json={"categoryIds": [second["id"], first["id"]]})
    assert reordered.status_code in (200, 204)
    assert reordered.content == b""
    assert [c["name"] for c in api.get(base).json()] == ["Bugs", "Billing"]
    assert api.post(f"{base}/reorder", json={"categoryIds": ["cat_nope"]}).status_code == 404
    assert api.patch(f"{base}/{first['id']}", json={"name": "Payments"}).json()["name"] == "Payments"
    assert api.get(f"{base}/{first['id']}").json()["name"] == "Payments"
    ticket = create_ticket(api, brand["id"], categoryId=first["id"])
    assert api.delete(f"{base}/{first['id']}").content == b""
    assert api.get(f"{base}/{first['id']}").status_code == 404
    assert api.get(f"/brands/{brand['id']}/tickets/{ticket['id']}").json()["categoryId"] is None


def test_tag_walk_and_merge(api: httpx.Client, brand: dict[str, Any]) -> None:
    b = brand["id"]
    base = f"/brands/{b}/tags"
    vip = api.post(base, json={"name": "vip", "color": "#f59e0b"}).json()
    gold = api.post(base, json={"name": "gold"}).json()
    assert vip["id"].startswith("tag_")
    assert api.post(base, json={"name": "VIP"}).status_code == 409
    assert api.patch(f"{base}/{gold['id']}", json={"color": "#000000"}).json()["color"] == "#000000"
    ticket = create_ticket(api, b, tags=[gold["id"]])
    itself = api.post(f"{base}/{vip['id']}/merge", json={"sourceTagIds": [vip["id"]]})
    assert (itself.status_code, itself.json()["errors"][0]["field"]) == (409, "sourceTagIds")
    assert api.post(f"{base}/{vip['id']}/merge", json={"sourceTagIds": ["tag_nope"]}).status_code == 404
    merged = api.post(f"{base}/{vip['id']}/merge", json={"sourceTagIds": [gold["id"]]})
    assert merged.status_code == 200
    assert merged.json()["id"] == vip["id"]
    assert [t["id"] for t in api.get(base).json()] == [vip["id"]]
    assert [t["id"] for t in api.get(f"/brands/{b}/tickets/{ticket['id']}").json()["tags"]] == [vip["id"]]
    assert api.delete(f"{base}/{vip['id']}").content == b""
    assert api.get(f"/brands/{b}/tickets/{ticket['id']}").json()["tags"] == []
    assert api.patch(f"{base}/{vip['id']}", json={"name": "x"}).status_code == 404


def test_customer_walk(api: httpx.Client, brand: dict[str, Any]) -> None:
    base = f"/brands/{brand['id']}/customers"
    jane = api.post(
        base, json={"email": "jane@example.com", "name": "Jane Roe", "metadata": {"tier": "gold"}}
    )
    assert jane.status_code == 201
    customer = jane.json()
    assert customer["id"].startswith("cus_")
    assert customer["_count"] == {"tickets": 0}
    assert api.post(base, json={"email": "JANE@example.com"}).status_code == 409
    assert api.post(base, json={"email": "not an email"}).status_code == 422
    for name in ("Adam", "Zoe", "Bea"):
        api.post(base, json={"email": f"{name.lower()}@example.com", "name": name})
    page = api.get(base, params={"limit": 2, "sort": "name", "order": "asc"}).json()
    assert [c["name"] for c in page["data"]] == ["Adam", "Bea"]
    rest = api.get(
        base, params={"limit": 2, "sort": "name", "order": "asc", "cursor": page["pagination"]["cursor"]}
    )
    assert [c["name"] for c in rest.json()["data"]] == ["Jane Roe", "Zoe"]
    assert rest.json()["pagination"]["hasMore"] is False
    assert [c["email"] for c in api.get(f"{base}/search", params={"q": "ROE"}).json()] == ["jane@example.com"]
    assert api.get(f"{base}/search").status_code == 400
    assert api.patch(f"{base}/{customer['id']}", json={"name": "Jane Doe"}).json()["name"] == "Jane Doe"
    ticket = create_ticket(api, brand["id"], customerEmail="jane@example.com")
    assert api.get(f"{base}/{customer['id']}").json()["_count"] == {"tickets": 1}
    removed = api.delete(f"{base}/{customer['id']}")
    assert removed.status_code == 200
    assert removed.json()["id"] == customer["id"]
    assert api.get(f"{base}/{customer['id']}").status_code == 404
    assert api.get(f"/brands/{brand['id']}/tickets/{ticket['id']}").json()["customerId"] is None


def test_field_walk(api: httpx.Client, brand: dict[str, Any]) -> None:
    base = f"/brands/{brand['id']}/fields"
    assert api.get(base).json() == {"ticket": [], "customer": [], "company": []}
    order = api.post(
        f"{base}/ticket", json={"key": "order_id", "label": "Order", "type": "text", "required": True}
    )
    assert order.status_code == 201
    assert order.json()["visible"] is True
    api.post(f"{base}/ticket", json={"key": "plan", "label": "Plan", "type": "select", "options": ["a", "b"]})
    api.post(
        f"{base}/customer", json={"key": "vip", "label": "VIP", "type": "boolean", "defaultValue": False}
    )
    assert api.post(f"{base}/ticket", json={"key": "plan", "label": "x", "type": "text"}).status_code == 409
    assert api.post(f"{base}/ticket", json={"key": "x", "label": "x", "type": "colour"}).status_code == 422
    # list_fields lists no 400/422: a bad path value is a 404
    assert api.get(f"{base}/widget").status_code == 404
    assert [f["key"] for f in api.get(f"{base}/ticket").json()] == ["order_id", "plan"]
    assert api.post(f"{base}/ticket/reorder", json={"keys": ["nope"]}).status_code == 404
    assert api.post(f"{base}/ticket/reorder", json={"keys": ["plan", "order_id"]}).content == b""
    assert [f["key"] for f in api.get(f"{base}/ticket").json()] == ["plan", "order_id"]
    assert api.patch(f"{base}/ticket/plan", json={"label": "Plan tier"}).json()["label"] == "Plan tier"
    assert api.delete(f"{base}/ticket/plan").content == b""
    everything = api.get(base).json()
    assert ([f["key"] for f in everything["ticket"]], [f["key"] for f in everything["customer"]]) == (
        ["order_id"],
        ["vip"],
    )
    assert api.patch(f"{base}/ticket/plan", json={"label": "x"}).status_code == 404
    assert api.get(f"/brands/{brand['id']}").json()["fieldDefinitions"]["customer"][0]["key"] == "vip"


def test_webhook_subscription_walk(api: httpx.Client, brand: dict[str, Any]) -> None:
    base = f"/brands/{brand['id']}/webhooks"
    body = {"url": "http://127.0.0.1:9/hooks", "secret": "whsec_1", "events": ["ticket.created"]}
    created = api.post(base, json=body)
    assert created.status_code == 201
    webhook = created.json()
    assert webhook["id"].startswith("whk_")
    assert "secret" not in webhook
    assert (webhook["enabled"], webhook["failureCount"], webhook["lastTriggered"]) == (True, 0, None)
    assert api.post(base, json=body).status_code == 409
    assert api.post(base, json={**body, "url": "http://x.test/", "events": ["nope"]}).status_code == 422
    assert api.post(base, json={**body, "url": "http://x.test/", "events": []}).status_code == 422
    assert api.post(base, json={**body, "url": ""}).status_code == 422  # `format: uri` in the document
    assert [w["id"] for w in api.get(base).json()] == [webhook["id"]]
    assert api.get(f"{base}/{webhook['id']}").json() == webhook
    assert api.get(f"{base}/{webhook['id']}/deliveries").json() == []
    assert api.delete(f"{base}/{webhook['id']}").content == b""
    assert api.get(f"{base}/{webhook['id']}").status_code == 404
