"""Hooks may call back into the client: no lock of the SDK is held while they run (sync and async).

The portal's token refresh is the one place that serialises callers; its request runs the hooks, so a
hook that calls the portal again must not wait for the refresh it runs inside. Each test bounds its
call (a thread join, ``asyncio.wait_for``), so a deadlock fails it quickly instead of hanging the run.
Also: ``on_error`` gets the very exception raised, and ``on_request`` can add headers to the request.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import pytest

from dispatch import (
    AsyncDispatchTickets,
    AuthenticationError,
    DispatchTickets,
    DispatchTicketsError,
    Hooks,
    NetworkError,
    RequestContext,
    ResponseContext,
    RetryConfig,
    ValidationError,
)
from tests._engine import httpx
from tests.unit.conftest import API_KEY, BASE_URL, Wire, call
from tests.unit.test_portal import PORTAL_TOKEN, SnapshotWire, open_portal, page
from tests.unit.test_portal_refresh import NEW_TOKEN, NOW, FakeClock, token_json
from tests.unit.test_tickets import TICKET

DEADLOCK_GUARD = 10.0  # seconds: far more than any of these calls needs, far less than the suite's limit
REFRESH_PATH = "/v1/portal/refresh"


@pytest.fixture
def wire() -> Wire:
    return SnapshotWire()  # each attempt as it was sent (a resend reuses and updates the same request)


async def bounded(mode: str, work: Callable[[], Any]) -> Any:
    """``work()`` (awaited when async), failing the test if it does not finish within the guard."""
    if mode == "async":
        result = work()
        assert isinstance(result, Awaitable)
        try:
            return await asyncio.wait_for(result, DEADLOCK_GUARD)
        except TimeoutError:
            pytest.fail("deadlock: the call did not finish")
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed to the test thread
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(DEADLOCK_GUARD)
    if thread.is_alive():
        pytest.fail("deadlock: the call did not finish")
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


async def close_any(client: Any) -> None:
    await call(client.aclose() if hasattr(client, "aclose") else client.close())


# -- the portal: hooks of the token refresh calling the portal back ----------------------------------


async def test_a_hook_of_the_refresh_request_can_make_a_request(mode: str, wire: Wire) -> None:
    """auto_refresh after a 401: the refresh request's on_response logs through a second portal request."""
    nested: list[str] = []
    portal: Any = None

    def log_through_the_portal(ctx: ResponseContext) -> Any:
        if not ctx.request.url.endswith("/portal/refresh") or nested:
            return None

        def outcome(error: DispatchTicketsError | None) -> None:
            nested.append("ok" if error is None else type(error).__name__)

        if mode == "sync":
            try:
                portal.tickets.get("tkt_log")
                outcome(None)
            except DispatchTicketsError as error:
                outcome(error)
            return None

        async def in_async() -> None:
            try:
                await portal.tickets.get("tkt_log")
                outcome(None)
            except DispatchTicketsError as error:
                outcome(error)

        return in_async()

    portal = open_portal(
        mode,
        wire.handler,
        auto_refresh=True,
        clock=FakeClock(),
        max_retries=0,
        hooks=Hooks(on_response=log_through_the_portal),
    )
    try:
        wire.reply(401, {"message": "Token expired"})  # the list, with the old token
        wire.reply(json=token_json(NEW_TOKEN, NOW + timedelta(hours=1)))  # the refresh
        wire.reply(401, {"message": "Token expired"})  # the hook's request: still the old token
        wire.reply(json=page(["t1"], has_more=False))  # the list again, with the new token
        result = await bounded(mode, lambda: portal.tickets.list())
        assert [t.id for t in result] == ["t1"]
        # The hook's request ran inside the refresh: it went out with the token then current, and its
        # 401 did not wait for (nor start) another refresh.
        assert nested == ["AuthenticationError"]
        assert [r.url.path for r in wire.requests] == [
            "/v1/portal/tickets",
            REFRESH_PATH,
            "/v1/portal/tickets/tkt_log",
            "/v1/portal/tickets",
        ]
        assert wire.requests[2].headers["authorization"] == f"Bearer {PORTAL_TOKEN}"
        assert wire.requests[3].headers["authorization"] == f"Bearer {NEW_TOKEN}"
        assert portal.token == NEW_TOKEN
    finally:
        await close_any(portal)


