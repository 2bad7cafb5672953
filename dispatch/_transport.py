"""The one httpx transport that carries every cross-cutting concern of the SDK.

The hand-written clients and the generated ``AuthenticatedClient`` (``client.raw``) both send through
:class:`DispatchTransport` (or :class:`AsyncDispatchTransport`), so authentication, the User-Agent,
idempotency keys, retries, token renewal, hooks and debug logging behave the same whichever surface a
caller uses, and nothing in the generated code has to know about them::

    httpx.Client(base_url=..., timeout=..., transport=DispatchTransport(httpx.HTTPTransport(), ...))
        -> DispatchTransport   (headers, retry loop, hooks, logs)
            -> inner transport (the connection pool, or httpx.MockTransport in tests)

A transport sees one ``httpx.Request`` per logical call and may send it several times, which is
exactly the level at which retries belong: the httpx timeout applies to each attempt, the body is read
inside the loop (so a connection that breaks mid-body is retried too), and the caller gets back one
fully-read response or one SDK exception.

The decisions (which headers, retry or not, how long to wait, what to log) are made by :class:`_Call`,
which does no I/O and is shared by the sync and async transports; only the two short loops differ.

Why no retry library: httpx-retries returns as soon as the headers arrive (a body that breaks is not
retried) and has no hooks, idempotency key or injectable sleep; stamina retries a callable on
exceptions and has no per-request state, retry-after cap or give-up; neither does everything below.
"""

from __future__ import annotations

import builtins
import contextlib
import contextvars
import copy
import datetime
import enum
import functools
import inspect
import logging
import random as _random
import re
import threading
import time
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from typing import Any, Literal, Self, TypeVar, cast

import attrs
import httpx

from dispatch._constants import (
    BACKOFF_MULTIPLIER,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TOTAL_TIMEOUT,
    EARLIER_ATTEMPT_MAY_HAVE_ACTED_EXTENSION,
    ERROR_EXTENSION,
    IDEMPOTENCY_HEADER,
    INITIAL_RETRY_DELAY,
    LOGGER_NAME,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    NEVER_RETRIED_STATUSES,
    PATH_TEMPLATE_EXTENSION,
    REQUEST_ID_HEADER,
    REQUEST_OPTIONS_EXTENSION,
    RETRIES_TAKEN_EXTENSION,
    RETRY_JITTER,
    RETRYABLE_STATUSES,
    USER_AGENT,
)
from dispatch._engine import ENGINE_USER_AGENTS, Engine, engine_of
from dispatch._errors import (
    DispatchTicketsError,
    TimeoutError,
    error_from_exception,
    error_from_response,
    parse_retry_after,
)

__all__ = [
    "EXTERNAL_EXTENSION",
    "AsyncDispatchTransport",
    "Credentials",
    "DispatchTransport",
    "Hooks",
    "RequestContext",
    "ResponseContext",
    "RetryConfig",
]

EXTERNAL_EXTENSION = "dispatch.external"
"""Request extension marking a non-API URL (e.g. a presigned upload on a storage host).

``client.put(url, content=..., extensions={EXTERNAL_EXTENSION: True})``: the request gets no
``Authorization`` (one already present is removed: storage hosts reject a second auth scheme), no
idempotency key and no ``Accept``, and its query string (the signature) is kept out of logs and hook
contexts. It is still retried.
"""

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
# Sending these twice leaves the server as sending them once did. A POST is replay-safe only when it came
# with an idempotency key already (the facade sends one on the creates the API deduplicates: tickets,
# comments, portal tickets and comments); any other POST is resent only when the server cannot have acted.
_REPLAY_SAFE_METHODS = _SAFE_METHODS | {"PUT", "DELETE", "PATCH"}
_NOT_ACTED_STATUSES = frozenset({429, 503})  # refused before the request was handled
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"})


@functools.cache
def _not_sent_errors(engine: Engine) -> tuple[type[BaseException], ...]:
    """The engine's failures that prove nothing reached the server."""
    return (engine.ConnectError, engine.ConnectTimeout, engine.PoolTimeout)


@functools.cache
def _retryable_network_errors(engine: Engine) -> tuple[type[BaseException], ...]:
    """Worth another attempt: the connection failed or broke. Not: UnsupportedProtocol, LocalProtocolError
    (our request is at fault), DecodingError, TooManyRedirects (the same bytes would come back)."""
    return (engine.NetworkError, engine.RemoteProtocolError, engine.ProxyError)


# What RequestContext.set_header refuses: the SDK's credentials, and the key that makes a retry safe.
_SDK_OWNED_HEADERS = frozenset({"authorization", IDEMPOTENCY_HEADER.lower()})

logger = logging.getLogger(LOGGER_NAME)
# A library must not print through logging's last-resort handler: apps opt in (or pass debug=True).
logger.addHandler(logging.NullHandler())


# --------------------------------------------------------------------------------------------------
# Public configuration and context objects
# --------------------------------------------------------------------------------------------------


def _non_negative(_instance: object, attribute: attrs.Attribute[Any], value: float) -> None:
    # `not value >= 0` also rejects NaN.
    if not value >= 0:
        raise ValueError(f"RetryConfig.{attribute.name} must be >= 0, got {value!r}")


def _max_retries_valid(instance: object, attribute: attrs.Attribute[Any], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"RetryConfig.max_retries must be an int, got {value!r}")
    _non_negative(instance, attribute, value)


def _to_statuses(value: Iterable[int]) -> tuple[int, ...]:
    statuses = tuple(value)
    for status in statuses:
        if isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599:
            raise ValueError(f"RetryConfig.retryable_statuses holds {status!r}, not an HTTP status")
    return statuses


@attrs.frozen(kw_only=True)
class RetryConfig:
    """When and how long to wait before sending a failed request again.

    ``max_retries`` counts the attempts after the first one (0 disables retrying, and with it the
    automatic idempotency key). A status in ``NEVER_RETRIED_STATUSES`` (400, 401, 403, 404, 409, 422)
    is never retried, even if listed in ``retryable_statuses``: the same request would fail the same way.
    Every field is keyword-only and has a default.

    Attributes:
        max_retries: retries after the first attempt (default 3; the portal clients default to 2).
        retryable_statuses: statuses worth another attempt (default 429, 500, 502, 503, 504).
        retry_on_network_error: retry when the connection failed or broke (default True).
        retry_on_timeout: retry when an attempt timed out (default True).
        initial_delay: seconds before the first retry (default 1).
        max_delay: cap of the computed delay, in seconds, before jitter (default 30).
        backoff_multiplier: factor applied to the delay at each retry (default 2).
        jitter: up to this fraction of the delay is added at random (default 0.25).

    Raises:
        ValueError: a negative number (or NaN), or a status outside 100-599.
        TypeError: ``max_retries`` is not an int, or ``retryable_statuses`` is not iterable.

    Example:
        >>> patient = RetryConfig(max_retries=5, initial_delay=0.5, retryable_statuses=(429, 503))
        >>> patient.max_retries, patient.retryable_statuses
        (5, (429, 503))
    """

    max_retries: int = attrs.field(default=DEFAULT_MAX_RETRIES, validator=_max_retries_valid)
    retryable_statuses: tuple[int, ...] = attrs.field(default=RETRYABLE_STATUSES, converter=_to_statuses)
    retry_on_network_error: bool = True
    retry_on_timeout: bool = True
    initial_delay: float = attrs.field(default=INITIAL_RETRY_DELAY, validator=_non_negative)
    max_delay: float = attrs.field(default=MAX_RETRY_DELAY, validator=_non_negative)
    backoff_multiplier: float = attrs.field(default=BACKOFF_MULTIPLIER, validator=_non_negative)
    jitter: float = attrs.field(default=RETRY_JITTER, validator=_non_negative)

    def delay_for(self, attempt: int, random: float) -> float:
        """Seconds to wait before retry number ``attempt + 1`` (``attempt`` is 0 for the first retry).

        ``min(initial_delay * backoff_multiplier**attempt, max_delay)``, plus ``random * jitter`` of
        it (``random`` in [0, 1)). The jitter is added after the cap, like the TypeScript SDK, so a
        fleet of clients that failed together does not retry in lockstep even at the cap.

        Args:
            attempt: the number of retries already made (0 before the first retry).
            random: a number in [0, 1) choosing how much of the jitter is added.

        Returns:
            The delay in seconds (a server's ``retry-after``, when it sends one, is used instead).

        Example:
            >>> config = RetryConfig()
            >>> config.delay_for(0, 0.0), config.delay_for(2, 0.0), config.delay_for(10, 0.0)
            (1.0, 4.0, 30.0)
            >>> config.delay_for(0, 1.0)  # the full 25 % jitter
            1.25
        """
        try:
            base = self.initial_delay * self.backoff_multiplier**attempt
        except OverflowError:
            base = self.max_delay
        base = min(base, self.max_delay)
        return base + base * self.jitter * random

    def is_retryable_status(self, status_code: int) -> bool:
        """True when a response with this status may be retried (retry-after and budget aside).

        Args:
            status_code: the HTTP status of a response.

        Example:
            >>> RetryConfig().is_retryable_status(503), RetryConfig().is_retryable_status(404)
            (True, False)
        """
        return status_code in self.retryable_statuses and status_code not in NEVER_RETRIED_STATUSES


