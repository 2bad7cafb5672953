"""Tickets over raw HTTP: numbering, the list's filters, sorts and pages, spam, merge, bulk, deletion."""

from __future__ import annotations

from typing import Any

import httpx

from tests.e2e.conftest import create_brand, create_ticket


def _all_pages(api: httpx.Client, brand_id: str, **params: Any) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []
    cursor = None
    for _ in range(50):
        query = {**params, **({"cursor": cursor} if cursor else {})}
        response = api.get(f"/brands/{brand_id}/tickets", params=query)
        assert response.status_code == 200, response.text
        page = response.json()
        seen.extend(page["data"])
        if not page["pagination"]["hasMore"]:
            assert page["pagination"].get("cursor") is None
            return seen
        cursor = page["pagination"]["cursor"]
    raise AssertionError("pagination did not end")


def test_ticket_walk_create_get_update_delete(api: httpx.Client, brand: dict[str, Any]) -> None:
    b = brand["id"]
    created = api.post(
        f"/brands/{b}/tickets",
        json={
            "title": "Charged twice",
            "body": "Invoice 42",
            "priority": "high",
            "links": [{"url": "https://example.com/invoice/42", "title": "Invoice"}],
            "metadata": {"plan": "pro"},
            "customFields": {"order_id": "A-1"},
            "source": "email",
            "tags": ["billing"],
        },
    )
    assert created.status_code == 201
    ticket = created.json()
    assert ticket["id"].startswith("tkt_")
    assert ticket["ticketNumber"] == 1
    assert (ticket["status"], ticket["priority"], ticket["source"]) == ("open", "high", "email")
    assert ticket["createdAt"].endswith("Z")
    assert [t["name"] for t in ticket["tags"]] == ["billing"]
    assert ticket["tags"][0]["id"].startswith("tag_")
    assert (ticket["commentCount"], ticket["attachmentCount"], ticket["isSpam"]) == (0, 0, False)

    assert api.get(f"/brands/{b}/tickets/{ticket['id']}").json() == ticket
    updated = api.patch(
        f"/brands/{b}/tickets/{ticket['id']}", json={"status": "pending", "assigneeId": "agent_1"}
    )
    assert updated.status_code == 200
    assert (updated.json()["status"], updated.json()["assigneeId"]) == ("pending", "agent_1")
    unassigned = api.patch(f"/brands/{b}/tickets/{ticket['id']}", json={"assigneeId": None})
    assert unassigned.json()["assigneeId"] is None

    deleted = api.delete(f"/brands/{b}/tickets/{ticket['id']}")
    assert deleted.status_code == 200
    assert deleted.json()["deletedAt"] is not None
    assert api.get(f"/brands/{b}/tickets/{ticket['id']}").status_code == 404
    assert api.get(f"/brands/{b}/tickets").json()["data"] == []
    assert api.get(f"/brands/{b}/tickets/tkt_missing").json()["code"] == "not_found"


def test_ticket_numbers_count_per_brand(api: httpx.Client) -> None:
    acme, globex = (
        create_brand(api, "acme"),
        api.post("/brands", json={"name": "G", "slug": "g", "ticketNumberStart": 100}).json(),
    )
    assert [create_ticket(api, acme["id"])["ticketNumber"] for _ in range(3)] == [1, 2, 3]
    assert [create_ticket(api, globex["id"])["ticketNumber"] for _ in range(2)] == [100, 101]
    assert api.get(f"/brands/{acme['id']}").json()["nextTicketNumber"] == 4


def test_pagination_with_limit_and_filters(api: httpx.Client, brand: dict[str, Any]) -> None:
    b = brand["id"]
    for i in range(12):
        create_ticket(api, b, title=f"ticket {i}", priority="high" if i % 3 == 0 else "low")
    default_page = api.get(f"/brands/{b}/tickets", params={"limit": 5}).json()
    assert len(default_page["data"]) == 5
    assert default_page["pagination"]["hasMore"] is True
    assert [t["title"] for t in default_page["data"]][:2] == ["ticket 11", "ticket 10"]  # newest first

    everything = _all_pages(api, b, limit=5)
    assert len(everything) == 12
    assert len({t["id"] for t in everything}) == 12
    high = _all_pages(api, b, limit=2, priority="high")
    assert sorted(t["title"] for t in high) == ["ticket 0", "ticket 3", "ticket 6", "ticket 9"]
    oldest_first = _all_pages(api, b, limit=4, order="asc")
    assert [t["ticketNumber"] for t in oldest_first] == list(range(1, 13))
    by_priority = _all_pages(api, b, limit=3, sort="priority", order="desc")
    assert [t["priority"] for t in by_priority] == ["high"] * 4 + ["low"] * 8


