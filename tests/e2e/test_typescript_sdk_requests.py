"""Every request the TypeScript SDK's README makes, as that SDK puts it on the wire, is accepted by the
emulator and answered in the shape the SDK declares: users port code from it.

The TypeScript SDK (``../shared/reference/typescript-sdk-readme.txt``) sends ``Content-Type:
application/json`` and ``Accept: application/json`` on every request, GETs and DELETEs included, a JSON
body only where a call has one (so ``confirmUpload`` and ``portal.refresh`` are POSTs with no body, and
the portal's confirm sends ``{}``). Its README's calls are replayed here in its order, with its values.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from dispatch.testing.pytest_plugin import EmulatorSession
from tests.e2e.conftest import NOWHERE

pytestmark = pytest.mark.e2e

TS_HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}


class TypeScriptSdk:
    """The wire behaviour of @dispatchtickets/sdk: JSON headers always, a body only when given."""

    def __init__(self, base_url: str, token: str) -> None:
        self.http = httpx.Client(
            base_url=base_url, headers={**TS_HEADERS, "Authorization": f"Bearer {token}"}, trust_env=False
        )

    def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Any:
        content = None if body is None else httpx.Request("POST", "/", json=body).content
        response = self.http.request(method, path, content=content, params=params, headers=headers)
        assert 200 <= response.status_code < 300, f"{method} {path}: {response.status_code} {response.text}"
        if response.status_code == 204:
            assert response.content == b""
            return None
        assert response.headers["content-type"].startswith("application/json")
        return response.json()

    def close(self) -> None:
        self.http.close()


@pytest.fixture
def sdk(dispatch_emulator: EmulatorSession) -> Any:
    client = TypeScriptSdk(dispatch_emulator.base_url, dispatch_emulator.api_key)
    yield client
    client.close()


def test_the_readmes_admin_calls_are_accepted(sdk: TypeScriptSdk) -> None:
    # Accounts
    assert sdk.request("GET", "/accounts/me")["id"]
    usage = sdk.request("GET", "/accounts/me/usage")
    assert isinstance(usage["ticketsThisMonth"], int)
    assert isinstance(sdk.request("GET", "/accounts/me/api-keys"), list)
    new_key = sdk.request("POST", "/accounts/me/api-keys", {"name": "Production", "allBrands": True})
    assert new_key["key"].startswith("sk_")
    # Brands
    brand = sdk.request("POST", "/brands", {"name": "Acme Support", "slug": "acme"})
    b = brand["id"]
    assert [x["id"] for x in sdk.request("GET", "/brands")] == [b]
    assert sdk.request("GET", f"/brands/{b}")["slug"] == "acme"
    assert sdk.request("PATCH", f"/brands/{b}", {"name": "New Name"})["name"] == "New Name"
    scoped = sdk.request(
        "PATCH", f"/accounts/me/api-keys/{new_key['id']}/scope", {"allBrands": False, "brandIds": [b]}
    )
    assert scoped == {"success": True}
    # Tickets
    ticket = sdk.request(
        "POST",
        f"/brands/{b}/tickets",
        {"title": "Issue with billing", "body": "I was charged twice...", "priority": "high"},
    )
    t = ticket["id"]
    idem = {"X-Idempotency-Key": "unique-request-id"}
    once = sdk.request("POST", f"/brands/{b}/tickets", {"title": "Issue"}, headers=idem)
    assert sdk.request("POST", f"/brands/{b}/tickets", {"title": "Issue"}, headers=idem) == once
    page = sdk.request("GET", f"/brands/{b}/tickets", params={"status": "open"})
    assert {x["id"] for x in page["data"]} == {t, once["id"]}
    assert page["pagination"]["hasMore"] is False
    assert len(sdk.request("GET", f"/brands/{b}/tickets", params={"limit": 50})["data"]) == 2
    assert sdk.request("GET", f"/brands/{b}/tickets/{t}")["priority"] == "high"
    assert sdk.request("PATCH", f"/brands/{b}/tickets/{t}", {"status": "resolved"})["status"] == "resolved"
    assert sdk.request("POST", f"/brands/{b}/tickets/{t}/spam", {"isSpam": True})["isSpam"] is True
    merged = sdk.request("POST", f"/brands/{b}/tickets/{t}/merge", {"sourceTicketIds": [once["id"]]})
    assert merged["id"] == t
    extra = sdk.request("POST", f"/brands/{b}/tickets", {"title": "Another"})["id"]
    closed = sdk.request("POST", f"/brands/{b}/tickets/bulk", {"action": "close", "ticketIds": [extra]})
    assert closed == {"success": True, "count": 1}
    assigned = sdk.request(
        "POST",
        f"/brands/{b}/tickets/bulk",
        {"action": "assign", "ticketIds": [extra], "assigneeId": "user_123"},
    )
    assert assigned["success"] is True
    # Comments
    comment = sdk.request(
        "POST",
        f"/brands/{b}/tickets/{t}/comments",
        {"body": "Thanks for your patience!", "authorType": "AGENT"},
    )
    c = comment["id"]
    assert [x["id"] for x in sdk.request("GET", f"/brands/{b}/tickets/{t}/comments")] == [c]
    updated = sdk.request("PATCH", f"/brands/{b}/tickets/{t}/comments/{c}", {"body": "Updated message"})
    assert updated["body"] == "Updated message"
    assert sdk.request("DELETE", f"/brands/{b}/tickets/{t}/comments/{c}")["deletedAt"] is not None
    # Attachments (manual flow; the PUT goes to the presigned URL without the SDK's headers)
    target = sdk.request(
        "POST",
        f"/brands/{b}/tickets/{t}/attachments",
        {"filename": "doc.pdf", "contentType": "application/pdf", "size": 4},
    )
    put = httpx.put(target["uploadUrl"], content=b"%PDF", headers={"Content-Type": "application/pdf"})
    assert put.status_code == 200
    a = target["attachmentId"]
    confirmed = sdk.request("POST", f"/brands/{b}/tickets/{t}/attachments/{a}/confirm")  # no body
    assert confirmed["status"] == "UPLOADED"
    assert [x["id"] for x in sdk.request("GET", f"/brands/{b}/tickets/{t}/attachments")] == [a]
    assert sdk.request("GET", f"/brands/{b}/tickets/{t}/attachments/{a}")["downloadUrl"]
    # Webhooks
    webhook = sdk.request(
        "POST",
        f"/brands/{b}/webhooks",
        {
            "url": NOWHERE,
            "secret": "your-secret",
            "events": ["ticket.created", "ticket.updated"],
        },
    )
    assert [x["id"] for x in sdk.request("GET", f"/brands/{b}/webhooks")] == [webhook["id"]]
    assert isinstance(sdk.request("GET", f"/brands/{b}/webhooks/{webhook['id']}/deliveries"), list)
    # Categories
    billing = sdk.request("POST", f"/brands/{b}/categories", {"name": "Billing", "color": "#ef4444"})
    bugs = sdk.request("POST", f"/brands/{b}/categories", {"name": "Bugs"})
    assert len(sdk.request("GET", f"/brands/{b}/categories")) == 2
    assert set(sdk.request("GET", f"/brands/{b}/categories/stats")) == {billing["id"], bugs["id"]}
    assert (
        sdk.request("POST", f"/brands/{b}/categories/reorder", {"categoryIds": [bugs["id"], billing["id"]]})
        is None
    )
    # Tags
    urgent = sdk.request("POST", f"/brands/{b}/tags", {"name": "urgent", "color": "#f59e0b"})
    source = sdk.request("POST", f"/brands/{b}/tags", {"name": "asap"})
    assert len(sdk.request("GET", f"/brands/{b}/tags")) == 2
    assert (
        sdk.request("POST", f"/brands/{b}/tags/{urgent['id']}/merge", {"sourceTagIds": [source["id"]]})["id"]
        == urgent["id"]
    )
    # Customers
    jane = sdk.request("POST", f"/brands/{b}/customers", {"email": "jane@example.com", "name": "Jane Doe"})
    assert jane["id"] in {x["id"] for x in sdk.request("GET", f"/brands/{b}/customers")["data"]}
    assert [x["id"] for x in sdk.request("GET", f"/brands/{b}/customers/search", params={"q": "jane"})] == [
        jane["id"]
    ]
    # Custom fields
    assert set(sdk.request("GET", f"/brands/{b}/fields")) >= {"ticket", "customer", "company"}
    assert sdk.request("GET", f"/brands/{b}/fields/ticket") == []
    field = sdk.request(
        "POST",
        f"/brands/{b}/fields/ticket",
        {"key": "order_id", "label": "Order ID", "type": "text", "required": True},
    )
    assert field["key"] == "order_id"
    assert (
        sdk.request("PATCH", f"/brands/{b}/fields/ticket/order_id", {"required": False})["required"] is False
    )
    assert sdk.request("DELETE", f"/brands/{b}/fields/ticket/order_id") is None
    # Deletes last: the ticket, the webhook, the API key, then the brand (preview without confirm, then for real)
    assert sdk.request("DELETE", f"/brands/{b}/tickets/{t}")["deletedAt"] is not None
    assert sdk.request("DELETE", f"/brands/{b}/webhooks/{webhook['id']}") is None
    assert sdk.request("DELETE", f"/accounts/me/api-keys/{new_key['id']}") is None
    preview = sdk.request("DELETE", f"/brands/{b}")
    assert set(preview) >= {"ticketCount", "webhookCount", "categoryCount", "tagCount"}
    assert sdk.request("DELETE", f"/brands/{b}", params={"confirm": "true"}) is None


def test_the_readmes_portal_calls_are_accepted(
    sdk: TypeScriptSdk, dispatch_emulator: EmulatorSession
) -> None:
    b = sdk.request("POST", "/brands", {"name": "Acme", "slug": "acme"})["id"]
    token = sdk.request("POST", f"/brands/{b}/portal/token", {"email": "user@example.com", "name": "User"})[
        "token"
    ]
    portal = TypeScriptSdk(dispatch_emulator.base_url, token)
    try:
        assert portal.request("GET", "/portal/tickets")["data"] == []
        ticket = portal.request(
            "POST",
            "/portal/tickets",
            {"title": "Help with my order", "body": "Order #12345 has not arrived..."},
        )
        comment = portal.request(
            "POST", f"/portal/tickets/{ticket['id']}/comments", {"body": "Here is more information..."}
        )
        assert (comment["authorType"], comment["authorName"]) == ("CUSTOMER", "User")
        sdk.request(
            "POST",
            f"/brands/{b}/tickets/{ticket['id']}/comments",
            {"body": "On its way", "authorType": "AGENT"},
        )
        detail = portal.request("GET", f"/portal/tickets/{ticket['id']}")
        # a staff comment written without a name: the portal still gets a display name (the brand's)
        assert [(x["authorType"], x["authorName"]) for x in detail["comments"]] == [
            ("CUSTOMER", "User"),
            ("STAFF", "Acme"),
        ]
        target = portal.request(
            "POST",
            f"/portal/tickets/{ticket['id']}/attachments",
            {"filename": "a.png", "contentType": "image/png", "size": 1},
        )
        assert (
            httpx.put(target["uploadUrl"], content=b"x", headers={"Content-Type": "image/png"}).status_code
            == 200
        )
        attachment_id = target["attachment"]["id"]
        confirmed = portal.request(
            "POST", f"/portal/tickets/{ticket['id']}/attachments/{attachment_id}/confirm", {}
        )
        assert confirmed["status"] == "UPLOADED"
        assert portal.request("POST", "/portal/refresh")["token"]  # no body
    finally:
        portal.close()
