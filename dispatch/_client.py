"""The admin clients, `DispatchTickets` and `AsyncDispatchTickets`.

A client owns one httpx client whose transport is a :class:`~dispatch._transport.DispatchTransport`
around the real connection pool. Everything cross-cutting (auth, retries, idempotency keys, hooks,
logging) happens in that transport, so the resources here and the raw generated endpoints
(``client.raw``) behave the same. ``with_options()`` copies share the pool.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Generic, NoReturn, Self, TypeVar, overload

import attrs
import httpx

from dispatch._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_TIMEOUT,
    DEFAULT_TOTAL_TIMEOUT,
    ENV_API_KEY,
    ENV_BASE_URL,
    USER_AGENT,
)
from dispatch._engine import ENGINE_USER_AGENTS, Engine, EngineName, choose_engine
from dispatch._errors import DispatchTicketsError
from dispatch._proxies import Verify, async_pool_from_environment, pool_from_environment
from dispatch._transport import (
    Credentials,
    Hooks,
    RetryConfig,
    check_total_timeout,
)

if TYPE_CHECKING:
    from dispatch_tickets_api.client import AuthenticatedClient

__all__ = ["BaseClient", "resolve_api_key", "resolve_base_url", "resolve_retry", "resolve_timeout"]

# The generated AuthenticatedClient wants a token, but never sees the real one: our transport adds the
# Authorization header, so the key cannot leak through the raw client's repr or attributes.
RAW_CLIENT_TOKEN = "<set by dispatch transport>"

TimeoutTypes = float | httpx.Timeout | None

# Sent by every client as httpx defaults. The transport sets them too (for any other client sending
# through it), but only when missing: setting a header on httpx.Headers costs more than checking it.
DEFAULT_HEADERS = {"User-Agent": USER_AGENT, "Accept": "application/json"}
R = TypeVar("R")


class _NotGiven:
    """Sentinel for "argument not given" where None is a meaningful value (e.g. ``timeout=None``)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Any = _NotGiven()
"""Default of an option that was not passed, where ``None`` means something (``timeout=None``: no timeout).

``client.with_options(timeout=None)`` turns the timeout off, while leaving ``timeout`` out keeps the
client's; you never need to pass ``NOT_GIVEN`` yourself.
"""


def resolve_api_key(api_key: str | None, env_name: str = ENV_API_KEY) -> str:
    key = api_key if api_key is not None else os.environ.get(env_name)
    if not key or not key.strip():
        raise DispatchTicketsError(
            f"No API key: pass api_key=... or set the {env_name} environment variable",
            code="configuration_error",
        )
    return key.strip()


