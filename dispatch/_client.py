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
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar, cast, overload

import attrs
import httpx

from dispatch._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    DEFAULT_TOTAL_TIMEOUT,
    ENV_API_KEY,
    ENV_BASE_URL,
    USER_AGENT,
)
from dispatch._engine import Engine, EngineName, choose_engine
from dispatch._errors import DispatchTicketsError
from dispatch._proxies import Verify, async_pool_from_environment, pool_from_environment
from dispatch._transport import (
    AsyncDispatchTransport,
    Credentials,
    DispatchTransport,
    Hooks,
    RetryConfig,
    check_total_timeout,
)

if TYPE_CHECKING:
    import httpx2

    from dispatch.resources._raw_clients import AsyncDispatchTicketsRaw, DispatchTicketsRaw
    from dispatch.resources.accounts import Accounts, AsyncAccounts
    from dispatch.resources.attachments import AsyncAttachments, Attachments
    from dispatch.resources.brands import AsyncBrands, Brands
    from dispatch.resources.categories import AsyncCategories, Categories
    from dispatch.resources.comments import AsyncComments, Comments
    from dispatch.resources.customers import AsyncCustomers, Customers
    from dispatch.resources.fields import AsyncFields, Fields
    from dispatch.resources.tags import AsyncTags, Tags
    from dispatch.resources.tickets import AsyncTickets, Tickets
    from dispatch.resources.webhooks import AsyncWebhooks, Webhooks
    from dispatch_tickets_api.client import AuthenticatedClient

__all__ = ["AsyncDispatchTickets", "DispatchTickets"]

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
            engine_default = value.startswith(("python-httpx/", "python-httpx2/"))
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
    base_url: str
    timeout: TimeoutTypes
    retry: RetryConfig
    hooks: Hooks | None
    debug: bool
    total_timeout: float | None

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
        self.base_url = base_url
        self.timeout = timeout
        self.retry = retry
        self.hooks = hooks
        self.debug = debug
        self.total_timeout = check_total_timeout(total_timeout)

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


