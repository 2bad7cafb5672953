"""Exports and incremental syncs against the emulator: every ticket exactly once, whatever interrupts them."""

from __future__ import annotations

import asyncio
import csv
import datetime
import json
from pathlib import Path
from typing import Any

import pytest

from dispatch import DispatchTickets, ServerError
from dispatch.export import (
    CallbackSink,
    CheckpointError,
    CsvSink,
    ExportProgress,
    JsonlSink,
    async_export_tickets,
    async_sync_tickets,
    export_tickets,
    sync_tickets,
)
from dispatch.testing.pytest_plugin import EmulatorSession

pytestmark = pytest.mark.e2e


class Crash(Exception):
    """Stands for anything that stops a run: an exception, Ctrl-C, the process killed."""


class CrashingSink(JsonlSink):
    """A JSONL sink that raises after ``after`` writes (mid-page or on a page boundary)."""

    def __init__(self, path: Path, after: int, exc: type[BaseException] = Crash) -> None:
        super().__init__(path)
        self.left = after
        self.exc = exc

    def write(self, record: dict[str, Any]) -> None:
        if self.left == 0:
            raise self.exc("interrupted")
        self.left -= 1
        super().write(record)


def seed(client: DispatchTickets, count: int, slug: str = "acme") -> str:
    brand = client.brands.create(name=slug.title(), slug=slug)
    for index in range(count):
        client.tickets.create(brand.id, title=f"Ticket {index}")
    return brand.id


def all_ids(client: DispatchTickets, brand_id: str) -> list[str]:
    return [t.id for t in client.tickets.list(brand_id, sort="createdAt", order="asc", limit=100)]


def ids_in(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text().splitlines()]


@pytest.fixture
def client(dispatch_emulator: EmulatorSession) -> DispatchTickets:
    return dispatch_emulator.client(max_retries=0)


def test_full_export_writes_every_ticket_once_oldest_first(client: DispatchTickets, tmp_path: Path) -> None:
    brand_id = seed(client, 25)
    seen: list[ExportProgress] = []
    out = tmp_path / "t.jsonl"
    with JsonlSink(out) as sink:
        result = export_tickets(
            client, brand_id, sink, checkpoint=tmp_path / "cp", page_size=10, on_progress=seen.append
        )
    assert ids_in(out) == all_ids(client, brand_id)
    assert (result.written, result.total_written, result.pages, result.complete) == (25, 25, 3, True)
    assert [p.total_written for p in seen] == [10, 20, 25]
    # the records are the service's JSON objects, as sent
    first = json.loads(out.read_text().splitlines()[0])
    assert first["title"] == "Ticket 0"
    assert "createdAt" in first


def test_a_completed_export_run_again_writes_nothing(client: DispatchTickets, tmp_path: Path) -> None:
    brand_id = seed(client, 3)
    out = tmp_path / "t.jsonl"
    for _ in range(2):
        with JsonlSink(out) as sink:
            result = export_tickets(client, brand_id, sink, checkpoint=tmp_path / "cp")
    assert ids_in(out) == all_ids(client, brand_id)
    assert (result.written, result.resumed, result.complete) == (0, True, True)


@pytest.mark.parametrize("crash_after", [0, 1, 7, 10, 11, 19, 20, 29])
@pytest.mark.parametrize("interval", [0.0, 3600.0])  # a checkpoint every page / only at the end
def test_an_interrupted_export_resumes_exactly_once(
    client: DispatchTickets, tmp_path: Path, crash_after: int, interval: float
) -> None:
    brand_id = seed(client, 30)
    out, checkpoint = tmp_path / "t.jsonl", tmp_path / "cp"
    with CrashingSink(out, crash_after) as sink, pytest.raises(Crash):
        export_tickets(
            client, brand_id, sink, checkpoint=checkpoint, page_size=10, checkpoint_interval=interval
        )
    client.tickets.create(brand_id, title="Created between the runs")
    with JsonlSink(out) as sink:
        result = export_tickets(client, brand_id, sink, checkpoint=checkpoint, page_size=10)
    assert ids_in(out) == all_ids(client, brand_id)  # 31: none missing, none twice, in order
    assert result.total_written == 31


def test_ctrl_c_is_an_interruption_like_any_other(client: DispatchTickets, tmp_path: Path) -> None:
    brand_id = seed(client, 12)
    out, checkpoint = tmp_path / "t.jsonl", tmp_path / "cp"
    with CrashingSink(out, 5, KeyboardInterrupt) as sink, pytest.raises(KeyboardInterrupt):
        export_tickets(client, brand_id, sink, checkpoint=checkpoint, page_size=4, checkpoint_interval=0)
    with JsonlSink(out) as sink:
        assert export_tickets(client, brand_id, sink, checkpoint=checkpoint, page_size=4).resumed
    assert ids_in(out) == all_ids(client, brand_id)


