"""What the SDK costs on top of the HTTP call, against raw httpx, in one run (issue: performance budget).

    scripts/bench                 full run (~3-4 minutes), prints a table, writes bench-results.json
    scripts/bench --quick         small N, ~20 s: proves the benchmark still runs (no timing assertions)
    scripts/bench --only sync_get,list_time    some benchmarks only

A fixed-response server (scripts/bench_server.py: uvicorn, one worker, a minimal ASGI app answering the
OpenAPI document's example JSON) runs in its own process on 127.0.0.1. Every benchmark then runs in a
fresh Python process of its own (``bench.py --child NAME``), so none inherits another's heap, imports or
connections. Timed comparisons interleave rounds (facade, raw, raw, facade, ...) inside one process; the
ratio is the median of the per-pair ratios (a pair runs back to back), which a burst of load in a single
round cannot move (the table also shows each side's median). Cold imports alternate the same way,
one fresh process each, after byte-compiling the checkout as ``pip install`` would.

Raw baselines are what a careful caller would write by hand: one keep-alive ``httpx.Client`` /
``httpx.AsyncClient`` (default pool limits, like the SDK's own), the ``Authorization`` header, and
``json.loads`` of the body; the facade additionally builds the typed models, which is part of its cost.

The ``emulator`` section is not a comparison: scripts/bench_emulator.py (a fresh process) measures the
emulator itself in strict mode (dispatch.testing: a GET, a create, a fresh account with its client, a
20,000-ticket listing, the memory of 100,000 tickets) against absolute bounds, with the CPU time per call
beside each wall-time figure in bench-results.json.

Memory figures are peak RSS (``VmHWM`` from /proc/self/status; ``ru_maxrss`` elsewhere) of fresh
processes. The exit status is 0 even when a bound is not met: this is a report, not a test (the quick
run in scripts/test only proves the benchmark runs).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SERVER = ROOT / "scripts" / "bench_server.py"
EMULATOR_BENCH = ROOT / "scripts" / "bench_emulator.py"
DEFAULT_OUTPUT = ROOT / "bench-results.json"
API_KEY = "sk_test_bench_0000000000000000"
BRAND = "br_8f2k1"
TICKET = "tkt_01HF8Z3Q4R5S6T7V8W9X0Y1Z2A"
MB = 1024 * 1024

# Work sizes: (full, quick).
SIZES: dict[str, tuple[Any, Any]] = {
    "sync_rounds": (20, 2),
    "sync_per_round": (100, 20),
    "async_rounds": (10, 2),
    "async_per_round": (200, 50),
    "async_concurrency": (50, 10),
    "list_total": (10_000, 300),
    "list_rounds": (7, 1),
    "list_rss_small": (1_000, 100),
    "list_rss_large": (100_000, 2_000),
    "upload_bytes": (256 * MB, 4 * MB),
    "upload_rounds": (3, 1),
    "import_runs": (10, 2),
    "import_rss_runs": (3, 1),
    "with_options_calls": (10_000, 200),
    "construct_rounds": (20, 2),
    "construct_per_round": (50, 5),
    "export_total": (100_000, 2_000),
    "export_rounds": (3, 1),
    "export_rss_small": (1_000, 100),
    "export_rss_large": (100_000, 2_000),
}

# --------------------------------------------------------------------------------------------------
# Measuring helpers (used in the child processes too)
# --------------------------------------------------------------------------------------------------


def _proc_status_kb(field: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB."""
    kb = _proc_status_kb("VmHWM")
    if kb is None:
        import resource

        maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        kb = maxrss // 1024 if sys.platform == "darwin" else maxrss  # bytes on macOS, KiB on Linux
    return kb / 1024


def current_rss_mb() -> float:
    kb = _proc_status_kb("VmRSS")
    return (kb if kb is not None else 0) / 1024


def open_socket_fds() -> int:
    """How many of this process's file descriptors are sockets (Linux; -1 where /proc is missing)."""
    try:
        names = os.listdir("/proc/self/fd")
    except OSError:
        return -1
    count = 0
    for name in names:
        try:
            if os.readlink(f"/proc/self/fd/{name}").startswith("socket:"):
                count += 1
        except OSError:
            continue
    return count


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _paired_ratio_interval(
    facade: list[float], raw: list[float], resamples: int = 2000
) -> tuple[float, float]:
    """A 90% bootstrap interval of :func:`_paired_ratio`: how far the figure could move on another run.

    Reported in bench-results.json beside each ratio, never used as a verdict. Seeded, so the same rounds
    always give the same interval.
    """
    ratios = [f / r for f, r in zip(facade, raw, strict=True)]
    rng = random.Random(0)
    medians = sorted(statistics.median(rng.choices(ratios, k=len(ratios))) for _ in range(resamples))
    return medians[int(0.05 * resamples)], medians[int(0.95 * resamples) - 1]


def _paired_ratio(facade: list[float], raw: list[float]) -> float:
    """The median of the per-round ratios facade/raw.

    Rounds are interleaved, so the two rounds of a pair ran back to back: a slow drift of the machine's
    speed (a noisy neighbour, frequency scaling) moves both, and a burst that hits one round moves one
    ratio of many, not the median.
    """
    return _median([f / r for f, r in zip(facade, raw, strict=True)])


# --------------------------------------------------------------------------------------------------
# The benchmarks, each run in its own process: bench.py --child NAME --params JSON
# --------------------------------------------------------------------------------------------------


def _raw_client(base_url: str, engine: str = "httpx") -> Any:
    import importlib

    module = importlib.import_module(engine)  # httpx, or httpx2: each engine against its own raw client
    return module.Client(base_url=base_url, headers={"Authorization": f"Bearer {API_KEY}"})


def _facade(base_url: str, engine: str = "httpx") -> Any:
    from dispatch import DispatchTickets

    return DispatchTickets(api_key=API_KEY, base_url=base_url, engine=engine)  # type: ignore[arg-type]


