"""The engine switch of the suite really switches: clients made without an engine run on the one under test."""

from __future__ import annotations

from dispatch import AsyncDispatchTickets, DispatchTickets
from tests._engine import NAME, httpx


def test_clients_without_an_engine_use_the_engine_under_test() -> None:
    with DispatchTickets("sk_test_x") as client:
        assert client.engine == NAME
        assert type(client._http).__module__.partition(".")[0] == NAME
    assert AsyncDispatchTickets("sk_test_x").engine == NAME
    assert httpx.__name__ == NAME
