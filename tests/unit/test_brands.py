"""client.brands on the wire, sync and async."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from dispatch import (
    AsyncDispatchTickets,
    Brand,
    DeleteBrandPreview,
    DispatchTickets,
    DispatchTicketsError,
    JsonObject,
    NotFoundError,
    PortalToken,
    SuccessResponse,
)
from tests.unit.conftest import Wire, body_of, call, query_of

BRAND: dict[str, Any] = {
    "id": "br_8f2k1",
    "accountId": "acc_5q2w8",
    "name": "Acme Support",
    "slug": "acme",
    "ticketPrefix": "ACME",
    "nextTicketNumber": 1043,
    "url": "https://acme.example.com",
    "iconUrl": "https://acme.example.com/icon.png",
    "settings": {"timezone": "Europe/London"},
    "metadata": {"region": "eu"},
    "ticketSchema": {"type": "object", "properties": {"order_id": {"type": "string"}}},
    "inboundEmailEnabled": True,
    "autoresponseEnabled": True,
    "autoresponseSubject": "We received your request",
    "autoresponseBody": "Thanks for contacting Acme Support.",
    "fromName": "Acme Support",
    "fromEmail": "support@acme.example.com",
    "portalOrigins": ["https://help.acme.example.com"],
    "createdAt": "2023-11-02T10:05:00.000Z",
    "updatedAt": "2024-03-14T16:02:51.000Z",
}
SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"order_id": {"type": "string"}, "plan": {"type": "string", "enum": ["free", "pro"]}},
}
PORTAL_TOKEN = {
    "token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjdXNfN2gzbTIifQ.q3Vx9yH8",
    "expiresAt": "2024-03-14T17:02:51.000Z",
    "customerId": "cus_7h3m2",
    "email": "jane@example.com",
    "name": "Jane Doe",
}


async def test_create_sends_name_slug_and_optional_fields(client: Any, wire: Wire) -> None:
    wire.reply(201, BRAND)
    brand = await call(
        client.brands.create(
            name="Acme Support",
            slug="acme",
            ticket_prefix="ACME",
            ticket_number_start=1000,
            metadata={"region": "eu", "tier": {"level": 2}},
            ticket_schema={"type": "object"},
        )
    )
    request = wire.last
    assert (request.method, request.url.path) == ("POST", "/v1/brands")
    assert body_of(request) == {
        "name": "Acme Support",
        "slug": "acme",
        "ticketPrefix": "ACME",
        "ticketNumberStart": 1000,
        "metadata": {"region": "eu", "tier": {"level": 2}},
        "ticketSchema": {"type": "object"},
    }
    assert isinstance(brand, Brand)
    assert (brand.id, brand.slug, brand.next_ticket_number) == ("br_8f2k1", "acme", 1043)
    assert isinstance(brand.metadata, JsonObject)
    assert brand.metadata.to_dict() == {"region": "eu"}
    assert brand.portal_origins == ["https://help.acme.example.com"]


async def test_create_with_only_the_required_fields(client: Any, wire: Wire) -> None:
    wire.reply(201, BRAND)
    await call(client.brands.create(name="Acme Support", slug="acme"))
    assert body_of(wire.last) == {"name": "Acme Support", "slug": "acme"}


async def test_unknown_field_is_refused_before_any_request(client: Any, wire: Wire) -> None:
    with pytest.raises(TypeError, match="colour"):
        await call(client.brands.create(name="x", slug="x", colour="red"))
    with pytest.raises(TypeError, match="ticket_number_start"):
        await call(client.brands.update("br_1", ticket_number_start=5))  # create-only
    assert wire.requests == []


async def test_list(client: Any, wire: Wire) -> None:
    wire.reply(json=[BRAND, {**BRAND, "id": "br_2", "slug": "beta"}])
    brands = await call(client.brands.list())
    assert (wire.last.method, wire.last.url.path, query_of(wire.last)) == ("GET", "/v1/brands", {})
    assert [type(b) for b in brands] == [Brand, Brand]
    assert [b.slug for b in brands] == ["acme", "beta"]


async def test_get(client: Any, wire: Wire) -> None:
    wire.reply(json=BRAND)
    brand = await call(client.brands.get("br_8f2k1"))
    assert (wire.last.method, wire.last.url.path) == ("GET", "/v1/brands/br_8f2k1")
    assert isinstance(brand, Brand)
    assert brand.created_at == datetime(2023, 11, 2, 10, 5, tzinfo=UTC)


async def test_get_unknown_brand(client: Any, wire: Wire) -> None:
    wire.reply(404, {"message": "Brand not found"})
    with pytest.raises(NotFoundError, match="Brand not found"):
        await call(client.brands.get("br_nope"))


async def test_update(client: Any, wire: Wire) -> None:
    wire.reply(json={**BRAND, "name": "Acme Help Desk"})
    brand = await call(
        client.brands.update(
            "br_8f2k1",
            name="Acme Help Desk",
            icon_url="https://acme.example.com/new.png",
            autoresponse_enabled=False,
            portal_origins=("https://help.acme.example.com",),
        )
    )
    request = wire.last
    assert (request.method, request.url.path) == ("PATCH", "/v1/brands/br_8f2k1")
    assert body_of(request) == {
        "name": "Acme Help Desk",
        "iconUrl": "https://acme.example.com/new.png",
        "autoresponseEnabled": False,
        "portalOrigins": ["https://help.acme.example.com"],
    }
    assert brand.name == "Acme Help Desk"


async def test_delete_confirmed_sends_confirm_true(client: Any, wire: Wire) -> None:
    wire.reply(204)
    result = await call(client.brands.delete("br_8f2k1"))
    request = wire.last
    assert (request.method, request.url.path) == ("DELETE", "/v1/brands/br_8f2k1")
    assert query_of(request) == {"confirm": "true"}
    assert result is None


async def test_delete_without_confirm_returns_the_preview_and_sends_no_confirm(
    client: Any, wire: Wire
) -> None:
    wire.reply(json={"ticketCount": 1042, "webhookCount": 2, "categoryCount": 5, "tagCount": 12})
    preview = await call(client.brands.delete("br_8f2k1", confirm=False))
    request = wire.last
    assert (request.method, request.url.path) == ("DELETE", "/v1/brands/br_8f2k1")
    assert query_of(request) == {}
    assert b"confirm" not in request.url.raw_path
    assert isinstance(preview, DeleteBrandPreview)
    assert (preview.ticket_count, preview.webhook_count, preview.category_count, preview.tag_count) == (
        1042,
        2,
        5,
        12,
    )


async def test_get_schema_returns_a_plain_dict(client: Any, wire: Wire) -> None:
    wire.reply(json=SCHEMA)
    schema = await call(client.brands.get_schema("br_8f2k1"))
    assert (wire.last.method, wire.last.url.path) == ("GET", "/v1/brands/br_8f2k1/schema")
    assert type(schema) is dict
    assert schema == SCHEMA


async def test_update_schema_puts_the_whole_object(client: Any, wire: Wire) -> None:
    wire.reply(json=SCHEMA)
    stored = await call(client.brands.update_schema("br_8f2k1", SCHEMA))
    request = wire.last
    assert (request.method, request.url.path) == ("PUT", "/v1/brands/br_8f2k1/schema")
    assert body_of(request) == SCHEMA
    assert type(stored) is dict
    assert stored == SCHEMA


async def test_update_schema_refuses_a_non_mapping(client: Any, wire: Wire) -> None:
    with pytest.raises(TypeError, match="mapping"):
        await call(client.brands.update_schema("br_1", [("type", "object")]))
    assert wire.requests == []


async def test_get_inbound_email_makes_no_request(client: Any, wire: Wire) -> None:
    assert client.brands.get_inbound_email("br_8f2k1") == "br_8f2k1@inbound.dispatchtickets.com"
    assert client.brands.get_inbound_email("br_1", domain="mail.example.com") == "br_1@mail.example.com"
    assert client.brands.get_inbound_email("br_1", "mail.example.com") == "br_1@mail.example.com"
    assert wire.requests == []


@pytest.mark.parametrize("brand_id", ["", "   ", "a@b", "br 1"])
async def test_get_inbound_email_refuses_a_non_id(client: Any, brand_id: str) -> None:
    with pytest.raises(ValueError, match="brand_id"):
        client.brands.get_inbound_email(brand_id)


def test_get_inbound_email_on_the_client_classes() -> None:
    assert DispatchTickets.brands.get_inbound_email("br_1") == "br_1@inbound.dispatchtickets.com"
    assert AsyncDispatchTickets.brands.get_inbound_email("br_1") == "br_1@inbound.dispatchtickets.com"


async def test_generate_portal_token(client: Any, wire: Wire) -> None:
    wire.reply(json=PORTAL_TOKEN)
    token = await call(
        client.brands.generate_portal_token("br_8f2k1", email="jane@example.com", name="Jane Doe")
    )
    request = wire.last
    assert (request.method, request.url.path) == ("POST", "/v1/brands/br_8f2k1/portal/token")
    assert body_of(request) == {"email": "jane@example.com", "name": "Jane Doe"}
    assert isinstance(token, PortalToken)
    assert (token.token, token.customer_id, token.name) == (PORTAL_TOKEN["token"], "cus_7h3m2", "Jane Doe")
    assert token.expires_at == datetime(2024, 3, 14, 17, 2, 51, tzinfo=UTC)


async def test_a_generated_token_with_a_bad_expiry_is_the_calls_error(client: Any, wire: Wire) -> None:
    wire.reply(json={**PORTAL_TOKEN, "expiresAt": 1710435771})
    with pytest.raises(DispatchTicketsError, match="PortalToken\\.expires_at") as caught:
        await call(client.brands.generate_portal_token("br_8f2k1", email="jane@example.com"))
    assert caught.value.code == "unexpected_response"
    assert PORTAL_TOKEN["token"] not in str(caught.value)


async def test_generate_portal_token_without_name(client: Any, wire: Wire) -> None:
    wire.reply(json={k: v for k, v in PORTAL_TOKEN.items() if k != "name"})
    await call(client.brands.generate_portal_token("br_8f2k1", email="jane@example.com"))
    assert body_of(wire.last) == {"email": "jane@example.com"}


async def test_send_portal_magic_link(client: Any, wire: Wire) -> None:
    wire.reply(json={"success": True})
    result = await call(
        client.brands.send_portal_magic_link(
            "br_8f2k1", email="jane@example.com", portal_url="https://help.acme.example.com/portal"
        )
    )
    request = wire.last
    assert (request.method, request.url.path) == ("POST", "/v1/brands/br_8f2k1/portal/magic-link")
    assert body_of(request) == {
        "email": "jane@example.com",
        "portalUrl": "https://help.acme.example.com/portal",
    }
    assert isinstance(result, SuccessResponse)
    assert result.success is True