def _interleave(sides: dict[str, Callable[[], Any]], rounds: int, per_round: int) -> dict[str, Any]:
    """Run each side `per_round` times per round, alternating sides (and which goes first) each round."""
    wall: dict[str, list[float]] = {name: [] for name in sides}
    cpu: dict[str, list[float]] = {name: [] for name in sides}
    order = list(sides)
    for index in range(rounds):
        for name in order if index % 2 == 0 else reversed(order):
            call = sides[name]
            c0, t0 = time.process_time(), time.perf_counter()
            for _ in range(per_round):
                call()
            t1, c1 = time.perf_counter(), time.process_time()
            wall[name].append((t1 - t0) / per_round)
            cpu[name].append((c1 - c0) / per_round)
    return {"wall": wall, "cpu": cpu}


def child_sync_get(p: dict[str, Any]) -> dict[str, Any]:
    """client.tickets.get vs httpx.Client.get + json.loads, sequential, interleaved rounds."""
    import json as _json

    engine = p.get("engine", "httpx")
    facade, raw = _facade(p["base_url"], engine), _raw_client(p["base_url"], engine)
    path = f"/brands/{BRAND}/tickets/{TICKET}"

    def facade_get() -> None:
        facade.tickets.get(BRAND, TICKET)

    def raw_get() -> None:
        response = raw.get(path)
        response.raise_for_status()
        _json.loads(response.content)

    _interleave({"facade": facade_get, "raw": raw_get}, 1, p["warmup"])
    return _interleave({"facade": facade_get, "raw": raw_get}, p["rounds"], p["per_round"])


def child_async_get(p: dict[str, Any]) -> dict[str, Any]:
    """AsyncDispatchTickets vs httpx.AsyncClient, `concurrency` requests in flight, interleaved rounds."""
    import asyncio
    import importlib
    import json as _json

    from dispatch import AsyncDispatchTickets

    path = f"/brands/{BRAND}/tickets/{TICKET}"
    engine = p.get("engine", "httpx")
    module = importlib.import_module(engine)  # httpx, or httpx2: each engine against its own raw client

    async def main() -> dict[str, Any]:
        facade = AsyncDispatchTickets(api_key=API_KEY, base_url=p["base_url"], engine=engine)
        raw = module.AsyncClient(base_url=p["base_url"], headers={"Authorization": f"Bearer {API_KEY}"})

        async def facade_get() -> None:
            await facade.tickets.get(BRAND, TICKET)

        async def raw_get() -> None:
            response = await raw.get(path)
            response.raise_for_status()
            _json.loads(response.content)

        async def burst(call: Callable[[], Any], count: int) -> None:
            remaining = iter(range(count))

            async def worker() -> None:
                for _ in remaining:
                    await call()

            await asyncio.gather(*(worker() for _ in range(p["concurrency"])))

        sides = {"facade": facade_get, "raw": raw_get}
        for call in sides.values():  # warm-up: fill both pools
            await burst(call, p["concurrency"] * 2)
        wall: dict[str, list[float]] = {name: [] for name in sides}
        cpu: dict[str, list[float]] = {name: [] for name in sides}
        order = list(sides)
        for index in range(p["rounds"]):
            for name in order if index % 2 == 0 else reversed(order):
                c0, t0 = time.process_time(), time.perf_counter()
                await burst(sides[name], p["per_round"])
                t1, c1 = time.perf_counter(), time.process_time()
                wall[name].append((t1 - t0) / p["per_round"])
                cpu[name].append((c1 - c0) / p["per_round"])
        await facade.aclose()
        await raw.aclose()
        return {"wall": wall, "cpu": cpu}

    return asyncio.run(main())


def _raw_listing(raw: Any, brand: str, read: bool = False) -> int:
    import datetime as _datetime
    import json as _json

    count = 0
    params: dict[str, Any] = {"limit": 100}
    while True:
        response = raw.get(f"/brands/{brand}/tickets", params=params)
        response.raise_for_status()
        page = _json.loads(response.content)
        for item in page["data"]:
            if read:  # what the facade's reading side gets: three values and a datetime
                _ = (
                    item["id"],
                    item["title"],
                    item["status"],
                    _datetime.datetime.fromisoformat(item["createdAt"]),
                )
            count += 1
        pagination = page["pagination"]
        if not pagination["hasMore"]:
            return count
        params = {"limit": 100, "cursor": pagination["cursor"]}


def _facade_listing(facade: Any, brand: str, read: bool = False) -> int:
    count = 0
    for ticket in facade.tickets.list(brand, limit=100):
        if read:
            _ = (ticket.id, ticket.title, ticket.status, ticket.created_at)
        count += 1
    return count


def child_list_time(p: dict[str, Any]) -> dict[str, Any]:
    """Iterating client.tickets.list over `total` tickets vs a raw cursor loop, interleaved rounds.

    With ``read``, both sides also read four fields of every ticket (the raw one parsing the date-time
    itself): models parse fields on first read, so this is the cost of actually using the listing.
    """
    facade, raw = _facade(p["base_url"]), _raw_client(p["base_url"])
    brand = f"br_n{p['total']}"
    counts: dict[str, int] = {}
    read = bool(p.get("read"))

    def run(name: str, listing: Callable[..., int], client: Any) -> Callable[[], None]:
        def call() -> None:
            counts[name] = listing(client, brand, read)

        return call

    sides = {"facade": run("facade", _facade_listing, facade), "raw": run("raw", _raw_listing, raw)}
    _interleave(sides, 1, 1)  # warm-up
    result = _interleave(sides, p["rounds"], 1)
    result["counts"] = counts
    return result