def resolve_base_url(base_url: str | None) -> str:
    """The API URL to use, checked now: a malformed one is a ValueError at construction, not at the
    first request (as an ``httpx.InvalidURL`` or a network error)."""
    url = (base_url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL).rstrip("/")
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ValueError(f"base_url is not a valid URL: {exc}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(f"base_url must be an absolute http(s) URL, e.g. {DEFAULT_BASE_URL!r}")
    if parsed.port is not None and not 0 < parsed.port < 65536:  # httpx parses any digits as a port
        raise ValueError(f"base_url has no usable port: {parsed.port} is not from 1 to 65535")
    return url


def resolve_retry(
    retry: RetryConfig | None, max_retries: int | None, default_max_retries: int
) -> RetryConfig:
    if retry is None:
        retry = RetryConfig(max_retries=default_max_retries)
    if max_retries is not None:
        retry = attrs.evolve(retry, max_retries=max_retries)
    return retry


def resolve_timeout(timeout: TimeoutTypes, http_client: Any) -> TimeoutTypes:
    """``timeout`` if given; else the caller's ``http_client``'s own; else ``DEFAULT_TIMEOUT``."""
    if timeout is not NOT_GIVEN:
        return timeout
    return http_client.timeout if http_client is not None else DEFAULT_TIMEOUT


# Headers every httpx client sends by default, the SDK's too: the caller's own value wins over ours.
_HTTPX_DEFAULT_HEADERS = frozenset({"accept-encoding", "connection"})


def apply_caller_defaults(client: httpx.Client | httpx.AsyncClient, request: httpx.Request) -> None:
    """The caller's client's default headers and cookies on ``request``, under what the SDK set.

    ``client.send()`` (unlike ``client.get()``) does not merge them: the request was built by the SDK's
    own httpx client. A header the request already has wins (Accept, the idempotency key, a call's own
    headers), except httpx's defaults (Accept-Encoding, Connection), which the caller's replace, and
    User-Agent, where the caller's product token is kept in front of ours. The caller's
    Authorization is never added: the SDK authenticates, and a presigned storage URL must carry none.
    """
    headers = request.headers
    for name, value in client.headers.multi_items():
        lower = name.lower()
        if lower == "authorization":
            continue
        if lower == "user-agent":
            engine_default = value.startswith(ENGINE_USER_AGENTS)
            if not engine_default and value not in headers.get("user-agent", ""):
                headers["User-Agent"] = f"{value} {headers.get('user-agent', USER_AGENT)}"
        elif lower not in headers or lower in _HTTPX_DEFAULT_HEADERS:
            headers[name] = value
    if client.cookies and "cookie" not in headers:
        client.cookies.set_cookie_header(request)


class DelegatingTransport(httpx.BaseTransport):
    """Sends through a caller-made ``httpx.Client`` (its proxies, certificates, pool, limits, event hooks,
    default headers and cookies), unowned."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        apply_caller_defaults(self._client, request)
        return self._client.send(request, auth=None)  # our transport set Authorization: keep it


class AsyncDelegatingTransport(httpx.AsyncBaseTransport):
    """Sends through a caller-made ``httpx.AsyncClient``, unowned (see :class:`DelegatingTransport`)."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        apply_caller_defaults(self._client, request)
        return await self._client.send(request, auth=None)


def _check_verify_applies(verify: Verify, transport: object, http_client: object) -> None:
    # A caller's transport or client does its own TLS: a verify= beside it would be silently ignored.
    if verify is not True and (transport is not None or http_client is not None):
        raise ValueError(
            "verify= applies to the client's own connection pool: not with transport= or http_client="
        )


def inner_transport(
    transport: Any, http_client: Any, engine: Engine | None = None, verify: Verify = True
) -> httpx.BaseTransport:
    """The transport under ours: the caller's, or one sending through the caller's client, or a pool of
    ``engine`` (with the environment's proxies, chosen per request URL: see dispatch/_proxies.py) verifying
    TLS with the process's shared context for ``verify`` (or the caller's ``ssl.SSLContext``)."""
    _check_verify_applies(verify, transport, http_client)
    if transport is not None:
        chosen: httpx.BaseTransport = transport
        return chosen
    if http_client is not None:
        return DelegatingTransport(http_client)
    return pool_from_environment(engine, verify)


def async_inner_transport(
    transport: Any, http_client: Any, engine: Engine | None = None, verify: Verify = True
) -> httpx.AsyncBaseTransport:
    """The async twin of :func:`inner_transport`."""
    _check_verify_applies(verify, transport, http_client)
    if transport is not None:
        chosen: httpx.AsyncBaseTransport = transport
        return chosen
    if http_client is not None:
        return AsyncDelegatingTransport(http_client)
    return async_pool_from_environment(engine, verify)


class resource(Generic[R]):
    """A resource attribute made on first use and cached on the client.

    On the class itself it gives the resource class, so ``DispatchTickets.webhooks.verify_signature(...)``
    reaches the webhook helpers without a client.
    """

    def __init__(self, factory: Callable[[], type[R]]) -> None:
        self._factory = factory
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, instance: None, owner: type) -> type[R]: ...
    @overload
    def __get__(self, instance: object, owner: type) -> R: ...
    def __get__(self, instance: object | None, owner: type) -> R | type[R]:
        cls = self._factory()
        if instance is None:
            return cls
        made: R = cls(instance)  # type: ignore[call-arg]
        instance.__dict__[self._name] = made  # cached: the descriptor is not consulted again
        return made


def new_raw_client(base_url: str) -> AuthenticatedClient:
    """The generated client, imported on first use: its two attrs classes cost ~2 ms at `import dispatch`."""
    from dispatch_tickets_api.client import AuthenticatedClient

    return AuthenticatedClient(base_url=base_url, token=RAW_CLIENT_TOKEN)


def bound_raw_client(
    base_url: str, http: httpx.Client | httpx.AsyncClient, transport: Any
) -> AuthenticatedClient:
    """``client.raw``: the generated client sending through ``http`` (whose transport is ``transport``).

    A :class:`dispatch._raw.RawClient`: its ``with_headers``/``with_timeout``/``with_cookies`` copies keep
    the transport and leave this client alone, and ``with client.raw:`` closes nothing.
    """
    from dispatch._raw import RawClient

    return RawClient(base_url=base_url, token=RAW_CLIENT_TOKEN).bind(http, transport)


