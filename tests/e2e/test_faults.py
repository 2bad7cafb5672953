"""The SDK's retries against real failures: the emulator's injected faults (seeded, so every run is the
same), over real HTTP. Transient statuses, 429 with retry-after, connections dropped after the server
acted, and hangs longer than the client's timeout.

The invariant that matters: a create retried after a lost response never makes a second object, because
every attempt of one call carries the same ``X-Idempotency-Key``.
"""

from __future__ import annotations

import asyncio
import builtins
from collections import Counter
from typing import Any

import pytest

from dispatch import (
    DispatchTickets,
    DispatchTicketsError,
    Hooks,
    NetworkError,
    RateLimitError,
    RequestContext,
    ResponseContext,
    RetryConfig,
    ServerError,
    TimeoutError,
)
from dispatch.testing.pytest_plugin import EmulatorSession
from tests._engine import httpx

pytestmark = pytest.mark.e2e

# The default policy (3 retries, 429/500/502/503/504, network errors and timeouts) with tiny delays.
TINY_DELAYS = RetryConfig(initial_delay=0.001, max_delay=0.005, jitter=0)
TICKETS = "/brands/*/tickets"


class Recorder:
    """Hooks that keep what the transport did: every attempt, response and retry."""

    def __init__(self) -> None:
        self.requests: list[RequestContext] = []
        self.responses: list[ResponseContext] = []
        self.retries: list[tuple[RequestContext, DispatchTicketsError, float]] = []

    def hooks(self) -> Hooks:
        return Hooks(
            on_request=self.requests.append,
            on_response=self.responses.append,
            on_retry=lambda context, error, delay: self.retries.append((context, error, delay)),
        )


def _client(session: EmulatorSession, recorder: Recorder, **kwargs: Any) -> DispatchTickets:
    kwargs.setdefault("retry", TINY_DELAYS)
    client: DispatchTickets = session.client(hooks=recorder.hooks(), **kwargs)
    return client


@pytest.mark.slow
def test_200_creates_under_random_transient_faults_make_exactly_200_tickets(
    dispatch_emulator: EmulatorSession,
) -> None:
    recorder = Recorder()
    client = _client(dispatch_emulator, recorder)
    brand = client.brands.create(name="Acme", slug="acme")

    # About one attempt in five fails, in one of six ways; each rule has its own seeded generator, and the
    # creates are sequential, so every run draws the same faults.
    faults = [
        dispatch_emulator.add_fault(
            kind, method="POST", path=TICKETS, times=None, probability=p, seed=seed, **extra
        )
        for seed, (kind, p, extra) in enumerate(
            [
                ("status", 0.04, {"status": 429, "retry_after": 0}),
                ("status", 0.04, {"status": 500}),
                ("status", 0.04, {"status": 502}),
                ("status", 0.04, {"status": 503}),
                ("drop_after", 0.06, {}),  # created, then the response is lost: the dangerous one
                ("drop_before", 0.03, {}),
            ],
            start=20250104,  # a base whose 200 runs never exhaust the 3 retries (simulated)
        )
    ]
    titles = [f"Ticket {n:03d}" for n in range(200)]
    created = [client.tickets.create(brand.id, title=title) for title in titles]

    hits = {f"{f.kind}:{f.status}" if f.kind == "status" else f.kind: f.hits for f in faults}
    assert all(count > 0 for count in hits.values()), hits
    assert sum(hits.values()) == len(recorder.retries) > 30
    dispatch_emulator.emulator.faults.clear()

    listed = list(client.tickets.list(brand.id, limit=100))
    assert len(listed) == 200
    assert sorted(t.title for t in listed) == titles  # every title once: nothing duplicated, nothing lost
    assert {t.id for t in listed} == {t.id for t in created}
    assert sorted(t.ticket_number for t in listed) == list(range(1, 201))  # no number spent on a duplicate
    assert client.accounts.get_usage().tickets_total == 200

    # Every retry resent the key of its first attempt.
    keys_by_call: dict[str, set[int]] = {}
    for context in recorder.requests:
        if context.method == "POST" and context.url.endswith("/tickets"):
            assert context.idempotency_key
            keys_by_call.setdefault(context.idempotency_key, set()).add(context.attempt)
    assert len(keys_by_call) == 200
    replays = [r for r in recorder.responses if r.headers.get("x-idempotent-replayed") == "true"]
    assert len(replays) == hits["drop_after"]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_dropped_response_is_retried_with_the_same_idempotency_key(
    dispatch_emulator: EmulatorSession, mode: str
) -> None:
    recorder = Recorder()
    setup = dispatch_emulator.client()
    brand = setup.brands.create(name="Acme", slug="acme")
    fault = dispatch_emulator.add_fault("drop_after", method="POST", path=TICKETS, times=1)

    if mode == "sync":
        ticket = _client(dispatch_emulator, recorder).tickets.create(brand.id, title="Exactly once")
    else:
        async with dispatch_emulator.async_client(hooks=recorder.hooks(), retry=TINY_DELAYS) as client:
            ticket = await client.tickets.create(brand.id, title="Exactly once")

    assert fault.hits == 1
    first, second = recorder.requests
    assert (first.attempt, second.attempt) == (0, 1)
    assert first.idempotency_key
    assert first.idempotency_key == second.idempotency_key
    assert first.headers["x-idempotency-key"] == second.headers["x-idempotency-key"] == first.idempotency_key
    ((_, error, _),) = recorder.retries
    assert isinstance(error, NetworkError)  # the connection broke before the body came
    (response,) = recorder.responses
    assert response.status_code == 201
    assert response.headers["x-idempotent-replayed"] == "true"  # the server had created it the first time
    assert [t.id for t in setup.tickets.list(brand.id)] == [ticket.id]