def child_list_rss(p: dict[str, Any]) -> dict[str, Any]:
    """Peak RSS of a fresh process that lists `total` tickets (facade or raw loop) and keeps none."""
    brand = f"br_n{p['total']}"
    if p["side"] == "facade":
        count = _facade_listing(_facade(p["base_url"]), brand)
    else:
        count = _raw_listing(_raw_client(p["base_url"]), brand)
    return {"count": count, "peak_rss_mb": peak_rss_mb()}


def _raw_upload(raw: Any, path: str) -> int:
    """The same three steps as attachments.upload, by hand: initiate, stream the PUT, confirm."""
    import json as _json

    size = os.path.getsize(path)
    base = f"/brands/{BRAND}/tickets/{TICKET}/attachments"
    initiated = raw.post(
        base, json={"filename": os.path.basename(path), "contentType": "application/pdf", "size": size}
    )
    initiated.raise_for_status()
    target = _json.loads(initiated.content)
    with open(path, "rb") as file:  # httpx streams a file object in 64 KiB reads
        put = raw.put(target["uploadUrl"], content=file, headers={"Content-Type": "application/pdf"})
    put.raise_for_status()
    confirmed = raw.post(f"{base}/{target['attachmentId']}/confirm", json={})
    confirmed.raise_for_status()
    return int(_json.loads(confirmed.content)["size"])


def _facade_upload(facade: Any, path: str) -> int:
    attachment = facade.attachments.upload(BRAND, TICKET, path, content_type="application/pdf")
    return int(attachment.size)


def child_upload_time(p: dict[str, Any]) -> dict[str, Any]:
    """attachments.upload of a file from a path vs the raw three steps, interleaved rounds."""
    facade, raw = _facade(p["base_url"]), _raw_client(p["base_url"])
    sizes: dict[str, int] = {}

    def run(name: str, upload: Callable[[Any, str], int], client: Any, path: str) -> Callable[[], None]:
        def call() -> None:
            sizes[name] = upload(client, path)

        return call

    small = {
        "facade": run("facade", _facade_upload, facade, p["small_path"]),
        "raw": run("raw", _raw_upload, raw, p["small_path"]),
    }
    _interleave(small, 1, 1)  # warm-up (imports, connections)
    sides = {
        "facade": run("facade", _facade_upload, facade, p["path"]),
        "raw": run("raw", _raw_upload, raw, p["path"]),
    }
    result = _interleave(sides, p["rounds"], 1)
    result["sizes"] = sizes
    return result


def child_upload_rss(p: dict[str, Any]) -> dict[str, Any]:
    """Peak RSS growth of one upload of the big file, after a small warm-up upload (fresh process)."""
    upload: Callable[[Any, str], int] = _facade_upload if p["side"] == "facade" else _raw_upload
    client = _facade(p["base_url"]) if p["side"] == "facade" else _raw_client(p["base_url"])
    upload(client, p["small_path"])
    before = peak_rss_mb()
    size = upload(client, p["path"])
    return {"size": size, "peak_before_mb": before, "peak_after_mb": peak_rss_mb()}


def child_with_options(p: dict[str, Any]) -> dict[str, Any]:
    """`calls` x client.with_options(...) each followed by a request: connections and RSS must not grow."""
    import gc

    client = _facade(p["base_url"])
    client.tickets.get(BRAND, TICKET)
    pool = client._transport.inner._pool  # httpx.HTTPTransport -> httpcore.ConnectionPool
    gc.collect()
    before = {"connections": len(pool.connections), "sockets": open_socket_fds(), "rss_mb": current_rss_mb()}
    for index in range(p["calls"]):
        copy = client.with_options(timeout=5.0 + index % 7, max_retries=index % 3)
        copy.tickets.get(BRAND, TICKET)
    del copy
    gc.collect()
    after = {"connections": len(pool.connections), "sockets": open_socket_fds(), "rss_mb": current_rss_mb()}
    return {"before": before, "after": after, "peak_rss_mb": peak_rss_mb()}


def child_construct(p: dict[str, Any]) -> dict[str, Any]:
    """Constructing DispatchTickets(...) vs httpx.Client(), interleaved rounds (after one of each).

    The first client of the process makes the shared TLS context; a service making one client per
    tenant key pays the per-client figure, which is what this measures.
    """
    import httpx

    from dispatch import DispatchTickets

    def facade() -> None:
        DispatchTickets(api_key=API_KEY, base_url=p["base_url"])

    def raw() -> None:
        httpx.Client(base_url=p["base_url"], headers={"Authorization": f"Bearer {API_KEY}"})

    _interleave({"facade": facade, "raw": raw}, 1, 1)
    return _interleave({"facade": facade, "raw": raw}, p["rounds"], p["per_round"])


def _raw_export(raw: Any, brand: str, path: str) -> int:
    """What a user would write without the SDK: a sequential page loop writing one JSON line per ticket."""
    import json as _json

    count = 0
    params: dict[str, Any] = {"limit": 100}
    with open(path, "wb") as out:
        while True:
            response = raw.get(f"/brands/{brand}/tickets", params=params)
            response.raise_for_status()
            page = _json.loads(response.content)
            for item in page["data"]:
                out.write(_json.dumps(item, ensure_ascii=False, separators=(",", ":")).encode() + b"\n")
                count += 1
            pagination = page["pagination"]
            if not pagination["hasMore"]:
                return count
            params = {"limit": 100, "cursor": pagination["cursor"]}


def _facade_export(facade: Any, brand: str, path: str) -> int:
    """dispatch.export.export_tickets to a JSONL file, with its checkpoint (fresh each time: a full export)."""
    from dispatch.export import JsonlSink, export_tickets

    for stale in (path, path + ".checkpoint"):
        Path(stale).unlink(missing_ok=True)
    with JsonlSink(path) as sink:
        result = export_tickets(facade, brand, sink, checkpoint=path + ".checkpoint")
    return int(result.written)