def test_a_failing_page_keeps_the_checkpoint_and_the_rerun_completes(
    client: DispatchTickets, dispatch_emulator: EmulatorSession, tmp_path: Path
) -> None:
    brand_id = seed(client, 9)
    out, checkpoint = tmp_path / "t.jsonl", tmp_path / "cp"

    class FailingAfterFirstPage(JsonlSink):
        def write(self, record: dict[str, Any]) -> None:
            if not dispatch_emulator.emulator.faults.list():  # the service fails from the next page on
                dispatch_emulator.add_fault("status", status=500, operation="list_tickets", times=None)
            super().write(record)

    with FailingAfterFirstPage(out) as sink, pytest.raises(ServerError):
        export_tickets(
            client, brand_id, sink, checkpoint=checkpoint, page_size=3, prefetch=0, checkpoint_interval=0
        )
    assert len(ids_in(out)) == 3
    dispatch_emulator.emulator.faults.clear()
    with JsonlSink(out) as sink:
        export_tickets(client, brand_id, sink, checkpoint=checkpoint, page_size=3)
    assert ids_in(out) == all_ids(client, brand_id)


def test_with_comments_and_attachments(client: DispatchTickets, tmp_path: Path) -> None:
    brand_id = seed(client, 2)
    first = all_ids(client, brand_id)[0]
    client.comments.create(brand_id, first, body="A reply", author_type="AGENT")
    out = tmp_path / "t.jsonl"
    with JsonlSink(out) as sink:
        export_tickets(client, brand_id, sink, checkpoint=None, with_comments=True, with_attachments=True)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [c["body"] for c in records[0]["comments"]] == ["A reply"]
    assert records[1]["comments"] == []
    assert records[0]["attachments"] == []


def test_csv_export_has_a_header_and_a_row_per_ticket(client: DispatchTickets, tmp_path: Path) -> None:
    brand_id = seed(client, 5)
    out = tmp_path / "t.csv"
    with CsvSink(out) as sink:
        export_tickets(client, brand_id, sink, checkpoint=tmp_path / "cp", page_size=2)
    rows = list(csv.DictReader(out.open()))
    assert [row["id"] for row in rows] == all_ids(client, brand_id)
    assert rows[0]["title"] == "Ticket 0"


def test_an_interrupted_csv_export_keeps_one_header(client: DispatchTickets, tmp_path: Path) -> None:
    brand_id = seed(client, 6)
    out, checkpoint = tmp_path / "t.csv", tmp_path / "cp"

    class CrashingCsv(CsvSink):
        left = 1

        def write(self, record: dict[str, Any]) -> None:
            if self.left == 0:
                raise Crash
            self.left -= 1
            super().write(record)

    with CrashingCsv(out) as sink, pytest.raises(Crash):
        export_tickets(client, brand_id, sink, checkpoint=checkpoint, page_size=2, checkpoint_interval=3600)
    with CsvSink(out) as sink:
        export_tickets(client, brand_id, sink, checkpoint=checkpoint, page_size=2)
    lines = out.read_text().splitlines()
    assert lines[0].startswith("id,ticketNumber,title")
    assert [row["id"] for row in csv.DictReader(out.open())] == all_ids(client, brand_id)


def test_a_checkpoint_of_another_brand_is_refused(client: DispatchTickets, tmp_path: Path) -> None:
    one, other = seed(client, 1, "one"), seed(client, 1, "other")
    with JsonlSink(tmp_path / "t.jsonl") as sink:
        export_tickets(client, one, sink, checkpoint=tmp_path / "cp")
        with pytest.raises(CheckpointError, match="belongs to brand"):
            export_tickets(client, other, sink, checkpoint=tmp_path / "cp")


def test_a_callback_sink_gets_every_ticket(client: DispatchTickets) -> None:
    brand_id = seed(client, 4)
    got: list[str] = []
    export_tickets(client, brand_id, CallbackSink(lambda t: got.append(t["id"])), checkpoint=None)
    assert got == all_ids(client, brand_id)


def test_async_export_matches_the_sync_one(dispatch_emulator: EmulatorSession, tmp_path: Path) -> None:
    client = dispatch_emulator.client(max_retries=0)
    brand_id = seed(client, 14)
    out, checkpoint = tmp_path / "t.jsonl", tmp_path / "cp"

    async def run(sink: JsonlSink) -> None:
        async with dispatch_emulator.async_client(max_retries=0) as aclient:
            await async_export_tickets(
                aclient, brand_id, sink, checkpoint=checkpoint, page_size=5, checkpoint_interval=0
            )

    with CrashingSink(out, 7) as sink, pytest.raises(Crash):
        asyncio.run(run(sink))
    with JsonlSink(out) as sink:
        asyncio.run(run(sink))
    assert ids_in(out) == all_ids(client, brand_id)


# --------------------------------------------------------------------------------------------------
# Incremental sync
# --------------------------------------------------------------------------------------------------


def versions_in(path: Path) -> list[tuple[str, str]]:
    return [(r["id"], r["updatedAt"]) for r in map(json.loads, path.read_text().splitlines())]


