"""dispatch.export edge cases: exactly-once across odd resumes, timestamps in any ISO form, cleanup, decoding."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dispatch import AsyncDispatchTickets, DispatchTickets, DispatchTicketsError
from dispatch.export import (
    CallbackSink,
    CheckpointError,
    CsvSink,
    JsonlSink,
    async_export_tickets,
    export_tickets,
    sync_tickets,
)
from tests._engine import httpx


def page_body(tickets: list[dict[str, Any]], cursor: str | None = None) -> dict[str, Any]:
    pagination = {"cursor": cursor, "hasMore": True} if cursor else {"hasMore": False}
    return {"data": tickets, "pagination": pagination}


class Service:
    """The list endpoint over a MockTransport: ``pages`` (a list of bodies), walked by cursor = page index."""

    def __init__(self, pages: list[dict[str, Any]] | None = None) -> None:
        self.pages = pages or [page_body([])]
        self.requests: list[httpx.Request] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=self.pages[int(request.url.params.get("cursor", "0"))])

    def client(self) -> DispatchTickets:
        return DispatchTickets(
            api_key="sk_test_unit",
            base_url="https://api.test/v1",
            transport=httpx.MockTransport(self.handler),
        )


def numbered(count: int, per_page: int) -> list[dict[str, Any]]:
    tickets = [
        {"id": f"tkt_{n}", "title": f"T{n}", "updatedAt": "2024-01-01T00:00:00Z"} for n in range(count)
    ]
    chunks = [tickets[i : i + per_page] for i in range(0, count, per_page)] or [[]]
    return [page_body(chunk, str(i + 1) if i + 1 < len(chunks) else None) for i, chunk in enumerate(chunks)]


# --- exactly once: a checkpoint must match the output it describes ------------------------------------


def interrupted_export(
    tmp_path: Path, sink_type: type[JsonlSink] | type[CsvSink] = JsonlSink
) -> tuple[Path, Path]:
    out, checkpoint = tmp_path / f"t{'.csv' if sink_type is CsvSink else '.jsonl'}", tmp_path / "ckpt"
    service = Service(numbered(6, 2))
    seen = 0

    def stop_after_two_pages(progress: Any) -> None:
        nonlocal seen
        seen += 1
        if seen == 2:
            raise KeyboardInterrupt

    with sink_type(out) as sink, pytest.raises(KeyboardInterrupt):
        export_tickets(
            service.client(), "br_1", sink, checkpoint=checkpoint, on_progress=stop_after_two_pages
        )
    return out, checkpoint


def test_an_output_file_replaced_by_a_longer_one_is_refused_not_truncated(tmp_path: Path) -> None:
    out, checkpoint = interrupted_export(tmp_path)
    foreign = b'{"id":"someone else\'s data"}\n' * 50
    out.write_bytes(foreign)
    with JsonlSink(out) as sink, pytest.raises(CheckpointError, match="does not match"):
        export_tickets(Service(numbered(6, 2)).client(), "br_1", sink, checkpoint=checkpoint)
    assert out.read_bytes() == foreign  # nothing of it lost


def test_a_checkpoint_of_a_jsonl_export_is_refused_for_a_csv_file(tmp_path: Path) -> None:
    out, checkpoint = interrupted_export(tmp_path)
    csv_out = tmp_path / "t.csv"
    csv_out.write_bytes(b"x" * (out.stat().st_size + 100))
    with CsvSink(csv_out) as sink, pytest.raises(CheckpointError):
        export_tickets(Service(numbered(6, 2)).client(), "br_1", sink, checkpoint=checkpoint)


def test_the_same_output_resumes_exactly_once(tmp_path: Path) -> None:
    out, checkpoint = interrupted_export(tmp_path)
    with JsonlSink(out) as sink:
        result = export_tickets(Service(numbered(6, 2)).client(), "br_1", sink, checkpoint=checkpoint)
    assert result.resumed
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == [f"tkt_{n}" for n in range(6)]


def test_a_checkpoint_written_without_comments_is_refused_with_comments(tmp_path: Path) -> None:
    out, checkpoint = interrupted_export(tmp_path)
    with JsonlSink(out) as sink, pytest.raises(CheckpointError, match="comments"):
        export_tickets(
            Service(numbered(6, 2)).client(), "br_1", sink, checkpoint=checkpoint, with_comments=True
        )


def test_an_older_checkpoint_whose_position_is_a_bare_size_still_resumes(tmp_path: Path) -> None:
    out, checkpoint = interrupted_export(tmp_path)
    state = json.loads(checkpoint.read_text())
    state["position"] = state["position"]["size"]  # what checkpoints held before the fingerprint
    checkpoint.write_text(json.dumps(state))
    with JsonlSink(out) as sink:
        export_tickets(Service(numbered(6, 2)).client(), "br_1", sink, checkpoint=checkpoint)
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == [f"tkt_{n}" for n in range(6)]


# --- incremental sync: one (id, updatedAt) version, whatever ISO form the instant is written in ---------


def sync_once(tmp_path: Path, tickets: list[dict[str, Any]]) -> int:
    with JsonlSink(tmp_path / "c.jsonl") as sink:
        return sync_tickets(
            Service([page_body(tickets)]).client(), "br_1", sink, state=tmp_path / "s"
        ).written


@pytest.mark.parametrize(
    "same_instant",
    ["2024-05-01T10:00:00.000Z", "2024-05-01T12:00:00+02:00", "2024-05-01T10:00:00.000000+00:00"],
)
def test_the_same_version_in_another_iso_form_is_not_written_again(tmp_path: Path, same_instant: str) -> None:
    assert sync_once(tmp_path, [{"id": "tkt_1", "updatedAt": "2024-05-01T10:00:00Z"}]) == 1
    assert sync_once(tmp_path, [{"id": "tkt_1", "updatedAt": same_instant}]) == 0
    assert len((tmp_path / "c.jsonl").read_text().splitlines()) == 1


def test_timestamps_without_an_offset_are_utc_not_a_type_error(tmp_path: Path) -> None:
    assert sync_once(tmp_path, [{"id": "tkt_1", "updatedAt": "2024-05-01T10:00:00Z"}]) == 1
    newer = [
        {"id": "tkt_1", "updatedAt": "2024-05-01T11:00:00"},
        {"id": "tkt_0", "updatedAt": "2024-04-01T00:00:00"},
    ]
    assert sync_once(tmp_path, newer) == 1


def test_an_unparseable_updated_at_is_written_not_a_crash(tmp_path: Path) -> None:
    assert sync_once(tmp_path, [{"id": "tkt_1", "updatedAt": "2024-05-01T10:00:00Z"}]) == 1
    assert (
        sync_once(
            tmp_path,
            [{"id": "tkt_2", "updatedAt": "yesterday"}, {"id": "tkt_1", "updatedAt": "2024-05-01T10:00:00Z"}],
        )
        == 1
    )


def test_equal_updated_at_at_the_overlap_boundary_is_written_once(tmp_path: Path) -> None:
    first = [
        {"id": "tkt_b", "updatedAt": "2024-05-01T10:05:00Z"},
        {"id": "tkt_a", "updatedAt": "2024-05-01T10:00:00Z"},
    ]
    assert sync_once(tmp_path, first) == 2
    # tkt_c shares tkt_a's instant (exactly watermark - overlap) and was committed after the first run read
    second = [*first[:1], {"id": "tkt_c", "updatedAt": "2024-05-01T10:00:00Z"}, first[1]]
    assert sync_once(tmp_path, second) == 1
    assert sync_once(tmp_path, second) == 0


# --- cleanup: no task left running after a failed async export --------------------------------------


def test_a_failed_async_export_leaves_no_prefetch_task_running() -> None:
    pages = numbered(8, 1)

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=pages[int(request.url.params.get("cursor", "0"))])

    def failing(record: dict[str, Any]) -> None:
        raise RuntimeError("disk full")

    async def run() -> list[asyncio.Task[Any]]:
        client = AsyncDispatchTickets(
            api_key="sk_test_unit", base_url="https://api.test/v1", transport=httpx.MockTransport(handler)
        )
        with pytest.raises(RuntimeError, match="disk full"):
            await async_export_tickets(client, "br_1", CallbackSink(failing), checkpoint=None)
        left = [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()]
        await client.aclose()
        return left

    assert asyncio.run(run()) == []


# --- page decoding: as json.loads, or the SDK's error ---------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
tickets_strategy = st.lists(st.dictionaries(st.text(max_size=6), json_values, max_size=4), max_size=4)
layouts = st.sampled_from(
    [
        {"separators": (",", ":")},
        {"indent": 2},
        {"indent": "\t"},
        {"separators": (" , ", " : ")},
        {"ensure_ascii": False},
    ]
)


def decode(content: bytes) -> list[dict[str, Any]]:
    from dispatch._export import page_of_response as _page_of_response

    return _page_of_response(200, {}, content).tickets


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    tickets=tickets_strategy,
    extra=st.dictionaries(
        st.text(max_size=5).filter(lambda k: k not in ("data", "pagination")), json_values, max_size=2
    ),
    has_more=st.booleans(),
    layout=layouts,
    order=st.permutations(["data", "pagination", "extra"]),
)
def test_any_page_decodes_like_json_loads(
    tickets: list[dict[str, Any]],
    extra: dict[str, Any],
    has_more: bool,
    layout: dict[str, Any],
    order: list[str],
) -> None:
    parts = {
        "data": {"data": tickets},
        "pagination": {"pagination": {"hasMore": has_more, "cursor": "c"}},
        "extra": extra,
    }
    body: dict[str, Any] = {}
    for name in order:
        body.update(parts[name])
    text = "  " + json.dumps(body, **layout) + "\n"
    assert decode(text.encode()) == json.loads(text)["data"]


@pytest.mark.parametrize(
    "content",
    [
        b'{"data":[{"id":"a"}],"pagination":{"hasMore":false}} trailing',
        b'{"data":[{"id":"a"}],"pagination":{"hasMore":false}}{}',
        b'{"data":[{"id":"a"}],"pagination":{"hasMore":false},1:2}',
        b'{"data":[{"id":"a"}],"pagination":{"hasMore":false},}',
        b'{"data":[{"id":"a"},],"pagination":{"hasMore":false}}',
        b'{"data":[],}',
    ],
)
def test_invalid_json_is_the_sdks_error(content: bytes) -> None:
    with pytest.raises(ValueError):
        json.loads(content)
    with pytest.raises(DispatchTicketsError, match="not a page of tickets"):
        decode(content)


def test_a_repeated_key_decodes_as_json_loads_does() -> None:
    content = b'{"data":[{"id":"old"}],"pagination":{"hasMore":false},"data":[{"id":"new"}]}'
    assert decode(content) == json.loads(content)["data"] == [{"id": "new"}]


def test_has_more_without_a_cursor_is_the_sdks_error_not_a_silent_restart(tmp_path: Path) -> None:
    # a page saying "more" with no cursor to get it used to end the run incomplete with a null cursor, so
    # the re-run started over from the first page and wrote every ticket a second time
    pages = [{"data": [{"id": "tkt_0"}], "pagination": {"hasMore": True}}]
    out, checkpoint = tmp_path / "t.jsonl", tmp_path / "ckpt"
    for _ in range(2):
        with JsonlSink(out) as sink, pytest.raises(DispatchTicketsError, match="not a page of tickets"):
            export_tickets(Service(pages).client(), "br_1", sink, checkpoint=checkpoint)
    assert out.read_text() == ""


@pytest.mark.parametrize("sink_type", [JsonlSink, CsvSink])
def test_a_lone_surrogate_escape_the_service_sent_is_written_not_a_crash(
    tmp_path: Path, sink_type: type[JsonlSink] | type[CsvSink]
) -> None:
    # JSON allows "\ud800" (JavaScript's JSON.stringify writes it for a lone surrogate); multi-line ticket
    # text makes the sink encode the record itself, where UTF-8 cannot hold a lone surrogate
    body = b'{"data": [\n{"id": "tkt_1",\n "title": "a\\ud800b"}], "pagination": {"hasMore": false}}'
    service = Service()
    service.handler = lambda request: httpx.Response(200, content=body)  # type: ignore[method-assign]
    out = tmp_path / ("t.csv" if sink_type is CsvSink else "t.jsonl")
    with sink_type(out) as sink:
        assert export_tickets(service.client(), "br_1", sink, checkpoint=tmp_path / "c").written == 1
    text = out.read_bytes().decode("utf-8")  # valid UTF-8
    if sink_type is JsonlSink:
        assert json.loads(text) == {"id": "tkt_1", "title": "a\ud800b"}
    else:
        assert "tkt_1" in text


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    tickets=tickets_strategy,
    has_more=st.booleans(),
    layout=layouts,
    position=st.integers(min_value=0),
    insert=st.sampled_from([" ", "\n", ",", "}", "]", "{", "[", ":", '"', "1", "x", '"data":[]', "\\"]),
    delete=st.booleans(),
)
def test_any_text_near_a_page_decodes_like_json_loads_or_is_the_sdks_error(
    tickets: list[dict[str, Any]],
    has_more: bool,
    layout: dict[str, Any],
    position: int,
    insert: str,
    delete: bool,
) -> None:
    text = json.dumps({"data": tickets, "pagination": {"hasMore": has_more, "cursor": "c"}}, **layout)
    at = position % (len(text) + 1)
    text = text[:at] + ("" if delete else insert) + text[at + (1 if delete else 0) :]
    try:
        expected = json.loads(text)
        page = (
            isinstance(expected, dict)
            and isinstance(expected.get("data"), list)
            and all(isinstance(t, dict) for t in expected["data"])
            and isinstance(expected.get("pagination"), dict)
            and isinstance(expected["pagination"].get("hasMore"), bool)
            and (not expected["pagination"]["hasMore"] or bool(expected["pagination"].get("cursor")))
        )
    except ValueError:
        page = False
    if page:
        assert decode(text.encode()) == expected["data"]
    else:
        with pytest.raises(DispatchTicketsError, match="not a page of tickets"):
            decode(text.encode())


def test_a_page_without_data_is_not_an_empty_page() -> None:
    with pytest.raises(DispatchTicketsError, match="not a page of tickets"):
        decode(b'{"tickets":[{"id":"a"}],"pagination":{"hasMore":false}}')


@pytest.mark.parametrize("kind", ["export", "sync"])
def test_a_fresh_run_records_its_start_before_the_first_request(tmp_path: Path, kind: str) -> None:
    # killed (kill -9) before its first checkpoint, a run must still be resumable: the file it started has a
    # checkpoint from the start, so a re-run (and the CLI's "is this file ours?" check) recognises it
    progress = tmp_path / "progress"
    existed: list[bool] = []
    service = Service(numbered(2, 1))
    answer = service.handler

    def handler(request: httpx.Request) -> httpx.Response:
        existed.append(progress.exists())
        return answer(request)

    service.handler = handler  # type: ignore[method-assign]
    with JsonlSink(tmp_path / "t.jsonl") as sink:
        if kind == "export":
            export_tickets(service.client(), "br_1", sink, checkpoint=progress, checkpoint_interval=3600)
        else:
            sync_tickets(service.client(), "br_1", sink, state=progress)
    assert existed[0] is True