async def test_on_error_calling_refresh_does_not_deadlock(mode: str, wire: Wire) -> None:
    """The portal's on_error calls portal.refresh(): fine for a ticket's 401; for the refresh's own 401
    it would repeat the failing refresh, so that call raises refresh_in_progress instead of waiting."""
    portal: Any = None
    seen: list[str] = []

    def refresh_on_401(error: DispatchTicketsError, ctx: RequestContext) -> Any:
        seen.append(ctx.url.rsplit("/", 1)[-1])
        if isinstance(error, AuthenticationError):
            return portal.refresh()  # a coroutine for the async portal: the hook is awaited
        return None

    portal = open_portal(mode, wire.handler, max_retries=0, hooks=Hooks(on_error=refresh_on_401))
    try:
        # A ticket's 401: the hook refreshes (no refresh is running), then the 401 is raised.
        wire.reply(401, {"message": "Token expired"})
        wire.reply(json=token_json(NEW_TOKEN, NOW + timedelta(hours=1)))
        with pytest.raises(AuthenticationError):
            await bounded(mode, lambda: portal.tickets.list())
        assert portal.token == NEW_TOKEN

        # The refresh's own 401: its on_error calls refresh() again, which refuses to repeat it.
        wire.reply(401, {"message": "Refresh refused"})
        with pytest.raises(DispatchTicketsError) as raised:
            await bounded(mode, lambda: portal.refresh())
        assert raised.value.code == "refresh_in_progress"
        assert seen == ["tickets", "refresh"]  # the refused refresh() sent nothing
        assert [r.url.path for r in wire.requests].count(REFRESH_PATH) == 2  # no third refresh
    finally:
        await close_any(portal)


async def test_an_early_refresh_is_skipped_by_a_call_from_its_own_hook(mode: str, wire: Wire) -> None:
    """The token is due for an early refresh; the refresh request's on_request hook makes a request:
    it goes out with the current (still valid) token instead of waiting for the refresh."""
    from tests.unit.test_portal_refresh import portal_token

    portal: Any = None
    nested_done: list[bool] = []

    def on_request(ctx: RequestContext) -> Any:
        if not ctx.url.endswith("/portal/refresh") or nested_done:
            return None
        nested_done.append(True)
        return portal.tickets.list()

    portal = open_portal(
        mode,
        wire.handler,
        token=portal_token(PORTAL_TOKEN, NOW + timedelta(seconds=10)),
        auto_refresh=True,
        clock=FakeClock(),
        max_retries=0,
        hooks=Hooks(on_request=on_request),
    )
    try:
        wire.reply(json=page([], has_more=False))  # the hook's list (sent before the refresh goes out)
        wire.reply(json=token_json(NEW_TOKEN, NOW + timedelta(hours=1)))  # the early refresh
        wire.reply(json=page(["t1"], has_more=False))  # the caller's list, with the new token
        result = await bounded(mode, lambda: portal.tickets.list())
        assert [t.id for t in result] == ["t1"]
        assert [(r.url.path, r.headers["authorization"]) for r in wire.requests] == [
            ("/v1/portal/tickets", f"Bearer {PORTAL_TOKEN}"),
            (REFRESH_PATH, f"Bearer {PORTAL_TOKEN}"),
            ("/v1/portal/tickets", f"Bearer {NEW_TOKEN}"),
        ]
    finally:
        await close_any(portal)


async def test_a_hook_of_an_early_refresh_can_wait_for_a_call_made_elsewhere(mode: str, wire: Wire) -> None:
    """The refresh request's hook hands a portal call to another thread (sync) or to a task with a context
    of its own (async) and waits for it: that call is not "inside" the refresh, so it must not wait for
    the refresh either. It goes out with the current, still valid token. (A lock held across the refresh
    request deadlocked here: the hook waited for the call, the call for the lock.)"""
    import concurrent.futures
    import contextvars

    from tests.unit.test_portal_refresh import portal_token

    portal: Any = None
    seen: list[str] = []
    pool = concurrent.futures.ThreadPoolExecutor(1)

    def on_request(ctx: RequestContext) -> Any:
        if not ctx.url.endswith("/portal/refresh") or seen:
            return None
        seen.append("hook")
        if mode == "sync":
            pool.submit(portal.tickets.list).result(timeout=DEADLOCK_GUARD / 2)
            seen.append("done")
            return None

        async def elsewhere() -> None:
            task = asyncio.get_running_loop().create_task(
                portal.tickets.list(), context=contextvars.Context()
            )
            await asyncio.wait_for(task, DEADLOCK_GUARD / 2)
            seen.append("done")

        return elsewhere()

    portal = open_portal(
        mode,
        wire.handler,
        token=portal_token(PORTAL_TOKEN, NOW + timedelta(seconds=10)),
        auto_refresh=True,
        clock=FakeClock(),
        max_retries=0,
        hooks=Hooks(on_request=on_request),
    )
    try:
        wire.reply(json=page([], has_more=False))  # the call made elsewhere, during the refresh
        wire.reply(json=token_json(NEW_TOKEN, NOW + timedelta(hours=1)))  # the early refresh
        wire.reply(json=page(["t1"], has_more=False))  # the caller's list, with the new token
        result = await bounded(mode, lambda: portal.tickets.list())
        assert [t.id for t in result] == ["t1"]
        assert seen == ["hook", "done"]
        assert [(r.url.path, r.headers["authorization"]) for r in wire.requests] == [
            ("/v1/portal/tickets", f"Bearer {PORTAL_TOKEN}"),
            (REFRESH_PATH, f"Bearer {PORTAL_TOKEN}"),
            ("/v1/portal/tickets", f"Bearer {NEW_TOKEN}"),
        ]
    finally:
        pool.shutdown(wait=False)
        await close_any(portal)


