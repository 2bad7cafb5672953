"""DispatchTransport / AsyncDispatchTransport: what goes on the wire, and what comes back.

Every behaviour runs twice (``mode`` is "sync" or "async") through a real ``httpx.Client`` /
``httpx.AsyncClient``. Nothing sleeps: ``sleep`` records the delays, ``random`` is 0.5, the clock
advances 0.25 s per reading and the wall clock is fixed.
"""

from __future__ import annotations

import asyncio
import builtins
import email.utils
import json
import logging
import re
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import attrs
import pytest

from dispatch._constants import (
    BACKOFF_MULTIPLIER,
    DEFAULT_MAX_RETRIES,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_DELAY,
    PATH_TEMPLATE_EXTENSION,
    RETRY_JITTER,
    RETRYABLE_STATUSES,
    USER_AGENT,
)
from dispatch._errors import (
    AuthenticationError,
    ConflictError,
    DispatchTicketsError,
    NetworkError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    ValidationError,
)
from dispatch._errors import TimeoutError as DispatchTimeoutError
from dispatch._transport import (
    EXTERNAL_EXTENSION,
    AsyncDispatchTransport,
    Credentials,
    DispatchTransport,
    Hooks,
    RequestContext,
    ResponseContext,
    RetryConfig,
)
from tests._engine import httpx

TOKEN = "sk_test_SECRET123"
API_URL = "https://api.test/v1/tickets"
UPLOAD_URL = "https://storage.test/bucket/a.png?X-Amz-Signature=sig_SECRET&X-Amz-Expires=300"
NOW = 1_700_000_000.0
# delay_for(attempt, 0.5) with the defaults: min(1 * 2**attempt, 30) * (1 + 0.5 * 0.25)
BACKOFF = [1.125, 2.25, 4.5]

Transport = DispatchTransport | AsyncDispatchTransport


@attrs.frozen
class Sent:
    """One attempt as the server saw it (the Request object itself is reused across attempts)."""

    method: str
    url: str
    headers: dict[str, str]
    content: bytes


@attrs.frozen
class Early:
    """In a ConsumingInner script: fail before the request body was sent."""

    exc: Exception


def reply(status: int, request_id: str | None = None, **headers: str) -> httpx.Response:
    if request_id:
        headers["x-request-id"] = request_id
    return httpx.Response(status, headers=headers, json={"message": f"status {status}"})


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        self.now += 0.25
        return self.now


def send_sync(
    transport: DispatchTransport, calls: list[tuple[str, str, dict[str, Any]]]
) -> list[httpx.Response]:
    """Requests through one ``httpx.Client``, closed afterwards (which closes the transport)."""
    with httpx.Client(transport=transport) as client:
        return [client.request(method, url, **kw) for method, url, kw in calls]


