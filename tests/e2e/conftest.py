"""Fixtures for the emulator's own end-to-end tests: raw httpx against a running emulator.

The shared emulator comes from the SDK's pytest plugin (``dispatch_emulator``: a fresh key, hence a fresh
account, per test; drift from the document fails the test). Tests that move time or restart get their
own emulator with a :class:`FakeClock`.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from dispatch.testing import Emulator, FakeClock
from dispatch.testing.pytest_plugin import EmulatorSession

NOWHERE = "http://127.0.0.1:9/hooks"
"""A webhook URL for tests that do not read deliveries: nothing listens on the loopback discard port, so a
delivery fails at once, with no network and no name lookup (``https://example.com/...`` would reach out
to the internet from the emulator's delivery threads, and hang where names do not resolve quickly)."""


@pytest.fixture
def api(dispatch_emulator: EmulatorSession) -> httpx.Client:
    """A raw client with this test's own key."""
    return dispatch_emulator.http()


def create_brand(api: httpx.Client, slug: str = "acme", prefix: str | None = "ACME") -> dict[str, Any]:
    body: dict[str, Any] = {"name": slug.title(), "slug": slug}
    if prefix:
        body["ticketPrefix"] = prefix
    response = api.post("/brands", json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


def create_ticket(api: httpx.Client, brand_id: str, **fields: Any) -> dict[str, Any]:
    fields.setdefault("title", "Help")
    response = api.post(f"/brands/{brand_id}/tickets", json=fields)
    assert response.status_code == 201, response.text
    return dict(response.json())


@pytest.fixture
def brand(api: httpx.Client) -> dict[str, Any]:
    return create_brand(api)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def own_emulator(clock: FakeClock) -> Iterator[Emulator]:
    """A private emulator on a fake clock (for tests that move time)."""
    with Emulator(clock=clock, webhook_retry_delays=(0.05, 0.1)) as emulator:
        yield emulator
        emulator.check()


@pytest.fixture
def own_api(own_emulator: Emulator) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {own_emulator.new_api_key()}"}
    with httpx.Client(base_url=own_emulator.base_url, headers=headers, trust_env=False) as client:
        yield client


@dataclass
class Receiver:
    """A tiny webhook endpoint on 127.0.0.1 that records what it gets and answers ``status``.

    With ``hold`` set, each request waits (at most 20 s) until ``hold`` is set before it is answered: a
    stuck receiver. ``overlapped`` says whether two requests were ever in flight at once.
    """

    url: str = ""
    status: int = 200
    received: list[tuple[dict[str, str], bytes]] = field(default_factory=list)
    arrived: threading.Event = field(default_factory=threading.Event)
    reached: threading.Event = field(default_factory=threading.Event)
    hold: threading.Event | None = None
    in_flight: int = 0
    overlapped: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)
    answered: threading.Condition = field(default_factory=threading.Condition)

    def bodies(self) -> list[dict[str, Any]]:
        return [json.loads(body) for _, body in self.received]

    def wait_for(self, count: int, timeout: float = 10.0) -> bool:
        """Block until ``count`` requests were received; False if ``timeout`` passed first."""
        with self.answered:
            return self.answered.wait_for(lambda: len(self.received) >= count, timeout)


@contextlib.contextmanager
def running_receiver(hold: threading.Event | None = None) -> Iterator[Receiver]:
    """Serve a :class:`Receiver` on a free port for the duration of the block."""
    state = Receiver(hold=hold)

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            with state.lock:
                state.in_flight += 1
                state.overlapped = state.overlapped or state.in_flight > 1
            try:
                self._answer()
            finally:
                with state.lock:
                    state.in_flight -= 1

        def _answer(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            state.reached.set()
            if state.hold is not None:
                state.hold.wait(20)
            with state.answered:  # recorded before the answer, so a finished delivery is always seen
                state.received.append(({k.lower(): v for k, v in self.headers.items()}, body))
                state.answered.notify_all()
            self.send_response(state.status)
            self.send_header("content-length", "2")
            self.end_headers()
            self.wfile.write(b"ok")
            state.arrived.set()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hooks"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        if hold is not None:
            hold.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with running_receiver() as state:
        yield state
