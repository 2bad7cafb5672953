"""Over real HTTP (the emulator): ``client.raw`` copies keep retrying and authenticating, ``with client.raw``
leaves the pool open, and hooks may call the client back while a request is in flight.
"""

from __future__ import annotations

from typing import Any

import pytest

from dispatch import Hooks, ResponseContext, RetryConfig
from dispatch.testing.pytest_plugin import EmulatorSession
from dispatch_tickets_api.api.brands import get_brand
from tests._engine import httpx

pytestmark = pytest.mark.e2e

TINY_DELAYS = RetryConfig(initial_delay=0.001, max_delay=0.005, jitter=0)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_raw_copies_retry_and_authenticate_and_with_raw_keeps_the_pool(
    dispatch_emulator: EmulatorSession, mode: str
) -> None:
    brand = dispatch_emulator.client().brands.create(name="Acme", slug="acme")
    fault = dispatch_emulator.add_fault("status", status=503, method="GET", path="/brands/*")

    if mode == "sync":
        client = dispatch_emulator.client(retry=TINY_DELAYS)
        with client.raw.with_headers({"X-Tenant": "acme"}).with_timeout(httpx.Timeout(5.0)) as raw:
            response = get_brand.sync_detailed(brand.id, client=raw)
        after = client.brands.get(brand.id)  # the pool is still open
    else:
        async with dispatch_emulator.async_client(retry=TINY_DELAYS) as async_client:
            async with async_client.raw.with_headers({"X-Tenant": "acme"}) as raw:
                response = await get_brand.asyncio_detailed(brand.id, client=raw)
            after = await async_client.brands.get(brand.id)

    assert fault.hits == 1  # the copy's first attempt got the 503 and was retried
    assert response.status_code == 200  # authenticated with the real key
    assert after.id == brand.id


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_hook_can_make_a_request_while_one_is_in_flight(
    dispatch_emulator: EmulatorSession, mode: str
) -> None:
    brand = dispatch_emulator.client().brands.create(name="Acme", slug="acme")
    client: Any = None
    looked_up: list[str] = []

    def on_response(ctx: ResponseContext) -> Any:
        if "/tickets" not in ctx.request.url:
            return None
        if mode == "sync":
            looked_up.append(client.brands.get(brand.id).name)
            return None

        async def lookup() -> None:
            looked_up.append((await client.brands.get(brand.id)).name)

        return lookup()

    hooks = Hooks(on_response=on_response)
    if mode == "sync":
        client = dispatch_emulator.client(hooks=hooks)
        ticket = client.tickets.create(brand.id, title="Hello")
    else:
        async with dispatch_emulator.async_client(hooks=hooks) as client:
            ticket = await client.tickets.create(brand.id, title="Hello")
    assert ticket.title == "Hello"
    assert looked_up == ["Acme"]