def lazy(module: str, name: str) -> Callable[[], Any]:
    """Import a resource class on first use: `import dispatch` stays cheap (no endpoint modules loaded)."""

    def load() -> Any:
        from dispatch.resources._base import resource_module

        return getattr(importlib.import_module(resource_module(module, name)), name)

    return load


class RawResponses:
    """``client.with_raw_response``: the client's resources, each call returning an :class:`~dispatch.APIResponse`.

    The resources are the same classes bound to raw mode (no copy of the client: the same pool,
    credentials, retries and hooks). An error status still raises its error.

    Example:
        >>> response = client.with_raw_response.tickets.get("br_1", "tkt_1")  # doctest: +SKIP
        >>> response.rate_limit.remaining, response.parse().title  # doctest: +SKIP
    """

    def __init__(self, client: object) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Any:
        found = getattr(type(self._client), name, None) if not name.startswith("_") else None
        if not (isinstance(found, type) and hasattr(found, "_result")):
            raise AttributeError(f"{type(self._client).__name__} has no resource {name!r}")
        made = found(self._client, raw_response=True)
        setattr(self, name, made)  # cached: __getattr__ is not consulted again
        return made

    def __repr__(self) -> str:
        return f"<raw responses of {self._client!r}>"


def raw_responses(client: Any) -> RawResponses:
    """``client.with_raw_response``, made once per client (a ``with_options`` copy makes its own)."""
    made = client.__dict__.get("_raw_responses")
    if not isinstance(made, RawResponses):
        made = client.__dict__["_raw_responses"] = RawResponses(client)
    return made


_SETTINGS = frozenset({"base_url", "timeout", "retry", "hooks", "debug", "total_timeout"})


def _fixed(name: str) -> NoReturn:
    raise AttributeError(
        f"{name} is fixed when a client is made (its transport uses it): "
        f"use client.with_options({name}=...) for a client with another {name}"
    )