@attrs.frozen(kw_only=True)
class RequestContext:
    """One attempt of a request, as hooks see it.

    Attributes:
        method: the HTTP method, e.g. ``"POST"``.
        url: the full URL; for an external (presigned) URL, the query string reads ``?[redacted]``,
            and a query parameter named like a credential (``token``, ``key``, ``secret``...) reads
            ``[redacted]``.
        headers: a copy with lower-case names; ``authorization`` reads ``"Bearer ***"`` and other
            credential headers ``"***"``.
        attempt: 0 for the first send, one more per resend (retries, and the one resend after a
            renewed token).
        idempotency_key: the ``X-Idempotency-Key`` sent on every attempt, or None (safe methods, or
            retries disabled).

    ``headers`` is a copy: to add a header to the request itself (a trace's ``traceparent``), call
    :meth:`set_header` from ``on_request``.

    Example:
        >>> def log_request(ctx: RequestContext) -> None:
        ...     print(ctx.method, ctx.url, "attempt", ctx.attempt)
        >>> client = DispatchTickets(hooks=Hooks(on_request=log_request))  # doctest: +SKIP
    """

    method: str
    url: str
    headers: dict[str, str]
    attempt: int
    idempotency_key: str | None
    # The request this attempt sends (None for a context made by hand): what set_header writes to.
    _outgoing: httpx.Request | None = attrs.field(default=None, repr=False, eq=False)

    def set_header(self, name: str, value: str) -> None:
        """Add (or replace) a header on the request this attempt sends: call it from ``on_request``.

        The header stays on the later attempts of the same call (retries) unless a later ``on_request``
        sets it again, so a per-attempt value (a new span id) is simply set on each attempt. ``headers``
        shows it too. Set from another hook, it reaches only the attempts not yet sent.

        Args:
            name: the header name, e.g. ``"traceparent"``.
            value: its value.

        Raises:
            ValueError: ``Authorization`` or ``X-Idempotency-Key`` (the SDK sets those: a changed key
                would let a retry act twice), or a line break in the name or value.
            RuntimeError: this context describes no outgoing request (one you built yourself).

        Example:
            >>> def add_trace(ctx: RequestContext) -> None:
            ...     ctx.set_header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
            >>> client = DispatchTickets(hooks=Hooks(on_request=add_trace))  # doctest: +SKIP
        """
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError("header name and value must be str")
        lower = name.lower()
        if lower in _SDK_OWNED_HEADERS:
            raise ValueError(f"{name} is set by the SDK; a hook may not change it")
        if not name or any(c in name for c in "\r\n: ") or "\r" in value or "\n" in value:
            raise ValueError("a header name must be a non-empty token, and neither may hold a line break")
        if self._outgoing is None:
            raise RuntimeError("this RequestContext describes no outgoing request")
        self._outgoing.headers[name] = value
        self.headers[lower] = "***" if lower in _SECRET_HEADERS else value


@attrs.frozen(kw_only=True)
class ResponseContext:
    """One response (any status, errors included), as hooks see it; the body is already read.

    Attributes:
        request: the attempt this answers.
        status_code: the HTTP status.
        headers: the response headers, lower-case names, credential headers shown as ``"***"``.
        duration_seconds: from sending the attempt to having read the whole body.
        request_id: the server's ``x-request-id``, or None.

    Example:
        >>> def log_response(ctx: ResponseContext) -> None:
        ...     print(ctx.status_code, f"{ctx.duration_seconds * 1000:.0f} ms", ctx.request_id)
        >>> client = DispatchTickets(hooks=Hooks(on_response=log_response))  # doctest: +SKIP
    """

    request: RequestContext
    status_code: int
    headers: dict[str, str]
    duration_seconds: float
    request_id: str | None


OnRequest = Callable[[RequestContext], Awaitable[None] | None]
OnResponse = Callable[[ResponseContext], Awaitable[None] | None]
OnError = Callable[[DispatchTicketsError, RequestContext], Awaitable[None] | None]
OnRetry = Callable[[RequestContext, DispatchTicketsError, float], Awaitable[None] | None]


@attrs.frozen(kw_only=True)
class Hooks:
    """Callbacks around every request; each is optional.

    Attributes:
        on_request: ``on_request(ctx)``, before each attempt is sent; ``ctx.set_header(name, value)``
            adds a header to the request (e.g. ``traceparent``).
        on_response: ``on_response(ctx)``, after each response is read, whatever its status (500s and
            404s too).
        on_error: ``on_error(error, ctx)``, once, on the final failure: an error status that will not be
            retried (the client then raises that very ``error`` object), or a transport exception after
            the last retry (raised right after). Not for a DELETE answered 404 after an earlier attempt
            may have deleted it: that delete is done (see the retries guide).
        on_retry: ``on_retry(ctx, error, delay_seconds)``, a failed attempt will be retried after
            ``delay_seconds``.

    Hooks run with no lock of the SDK held, so a hook may call the client again (log through a second
    request, ``portal.refresh()`` from ``on_error``), sync or async.

    The async transport also accepts coroutine functions (any hook returning an awaitable is awaited);
    the sync transport raises ``TypeError`` for them rather than silently dropping the coroutine.

    An exception raised by a hook is not swallowed: it propagates to the caller of the request (the
    in-flight response is closed first). A hook bug should be seen, not hidden behind a retry.

    Example:
        >>> def on_retry(ctx: RequestContext, error: DispatchTicketsError, delay: float) -> None:
        ...     print(f"retrying {ctx.method} {ctx.url} in {delay:.1f} s: {error.code}")
        >>> client = DispatchTickets(hooks=Hooks(on_retry=on_retry))  # doctest: +SKIP
    """

    on_request: OnRequest | None = None
    on_response: OnResponse | None = None
    on_error: OnError | None = None
    on_retry: OnRetry | None = None


def _check_token(token: object) -> str:
    # The message never repeats the value: it may be a real key pasted in the wrong place.
    if not isinstance(token, str) or not token.strip() or "\r" in token or "\n" in token:
        raise ValueError("the token must be a non-empty string without line breaks")
    return token


