"""The deadline of a whole call (``total_timeout``) and the per-call options, in both transports.

Nothing sleeps and no real time passes: a manual clock advances only when the transport "sleeps" (the
injected sleep) and when the fake server says an attempt took some time.
"""

from __future__ import annotations

import asyncio
import builtins
from collections.abc import Callable
from typing import Any

import pytest

from dispatch import AsyncDispatchPortal, AsyncDispatchTickets, DispatchPortal, DispatchTickets
from dispatch._constants import DEFAULT_TOTAL_TIMEOUT, REQUEST_OPTIONS_EXTENSION, RETRIES_TAKEN_EXTENSION
from dispatch._errors import DispatchTicketsError, RateLimitError, ServerError
from dispatch._errors import TimeoutError as DispatchTimeoutError
from dispatch._transport import (
    AsyncDispatchTransport,
    Credentials,
    DispatchTransport,
    Hooks,
    RequestContext,
    ResponseContext,
    RetryConfig,
    renewal_ran_out,
)
from tests._engine import httpx
from tests.unit.conftest import API_KEY, BASE_URL, Wire, call
from tests.unit.test_transport import API_URL, BACKOFF, TOKEN, Harness, Transport, reply

ATTEMPT_SECONDS = 0.5  # how long each attempt takes on the manual clock


class ManualClock:
    """A monotonic clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class DeadlineHarness(Harness):
    """A :class:`Harness` whose sleeps and attempts move a manual clock; records each attempt's timeouts."""

    def __init__(self, mode: str) -> None:
        super().__init__(mode)
        self.clock = ManualClock()
        self.timeouts: list[dict[str, float | None]] = []
        self.started_at: list[float] = []

    def handler(self, script: list[httpx.Response | Exception]) -> Callable[[httpx.Request], httpx.Response]:
        inner = super().handler(script)

        def handle(request: httpx.Request) -> httpx.Response:
            self.timeouts.append(dict(request.extensions.get("timeout", {})))
            self.started_at.append(self.clock.now)
            self.clock.now += ATTEMPT_SECONDS
            return inner(request)

        return handle

    def transport(self, inner: Any, **options: Any) -> Transport:
        options.setdefault("clock", self.clock)
        transport = super().transport(inner, **options)
        # The Harness records each delay; the manual clock advances by it too.
        if isinstance(transport, DispatchTransport):

            def sleep(seconds: float) -> None:
                self.delays.append(seconds)
                self.clock.now += seconds

            transport._sleep = sleep
        else:

            async def async_sleep(seconds: float) -> None:
                self.delays.append(seconds)
                self.clock.now += seconds

            transport._sleep = async_sleep
        return transport


@pytest.fixture(params=["sync", "async"])
def d(request: pytest.FixtureRequest) -> DeadlineHarness:
    return DeadlineHarness(request.param)


def options(**values: Any) -> dict[str, Any]:
    """``send=`` for Harness.run: the per-call options as the request helper attaches them."""
    return {"extensions": {REQUEST_OPTIONS_EXTENSION: values}}


# --------------------------------------------------------------------------------------------------
# The deadline
# --------------------------------------------------------------------------------------------------


async def test_no_retry_is_made_when_its_wait_would_pass_the_deadline(d: DeadlineHarness) -> None:
    # t=0 attempt 1 (0.5 s), wait 1.125 -> t=1.625 attempt 2 (0.5 s) -> t=2.125; the next wait (2.25 s)
    # would end at 4.375, past the 3 s deadline: stop now, without sleeping into certain failure.
    with pytest.raises(DispatchTimeoutError) as caught:
        await d.run([reply(503, "req_1"), reply(503, "req_2"), reply(200)], total_timeout=3.0)

    error = caught.value
    assert len(d.sent) == 2
    assert d.delays == BACKOFF[:1]
    assert error.attempts == 2
    assert "Gave up after 2 attempts within the total_timeout of 3 s" in str(error)
    assert error.reason is not None
    assert "next retry would wait 2.25 s, 0.88 s are left" in error.reason
    assert isinstance(error.__cause__, ServerError)
    assert error.__cause__.request_id == "req_2"
    assert error.request_id == "req_2"
    assert isinstance(error, builtins.TimeoutError)
    assert error.code == "timeout_error"