def test_limit_and_cursor_validation(api: httpx.Client, brand: dict[str, Any]) -> None:
    b = brand["id"]
    too_big = api.get(f"/brands/{b}/tickets", params={"limit": 101})
    assert too_big.status_code == 422
    assert too_big.json()["errors"] == [{"field": "limit", "message": "limit must be at most 100"}]
    assert api.get(f"/brands/{b}/tickets", params={"limit": "many"}).status_code == 400
    assert api.get(f"/brands/{b}/tickets", params={"sort": "title"}).status_code == 422
    bad_cursor = api.get(f"/brands/{b}/tickets", params={"cursor": "not-a-cursor"})
    assert bad_cursor.status_code == 404  # names no page of this list, as the document says
    assert api.get(f"/brands/{b}/tickets", params={"cursor": ""}).status_code == 400
    assert bad_cursor.json()["errors"][0]["field"] == "cursor"
    assert api.get(f"/brands/{b}/tickets", params={"status": "bogus"}).status_code == 422


def test_status_filters_including_active(api: httpx.Client, brand: dict[str, Any]) -> None:
    b = brand["id"]
    for status in ("open", "pending", "resolved", "closed"):
        create_ticket(api, b, title=status, status=status)

    def titles(**params: Any) -> list[str]:
        return sorted(t["title"] for t in _all_pages(api, b, **params))

    assert titles(status="active") == ["open", "pending"]
    assert titles(status="resolved,closed") == ["closed", "resolved"]
    assert titles(status="closed") == ["closed"]
    assert titles(status="active,closed") == ["closed", "open", "pending"]


def test_spam_is_excluded_unless_asked_for(api: httpx.Client, brand: dict[str, Any]) -> None:
    b = brand["id"]
    ham, spam = create_ticket(api, b, title="ham"), create_ticket(api, b, title="spam")
    marked = api.post(f"/brands/{b}/tickets/{spam['id']}/spam", json={"isSpam": True})
    assert marked.status_code == 200
    assert marked.json()["isSpam"] is True
    assert [t["id"] for t in _all_pages(api, b)] == [ham["id"]]
    assert [t["id"] for t in _all_pages(api, b, isSpam="true")] == [spam["id"]]
    assert [t["id"] for t in _all_pages(api, b, isSpam="false")] == [ham["id"]]
    api.post(f"/brands/{b}/tickets/{spam['id']}/spam", json={"isSpam": False})
    assert len(_all_pages(api, b)) == 2


def test_search_and_the_other_filters(api: httpx.Client, brand: dict[str, Any]) -> None:
    b = brand["id"]
    category = api.post(f"/brands/{b}/categories", json={"name": "Billing"}).json()
    tag = api.post(f"/brands/{b}/tags", json={"name": "vip"}).json()
    first = create_ticket(
        api,
        b,
        title="Refund please",
        body="Charged TWICE",
        categoryId=category["id"],
        tags=[tag["id"]],
        createdBy="u1",
    )
    second = create_ticket(
        api, b, title="Login broken", source="slack", assigneeId="agent_7", customerEmail="a@x.io"
    )

    def ids(**params: Any) -> list[str]:
        return [t["id"] for t in _all_pages(api, b, **params)]

    assert ids(search="twice") == [first["id"]]
    assert ids(search="LOGIN") == [second["id"]]
    assert ids(categoryId=category["id"]) == [first["id"]]
    assert ids(tagIds=f"tag_other,{tag['id']}") == [first["id"]]
    assert ids(source="slack") == [second["id"]]
    assert ids(assigneeId="agent_7") == [second["id"]]
    assert ids(createdBy="u1") == [first["id"]]
    assert ids(customerEmail="A@X.IO") == [second["id"]]
    assert ids(customerId=second["customerId"]) == [second["id"]]
    assert ids(customerEmail="nobody@x.io") == []
    assert ids(createdAfter="2000-01-01T00:00:00Z") == [second["id"], first["id"]]
    assert ids(createdBefore="2000-01-01T00:00:00Z") == []
    assert api.get(f"/brands/{b}/tickets", params={"createdAfter": "yesterday"}).status_code == 422
    assert ids(hasAttachments="false") == [second["id"], first["id"]]
    assert ids(hasAttachments="true") == []