class Credentials:
    """The bearer token put in the ``Authorization`` header, never shown by ``repr``/``str``.

    The transport calls :meth:`get_token` (or :meth:`get_token_async`) before every attempt, so a
    token swapped in by :meth:`set_token` (from any thread) is used by the very next attempt.

    Extension points for tokens that expire (the portal client subclasses this):

    - override :meth:`get_token` / :meth:`get_token_async` to renew ahead of expiry, then
      ``return self.token``;
    - override :meth:`renew_after_unauthorized` / :meth:`renew_after_unauthorized_async`: the
      transport calls it (at most once per request) when a 401 comes back, with the token that was
      rejected. Return True when a new token is now in place: the request is resent once with it
      (not counted as a retry). Compare ``rejected_token`` with :attr:`token` first: if they differ,
      another request already renewed it and there is nothing to do but return True. The async
      default calls the sync one; override the async one to renew without blocking the event loop.

    This base class holds a static token: renewing is impossible, so a 401 is final. A subclass::

        class RefreshingCredentials(Credentials):
            def renew_after_unauthorized(self, rejected_token: str) -> bool:
                with self._refresh_lock:  # one refresh for many concurrent 401s
                    if self.token == rejected_token:
                        self.set_token(fetch_new_token())
                    return True

    If ``fetch_new_token`` sends through a client with hooks, a hook that calls that client back runs
    while the lock is held: the portal's ``PortalCredentials`` (``dispatch._portal``) shows how to hold
    no lock while the refresh runs (one refresh in flight, which callers wait for only when they must)
    and how to let a call from the refresh's own hooks through (a context variable marks it).

    Args:
        token: the bearer token (an API key, or a portal token).

    Raises:
        ValueError: the token is empty or holds a line break (the message never repeats it).

    Example:
        >>> credentials = Credentials("sk_test_123")
        >>> credentials
        Credentials(token='***')
    """

    def __init__(self, token: str) -> None:
        self._token = _check_token(token)
        self._token_lock = threading.Lock()

    @property
    def token(self) -> str:
        """The current token.

        Example:
            >>> Credentials("sk_test_123").token
            'sk_test_123'
        """
        with self._token_lock:
            return self._token

    def set_token(self, token: str) -> None:
        """Swap in a new token (thread-safe); the next attempt of every request sends it.

        Args:
            token: the new token.

        Raises:
            ValueError: the token is empty or holds a line break.

        Example:
            >>> credentials = Credentials("sk_test_old")
            >>> credentials.set_token("sk_test_new")
            >>> credentials.token
            'sk_test_new'
        """
        checked = _check_token(token)
        with self._token_lock:
            self._token = checked

    def get_token(self) -> str:
        """The token to send on the next attempt (sync transport); override it to renew ahead of expiry.

        Example:
            >>> Credentials("sk_test_123").get_token()
            'sk_test_123'
        """
        return self.token

    async def get_token_async(self) -> str:
        """The token to send on the next attempt (async transport); by default, :meth:`get_token`'s.

        Example:
            >>> await Credentials("sk_test_123").get_token_async()  # doctest: +SKIP
            'sk_test_123'
        """
        return self.get_token()

    def renew_after_unauthorized(self, rejected_token: str) -> bool:
        """Called after a 401 with the token that was sent; True if a new token is now in place.

        This base class cannot renew a token, so it answers False: the 401 is final.

        Args:
            rejected_token: the token the server refused.

        Example:
            >>> Credentials("sk_test_123").renew_after_unauthorized("sk_test_123")
            False
        """
        return False

    async def renew_after_unauthorized_async(self, rejected_token: str) -> bool:
        """The async twin of :meth:`renew_after_unauthorized` (by default, it calls it).

        Args:
            rejected_token: the token the server refused.

        Example:
            >>> credentials = Credentials("sk_test_123")
            >>> await credentials.renew_after_unauthorized_async("sk_test_123")  # doctest: +SKIP
            False
        """
        return self.renew_after_unauthorized(rejected_token)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token='***')"

    __str__ = __repr__


# --------------------------------------------------------------------------------------------------
# Shared decision logic (no I/O)
# --------------------------------------------------------------------------------------------------


def _new_idempotency_key() -> str:
    """A UUID4. ``uuid`` is imported on first use: with ``platform``, which it loads, it costs ~4 ms at import."""
    import uuid

    return str(uuid.uuid4())


class _Config:
    """Everything a transport decides with; copied (not rebuilt) by ``with_config``.

    A plain slotted class rather than attrs: it is private, and every attrs class costs ~1 ms at import.
    """

    __slots__ = (
        "clock",
        "credentials",
        "debug",
        "hooks",
        "idempotency_key_factory",
        "random",
        "retry",
        "total_timeout",
        "wall_clock",
    )

    def __init__(
        self,
        *,
        credentials: Credentials | None,
        retry: RetryConfig,
        hooks: Hooks,
        debug: bool,
        clock: Callable[[], float],
        wall_clock: Callable[[], float],
        random: Callable[[], float],
        idempotency_key_factory: Callable[[], str],
        total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
    ) -> None:
        self.credentials = credentials
        self.retry = retry
        self.hooks = hooks
        self.debug = debug
        self.clock = clock
        self.wall_clock = wall_clock
        self.random = random
        self.idempotency_key_factory = idempotency_key_factory
        self.total_timeout = total_timeout

    def replace(self, **changes: Any) -> _Config:
        clone = copy.copy(self)
        for name, value in changes.items():
            setattr(clone, name, value)
        return clone


class _Step:
    """After an attempt: return the response, retry it, renew the token, resend after renewal, or fail.

    "fail" returns an error response to the caller (which raises its status error) or raises a transport
    error; "expire" raises ``error`` (a :class:`TimeoutError`) whatever came back: the deadline is spent.
    "done" returns an error response that means the call's work is done all the same (a DELETE's 404 after an
    earlier attempt may have deleted it): no ``on_error``.
    """

    __slots__ = ("delay", "error", "kind")

    def __init__(
        self,
        kind: Literal["return", "retry", "renew", "resend", "fail", "expire", "done"],
        error: DispatchTicketsError | None = None,
        delay: float = 0.0,
    ) -> None:
        self.kind = kind
        self.error = error
        self.delay = delay


_RETURN = _Step("return")
_NO_TIMEOUT = {"connect": None, "read": None, "write": None, "pool": None}  # httpx's "timeout" extension keys
# An attempt that timed out with less than this left before the deadline was cut short by the deadline.
_DEADLINE_SLACK = 0.01


