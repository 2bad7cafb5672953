"""dispatch.export over an httpx.MockTransport: the requests on the wire, prefetching, and page decoding."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest

from dispatch import DispatchTickets, DispatchTicketsError, Hooks, NotFoundError
from dispatch.export import CallbackSink, JsonlSink, export_tickets
from tests._engine import httpx

PAGES = 4


class Pages:
    """Answers the list endpoint with PAGES pages of two tickets; records the requests and when they came."""

    def __init__(self, body: Any = None) -> None:
        self.requests: list[httpx.Request] = []
        self.asked = {index: threading.Event() for index in range(PAGES)}
        self.body = body

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        index = int(request.url.params.get("cursor", "0"))
        self.asked[index].set()
        if self.body is not None:
            return self.body(index)
        more = index + 1 < PAGES
        data = [
            {"id": f"tkt_{index}_{n}", "title": f"T {index}/{n}", "later": {"x": [1, "é"]}} for n in range(2)
        ]
        pagination = {"cursor": str(index + 1), "hasMore": True} if more else {"hasMore": False}
        return httpx.Response(200, json={"data": data, "pagination": pagination})


def client_for(pages: Pages) -> DispatchTickets:
    return DispatchTickets(
        api_key="sk_test_unit", base_url="https://api.test/v1", transport=httpx.MockTransport(pages.handler)
    )


def test_pages_are_asked_for_oldest_first_with_each_cursor(tmp_path: Path) -> None:
    pages = Pages()
    with JsonlSink(tmp_path / "t.jsonl") as sink:
        export_tickets(client_for(pages), "br_1", sink, checkpoint=None, page_size=2)
    assert [r.url.path for r in pages.requests] == ["/v1/brands/br_1/tickets"] * PAGES
    assert [dict(r.url.params) for r in pages.requests] == [
        {"sort": "createdAt", "order": "asc", "limit": "2"},
        *({"sort": "createdAt", "order": "asc", "limit": "2", "cursor": str(i)} for i in range(1, PAGES)),
    ]
    assert pages.requests[0].headers["authorization"] == "Bearer sk_test_unit"
    lines = (tmp_path / "t.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [
        f"tkt_{i}_{n}" for i in range(PAGES) for n in range(2)
    ]
    assert json.loads(lines[0])["later"] == {"x": [1, "é"]}  # a field this SDK does not know, kept


@pytest.mark.parametrize("prefetch", [1, 2])
def test_the_next_page_is_fetched_while_the_current_one_is_written(prefetch: int) -> None:
    pages = Pages()
    overlapped: list[bool] = []

    def slow_writer(record: dict[str, Any]) -> None:
        page, n = map(int, record["id"].split("_")[1:])
        if n == 0 and page + 1 < PAGES:  # first ticket of a page: is the next page already on its way?
            overlapped.append(pages.asked[page + 1].wait(timeout=5))

    export_tickets(client_for(pages), "br_1", CallbackSink(slow_writer), checkpoint=None, prefetch=prefetch)
    assert overlapped == [True] * (PAGES - 1)


def test_without_prefetch_pages_are_fetched_in_turn() -> None:
    pages = Pages()
    ahead: list[bool] = []

    def writer(record: dict[str, Any]) -> None:
        page = int(record["id"].split("_")[1])
        if page + 1 < PAGES:
            ahead.append(pages.asked[page + 1].is_set())

    export_tickets(client_for(pages), "br_1", CallbackSink(writer), checkpoint=None, prefetch=0)
    assert ahead == [False] * ((PAGES - 1) * 2)


def test_an_error_status_in_the_fetching_thread_reaches_the_caller_as_the_sdk_error() -> None:
    base = Pages()

    def body(index: int) -> httpx.Response:
        if index == 2:
            return httpx.Response(404, json={"error": "Brand not found"}, headers={"x-request-id": "req_9"})
        return base.handler(httpx.Request("GET", f"https://api.test/v1/x?cursor={index}"))

    got: list[str] = []
    with pytest.raises(NotFoundError) as caught:
        export_tickets(
            client_for(Pages(body)), "br_1", CallbackSink(lambda r: got.append(r["id"])), checkpoint=None
        )
    assert caught.value.request_id == "req_9"
    assert got == ["tkt_0_0", "tkt_0_1", "tkt_1_0", "tkt_1_1"]


@pytest.mark.parametrize(
    "content",
    [
        b'{"pagination": {"hasMore": false}, "data": [ {"id": "a"} , {"id":"b"}]}',  # keys in another order
        b'{\n  "data": [\n    {\n      "id": "a"\n    },\n    {"id": "b"}\n  ],\n  "pagination": {"hasMore": false}\n}',
        b'{"data":[{"id":"a"},{"id":"b"}],"pagination":{"hasMore":false},"extra":[1,{"y":2}]}',
    ],
)
def test_pages_decode_whatever_the_layout_and_lines_stay_single(content: bytes, tmp_path: Path) -> None:
    pages = Pages(lambda index: httpx.Response(200, content=content))
    with JsonlSink(tmp_path / "t.jsonl") as sink:
        export_tickets(client_for(pages), "br_1", sink, checkpoint=None)
    lines = (tmp_path / "t.jsonl").read_text().splitlines()
    assert [json.loads(line) for line in lines] == [{"id": "a"}, {"id": "b"}]


@pytest.mark.parametrize(
    "content",
    [b"<html>502</html>", b'{"data": "x", "pagination": {"hasMore": false}}', b'{"data": []}', b"[]"],
)
def test_a_body_that_is_not_a_page_is_an_sdk_error(content: bytes) -> None:
    pages = Pages(lambda index: httpx.Response(200, content=content))
    with pytest.raises(DispatchTicketsError, match="not a page of tickets"):
        export_tickets(client_for(pages), "br_1", CallbackSink(lambda r: None), checkpoint=None)


def test_an_empty_brand_id_is_refused_before_any_request() -> None:
    pages = Pages()
    with pytest.raises(ValueError, match="brand_id"):
        export_tickets(client_for(pages), "", CallbackSink(lambda r: None), checkpoint=None)
    assert pages.requests == []


def test_jsonl_lines_are_the_services_own_text(tmp_path: Path) -> None:
    # re-encoding would turn 1e2 into 100.0 and the escaped é into a raw one: the line must be as sent
    page = b'{"data":[{"id":"a","score":1e2,"name":"\\u00e9"},{"id":"b"}],"pagination":{"hasMore":false}}'
    pages = Pages(lambda index: httpx.Response(200, content=page))
    with JsonlSink(tmp_path / "t.jsonl") as sink:
        export_tickets(client_for(pages), "br_1", sink, checkpoint=None)
    assert (tmp_path / "t.jsonl").read_bytes() == b'{"id":"a","score":1e2,"name":"\\u00e9"}\n{"id":"b"}\n'


def test_an_error_page_raises_the_very_error_on_error_received() -> None:
    seen: list[BaseException] = []

    def missing(index: int) -> Any:
        return httpx.Response(404, json={"error": "Brand not found"}, headers={"x-request-id": "req_7"})

    client = DispatchTickets(
        api_key="sk_test_unit",
        base_url="https://api.test/v1",
        transport=httpx.MockTransport(Pages(missing).handler),
        hooks=Hooks(on_error=lambda error, context: seen.append(error)),
    )
    with pytest.raises(NotFoundError) as caught:
        export_tickets(client, "br_1", CallbackSink(lambda r: None), checkpoint=None)
    assert seen == [caught.value]  # one translation, in the transport; the export raises that object
    assert caught.value.response is not None
    assert caught.value.request_id == "req_7"


def test_stopping_does_not_wait_for_a_page_still_being_fetched() -> None:
    """Ctrl-C (or any stop) during an export returns at once, even while the prefetching thread waits on a
    slow page: that thread is told to stop and ends when its request does. Before, the stop waited for it
    (up to 5 s) before the caller even heard of the interruption."""
    from dispatch._export import FetchedPage, prefetched

    release = threading.Event()
    second_asked = threading.Event()

    def fetch(cursor: str | None) -> FetchedPage:
        if cursor is None:
            return FetchedPage([{"id": "tkt_1"}], "c2", True)
        second_asked.set()
        release.wait(30)  # a page that is slow to come
        return FetchedPage([{"id": "tkt_2"}], None, False)

    pages = prefetched(fetch, None, 1)
    assert next(pages).tickets == [{"id": "tkt_1"}]
    assert second_asked.wait(10)
    closed = threading.Event()
    closer = threading.Thread(target=lambda: (pages.close(), closed.set()), daemon=True)
    closer.start()
    try:
        assert closed.wait(2), "closing the pages waited for the page being fetched"
    finally:
        release.set()
        closer.join(10)