def test_customers_are_created_from_customer_email(api: httpx.Client, brand: dict[str, Any]) -> None:
    b = brand["id"]
    first = create_ticket(api, b, customerEmail="jane@example.com", customerName="Jane")
    second = create_ticket(api, b, customerEmail="JANE@example.com")
    assert first["customerId"].startswith("cus_")
    assert first["customerId"] == second["customerId"]
    assert second["customer"]["name"] == "Jane"
    customers = api.get(f"/brands/{b}/customers").json()["data"]
    assert [(c["email"], c["_count"]["tickets"]) for c in customers] == [("jane@example.com", 2)]
    assert (
        api.post(f"/brands/{b}/tickets", json={"title": "x", "customerEmail": "not-an-email"}).status_code
        == 422
    )


def test_unknown_category_is_404_and_tags_accept_names(api: httpx.Client, brand: dict[str, Any]) -> None:
    b = brand["id"]
    response = api.post(f"/brands/{b}/tickets", json={"title": "x", "categoryId": "cat_nope"})
    assert response.status_code == 404
    assert response.json()["errors"][0]["field"] == "categoryId"
    ticket = create_ticket(api, b, tags=["a", "b"])
    retagged = api.patch(f"/brands/{b}/tickets/{ticket['id']}", json={"tags": ["b", "c"]}).json()
    assert [t["name"] for t in retagged["tags"]] == ["b", "c"]
    assert sorted(t["name"] for t in api.get(f"/brands/{b}/tags").json()) == ["a", "b", "c"]


def test_merge_moves_comments_and_closes_sources(api: httpx.Client, brand: dict[str, Any]) -> None:
    b = brand["id"]
    target, source = create_ticket(api, b, title="target"), create_ticket(api, b, title="source")
    api.post(f"/brands/{b}/tickets/{source['id']}/comments", json={"body": "from the source"})
    merged = api.post(f"/brands/{b}/tickets/{target['id']}/merge", json={"sourceTicketIds": [source["id"]]})
    assert merged.status_code == 200
    assert merged.json()["commentCount"] == 1
    after = api.get(f"/brands/{b}/tickets/{source['id']}").json()
    assert (after["status"], after["mergedIntoId"], after["commentCount"]) == ("closed", target["id"], 0)
    bodies = [c["body"] for c in api.get(f"/brands/{b}/tickets/{target['id']}/comments").json()]
    assert bodies == ["from the source"]
    itself = api.post(f"/brands/{b}/tickets/{target['id']}/merge", json={"sourceTicketIds": [target["id"]]})
    assert itself.status_code == 409
    assert itself.json()["errors"][0]["field"] == "sourceTicketIds"
    unknown = api.post(f"/brands/{b}/tickets/{target['id']}/merge", json={"sourceTicketIds": ["tkt_nope"]})
    assert unknown.status_code == 404
    assert (
        api.post(f"/brands/{b}/tickets/{target['id']}/merge", json={"sourceTicketIds": []}).status_code == 422
    )


def test_bulk_actions(api: httpx.Client, brand: dict[str, Any]) -> None:
    b = brand["id"]
    tickets = [create_ticket(api, b, title=f"t{i}") for i in range(4)]
    ids = [t["id"] for t in tickets]
    category = api.post(f"/brands/{b}/categories", json={"name": "Ops"}).json()

    def bulk(**body: Any) -> httpx.Response:
        return api.post(f"/brands/{b}/tickets/bulk", json=body)

    assert bulk(action="resolve", ticketIds=ids[:2]).json() == {"success": True, "count": 2}
    assert bulk(action="close", ticketIds=[ids[2], "tkt_unknown"]).json()["count"] == 1
    assert bulk(action="assign", ticketIds=ids, assigneeId="agent_9").json()["count"] == 4
    assert bulk(action="setCategory", ticketIds=ids[:1], categoryId=category["id"]).json()["count"] == 1
    assert bulk(action="setTags", ticketIds=ids[:1], tags=["urgent"]).json()["count"] == 1
    assert bulk(action="spam", ticketIds=ids[3:]).json()["count"] == 1
    # the document says which action needs which field (if/then): a missing one is a 400 like any required field
    no_assignee = bulk(action="assign", ticketIds=ids)
    assert (no_assignee.status_code, no_assignee.json()["errors"][0]["field"]) == (400, "assigneeId")
    assert bulk(action="setCategory", ticketIds=ids, categoryId="").status_code == 400
    assert bulk(action="setTags", ticketIds=ids).status_code == 400
    assert bulk(action="explode", ticketIds=ids).status_code == 422
    first = api.get(f"/brands/{b}/tickets/{ids[0]}").json()
    assert (first["status"], first["assigneeId"], first["categoryId"]) == (
        "resolved",
        "agent_9",
        category["id"],
    )
    assert [t["name"] for t in first["tags"]] == ["urgent"]
    assert api.get(f"/brands/{b}/tickets/{ids[3]}").json()["isSpam"] is True
    assert bulk(action="delete", ticketIds=ids[:2]).json()["count"] == 2
    assert api.get(f"/brands/{b}/tickets/{ids[0]}").status_code == 404