class Harness:
    """Builds transports for one mode, records what was sent and slept, and sends requests."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.sent: list[Sent] = []
        self.delays: list[float] = []
        self.keys = iter(f"key-{n}" for n in range(1, 100))

    def handler(self, script: list[httpx.Response | Exception]) -> Callable[[httpx.Request], httpx.Response]:
        items = list(script)

        def handle(request: httpx.Request) -> httpx.Response:
            self.sent.append(Sent(request.method, str(request.url), dict(request.headers), request.content))
            item = items.pop(0)
            if isinstance(item, Exception):
                raise item
            return item

        return handle

    def transport(self, inner: Any, **options: Any) -> Transport:
        options.setdefault("credentials", Credentials(TOKEN))
        options.setdefault("retry", RetryConfig())
        options.setdefault("clock", FakeClock())
        options.setdefault("wall_clock", lambda: NOW)
        options.setdefault("random", lambda: 0.5)
        options.setdefault("idempotency_key_factory", lambda: next(self.keys))
        if self.mode == "sync":
            return DispatchTransport(inner, sleep=self.delays.append, **options)

        async def sleep(seconds: float) -> None:
            self.delays.append(seconds)

        return AsyncDispatchTransport(inner, sleep=sleep, **options)

    async def send(
        self, transport: Transport, method: str = "GET", url: str = API_URL, **kw: Any
    ) -> httpx.Response:
        if isinstance(transport, DispatchTransport):
            return send_sync(transport, [(method, url, kw)])[-1]
        async with httpx.AsyncClient(transport=transport) as client:
            return await client.request(method, url, **kw)

    async def run(
        self,
        script: list[httpx.Response | Exception],
        method: str = "GET",
        url: str = API_URL,
        *,
        send: dict[str, Any] | None = None,
        **options: Any,
    ) -> httpx.Response:
        transport = self.transport(httpx.MockTransport(self.handler(script)), **options)
        return await self.send(transport, method, url, **(send or {}))

    def header(self, name: str) -> list[str | None]:
        return [sent.headers.get(name) for sent in self.sent]


@pytest.fixture(params=["sync", "async"])
def h(request: pytest.FixtureRequest) -> Harness:
    return Harness(request.param)


class EventLog:
    """Hooks that append (kind, ...) tuples, as plain functions or as coroutine functions."""

    def __init__(self) -> None:
        self.events: list[tuple[Any, ...]] = []

    def hooks(self) -> Hooks:
        return Hooks(
            on_request=lambda ctx: self.events.append(("request", ctx)),
            on_response=lambda ctx: self.events.append(("response", ctx)),
            on_retry=lambda ctx, error, delay: self.events.append(("retry", ctx, error, delay)),
            on_error=lambda error, ctx: self.events.append(("error", error, ctx)),
        )

    def async_hooks(self) -> Hooks:
        async def on_request(ctx: RequestContext) -> None:
            await asyncio.sleep(0)
            self.events.append(("request", ctx))

        async def on_response(ctx: ResponseContext) -> None:
            self.events.append(("response", ctx))

        async def on_retry(ctx: RequestContext, error: DispatchTicketsError, delay: float) -> None:
            self.events.append(("retry", ctx, error, delay))

        async def on_error(error: DispatchTicketsError, ctx: RequestContext) -> None:
            self.events.append(("error", error, ctx))

        return Hooks(on_request=on_request, on_response=on_response, on_retry=on_retry, on_error=on_error)

    def kinds(self) -> list[str]:
        return [event[0] for event in self.events]


# --------------------------------------------------------------------------------------------------
# Headers
# --------------------------------------------------------------------------------------------------


async def test_api_request_gets_auth_user_agent_and_accept(h: Harness) -> None:
    response = await h.run([reply(200)])

    assert response.status_code == 200
    [sent] = h.sent
    assert (sent.method, sent.url) == ("GET", API_URL)
    assert sent.headers["authorization"] == f"Bearer {TOKEN}"
    assert sent.headers["user-agent"] == USER_AGENT
    assert sent.headers["accept"] == "application/json"
    assert "x-idempotency-key" not in sent.headers


async def test_caller_accept_is_kept_and_caller_user_agent_extended(h: Harness) -> None:
    await h.run([reply(200)], send={"headers": {"Accept": "text/csv", "User-Agent": "my-app/2.0"}})

    assert h.sent[0].headers["accept"] == "text/csv"
    assert h.sent[0].headers["user-agent"] == f"my-app/2.0 {USER_AGENT}"


async def test_no_credentials_sends_no_authorization(h: Harness) -> None:
    await h.run([reply(200)], credentials=None)

    assert "authorization" not in h.sent[0].headers


async def test_external_request_has_no_auth_no_key_and_is_still_retried(h: Harness) -> None:
    log = EventLog()
    response = await h.run(
        [reply(503), reply(200)],
        "PUT",
        UPLOAD_URL,
        send={
            "content": b"file-bytes",
            "headers": {"Authorization": "Bearer leaked"},
            "extensions": {EXTERNAL_EXTENSION: True},
        },
        hooks=log.hooks(),
    )

    assert response.status_code == 200
    assert len(h.sent) == 2
    for sent in h.sent:
        assert sent.url == UPLOAD_URL
        assert sent.content == b"file-bytes"
        assert "authorization" not in sent.headers
        assert "x-idempotency-key" not in sent.headers
        assert sent.headers["user-agent"] == USER_AGENT
        assert sent.headers["accept"] == "*/*"  # httpx's default, not forced to JSON
    assert h.delays == [1.125]
    contexts = [event[1] for event in log.events if event[0] == "request"]
    assert [ctx.url for ctx in contexts] == ["https://storage.test/bucket/a.png?[redacted]"] * 2
    assert all(ctx.idempotency_key is None for ctx in contexts)


# --------------------------------------------------------------------------------------------------
# Retries on statuses
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
async def test_retryable_status_is_retried_then_returned(h: Harness, status: int) -> None:
    response = await h.run([reply(status)] * 4)

    assert response.status_code == status
    assert response.json() == {"message": f"status {status}"}
    assert len(h.sent) == 4
    assert h.delays == BACKOFF


async def test_success_after_a_retry_is_returned(h: Harness) -> None:
    response = await h.run([reply(502), httpx.Response(200, json={"id": "tkt_1"})])

    assert response.json() == {"id": "tkt_1"}
    assert len(h.sent) == 2
    assert h.delays == [1.125]


async def test_delay_is_capped_at_max_delay_before_jitter(h: Harness) -> None:
    await h.run([reply(500)] * 6, retry=RetryConfig(max_retries=5, max_delay=3.0))

    assert h.delays == [1.125, 2.25, 3.375, 3.375, 3.375]


async def test_max_retries_zero_sends_once(h: Harness) -> None:
    response = await h.run([reply(503)], retry=RetryConfig(max_retries=0))

    assert response.status_code == 503
    assert len(h.sent) == 1
    assert h.delays == []


async def test_status_not_listed_is_not_retried(h: Harness) -> None:
    response = await h.run([reply(503)], retry=RetryConfig(retryable_statuses=(429,)))

    assert response.status_code == 503
    assert len(h.sent) == 1


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, ValidationError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, ValidationError),
    ],
)
async def test_never_retried_statuses_even_when_listed(
    h: Harness, status: int, error_class: type[DispatchTicketsError]
) -> None:
    log = EventLog()
    listed = RetryConfig(retryable_statuses=(400, 401, 403, 404, 409, 422, 500))

    response = await h.run([reply(status, "req_x")], "POST", retry=listed, hooks=log.hooks())

    assert response.status_code == status
    assert len(h.sent) == 1
    assert h.delays == []
    assert log.kinds() == ["request", "response", "error"]
    error = log.events[-1][1]
    assert type(error) is error_class
    assert (error.status_code, error.request_id) == (status, "req_x")


# --------------------------------------------------------------------------------------------------
# retry-after
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "delay"),
    [
        ("2", 2.0),
        ("60", 60.0),
        (email.utils.formatdate(NOW + 7, usegmt=True), 7.0),
    ],
)
async def test_retry_after_replaces_the_computed_delay(h: Harness, value: str, delay: float) -> None:
    response = await h.run([reply(429, **{"retry-after": value}), reply(200)])

    assert response.status_code == 200
    assert len(h.sent) == 2
    assert h.delays == [delay]


async def test_retry_after_on_a_503_is_honoured(h: Harness) -> None:
    await h.run([reply(503, **{"retry-after": "3"}), reply(200)])

    assert h.delays == [3.0]


async def test_retry_after_above_the_cap_gives_up_at_once(h: Harness) -> None:
    log = EventLog()
    response = await h.run([reply(429, "req_rl", **{"retry-after": "120"})], hooks=log.hooks())

    assert response.status_code == 429
    assert len(h.sent) == 1
    assert h.delays == []
    assert log.kinds() == ["request", "response", "error"]
    error = log.events[-1][1]
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 120.0


# --------------------------------------------------------------------------------------------------
# Idempotency
# --------------------------------------------------------------------------------------------------


async def test_keyed_post_retried_after_dropped_connections_keeps_its_key(h: Harness) -> None:
    # The facade sends a key on the creates the API deduplicates: such a POST is safe to resend.
    response = await h.run(
        [
            httpx.ConnectError("connection refused"),
            httpx.RemoteProtocolError("server disconnected without sending a response"),
            httpx.Response(201, json={"id": "tkt_1"}),
        ],
        "POST",
        send={"json": {"title": "Printer on fire"}, "headers": {"X-Idempotency-Key": "caller-key"}},
    )

    assert response.status_code == 201
    assert h.header("x-idempotency-key") == ["caller-key"] * 3
    # the same body each time (its spacing is httpx's choice: 0.27 writes '{"title": ...}', 0.28 no space)
    assert len({sent.content for sent in h.sent}) == 1
    assert [json.loads(sent.content) for sent in h.sent] == [{"title": "Printer on fire"}] * 3
    assert h.delays == [1.125, 2.25]


async def test_unkeyed_post_gets_a_key_and_is_resent_only_when_the_server_cannot_have_acted(
    h: Harness,
) -> None:
    response = await h.run(
        [httpx.ConnectError("refused"), reply(429), reply(503), reply(201)], "POST", send={"json": {"a": 1}}
    )

    assert response.status_code == 201
    assert h.header("x-idempotency-key") == ["key-1"] * 4


@pytest.mark.parametrize(
    "make_failure",
    [
        lambda: httpx.RemoteProtocolError("server disconnected"),
        lambda: httpx.ReadTimeout("no answer"),
        lambda: httpx.ReadError("reset"),
        lambda: reply(500),
        lambda: reply(502),
        lambda: reply(504),
    ],
    ids=["dropped", "read-timeout", "reset", "500", "502", "504"],
)
async def test_unkeyed_post_is_not_resent_when_the_server_may_have_acted(
    h: Harness, make_failure: Callable[[], httpx.Response | Exception]
) -> None:
    # Only some creates are deduplicated by the API: resending another POST (a new API key, a merge)
    # after the server may have acted could do it twice.
    failure = make_failure()
    try:
        response = await h.run([failure, reply(201)], "POST", send={"json": {"a": 1}})
    except (NetworkError, DispatchTimeoutError):
        response = None
    assert len(h.sent) == 1
    if response is not None:
        assert response.status_code == failure.status_code  # type: ignore[union-attr]


@pytest.mark.parametrize("method", ["PUT", "PATCH", "DELETE"])
async def test_other_writes_get_a_key_too(h: Harness, method: str) -> None:
    await h.run([reply(503), reply(200)], method)

    assert h.header("x-idempotency-key") == ["key-1", "key-1"]


async def test_caller_key_is_kept(h: Harness) -> None:
    def no_factory() -> str:
        raise AssertionError("the factory must not be called when the caller gave a key")

    await h.run(
        [reply(503), reply(201)],
        "POST",
        send={"headers": {"X-Idempotency-Key": "caller-key"}},
        idempotency_key_factory=no_factory,
    )

    assert h.header("x-idempotency-key") == ["caller-key", "caller-key"]


@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS"])
async def test_safe_methods_get_no_key(h: Harness, method: str) -> None:
    await h.run([reply(503), reply(200)], method)

    assert h.header("x-idempotency-key") == [None, None]


async def test_no_key_when_retries_are_off(h: Harness) -> None:
    await h.run([reply(201)], "POST", retry=RetryConfig(max_retries=0))

    assert h.header("x-idempotency-key") == [None]


async def test_each_logical_request_gets_its_own_key(h: Harness) -> None:
    transport = h.transport(httpx.MockTransport(h.handler([reply(201), reply(201)])))
    if isinstance(transport, DispatchTransport):
        send_sync(transport, [("POST", API_URL, {})] * 2)
    else:
        async with httpx.AsyncClient(transport=transport) as client:
            await client.post(API_URL)
            await client.post(API_URL)

    assert h.header("x-idempotency-key") == ["key-1", "key-2"]


# --------------------------------------------------------------------------------------------------
# Transport exceptions
# --------------------------------------------------------------------------------------------------


async def test_timeouts_exhausted_raise_dispatch_timeout_error(h: Harness) -> None:
    timeouts = [httpx.ReadTimeout(f"timed out {n}") for n in range(4)]

    with pytest.raises(DispatchTimeoutError) as caught:
        await h.run(list(timeouts), "PUT")

    assert isinstance(caught.value, builtins.TimeoutError)
    assert caught.value.__cause__ is timeouts[-1]
    assert caught.value.code == "timeout_error"
    assert len(h.sent) == 4
    assert h.delays == BACKOFF
    assert h.header("x-idempotency-key") == ["key-1"] * 4


async def test_connect_errors_exhausted_raise_network_error(h: Harness) -> None:
    errors = [httpx.ConnectError("connection refused") for _ in range(4)]

    with pytest.raises(NetworkError) as caught:
        await h.run(list(errors))

    assert caught.value.__cause__ is errors[-1]
    assert len(h.sent) == 4
    assert h.delays == BACKOFF


async def test_no_retry_on_timeout_when_disabled(h: Harness) -> None:
    with pytest.raises(DispatchTimeoutError):
        await h.run([httpx.ConnectTimeout("slow")], retry=RetryConfig(retry_on_timeout=False))

    assert len(h.sent) == 1
    assert h.delays == []


async def test_no_retry_on_network_error_when_disabled(h: Harness) -> None:
    with pytest.raises(NetworkError):
        await h.run([httpx.ReadError("reset")], retry=RetryConfig(retry_on_network_error=False))

    assert len(h.sent) == 1


async def test_unsupported_protocol_is_not_retried(h: Harness) -> None:
    with pytest.raises(NetworkError) as caught:
        await h.run([httpx.UnsupportedProtocol("ftp is not supported")])

    assert isinstance(caught.value.__cause__, httpx.UnsupportedProtocol)
    assert len(h.sent) == 1


class BreaksMidBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body whose connection resets after the first chunk."""

    def __init__(self) -> None:
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"id": "tk'
        raise httpx.ReadError("connection reset by peer")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"id": "tk'
        raise httpx.ReadError("connection reset by peer")

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


