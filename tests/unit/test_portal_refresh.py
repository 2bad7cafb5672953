"""Portal token renewal: ``refresh()``, and ``auto_refresh`` (ahead of expiry, after a 401, shared by
concurrent callers). No sleeping: expiry is judged against a fake clock, and concurrency is staged with
events and barriers.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from dispatch import (
    AsyncDispatchPortal,
    AuthenticationError,
    DispatchPortal,
    DispatchTicketsError,
    Hooks,
    PortalToken,
    RequestContext,
)
from tests._engine import httpx
from tests.unit.conftest import BASE_URL, Wire, call
from tests.unit.test_portal import PORTAL_TOKEN, SnapshotWire, close, open_portal, page

NEW_TOKEN = "ptk_unit_SECRET_2222"
NOW = datetime(2026, 11, 1, 10, 0, tzinfo=UTC)


def token_json(token: str, expires_at: datetime) -> dict[str, Any]:
    return {
        "token": token,
        "expiresAt": expires_at.isoformat().replace("+00:00", "Z"),
        "customerId": "cus_1",
        "email": "ada@example.com",
    }


def portal_token(token: str, expires_at: datetime) -> PortalToken:
    return PortalToken.from_dict(token_json(token, expires_at))


class FakeClock:
    def __init__(self, now: datetime = NOW) -> None:
        self.now = now.timestamp()

    def __call__(self) -> float:
        return self.now


def auth_of(request: httpx.Request) -> str | None:
    value: str | None = request.headers.get("authorization")
    return value


def paths(wire: Wire) -> list[tuple[str, str, str | None]]:
    return [(r.method, r.url.path, auth_of(r)) for r in wire.requests]


@pytest.fixture
def wire() -> Wire:
    return SnapshotWire()


LIST = ("GET", "/v1/portal/tickets")
REFRESH = ("POST", "/v1/portal/refresh")


# -- refresh() -------------------------------------------------------------------------------------


async def test_refresh_swaps_the_token(mode: str, wire: Wire) -> None:
    portal = open_portal(mode, wire.handler, max_retries=0)
    try:
        expires = NOW + timedelta(hours=1)
        wire.reply(json=token_json(NEW_TOKEN, expires))
        result = await call(portal.refresh())
        assert isinstance(result, PortalToken)
        assert result.token == NEW_TOKEN
        assert (wire.last.method, wire.last.url.path) == REFRESH
        assert auth_of(wire.last) == f"Bearer {PORTAL_TOKEN}"

        assert portal.token == NEW_TOKEN
        assert portal.expires_at == expires
        wire.reply(json=page([], has_more=False))
        await call(portal.tickets.list())
        assert auth_of(wire.last) == f"Bearer {NEW_TOKEN}"

        # raw and with_options copies follow the swap too: they share the credentials
        copy = portal.with_options(timeout=3.0)
        wire.reply(json=page([], has_more=False))
        await call(copy.tickets.list())
        assert auth_of(wire.last) == f"Bearer {NEW_TOKEN}"

        for shown in (repr(portal), repr(copy), str(portal._credentials), repr(result.to_dict().keys())):
            assert PORTAL_TOKEN not in shown
            assert NEW_TOKEN not in shown
    finally:
        await close(portal)


async def test_refresh_failure_keeps_the_token(mode: str, wire: Wire) -> None:
    portal = open_portal(mode, wire.handler, max_retries=0)
    try:
        wire.reply(401, {"message": "Token expired"})
        with pytest.raises(AuthenticationError):
            await call(portal.refresh())
        assert portal.token == PORTAL_TOKEN
        assert len(wire.requests) == 1  # the refresh is never renewed by itself, even with auto_refresh
    finally:
        await close(portal)


async def test_a_refresh_answer_with_a_bad_expiry_keeps_the_token(mode: str, wire: Wire) -> None:
    portal = open_portal(mode, wire.handler, max_retries=0)
    try:
        wire.reply(json={**token_json(NEW_TOKEN, NOW), "expiresAt": "soon"})
        with pytest.raises(
            DispatchTicketsError, match=r"PortalToken the API documents \(malformed: PortalToken\.expires_at"
        ) as caught:
            await call(portal.refresh())
        assert caught.value.code == "unexpected_response"
        assert portal.token == PORTAL_TOKEN
        assert NEW_TOKEN not in str(caught.value)
    finally:
        await close(portal)


async def test_explicit_refresh_with_auto_refresh_does_not_recurse(mode: str, wire: Wire) -> None:
    portal = open_portal(mode, wire.handler, max_retries=0, auto_refresh=True, clock=FakeClock())
    try:
        wire.reply(401, {"message": "Token expired"})
        with pytest.raises(AuthenticationError):
            await call(portal.refresh())
        assert paths(wire) == [(*REFRESH, f"Bearer {PORTAL_TOKEN}")]
    finally:
        await close(portal)


# -- auto_refresh ahead of expiry ------------------------------------------------------------------


async def test_refreshes_before_a_request_when_expiry_is_within_the_margin(mode: str, wire: Wire) -> None:
    clock = FakeClock()
    token = portal_token(PORTAL_TOKEN, NOW + timedelta(seconds=100))  # margin is 300 s
    portal = open_portal(mode, wire.handler, token=token, auto_refresh=True, clock=clock, max_retries=0)
    try:
        wire.reply(json=token_json(NEW_TOKEN, NOW + timedelta(hours=1)))
        wire.reply(json=page(["t1"], has_more=False))
        await call(portal.tickets.list())
        assert paths(wire) == [
            (*REFRESH, f"Bearer {PORTAL_TOKEN}"),
            (*LIST, f"Bearer {NEW_TOKEN}"),
        ]
        assert portal.expires_at == NOW + timedelta(hours=1)

        # the new token is good for an hour: no refresh until the clock gets near that
        wire.reply(json=page([], has_more=False))
        await call(portal.tickets.list())
        assert len(wire.requests) == 3

        clock.now += 3600 - 299
        wire.reply(json=token_json("ptk_third", NOW + timedelta(hours=2)))
        wire.reply(json=page([], has_more=False))
        await call(portal.tickets.list())
        assert [r.url.path for r in wire.requests[3:]] == [REFRESH[1], LIST[1]]
        assert auth_of(wire.last) == "Bearer ptk_third"
    finally:
        await close(portal)


async def test_no_refresh_when_expiry_is_far(mode: str, wire: Wire) -> None:
    clock = FakeClock()
    token = portal_token(PORTAL_TOKEN, NOW + timedelta(seconds=301))
    portal = open_portal(mode, wire.handler, token=token, auto_refresh=True, clock=clock, max_retries=0)
    try:
        wire.reply(json=page([], has_more=False))
        await call(portal.tickets.list())
        assert paths(wire) == [(*LIST, f"Bearer {PORTAL_TOKEN}")]
    finally:
        await close(portal)


async def test_no_refresh_without_auto_refresh(mode: str, wire: Wire) -> None:
    clock = FakeClock()
    token = portal_token(PORTAL_TOKEN, NOW - timedelta(seconds=1))  # already expired
    portal = open_portal(mode, wire.handler, token=token, clock=clock, max_retries=0)
    try:
        wire.reply(401, {"message": "Token expired"})
        with pytest.raises(AuthenticationError):
            await call(portal.tickets.list())
        assert paths(wire) == [(*LIST, f"Bearer {PORTAL_TOKEN}")]
    finally:
        await close(portal)


async def test_a_failed_early_refresh_sends_with_the_current_token(
    mode: str, wire: Wire, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock()
    token = portal_token(PORTAL_TOKEN, NOW + timedelta(seconds=60))
    portal = open_portal(mode, wire.handler, token=token, auto_refresh=True, clock=clock, max_retries=0)
    try:
        caplog.set_level(logging.DEBUG, logger="dispatch")
        wire.reply(503, {"message": "busy"})
        wire.reply(json=page([], has_more=False))
        await call(portal.tickets.list())  # still valid for 60 s: the request succeeds
        assert paths(wire) == [(*REFRESH, f"Bearer {PORTAL_TOKEN}"), (*LIST, f"Bearer {PORTAL_TOKEN}")]
        assert "refreshing the portal token before it expires failed" in caplog.text
        assert PORTAL_TOKEN not in caplog.text

        # not tried early again for the same token (one failed refresh per request would add up)
        wire.reply(json=page([], has_more=False))
        await call(portal.tickets.list())
        assert len(wire.requests) == 3
    finally:
        await close(portal)


async def test_a_refreshed_token_already_inside_the_margin_is_not_refreshed_per_request(
    mode: str, wire: Wire
) -> None:
    clock = FakeClock()
    token = portal_token(PORTAL_TOKEN, NOW + timedelta(seconds=60))
    portal = open_portal(mode, wire.handler, token=token, auto_refresh=True, clock=clock, max_retries=0)
    try:
        wire.reply(json=token_json(NEW_TOKEN, NOW + timedelta(seconds=120)))  # short-lived, or clock skew
        wire.reply(json=page([], has_more=False))
        wire.reply(json=page([], has_more=False))
        await call(portal.tickets.list())
        await call(portal.tickets.list())
        assert [r.url.path for r in wire.requests] == [REFRESH[1], LIST[1], LIST[1]]
        assert auth_of(wire.last) == f"Bearer {NEW_TOKEN}"
    finally:
        await close(portal)


# -- auto_refresh after a 401 ----------------------------------------------------------------------


async def test_a_401_refreshes_once_and_resends(mode: str, wire: Wire) -> None:
    seen: list[RequestContext] = []
    hooks = Hooks(on_request=seen.append)
    portal = open_portal(mode, wire.handler, auto_refresh=True, clock=FakeClock(), max_retries=0, hooks=hooks)
    try:
        wire.reply(401, {"message": "Token expired"})
        wire.reply(json=token_json(NEW_TOKEN, NOW + timedelta(hours=1)))
        wire.reply(json=page(["t1"], has_more=False))
        result = await call(portal.tickets.list(status="open"))
        assert [t.id for t in result] == ["t1"]
        assert paths(wire) == [
            (*LIST, f"Bearer {PORTAL_TOKEN}"),
            (*REFRESH, f"Bearer {PORTAL_TOKEN}"),
            (*LIST, f"Bearer {NEW_TOKEN}"),
        ]
        assert wire.requests[2].url.params["status"] == "open"
        assert portal.token == NEW_TOKEN
        assert portal.expires_at == NOW + timedelta(hours=1)
        # hooks saw the refresh too, with the token masked
        assert [c.url.rsplit("/", 1)[-1] for c in seen] == [
            "tickets?status=open",
            "refresh",
            "tickets?status=open",
        ]
        assert all(c.headers["authorization"] == "Bearer ***" for c in seen)
    finally:
        await close(portal)


async def test_a_401_on_a_create_resends_the_same_idempotency_key(mode: str, wire: Wire) -> None:
    portal = open_portal(mode, wire.handler, auto_refresh=True, clock=FakeClock())
    try:
        wire.reply(401, {"message": "Token expired"})
        wire.reply(json=token_json(NEW_TOKEN, NOW + timedelta(hours=1)))
        wire.reply(201, {**page(["t1"], has_more=False)["data"][0]})
        await call(portal.tickets.create(title="Hi"))
        first, _, resent = wire.requests
        assert first.headers["x-idempotency-key"] == resent.headers["x-idempotency-key"]
        assert auth_of(resent) == f"Bearer {NEW_TOKEN}"
    finally:
        await close(portal)


async def test_a_second_401_after_the_refresh_is_final(mode: str, wire: Wire) -> None:
    portal = open_portal(mode, wire.handler, auto_refresh=True, clock=FakeClock(), max_retries=0)
    try:
        wire.reply(401, {"message": "Token expired"})
        wire.reply(json=token_json(NEW_TOKEN, NOW + timedelta(hours=1)))
        wire.reply(401, {"message": "Customer disabled"})
        with pytest.raises(AuthenticationError, match="Customer disabled"):
            await call(portal.tickets.get("tkt_1"))
        assert [r.url.path for r in wire.requests] == [
            "/v1/portal/tickets/tkt_1",
            REFRESH[1],
            "/v1/portal/tickets/tkt_1",
        ]
    finally:
        await close(portal)


async def test_a_refused_refresh_leaves_the_401(mode: str, wire: Wire) -> None:
    portal = open_portal(mode, wire.handler, auto_refresh=True, clock=FakeClock(), max_retries=0)
    try:
        wire.reply(401, {"message": "Token expired"})
        wire.reply(401, {"message": "Refresh refused"})
        with pytest.raises(AuthenticationError, match="Token expired"):
            await call(portal.tickets.list())
        assert [r.url.path for r in wire.requests] == [LIST[1], REFRESH[1]]

        # that token is dead: the next 401 for it does not ask for a refresh again
        wire.reply(401, {"message": "Token expired"})
        with pytest.raises(AuthenticationError):
            await call(portal.tickets.list())
        assert [r.url.path for r in wire.requests] == [LIST[1], REFRESH[1], LIST[1]]
    finally:
        await close(portal)


async def test_a_failing_refresh_leaves_the_original_401(mode: str, wire: Wire) -> None:
    # The caller asked for tickets: the error it gets is about its request (expired token), not the
    # refresh attempt that broke behind the scenes.
    portal = open_portal(mode, wire.handler, auto_refresh=True, clock=FakeClock(), max_retries=0)
    try:
        wire.reply(401, {"message": "Token expired"})
        wire.reply(500, {"message": "refresh broke"})
        with pytest.raises(AuthenticationError, match="Token expired") as caught:
            await call(portal.tickets.list())
        assert caught.value.status_code == 401
        assert [r.url.path for r in wire.requests] == [LIST[1], REFRESH[1]]
    finally:
        await close(portal)


async def test_refresh_never_logs_a_token(mode: str, wire: Wire, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="dispatch")
    portal = open_portal(mode, wire.handler, auto_refresh=True, clock=FakeClock(), max_retries=0, debug=True)
    try:
        wire.reply(401, {"message": "Token expired"})
        wire.reply(json=token_json(NEW_TOKEN, NOW + timedelta(hours=1)))
        wire.reply(json=page([], has_more=False))
        await call(portal.tickets.list())
        assert "portal token refreshed" in caplog.text
        assert PORTAL_TOKEN not in caplog.text
        assert NEW_TOKEN not in caplog.text
    finally:
        await close(portal)


# -- one refresh for many concurrent callers -------------------------------------------------------


class ExpiringServer:
    """Rejects the old token on /portal/tickets, issues NEW_TOKEN on /portal/refresh (slowly, on cue)."""

    def __init__(self, callers: int) -> None:
        self.lock = threading.Lock()
        self.refreshes = 0
        self.rejected = 0
        self.served = 0
        self.all_rejected = threading.Barrier(callers)
        self.refresh_started = threading.Event()
        self.release_refresh = threading.Event()

    def count(self, name: str) -> None:
        with self.lock:
            setattr(self, name, getattr(self, name) + 1)

    def answer(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == REFRESH[1]:
            return httpx.Response(200, json=token_json(NEW_TOKEN, NOW + timedelta(hours=1)))
        if auth_of(request) == f"Bearer {NEW_TOKEN}":
            self.count("served")
            return httpx.Response(200, json=page(["t1"], has_more=False))
        return httpx.Response(401, json={"message": "Token expired"})

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == REFRESH[1]:
            self.count("refreshes")
            self.refresh_started.set()
            assert self.release_refresh.wait(timeout=10), "the test never released the refresh"
        elif auth_of(request) != f"Bearer {NEW_TOKEN}":
            self.count("rejected")
            self.all_rejected.wait(timeout=10)  # every caller holds a 401 for the old token
        return self.answer(request)


def test_eight_threads_hitting_a_401_share_one_refresh() -> None:
    server = ExpiringServer(callers=8)
    portal = DispatchPortal(
        PORTAL_TOKEN,
        base_url=BASE_URL,
        transport=httpx.MockTransport(server.handler),
        auto_refresh=True,
        clock=FakeClock(),
        max_retries=0,
    )
    with portal, ThreadPoolExecutor(max_workers=8) as pool:
        futures = [pool.submit(portal.tickets.list) for _ in range(8)]
        assert server.refresh_started.wait(timeout=10)
        server.release_refresh.set()  # the other seven are waiting for this refresh meanwhile
        results = [future.result(timeout=10) for future in futures]
    assert [[t.id for t in page] for page in results] == [["t1"]] * 8
    assert (server.rejected, server.refreshes, server.served) == (8, 1, 8)
    assert portal.token == NEW_TOKEN


async def test_eight_tasks_hitting_a_401_share_one_refresh() -> None:
    refreshes = 0
    rejected = 0
    everyone_rejected = asyncio.Event()
    refresh_started = asyncio.Event()
    release_refresh = asyncio.Event()
    server = ExpiringServer(callers=1)

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal refreshes, rejected
        if request.url.path == REFRESH[1]:
            refreshes += 1
            refresh_started.set()
            await release_refresh.wait()
        elif auth_of(request) != f"Bearer {NEW_TOKEN}":
            rejected += 1
            if rejected == 8:
                everyone_rejected.set()
            await everyone_rejected.wait()
        return server.answer(request)

    async def release_when_refreshing() -> None:
        await refresh_started.wait()
        for _ in range(20):  # let the other tasks reach the refresh lock (yields, not sleeps)
            await asyncio.sleep(0)
        release_refresh.set()

    async with AsyncDispatchPortal(
        PORTAL_TOKEN,
        base_url=BASE_URL,
        transport=httpx.MockTransport(handler),
        auto_refresh=True,
        clock=FakeClock(),
        max_retries=0,
    ) as portal:
        releaser = asyncio.create_task(release_when_refreshing())
        results = await asyncio.wait_for(
            asyncio.gather(*(portal.tickets.list() for _ in range(8))), timeout=10
        )
        await releaser
    assert [[t.id for t in page] for page in results] == [["t1"]] * 8
    assert (rejected, refreshes, server.served) == (8, 1, 8)
    assert portal.token == NEW_TOKEN


@pytest.mark.parametrize("expires_in", [10, -10], ids=["still valid", "expired"])
def test_threads_share_one_early_refresh(expires_in: int) -> None:
    """One refresh for eight threads. While it runs, a thread with a still valid token sends it rather
    than wait (no lock is held across the refresh: see test_hook_reentrancy); an expired one waits."""
    started = threading.Event()
    release = threading.Event()
    refreshes = 0
    lock = threading.Lock()

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal refreshes
        if request.url.path == REFRESH[1]:
            with lock:
                refreshes += 1
            started.set()
            assert release.wait(timeout=10)
            return httpx.Response(200, json=token_json(NEW_TOKEN, NOW + timedelta(hours=1)))
        sent.append(auth_of(request))
        return httpx.Response(200, json=page([], has_more=False))

    sent: list[str] = []
    clock: Callable[[], float] = FakeClock()
    portal = DispatchPortal(
        portal_token(PORTAL_TOKEN, NOW + timedelta(seconds=expires_in)),
        base_url=BASE_URL,
        transport=httpx.MockTransport(handler),
        auto_refresh=True,
        clock=clock,
        max_retries=0,
    )
    with portal, ThreadPoolExecutor(max_workers=8) as pool:
        futures = [pool.submit(portal.tickets.list) for _ in range(8)]
        assert started.wait(timeout=10)
        release.set()
        for future in futures:
            future.result(timeout=10)
    assert refreshes == 1
    allowed = {f"Bearer {NEW_TOKEN}"} if expires_in < 0 else {f"Bearer {NEW_TOKEN}", f"Bearer {PORTAL_TOKEN}"}
    assert len(sent) == 8
    assert set(sent) <= allowed


async def test_async_credentials_work_across_event_loops(wire: Wire) -> None:
    """The asyncio lock is per event loop: a client reused by a second loop (asyncio.run twice) works."""
    portal = AsyncDispatchPortal(
        PORTAL_TOKEN,
        base_url=BASE_URL,
        transport=httpx.MockTransport(wire.handler),
        auto_refresh=True,
        clock=FakeClock(),
    )
    wire.reply(401, {"message": "Token expired"})
    wire.reply(json=token_json(NEW_TOKEN, NOW + timedelta(hours=1)))
    wire.reply(json=page([], has_more=False))
    await portal.tickets.list()

    def in_another_loop() -> None:
        wire.reply(401, {"message": "Token expired"})
        wire.reply(json=token_json("ptk_third", NOW + timedelta(hours=2)))
        wire.reply(json=page([], has_more=False))
        asyncio.run(portal.tickets.list())

    await asyncio.to_thread(in_another_loop)
    assert portal.token == "ptk_third"
    await portal.aclose()


class _PassedDeadline:
    """What the transport registers while a call with no time left gets or renews its token."""

    deadline = 0.0
    renewal_expired: Any = None  # set by the credentials when they give up for lack of time

    def time_left(self) -> float:
        return 0.0


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_caller_waiting_for_another_s_renewal_gives_up_at_its_own_deadline(mode: str) -> None:
    """Another caller's refresh hangs; a 401 in a call whose total_timeout has run out does not wait
    for it (the transport then raises the call's TimeoutError). Before, it waited as long as the refresh."""
    from dispatch._portal import PortalCredentials
    from dispatch._transport import _renewing_for

    credentials = PortalCredentials(PORTAL_TOKEN, auto_refresh=True)
    if mode == "sync":
        fetching, release = threading.Event(), threading.Event()

        def fetch(token: str) -> PortalToken:
            fetching.set()
            release.wait(10)
            return portal_token(NEW_TOKEN, NOW + timedelta(hours=1))

        credentials.bind(fetch=fetch)
        leader = threading.Thread(
            target=credentials.renew_after_unauthorized, args=(PORTAL_TOKEN,), daemon=True
        )
        leader.start()
        assert fetching.wait(10)
        answers: list[bool] = []

        call = _PassedDeadline()

        def follow() -> None:
            _renewing_for.set(call)  # type: ignore[arg-type]
            answers.append(credentials.renew_after_unauthorized(PORTAL_TOKEN))

        follower = threading.Thread(target=follow, daemon=True)
        follower.start()
        follower.join(5)
        release.set()
        leader.join(10)
        assert answers == [False]
        assert (
            "had not landed by the deadline" in call.renewal_expired.reason
        )  # the call raises its TimeoutError
        return

    async_fetching, async_release = asyncio.Event(), asyncio.Event()

    async def fetch_async(token: str) -> PortalToken:
        async_fetching.set()
        await async_release.wait()
        return portal_token(NEW_TOKEN, NOW + timedelta(hours=1))

    credentials.bind(fetch_async=fetch_async)
    leading = asyncio.create_task(credentials.renew_after_unauthorized_async(PORTAL_TOKEN))
    await asyncio.wait_for(async_fetching.wait(), 10)

    async_call = _PassedDeadline()

    async def follow_async() -> bool:
        _renewing_for.set(async_call)  # type: ignore[arg-type]
        return await credentials.renew_after_unauthorized_async(PORTAL_TOKEN)

    try:
        assert await asyncio.wait_for(asyncio.create_task(follow_async()), 5) is False
        assert "had not landed by the deadline" in async_call.renewal_expired.reason
    finally:
        async_release.set()
        await asyncio.wait_for(leading, 10)
