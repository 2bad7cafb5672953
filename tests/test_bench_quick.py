"""The benchmark's own pieces, in-process and fast: the fixed-response server answers what the API would
(pages that chain to the announced total, an upload counted byte for byte) and the report judges bounds.

The benchmark itself runs in scripts/test (``scripts/bench --quick``); this keeps its server honest, so a
figure in the README is never measured against a server that answers something else.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import httpx

from dispatch import AsyncDispatchTickets

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


bench_server = _load("bench_server")
bench = _load("bench")


def _client() -> AsyncDispatchTickets:
    bench_server.STATE.reset()
    transport = httpx.ASGITransport(app=bench_server.app)
    return AsyncDispatchTickets(api_key="sk_test_bench", base_url="http://bench.test/v1", transport=transport)


async def test_the_ticket_is_the_documents_example() -> None:
    ticket = await _client().tickets.get("br_8f2k1", "tkt_01HF8Z3Q4R5S6T7V8W9X0Y1Z2A")
    assert ticket.ticket_number == 1042
    # the nested parts are parsed too
    assert ticket.customer is not None
    assert ticket.tags
    assert ticket.links


async def test_a_listing_holds_the_total_in_its_brand_id_in_pages_of_100() -> None:
    client = _client()
    pages = [page async for page in client.tickets.list("br_n250", limit=100).pages()]
    assert [len(page.data) for page in pages] == [100, 100, 50]
    assert len({ticket.id for page in pages for ticket in page.data}) == 100  # 100 distinct tickets a page
    assert bench_server.STATE.requests == 3


async def test_an_upload_is_counted_and_confirmed_with_its_size() -> None:
    client = _client()
    attachment = await client.attachments.upload("br_1", "tkt_1", b"x" * 300_000, "report.pdf")
    assert attachment.size == 300_000
    assert bench_server.STATE.bytes_received >= 300_000


def test_the_report_judges_each_bound_and_the_table_shows_it() -> None:
    report = bench.Report()
    report.add("a", "fast", facade=1.1e-3, baseline=1e-3, unit="s", value=1.1, kind="ratio", bound=1.15)
    report.add("b", "slow", facade=2e-3, baseline=1e-3, unit="s", value=2.0, kind="ratio", bound=1.5)
    report.add("c", "info", facade=3.0, baseline=1.0, unit="MiB", value=2.0, kind="delta", bound=None)
    assert [row["key"] for row in report.failures()] == ["b"]
    text = bench.table(report)
    assert " ok |" in text
    assert " FAIL |" in text
    assert "+2.0 MiB" in text
    assert "FAIL" not in bench.table(report, verdicts=False)
    json.dumps(report.rows)  # every figure is JSON-serialisable for bench-results.json


def test_the_emulator_rows_are_absolute_figures_against_the_issues_bounds() -> None:
    bench_emulator = _load("bench_emulator")
    assert bench_emulator.BOUNDS == {
        "get_ms": 1.0,
        "create_ms": 2.0,
        "fixture_ms": 3.0,
        "list_s": 3.0,
        "rss_mb": 200.0,
    }
    assert bench_emulator.SIZES["list_total"][0] == 20_000
    assert bench_emulator.SIZES["rss_total"][0] == 100_000
    report = bench.Report()
    report.add(
        "emulator_get", "GET", facade=5e-4, baseline=None, unit="s", value=5e-4, kind="absolute", bound=1e-3
    )
    report.add(
        "emulator_rss",
        "RSS",
        facade=250.0,
        baseline=None,
        unit="MiB",
        value=250.0,
        kind="absolute",
        bound=200.0,
    )
    assert [row["key"] for row in report.failures()] == ["emulator_rss"]
    text = bench.table(report)
    assert "0.500 ms" in text
    assert "<= 1.000 ms" in text
    assert "250.0 MiB" in text
    assert "<= 200.0 MiB" in text


def test_ratios_pair_the_interleaved_rounds() -> None:
    # The SDK is 10% slower in two pairs of three; one SDK round hit a burst of load, and the whole machine
    # was three times slower for the last pair: the ratio of medians says 3.3x, the paired ratio 1.1x.
    facade, raw = [1.1, 3.3, 3.3], [1.0, 1.0, 3.0]
    assert bench._median(facade) / bench._median(raw) == 3.3
    assert bench._paired_ratio(facade, raw) == 1.1


def test_the_ratio_interval_brackets_the_ratio_and_is_repeatable() -> None:
    facade, raw = [1.1, 1.3, 1.0, 1.2, 1.5, 1.1], [1.0, 1.0, 1.0, 1.0, 1.0, 1.0]
    low, high = bench._paired_ratio_interval(facade, raw)
    assert low <= bench._paired_ratio(facade, raw) <= high
    assert (low, high) == bench._paired_ratio_interval(facade, raw)
    assert bench._paired_ratio_interval([1.1] * 5, [1.0] * 5) == (1.1 / 1.0, 1.1 / 1.0)


def test_a_construction_time_row_is_judged_against_its_absolute_bound() -> None:
    report = bench.Report()
    report.add(
        "construct",
        "construct",
        facade=1.5e-4,
        baseline=0.018,
        unit="s",
        value=1.5e-4,
        kind="time",
        bound=0.002,
    )
    report.add(
        "slow", "slow construct", facade=0.02, baseline=0.018, unit="s", value=0.02, kind="time", bound=0.002
    )
    assert [row["key"] for row in report.failures()] == ["slow"]
    text = bench.table(report)
    assert "0.150 ms" in text
    assert "<= 2.000 ms" in text


def test_the_construction_child_measures_both_sides() -> None:
    data = bench.child_construct({"base_url": "http://bench.test/v1", "rounds": 2, "per_round": 2})
    assert len(data["wall"]["facade"]) == len(data["wall"]["raw"]) == 2
    assert all(seconds > 0 for seconds in data["wall"]["facade"] + data["wall"]["raw"])