# -- the admin client: hooks making requests, on_error's error, on_request's headers ----------------


def admin(mode: str, wire: Wire, hooks: Hooks, **options: Any) -> Any:
    cls = DispatchTickets if mode == "sync" else AsyncDispatchTickets
    if "retry" not in options:
        options["max_retries"] = 0
    return cls(
        API_KEY, base_url=BASE_URL, transport=httpx.MockTransport(wire.handler), hooks=hooks, **options
    )


async def test_every_hook_can_call_the_client_back(mode: str, wire: Wire) -> None:
    client: Any = None
    calls: list[str] = []

    def again(name: str) -> Callable[..., Any]:
        def hook(*args: Any) -> Any:
            ctx = args[0] if isinstance(args[0], RequestContext | ResponseContext) else args[1]
            url = ctx.url if isinstance(ctx, RequestContext) else ctx.request.url
            if url.endswith("tkt_side"):
                return None  # the hooks of the side request itself
            calls.append(name)
            return client.tickets.get("br_1", "tkt_side")

        return hook

    hooks = Hooks(
        on_request=again("on_request"),
        on_response=again("on_response"),
        on_retry=again("on_retry"),
        on_error=again("on_error"),
    )
    client = admin(mode, wire, hooks, retry=RetryConfig(max_retries=1, initial_delay=0, jitter=0))
    try:
        side = {**TICKET, "id": "tkt_side"}
        for reply in (
            (200, side),  # on_request's side call (attempt 0)
            (503, {"message": "busy"}),  # the call, attempt 0
            (200, side),  # on_response's side call
            (200, side),  # on_retry's side call
            (200, side),  # on_request's side call (attempt 1)
            (422, {"message": "Validation failed"}),  # the call, attempt 1
            (200, side),  # on_response's side call
            (200, side),  # on_error's side call
        ):
            wire.reply(reply[0], reply[1])
        with pytest.raises(ValidationError):
            await bounded(mode, lambda: client.tickets.get("br_1", "tkt_1"))
        assert calls == ["on_request", "on_response", "on_retry", "on_request", "on_response", "on_error"]
    finally:
        await close_any(client)


async def test_on_error_gets_the_very_exception_raised(mode: str, wire: Wire) -> None:
    errors: list[DispatchTicketsError] = []
    client = admin(mode, wire, Hooks(on_error=lambda error, ctx: errors.append(error)))
    try:
        wire.reply(
            422, {"message": "Validation failed", "errors": [{"field": "title", "message": "required"}]}
        )
        with pytest.raises(ValidationError) as status_error:
            await call(client.tickets.update("br_1", "tkt_1", title="x"))
        wire.fail(httpx.ReadError("reset"))
        with pytest.raises(NetworkError) as network_error:
            await call(client.tickets.get("br_1", "tkt_1"))
        assert len(errors) == 2
        assert errors[0] is status_error.value
        assert errors[1] is network_error.value
    finally:
        await close_any(client)


async def test_on_request_adds_a_traceparent_to_every_attempt(mode: str, wire: Wire) -> None:
    sent: list[tuple[int, str]] = []

    def trace(ctx: RequestContext) -> None:
        value = f"00-0af7651916cd43dd8448eb211c80319c-{ctx.attempt:016x}-01"
        ctx.set_header("traceparent", value)
        assert ctx.headers["traceparent"] == value
        sent.append((ctx.attempt, value))

    client = admin(mode, wire, Hooks(on_request=trace), retry=RetryConfig(max_retries=1, initial_delay=0))
    try:
        wire.reply(502, {"message": "bad gateway"})
        wire.reply(200, TICKET)
        await call(client.tickets.get("br_1", "tkt_1"))
        assert [r.headers["traceparent"] for r in wire.requests] == [value for _, value in sent]
        assert [attempt for attempt, _ in sent] == [0, 1]
    finally:
        await close_any(client)


@pytest.mark.parametrize("name", ["Authorization", "X-Idempotency-Key", "x-idempotency-key"])
async def test_on_request_may_not_change_what_the_sdk_owns(mode: str, wire: Wire, name: str) -> None:
    def meddle(ctx: RequestContext) -> None:
        ctx.set_header(name, "mine")

    client = admin(mode, wire, Hooks(on_request=meddle))
    try:
        with pytest.raises(ValueError, match="set by the SDK"):
            await call(client.tickets.get("br_1", "tkt_1"))
        assert wire.requests == []
    finally:
        await close_any(client)


def test_set_header_refuses_a_line_break_and_a_hand_made_context() -> None:
    request = httpx.Request("GET", "https://api.test/v1/x")
    ctx = RequestContext(method="GET", url="u", headers={}, attempt=0, idempotency_key=None, outgoing=request)
    with pytest.raises(ValueError, match="line break"):
        ctx.set_header("x-trace", "a\r\nInjected: 1")
    hand_made = RequestContext(method="GET", url="u", headers={}, attempt=0, idempotency_key=None)
    with pytest.raises(RuntimeError):
        hand_made.set_header("x-trace", "1")