def check_total_timeout(value: object) -> float | None:
    """``value`` as a total timeout: None (no deadline) or a positive number of seconds."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"total_timeout must be a number of seconds or None, got {value!r}")
    if not value > 0:  # also rejects NaN
        raise ValueError(f"total_timeout must be > 0 seconds, got {value!r}")
    return float(value)


def _call_options(config: _Config, request: httpx.Request) -> tuple[int, float | None]:
    """``max_retries`` and ``total_timeout`` for this call: the client's, or the request's own."""
    max_retries, total_timeout = config.retry.max_retries, config.total_timeout
    options = request.extensions.get(REQUEST_OPTIONS_EXTENSION)
    if options:
        if options.get("idempotency_key") and request.method in _SAFE_METHODS:
            raise TypeError(
                f"idempotency_key is for writes: {request.method} changes nothing, so there is nothing to"
                " deduplicate (the option is typed WriteRequestOptions for this reason)"
            )
        if options.get("max_retries") is not None:
            max_retries = options["max_retries"]
            if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
                raise ValueError(f"max_retries must be an int >= 0, got {max_retries!r}")
        if "total_timeout" in options:
            total_timeout = check_total_timeout(options["total_timeout"])
    return max_retries, total_timeout


class _SyncBodyGuard(httpx.SyncByteStream):
    """Wraps a streamed request body to learn whether an attempt began sending it."""

    def __init__(self, stream: httpx.SyncByteStream) -> None:
        self.stream = stream
        self.started = False
        self.reiterable = _is_reiterable(stream)

    def __iter__(self) -> Iterator[bytes]:
        self.started = True
        yield from self.stream

    def close(self) -> None:
        self.stream.close()


class _AsyncBodyGuard(httpx.AsyncByteStream):
    """The async twin of :class:`_SyncBodyGuard`."""

    def __init__(self, stream: httpx.AsyncByteStream) -> None:
        self.stream = stream
        self.started = False
        self.reiterable = _is_reiterable(stream)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self.started = True
        async for chunk in self.stream:
            yield chunk

    async def aclose(self) -> None:
        await self.stream.aclose()


def _is_reiterable(stream: object) -> bool:
    """Whether iterating the body again sends the same bytes.

    httpx wraps ``content=<iterable>`` in ``(Async)IteratorByteStream``, which keeps the caller's
    object as ``_stream``. A list, tuple or any iterable whose ``__iter__`` starts over is re-iterable;
    an iterator (a generator, a file object) is one-shot: httpx would raise ``StreamConsumed`` for a
    generator and silently send an empty body for a file. Unknown stream types count as one-shot.
    """
    source = getattr(stream, "_stream", None)
    if source is None:
        return False
    return (
        not isinstance(source, Iterator | AsyncIterator)
        and not hasattr(source, "read")
        and not hasattr(source, "aread")
    )


S = TypeVar("S", bound=type)
A = TypeVar("A", bound=type)


@functools.cache
def _engine_streams(engine: Engine, sync_stream: S, async_stream: A) -> tuple[S, A]:
    """Our stream wrappers (written on httpx's base classes) as streams of ``engine`` too: its transports
    and responses check a stream's type against their own engine's classes."""
    if engine.name == "httpx":
        return sync_stream, async_stream
    sync = type(sync_stream.__name__, (sync_stream, engine.SyncByteStream), {})
    async_ = type(async_stream.__name__, (async_stream, engine.AsyncByteStream), {})
    return cast(S, sync), cast(A, async_)


class _SyncDeadlineBody(httpx.SyncByteStream):
    """A response body read no further than the call's deadline: httpx's read timeout bounds each read,
    not a body that keeps trickling in. Past the deadline, the next chunk raises the engine's ReadTimeout,
    which the call turns into its deadline's TimeoutError."""

    def __init__(self, stream: httpx.SyncByteStream, call: _Call) -> None:
        self.stream, self.call = stream, call

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.stream:
            self.call.check_reading()
            yield chunk

    def close(self) -> None:
        self.stream.close()


class _AsyncDeadlineBody(httpx.AsyncByteStream):
    """The async twin of :class:`_SyncDeadlineBody`."""

    def __init__(self, stream: httpx.AsyncByteStream, call: _Call) -> None:
        self.stream, self.call = stream, call

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.stream:
            self.call.check_reading()
            yield chunk

    async def aclose(self) -> None:
        await self.stream.aclose()


def _body_replayable(stream: object, engine: Engine) -> bool:
    # httpx's Request.read() (MockTransport calls it) swaps a consumed stream for a ByteStream.
    if isinstance(stream, engine.ByteStream):
        return True
    if isinstance(stream, _SyncBodyGuard | _AsyncBodyGuard):
        return stream.reiterable or not stream.started
    return False


def _user_agent(existing: str | None) -> str:
    """Ours, replacing the engine's default (httpx's or httpx2's); a caller's own product token is kept
    in front of it."""
    if not existing or existing.startswith(ENGINE_USER_AGENTS):
        return USER_AGENT
    if USER_AGENT in existing:
        return existing
    return f"{existing} {USER_AGENT}"


def _redact(headers: Mapping[str, str]) -> dict[str, str]:
    redacted: dict[str, str] = {}
    for name, value in headers.items():
        lower = name.lower()
        if lower == "authorization" and value.lower().startswith("bearer "):
            redacted[lower] = "Bearer ***"
        elif lower in _SECRET_HEADERS:
            redacted[lower] = "***"
        else:
            redacted[lower] = value
    return redacted


# Query parameters whose values are credentials wherever they appear (a portal or magic-link token, an
# API key, a signature): shown as "[redacted]" even in DEBUG records and hook contexts.
_SECRET_PARAM = re.compile(r"token|secret|key|signature|password|credential|^sig$|^auth$", re.IGNORECASE)
# A path segment that is an id (br_123, tkt_9f2), holds an e-mail, or is a long opaque value.
_VARIABLE_SEGMENT = re.compile(r"^[A-Za-z]+_[A-Za-z0-9_-]+$|@|%40|^[A-Za-z0-9_-]{20,}$")


def _shown_url(url: httpx.URL, external: bool) -> str:
    """The full URL for DEBUG records and hook contexts: credentials in its query string redacted."""
    if not url.query:
        return str(url)
    if external:  # a presigned URL: its whole query is the signature
        return f"{url.copy_with(query=None)}?[redacted]"
    params = [
        (name, "[redacted]" if _SECRET_PARAM.search(name) else value)
        for name, value in url.params.multi_items()
    ]
    if all(value != "[redacted]" for _, value in params):
        return str(url)
    query = "&".join(f"{name}={value}" for name, value in params)
    return f"{url.copy_with(query=None)}?{query}"


def _path_template(request: httpx.Request, external: bool) -> str:
    """What INFO and WARNING records show of the URL: no query string, no id, no e-mail.

    The generated endpoints name their template (``/brands/{brand_id}/tickets``) in a request extension;
    for any other request (a caller's own ``client.raw`` call) the path's variable-looking segments are
    replaced with ``{id}``. A presigned upload shows its host only: its path names the file.
    """
    template = request.extensions.get(PATH_TEMPLATE_EXTENSION)
    if isinstance(template, str):
        return template
    url = request.url
    if external:
        return f"{url.scheme}://{url.host}/{{presigned}}"
    segments = url.path.split("/")
    return "/".join("{id}" if _VARIABLE_SEGMENT.search(segment) else segment for segment in segments)


class _HttpxRecordFilter(logging.Filter):
    """Shows the path template instead of the URL in httpx's own INFO record of our requests.

    httpx logs every response at INFO on its ``httpx`` logger with the full URL (query strings, e-mails,
    a token a caller put in a query): an application that turns on INFO for everything would store them.
    Only the requests that went through a Dispatch transport are rewritten; other clients' records are
    left alone.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if (
            isinstance(args, tuple) and len(args) >= 2 and type(args[1]).__name__ == "URL"
        ):  # httpx's or httpx2's
            shown = _HTTPX_SHOWN.get(args[1])
            if shown is not None:
                record.args = (args[0], shown, *args[2:])
        return True


# httpx logs on "httpx", httpx2 on "httpx2": the same filter on both (adding it imports neither engine)
_engine_loggers = [logging.getLogger(name) for name in ("httpx", "httpx2")]
for _engine_logger in _engine_loggers:
    _engine_logger.addFilter(_HttpxRecordFilter())
# The URL object of each of our requests (the one the engine logs) -> what its record shows instead.
# Filled only while an engine's logger is enabled; entries go with their requests.
_HTTPX_SHOWN: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()


# The call whose token renewal is running in this thread or task: a request the credentials make to
# renew (the portal's refresh) ends by that call's deadline too, whatever its own total_timeout.
_renewing_for: contextvars.ContextVar[_Call | None] = contextvars.ContextVar(
    "dispatch_renewing_for", default=None
)


def _attempt_limit(call: _Call) -> Any:
    """An async attempt's bound: ``asyncio.timeout`` at the call's deadline (a body that trickles, then
    stalls, is cut off there), or a null context without one (nothing to arm, nothing asyncio-specific)."""
    if call.deadline is None:
        return contextlib.nullcontext()
    import asyncio  # only async clients need it (~10 ms at `import dispatch`)

    return asyncio.timeout(call.time_left())


def renewal_ran_out(reason: str) -> None:
    """For credentials: a renewal gave up because the call it renews for ran out of time (e.g. it waited
    for another caller's refresh until the call's deadline). The call then raises its deadline's
    TimeoutError with ``reason``, rather than the 401 it was renewing for."""
    call = _renewing_for.get()
    if call is not None and call.renewal_expired is None:
        call.renewal_expired = TimeoutError(reason, reason=reason)


def renewal_time_left() -> float | None:
    """Seconds left to the call whose token is being got or renewed in this thread or task (None: that
    call has no deadline, or none is): how long credentials may wait for another caller's renewal."""
    call = _renewing_for.get()
    if call is None or call.deadline is None:
        return None
    return max(0.0, call.time_left())


class _Call:
    """The state and decisions of one logical request across its attempts. No I/O, no hooks."""

    def __init__(self, config: _Config, request: httpx.Request, *, is_async: bool) -> None:
        self.config = config
        self.request = request
        self.engine = engine_of(request)  # httpx or httpx2: whose exceptions and streams this call meets
        self.max_retries, self.total_timeout = _call_options(config, request)
        self.started = config.clock()  # what records' elapsed_ms counts from, and the deadline too
        # The deadline of the whole call (clock time), and the per-attempt httpx timeouts it shrinks.
        self.deadline = self.started + self.total_timeout if self.total_timeout is not None else None
        # When this request renews the token of a call with an earlier deadline, that deadline is its own.
        self.enclosing = _renewing_for.get()
        enclosing_deadline = self.enclosing.deadline if self.enclosing is not None else None
        self.bounded_by_enclosing = enclosing_deadline is not None and (
            self.deadline is None or enclosing_deadline < self.deadline
        )
        if self.bounded_by_enclosing:
            self.deadline = enclosing_deadline
        self.renewal_expired: TimeoutError | None = None  # a renewal of this call's token ran out of time
        self.last_error: DispatchTicketsError | None = None  # of the latest attempt, for the deadline's error
        if self.deadline is not None:
            self.attempt_timeouts = dict(request.extensions.get("timeout") or _NO_TIMEOUT)
        self.external = bool(request.extensions.get(EXTERNAL_EXTENSION))
        self.credentials = None if self.external else config.credentials
        self.attempt = 0  # sends so far, i.e. the index of the next one
        self.retries = 0  # spent from RetryConfig.max_retries
        self.renewed = False
        self.token: str | None = None  # the token sent on the latest attempt
        # An earlier attempt may have reached the server and been acted on (its answer lost or a 5xx):
        # then a 404 to a retried DELETE means that attempt deleted it.
        self.may_have_acted = False
        hooks = config.hooks
        # The hook contexts cost ~10 us a request (headers copied and redacted twice): made only for hooks.
        self.wants_context = (
            hooks.on_request is not None
            or hooks.on_response is not None
            or hooks.on_error is not None
            or hooks.on_retry is not None
        )
        self.replay_safe = request.method in _REPLAY_SAFE_METHODS or IDEMPOTENCY_HEADER in request.headers
        if any(engine_logger.isEnabledFor(logging.INFO) for engine_logger in _engine_loggers):
            _HTTPX_SHOWN[request.url] = _path_template(request, self.external)
        self.idempotency_key = self._prepare_headers()
        self._guard_body(is_async)

    @contextlib.contextmanager
    def renewing(self) -> Iterator[None]:
        """While the credentials get or renew the token: their own requests end by this call's deadline."""
        if self.deadline is None:
            yield
            return
        self.renewal_expired = None  # of this renewal only: an earlier one's is no news
        token = _renewing_for.set(self)
        try:
            yield
        finally:
            _renewing_for.reset(token)

    @functools.cached_property
    def url(self) -> str:
        """The URL as DEBUG records and hook contexts show it (made on first use: most requests never need it)."""
        return _shown_url(self.request.url, self.external)

    @functools.cached_property
    def label(self) -> str:
        """What INFO and WARNING records show of the request: method and path template. Never the URL's
        query or ids, a header or the body: records at these levels reach shared log stores by default."""
        return f"{self.request.method} {_path_template(self.request, self.external)}"

    def _outcome(self, cause: str) -> str:
        """The rest of an INFO or WARNING record: the cause (status and request id, or the exception's
        class), the attempt and the time since the call began."""
        elapsed_ms = (self.config.clock() - self.started) * 1000
        return f"{cause} attempt={self.attempt} elapsed_ms={elapsed_ms:.0f}"

    def _prepare_headers(self) -> str | None:
        headers = self.request.headers
        # The SDK's clients already send these as client-level defaults: check before setting (a set on
        # httpx.Headers rebuilds its list), so only requests from other clients pay for the rewrite.
        user_agent = headers.get("user-agent")
        if user_agent != USER_AGENT:
            headers["User-Agent"] = _user_agent(user_agent)
        if self.external:
            headers.pop("Authorization", None)
            return None
        if headers.get("accept") in (None, "*/*"):  # "*/*" is httpx's default, not a caller's choice
            headers["Accept"] = "application/json"
        key: str | None = headers.get(IDEMPOTENCY_HEADER)
        if key is None and self.request.method not in _SAFE_METHODS and self.max_retries > 0:
            # Made once per logical request: every attempt carries the same key, so a POST whose
            # response was lost after the server acted is not executed twice.
            key = self.config.idempotency_key_factory()
            headers[IDEMPOTENCY_HEADER] = key
        return key

    def _guard_body(self, is_async: bool) -> None:
        stream, engine = self.request.stream, self.engine
        if isinstance(stream, engine.ByteStream):
            return
        sync_guard, async_guard = _engine_streams(engine, _SyncBodyGuard, _AsyncBodyGuard)
        if is_async and isinstance(stream, engine.AsyncByteStream):
            self.request.stream = async_guard(stream)
        elif not is_async and isinstance(stream, engine.SyncByteStream):
            self.request.stream = sync_guard(stream)

    def begin_attempt(self, token: str | None) -> RequestContext | None:
        """Put the attempt's token on the request and describe the attempt (None when no hook is set)."""
        if token is not None:
            self.token = token
            self.request.headers["Authorization"] = f"Bearer {token}"
        if self.config.debug or logger.isEnabledFor(logging.DEBUG):
            _log_debug(
                self.config.debug, "request %s %s attempt=%d", self.request.method, self.url, self.attempt
            )
        if not self.wants_context:
            return None
        return RequestContext(
            method=self.request.method,
            url=self.url,
            headers=_redact(self.request.headers),
            attempt=self.attempt,
            idempotency_key=self.idempotency_key,
            outgoing=self.request,
        )

    def bound_attempt(self) -> TimeoutError | None:
        """Cut this attempt's httpx timeouts to the time left before the deadline; the error if none is left."""
        if self.deadline is None:
            return None
        left = self.time_left()
        if left <= 0:
            return self._expired(self.attempt, "no time was left for another attempt", self.last_error)
        self.request.extensions["timeout"] = {
            name: left if seconds is None else min(seconds, left)
            for name, seconds in self.attempt_timeouts.items()
        }
        return None

    def time_left(self) -> float:
        """Seconds before the deadline (infinite without one)."""
        if self.deadline is None:
            return float("inf")
        return self.deadline - self.config.clock()

    def bound_body(self, response: httpx.Response, *, is_async: bool) -> None:
        """Read ``response``'s body no further than the deadline (a no-op without one)."""
        if self.deadline is None:
            return
        sync_body, async_body = _engine_streams(self.engine, _SyncDeadlineBody, _AsyncDeadlineBody)
        response.stream = async_body(response.stream, self) if is_async else sync_body(response.stream, self)

    def check_reading(self) -> None:
        """Raise the engine's ReadTimeout once the deadline has passed while a body is read."""
        if self.time_left() <= 0:
            raise self.engine.ReadTimeout(
                "the deadline passed while the response body was read", request=self.request
            )

    def _limit_described(self) -> str:
        if self.bounded_by_enclosing or self.total_timeout is None:
            return "the time left to the call whose token it renews"
        return f"the total_timeout of {self.total_timeout:g} s"

    def _expired(self, attempts: int, reason: str, last_error: DispatchTicketsError | None) -> TimeoutError:
        """The error of a call stopped by its deadline: how many attempts were made, and why it stopped."""
        logger.warning("giving up %s after %d attempts: %s", self.label, attempts, reason)
        error = TimeoutError(
            f"Gave up after {attempts} attempt{'s' if attempts != 1 else ''} "
            f"within {self._limit_described()}: {reason}",
            request_id=last_error.request_id if last_error is not None else None,
            attempts=attempts,
            reason=reason,
        )
        if self.bounded_by_enclosing and self.enclosing is not None:
            self.enclosing.renewal_expired = error  # credentials may swallow it: the call must not
        if last_error is not None and last_error.response is not None:  # e.g. the 429 it gave up on
            error.response, error.headers, error.rate_limit = (
                last_error.response,
                last_error.headers,
                last_error.rate_limit,
            )
            error.details = last_error.details
        error.__cause__ = last_error
        return error

    def response_context(
        self, context: RequestContext | None, response: httpx.Response, duration: float
    ) -> ResponseContext | None:
        response.elapsed = datetime.timedelta(seconds=duration)
        logging_enabled = self.config.debug or logger.isEnabledFor(logging.DEBUG)
        if context is None and not logging_enabled:
            return None
        request_id = response.headers.get(REQUEST_ID_HEADER)
        if logging_enabled:
            _log_debug(
                self.config.debug,
                "response %s %s status=%d duration_ms=%.1f attempt=%d request_id=%s",
                self.request.method,
                self.url,
                response.status_code,
                duration * 1000,
                self.attempt,
                request_id,
            )
        if context is None:
            return None
        return ResponseContext(
            request=context,
            status_code=response.status_code,
            headers=_redact(response.headers),
            duration_seconds=duration,
            request_id=request_id,
        )

    def after_response(self, response: httpx.Response) -> _Step:
        status = response.status_code
        if status < 400:
            return _RETURN
        error = error_from_response(status, response.headers, response.content, response=response)
        self.last_error = error
        if status == 404 and self.may_have_acted and self.request.method == "DELETE":
            # DELETE is idempotent: what it asked for (no such resource) is what the 404 reports.
            logger.info("%s: 404 after an earlier attempt may have deleted it: treated as done", self.label)
            return _Step("done", error)
        if status == 401 and self.token is not None and not self.renewed:
            return _Step("renew", error)
        if not self.config.retry.is_retryable_status(status):
            return _Step("fail", error)
        cause = f"status={status} request_id={error.request_id}"
        if not self.replay_safe and status not in _NOT_ACTED_STATUSES:
            logger.warning(
                "%s failed: %s (not retried: the server may have acted, and it has no key)",
                self.label,
                self._outcome(cause),
            )
            return _Step("fail", error)
        retry_after = parse_retry_after(response.headers.get("retry-after"), now=self.config.wall_clock())
        # A wait past the deadline too is the deadline's give-up (a TimeoutError), in _retry_or_fail.
        if retry_after is not None and retry_after > MAX_RETRY_AFTER and retry_after < self.time_left():
            logger.warning(
                "giving up %s: %s asks to wait %.0f s", self.label, self._outcome(cause), retry_after
            )
            return _Step("fail", error)
        step = self._retry_or_fail(error, retry_after, cause)
        if step.kind == "retry" and status not in _NOT_ACTED_STATUSES:
            self.may_have_acted = True  # a 500/502/504 may come after the server (or its upstream) acted
        return step

    def after_renewal(self, renewed: bool, error: DispatchTicketsError | None) -> _Step:
        if not renewed and self.renewal_expired is not None:
            # The renewal failed because this call's time ran out, not because the token is bad.
            reason = f"the deadline came while renewing the token ({self.renewal_expired.reason})"
            return _Step("expire", self._expired(self.attempt + 1, reason, error))
        if not renewed:
            return _Step("fail", error)
        if not _body_replayable(self.request.stream, self.engine):
            logger.warning(
                "%s: token renewed, but its one-shot body stream was already sent: %s",
                self.label,
                self._outcome(f"status={error.status_code if error else None}"),
            )
            return _Step("fail", error)
        self.renewed = True
        self.attempt += 1
        logger.info("resending %s with a renewed token: %s", self.label, self._outcome("status=401"))
        return _Step("resend", error)

    def after_exception(self, exc: httpx.RequestError, error: DispatchTicketsError) -> _Step:
        self.last_error = error
        retry = self.config.retry
        if isinstance(exc, self.engine.TimeoutException):
            allowed = retry.retry_on_timeout
        elif isinstance(exc, _retryable_network_errors(self.engine)):
            allowed = retry.retry_on_network_error
        else:
            allowed = False
        if allowed and not self.replay_safe and not isinstance(exc, _not_sent_errors(self.engine)):
            allowed = False  # the request may have reached the server, which would act on it twice
        if isinstance(exc, self.engine.TimeoutException) and self.time_left() <= _DEADLINE_SLACK:
            # The attempt's timeout had been cut to the time left: it is the deadline that ran out.
            reason = f"the deadline passed during attempt {self.attempt + 1} ({type(exc).__name__})"
            return _Step("expire", self._expired(self.attempt + 1, reason, error))
        if not allowed:
            logger.warning("%s failed: %s (not retried)", self.label, self._outcome(type(exc).__name__))
            return _Step("fail", error)
        step = self._retry_or_fail(error, None, type(exc).__name__)
        if step.kind == "retry" and not isinstance(exc, _not_sent_errors(self.engine)):
            self.may_have_acted = True  # sent, then the answer was lost: the server may have acted
        return step

    def finish(self, response: httpx.Response, error: DispatchTicketsError | None = None) -> httpx.Response:
        """``response``, with what the transport knows about it for the caller (see _constants): how many
        retries it took, whether an earlier attempt may have acted, and the error its status means."""
        response.extensions[RETRIES_TAKEN_EXTENSION] = self.retries
        if self.may_have_acted:
            response.extensions[EARLIER_ATTEMPT_MAY_HAVE_ACTED_EXTENSION] = True
        if error is not None:
            response.extensions[ERROR_EXTENSION] = error
            _marked_response.set(response)  # the facade looks for it only behind an error status
        return response

    def _retry_or_fail(self, error: DispatchTicketsError, retry_after: float | None, cause: str) -> _Step:
        retry = self.config.retry
        if self.retries >= self.max_retries:
            if self.max_retries:
                logger.warning(
                    "giving up %s after %d attempts: %s", self.label, self.attempt + 1, self._outcome(cause)
                )
            return _Step("fail", error)
        if not _body_replayable(self.request.stream, self.engine):
            logger.warning(
                "giving up %s: %s; its one-shot body stream was already sent",
                self.label,
                self._outcome(cause),
            )
            return _Step("fail", error)
        delay = retry.delay_for(self.retries, self.config.random()) if retry_after is None else retry_after
        left = self.time_left()
        if delay >= left:
            # Waiting would outlive the deadline: stop now rather than sleep into certain failure.
            asked = "the server asks to wait" if retry_after is not None else "the next retry would wait"
            reason = f"{cause}; {asked} {delay:.2f} s, {max(left, 0.0):.2f} s are left"
            return _Step("expire", self._expired(self.attempt + 1, reason, error))
        logger.info(
            "retrying %s in %.2f s (retry %d of %d): %s",
            self.label,
            delay,
            self.retries + 1,
            self.max_retries,
            self._outcome(cause),  # the attempt that failed
        )
        self.retries += 1
        self.attempt += 1
        return _Step("retry", error, delay)


# The last error response of this thread or task (its extensions carry the error on_error got). The facade
# gets the generated Response (status, content, headers) rather than the httpx one; its ``headers`` is the
# httpx response's own Headers object, which identifies it. A context variable rather than a global:
# concurrent tasks and threads each see their own.
_marked_response: contextvars.ContextVar[httpx.Response | None] = contextvars.ContextVar(
    "dispatch_marked_response", default=None
)


def transport_marks(headers: object) -> Mapping[str, Any]:
    """The extensions the transport put on the error response whose headers are ``headers``.

    Empty for any other response. Consumed (the response is not kept alive): a second look finds nothing.
    """
    response = _marked_response.get()
    if response is None or response.headers is not headers:
        return {}
    _marked_response.set(None)
    return response.extensions


def _run_hook(name: str, hook: Callable[..., object] | None, *args: object) -> None:
    if hook is None:
        return
    result = hook(*args)
    if inspect.isawaitable(result):
        if inspect.iscoroutine(result):
            result.close()  # no "coroutine was never awaited" warning on top of the error
        raise TypeError(f"Hooks.{name} returned an awaitable: coroutine hooks need the async client")


async def _run_hook_async(hook: Callable[..., object] | None, *args: object) -> None:
    if hook is None:
        return
    result = hook(*args)
    if inspect.isawaitable(result):
        await result


_debug_lock = threading.Lock()


def _log_debug(client_debug: bool, message: str, *args: object) -> None:
    """A DEBUG record on the ``dispatch`` logger.

    A client made with ``debug=True`` has its records handled whatever the logger's level, so that
    turning it on for one client does not turn it on for every other client of the process (which
    changing the logger's level would). Other clients log when the application enables DEBUG itself.
    """
    if client_debug:
        logger.handle(logger.makeRecord(logger.name, logging.DEBUG, __file__, 0, message, args, None))
    else:
        logger.debug(message, *args)


def _enable_debug_logging() -> None:
    """Make sure a ``debug=True`` client's records are printed: add a stderr handler if none would."""
    with _debug_lock:
        current: logging.Logger | None = logger
        while current is not None:
            if any(not isinstance(h, logging.NullHandler) for h in current.handlers):
                return
            current = current.parent if current.propagate else None
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


class _Unset(enum.Enum):
    UNSET = enum.auto()


_UNSET = _Unset.UNSET


class _TransportBase:
    """Configuration, copies and repr shared by the sync and async transports."""

    _config: _Config
    _owns_inner: bool
    _inner: object

    def _setup(
        self,
        inner: object,
        credentials: Credentials | None,
        retry: RetryConfig | None,
        hooks: Hooks | None,
        debug: bool,
        clock: Callable[[], float],
        wall_clock: Callable[[], float],
        random: Callable[[], float],
        idempotency_key_factory: Callable[[], str],
        owns_inner: bool,
        total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
    ) -> None:
        self._inner = inner
        self._owns_inner = owns_inner
        self._config = _Config(
            credentials=credentials,
            retry=retry if retry is not None else RetryConfig(),
            hooks=hooks if hooks is not None else Hooks(),
            debug=debug,
            clock=clock,
            wall_clock=wall_clock,
            random=random,
            idempotency_key_factory=idempotency_key_factory,
            total_timeout=check_total_timeout(total_timeout),
        )
        if debug:
            _enable_debug_logging()

    @property
    def credentials(self) -> Credentials | None:
        return self._config.credentials

    @property
    def retry(self) -> RetryConfig:
        return self._config.retry

    @property
    def hooks(self) -> Hooks:
        return self._config.hooks

    @property
    def debug(self) -> bool:
        return self._config.debug

    @property
    def total_timeout(self) -> float | None:
        """Seconds a whole call may take, retries and waits included (None: no deadline)."""
        return self._config.total_timeout

    @property
    def owns_inner(self) -> bool:
        """Whether closing this transport closes the inner one (False for ``with_config`` copies)."""
        return self._owns_inner

    def with_config(
        self,
        *,
        credentials: Credentials | _Unset | None = _UNSET,
        retry: RetryConfig | None = None,
        hooks: Hooks | _Unset | None = _UNSET,
        debug: bool | None = None,
        total_timeout: float | _Unset | None = _UNSET,
    ) -> Self:
        """A copy with some settings changed, sending through the SAME inner transport (pool).

        For ``client.with_options()``: only this small object is created, no connection pool, and
        closing the copy leaves the shared inner transport open (the original owns it). Arguments
        left out keep their current value; ``hooks=None`` removes the hooks.
        """
        changes: dict[str, Any] = {}
        if not isinstance(credentials, _Unset):
            changes["credentials"] = credentials
        if retry is not None:
            changes["retry"] = retry
        if not isinstance(hooks, _Unset):
            changes["hooks"] = hooks if hooks is not None else Hooks()
        if debug is not None:
            changes["debug"] = debug
            if debug:
                _enable_debug_logging()
        if not isinstance(total_timeout, _Unset):
            changes["total_timeout"] = check_total_timeout(total_timeout)
        clone = copy.copy(self)
        clone._config = self._config.replace(**changes)
        clone._owns_inner = False
        return clone

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(inner={type(self._inner).__name__}, "
            f"credentials={self._config.credentials!r}, retry={self._config.retry!r}, "
            f"debug={self._config.debug}, owns_inner={self._owns_inner})"
        )


# --------------------------------------------------------------------------------------------------
# The transports: only the loops differ
# --------------------------------------------------------------------------------------------------


class DispatchTransport(_TransportBase, httpx.BaseTransport):
    """Sync transport: auth, idempotency key, retries, token renewal, hooks and logs around ``inner``.

    Returns every response fully read, after retries (error statuses included: the caller turns them
    into exceptions); raises :class:`dispatch.NetworkError` / :class:`dispatch.TimeoutError` (``from``
    the httpx exception) when no usable response came. Holds no per-request state: share it freely.

    Request bodies are resent on each attempt: bytes, str, JSON and form bodies always are, and so is
    ``content=`` given a re-iterable (a list, or an object whose ``__iter__`` starts over). A one-shot
    body (a generator, a file object; multipart ``files=`` counts as one too) is retried only if the
    failed attempt had not begun sending it: resending it would send a truncated or empty body.

    Args:
        inner: the transport that really sends (``httpx.HTTPTransport()``, ``httpx.MockTransport``).
        credentials: the bearer token source; None sends no ``Authorization``.
        retry: the retry policy (default ``RetryConfig()``).
        hooks: callbacks, see :class:`Hooks`.
        debug: make the ``dispatch`` logger emit DEBUG records (a stderr handler is added if no
            handler would print them). Each attempt and response is logged at DEBUG with the full URL
            (credentials in its query redacted); retries at INFO and give-ups at WARNING with the
            method, the path template (``/brands/{brand_id}/tickets``), status, attempt, request id
            and elapsed time only. No record holds a header, a body, a token or a presigned signature.
        sleep, clock, wall_clock, random: injected for tests (``time.sleep``, ``time.monotonic`` for
            durations, ``time.time`` for HTTP-date ``retry-after``, ``random.random`` for jitter).
        idempotency_key_factory: makes the ``X-Idempotency-Key`` of a request (a UUID4).
        owns_inner: whether :meth:`close` closes ``inner`` (False when it is borrowed).
        total_timeout: seconds a whole call may take, retries and waits included (None: no deadline).
            Each attempt's httpx timeouts are cut to the time left; a retry whose wait (computed, or
            the server's ``retry-after``) would pass the deadline is not made. Either way the call
            raises :class:`dispatch.TimeoutError` naming the attempts made and why it stopped. A
            request may carry its own ``max_retries`` and ``total_timeout`` in the
            ``dispatch.request_options`` extension; each response returned carries
            ``dispatch.retries_taken``.
    """

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        credentials: Credentials | None,
        retry: RetryConfig | None = None,
        hooks: Hooks | None = None,
        debug: bool = False,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        random: Callable[[], float] = _random.random,
        idempotency_key_factory: Callable[[], str] = _new_idempotency_key,
        owns_inner: bool = True,
        total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
    ) -> None:
        self._setup(
            inner,
            credentials,
            retry,
            hooks,
            debug,
            clock,
            wall_clock,
            random,
            idempotency_key_factory,
            owns_inner,
            total_timeout,
        )
        self._sync_inner = inner
        self._sleep = sleep

    @property
    def inner(self) -> httpx.BaseTransport:
        """The wrapped transport (the connection pool), shared by ``with_config`` copies."""
        return self._sync_inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        call = _Call(self._config, request, is_async=False)
        credentials, hooks, clock = call.credentials, self._config.hooks, self._config.clock
        while True:
            with call.renewing():
                token = credentials.get_token() if credentials is not None else None
            context = call.begin_attempt(token)
            expired = call.bound_attempt()
            if expired is not None:
                _run_hook("on_error", hooks.on_error, expired, context)
                raise expired
            _run_hook("on_request", hooks.on_request, context)
            started = clock()
            response: httpx.Response | None = None
            try:
                response = self._sync_inner.handle_request(request)
                call.bound_body(response, is_async=False)
                response.read()  # inside the loop: a body that breaks half-way is retried too
            except call.engine.RequestError as exc:
                if response is not None:
                    response.close()
                error = error_from_exception(exc)
                error.__cause__ = exc  # hooks see the cause too, before the raise below sets it
                step = call.after_exception(exc, error)
                if step.kind != "retry":
                    final = step.error or error  # a TimeoutError when the deadline stopped the call
                    _run_hook("on_error", hooks.on_error, final, context)
                    raise final from exc
                _run_hook("on_retry", hooks.on_retry, context, error, step.delay)
                self._sleep(step.delay)
                continue
            except BaseException:
                if response is not None:
                    response.close()
                raise
            try:
                duration = clock() - started
                _run_hook(
                    "on_response", hooks.on_response, call.response_context(context, response, duration)
                )
                step = call.after_response(response)
                if step.kind == "renew" and credentials is not None and token is not None:
                    with call.renewing():
                        renewed = credentials.renew_after_unauthorized(token)
                    step = call.after_renewal(renewed, step.error)
                if step.kind == "return":
                    return call.finish(response)
                if step.kind == "done":
                    return call.finish(response, step.error)
                if step.kind in ("retry", "resend"):
                    response.close()
                    if step.kind == "retry":
                        _run_hook("on_retry", hooks.on_retry, context, step.error, step.delay)
                        self._sleep(step.delay)
                    continue
                _run_hook("on_error", hooks.on_error, step.error, context)
                if step.kind == "expire" and step.error is not None:
                    raise step.error  # the deadline is spent: a TimeoutError, caused by this status's error
                return call.finish(response, step.error)  # the caller raises the error for this status
            except BaseException:
                response.close()
                raise

    def close(self) -> None:
        if self._owns_inner:
            self._sync_inner.close()