async def test_a_retry_after_longer_than_the_time_left_gives_up_at_once(d: DeadlineHarness) -> None:
    with pytest.raises(DispatchTimeoutError) as caught:
        await d.run([reply(429, **{"retry-after": "20"}), reply(200)], total_timeout=10.0)

    assert len(d.sent) == 1
    assert d.delays == []
    assert caught.value.attempts == 1
    assert "server asks to wait 20.00 s, 9.50 s are left" in str(caught.value)
    assert isinstance(caught.value.__cause__, RateLimitError)


async def test_a_retry_after_past_the_cap_and_the_deadline_is_the_deadline_s_error(
    d: DeadlineHarness,
) -> None:
    with pytest.raises(DispatchTimeoutError):
        await d.run([reply(429, **{"retry-after": "120"})], total_timeout=10.0)

    assert len(d.sent) == 1


async def test_a_retry_after_within_the_time_left_is_waited(d: DeadlineHarness) -> None:
    response = await d.run([reply(503, **{"retry-after": "2"}), reply(200)], total_timeout=10.0)

    assert response.status_code == 200
    assert d.delays == [2.0]


async def test_each_attempt_s_timeout_is_cut_to_the_time_left(d: DeadlineHarness) -> None:
    # httpx.Client's default timeout is 5 s for each phase: the first attempt gets min(5, 4) = 4 s, the
    # second what is left after 0.5 s of attempt and 1.125 s of waiting.
    response = await d.run([reply(503), reply(200)], total_timeout=4.0)

    assert response.status_code == 200
    assert d.timeouts[0] == {"connect": 4.0, "read": 4.0, "write": 4.0, "pool": 4.0}
    assert d.timeouts[1] == {"connect": 2.375, "read": 2.375, "write": 2.375, "pool": 2.375}


async def test_a_longer_deadline_leaves_the_attempt_timeouts_alone(d: DeadlineHarness) -> None:
    await d.run([reply(200)], total_timeout=60.0)

    assert d.timeouts[0] == {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}


async def test_without_a_deadline_nothing_changes(d: DeadlineHarness) -> None:
    response = await d.run([reply(503), reply(503), reply(503), reply(503)])

    assert response.status_code == 503
    assert d.delays == BACKOFF
    assert d.timeouts[-1] == {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}


async def test_an_attempt_cut_short_by_the_deadline_is_not_retried(d: DeadlineHarness) -> None:
    timeout = httpx.ReadTimeout("timed out")

    def times_out(request: httpx.Request) -> httpx.Response:
        d.sent.append(request)
        d.clock.now += request.extensions["timeout"]["read"]  # the cut read timeout runs out
        raise timeout

    transport = d.transport(httpx.MockTransport(times_out), total_timeout=2.0)
    with pytest.raises(DispatchTimeoutError) as caught:
        await d.send(transport, "PUT")

    assert len(d.sent) == 1
    assert d.delays == []
    assert caught.value.attempts == 1
    assert "deadline passed during attempt 1 (ReadTimeout)" in str(caught.value)
    assert caught.value.__cause__ is timeout


async def test_no_attempt_starts_once_the_deadline_has_passed(d: DeadlineHarness) -> None:
    # A slow on_retry hook eats the time left: the wait fitted, the next attempt has no time.
    def slow_hook(ctx: RequestContext, error: DispatchTicketsError, delay: float) -> None:
        d.clock.now += 10

    errors: list[DispatchTicketsError] = []
    hooks = Hooks(on_retry=slow_hook, on_error=lambda error, ctx: errors.append(error))
    with pytest.raises(DispatchTimeoutError) as caught:
        await d.run([reply(503), reply(200)], total_timeout=5.0, hooks=hooks)

    assert len(d.sent) == 1
    assert caught.value.attempts == 1
    assert "no time was left for another attempt" in str(caught.value)
    assert errors == [caught.value]  # on_error sees the very error raised