def child_export_time(p: dict[str, Any]) -> dict[str, Any]:
    """export_tickets vs a plain sequential httpx loop writing the same JSONL file, interleaved rounds."""
    import tempfile

    facade, raw = _facade(p["base_url"]), _raw_client(p["base_url"])
    brand = f"br_n{p['total']}"
    counts: dict[str, int] = {}
    sizes: dict[str, int] = {}
    folder = tempfile.mkdtemp(prefix="dispatch-bench-export-")

    def run(name: str, export: Callable[[Any, str, str], int], client: Any) -> Callable[[], None]:
        path = os.path.join(folder, f"{name}.jsonl")

        def call() -> None:
            counts[name] = export(client, brand, path)
            sizes[name] = os.path.getsize(path)

        return call

    sides = {"facade": run("facade", _facade_export, facade), "raw": run("raw", _raw_export, raw)}
    _interleave(sides, 1, 1)  # warm-up
    result = _interleave(sides, p["rounds"], 1)
    result["counts"] = counts
    result["sizes"] = sizes
    return result


def child_export_rss(p: dict[str, Any]) -> dict[str, Any]:
    """Peak RSS of a fresh process exporting `total` tickets to a JSONL file."""
    import tempfile

    path = os.path.join(tempfile.mkdtemp(prefix="dispatch-bench-export-"), "t.jsonl")
    count = _facade_export(_facade(p["base_url"]), f"br_n{p['total']}", path)
    return {"count": count, "peak_rss_mb": peak_rss_mb()}


CHILDREN: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "sync_get": child_sync_get,
    "async_get": child_async_get,
    "list_time": child_list_time,
    "list_rss": child_list_rss,
    "upload_time": child_upload_time,
    "upload_rss": child_upload_rss,
    "with_options": child_with_options,
    "construct": child_construct,
    "export_time": child_export_time,
    "export_rss": child_export_rss,
}

# The import benchmarks run with `python -c` and nothing else loaded first (not even this module).
IMPORT_TIME_CODE = (
    "import time\n{block}c0, t0 = time.process_time(), time.perf_counter()\nimport {module}\n"
    "t1, c1 = time.perf_counter(), time.process_time()\nprint(t1 - t0, c1 - c0)\n"
)
# httpx imports its command-line client (click, rich, pygments) whenever those are installed, as they are in
# this dev environment (uvicorn needs click) but not where only the SDK's dependencies are: "lean" hides them.
LEAN_BLOCK = "import sys\nsys.modules.update(click=None, rich=None, pygments=None)\n"
IMPORT_RSS_CODE = {
    "httpx": (
        "import httpx, json\n"
        "client = httpx.Client(base_url={base_url!r}, headers={{'Authorization': 'Bearer {key}'}})\n"
        "response = client.get('/brands/{brand}/tickets/{ticket}')\n"
        "response.raise_for_status()\n"
        "json.loads(response.content)\n"
    ),
    "dispatch": (
        "import dispatch\n"
        "client = dispatch.DispatchTickets(api_key={key!r}, base_url={base_url!r})\n"
        "client.tickets.get({brand!r}, {ticket!r})\n"
    ),
}
IMPORT_RSS_TAIL = (
    "with open('/proc/self/status') as f:\n"
    "    print(next(int(l.split()[1]) for l in f if l.startswith('VmHWM:')) / 1024)\n"
)


# --------------------------------------------------------------------------------------------------
# The parent: server, children, bounds, table
# --------------------------------------------------------------------------------------------------


class Server:
    """scripts/bench_server.py in its own process, on a socket this process opened (no port race)."""

    def __init__(self) -> None:
        sys.path.insert(0, str(SERVER.parent))
        from bench_server import http_implementation, listening_socket

        self.http = http_implementation()
        self._sock = listening_socket(0)
        self.port = self._sock.getsockname()[1]
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        fd = self._sock.fileno()
        self._process = subprocess.Popen(
            [sys.executable, str(SERVER), "--fd", str(fd)], pass_fds=[fd], cwd=ROOT, stdout=subprocess.DEVNULL
        )
        self._wait_ready()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + 30
        while True:
            try:
                self.stats()
                return
            except OSError:
                if self._process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the benchmark server did not start") from None
                time.sleep(0.05)

    def stats(self) -> dict[str, Any]:
        import http.client

        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.request("GET", "/stats")
            return dict(json.loads(connection.getresponse().read()))
        finally:
            connection.close()

    def stop(self) -> None:
        self._process.send_signal(signal.SIGTERM)  # uvicorn shuts down gracefully on SIGTERM
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._sock.close()


def _child_env() -> dict[str, str]:
    """The environment of every child: this checkout's dispatch and generated package come first.

    (The editable install points at one checkout; a copy of the repository must measure its own code.)
    """
    paths = [str(ROOT), str(ROOT / "generated")]
    if os.environ.get("PYTHONPATH"):
        paths.append(os.environ["PYTHONPATH"])
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


def run_child(name: str, params: dict[str, Any], timeout: float = 600) -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", name, "--params", json.dumps(params)],
        cwd=ROOT,
        env=_child_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"benchmark {name} failed:\n{completed.stderr.strip()}")
    return dict(json.loads(completed.stdout.strip().splitlines()[-1]))


def run_code(code: str, timeout: float = 120) -> list[float]:
    """Run `python -c code` in a fresh process; the numbers on its last line of output."""
    completed = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=_child_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"child failed:\n{code}\n{completed.stderr.strip()}")
    return [float(field) for field in completed.stdout.strip().splitlines()[-1].split()]


