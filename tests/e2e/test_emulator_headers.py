"""Every header the emulator sends is in the document, for that operation and status: what a client may
read (``x-request-id``, the rate-limit headers, ``retry-after``, ``x-idempotent-replayed``) is written
down where it can occur, errors included."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from dispatch.testing.pytest_plugin import EmulatorSession
from tests.e2e.conftest import create_brand, create_ticket

pytestmark = pytest.mark.e2e

DOCUMENT = Path(__file__).resolve().parents[2] / "openapi" / "dispatch-tickets.yaml"
# what HTTP itself and the server put on every response, not the API's own headers
TRANSPORT = {"content-type", "content-length", "date", "server", "connection", "transfer-encoding"}


def _documented_headers(document: dict[str, Any], method: str, path: str, status: int) -> set[str]:
    operation = document["paths"][path][method.lower()]
    response = operation["responses"][str(status)]
    if "$ref" in response:
        response = document["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
    return {name.lower() for name in response.get("headers", {})}


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return dict(yaml.safe_load(DOCUMENT.read_text(encoding="utf-8")))


def test_every_header_sent_is_documented(
    api: httpx.Client, dispatch_emulator: EmulatorSession, document: dict[str, Any]
) -> None:
    b = create_brand(api)["id"]
    ticket = create_ticket(api, b)
    tickets, one = "/brands/{brandId}/tickets", "/brands/{brandId}/tickets/{ticketId}"
    seen: list[tuple[str, str, httpx.Response]] = []

    def send(method: str, template: str, url: str, **kwargs: Any) -> None:
        seen.append((method, template, api.request(method, url, **kwargs)))

    idempotent = {"X-Idempotency-Key": "headers-1"}
    send("POST", tickets, f"/brands/{b}/tickets", json={"title": "x"}, headers=idempotent)  # 201
    send("POST", tickets, f"/brands/{b}/tickets", json={"title": "x"}, headers=idempotent)  # replayed
    send("POST", tickets, f"/brands/{b}/tickets", json={"title": "y"}, headers=idempotent)  # 409
    send("GET", tickets, f"/brands/{b}/tickets", params={"limit": "many"})  # 400
    send("GET", tickets, f"/brands/{b}/tickets", params={"limit": 101})  # 422
    send("GET", one, f"/brands/{b}/tickets/tkt_nope")  # 404
    send("DELETE", "/brands/{brandId}/categories/{categoryId}", f"/brands/{b}/categories/cat_nope")  # 404
    category = api.post(f"/brands/{b}/categories", json={"name": "Billing"}).json()
    send(
        "DELETE", "/brands/{brandId}/categories/{categoryId}", f"/brands/{b}/categories/{category['id']}"
    )  # 204
    dispatch_emulator.add_fault("status", status=429, path=f"/brands/{b}/tickets/{ticket['id']}", times=1)
    send("GET", one, f"/brands/{b}/tickets/{ticket['id']}")  # 429
    dispatch_emulator.add_fault("status", status=503, path=f"/brands/{b}/tickets/{ticket['id']}", times=1)
    send("GET", one, f"/brands/{b}/tickets/{ticket['id']}")  # 503
    with httpx.Client(base_url=dispatch_emulator.base_url, trust_env=False) as anonymous:
        seen.append(("GET", tickets, anonymous.get(f"/brands/{b}/tickets")))  # 401

    assert [r.status_code for _, _, r in seen] == [201, 201, 409, 400, 422, 404, 404, 204, 429, 503, 401]
    assert seen[1][2].headers["x-idempotent-replayed"] == "true"
    undocumented = {
        f"{method} {template} -> {response.status_code}: {sorted(extra)}"
        for method, template, response in seen
        if (
            extra := set(response.headers)
            - TRANSPORT
            - _documented_headers(document, method, template, response.status_code)
        )
    }
    assert not undocumented, "\n".join(sorted(undocumented))