async def test_on_error_sees_the_deadline_error_that_is_raised(d: DeadlineHarness) -> None:
    errors: list[DispatchTicketsError] = []
    hooks = Hooks(on_error=lambda error, ctx: errors.append(error))
    with pytest.raises(DispatchTimeoutError) as caught:
        await d.run([reply(503), reply(503)], total_timeout=2.0, hooks=hooks)

    assert errors == [caught.value]


# --------------------------------------------------------------------------------------------------
# Per-call options (the request extension) and retries taken (the response extension)
# --------------------------------------------------------------------------------------------------


async def test_per_call_total_timeout_overrides_the_client_s(d: DeadlineHarness) -> None:
    with pytest.raises(DispatchTimeoutError):
        await d.run([reply(503), reply(200)], total_timeout=None, send=options(total_timeout=1.0))
    assert len(d.sent) == 1


async def test_per_call_total_timeout_none_lifts_the_client_s(d: DeadlineHarness) -> None:
    response = await d.run([reply(503), reply(200)], total_timeout=1.0, send=options(total_timeout=None))

    assert response.status_code == 200
    assert len(d.sent) == 2


async def test_per_call_max_retries_overrides_the_client_s(d: DeadlineHarness) -> None:
    response = await d.run([reply(503)] * 2, "PUT", send=options(max_retries=1))

    assert response.status_code == 503
    assert len(d.sent) == 2
    assert response.extensions[RETRIES_TAKEN_EXTENSION] == 1


async def test_per_call_max_retries_zero_sends_once_without_a_key(d: DeadlineHarness) -> None:
    response = await d.run([reply(503)], "PUT", send=options(max_retries=0))

    assert response.status_code == 503
    assert len(d.sent) == 1
    assert d.header("x-idempotency-key") == [None]


async def test_per_call_max_retries_can_raise_the_client_s(d: DeadlineHarness) -> None:
    script: list[httpx.Response | Exception] = [reply(503), reply(503), reply(503), reply(200)]
    response = await d.run(script, retry=RetryConfig(max_retries=0), send=options(max_retries=3))

    assert response.status_code == 200
    assert response.extensions[RETRIES_TAKEN_EXTENSION] == 3


@pytest.mark.parametrize(
    ("script", "retries"),
    [([200], 0), ([503, 200], 1), ([503, 503, 503, 503], 3), ([404], 0)],
)
async def test_every_response_says_how_many_retries_it_took(
    d: DeadlineHarness, script: list[int], retries: int
) -> None:
    response = await d.run([reply(status) for status in script])

    assert response.status_code == script[-1]
    assert response.extensions[RETRIES_TAKEN_EXTENSION] == retries


@pytest.mark.parametrize(
    ("value", "error"),
    [
        ({"max_retries": -1}, ValueError),
        ({"max_retries": True}, ValueError),
        ({"total_timeout": 0}, ValueError),
        ({"total_timeout": "5"}, TypeError),
    ],
)
async def test_bad_per_call_options_fail_before_sending(
    d: DeadlineHarness, value: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error):
        await d.run([reply(200)], send={"extensions": {REQUEST_OPTIONS_EXTENSION: value}})
    assert d.sent == []


@pytest.mark.parametrize(
    ("value", "error"), [(0, ValueError), (-1.0, ValueError), (float("nan"), ValueError), ("9", TypeError)]
)
@pytest.mark.parametrize("cls", [DispatchTransport, AsyncDispatchTransport])
def test_transport_refuses_a_bad_total_timeout(cls: Any, value: Any, error: type[Exception]) -> None:
    with pytest.raises(error, match="total_timeout"):
        cls(httpx.MockTransport(lambda r: reply(200)), credentials=None, total_timeout=value)