def test_without_retries_a_dropped_response_is_a_network_error_but_the_ticket_exists(
    dispatch_emulator: EmulatorSession,
) -> None:
    client = dispatch_emulator.client(max_retries=0)
    brand = client.brands.create(name="Acme", slug="acme")
    dispatch_emulator.add_fault("drop_after", method="POST", path=TICKETS, times=1)
    with pytest.raises(NetworkError) as lost:
        client.tickets.create(brand.id, title="Lost answer", idempotency_key="order-7")
    assert lost.value.code == "network_error"
    # The caller retries by hand with its own key: still one ticket.
    again = client.tickets.create(brand.id, title="Lost answer", idempotency_key="order-7")
    assert [t.id for t in client.tickets.list(brand.id)] == [again.id]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_429_retry_after_is_honoured(dispatch_emulator: EmulatorSession, mode: str) -> None:
    recorder = Recorder()
    # initial_delay=0: any non-zero delay can only come from the server's retry-after.
    retry = RetryConfig(initial_delay=0, max_delay=0, jitter=0)
    fault = dispatch_emulator.add_fault("status", status=429, retry_after=1, operation="get_account", times=1)
    if mode == "sync":
        me = _client(dispatch_emulator, recorder, retry=retry).accounts.me()
    else:
        async with dispatch_emulator.async_client(hooks=recorder.hooks(), retry=retry) as client:
            me = await client.accounts.me()
    assert me.id.startswith("acc_")
    assert fault.hits == 1
    ((context, error, delay),) = recorder.retries
    assert delay == 1.0
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 1.0
    assert context.attempt == 0
    assert [r.status_code for r in recorder.responses] == [429, 200]


def test_429_that_outlasts_the_retries_raises_rate_limit_error(dispatch_emulator: EmulatorSession) -> None:
    recorder = Recorder()
    client = _client(dispatch_emulator, recorder, retry=RetryConfig(max_retries=2, initial_delay=0, jitter=0))
    dispatch_emulator.add_fault("status", status=429, retry_after=0, operation="get_account", times=None)
    with pytest.raises(RateLimitError) as limited:
        client.accounts.me()
    assert (limited.value.status_code, limited.value.retry_after) == (429, 0.0)
    assert limited.value.request_id
    assert [r.status_code for r in recorder.responses] == [429, 429, 429]


def test_5xx_that_outlasts_the_retries_raises_server_error(dispatch_emulator: EmulatorSession) -> None:
    recorder = Recorder()
    client = _client(dispatch_emulator, recorder)
    brand = client.brands.create(name="Acme", slug="acme")
    dispatch_emulator.add_fault("status", status=503, method="POST", path=TICKETS, times=None)
    with pytest.raises(ServerError) as outage:
        client.tickets.create(brand.id, title="Never")
    assert outage.value.status_code == 503
    assert len(recorder.retries) == TINY_DELAYS.max_retries
    dispatch_emulator.emulator.faults.clear()
    assert list(client.tickets.list(brand.id)) == []  # a status fault answers without acting


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_hang_longer_than_the_timeout_is_a_timeout_error(
    dispatch_emulator: EmulatorSession, mode: str
) -> None:
    fault = dispatch_emulator.add_fault("hang", delay=1.0, operation="get_account_usage", times=None)
    if mode == "sync":
        client = dispatch_emulator.client(timeout=0.2, max_retries=0)
        with pytest.raises(TimeoutError) as slow:
            client.accounts.get_usage()
    else:
        async with dispatch_emulator.async_client(timeout=0.2, max_retries=0) as async_client:
            with pytest.raises(TimeoutError) as slow:
                await async_client.accounts.get_usage()
    assert isinstance(slow.value, DispatchTicketsError)
    assert isinstance(slow.value, builtins.TimeoutError)
    assert slow.value.code == "timeout_error"
    assert fault.hits == 1


def test_timeouts_are_retried_then_succeed(dispatch_emulator: EmulatorSession) -> None:
    recorder = Recorder()
    # A read timeout short enough to be quick, long enough for an unhurried answer on a loaded machine.
    client = _client(dispatch_emulator, recorder, timeout=httpx.Timeout(5.0, read=0.4))
    dispatch_emulator.add_fault("hang", delay=2.0, operation="get_account", times=2)
    assert client.accounts.me().id.startswith("acc_")
    assert [type(error).__name__ for _, error, _ in recorder.retries] == ["TimeoutError", "TimeoutError"]
    assert Counter(r.status_code for r in recorder.responses) == Counter({200: 1})


async def test_concurrent_async_creates_survive_random_faults(dispatch_emulator: EmulatorSession) -> None:
    """The fault mix under concurrency, through the async client: 40 creates, 20 of them at once. The
    order of concurrent requests is not reproducible, so this run allows more retries (6) than the
    default: the point is no duplicate and no loss, not the budget."""
    retry = RetryConfig(max_retries=6, initial_delay=0.001, max_delay=0.005, jitter=0)
    async with dispatch_emulator.async_client(retry=retry) as client:
        brand = await client.brands.create(name="Acme", slug="acme")
        for seed, (kind, status) in enumerate((("drop_after", 200), ("drop_before", 200), ("status", 502))):
            dispatch_emulator.add_fault(
                kind, status=status, method="POST", path=TICKETS, times=None, probability=0.1, seed=seed
            )
        titles = [f"Async {n:02d}" for n in range(40)]
        await asyncio.gather(*(client.tickets.create(brand.id, title=t) for t in titles[:20]))
        for title in titles[20:]:
            await client.tickets.create(brand.id, title=title)
        dispatch_emulator.emulator.faults.clear()
        listed = [t.title async for t in client.tickets.list(brand.id, limit=100)]
    assert sorted(listed) == titles