def test_comment_counts_and_category_stats(api: httpx.Client, brand: dict[str, Any]) -> None:
    b = brand["id"]
    billing = api.post(f"/brands/{b}/categories", json={"name": "Billing"}).json()
    empty = api.post(f"/brands/{b}/categories", json={"name": "Empty"}).json()
    ticket = create_ticket(api, b, categoryId=billing["id"])
    create_ticket(api, b, categoryId=billing["id"])
    create_ticket(api, b)
    comments = [
        api.post(f"/brands/{b}/tickets/{ticket['id']}/comments", json={"body": f"c{i}"}).json()
        for i in range(3)
    ]
    assert api.get(f"/brands/{b}/tickets/{ticket['id']}").json()["commentCount"] == 3
    api.delete(f"/brands/{b}/tickets/{ticket['id']}/comments/{comments[0]['id']}")
    assert api.get(f"/brands/{b}/tickets/{ticket['id']}").json()["commentCount"] == 2
    stats = api.get(f"/brands/{b}/categories/stats").json()
    assert stats == {billing["id"]: {"ticketCount": 2}, empty["id"]: {"ticketCount": 0}}


def test_brand_delete_preview_then_confirm(api: httpx.Client) -> None:
    brand = create_brand(api)
    b = brand["id"]
    create_ticket(api, b)
    create_ticket(api, b)
    api.post(f"/brands/{b}/categories", json={"name": "c"})
    api.post(f"/brands/{b}/tags", json={"name": "t"})
    api.post(
        f"/brands/{b}/webhooks",
        json={"url": "http://127.0.0.1:9/h", "secret": "s", "events": ["ticket.created"]},
    )
    preview = api.delete(f"/brands/{b}")
    assert preview.status_code == 200
    assert preview.json() == {"ticketCount": 2, "webhookCount": 1, "categoryCount": 1, "tagCount": 1}
    assert api.get(f"/brands/{b}").status_code == 200
    assert api.delete(f"/brands/{b}", params={"confirm": "false"}).status_code == 200
    confirmed = api.delete(f"/brands/{b}", params={"confirm": "true"})
    assert confirmed.status_code == 204
    assert confirmed.content == b""
    assert api.get(f"/brands/{b}").status_code == 404
    assert api.get(f"/brands/{b}/tickets").status_code == 404


def test_request_validation_errors_use_the_error_body(api: httpx.Client, brand: dict[str, Any]) -> None:
    b = brand["id"]
    missing = api.post(f"/brands/{b}/tickets", json={"body": "no title"})
    assert missing.status_code == 400
    assert missing.json() == {
        "message": "Validation failed",
        "error": "Bad Request",
        "code": "validation_error",
        "errors": [{"field": "title", "message": "title is required"}],
    }
    wrong_enum = api.post(f"/brands/{b}/tickets", json={"title": "x", "priority": "bogus"})
    assert wrong_enum.status_code == 422
    assert wrong_enum.json()["errors"][0]["field"] == "priority"
    wrong_type = api.post(f"/brands/{b}/tickets", json={"title": "x", "tags": [1]})
    assert wrong_type.status_code == 400
    assert wrong_type.json()["errors"] == [{"field": "tags[0]", "message": "tags[0] must be a string"}]
    not_json = api.post(f"/brands/{b}/tickets", content=b"{", headers={"content-type": "application/json"})
    assert not_json.status_code == 400
    assert api.post("/brands", json={"name": "x", "slug": "has space"}).status_code == 422
    assert api.post("/brands", json={"name": "x", "slug": "acme"}).status_code == 409