async def test_with_config_changes_the_total_timeout(d: DeadlineHarness) -> None:
    original = d.transport(httpx.MockTransport(d.handler([reply(503), reply(200)])), total_timeout=None)
    copy = original.with_config(total_timeout=1.0)

    assert (original.total_timeout, copy.total_timeout) == (None, 1.0)
    assert copy.with_config().total_timeout == 1.0
    assert copy.with_config(total_timeout=None).total_timeout is None
    with pytest.raises(DispatchTimeoutError):
        await d.send(copy, "GET", API_URL)


# --------------------------------------------------------------------------------------------------
# The clients: total_timeout at construction and in with_options
# --------------------------------------------------------------------------------------------------


def make_client(mode: str, wire: Wire, **options: Any) -> Any:
    cls = DispatchTickets if mode == "sync" else AsyncDispatchTickets
    return cls(API_KEY, base_url=BASE_URL, transport=httpx.MockTransport(wire.handler), **options)


async def test_client_total_timeout_reaches_the_transport(mode: str, wire: Wire) -> None:
    wire.reply(503, json={"message": "down"}, headers={"retry-after": "30"})
    client = make_client(mode, wire, total_timeout=5.0)

    assert client.total_timeout == 5.0
    with pytest.raises(DispatchTimeoutError) as caught:
        await call(client.accounts.me())  # a 30 s retry-after cannot fit in 5 s: no wait at all

    assert caught.value.attempts == 1
    assert len(wire.requests) == 1


async def test_client_default_is_no_deadline(mode: str, wire: Wire) -> None:
    client = make_client(mode, wire, max_retries=0)

    assert client.total_timeout is DEFAULT_TOTAL_TIMEOUT
    wire.reply(503, json={"message": "down"}, headers={"retry-after": "30"})
    with pytest.raises(ServerError):
        await call(client.accounts.me())


async def test_with_options_sets_and_lifts_the_total_timeout(mode: str, wire: Wire) -> None:
    client = make_client(mode, wire, max_retries=1)
    bounded = client.with_options(total_timeout=5.0)

    assert (client.total_timeout, bounded.total_timeout) == (None, 5.0)
    assert bounded.with_options(max_retries=2).total_timeout == 5.0
    assert bounded.with_options(total_timeout=None).total_timeout is None
    wire.reply(503, json={"message": "down"}, headers={"retry-after": "30"})
    with pytest.raises(DispatchTimeoutError):
        await call(bounded.accounts.me())


@pytest.mark.parametrize("cls", [DispatchTickets, AsyncDispatchTickets, DispatchPortal, AsyncDispatchPortal])
def test_clients_refuse_a_bad_total_timeout(cls: Any) -> None:
    with pytest.raises(ValueError, match="total_timeout"):
        cls("sk_test_x", total_timeout=-1)


@pytest.mark.parametrize("cls", [DispatchPortal, AsyncDispatchPortal])
def test_portal_clients_take_a_total_timeout(cls: Any) -> None:
    portal = cls("ptk_x", base_url=BASE_URL, total_timeout=7.5)

    assert portal.total_timeout == 7.5
    assert portal._transport.total_timeout == 7.5


async def test_portal_verify_takes_a_total_timeout(mode: str, wire: Wire) -> None:
    wire.reply(503, json={"message": "down"}, headers={"retry-after": "30"})
    cls = DispatchPortal if mode == "sync" else AsyncDispatchPortal

    with pytest.raises(DispatchTimeoutError) as caught:
        await call(
            cls.verify("mlt_1", BASE_URL, transport=httpx.MockTransport(wire.handler), total_timeout=5.0)
        )

    assert caught.value.attempts == 1
    assert wire.last.url.path == "/v1/portal/verify"


# --------------------------------------------------------------------------------------------------
# A token renewal inside a call spends the call's time, not a deadline of its own
# --------------------------------------------------------------------------------------------------

REFRESH_URL = "https://api.test/v1/portal/refresh"