class Report:
    """Rows of the table and of bench-results.json: a figure per side, the compared value and its bound."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def add(
        self,
        key: str,
        label: str,
        *,
        facade: float | None,
        baseline: float | None,
        unit: str,
        value: float,
        kind: str,
        bound: float | None,
        details: dict[str, Any] | None = None,
    ) -> None:
        """`kind` is "ratio" (facade/baseline), "delta" (a difference, in `unit`), "count", or "time" /
        "absolute" (a figure of its own, in `unit`, against an absolute bound: construction, the emulator's)."""
        passed = None if bound is None else bool(value <= bound)
        self.rows.append(
            {
                "key": key,
                "label": label,
                "facade": facade,
                "baseline": baseline,
                "unit": unit,
                "kind": kind,
                "value": value,
                "bound": bound,
                "passed": passed,
                "details": details or {},
            }
        )

    def failures(self) -> list[dict[str, Any]]:
        return [row for row in self.rows if row["passed"] is False]


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "s":
        return f"{value * 1e3:.3f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "MiB":
        return f"{value:.1f} MiB"
    if unit == "conn":
        return f"{value:.0f}"
    return f"{value:.3g} {unit}"


def _fmt_value(row: dict[str, Any]) -> str:
    if row["kind"] == "absolute":
        return _fmt(row["value"], row["unit"])
    if row["kind"] == "ratio":
        return f"{row['value']:.2f}x"
    if row["kind"] == "time":
        return _fmt(row["value"], row["unit"])
    if row["kind"] == "delta":
        return f"{row['value']:+.1f} {row['unit']}" if row["unit"] == "MiB" else f"{row['value']:+.0f}"
    return f"{row['value']:.0f}"


def _fmt_bound(row: dict[str, Any]) -> str:
    if row["bound"] is None:
        return "(info)"
    if row["kind"] == "absolute":
        return "<= " + _fmt(row["bound"], row["unit"])
    if row["kind"] == "ratio":
        return f"<= {row['bound']:.2f}x"
    if row["kind"] == "time":
        return f"<= {_fmt(row['bound'], row['unit'])}"
    if row["unit"] == "MiB":
        return f"<= +{row['bound']:.0f} MiB"
    return f"<= {row['bound']:.0f}"


def table(report: Report, *, verdicts: bool = True) -> str:
    headers = ("benchmark", "SDK", "raw httpx", "SDK vs raw", "bound", "")
    lines = [headers]
    for row in report.rows:
        verdict = "" if row["passed"] is None or not verdicts else ("ok" if row["passed"] else "FAIL")
        lines.append(
            (
                row["label"],
                _fmt(row["facade"], row["unit"]),
                _fmt(row["baseline"], row["unit"]),
                _fmt_value(row),
                _fmt_bound(row),
                verdict,
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(headers))]
    out = []
    for index, line in enumerate(lines):
        out.append(
            "| "
            + " | ".join(
                cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(line)
            )
            + " |"
        )
        if index == 0:
            out.append(
                "|"
                + "|".join("-" * (w + 2) if i == 0 else "-" * (w + 1) + ":" for i, w in enumerate(widths))
                + "|"
            )
    return "\n".join(out)


def _ratio_row(report: Report, key: str, label: str, data: dict[str, Any], bound: float | None) -> None:
    facade, raw = _median(data["wall"]["facade"]), _median(data["wall"]["raw"])
    details = {
        "rounds_facade_s": data["wall"]["facade"],
        "rounds_raw_s": data["wall"]["raw"],
        "cpu_per_op_facade_s": _median(data["cpu"]["facade"]),
        "cpu_per_op_raw_s": _median(data["cpu"]["raw"]),
        "ratio_interval_90": _paired_ratio_interval(data["wall"]["facade"], data["wall"]["raw"]),
    }
    for extra in ("counts", "sizes"):
        if extra in data:
            details[extra] = data[extra]
    report.add(
        key,
        label,
        facade=facade,
        baseline=raw,
        unit="s",
        value=_paired_ratio(data["wall"]["facade"], data["wall"]["raw"]),
        kind="ratio",
        bound=bound,
        details=details,
    )


def bench_sync_get(report: Report, ctx: dict[str, Any]) -> None:
    n = ctx["sizes"]
    data = run_child(
        "sync_get",
        {
            "base_url": ctx["base_url"],
            "rounds": n["sync_rounds"],
            "per_round": n["sync_per_round"],
            "warmup": 100,
        },
    )
    total = n["sync_rounds"] * n["sync_per_round"]
    _ratio_row(report, "sync_get", f"sync tickets.get, per request ({total:,} sequential)", data, 1.15)
    row = report.rows[-1]
    report.add(
        "sync_get_cpu",
        "  client CPU per request (same run)",
        facade=row["details"]["cpu_per_op_facade_s"],
        baseline=row["details"]["cpu_per_op_raw_s"],
        unit="s",
        value=_paired_ratio(data["cpu"]["facade"], data["cpu"]["raw"]),
        kind="ratio",
        bound=None,
    )


def bench_async_get(report: Report, ctx: dict[str, Any]) -> None:
    n = ctx["sizes"]
    params = {
        "base_url": ctx["base_url"],
        "rounds": n["async_rounds"],
        "per_round": n["async_per_round"],
        "concurrency": n["async_concurrency"],
    }
    data = run_child("async_get", params)
    total = n["async_rounds"] * n["async_per_round"]
    label = f"async tickets.get, per request ({total:,}, concurrency {n['async_concurrency']})"
    _ratio_row(report, "async_get", label, data, 1.15)


def bench_list_time(report: Report, ctx: dict[str, Any]) -> None:
    n = ctx["sizes"]
    data = run_child(
        "list_time", {"base_url": ctx["base_url"], "total": n["list_total"], "rounds": n["list_rounds"]}
    )
    if set(data["counts"].values()) != {n["list_total"]}:
        raise RuntimeError(f"listing returned {data['counts']}, expected {n['list_total']} tickets each")
    label = f"tickets.list, {n['list_total']:,} tickets ({n['list_total'] // 100} pages of 100)"
    _ratio_row(report, "list_time", label, data, 1.5)


def bench_list_read(report: Report, ctx: dict[str, Any]) -> None:
    """Not a bound of the issue: the listing again, reading id, title, status and created_at of each."""
    n = ctx["sizes"]
    params = {"base_url": ctx["base_url"], "total": n["list_total"], "rounds": n["list_rounds"], "read": True}
    data = run_child("list_time", params)
    label = "  the same, reading 4 fields of each ticket"
    _ratio_row(report, "list_read", label, data, None)


def bench_list_rss(report: Report, ctx: dict[str, Any]) -> None:
    n = ctx["sizes"]
    small, large = n["list_rss_small"], n["list_rss_large"]
    peaks: dict[str, dict[int, float]] = {"facade": {}, "raw": {}}
    for side in ("facade", "raw"):
        for total in (small, large):
            data = run_child("list_rss", {"base_url": ctx["base_url"], "side": side, "total": total})
            if data["count"] != total:
                raise RuntimeError(f"{side} listing returned {data['count']} tickets, expected {total}")
            peaks[side][total] = data["peak_rss_mb"]
    facade_growth = peaks["facade"][large] - peaks["facade"][small]
    raw_growth = peaks["raw"][large] - peaks["raw"][small]
    report.add(
        "list_rss",
        f"peak RSS listing {large:,} vs {small:,} tickets",
        facade=facade_growth,
        baseline=raw_growth,
        unit="MiB",
        value=facade_growth,
        kind="delta",
        bound=5.0,
        details={"peak_rss_mb": {side: {str(k): v for k, v in by.items()} for side, by in peaks.items()}},
    )


def bench_upload(report: Report, ctx: dict[str, Any]) -> None:
    n = ctx["sizes"]
    size = n["upload_bytes"]
    workdir = Path(tempfile.mkdtemp(prefix="dispatch-bench-"))
    try:
        path, small_path = workdir / "big-upload.pdf", workdir / "small-upload.pdf"
        block = os.urandom(MB)
        with open(path, "wb") as file:
            for _ in range(size // MB):
                file.write(block)
            file.write(block[: size % MB])
        small_path.write_bytes(block[:65536])
        params = {"base_url": ctx["base_url"], "path": str(path), "small_path": str(small_path)}
        data = run_child("upload_time", {**params, "rounds": n["upload_rounds"]})
        if set(data["sizes"].values()) != {size}:
            raise RuntimeError(f"the server received {data['sizes']} bytes, expected {size}")
        _ratio_row(report, "upload_time", f"attachments.upload, {size // MB} MiB file, time", data, 1.2)
        row = report.rows[-1]
        row["details"]["throughput_mib_s"] = {
            "facade": size / MB / row["facade"],
            "raw": size / MB / row["baseline"],
        }
        growth = {}
        for side in ("facade", "raw"):
            result = run_child("upload_rss", {**params, "side": side})
            if result["size"] != size:
                raise RuntimeError(
                    f"{side} upload: the server received {result['size']} bytes, expected {size}"
                )
            growth[side] = result["peak_after_mb"] - result["peak_before_mb"]
        report.add(
            "upload_rss",
            f"attachments.upload, {size // MB} MiB file, peak RSS growth",
            facade=growth["facade"],
            baseline=growth["raw"],
            unit="MiB",
            value=growth["facade"],
            kind="delta",
            bound=32.0,
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _compile_bytecode() -> None:
    """Byte-compile this checkout's packages, as ``pip install`` does for httpx and for an installed SDK.

    Without it a fresh clone (or a source file newer than its .pyc, with PYTHONDONTWRITEBYTECODE set as on
    some CI machines) recompiles every module on every import, and the figure would measure the compiler.
    """
    for package in (ROOT / "dispatch", ROOT / "generated" / "dispatch_tickets_api"):
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True, env=_child_env())


def bench_import(report: Report, ctx: dict[str, Any]) -> None:
    runs = ctx["sizes"]["import_runs"]
    _compile_bytecode()
    for block in ("", LEAN_BLOCK):
        wall: dict[str, list[float]] = {"dispatch": [], "httpx": []}
        cpu: dict[str, list[float]] = {"dispatch": [], "httpx": []}
        for index in range(runs):
            for module in ("httpx", "dispatch") if index % 2 == 0 else ("dispatch", "httpx"):
                elapsed, cpu_time = run_code(IMPORT_TIME_CODE.format(block=block, module=module))
                wall[module].append(elapsed)
                cpu[module].append(cpu_time)
        details = {
            "runs_dispatch_s": wall["dispatch"],
            "runs_httpx_s": wall["httpx"],
            "cpu_runs_dispatch_s": cpu["dispatch"],
            "cpu_runs_httpx_s": cpu["httpx"],
            "ratio_interval_90": _paired_ratio_interval(wall["dispatch"], wall["httpx"]),
            "cpu_ratio_interval_90": _paired_ratio_interval(cpu["dispatch"], cpu["httpx"]),
        }
        facade, raw = _median(wall["dispatch"]), _median(wall["httpx"])
        facade_cpu, raw_cpu = _median(cpu["dispatch"]), _median(cpu["httpx"])
        if not block:
            label = f"cold import dispatch vs httpx, median of {runs}"
            report.add(
                "import_time",
                label,
                facade=facade,
                baseline=raw,
                unit="s",
                value=_paired_ratio(wall["dispatch"], wall["httpx"]),
                kind="ratio",
                bound=1.3,
                details=details,
            )
            label = "  same, CPU time of the import (steadier on a busy machine)"
            report.add(
                "import_cpu",
                label,
                facade=facade_cpu,
                baseline=raw_cpu,
                unit="s",
                value=_paired_ratio(cpu["dispatch"], cpu["httpx"]),
                kind="ratio",
                bound=None,
            )
        else:
            # httpx imports its CLI (click, rich, pygments) whenever they are installed, as here (uvicorn needs
            # click): "lean" hides them, as in an environment with only the SDK's own dependencies.
            label = "  same, lean (without httpx's optional CLI deps), CPU time"
            report.add(
                "import_cpu_lean",
                label,
                facade=facade_cpu,
                baseline=raw_cpu,
                unit="s",
                value=_paired_ratio(cpu["dispatch"], cpu["httpx"]),
                kind="ratio",
                bound=None,
                details=details,
            )
    peaks: dict[str, list[float]] = {"dispatch": [], "httpx": []}
    fields = {"base_url": ctx["base_url"], "key": API_KEY, "brand": BRAND, "ticket": TICKET}
    for _ in range(ctx["sizes"]["import_rss_runs"]):
        for module in ("httpx", "dispatch"):
            peaks[module].append(run_code(IMPORT_RSS_CODE[module].format(**fields) + IMPORT_RSS_TAIL)[0])
    facade, raw = _median(peaks["dispatch"]), _median(peaks["httpx"])
    report.add(
        "import_rss",
        "peak RSS after import + 1 request",
        facade=facade,
        baseline=raw,
        unit="MiB",
        value=facade / raw,
        kind="ratio",
        bound=1.2,
        details={"runs_dispatch_mb": peaks["dispatch"], "runs_httpx_mb": peaks["httpx"]},
    )


def bench_with_options(report: Report, ctx: dict[str, Any]) -> None:
    calls = ctx["sizes"]["with_options_calls"]
    server_before = ctx["server"].stats()["connections"]
    data = run_child("with_options", {"base_url": ctx["base_url"], "calls": calls})
    # New connections the server saw: the child's pool, and the /stats request just below.
    server_new = ctx["server"].stats()["connections"] - server_before - 1
    before, after = data["before"], data["after"]
    extra = after["connections"] - before["connections"]
    report.add(
        "with_options_connections",
        f"with_options() x {calls:,} + requests: extra connections",
        facade=after["connections"],
        baseline=before["connections"],
        unit="conn",
        value=max(extra, after["sockets"] - before["sockets"], server_new - before["connections"]),
        kind="count",
        bound=0,
        details={**data, "connections_seen_by_server": server_new},
    )
    report.add(
        "with_options_rss",
        f"with_options() x {calls:,} + requests: RSS growth",
        facade=after["rss_mb"],
        baseline=before["rss_mb"],
        unit="MiB",
        value=after["rss_mb"] - before["rss_mb"],
        kind="delta",
        bound=5.0,
    )


def bench_construct(report: Report, ctx: dict[str, Any]) -> None:
    sizes = ctx["sizes"]
    data = run_child(
        "construct",
        {
            "base_url": ctx["base_url"],
            "rounds": sizes["construct_rounds"],
            "per_round": sizes["construct_per_round"],
        },
    )
    facade, raw = _median(data["wall"]["facade"]), _median(data["wall"]["raw"])
    report.add(
        "construct",
        "construct DispatchTickets(...) vs httpx.Client(), per client",
        facade=facade,
        baseline=raw,
        unit="s",
        value=facade,
        kind="time",
        bound=0.002,  # the SDK's own TLS context is shared: constructing a client makes none
        details={
            "rounds_facade_s": data["wall"]["facade"],
            "rounds_raw_s": data["wall"]["raw"],
            "cpu_per_op_facade_s": _median(data["cpu"]["facade"]),
            "cpu_per_op_raw_s": _median(data["cpu"]["raw"]),
        },
    )


def bench_httpx2_get(report: Report, ctx: dict[str, Any]) -> None:
    """The per-request figures on the second engine: the SDK on httpx2 against raw httpx2, same bounds."""
    n = ctx["sizes"]
    sync_params = {"base_url": ctx["base_url"], "rounds": n["sync_rounds"], "per_round": n["sync_per_round"]}
    data = run_child("sync_get", {**sync_params, "warmup": 100, "engine": "httpx2"})
    total = n["sync_rounds"] * n["sync_per_round"]
    _ratio_row(report, "httpx2_sync_get", f"httpx2: sync tickets.get vs raw httpx2 ({total:,})", data, 1.15)
    params = {
        "base_url": ctx["base_url"],
        "rounds": n["async_rounds"],
        "per_round": n["async_per_round"],
        "concurrency": n["async_concurrency"],
        "engine": "httpx2",
    }
    data = run_child("async_get", params)
    total = n["async_rounds"] * n["async_per_round"]
    label = f"httpx2: async tickets.get vs raw httpx2 ({total:,}, concurrency {n['async_concurrency']})"
    _ratio_row(report, "httpx2_async_get", label, data, 1.15)


def bench_export_time(report: Report, ctx: dict[str, Any]) -> None:
    n = ctx["sizes"]
    data = run_child(
        "export_time", {"base_url": ctx["base_url"], "total": n["export_total"], "rounds": n["export_rounds"]}
    )
    if set(data["counts"].values()) != {n["export_total"]} or len(set(data["sizes"].values())) != 1:
        raise RuntimeError(f"the exports differ: {data['counts']}, bytes {data['sizes']}")
    label = f"export_tickets to JSONL, {n['export_total']:,} tickets, vs a sequential loop"
    _ratio_row(report, "export_time", label, data, 0.8)


def bench_export_rss(report: Report, ctx: dict[str, Any]) -> None:
    n = ctx["sizes"]
    small, large = n["export_rss_small"], n["export_rss_large"]
    peaks = {}
    for total in (small, large):
        data = run_child("export_rss", {"base_url": ctx["base_url"], "total": total})
        if data["count"] != total:
            raise RuntimeError(f"the export wrote {data['count']} tickets, expected {total}")
        peaks[total] = data["peak_rss_mb"]
    growth = peaks[large] - peaks[small]
    report.add(
        "export_rss",
        f"peak RSS exporting {large:,} vs {small:,} tickets",
        facade=growth,
        baseline=None,
        unit="MiB",
        value=growth,
        kind="delta",
        bound=10.0,
        details={"peak_rss_mb": {str(k): v for k, v in peaks.items()}},
    )


EMULATOR_ROWS = (  # key in bench_emulator's figures, label, unit, scale to the unit
    ("get_ms", "emulator (strict): GET a ticket, p50", "s", 1e-3),
    ("create_ms", "emulator (strict): create a ticket, p50", "s", 1e-3),
    ("fixture_ms", "emulator: fresh account + client (fixture), p50", "s", 1e-3),
    ("list_s", "emulator (strict): list {list_total:,} tickets", "s", 1.0),
    ("rss_mb", "emulator: RSS holding {rss_total:,} tickets", "MiB", 1.0),
)


def bench_emulator(report: Report, ctx: dict[str, Any]) -> None:
    """scripts/bench_emulator.py in a fresh process: the emulator's own latency and memory, strict mode."""
    command = [sys.executable, str(EMULATOR_BENCH), *(["--quick"] if ctx.get("quick") else [])]
    completed = subprocess.run(
        command, cwd=ROOT, env=_child_env(), capture_output=True, text=True, timeout=900
    )
    if completed.returncode != 0:
        raise RuntimeError(f"benchmark emulator failed:\n{completed.stderr.strip()}")
    figures = json.loads(completed.stdout)
    for key, label, unit, scale in EMULATOR_ROWS:
        value = float(figures[key]) * scale
        report.add(
            f"emulator_{key.rsplit('_', 1)[0]}",
            label.format(**figures["sizes"]),
            facade=value,
            baseline=None,
            unit=unit,
            value=value,
            kind="absolute",
            bound=float(figures["bounds"][key]) * scale,
            details={
                "sizes": figures["sizes"],
                "cpu_ms": figures["cpu_ms"].get(key),  # client and emulator threads together
                "load_average": figures["load_average"],
            },
        )


BENCHMARKS: dict[str, Callable[[Report, dict[str, Any]], None]] = {
    "sync_get": bench_sync_get,
    "async_get": bench_async_get,
    "httpx2_get": bench_httpx2_get,
    "list_time": bench_list_time,
    "list_read": bench_list_read,
    "list_rss": bench_list_rss,
    "upload": bench_upload,
    "import": bench_import,
    "with_options": bench_with_options,
    "construct": bench_construct,
    "export_time": bench_export_time,
    "export_rss": bench_export_rss,
    "emulator": bench_emulator,
}


def _git_commit() -> str:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        )
        dirty = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True)
    except OSError:
        return "unknown"
    if head.returncode != 0 or not head.stdout.strip():
        return "unknown"
    return head.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for name in ("httpx", "httpcore", "uvicorn", "h11", "httptools", "attrs"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            continue
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the SDK against raw httpx.")
    parser.add_argument("--quick", action="store_true", help="small N: proves the benchmark runs (~20 s)")
    parser.add_argument("--only", help=f"comma-separated subset of: {', '.join(BENCHMARKS)}")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="where to write the JSON results")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--params", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        print(json.dumps(CHILDREN[args.child](json.loads(args.params))))
        return 0

    selected = list(BENCHMARKS)
    if args.only:
        selected = [name.strip() for name in args.only.split(",") if name.strip()]
        unknown = sorted(set(selected) - set(BENCHMARKS))
        if unknown:
            parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    mode = "quick" if args.quick else "full"
    sizes = {name: pair[1] if args.quick else pair[0] for name, pair in SIZES.items()}
    started = time.monotonic()
    load_before = os.getloadavg()
    report = Report()
    server = Server()
    try:
        ctx = {"base_url": server.base_url, "sizes": sizes, "server": server, "quick": args.quick}
        print(
            f"dispatch benchmark ({mode}): server uvicorn ({server.http}) on {server.base_url}, "
            f"Python {platform.python_version()}, {os.cpu_count()} CPUs",
            flush=True,
        )
        for name in selected:
            t0 = time.monotonic()
            print(f"  {name} ...", end="", flush=True)
            BENCHMARKS[name](report, ctx)
            print(f" {time.monotonic() - t0:.1f} s", flush=True)
    finally:
        server.stop()
    elapsed = time.monotonic() - started
    load_after = os.getloadavg()
    meta: dict[str, Any] = {
        "date": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "mode": mode,
        "commit": _git_commit(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "server": f"uvicorn, http={server.http}, 1 worker, 127.0.0.1",
        "versions": _versions(),
        "load_average_before": load_before,
        "load_average_after": load_after,
        "elapsed_s": round(elapsed, 1),
        "sizes": sizes,
    }
    failures = report.failures()
    args.output.write_text(
        json.dumps({"meta": meta, "results": report.rows}, indent=2) + "\n", encoding="utf-8"
    )
    print()
    print(table(report, verdicts=not args.quick))
    print()
    print(
        f"{meta['date']}, commit {meta['commit']}, {mode} run in {elapsed:.0f} s, load average "
        f"{load_before[0]:.2f} -> {load_after[0]:.2f}; results in {args.output}"
    )
    if args.quick:
        print(
            "quick run: small N, so the figures mean nothing and no bound is checked (see bench-results.json)"
        )
    elif failures:
        print(f"{len(failures)} bound(s) NOT met: {', '.join(row['key'] for row in failures)}")
        print("(exit status 0 all the same: this is a report, not a test)")
    else:
        print("every bound is met")
    if load_before[0] > 1.0:
        print(f"note: the machine was busy (load average {load_before[0]:.2f} at start); figures are noisier")
    return 0


if __name__ == "__main__":
    sys.exit(main())