def test_sync_writes_only_what_changed_since_the_last_run(client: DispatchTickets, tmp_path: Path) -> None:
    brand_id = seed(client, 6)
    out, state = tmp_path / "changes.jsonl", tmp_path / "state"
    with JsonlSink(out) as sink:
        first = sync_tickets(client, brand_id, sink, state=state, page_size=2)
    assert (first.written, first.total_written) == (6, 6)
    ids = all_ids(client, brand_id)
    client.tickets.update(brand_id, ids[1], status="pending")
    client.tickets.update(brand_id, ids[4], priority="high")
    created = client.tickets.create(brand_id, title="New")
    with JsonlSink(out) as sink:
        second = sync_tickets(client, brand_id, sink, state=state, page_size=2)
    assert (second.written, second.total_written) == (3, 9)  # the file's count, each ticket counted once
    changed = {i for i, _ in versions_in(out)[6:]}
    assert changed == {ids[1], ids[4], created.id}
    with JsonlSink(out) as sink:
        third = sync_tickets(client, brand_id, sink, state=state, page_size=2)
    assert (third.written, third.total_written) == (0, 9)
    versions = versions_in(out)
    assert len(versions) == len(set(versions)) == 9  # each version of a ticket once


def test_sync_overlap_rereads_recent_tickets_without_writing_them_twice(
    client: DispatchTickets, tmp_path: Path
) -> None:
    brand_id = seed(client, 3)
    out, state = tmp_path / "changes.jsonl", tmp_path / "state"
    pages: list[int] = []
    for _ in range(2):
        with JsonlSink(out) as sink:
            sync_tickets(
                client,
                brand_id,
                sink,
                state=state,
                overlap=datetime.timedelta(days=1),
                page_size=1,
                on_progress=lambda p: pages.append(p.pages),
            )
    assert len(versions_in(out)) == 3
    assert pages[-1] == 3  # the second run read the whole window again, and wrote nothing
    assert json.loads(state.read_text())["watermark"] is not None


def test_an_interrupted_sync_is_redone_from_the_last_completed_run(
    client: DispatchTickets, tmp_path: Path
) -> None:
    brand_id = seed(client, 5)
    out, state = tmp_path / "changes.jsonl", tmp_path / "state"
    with JsonlSink(out) as sink:
        sync_tickets(client, brand_id, sink, state=state)
    for ticket_id in all_ids(client, brand_id)[:3]:
        client.tickets.update(brand_id, ticket_id, status="pending")
    with CrashingSink(out, 2) as sink, pytest.raises(Crash):
        sync_tickets(client, brand_id, sink, state=state, page_size=1)
    with JsonlSink(out) as sink:
        assert sync_tickets(client, brand_id, sink, state=state).written == 3
    versions = versions_in(out)
    assert len(versions) == len(set(versions)) == 8


def test_async_sync(dispatch_emulator: EmulatorSession, tmp_path: Path) -> None:
    client = dispatch_emulator.client(max_retries=0)
    brand_id = seed(client, 4)

    async def run() -> tuple[int, int]:
        async with dispatch_emulator.async_client() as aclient:
            with JsonlSink(tmp_path / "c.jsonl") as sink:
                result = await async_sync_tickets(aclient, brand_id, sink, state=tmp_path / "s")
                return result.written, result.total_written

    assert asyncio.run(run()) == (4, 4)
    client.tickets.create(brand_id, title="More")
    assert asyncio.run(run()) == (1, 5)


def test_async_export_and_sync_with_comments_match_the_sync_ones(
    dispatch_emulator: EmulatorSession, tmp_path: Path
) -> None:
    client = dispatch_emulator.client(max_retries=0)
    brand_id = seed(client, 3)
    client.comments.create(brand_id, all_ids(client, brand_id)[1], body="A reply", author_type="AGENT")
    details = {"with_comments": True, "with_attachments": True}
    with JsonlSink(tmp_path / "sync.jsonl") as sink:
        export_tickets(client, brand_id, sink, checkpoint=None, **details)
    with JsonlSink(tmp_path / "sync-feed.jsonl") as sink:
        sync_tickets(client, brand_id, sink, state=tmp_path / "s1", **details)

    async def run() -> None:
        async with dispatch_emulator.async_client(max_retries=0) as aclient:
            with JsonlSink(tmp_path / "async.jsonl") as sink:
                await async_export_tickets(aclient, brand_id, sink, checkpoint=None, **details)
            with JsonlSink(tmp_path / "async-feed.jsonl") as sink:
                await async_sync_tickets(aclient, brand_id, sink, state=tmp_path / "s2", **details)

    asyncio.run(run())

    def records(name: str) -> list[dict[str, Any]]:
        return [json.loads(line) for line in (tmp_path / name).read_text().splitlines()]

    assert records("async.jsonl") == records("sync.jsonl")
    assert [c["body"] for c in records("async.jsonl")[1]["comments"]] == ["A reply"]
    assert records("async-feed.jsonl") == records("sync-feed.jsonl")
    assert len(records("async-feed.jsonl")) == 3