class AsyncDispatchTransport(_TransportBase, httpx.AsyncBaseTransport):
    """The async twin of :class:`DispatchTransport`, same behaviour; hooks may be coroutine functions.

    Cancelling the awaiting task (``asyncio.CancelledError``, or any other ``BaseException``) while a
    response is being received or read closes that response, releasing its connection, and propagates.
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        credentials: Credentials | None,
        retry: RetryConfig | None = None,
        hooks: Hooks | None = None,
        debug: bool = False,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        random: Callable[[], float] = _random.random,
        idempotency_key_factory: Callable[[], str] = _new_idempotency_key,
        owns_inner: bool = True,
        total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
    ) -> None:
        self._setup(
            inner,
            credentials,
            retry,
            hooks,
            debug,
            clock,
            wall_clock,
            random,
            idempotency_key_factory,
            owns_inner,
            total_timeout,
        )
        self._async_inner = inner
        if sleep is None:
            import asyncio  # only async clients need it (~10 ms at `import dispatch`)

            sleep = asyncio.sleep
        self._sleep: Callable[[float], Awaitable[None]] = sleep

    @property
    def inner(self) -> httpx.AsyncBaseTransport:
        """The wrapped transport (the connection pool), shared by ``with_config`` copies."""
        return self._async_inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        call = _Call(self._config, request, is_async=True)
        credentials, hooks, clock = call.credentials, self._config.hooks, self._config.clock
        while True:
            with call.renewing():
                token = await credentials.get_token_async() if credentials is not None else None
            context = call.begin_attempt(token)
            expired = call.bound_attempt()
            if expired is not None:
                await _run_hook_async(hooks.on_error, expired, context)
                raise expired
            await _run_hook_async(hooks.on_request, context)
            started = clock()
            response: httpx.Response | None = None
            limit = None
            try:
                # Within the deadline as a whole (asyncio can cancel a read that stalls after a trickle,
                # which the per-read timeouts, fixed when the attempt began, would let run on); the
                # expiry is the engine's ReadTimeout, handled below like any other.
                try:
                    async with _attempt_limit(call) as limit:
                        response = await self._async_inner.handle_async_request(request)
                        call.bound_body(response, is_async=True)
                        await response.aread()  # inside the loop: a body that breaks half-way is retried too
                except builtins.TimeoutError as exc:  # asyncio's (ours is a subclass, never raised in here)
                    if limit is None or not limit.expired():
                        raise  # not the deadline's: closed and propagated below
                    message = "the deadline passed while the response was read"
                    raise call.engine.ReadTimeout(message, request=request) from exc
            except call.engine.RequestError as exc:
                if response is not None:
                    await response.aclose()
                error = error_from_exception(exc)
                error.__cause__ = exc  # hooks see the cause too, before the raise below sets it
                step = call.after_exception(exc, error)
                if step.kind != "retry":
                    final = step.error or error  # a TimeoutError when the deadline stopped the call
                    await _run_hook_async(hooks.on_error, final, context)
                    raise final from exc
                await _run_hook_async(hooks.on_retry, context, error, step.delay)
                await self._sleep(step.delay)
                continue
            except BaseException:  # CancelledError included: release the connection, then propagate
                if response is not None:
                    await response.aclose()
                raise
            try:
                duration = clock() - started
                await _run_hook_async(hooks.on_response, call.response_context(context, response, duration))
                step = call.after_response(response)
                if step.kind == "renew" and credentials is not None and token is not None:
                    with call.renewing():
                        renewed = await credentials.renew_after_unauthorized_async(token)
                    step = call.after_renewal(renewed, step.error)
                if step.kind == "return":
                    return call.finish(response)
                if step.kind == "done":
                    return call.finish(response, step.error)
                if step.kind in ("retry", "resend"):
                    await response.aclose()
                    if step.kind == "retry":
                        await _run_hook_async(hooks.on_retry, context, step.error, step.delay)
                        await self._sleep(step.delay)
                    continue
                await _run_hook_async(hooks.on_error, step.error, context)
                if step.kind == "expire" and step.error is not None:
                    raise step.error  # the deadline is spent: a TimeoutError, caused by this status's error
                return call.finish(response, step.error)  # the caller raises the error for this status
            except BaseException:
                await response.aclose()
                raise

    async def aclose(self) -> None:
        if self._owns_inner:
            await self._async_inner.aclose()
