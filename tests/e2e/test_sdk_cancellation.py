"""Cancelling an awaiting task cancels the request cleanly: no leaked connection, the client still works."""

from __future__ import annotations

import asyncio

import pytest

from dispatch import AsyncDispatchTickets
from dispatch.testing.pytest_plugin import EmulatorSession

pytestmark = pytest.mark.e2e


def _pool_connections(client: AsyncDispatchTickets) -> list[object]:
    inner = client._transport.inner  # the real httpx.AsyncHTTPTransport under the SDK's transport
    return list(inner._pool.connections)  # type: ignore[attr-defined]


async def test_cancelled_request_leaves_no_busy_connection(dispatch_emulator: EmulatorSession) -> None:
    async with dispatch_emulator.async_client(max_retries=0) as client:
        brand = await client.brands.create(name="Cancel", slug="cancel-e2e")
        dispatch_emulator.add_fault("hang", operation="list_tickets", delay=5)
        task = asyncio.create_task(client.tickets.list_page(brand.id))
        # until the server holds the request (the fault counter lives in the emulator's thread: poll it)
        async with asyncio.timeout(5):  # a poll with a deadline: the server never holding it fails here
            while not any(fault.hits for fault in dispatch_emulator.emulator.faults.list()):  # noqa: ASYNC110
                await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        # the connection that carried it was closed, not handed back busy to the pool
        assert all(connection.is_idle() or connection.is_closed() for connection in _pool_connections(client))  # type: ignore[attr-defined]
        # The client is still usable afterwards, on a healthy connection.
        page = await client.tickets.list_page(brand.id)
        assert page.data == []
