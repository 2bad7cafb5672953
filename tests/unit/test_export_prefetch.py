"""The export fetches the next page while the writer is busy with the current one (bounded, one ahead)."""

from __future__ import annotations

import threading
from types import SimpleNamespace
from typing import Any

import pytest

from dispatch.export import CallbackSink, export_tickets

PAGES = 4


class FakeTickets:
    """``tickets.list_page`` over PAGES pages of two tickets; records which cursors were asked for, and when."""

    def __init__(self) -> None:
        self.requested: list[str | None] = []
        self.asked = {index: threading.Event() for index in range(PAGES)}

    def list_page(self, brand_id: str, *, cursor: str | None, **query: Any) -> Any:
        index = int(cursor or 0)
        self.requested.append(cursor)
        self.asked[index].set()
        data = [SimpleNamespace(_source={"id": f"tkt_{index}_{n}"}) for n in range(2)]
        more = index + 1 < PAGES
        return SimpleNamespace(data=data, has_more=more, next_cursor=str(index + 1) if more else None)


@pytest.mark.parametrize("prefetch", [1, 2])
def test_the_next_page_is_fetched_while_the_current_one_is_written(prefetch: int) -> None:
    tickets = FakeTickets()
    client: Any = SimpleNamespace(tickets=tickets)
    overlapped: list[bool] = []

    def slow_writer(record: dict[str, Any]) -> None:
        if record["id"].endswith("_0"):  # first ticket of a page: is the next page already on its way?
            page = int(record["id"].split("_")[1])
            if page + 1 < PAGES:
                overlapped.append(tickets.asked[page + 1].wait(timeout=5))

    export_tickets(client, "br_1", CallbackSink(slow_writer), checkpoint=None, prefetch=prefetch)
    assert overlapped == [True] * (PAGES - 1)
    assert tickets.requested == [None, "1", "2", "3"]


def test_without_prefetch_pages_are_fetched_in_turn() -> None:
    tickets = FakeTickets()
    client: Any = SimpleNamespace(tickets=tickets)
    ahead: list[bool] = []

    def writer(record: dict[str, Any]) -> None:
        page = int(record["id"].split("_")[1])
        if page + 1 < PAGES:
            ahead.append(tickets.asked[page + 1].is_set())

    export_tickets(client, "br_1", CallbackSink(writer), checkpoint=None, prefetch=0)
    assert ahead == [False] * ((PAGES - 1) * 2)


def test_an_error_in_the_fetching_thread_reaches_the_caller() -> None:
    class Failing(FakeTickets):
        def list_page(self, brand_id: str, *, cursor: str | None, **query: Any) -> Any:
            if cursor == "2":
                raise RuntimeError("page 2 failed")
            return super().list_page(brand_id, cursor=cursor, **query)

    got: list[str] = []
    client: Any = SimpleNamespace(tickets=Failing())
    with pytest.raises(RuntimeError, match="page 2 failed"):
        export_tickets(client, "br_1", CallbackSink(lambda r: got.append(r["id"])), checkpoint=None)
    assert got == ["tkt_0_0", "tkt_0_1", "tkt_1_0", "tkt_1_1"]