class RenewingCredentials(Credentials):
    """Renews after a 401 with a request of its own through ``refresher`` (as the portal's do); with
    ``quiet``, a failed renewal answers False instead of raising (as the portal's do too)."""

    refresher: Transport
    quiet = False

    def renew_after_unauthorized(self, rejected_token: str) -> bool:
        try:
            with httpx.Client(transport=self.refresher) as client:
                client.post(REFRESH_URL).raise_for_status()
        except DispatchTicketsError:
            if not self.quiet:
                raise
            return False
        return True

    async def renew_after_unauthorized_async(self, rejected_token: str) -> bool:
        try:
            async with httpx.AsyncClient(transport=self.refresher) as client:
                (await client.post(REFRESH_URL)).raise_for_status()
        except DispatchTicketsError:
            if not self.quiet:
                raise
            return False
        return True


async def test_a_renewal_inside_a_call_ends_at_the_call_s_deadline(d: DeadlineHarness) -> None:
    # t=0 the call's attempt: 401 -> renew: t=0.5 refresh 503, wait 1.125, t=2.125 refresh 503; the
    # next wait (2.25 s) would pass the CALL's 3 s deadline: the renewal stops there, and so does the call
    # (the refresh's own total_timeout, 60 s, would have let it run three times longer).
    credentials = RenewingCredentials(TOKEN)
    script = [reply(401), reply(503), reply(503), reply(503), reply(503), reply(200)]
    transport = d.transport(httpx.MockTransport(d.handler(script)), credentials=credentials)
    credentials.refresher = transport.with_config(credentials=None)

    with pytest.raises(DispatchTimeoutError) as caught:
        await d.send(transport, **options(total_timeout=3.0))

    assert [sent.url for sent in d.sent] == [API_URL, REFRESH_URL, REFRESH_URL]
    assert d.delays == BACKOFF[:1]
    assert d.clock.now - 1000.0 <= 3.0
    assert "within the time left to the call whose token it renews" in str(caught.value)


async def test_a_renewal_that_failed_for_lack_of_time_ends_the_call_with_the_deadline_s_error(
    d: DeadlineHarness,
) -> None:
    # The portal's credentials answer False when a refresh fails: the call would then end with the 401
    # as if the token were bad, when it was the deadline that ran out.
    credentials = RenewingCredentials(TOKEN)
    credentials.quiet = True
    script = [reply(401), reply(503), reply(503), reply(503), reply(503), reply(200)]
    transport = d.transport(httpx.MockTransport(d.handler(script)), credentials=credentials)
    credentials.refresher = transport.with_config(credentials=None)

    with pytest.raises(DispatchTimeoutError) as caught:
        await d.send(transport, **options(total_timeout=3.0))

    assert [sent.url for sent in d.sent] == [API_URL, REFRESH_URL, REFRESH_URL]
    assert "while renewing the token" in str(caught.value)
    assert caught.value.attempts == 1


# --------------------------------------------------------------------------------------------------
# A body that trickles in is bounded too
# --------------------------------------------------------------------------------------------------


class TricklingBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that comes a byte at a time, each byte taking ``seconds`` on the manual clock: every
    read is quick (no read timeout fires) while the whole body takes as long as the server likes."""

    def __init__(self, clock: ManualClock, size: int, seconds: float) -> None:
        self.clock, self.size, self.seconds = clock, size, seconds
        self.sent = 0

    def _next(self) -> bytes:
        self.clock.now += self.seconds
        self.sent += 1
        return b" "

    def __iter__(self) -> Any:
        while self.sent < self.size:
            yield self._next()

    async def __aiter__(self) -> Any:
        while self.sent < self.size:
            yield self._next()


async def test_a_body_that_trickles_in_is_cut_off_at_the_deadline(d: DeadlineHarness) -> None:
    # the attempt starts at t=0 (0.5 s on the clock), then 100 bytes at 0.25 s each would take 25 s
    body = TricklingBody(d.clock, 100, 0.25)
    script = [httpx.Response(200, headers={"content-type": "application/json"}, stream=body)]

    with pytest.raises(DispatchTimeoutError) as caught:
        await d.run(script, send=options(total_timeout=3.0))

    assert body.sent < 100
    assert d.clock.now - 1000.0 <= 3.0 + 0.25  # stopped at the first byte past the deadline
    assert "the deadline passed during attempt 1" in str(caught.value)


async def test_a_body_that_ends_before_the_deadline_is_read_whole(d: DeadlineHarness) -> None:
    body = TricklingBody(d.clock, 8, 0.25)
    script = [httpx.Response(200, headers={"content-type": "application/json"}, stream=body)]

    response = await d.run(script, send=options(total_timeout=10.0))

    assert response.content == b" " * 8


async def test_the_deadline_s_error_carries_the_last_response(d: DeadlineHarness) -> None:
    """The 429 that made the call give up is on the TimeoutError itself: rate-limit state included."""
    limited = reply(429, "req_9", **{"retry-after": "20", "x-ratelimit-limit": "100"})
    limited.headers["x-ratelimit-remaining"] = "0"
    with pytest.raises(DispatchTimeoutError) as caught:
        await d.run([limited], total_timeout=10.0)

    error = caught.value
    assert error.response is not None
    assert error.response.status_code == 429
    assert error.headers["retry-after"] == "20"
    assert error.rate_limit is not None
    assert (error.rate_limit.limit, error.rate_limit.remaining) == (100, 0)
    assert error.body == {"message": "status 429"}
    assert error.request_id == "req_9"


def test_every_error_has_the_response_attributes() -> None:
    """``except DispatchTicketsError as e: e.response`` never raises AttributeError, whatever the error."""
    from dispatch import NetworkError, PaginationError, WebhookSignatureError

    for error in (NetworkError("refused"), DispatchTimeoutError("slow"), PaginationError("no cursor"),
                  WebhookSignatureError("bad"), DispatchTicketsError("x")):  # fmt: skip
        assert (error.response, dict(error.headers), error.rate_limit, error.body) == (None, {}, None, None)


async def test_a_deadline_reached_before_an_attempt_still_names_the_last_answer(d: DeadlineHarness) -> None:
    # t=0 attempt 1 (0.5 s): 503; the wait (1.125 s) fits the 3 s deadline, but a slow on_retry hook
    # (2 s) spends the rest: no time is left for attempt 2, and the error still carries the 503
    def slow_hook(context: RequestContext, error: Exception, delay: float) -> None:
        d.clock.now += 2.0

    with pytest.raises(DispatchTimeoutError) as caught:
        await d.run([reply(503, "req_7"), reply(200)], total_timeout=3.0, hooks=Hooks(on_retry=slow_hook))

    assert len(d.sent) == 1
    assert "no time was left for another attempt" in str(caught.value)
    assert caught.value.request_id == "req_7"
    assert caught.value.response is not None
    assert caught.value.response.status_code == 503
    assert isinstance(caught.value.__cause__, ServerError)


class EarlyRenewingCredentials(RenewingCredentials):
    """Refreshes early once (through ``refresher``, failures swallowed), and refuses every 401."""

    early_done = False

    def get_token(self) -> str:
        if not self.early_done:
            self.early_done = True
            try:
                with httpx.Client(transport=self.refresher) as client:
                    client.post(REFRESH_URL)
            except DispatchTicketsError:
                pass
        return self.token

    async def get_token_async(self) -> str:
        if not self.early_done:
            self.early_done = True
            try:
                async with httpx.AsyncClient(transport=self.refresher) as client:
                    await client.post(REFRESH_URL)
            except DispatchTicketsError:
                pass
        return self.token

    def renew_after_unauthorized(self, rejected_token: str) -> bool:
        return False

    async def renew_after_unauthorized_async(self, rejected_token: str) -> bool:
        return False


async def test_an_early_refresh_that_ran_out_of_time_does_not_turn_a_later_401_into_a_timeout(
    d: DeadlineHarness,
) -> None:
    # the early refresh gives up at t=2.125 (its next wait would pass the 3 s deadline); the call's own
    # attempt then gets a 401 that cannot be renewed, with time left: that is the 401's error, not the deadline's
    credentials = EarlyRenewingCredentials(TOKEN)
    script = [reply(503), reply(503), reply(401)]
    transport = d.transport(httpx.MockTransport(d.handler(script)), credentials=credentials)
    credentials.refresher = transport.with_config(credentials=None)

    response = await d.send(transport, **options(total_timeout=3.0))

    assert [sent.url for sent in d.sent] == [REFRESH_URL, REFRESH_URL, API_URL]
    assert response.status_code == 401


async def test_an_async_body_that_stalls_after_a_trickle_is_cut_off_at_the_deadline() -> None:
    """The per-read timeouts are fixed when an attempt begins; a body that sends a little, then stalls,
    is still cut off at the deadline (async: asyncio bounds the attempt as a whole). Real time, but only
    the 50 ms deadline of this call: before, the call waited out the stall (5 s) and returned 200."""
    release = asyncio.Event()
    stall: list[str] = []

    class Stalling(httpx.AsyncByteStream):
        async def __aiter__(self) -> Any:
            yield b"{"
            try:
                await asyncio.wait_for(release.wait(), 5)  # no httpx read timeout applies to a mock stream
            except asyncio.CancelledError:
                stall.append("cut off")
                raise
            except builtins.TimeoutError:
                stall.append("waited out")
            yield b"}"

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "application/json"}, stream=Stalling())

    transport = AsyncDispatchTransport(
        httpx.MockTransport(answer), credentials=Credentials(TOKEN), total_timeout=0.05
    )
    try:
        with pytest.raises(DispatchTimeoutError) as caught:
            async with httpx.AsyncClient(transport=transport) as client:
                await client.get(API_URL)
        assert "the deadline passed during attempt 1" in str(caught.value)
        assert stall == ["cut off"]
    finally:
        release.set()


async def test_a_401_that_no_renewal_was_tried_for_stays_a_401_past_the_deadline(d: DeadlineHarness) -> None:
    # a static key (nothing to renew); a slow on_response hook has spent the deadline: the answer is still
    # the server's 401, not "the deadline came while renewing the token"
    def slow_hook(context: ResponseContext) -> None:
        d.clock.now += 5.0

    response = await d.run([reply(401)], total_timeout=3.0, hooks=Hooks(on_response=slow_hook))

    assert response.status_code == 401


class GivingUpCredentials(Credentials):
    """Waits for another caller's renewal, which does not land before the call's deadline: says so."""

    def renew_after_unauthorized(self, rejected_token: str) -> bool:
        renewal_ran_out("another caller's refresh had not landed by the deadline")
        return False

    async def renew_after_unauthorized_async(self, rejected_token: str) -> bool:
        return self.renew_after_unauthorized(rejected_token)


async def test_a_renewal_given_up_for_lack_of_time_ends_the_call_with_the_deadline_s_error(
    d: DeadlineHarness,
) -> None:
    with pytest.raises(DispatchTimeoutError) as caught:
        await d.run([reply(401)], total_timeout=3.0, credentials=GivingUpCredentials(TOKEN))

    assert "the deadline came while renewing the token (another caller's refresh" in str(caught.value)


@pytest.mark.parametrize("total_timeout", [None, 10.0])
async def test_a_timeout_error_from_the_body_itself_closes_the_response(total_timeout: float | None) -> None:
    """A TimeoutError that is not the deadline's (raised by the body stream) propagates, and the response
    (its connection) is closed first, with or without a deadline."""
    closed: list[bool] = []

    class Failing(httpx.AsyncByteStream):
        async def __aiter__(self) -> Any:
            yield b"{"
            raise builtins.TimeoutError("the stream's own")

        async def aclose(self) -> None:
            closed.append(True)

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=Failing())

    transport = AsyncDispatchTransport(
        httpx.MockTransport(answer), credentials=Credentials(TOKEN), total_timeout=total_timeout
    )
    with pytest.raises(builtins.TimeoutError, match="the stream's own"):
        async with httpx.AsyncClient(transport=transport) as client:
            await client.get(API_URL)
    assert closed
