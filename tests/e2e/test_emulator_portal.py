"""The customer portal: tokens scoped to one customer of one brand, their tickets only, comments,
pending attachments, refresh, expiry, and magic links."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from dispatch.testing import Emulator, FakeClock
from dispatch.testing.pytest_plugin import EmulatorSession
from tests.e2e.conftest import create_brand, create_ticket


def _token(api: httpx.Client, brand_id: str, email: str, name: str | None = None) -> dict[str, Any]:
    body = {"email": email, **({"name": name} if name else {})}
    response = api.post(f"/brands/{brand_id}/portal/token", json=body)
    assert response.status_code == 200, response.text
    return dict(response.json())


def _portal(base_url: str, token: str) -> httpx.Client:
    return httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"}, trust_env=False)


@pytest.fixture
def portal_setup(
    api: httpx.Client, brand: dict[str, Any], dispatch_emulator: EmulatorSession
) -> Iterator[dict[str, Any]]:
    b = brand["id"]
    mine = create_ticket(api, b, title="My order is late", body="Order 7", customerEmail="ann@example.com")
    theirs = create_ticket(api, b, title="Not yours", customerEmail="bob@example.com")
    token = _token(api, b, "ann@example.com", "Ann")
    with _portal(dispatch_emulator.base_url, token["token"]) as portal:
        yield {"brand": brand, "mine": mine, "theirs": theirs, "token": token, "portal": portal}


def test_token_shape_and_own_tickets_only(portal_setup: dict[str, Any]) -> None:
    token, portal = portal_setup["token"], portal_setup["portal"]
    assert token["token"].startswith("pt_")
    assert (token["email"], token["name"], token["customerId"]) == (
        "ann@example.com",
        "Ann",
        portal_setup["mine"]["customerId"],
    )
    assert token["expiresAt"].endswith("Z")
    page = portal.get("/portal/tickets").json()
    assert [t["id"] for t in page["data"]] == [portal_setup["mine"]["id"]]
    assert page["data"][0]["ticketNumber"] == "ACME-1"
    assert page["pagination"] == {"hasMore": False, "nextCursor": None}
    detail = portal.get(f"/portal/tickets/{portal_setup['mine']['id']}").json()
    assert (detail["body"], detail["brand"], detail["comments"]) == ("Order 7", {"name": "Acme"}, [])
    hidden = portal.get(f"/portal/tickets/{portal_setup['theirs']['id']}")
    assert hidden.status_code == 404
    assert (
        portal.post(
            f"/portal/tickets/{portal_setup['theirs']['id']}/comments", json={"body": "x"}
        ).status_code
        == 404
    )
    assert portal.get("/portal/tickets", params={"limit": 51}).status_code == 422


def test_admin_api_keys_do_not_open_the_portal_and_tokens_do_not_open_the_admin_api(
    portal_setup: dict[str, Any], api: httpx.Client
) -> None:
    assert api.get("/portal/tickets").status_code == 401
    assert portal_setup["portal"].get("/brands").status_code == 401


def test_comments_show_customer_and_staff(portal_setup: dict[str, Any], api: httpx.Client) -> None:
    portal, mine, b = portal_setup["portal"], portal_setup["mine"], portal_setup["brand"]["id"]
    created = portal.post(f"/portal/tickets/{mine['id']}/comments", json={"body": "Any news?"})
    assert created.status_code == 201
    assert (created.json()["authorType"], created.json()["authorName"]) == ("CUSTOMER", "Ann")
    api.post(
        f"/brands/{b}/tickets/{mine['id']}/comments", json={"body": "Shipped today", "authorName": "Sam"}
    )
    comments = portal.get(f"/portal/tickets/{mine['id']}").json()["comments"]
    assert [(c["authorType"], c["body"]) for c in comments] == [
        ("CUSTOMER", "Any news?"),
        ("STAFF", "Shipped today"),
    ]
    assert portal.get("/portal/tickets").json()["data"][0]["commentCount"] == 2
    admin_view = api.get(f"/brands/{b}/tickets/{mine['id']}/comments").json()
    assert admin_view[0]["authorType"] == "CUSTOMER"


def test_comments_written_without_a_name_show_the_documented_display_name(
    portal_setup: dict[str, Any], api: httpx.Client
) -> None:
    """A portal UI may take ``authorName[0]`` for an avatar: it is never null nor empty."""
    portal, mine, b = portal_setup["portal"], portal_setup["mine"], portal_setup["brand"]["id"]
    comments = f"/brands/{b}/tickets/{mine['id']}/comments"
    api.post(comments, json={"body": "Staff, no name"})
    api.post(comments, json={"body": "Staff, empty name", "authorName": ""})
    api.post(comments, json={"body": "Customer, by email", "authorType": "CUSTOMER"})
    api.patch(f"/brands/{b}", json={"fromName": "Acme Support"})
    api.post(comments, json={"body": "Staff, after fromName"})
    shown = [
        (c["authorType"], c["authorName"])
        for c in portal.get(f"/portal/tickets/{mine['id']}").json()["comments"]
    ]
    assert shown == [
        ("STAFF", "Acme Support"),
        ("STAFF", "Acme Support"),
        ("CUSTOMER", "Ann"),  # the ticket's customer's name
        ("STAFF", "Acme Support"),
    ]
    api.patch(f"/brands/{b}", json={"fromName": ""})
    names = {c["authorName"] for c in portal.get(f"/portal/tickets/{mine['id']}").json()["comments"]}
    assert names == {"Acme", "Ann"}


def test_create_ticket_with_a_pending_attachment(portal_setup: dict[str, Any], api: httpx.Client) -> None:
    portal, b = portal_setup["portal"], portal_setup["brand"]["id"]
    data = b"\x89PNG screenshot"
    target = portal.post(
        "/portal/tickets/attachments/pending",
        json={"filename": "s.png", "contentType": "image/png", "size": len(data)},
    )
    assert target.status_code == 200
    attachment = target.json()["attachment"]
    assert attachment["status"] == "PENDING"
    assert (
        httpx.put(target.json()["uploadUrl"], content=data, headers={"Content-Type": "image/png"}).status_code
        == 200
    )
    unconfirmed = portal.post(
        "/portal/tickets", json={"title": "Broken", "attachmentIds": [attachment["id"]]}
    )
    assert unconfirmed.status_code == 409
    unknown = portal.post("/portal/tickets", json={"title": "Broken", "attachmentIds": ["att_nope"]})
    assert unknown.status_code == 404
    confirmed = portal.post(f"/portal/tickets/attachments/pending/{attachment['id']}/confirm", json={})
    assert confirmed.json()["status"] == "UPLOADED"
    created = portal.post(
        "/portal/tickets",
        json={"title": "Broken", "body": "See screenshot", "attachmentIds": [attachment["id"]]},
    )
    assert created.status_code == 201
    ticket = created.json()
    assert (ticket["ticketNumber"], ticket["status"]) == ("ACME-3", "open")
    listed = portal.get(f"/portal/tickets/{ticket['id']}/attachments").json()
    assert [a["id"] for a in listed] == [attachment["id"]]
    with_url = portal.get(f"/portal/tickets/{ticket['id']}/attachments/{attachment['id']}").json()
    assert httpx.get(with_url["downloadUrl"]).content == data
    admin = api.get(f"/brands/{b}/tickets/{ticket['id']}").json()
    assert (admin["source"], admin["customerId"], admin["attachmentCount"]) == (
        "web",
        portal_setup["token"]["customerId"],
        1,
    )
    reused = portal.post("/portal/tickets", json={"title": "Again", "attachmentIds": [attachment["id"]]})
    assert reused.status_code == 409


def test_attachment_on_an_existing_ticket_and_size_limit(portal_setup: dict[str, Any]) -> None:
    portal, mine = portal_setup["portal"], portal_setup["mine"]
    base = f"/portal/tickets/{mine['id']}/attachments"
    target = portal.post(base, json={"filename": "a.txt", "contentType": "text/plain", "size": 3}).json()
    httpx.put(target["uploadUrl"], content=b"abc", headers={"Content-Type": "text/plain"})
    assert portal.post(f"{base}/{target['attachment']['id']}/confirm", json={}).json()["status"] == "UPLOADED"
    huge = portal.post(
        base, json={"filename": "big.bin", "contentType": "application/octet-stream", "size": 60_000_000}
    )
    assert huge.status_code == 422
    assert portal.get(f"/portal/tickets/{portal_setup['theirs']['id']}/attachments").status_code == 404


def test_portal_idempotency(portal_setup: dict[str, Any]) -> None:
    portal = portal_setup["portal"]
    headers = {"X-Idempotency-Key": "portal-1"}
    first = portal.post("/portal/tickets", json={"title": "Once"}, headers=headers)
    again = portal.post("/portal/tickets", json={"title": "Once"}, headers=headers)
    assert first.json() == again.json()
    assert "x-idempotent-replayed" not in first.headers
    assert again.headers["x-idempotent-replayed"] == "true"  # a documented header
    assert portal.post("/portal/tickets", json={"title": "Twice"}, headers=headers).status_code == 409
    assert len(portal.get("/portal/tickets").json()["data"]) == 2


def test_portal_list_filters_and_pages(api: httpx.Client, dispatch_emulator: EmulatorSession) -> None:
    brand = create_brand(api, "paged", prefix=None)
    for i in range(5):
        create_ticket(
            api,
            brand["id"],
            title=f"t{i}",
            customerEmail="cy@example.com",
            status="open" if i % 2 else "closed",
        )
    portal = _portal(dispatch_emulator.base_url, _token(api, brand["id"], "cy@example.com")["token"])
    first = portal.get("/portal/tickets", params={"limit": 2, "order": "asc"}).json()
    assert [t["ticketNumber"] for t in first["data"]] == ["1", "2"]  # no prefix: the bare number
    second = portal.get(
        "/portal/tickets", params={"limit": 2, "order": "asc", "cursor": first["pagination"]["nextCursor"]}
    )
    assert [t["title"] for t in second.json()["data"]] == ["t2", "t3"]
    assert {t["status"] for t in portal.get("/portal/tickets", params={"status": "open"}).json()["data"]} == {
        "open"
    }
    portal.close()


def test_portal_list_answers_a_cursor_it_did_not_issue_with_a_documented_404(
    api: httpx.Client, dispatch_emulator: EmulatorSession
) -> None:
    brand = create_brand(api, "cursors", prefix=None)
    portal = _portal(dispatch_emulator.base_url, _token(api, brand["id"], "cz@example.com")["token"])
    answer = portal.get("/portal/tickets", params={"cursor": "not-a-cursor"})
    assert answer.status_code == 404  # as the admin lists answer it (strict mode: a 500 if undocumented)
    assert answer.json()["errors"][0]["field"] == "cursor"
    portal.close()


def test_refresh_and_expiry(own_emulator: Emulator, own_api: httpx.Client, clock: FakeClock) -> None:
    brand = create_brand(own_api)
    token = _token(own_api, brand["id"], "eve@example.com")
    portal = _portal(own_emulator.base_url, token["token"])
    clock.advance(3000)
    refreshed = portal.post("/portal/refresh")
    assert refreshed.status_code == 200
    fresh = refreshed.json()
    assert fresh["token"] != token["token"]
    assert fresh["expiresAt"] > token["expiresAt"]
    clock.advance(601)  # 3601 s after the first token
    assert portal.get("/portal/tickets").status_code == 401
    assert portal.post("/portal/refresh").status_code == 401
    still_valid = _portal(own_emulator.base_url, fresh["token"])
    assert still_valid.get("/portal/tickets").status_code == 200
    portal.close()
    still_valid.close()


def test_magic_link_verify(own_emulator: Emulator, own_api: httpx.Client, clock: FakeClock) -> None:
    brand = create_brand(own_api)
    sent = own_api.post(
        f"/brands/{brand['id']}/portal/magic-link",
        json={"email": "max@example.com", "portalUrl": "https://help.acme.test/portal"},
    )
    assert sent.json() == {"success": True}
    for not_a_uri in ("", "help desk"):  # `format: uri` in the document
        refused = own_api.post(
            f"/brands/{brand['id']}/portal/magic-link",
            json={"email": "max@example.com", "portalUrl": not_a_uri},
        )
        assert refused.status_code == 422
        assert refused.json()["errors"][0]["field"] == "portalUrl"
    magic = own_emulator.last_magic_link_token("max@example.com")
    assert magic is not None
    assert httpx.get(
        own_emulator.root_url + "/_emulator/magic-links", params={"email": "max@example.com"}
    ).json() == {"token": magic}
    anonymous = httpx.Client(base_url=own_emulator.base_url, trust_env=False)
    verified = anonymous.post("/portal/verify", json={"token": magic})
    assert verified.status_code == 200
    assert verified.json()["email"] == "max@example.com"
    assert anonymous.post("/portal/verify", json={"token": magic}).status_code == 401  # single use
    assert anonymous.post("/portal/verify", json={"token": "ml_forged"}).status_code == 401
    own_api.post(
        f"/brands/{brand['id']}/portal/magic-link",
        json={"email": "max@example.com", "portalUrl": "https://help.acme.test/portal"},
    )
    clock.advance(901)
    assert (
        anonymous.post(
            "/portal/verify", json={"token": own_emulator.last_magic_link_token("max@example.com")}
        ).status_code
        == 401
    )
    anonymous.close()