class BaseClient:
    """What the sync and async admin clients share: configuration, and nothing that does I/O."""

    @property
    def with_raw_response(self) -> Any:
        """The same resources, each call returning an :class:`~dispatch.APIResponse` (status, headers,
        ``request_id``, ``rate_limit``, ``elapsed``, ``retries_taken``; ``.parse()`` gives the result).

        Typed ``Any``: the methods are those of the resources, their results wrapped in ``APIResponse``.

        Example:
            >>> response = client.with_raw_response.tickets.get("br_1", "tkt_1")  # doctest: +SKIP
            >>> ticket = response.parse()  # doctest: +SKIP
        """
        return raw_responses(self)

    _credentials: Credentials
    _base_url: str
    _timeout: TimeoutTypes
    _retry: RetryConfig
    _hooks: Hooks | None
    _debug: bool
    _total_timeout: float | None

    def _configure(
        self,
        *,
        credentials: Credentials,
        base_url: str,
        timeout: TimeoutTypes,
        retry: RetryConfig,
        hooks: Hooks | None,
        debug: bool,
        total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
    ) -> None:
        self._credentials = credentials
        self._base_url = base_url
        self._timeout = timeout
        self._retry = retry
        self._hooks = hooks
        self._debug = debug
        self._total_timeout = check_total_timeout(total_timeout)

    # The settings are fixed at construction: the transport and the HTTP client were built with them, so
    # an attribute that could be assigned would say one thing while the requests did another. A client
    # with other settings is ``with_options(...)`` (cheap: it shares the pool). Read-only properties, for
    # type checkers; __setattr__ says what to do instead, at run time.

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _SETTINGS:
            _fixed(name)
        object.__setattr__(self, name, value)

    @property
    def base_url(self) -> str:
        """The API URL (no trailing slash)."""
        return self._base_url

    @property
    def timeout(self) -> TimeoutTypes:
        """Each attempt's timeout (seconds, an ``httpx.Timeout``, or None)."""
        return self._timeout

    @property
    def retry(self) -> RetryConfig:
        """The retry policy (:class:`~dispatch.RetryConfig`)."""
        return self._retry

    @property
    def hooks(self) -> Hooks | None:
        """The :class:`~dispatch.Hooks` called around each request, or None."""
        return self._hooks

    @property
    def debug(self) -> bool:
        """Whether each request is logged to the ``dispatch`` logger."""
        return self._debug

    @property
    def total_timeout(self) -> float | None:
        """Seconds a whole call may take, retries and waits included (None: no deadline)."""
        return self._total_timeout

    _transport: Any  # DispatchTransport or AsyncDispatchTransport, narrowed in the subclasses
    _http: Any
    _raw: AuthenticatedClient | None

    @property
    def max_retries(self) -> int:
        """How many times a failed request is retried (``retry.max_retries``; 0: never).

        Example:
            >>> client.with_options(max_retries=0).max_retries  # doctest: +SKIP
            0
        """
        return self.retry.max_retries

    _is_async: ClassVar[bool]
    _engine: Engine

    def _choose_engine(self, engine: EngineName | None, http_client: Any, transport: Any) -> None:
        """The engine this client runs on, checked against the caller's client and transport (their
        engine, and sync or async as this class is): a TypeError naming both, before any request."""
        self._engine = choose_engine(
            engine,
            http_client=http_client,
            transport=transport,
            asynchronous=self._is_async,
            owner=type(self).__name__,
        )

    @property
    def engine(self) -> EngineName:
        """The HTTP engine this client runs on: ``"httpx"`` (the default) or ``"httpx2"``."""
        return self._engine.name

    def _make_http(self) -> Any:
        """The engine's client around our transport. trust_env=False: no proxy mount may bypass the transport."""
        http_class = self._engine.AsyncClient if self._is_async else self._engine.Client
        return http_class(
            base_url=self.base_url,
            timeout=self.timeout,
            transport=self._transport,
            trust_env=False,
            headers=DEFAULT_HEADERS,
        )

    def with_options(
        self,
        *,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        retry: RetryConfig | None = None,
        hooks: Hooks | None = NOT_GIVEN,
        debug: bool | None = None,
        base_url: str | None = None,
        total_timeout: float | None = NOT_GIVEN,
    ) -> Self:
        """A copy with some options changed, sharing this client's connection pool and credentials.

        Only small objects are made (no pool, no connection), so calling it per request is fine.
        Closing the copy leaves the pool open; closing the original closes it. An argument left out
        keeps this client's value.

        Args:
            timeout: seconds per request, an ``httpx.Timeout``, or None for no timeout.
            max_retries: retries of a failed request (replaces ``retry.max_retries``).
            retry: a new :class:`~dispatch.RetryConfig` (``max_retries``, if given too, overrides its own).
            hooks: new :class:`~dispatch.Hooks`, or None to call none.
            debug: log each request to the ``dispatch`` logger, or stop doing so.
            base_url: another API URL (trailing slash removed).
            total_timeout: seconds a whole call may take, retries and waits included, or None for
                no deadline.

        Returns:
            A client of the same class.

        Raises:
            ValueError: ``max_retries`` is negative, or ``total_timeout`` is not positive.
            TypeError: ``max_retries`` is not an int, or ``total_timeout`` is not a number.

        Example:
            >>> client.with_options(timeout=5.0, max_retries=0).tickets.get("br_1", "tkt_1")  # doctest: +SKIP
        """
        copy = object.__new__(type(self))
        copy._engine = self._engine
        copy._configure(
            credentials=self._credentials,
            base_url=resolve_base_url(base_url) if base_url else self.base_url,
            timeout=self.timeout if timeout is NOT_GIVEN else timeout,
            retry=resolve_retry(retry or self.retry, max_retries, self.retry.max_retries),
            hooks=self.hooks if hooks is NOT_GIVEN else hooks,
            debug=self.debug if debug is None else debug,
            total_timeout=self.total_timeout if total_timeout is NOT_GIVEN else total_timeout,
        )
        copy._transport = self._transport.with_config(
            retry=copy.retry, hooks=copy.hooks, debug=copy.debug, total_timeout=copy.total_timeout
        )
        copy._http = copy._make_http()
        copy._raw = None
        return copy

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.retry.max_retries})"


def __getattr__(name: str) -> Any:
    """``dispatch._client.DispatchTickets`` / ``AsyncDispatchTickets``: the clients live in ``_sync/client.py``
    (derived) and ``_async/client.py`` (their source); this keeps the old import path working."""
    if name == "DispatchTickets":
        from dispatch._sync.client import DispatchTickets

        return DispatchTickets
    if name == "AsyncDispatchTickets":
        from dispatch._async.client import AsyncDispatchTickets

        return AsyncDispatchTickets
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