async def test_a_body_that_breaks_mid_read_is_retried(h: Harness) -> None:
    broken = BreaksMidBody()
    response = await h.run([httpx.Response(200, stream=broken), httpx.Response(200, json={"id": "tkt_1"})])

    assert response.json() == {"id": "tkt_1"}
    assert len(h.sent) == 2
    assert broken.closed
    assert h.delays == [1.125]


# --------------------------------------------------------------------------------------------------
# Request bodies
# --------------------------------------------------------------------------------------------------


async def test_bytes_body_is_resent_identically(h: Harness) -> None:
    await h.run([reply(503), reply(503), reply(201)], "POST", send={"content": b"\x00payload\xff"})

    assert [sent.content for sent in h.sent] == [b"\x00payload\xff"] * 3
    assert h.header("content-length") == ["9"] * 3


class ConsumingInner(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Like a real connection pool: iterates request.stream (no request.read()), then answers.

    Script items: a Response (sent after the body), an Exception (raised after the body was sent),
    or Early(exc) (raised before the body was touched, like a refused connection).
    """

    def __init__(self, script: list[httpx.Response | Exception | Early]) -> None:
        self.script = list(script)
        self.bodies: list[bytes] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        item = self.script.pop(0)
        if isinstance(item, Early):
            raise item.exc
        assert isinstance(request.stream, httpx.SyncByteStream)
        self.bodies.append(b"".join(request.stream))
        return self._answer(item)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        item = self.script.pop(0)
        if isinstance(item, Early):
            raise item.exc
        assert isinstance(request.stream, httpx.AsyncByteStream)
        self.bodies.append(b"".join([chunk async for chunk in request.stream]))
        return self._answer(item)

    @staticmethod
    def _answer(item: httpx.Response | Exception) -> httpx.Response:
        if isinstance(item, Exception):
            raise item
        return item


def one_shot_body(mode: str) -> Any:
    if mode == "sync":

        def chunks() -> Iterator[bytes]:
            yield b"chunk-1,"
            yield b"chunk-2"

        return chunks()

    async def achunks() -> AsyncIterator[bytes]:
        yield b"chunk-1,"
        yield b"chunk-2"

    return achunks()


class ReIterable:
    """A body that starts over each time it is iterated (e.g. re-opens a file)."""

    def __iter__(self) -> Iterator[bytes]:
        return iter([b"chunk-1,", b"chunk-2"])


class AsyncReIterable:
    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"chunk-1,"
        yield b"chunk-2"


async def test_one_shot_body_already_sent_is_not_retried(h: Harness) -> None:
    inner = ConsumingInner([httpx.ReadError("reset"), reply(201)])

    with pytest.raises(NetworkError):
        await h.send(h.transport(inner), "POST", content=one_shot_body(h.mode))

    assert inner.bodies == [b"chunk-1,chunk-2"]
    assert h.delays == []


async def test_one_shot_body_error_status_after_sending_is_returned(h: Harness) -> None:
    inner = ConsumingInner([reply(503), reply(201)])

    response = await h.send(h.transport(inner), "POST", content=one_shot_body(h.mode))

    assert response.status_code == 503
    assert inner.bodies == [b"chunk-1,chunk-2"]


async def test_one_shot_body_not_yet_sent_is_retried(h: Harness) -> None:
    inner = ConsumingInner([Early(httpx.ConnectError("refused")), reply(201)])

    response = await h.send(h.transport(inner), "POST", content=one_shot_body(h.mode))

    assert response.status_code == 201
    assert inner.bodies == [b"chunk-1,chunk-2"]
    assert h.delays == [1.125]


async def test_re_iterable_body_is_resent(h: Harness) -> None:
    inner = ConsumingInner([httpx.ReadError("reset"), reply(201)])
    body = ReIterable() if h.mode == "sync" else AsyncReIterable()

    response = await h.send(h.transport(inner), "PUT", content=body)

    assert response.status_code == 201
    assert inner.bodies == [b"chunk-1,chunk-2"] * 2


async def test_file_object_body_is_not_resent_empty(tmp_path: Any) -> None:
    h = Harness("sync")  # httpx has no async file content
    path = tmp_path / "upload.bin"
    path.write_bytes(b"file-content")
    inner = ConsumingInner([httpx.ReadError("reset"), reply(201)])

    with path.open("rb") as file, pytest.raises(NetworkError):
        await h.send(h.transport(inner), "PUT", content=file)

    assert inner.bodies == [b"file-content"]


# --------------------------------------------------------------------------------------------------
# Hooks
# --------------------------------------------------------------------------------------------------


async def test_hooks_see_every_attempt_in_order(h: Harness) -> None:
    log = EventLog()
    await h.run([reply(503, "req_1"), reply(201, "req_2")], "POST", hooks=log.hooks())

    assert log.kinds() == ["request", "response", "retry", "request", "response"]
    first, response_1, retry, second, response_2 = log.events
    ctx0 = first[1]
    assert ctx0 == RequestContext(
        method="POST",
        url=API_URL,
        headers=ctx0.headers,
        attempt=0,
        idempotency_key="key-1",
    )
    assert ctx0.headers["authorization"] == "Bearer ***"
    assert ctx0.headers["user-agent"] == USER_AGENT
    assert ctx0.headers["x-idempotency-key"] == "key-1"
    assert response_1[1] == ResponseContext(
        request=ctx0,
        status_code=503,
        headers=response_1[1].headers,
        duration_seconds=0.25,
        request_id="req_1",
    )
    assert response_1[1].headers["x-request-id"] == "req_1"
    assert retry[1] is ctx0
    assert isinstance(retry[2], ServerError)
    assert retry[2].request_id == "req_1"
    assert retry[3] == 1.125
    assert second[1].attempt == 1
    assert second[1].idempotency_key == "key-1"
    assert (response_2[1].status_code, response_2[1].request_id) == (201, "req_2")


async def test_on_error_once_after_the_last_retry(h: Harness) -> None:
    log = EventLog()
    response = await h.run(
        [reply(503), reply(503, "req_last")], hooks=log.hooks(), retry=RetryConfig(max_retries=1)
    )

    assert response.status_code == 503
    assert log.kinds() == ["request", "response", "retry", "request", "response", "error"]
    _, error, ctx = log.events[-1]
    assert isinstance(error, ServerError)
    assert error.request_id == "req_last"
    assert ctx.attempt == 1


async def test_hooks_on_a_transport_failure(h: Harness) -> None:
    log = EventLog()
    with pytest.raises(NetworkError) as caught:
        await h.run(
            [httpx.ConnectError("refused"), httpx.ConnectError("refused again")],
            hooks=log.hooks(),
            retry=RetryConfig(max_retries=1),
        )

    assert log.kinds() == ["request", "retry", "request", "error"]
    retry_error = log.events[1][2]
    assert isinstance(retry_error, NetworkError)
    assert isinstance(retry_error.__cause__, httpx.ConnectError)
    assert log.events[1][3] == 1.125
    assert log.events[-1][1] is caught.value
    assert log.events[-1][2].attempt == 1


async def test_coroutine_hooks_are_awaited_by_the_async_transport() -> None:
    h = Harness("async")
    log = EventLog()
    await h.run([reply(500), reply(200)], hooks=log.async_hooks(), retry=RetryConfig(max_retries=1))

    assert log.kinds() == ["request", "response", "retry", "request", "response"]
    assert log.events[2][3] == 1.125


async def test_coroutine_hooks_are_refused_by_the_sync_transport() -> None:
    h = Harness("sync")
    with pytest.raises(TypeError, match="on_request"):
        await h.run([reply(200)], hooks=EventLog().async_hooks())

    assert h.sent == []


async def test_a_failing_hook_propagates(h: Harness) -> None:
    def broken(ctx: ResponseContext) -> None:
        raise RuntimeError("bug in on_response")

    with pytest.raises(RuntimeError, match="bug in on_response"):
        await h.run([reply(500), reply(200)], hooks=Hooks(on_response=broken))

    assert len(h.sent) == 1


# --------------------------------------------------------------------------------------------------
# Credentials and 401
# --------------------------------------------------------------------------------------------------


class RenewingCredentials(Credentials):
    def __init__(self, renew: bool = True) -> None:
        super().__init__(TOKEN)
        self.renew = renew
        self.rejected: list[str] = []

    def renew_after_unauthorized(self, rejected_token: str) -> bool:
        self.rejected.append(rejected_token)
        if self.renew:
            self.set_token("sk_test_RENEWED")
        return self.renew


async def test_401_with_renewed_token_is_resent_once(h: Harness) -> None:
    log = EventLog()
    credentials = RenewingCredentials()
    response = await h.run([reply(401), reply(201)], "POST", credentials=credentials, hooks=log.hooks())

    assert response.status_code == 201
    assert h.header("authorization") == [f"Bearer {TOKEN}", "Bearer sk_test_RENEWED"]
    assert h.header("x-idempotency-key") == ["key-1", "key-1"]
    assert credentials.rejected == [TOKEN]
    assert h.delays == []
    assert log.kinds() == ["request", "response", "request", "response"]
    assert [event[1].attempt for event in log.events if event[0] == "request"] == [0, 1]


async def test_401_again_after_renewal_is_returned(h: Harness) -> None:
    credentials = RenewingCredentials()
    response = await h.run([reply(401), reply(401)], credentials=credentials)

    assert response.status_code == 401
    assert len(h.sent) == 2
    assert credentials.rejected == [TOKEN]


async def test_renewal_does_not_use_up_retries(h: Harness) -> None:
    credentials = RenewingCredentials()
    response = await h.run(
        [reply(503), reply(401), reply(200)], credentials=credentials, retry=RetryConfig(max_retries=1)
    )

    assert response.status_code == 200
    assert h.delays == [1.125]


async def test_401_without_renewal_is_returned(h: Harness) -> None:
    log = EventLog()
    credentials = RenewingCredentials(renew=False)
    response = await h.run([reply(401)], credentials=credentials, hooks=log.hooks())

    assert response.status_code == 401
    assert len(h.sent) == 1
    assert credentials.rejected == [TOKEN]
    assert isinstance(log.events[-1][1], AuthenticationError)


async def test_async_renewal_override_is_used() -> None:
    class AsyncRenewing(Credentials):
        async def renew_after_unauthorized_async(self, rejected_token: str) -> bool:
            await asyncio.sleep(0)
            self.set_token("sk_test_ASYNC_RENEWED")
            return True

    h = Harness("async")
    response = await h.run([reply(401), reply(200)], credentials=AsyncRenewing(TOKEN))

    assert response.status_code == 200
    assert h.header("authorization") == [f"Bearer {TOKEN}", "Bearer sk_test_ASYNC_RENEWED"]


async def test_token_is_fetched_before_every_attempt(h: Harness) -> None:
    class Rotating(Credentials):
        def __init__(self) -> None:
            super().__init__("tok_0")
            self.count = 0

        def get_token(self) -> str:
            self.count += 1
            return f"tok_{self.count}"

    await h.run([reply(503), reply(503), reply(200)], credentials=Rotating())

    assert h.header("authorization") == ["Bearer tok_1", "Bearer tok_2", "Bearer tok_3"]


def test_credentials_hide_the_token_and_swap_it() -> None:
    credentials = Credentials(TOKEN)
    assert credentials.token == TOKEN
    assert credentials.get_token() == TOKEN
    assert TOKEN not in repr(credentials)
    assert TOKEN not in str(credentials)
    assert repr(credentials) == "Credentials(token='***')"
    credentials.set_token("sk_test_NEW")
    assert credentials.token == "sk_test_NEW"
    assert credentials.renew_after_unauthorized("sk_test_NEW") is False


@pytest.mark.parametrize("bad", ["", "   ", "sk_test_a\nInjected: 1", None])
def test_credentials_reject_unusable_tokens_without_echoing_them(bad: Any) -> None:
    with pytest.raises(ValueError, match="non-empty") as caught:
        Credentials(bad)
    assert "Injected" not in str(caught.value)
    with pytest.raises(ValueError, match="non-empty"):
        Credentials(TOKEN).set_token(bad)


# --------------------------------------------------------------------------------------------------
# Logging and secrets
# --------------------------------------------------------------------------------------------------


async def test_debug_logs_show_the_exchange_but_never_secrets(
    h: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="dispatch")
    log = EventLog()
    transport = h.transport(
        httpx.MockTransport(h.handler([reply(503, "req_first"), reply(201, "req_second")])),
        debug=True,
        hooks=log.hooks(),
    )

    await h.send(transport, "POST", json={"note": "body-SECRET"}, headers={"Cookie": "session=cookie-SECRET"})

    messages = [record.getMessage() for record in caplog.records]
    text = "\n".join(messages)
    assert f"request POST {API_URL} attempt=0" in text
    assert f"response POST {API_URL} status=503 duration_ms=250.0 attempt=0 request_id=req_first" in text
    assert f"response POST {API_URL} status=201 duration_ms=250.0 attempt=1 request_id=req_second" in text
    # INFO shows the path (no template extension on a bare request: ids would read {id}), never the URL
    assert (
        "retrying POST /v1/tickets in 1.12 s (retry 1 of 3): status=503 request_id=req_first attempt=0"
        in text
    )
    assert {r.levelno for r in caplog.records if "retrying" in r.getMessage()} == {logging.INFO}
    assert all(record.name == "dispatch" for record in caplog.records)
    for secret in (TOKEN, "body-SECRET", "cookie-SECRET"):
        assert secret not in text
        assert secret not in repr(transport)
        for event in log.events:
            assert secret not in repr(event)
    assert h.sent[0].headers["authorization"] == f"Bearer {TOKEN}"  # ...while the wire has it


async def test_give_up_is_logged_as_a_warning(h: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="dispatch")
    await h.run([reply(503, "req_a"), reply(503, "req_b")], retry=RetryConfig(max_retries=1))

    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert re.fullmatch(
        r"giving up GET /v1/tickets after 2 attempts: status=503 request_id=req_b attempt=1 elapsed_ms=\d+",
        warnings[0],
    )


async def test_info_records_show_the_path_template_and_debug_the_redacted_url(
    h: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    """Fails before the fix: INFO and WARNING records showed the full URL (query, ids, e-mails)."""
    caplog.set_level(logging.DEBUG, logger="dispatch")
    url = "https://api.test/v1/brands/br_1/customers?email=ada%40example.com&token=pt_QUERYSECRET"
    template = "/brands/{brand_id}/customers"
    await h.run(
        [reply(503, "req_a"), reply(503, "req_b")],
        "GET",
        url,
        send={"extensions": {PATH_TEMPLATE_EXTENSION: template}},
        retry=RetryConfig(max_retries=1),
        debug=True,
    )
    info = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
    assert [m.split(":")[0] for m in info] == [
        "retrying GET /brands/{brand_id}/customers in 1.12 s (retry 1 of 1)",
        "giving up GET /brands/{brand_id}/customers after 2 attempts",
    ]
    for message in info:
        assert "ada" not in message
        assert "br_1" not in message
        assert "?" not in message
    debug = [r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG]
    assert debug
    assert all("/v1/brands/br_1/customers?email=ada@example.com&token=[redacted]" in m for m in debug)
    assert "pt_QUERYSECRET" not in caplog.text


@pytest.mark.parametrize(
    ("url", "external", "shown"),
    [
        ("https://api.test/v1/brands/br_1/tickets/tkt_9f2?x=1", False, "/v1/brands/{id}/tickets/{id}"),
        ("https://api.test/v1/customers/ada@example.com/notes", False, "/v1/customers/{id}/notes"),
        (
            "https://api.test/v1/portal/tickets/attachments/pending",
            False,
            "/v1/portal/tickets/attachments/pending",
        ),
        (
            "https://storage.test/bucket/invoice-ada.pdf?X-Amz-Signature=s",
            True,
            "https://storage.test/{presigned}",
        ),
    ],
)
def test_the_info_path_of_a_request_without_template(url: str, external: bool, shown: str) -> None:
    from dispatch._transport import _path_template

    assert _path_template(httpx.Request("GET", url), external) == shown


def test_httpx_info_records_of_other_clients_are_left_alone(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger=httpx.__name__)  # "httpx", or "httpx2" under the engine switch
    ours = DispatchTransport(httpx.MockTransport(lambda r: reply(200)), credentials=None)
    with httpx.Client(transport=ours) as client:
        client.get("https://api.test/v1/customers/ada@example.com?q=1")
    with httpx.Client(transport=httpx.MockTransport(lambda r: reply(200))) as other:
        other.get("https://other.test/path?q=1")
    assert [r.getMessage() for r in caplog.records if r.name == httpx.__name__] == [
        'HTTP Request: GET /v1/customers/{id} "HTTP/1.1 200 OK"',
        'HTTP Request: GET https://other.test/path?q=1 "HTTP/1.1 200 OK"',
    ]


async def test_presigned_signature_stays_out_of_logs(h: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="dispatch")
    await h.run(
        [reply(200)], "PUT", UPLOAD_URL, send={"content": b"x", "extensions": {EXTERNAL_EXTENSION: True}}
    )

    assert caplog.records
    assert "sig_SECRET" not in caplog.text
    assert "https://storage.test/bucket/a.png?[redacted]" in caplog.text


def test_debug_true_prints_that_clients_requests_and_no_other_clients() -> None:
    dispatch_logger = logging.getLogger("dispatch")
    saved = (dispatch_logger.level, list(dispatch_logger.handlers), dispatch_logger.propagate)
    dispatch_logger.handlers = [logging.NullHandler()]
    dispatch_logger.propagate = False  # as if nothing were configured upstream
    dispatch_logger.setLevel(logging.NOTSET)
    try:
        transport = DispatchTransport(httpx.MockTransport(lambda r: reply(200)), credentials=None, debug=True)
        added = [x for x in dispatch_logger.handlers if not isinstance(x, logging.NullHandler)]
        assert len(added) == 1
        assert isinstance(added[0], logging.StreamHandler)
        assert dispatch_logger.level == logging.NOTSET  # the process-wide level is left alone
        printed: list[str] = []
        added[0].emit = lambda record: printed.append(record.getMessage())  # type: ignore[method-assign]
        quiet = transport.with_config(debug=False)
        with httpx.Client(transport=quiet) as client:
            client.get("https://api.test/v1/quiet")
        with httpx.Client(transport=transport) as client:
            client.get("https://api.test/v1/loud")
        assert printed
        assert all("/v1/loud" in line for line in printed)
    finally:
        dispatch_logger.setLevel(saved[0])
        dispatch_logger.handlers = saved[1]
        dispatch_logger.propagate = saved[2]


# --------------------------------------------------------------------------------------------------
# Copies and closing
# --------------------------------------------------------------------------------------------------


class SpyInner(httpx.MockTransport):
    def __init__(self) -> None:
        super().__init__(lambda request: reply(503))
        self.closed = 0

    def close(self) -> None:
        self.closed += 1

    async def aclose(self) -> None:
        self.closed += 1


async def test_with_config_shares_the_inner_transport(h: Harness) -> None:
    inner = SpyInner()
    original = h.transport(inner)
    copy = original.with_config(retry=RetryConfig(max_retries=0), hooks=None)

    assert copy.inner is inner
    assert type(copy) is type(original)
    assert (original.owns_inner, copy.owns_inner) == (True, False)
    assert (original.retry.max_retries, copy.retry.max_retries) == (DEFAULT_MAX_RETRIES, 0)
    assert copy.credentials is original.credentials
    assert copy.hooks == Hooks()

    response = await h.send(copy, "POST")
    assert response.status_code == 503
    assert h.delays == []

    copies = [original.with_config() for _ in range(10_000)]
    assert all(c.inner is inner for c in copies)

    await h.send(copy)  # the client's exit closes the copy...
    assert inner.closed == 0  # ...which leaves the shared pool open
    await h.send(original)
    assert inner.closed == 1


async def test_a_borrowed_inner_is_not_closed(h: Harness) -> None:
    inner = SpyInner()
    await h.send(h.transport(inner, owns_inner=False))

    assert inner.closed == 0


def test_transport_repr_hides_the_token() -> None:
    transport = DispatchTransport(httpx.MockTransport(lambda r: reply(200)), credentials=Credentials(TOKEN))

    assert TOKEN not in repr(transport)
    assert repr(transport).startswith(
        "DispatchTransport(inner=MockTransport, credentials=Credentials(token='***')"
    )


# --------------------------------------------------------------------------------------------------
# Cancellation (async)
# --------------------------------------------------------------------------------------------------


class HangingBody(httpx.AsyncByteStream):
    def __init__(self, reading: asyncio.Event) -> None:
        self.reading = reading
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"{"
        self.reading.set()
        await asyncio.Event().wait()
        yield b"}"  # pragma: no cover

    async def aclose(self) -> None:
        self.closed = True


async def test_cancelling_during_the_body_read_closes_the_response() -> None:
    reading = asyncio.Event()
    body = HangingBody(reading)
    h = Harness("async")
    transport = h.transport(httpx.MockTransport(lambda request: httpx.Response(200, stream=body)))

    task = asyncio.create_task(h.send(transport))
    await reading.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

    assert body.closed


async def test_cancelling_during_the_backoff_propagates() -> None:
    sleeping = asyncio.Event()

    async def sleep_forever(seconds: float) -> None:
        sleeping.set()
        await asyncio.Event().wait()

    broken = BreaksMidBody()
    transport = AsyncDispatchTransport(
        httpx.MockTransport(lambda request: httpx.Response(200, stream=broken)),
        credentials=None,
        sleep=sleep_forever,
    )
    task = asyncio.create_task(Harness("async").send(transport))
    await sleeping.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

    assert broken.closed


# --------------------------------------------------------------------------------------------------
# RetryConfig
# --------------------------------------------------------------------------------------------------


def test_retry_config_defaults_come_from_the_constants() -> None:
    config = RetryConfig()

    assert config.max_retries == DEFAULT_MAX_RETRIES == 3
    assert config.retryable_statuses == RETRYABLE_STATUSES == (429, 500, 502, 503, 504)
    assert (config.retry_on_network_error, config.retry_on_timeout) == (True, True)
    assert (config.initial_delay, config.max_delay) == (INITIAL_RETRY_DELAY, MAX_RETRY_DELAY) == (1.0, 30.0)
    assert (config.backoff_multiplier, config.jitter) == (BACKOFF_MULTIPLIER, RETRY_JITTER) == (2.0, 0.25)


def test_delay_for_follows_the_formula() -> None:
    config = RetryConfig()

    assert [config.delay_for(n, 0.0) for n in range(6)] == [1.0, 2.0, 4.0, 8.0, 16.0, 30.0]
    assert [config.delay_for(n, 0.5) for n in range(3)] == BACKOFF
    assert config.delay_for(10, 1.0) == 37.5
    assert config.delay_for(5000, 0.5) == 33.75  # no OverflowError
    assert RetryConfig(initial_delay=0.5, backoff_multiplier=3.0, jitter=0.0).delay_for(2, 0.9) == 4.5


@pytest.mark.parametrize(
    "field", ["max_retries", "initial_delay", "max_delay", "backoff_multiplier", "jitter"]
)
def test_retry_config_rejects_negative_numbers(field: str) -> None:
    options: dict[str, Any] = {field: -1}
    with pytest.raises(ValueError, match=field):
        RetryConfig(**options)


def test_retry_config_rejects_bad_types_and_statuses() -> None:
    with pytest.raises(TypeError):
        RetryConfig(max_retries=1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="retryable_statuses"):
        RetryConfig(retryable_statuses=[503, 600])
    with pytest.raises(ValueError, match="initial_delay"):
        RetryConfig(initial_delay=float("nan"))
    assert RetryConfig(retryable_statuses=[503]).retryable_statuses == (503,)


def test_retry_config_is_frozen_and_keyword_only() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        RetryConfig().max_retries = 5  # type: ignore[misc]
    with pytest.raises(TypeError):
        RetryConfig(5)  # type: ignore[call-arg]