class DispatchTickets(BaseClient):
    """The Dispatch Tickets admin API, synchronous.

    Args:
        api_key: ``sk_live_...`` or ``sk_test_...``; default: env ``DISPATCH_API_KEY``.
        base_url: default: env ``DISPATCH_BASE_URL``, else the production URL.
        timeout: seconds per request (or an ``httpx.Timeout``); default 30, or ``http_client``'s own.
        max_retries: shorthand for ``retry=RetryConfig(max_retries=...)``; default 3.
        retry: fine-grained :class:`RetryConfig`.
        total_timeout: seconds a whole call may take, retries and waits included (default None: no
            deadline; each attempt still has ``timeout``). A call that would outlive it raises
            :class:`dispatch.TimeoutError`, saying how many attempts were made and why it stopped.
        debug: log each request to the ``dispatch`` logger (never the key).
        hooks: :class:`Hooks` called on request, response, retry and error.
        http_client: a caller-made ``httpx.Client`` (or ``httpx2.Client``) to send through (not closed by
            us); its timeout (unless ``timeout`` is given), headers, cookies, limits, proxies and TLS
            settings are kept (the clients guide lists what the SDK adds).
        transport: an httpx transport, e.g. ``httpx.MockTransport(handler)`` in tests (or httpx2's).
        engine: ``"httpx"`` (default) or ``"httpx2"``; by default the engine of ``http_client`` or
            ``transport`` when one is given. Mixing engines is a ``TypeError``.
        verify: TLS verification of the client's own pool: True (default; one TLS context shared by
            every client of the process, so constructing a client is cheap), False (testing only), or
            your own ``ssl.SSLContext`` (e.g. a private CA), used as is. Not with ``http_client`` or
            ``transport``, which do their own TLS.

    Raises:
        DispatchTicketsError: no API key was given or found in the environment.
        ValueError: ``max_retries`` is negative, ``total_timeout`` is not positive, or ``verify=``
            was given with ``http_client=`` or ``transport=``.
        TypeError: ``max_retries`` is not an int.

    Example:
        >>> with DispatchTickets(api_key="sk_test_...") as client:  # doctest: +SKIP
        ...     for ticket in client.tickets.list("br_123", status="open"):
        ...         print(ticket.title)
    """

    _is_async = False
    _transport: DispatchTransport
    _http: httpx.Client

    accounts: resource[Accounts] = resource(lazy("accounts", "Accounts"))
    brands: resource[Brands] = resource(lazy("brands", "Brands"))
    tickets: resource[Tickets] = resource(lazy("tickets", "Tickets"))
    comments: resource[Comments] = resource(lazy("comments", "Comments"))
    attachments: resource[Attachments] = resource(lazy("attachments", "Attachments"))
    webhooks: resource[Webhooks] = resource(lazy("webhooks", "Webhooks"))
    categories: resource[Categories] = resource(lazy("categories", "Categories"))
    tags: resource[Tags] = resource(lazy("tags", "Tags"))
    customers: resource[Customers] = resource(lazy("customers", "Customers"))
    fields: resource[Fields] = resource(lazy("fields", "Fields"))

    @property
    def with_raw_response(self) -> DispatchTicketsRaw:
        """The same resources, each call returning an :class:`~dispatch.APIResponse` (``.parse()``: the result).

        Example:
            >>> response = client.with_raw_response.tickets.get("br_1", "tkt_1")  # doctest: +SKIP
            >>> response.rate_limit, response.parse()  # doctest: +SKIP
        """
        return cast("DispatchTicketsRaw", raw_responses(self))

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        retry: RetryConfig | None = None,
        debug: bool = False,
        hooks: Hooks | None = None,
        http_client: httpx.Client | httpx2.Client | None = None,
        transport: httpx.BaseTransport | httpx2.BaseTransport | None = None,
        engine: EngineName | None = None,
        total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
        verify: Verify = True,
    ) -> None:
        self._engine = choose_engine(engine, http_client=http_client, transport=transport)
        self._configure(
            credentials=Credentials(resolve_api_key(api_key)),
            base_url=resolve_base_url(base_url),
            timeout=resolve_timeout(timeout, http_client),
            retry=resolve_retry(retry, max_retries, DEFAULT_MAX_RETRIES),
            hooks=hooks,
            debug=debug,
            total_timeout=total_timeout,
        )
        self._transport = DispatchTransport(
            inner_transport(transport, http_client, self._engine, verify),
            credentials=self._credentials,
            retry=self.retry,
            hooks=hooks,
            debug=debug,
            owns_inner=http_client is None,
            total_timeout=self.total_timeout,
        )
        self._http = self._make_http()
        self._raw: AuthenticatedClient | None = None

    @property
    def raw(self) -> AuthenticatedClient:
        """The generated low-level client, sharing this client's pool, auth, retries and hooks.

        Its ``with_headers``/``with_timeout``/``with_cookies`` copies send through the same transport
        and leave this client unchanged; ``with client.raw:`` closes nothing (this client owns the pool).

        Example:
            >>> from dispatch_tickets_api.api.tickets import get_ticket  # doctest: +SKIP
            >>> get_ticket.sync_detailed("br_1", "tkt_1", client=client.raw).status_code  # doctest: +SKIP
        """
        if self._raw is None:
            self._raw = bound_raw_client(self.base_url, self._http, self._transport)
        return self._raw

    def close(self) -> None:
        """Close the connection pool (a no-op on a ``with_options`` copy).

        Leaving a ``with DispatchTickets(...) as client:`` block calls it.

        Example:
            >>> client = DispatchTickets(api_key="sk_test_...")  # doctest: +SKIP
            >>> try:  # doctest: +SKIP
            ...     client.accounts.me()
            ... finally:
            ...     client.close()
        """
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncDispatchTickets(BaseClient):
    """The Dispatch Tickets admin API, asynchronous: the same resources as :class:`DispatchTickets`,
    with coroutine methods and ``async for`` list iterators.

    Args:
        api_key: ``sk_live_...`` or ``sk_test_...``; default: env ``DISPATCH_API_KEY``.
        base_url: default: env ``DISPATCH_BASE_URL``, else the production URL.
        timeout: seconds per request (or an ``httpx.Timeout``); default 30, or ``http_client``'s own.
        max_retries: shorthand for ``retry=RetryConfig(max_retries=...)``; default 3.
        retry: fine-grained :class:`RetryConfig`.
        total_timeout: seconds a whole call may take, retries and waits included (default None: no
            deadline; each attempt still has ``timeout``). A call that would outlive it raises
            :class:`dispatch.TimeoutError`, saying how many attempts were made and why it stopped.
        debug: log each request to the ``dispatch`` logger (never the key).
        hooks: :class:`Hooks` called on request, response, retry and error; may be coroutine functions.
        http_client: a caller-made ``httpx.AsyncClient`` (or ``httpx2.AsyncClient``) to send through (not
            closed by us), kept as for :class:`DispatchTickets`.
        transport: an httpx async transport, e.g. ``httpx.MockTransport(handler)`` in tests (or httpx2's).
        engine: ``"httpx"`` (default) or ``"httpx2"``; by default the engine of ``http_client`` or
            ``transport`` when one is given. Mixing engines is a ``TypeError``.
        verify: as for :class:`DispatchTickets`.

    Raises:
        DispatchTicketsError: no API key was given or found in the environment.
        ValueError: ``max_retries`` is negative, ``total_timeout`` is not positive, or ``verify=``
            was given with ``http_client=`` or ``transport=``.
        TypeError: ``max_retries`` is not an int.

    Example:
        >>> async with AsyncDispatchTickets() as client:  # doctest: +SKIP
        ...     async for ticket in client.tickets.list("br_123"):
        ...         print(ticket.title)
    """

    _is_async = True
    _transport: AsyncDispatchTransport
    _http: httpx.AsyncClient

    accounts: resource[AsyncAccounts] = resource(lazy("accounts", "AsyncAccounts"))
    brands: resource[AsyncBrands] = resource(lazy("brands", "AsyncBrands"))
    tickets: resource[AsyncTickets] = resource(lazy("tickets", "AsyncTickets"))
    comments: resource[AsyncComments] = resource(lazy("comments", "AsyncComments"))
    attachments: resource[AsyncAttachments] = resource(lazy("attachments", "AsyncAttachments"))
    webhooks: resource[AsyncWebhooks] = resource(lazy("webhooks", "AsyncWebhooks"))
    categories: resource[AsyncCategories] = resource(lazy("categories", "AsyncCategories"))
    tags: resource[AsyncTags] = resource(lazy("tags", "AsyncTags"))
    customers: resource[AsyncCustomers] = resource(lazy("customers", "AsyncCustomers"))
    fields: resource[AsyncFields] = resource(lazy("fields", "AsyncFields"))

    @property
    def with_raw_response(self) -> AsyncDispatchTicketsRaw:
        """The same resources, each call returning an :class:`~dispatch.APIResponse` (``.parse()``: the result).

        Example:
            >>> response = client.with_raw_response.tickets.get("br_1", "tkt_1")  # doctest: +SKIP
            >>> response.rate_limit, response.parse()  # doctest: +SKIP
        """
        return cast("AsyncDispatchTicketsRaw", raw_responses(self))

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        retry: RetryConfig | None = None,
        debug: bool = False,
        hooks: Hooks | None = None,
        http_client: httpx.AsyncClient | httpx2.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | httpx2.AsyncBaseTransport | None = None,
        engine: EngineName | None = None,
        total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
        verify: Verify = True,
    ) -> None:
        self._engine = choose_engine(engine, http_client=http_client, transport=transport)
        self._configure(
            credentials=Credentials(resolve_api_key(api_key)),
            base_url=resolve_base_url(base_url),
            timeout=resolve_timeout(timeout, http_client),
            retry=resolve_retry(retry, max_retries, DEFAULT_MAX_RETRIES),
            hooks=hooks,
            debug=debug,
            total_timeout=total_timeout,
        )
        self._transport = AsyncDispatchTransport(
            async_inner_transport(transport, http_client, self._engine, verify),
            credentials=self._credentials,
            retry=self.retry,
            hooks=hooks,
            debug=debug,
            owns_inner=http_client is None,
            total_timeout=self.total_timeout,
        )
        self._http = self._make_http()
        self._raw: AuthenticatedClient | None = None

    @property
    def raw(self) -> AuthenticatedClient:
        """The generated low-level client (use its ``asyncio``/``asyncio_detailed`` functions).

        Copies and ``async with client.raw:`` behave as for :attr:`DispatchTickets.raw`.

        Example:
            >>> from dispatch_tickets_api.api.tickets import get_ticket  # doctest: +SKIP
            >>> raw = client.raw  # doctest: +SKIP
            >>> response = await get_ticket.asyncio_detailed("br_1", "tkt_1", client=raw)  # doctest: +SKIP
            >>> response.status_code  # doctest: +SKIP
        """
        if self._raw is None:
            self._raw = bound_raw_client(self.base_url, self._http, self._transport)
        return self._raw

    async def aclose(self) -> None:
        """Close the connection pool (a no-op on a ``with_options`` copy).

        Leaving an ``async with AsyncDispatchTickets(...) as client:`` block calls it.

        Example:
            >>> client = AsyncDispatchTickets(api_key="sk_test_...")  # doctest: +SKIP
            >>> try:  # doctest: +SKIP
            ...     await client.accounts.me()
            ... finally:
            ...     await client.aclose()
        """
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
