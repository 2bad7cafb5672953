"""What the emulator (dispatch.testing) costs per request in strict mode, on loopback (issue 14, item 3).

    .venv/bin/python scripts/bench_emulator.py            full figures, as JSON on stdout
    .venv/bin/python scripts/bench_emulator.py --quick    small N (proves it runs)

scripts/bench.py runs it in a fresh process of its own (``--emulator``) and puts the figures in its table.
The emulator runs as the ``dispatch_emulator_server`` fixture runs it: in this process, uvicorn on a
background thread, strict mode (request and response validation) on. Figures:

* ``get_ms``: p50 wall time of ``GET /brands/{b}/tickets/{t}`` (a ticket with a customer, a category and
  two tags) through a keep-alive ``httpx.Client`` (raw, so the SDK's cost is not counted);
* ``create_ms``: p50 of ``POST /brands/{b}/tickets`` (title, body, priority, customerEmail, tags);
* ``fixture_ms``: p50 of what a test using the ``dispatch_emulator`` fixture pays before and after its
  own work: the session (fresh key), ``session.client()``, the first request (which creates the account:
  ``GET /accounts/me``) and the teardown (clients closed, faults cleared, drift checked);
* ``list_s``: iterating ``client.tickets.list(brand, limit=100)`` over ``list_total`` tickets (SDK);
* ``rss_mb``: resident memory of a fresh process running an emulator (strict mode) that holds
  ``rss_total`` tickets (one brand; one ticket created through the API, the rest stored as its clones),
  after one listing page and a garbage collection: what the emulator itself costs, not the benchmark's
  own client work;
* ``idempotency_kib``: in the same process, after ``rss_mb``, what one ``X-Idempotency-Key`` record adds
  (KiB, from the RSS growth over ``rss_total // 10`` records written through the path the app uses, each
  the answer to a ticket create): the SDK sends a key with every create, and the emulator keeps each
  record for a day (``IDEMPOTENCY_RETENTION``). Not bounded, and not in ``rss_mb``.

Tickets for the listing and the memory figure are stored by cloning one ticket created through the API
(with their own ids, numbers, titles, timestamps and sequence), so seeding 100,000 does not take minutes;
the creates are timed separately.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
for _entry in (str(ROOT / "generated"), str(ROOT)):
    if _entry not in sys.path:
        sys.path.insert(0, _entry)

# (full, quick)
SIZES: dict[str, tuple[int, int]] = {
    "get_calls": (2_000, 100),
    "create_calls": (1_000, 50),
    "fixture_calls": (300, 10),
    "list_total": (20_000, 500),
    "rss_total": (100_000, 1_000),
}

# The bounds of issue 14 item 3.
BOUNDS: dict[str, float] = {
    "get_ms": 1.0,
    "create_ms": 2.0,
    "fixture_ms": 3.0,
    "list_s": 3.0,
    "rss_mb": 200.0,
}


def _rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


CPU_MS: dict[str, float] = {}


def _p50_ms(call: Callable[[], Any], count: int, warmup: int = 20, name: str = "") -> float:
    """Median wall time of ``call`` in ms; the CPU time per call (both threads: client and emulator)
    goes to ``CPU_MS[name]``, a figure that a busy machine moves much less than wall time."""
    for _ in range(min(warmup, count)):
        call()
    samples = []
    cpu0 = time.process_time()
    for _ in range(count):
        t0 = time.perf_counter()
        call()
        samples.append(time.perf_counter() - t0)
    CPU_MS[name] = (time.process_time() - cpu0) / count * 1000
    return statistics.median(samples) * 1000


def _check(response: Any, status: int) -> Any:
    if response.status_code != status:
        raise RuntimeError(
            f"{response.request.method} {response.request.url}: {response.status_code} {response.text}"
        )
    return response.json()


def _seed_tickets(emulator: Any, template: dict[str, Any], count: int) -> None:
    """Store ``count`` clones of ``template`` (a stored ticket) with their own ids, numbers, titles,
    timestamps (a millisecond apart) and order: every string a ticket created through the API has of its
    own is a string of its own here too, so the memory figure is not flattered by sharing."""
    from dispatch.testing._clock import format_time
    from dispatch.testing._store import new_id

    store = emulator.state.store
    with store.transaction():
        brand = store.get("brands", str(template["brandId"]))
        number = int(brand["nextTicketNumber"])
        start = emulator.clock.now()
        for offset in range(count):
            doc = dict(template)
            doc["id"] = new_id("tkt")
            doc["ticketNumber"] = number + offset
            doc["title"] = f"Seeded ticket {offset}"
            doc["createdAt"] = doc["updatedAt"] = format_time(start + offset / 1000)
            doc.pop("_seq", None)
            store.put("tickets", doc)
        brand["nextTicketNumber"] = number + count
        store.put("brands", brand)


def measure(sizes: dict[str, int], *, quick: bool = False) -> dict[str, Any]:
    """Every figure; ``quick`` measures memory in this process (meaningless, but a second second saved)."""
    import httpx

    from dispatch.testing import Emulator
    from dispatch.testing.pytest_plugin import EmulatorSession

    figures: dict[str, Any] = {"sizes": sizes}
    t0 = time.perf_counter()
    emulator = Emulator(validate_responses=True, webhook_retry_delays=(0.05, 0.1), webhook_timeout=2.0)
    emulator.start()
    figures["start_s"] = time.perf_counter() - t0
    try:
        key = emulator.new_api_key()
        http = httpx.Client(
            base_url=emulator.base_url, headers={"Authorization": f"Bearer {key}"}, trust_env=False
        )
        brand = _check(http.post("/brands", json={"name": "Bench", "slug": "bench"}), 201)
        brand_id = brand["id"]
        _check(http.post(f"/brands/{brand_id}/categories", json={"name": "Billing"}), 201)
        ticket = _check(
            http.post(
                f"/brands/{brand_id}/tickets",
                json={
                    "title": "Charged twice",
                    "body": "My card was charged twice.",
                    "priority": "high",
                    "customerEmail": "jane@example.com",
                    "tags": ["urgent", "billing"],
                },
            ),
            201,
        )
        ticket_path = f"/brands/{brand_id}/tickets/{ticket['id']}"

        figures["get_ms"] = _p50_ms(
            lambda: _check(http.get(ticket_path), 200), sizes["get_calls"], name="get_ms"
        )

        create_body = {
            "title": "Refund please",
            "body": "Invoice INV-1 was charged twice.",
            "priority": "normal",
            "customerEmail": "jane@example.com",
            "tags": ["urgent"],
        }
        figures["create_ms"] = _p50_ms(
            lambda: _check(http.post(f"/brands/{brand_id}/tickets", json=create_body), 201),
            sizes["create_calls"],
            name="create_ms",
        )

        def fixture() -> None:
            session = EmulatorSession(emulator)
            session.client().accounts.me()
            session.close()
            emulator.faults.clear()
            if emulator.drift():
                raise RuntimeError("drift")

        figures["fixture_ms"] = _p50_ms(fixture, sizes["fixture_calls"], warmup=5, name="fixture_ms")

        # the listing: a brand of its own with exactly list_total tickets
        list_brand = _check(http.post("/brands", json={"name": "List", "slug": "list"}), 201)
        first = _check(http.post(f"/brands/{list_brand['id']}/tickets", json=create_body), 201)
        stored = emulator.state.store.peek("tickets", first["id"])
        _seed_tickets(emulator, stored, sizes["list_total"] - 1)
        client = EmulatorSession(emulator, key).client()
        t0, cpu0 = time.perf_counter(), time.process_time()
        listed = sum(1 for _ in client.tickets.list(list_brand["id"], limit=100))
        figures["list_s"] = time.perf_counter() - t0
        CPU_MS["list_s"] = (time.process_time() - cpu0) * 1000
        if listed != sizes["list_total"]:
            raise RuntimeError(f"listed {listed} of {sizes['list_total']} tickets")
        client.close()
        http.close()

        if emulator.drift():
            raise RuntimeError("the emulator recorded drift during the benchmark")
    finally:
        emulator.stop()
    figures.update(memory(sizes["rss_total"]) if quick else _memory_in_fresh_process(sizes["rss_total"]))
    figures["cpu_ms"] = dict(CPU_MS)
    figures["load_average"] = os.getloadavg()
    figures["bounds"] = BOUNDS
    return figures


def _memory_in_fresh_process(total: int) -> dict[str, float]:
    completed = subprocess.run(
        [sys.executable, __file__, "--memory", str(total)], capture_output=True, text=True, timeout=600
    )
    if completed.returncode != 0:
        raise RuntimeError(f"the memory measurement failed:\n{completed.stderr}")
    figures: dict[str, float] = json.loads(completed.stdout.strip().splitlines()[-1])
    return figures


def _idempotency_kib(emulator: Any, account_id: str, created: dict[str, Any], count: int) -> float:
    """KiB per idempotency record: ``count`` records as the app writes them after SDK creates (a key
    each), each the answer to a ticket create with its own id, title, body hash and key."""
    import uuid

    from dispatch.testing._idempotency import record_id
    from dispatch.testing._store import new_id

    state = emulator.state
    path = f"/v1/brands/{created['brandId']}/tickets"
    gc.collect()
    before = _rss_mb()
    with state.store.transaction():
        for n in range(count):
            title = f"Keyed ticket {n}"
            answer = {**created, "id": new_id("tkt"), "title": title, "ticketNumber": n + 2}
            key = record_id(account_id, "POST", path, str(uuid.uuid4()))
            raw_body = json.dumps({"title": title}).encode()
            state.idempotency.remember(key, raw_body, 201, answer)
    gc.collect()
    return (_rss_mb() - before) * 1024 / count


def memory(total: int) -> dict[str, float]:
    """``rss_mb``: RSS (MiB) of this process with an emulator holding ``total`` tickets; then
    ``idempotency_kib``."""
    import httpx

    from dispatch.testing import Emulator

    with Emulator(validate_responses=True) as emulator:
        headers = {"Authorization": f"Bearer {emulator.new_api_key()}"}
        with httpx.Client(base_url=emulator.base_url, headers=headers, trust_env=False) as http:
            brand = _check(http.post("/brands", json={"name": "Memory", "slug": "memory"}), 201)
            body = {"title": "Refund please", "body": "Charged twice.", "customerEmail": "jane@example.com"}
            first = _check(http.post(f"/brands/{brand['id']}/tickets", json=body), 201)
            _seed_tickets(emulator, emulator.state.store.peek("tickets", first["id"]), total - 1)
            page = _check(http.get(f"/brands/{brand['id']}/tickets", params={"limit": 100}), 200)
            if len(page["data"]) != min(100, total):
                raise RuntimeError("the seeded tickets are not listed")
            gc.collect()
            rss = _rss_mb()
            if len(emulator.state.store.scan("tickets")) != total:
                raise RuntimeError("not every ticket was stored")
            account = _check(http.get("/accounts/me"), 200)
            keyed = _idempotency_kib(emulator, account["id"], first, max(total // 10, 1))
            emulator.check()
            return {"rss_mb": rss, "idempotency_kib": keyed}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="small N (~5 s)")
    parser.add_argument("--memory", type=int, help=argparse.SUPPRESS)  # the fresh process of rss_mb
    for name in SIZES:
        parser.add_argument(f"--{name.replace('_', '-')}", type=int, default=None)
    args = parser.parse_args(argv)
    if args.memory is not None:
        print(json.dumps(memory(args.memory)))
        return 0
    sizes = {name: pair[1] if args.quick else pair[0] for name, pair in SIZES.items()}
    for name in SIZES:
        value = getattr(args, name)
        if value is not None:
            sizes[name] = value
    json.dump(measure(sizes, quick=args.quick), sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
