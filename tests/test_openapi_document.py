"""The pinned OpenAPI document: valid, complete (every endpoint of the facts sheet), and generated from."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT = ROOT / "openapi" / "dispatch-tickets.yaml"
METHODS = {"get", "post", "put", "patch", "delete"}

# The 74 method+path pairs of ../shared/reference/dispatch-api.md, with the path parameters named as
# the document names them.
EXPECTED_TEXT = """
GET /accounts/me
GET /accounts/me/usage
GET /accounts/me/api-keys
POST /accounts/me/api-keys
PATCH /accounts/me/api-keys/{keyId}/scope
DELETE /accounts/me/api-keys/{keyId}
POST /brands
GET /brands
GET /brands/{brandId}
PATCH /brands/{brandId}
DELETE /brands/{brandId}
GET /brands/{brandId}/schema
PUT /brands/{brandId}/schema
POST /brands/{brandId}/portal/token
POST /brands/{brandId}/portal/magic-link
POST /brands/{brandId}/tickets
GET /brands/{brandId}/tickets
GET /brands/{brandId}/tickets/{ticketId}
PATCH /brands/{brandId}/tickets/{ticketId}
DELETE /brands/{brandId}/tickets/{ticketId}
POST /brands/{brandId}/tickets/{ticketId}/spam
POST /brands/{brandId}/tickets/{ticketId}/merge
POST /brands/{brandId}/tickets/bulk
POST /brands/{brandId}/tickets/{ticketId}/comments
GET /brands/{brandId}/tickets/{ticketId}/comments
GET /brands/{brandId}/tickets/{ticketId}/comments/{commentId}
PATCH /brands/{brandId}/tickets/{ticketId}/comments/{commentId}
DELETE /brands/{brandId}/tickets/{ticketId}/comments/{commentId}
POST /brands/{brandId}/tickets/{ticketId}/attachments
POST /brands/{brandId}/tickets/{ticketId}/attachments/{attachmentId}/confirm
GET /brands/{brandId}/tickets/{ticketId}/attachments
GET /brands/{brandId}/tickets/{ticketId}/attachments/{attachmentId}
DELETE /brands/{brandId}/tickets/{ticketId}/attachments/{attachmentId}
POST /brands/{brandId}/webhooks
GET /brands/{brandId}/webhooks
GET /brands/{brandId}/webhooks/{webhookId}
DELETE /brands/{brandId}/webhooks/{webhookId}
GET /brands/{brandId}/webhooks/{webhookId}/deliveries
POST /brands/{brandId}/categories
GET /brands/{brandId}/categories
GET /brands/{brandId}/categories/{categoryId}
PATCH /brands/{brandId}/categories/{categoryId}
DELETE /brands/{brandId}/categories/{categoryId}
GET /brands/{brandId}/categories/stats
POST /brands/{brandId}/categories/reorder
POST /brands/{brandId}/tags
GET /brands/{brandId}/tags
PATCH /brands/{brandId}/tags/{tagId}
DELETE /brands/{brandId}/tags/{tagId}
POST /brands/{brandId}/tags/{tagId}/merge
POST /brands/{brandId}/customers
GET /brands/{brandId}/customers
GET /brands/{brandId}/customers/search
GET /brands/{brandId}/customers/{customerId}
PATCH /brands/{brandId}/customers/{customerId}
DELETE /brands/{brandId}/customers/{customerId}
GET /brands/{brandId}/fields
GET /brands/{brandId}/fields/{entityType}
POST /brands/{brandId}/fields/{entityType}
PATCH /brands/{brandId}/fields/{entityType}/{key}
DELETE /brands/{brandId}/fields/{entityType}/{key}
POST /brands/{brandId}/fields/{entityType}/reorder
POST /portal/verify
POST /portal/refresh
GET /portal/tickets
GET /portal/tickets/{ticketId}
POST /portal/tickets
POST /portal/tickets/{ticketId}/comments
POST /portal/tickets/attachments/pending
POST /portal/tickets/attachments/pending/{attachmentId}/confirm
POST /portal/tickets/{ticketId}/attachments
POST /portal/tickets/{ticketId}/attachments/{attachmentId}/confirm
GET /portal/tickets/{ticketId}/attachments
GET /portal/tickets/{ticketId}/attachments/{attachmentId}
"""
EXPECTED = [line for line in EXPECTED_TEXT.splitlines() if line]


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
    return loaded


def operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, op)
        for path, item in document["paths"].items()
        for method, op in item.items()
        if method in METHODS
    ]


def test_document_is_valid_openapi_3_1(document: dict[str, Any]) -> None:
    assert document["openapi"].startswith("3.1")
    assert document["servers"][0]["url"] == "https://dispatch-tickets-api.onrender.com/v1"
    validate(document)


@pytest.mark.parametrize("pair", EXPECTED)
def test_document_has_every_endpoint_of_the_facts_sheet(document: dict[str, Any], pair: str) -> None:
    method, path = pair.split(" ")
    assert method.lower() in document["paths"].get(path, {}), f"{pair} is missing"


def test_document_has_exactly_the_74_endpoints(document: dict[str, Any]) -> None:
    found = {f"{method} {path}" for method, path, _ in operations(document)}
    assert found == set(EXPECTED)
    assert len(found) == 74


def test_every_operation_is_named_tagged_secured_and_exemplified(document: dict[str, Any]) -> None:
    ids = [op["operationId"] for _, _, op in operations(document)]
    assert len(ids) == len(set(ids))
    for method, path, op in operations(document):
        where = f"{method} {path}"
        assert len(op["tags"]) == 1, where
        assert "security" in op, where  # a top-level security is ignored by the generator
        expected_scheme = (
            []
            if path == "/portal/verify"
            else ["PortalTokenAuth" if path.startswith("/portal") else "ApiKeyAuth"]
        )
        assert [name for requirement in op["security"] for name in requirement] == expected_scheme, where
        for status, response in op["responses"].items():
            if "$ref" in response:
                continue
            for media in response.get("content", {}).values():
                assert "example" in media or "examples" in media, f"{where} {status} has no example"
        body = op.get("requestBody", {}).get("content", {}).get("application/json")
        if body is not None:
            assert "example" in body, f"{where} request body has no example"


def test_idempotency_key_on_creating_posts(document: dict[str, Any]) -> None:
    creating = {"create_ticket", "create_comment", "create_portal_ticket", "create_portal_comment"}
    for _, _, op in operations(document):
        names = {p.get("name") or p.get("$ref", "").rsplit("/", 1)[-1] for p in op.get("parameters", [])}
        has_key = "X-Idempotency-Key" in names or "IdempotencyKey" in names
        assert has_key == (op["operationId"] in creating), op["operationId"]


def test_webhooks_section_documents_the_three_typed_deliveries(document: dict[str, Any]) -> None:
    hooks = document["webhooks"]
    assert len(hooks) >= 3
    for hook in hooks.values():
        headers = [p["name"] for p in hook["post"]["parameters"] if p["in"] == "header"]
        assert "X-Dispatch-Signature" in headers


def test_generated_code_matches_the_document() -> None:
    """scripts/generate --check: the committed generated/ is exactly what the pinned tools produce."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
