"""The customer-portal clients, `DispatchPortal` and `AsyncDispatchPortal`.

A portal client is built like the admin client (one httpx client around a
:class:`~dispatch._transport.DispatchTransport`, ``raw``, ``with_options``, context managers), with a
portal token instead of an API key. The token lives in :class:`PortalCredentials`, which the transport
asks for the token before every attempt; :meth:`DispatchPortal.refresh` swaps a fresh one in there, so
every request (resources, ``raw``, ``with_options`` copies) uses it from then on.

Beyond the TypeScript SDK, ``auto_refresh=True`` keeps a long-lived session going by itself: the token
is renewed shortly before it expires (when its expiry is known) and once after a 401. The renewal is a
plain ``POST /portal/refresh`` sent through the same connection pool by a transport copy without
credentials, so it can never recurse into another renewal; concurrent callers (threads, or tasks of
one event loop) share one renewal.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
import weakref
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TYPE_CHECKING, Self

import httpx

from dispatch._client import (
    DEFAULT_HEADERS,
    BaseClient,
    TimeoutTypes,
    async_inner_transport,
    inner_transport,
    lazy,
    new_raw_client,
    resolve_base_url,
    resolve_retry,
    resource,
)
from dispatch._constants import (
    DEFAULT_PORTAL_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    LOGGER_NAME,
    PORTAL_REFRESH_MARGIN,
)
from dispatch._engine import EngineName, choose_engine
from dispatch._errors import AuthenticationError, DispatchTicketsError, PermissionDeniedError
from dispatch._transport import AsyncDispatchTransport, Credentials, DispatchTransport, Hooks, RetryConfig
from dispatch.resources._base import expect
from dispatch_tickets_api.api.portal import refresh_portal_token, verify_portal_token
from dispatch_tickets_api.client import AuthenticatedClient, Client
from dispatch_tickets_api.models import PortalToken, PortalVerifyInput

if TYPE_CHECKING:
    import httpx2

    from dispatch.resources.portal_tickets import AsyncPortalTickets, PortalTickets

__all__ = ["AsyncDispatchPortal", "DispatchPortal", "PortalCredentials"]

logger = logging.getLogger(LOGGER_NAME)

FetchToken = Callable[[str], PortalToken]
AsyncFetchToken = Callable[[str], Awaitable[PortalToken]]


def _valid_token(token: object) -> str:
    """The token to send, or a configuration error that never repeats the value."""
    if not isinstance(token, str) or not token.strip():
        raise DispatchTicketsError(
            "No portal token: pass the token issued by brands.generate_portal_token() or "
            "DispatchPortal.verify() (a str or the PortalToken itself)",
            code="configuration_error",
        )
    token = token.strip()
    if "\r" in token or "\n" in token:
        raise DispatchTicketsError(
            "The portal token must not contain line breaks", code="configuration_error"
        )
    return token


def _split_token(token: str | PortalToken) -> tuple[str, datetime | None]:
    if isinstance(token, PortalToken):
        return _valid_token(token.token), token.expires_at
    return _valid_token(token), None


class PortalCredentials(Credentials):
    """A portal token and its expiry (when known), renewable; never shown by ``repr``.

    The transport asks :meth:`get_token` before every attempt and calls
    :meth:`renew_after_unauthorized` after a 401. With ``auto_refresh`` on:

    - before an attempt, a token known to expire within ``margin`` seconds of ``clock()`` is refreshed
      first (if that early refresh fails, the request goes out with the current token and the failure
      is logged, without the token; it is not tried early again for that token);
    - after a 401, the token is refreshed once and the transport resends the request with it. A token
      the server refused to refresh (401/403 on ``/portal/refresh``) is not tried again: the 401 stands.

    One refresh serves every concurrent caller: a ``threading.Lock`` for threads, an ``asyncio.Lock``
    per event loop for tasks. A caller that waited finds the token changed and uses the new one.

    The refresh itself goes through ``fetch`` / ``fetch_async`` (bound by the portal client): a plain
    request carrying the token explicitly, made through a transport without credentials, so it never
    comes back here.
    """

    def __init__(
        self,
        token: str,
        *,
        expires_at: datetime | None = None,
        auto_refresh: bool = False,
        clock: Callable[[], float] = time.time,
        margin: float = PORTAL_REFRESH_MARGIN,
    ) -> None:
        super().__init__(token)
        self._expires_at = expires_at
        self.auto_refresh = auto_refresh
        self._clock = clock
        self._margin = margin
        self._fetch: FetchToken | None = None
        self._fetch_async: AsyncFetchToken | None = None
        self._refresh_lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._async_locks_guard = threading.Lock()
        self._early_failed: str | None = None  # a token whose early refresh failed: not tried early again
        self._refused: str | None = None  # a token the server refused to refresh: a 401 for it is final

    def bind(self, *, fetch: FetchToken | None = None, fetch_async: AsyncFetchToken | None = None) -> None:
        """Set how a fresh token is fetched (called once by the portal client that owns these credentials)."""
        self._fetch = fetch
        self._fetch_async = fetch_async

    # -- state -------------------------------------------------------------------------------------

    @property
    def expires_at(self) -> datetime | None:
        """When the current token expires, if known."""
        with self._token_lock:
            return self._expires_at

    def _snapshot(self) -> tuple[str, datetime | None]:
        with self._token_lock:
            return self._token, self._expires_at

    def set_token(self, token: str, expires_at: datetime | None = None) -> None:
        """Swap in a new token (and its expiry, if known); the next attempt of every request sends it."""
        checked = _valid_token(token)
        with self._token_lock:
            self._token = checked
            self._expires_at = expires_at

    def install(self, portal_token: PortalToken) -> None:
        """Use ``portal_token`` (as returned by ``/portal/refresh``) from the next attempt on."""
        expires_at = portal_token.expires_at  # read (so checked) by the refresh call already: see expect
        try:
            self.set_token(portal_token.token, expires_at)
        except DispatchTicketsError:
            raise DispatchTicketsError(
                "The server returned an empty portal token", code="unexpected_response"
            ) from None
        logger.info("portal token refreshed; it expires at %s", expires_at.isoformat())

    def _due(self, token: str, expires_at: datetime | None) -> bool:
        """Whether ``token`` should be refreshed before it is sent."""
        if not self.auto_refresh or expires_at is None or token == self._early_failed:
            return False
        return expires_at.timestamp() - self._clock() <= self._margin

    def _install_early(self, portal_token: PortalToken) -> None:
        self.install(portal_token)
        if self._due(portal_token.token, portal_token.expires_at):
            # Issued already inside the margin (a short-lived token, or this machine's clock is ahead):
            # refreshing it early again would cost one refresh per request. A 401 still renews it.
            self._early_failed = portal_token.token
            logger.warning(
                "the refreshed portal token expires within %.0f s of this machine's clock; "
                "not refreshing it ahead of time",
                self._margin,
            )

    def _early_refresh_failed(self, token: str, error: DispatchTicketsError) -> None:
        self._early_failed = token
        if isinstance(error, AuthenticationError | PermissionDeniedError):
            self._refused = token
        logger.warning(
            "refreshing the portal token before it expires failed (%s, status %s); "
            "sending with the current token",
            error.code,
            error.status_code,
        )

    def _can_renew(self, rejected_token: str) -> bool:
        return self.auto_refresh and rejected_token != self._refused

    # -- sync --------------------------------------------------------------------------------------

    def _fetcher(self) -> FetchToken:
        if self._fetch is None:
            raise DispatchTicketsError(
                "These credentials are not bound to a sync portal client", code="configuration_error"
            )
        return self._fetch

    def refresh(self) -> PortalToken:
        """Fetch a fresh token now and use it from then on (sync portal client)."""
        fetch = self._fetcher()
        with self._refresh_lock:
            portal_token = fetch(self.token)
            self.install(portal_token)
            return portal_token

    def get_token(self) -> str:
        fetch = self._fetch
        token, expires_at = self._snapshot()
        if fetch is not None and self._due(token, expires_at):
            with self._refresh_lock:
                token, expires_at = self._snapshot()  # another thread may have refreshed it meanwhile
                if self._due(token, expires_at):
                    try:
                        self._install_early(fetch(token))
                    except DispatchTicketsError as error:
                        self._early_refresh_failed(token, error)
        return self.token

    def renew_after_unauthorized(self, rejected_token: str) -> bool:
        fetch = self._fetch
        if fetch is None or not self._can_renew(rejected_token):
            return False
        with self._refresh_lock:
            if self.token != rejected_token:
                return True  # renewed by another caller while this one waited
            if not self._can_renew(rejected_token):
                return False
            try:
                self.install(fetch(rejected_token))
            except (AuthenticationError, PermissionDeniedError):
                self._refused = rejected_token  # this token can never be refreshed: do not try again
                return False
            except DispatchTicketsError as error:
                # The refresh itself failed (5xx, network): the caller gets the original 401, not this.
                logger.warning("portal token refresh failed: %s (status %s)", error.code, error.status_code)
                return False
            return True

    # -- async -------------------------------------------------------------------------------------

    def _async_lock(self) -> asyncio.Lock:
        """The lock of the running event loop (made on first use in that loop)."""
        loop = asyncio.get_running_loop()
        with self._async_locks_guard:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock

    def _async_fetcher(self) -> AsyncFetchToken:
        if self._fetch_async is None:
            raise DispatchTicketsError(
                "These credentials are not bound to an async portal client", code="configuration_error"
            )
        return self._fetch_async

    async def refresh_async(self) -> PortalToken:
        """Fetch a fresh token now and use it from then on (async portal client)."""
        fetch = self._async_fetcher()
        async with self._async_lock():
            portal_token = await fetch(self.token)
            self.install(portal_token)
            return portal_token

    async def get_token_async(self) -> str:
        fetch = self._fetch_async
        token, expires_at = self._snapshot()
        if fetch is not None and self._due(token, expires_at):
            async with self._async_lock():
                token, expires_at = self._snapshot()  # another task may have refreshed it meanwhile
                if self._due(token, expires_at):
                    try:
                        self._install_early(await fetch(token))
                    except DispatchTicketsError as error:
                        self._early_refresh_failed(token, error)
        return self.token

    async def renew_after_unauthorized_async(self, rejected_token: str) -> bool:
        fetch = self._fetch_async
        if fetch is None or not self._can_renew(rejected_token):
            return False
        async with self._async_lock():
            if self.token != rejected_token:
                return True  # renewed by another task while this one waited
            if not self._can_renew(rejected_token):
                return False
            try:
                self.install(await fetch(rejected_token))
            except (AuthenticationError, PermissionDeniedError):
                self._refused = rejected_token  # this token can never be refreshed: do not try again
                return False
            except DispatchTicketsError as error:
                # The refresh itself failed (5xx, network): the caller gets the original 401, not this.
                logger.warning("portal token refresh failed: %s (status %s)", error.code, error.status_code)
                return False
            return True

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token='***', auto_refresh={self.auto_refresh})"

    __str__ = __repr__


# --------------------------------------------------------------------------------------------------
# Helpers shared by both clients
# --------------------------------------------------------------------------------------------------


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _check_magic_link_token(magic_link_token: object) -> str:
    if not isinstance(magic_link_token, str) or not magic_link_token.strip():
        raise ValueError("magic_link_token must be the non-empty token from the magic link")
    return magic_link_token.strip()


class _PortalBase(BaseClient):
    """What the sync and async portal clients share (no I/O)."""

    _credentials: PortalCredentials
    # The client dedicated to POST /portal/refresh; only the original client closes it, not its
    # with_options copies (made without __init__, they see this class attribute).
    _owns_refresh_http = False

    @property
    def token(self) -> str:
        """The portal token in use; it changes after :meth:`DispatchPortal.refresh` or an automatic refresh.

        Example:
            >>> portal.refresh()  # doctest: +SKIP
            >>> save_session(portal.token, portal.expires_at)  # doctest: +SKIP
        """
        return self._credentials.token

    @property
    def expires_at(self) -> datetime | None:
        """When the token in use expires: known after a refresh, or when built from a PortalToken.

        Example:
            >>> token = admin.brands.generate_portal_token("br_1", email="ada@example.com")  # doctest: +SKIP
            >>> DispatchPortal(token).expires_at == token.expires_at  # doctest: +SKIP
            True
        """
        return self._credentials.expires_at

    @property
    def auto_refresh(self) -> bool:
        """Whether the token is renewed by itself (before expiry, and once after a 401).

        Example:
            >>> DispatchPortal(token, auto_refresh=True).auto_refresh  # doctest: +SKIP
            True
        """
        return self._credentials.auto_refresh

    def __repr__(self) -> str:
        expires_at = self.expires_at
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.retry.max_retries}, "
            f"auto_refresh={self.auto_refresh}, "
            f"expires_at={expires_at.isoformat() if expires_at else None!r})"
        )


# --------------------------------------------------------------------------------------------------
# The clients
# --------------------------------------------------------------------------------------------------


class DispatchPortal(_PortalBase):
    """The Dispatch Tickets customer portal API, synchronous: one customer's own tickets.

    Your backend issues the portal token (``admin.brands.generate_portal_token(...)``, or the customer
    follows a magic link and :meth:`verify` exchanges it); the end user's side uses it here.

    Args:
        token: the portal token: a str, or the :class:`PortalToken` itself (then its expiry is known,
            which ``auto_refresh`` uses to renew it in time).
        base_url: default: env ``DISPATCH_BASE_URL``, else the production URL.
        timeout: seconds per request (or an ``httpx.Timeout``); default 30.
        max_retries: shorthand for ``retry=RetryConfig(max_retries=...)``; default 2 (an end user is
            waiting, so the portal fails faster than the admin client). A ``retry`` given without
            ``max_retries`` keeps its own ``max_retries``.
        retry: fine-grained :class:`RetryConfig`.
        debug: log each request to the ``dispatch`` logger (never the token).
        hooks: :class:`Hooks` called on request, response, retry and error.
        http_client: a caller-made ``httpx.Client`` (or ``httpx2.Client``) to send through (not closed by us).
        transport: an httpx transport, e.g. ``httpx.MockTransport(handler)`` in tests (or httpx2's).
        engine: ``"httpx"`` or ``"httpx2"`` (default: that of ``http_client``/``transport``, else httpx).
        auto_refresh: renew the token by itself: ``PORTAL_REFRESH_MARGIN`` (300) seconds before it
            expires, when the expiry is known, and once after a 401 (then the request is resent).
        clock: the wall clock (epoch seconds) compared with the expiry; injectable for tests.

    Raises:
        DispatchTicketsError: ``code="configuration_error"`` for an empty token.
        ValueError: ``max_retries`` is negative.
        TypeError: ``max_retries`` is not an int.

    Example:
        >>> token = admin.brands.generate_portal_token("br_123", email="ada@example.com")  # doctest: +SKIP
        >>> with DispatchPortal(token, auto_refresh=True) as portal:  # doctest: +SKIP
        ...     ticket = portal.tickets.create(title="Order #12345 has not arrived")
        ...     portal.tickets.add_comment(ticket.id, "It was due on Monday.")
    """

    _is_async = False
    _transport: DispatchTransport
    _http: httpx.Client
    _refresh_http: httpx.Client

    tickets: resource[PortalTickets] = resource(lazy("portal_tickets", "PortalTickets"))

    def __init__(
        self,
        token: str | PortalToken,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryConfig | None = None,
        debug: bool = False,
        hooks: Hooks | None = None,
        http_client: httpx.Client | httpx2.Client | None = None,
        transport: httpx.BaseTransport | httpx2.BaseTransport | None = None,
        engine: EngineName | None = None,
        auto_refresh: bool = False,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._engine = choose_engine(engine, http_client=http_client, transport=transport)
        value, expires_at = _split_token(token)
        credentials = PortalCredentials(value, expires_at=expires_at, auto_refresh=auto_refresh, clock=clock)
        self._configure(
            credentials=credentials,
            base_url=resolve_base_url(base_url),
            timeout=timeout,
            retry=resolve_retry(retry, max_retries, DEFAULT_PORTAL_MAX_RETRIES),
            hooks=hooks,
            debug=debug,
        )
        self._transport = DispatchTransport(
            inner_transport(transport, http_client, self._engine),
            credentials=credentials,
            retry=self.retry,
            hooks=hooks,
            debug=debug,
            owns_inner=http_client is None,
        )
        self._http = self._make_http()
        self._raw: AuthenticatedClient | None = None
        # POST /portal/refresh goes through the same pool, hooks and retries, but without credentials:
        # it carries the token explicitly and a 401 on it is final (no renewal inside a renewal).
        self._refresh_http = self._engine.Client(
            base_url=self.base_url,
            timeout=self.timeout,
            transport=self._transport.with_config(credentials=None),
            trust_env=False,
            headers=DEFAULT_HEADERS,
        )
        self._owns_refresh_http = True
        refresh_raw = new_raw_client(self.base_url).set_httpx_client(self._refresh_http)

        def fetch(current: str) -> PortalToken:
            response = refresh_portal_token.sync_detailed(client=refresh_raw, extra_headers=_bearer(current))
            return expect(response, PortalToken, read=("expires_at",))

        credentials.bind(fetch=fetch)

    @property
    def raw(self) -> AuthenticatedClient:
        """The generated low-level client, sharing this client's pool, token, retries and hooks.

        Example:
            >>> from dispatch_tickets_api.api.portal import get_portal_ticket  # doctest: +SKIP
            >>> get_portal_ticket.sync_detailed("tkt_1", client=portal.raw).status_code  # doctest: +SKIP
        """
        if self._raw is None:
            self._raw = new_raw_client(self.base_url).set_httpx_client(self._http)
        return self._raw

    def refresh(self) -> PortalToken:
        """Exchange the current token for a fresh one (``POST /portal/refresh``) and use it from now on.

        Every later request of this client, of its ``with_options`` copies and of ``raw`` sends the new
        token; :attr:`token` and :attr:`expires_at` show it.

        Returns:
            The new :class:`PortalToken` (``token``, ``expires_at``, ``customer_id``, ``email``, ``name``).

        Raises:
            AuthenticationError: the current token is no longer valid (the customer must sign in again).

        Example:
            >>> new = portal.refresh()  # doctest: +SKIP
            >>> new.expires_at  # doctest: +SKIP
        """
        return self._credentials.refresh()

    @classmethod
    def verify(
        cls,
        magic_link_token: str,
        base_url: str | None = None,
        *,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryConfig | None = None,
        hooks: Hooks | None = None,
        debug: bool = False,
        http_client: httpx.Client | httpx2.Client | None = None,
        transport: httpx.BaseTransport | httpx2.BaseTransport | None = None,
        engine: EngineName | None = None,
    ) -> PortalToken:
        """Exchange a magic-link token for a portal token (``POST /portal/verify``, no Authorization).

        No portal client is needed: call it on the class. Pass the result to :class:`DispatchPortal`.

        Args:
            magic_link_token: the token from the magic link's URL.
            base_url: default: env ``DISPATCH_BASE_URL``, else the production URL.
            timeout: seconds for the request (or an ``httpx.Timeout``).
            max_retries: retries of a failed attempt; default 2.
            retry: fine-grained :class:`~dispatch.RetryConfig`.
            hooks: :class:`~dispatch.Hooks` called on request, response, retry and error.
            debug: log the request to the ``dispatch`` logger.
            http_client: a caller-made ``httpx.Client`` (or ``httpx2.Client``) to send through.
            transport: an httpx transport, e.g. ``httpx.MockTransport`` in tests (or httpx2's).
            engine: ``"httpx"`` or ``"httpx2"`` (default: that of ``http_client``/``transport``, else httpx).

        Raises:
            ValueError: an empty ``magic_link_token`` (no request made).
            AuthenticationError: the link is invalid, used or expired.
            NotFoundError: the same, when the API answers 404 rather than 401.

        Example:
            >>> token = DispatchPortal.verify(request.args["token"])  # doctest: +SKIP
            >>> portal = DispatchPortal(token)  # doctest: +SKIP
        """
        body = PortalVerifyInput(token=_check_magic_link_token(magic_link_token))
        url = resolve_base_url(base_url)
        chosen = choose_engine(engine, http_client=http_client, transport=transport)
        dispatch_transport = DispatchTransport(
            inner_transport(transport, http_client, chosen),
            credentials=None,
            retry=resolve_retry(retry, max_retries, DEFAULT_PORTAL_MAX_RETRIES),
            hooks=hooks,
            debug=debug,
            owns_inner=transport is None and http_client is None,  # a caller's transport stays open
        )
        with chosen.Client(
            base_url=url,
            timeout=timeout,
            transport=dispatch_transport,
            trust_env=False,
            headers=DEFAULT_HEADERS,
        ) as http:
            raw = Client(base_url=url).set_httpx_client(http)
            return expect(
                verify_portal_token.sync_detailed(client=raw, body=body), PortalToken, read=("expires_at",)
            )

    def close(self) -> None:
        """Close the connection pool (a no-op on a ``with_options`` copy).

        Leaving a ``with DispatchPortal(...) as portal:`` block calls it.

        Example:
            >>> portal = DispatchPortal(token)  # doctest: +SKIP
            >>> try:  # doctest: +SKIP
            ...     portal.tickets.list()
            ... finally:
            ...     portal.close()
        """
        self._http.close()
        if self._owns_refresh_http:
            self._refresh_http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncDispatchPortal(_PortalBase):
    """The customer portal API, asynchronous: the same as :class:`DispatchPortal` with coroutine methods.

    With ``auto_refresh``, concurrent tasks of one event loop share one refresh.

    Args:
        token: the portal token: a str, or the :class:`PortalToken` itself (then its expiry is known,
            which ``auto_refresh`` uses to renew it in time).
        base_url: default: env ``DISPATCH_BASE_URL``, else the production URL.
        timeout: seconds per request (or an ``httpx.Timeout``); default 30.
        max_retries: shorthand for ``retry=RetryConfig(max_retries=...)``; default 2.
        retry: fine-grained :class:`RetryConfig`.
        debug: log each request to the ``dispatch`` logger (never the token).
        hooks: :class:`Hooks` called on request, response, retry and error; may be coroutine functions.
        http_client: a caller-made ``httpx.AsyncClient`` (or ``httpx2.AsyncClient``) to send through.
        transport: an httpx async transport, e.g. ``httpx.MockTransport(handler)`` in tests (or httpx2's).
        engine: ``"httpx"`` or ``"httpx2"`` (default: that of ``http_client``/``transport``, else httpx).
        auto_refresh: renew the token by itself: ``PORTAL_REFRESH_MARGIN`` (300) seconds before it
            expires, when the expiry is known, and once after a 401 (then the request is resent).
        clock: the wall clock (epoch seconds) compared with the expiry; injectable for tests.

    Raises:
        DispatchTicketsError: ``code="configuration_error"`` for an empty token.
        ValueError: ``max_retries`` is negative.
        TypeError: ``max_retries`` is not an int.

    Example:
        >>> async with AsyncDispatchPortal(token, auto_refresh=True) as portal:  # doctest: +SKIP
        ...     page = await portal.tickets.list(status="open")
        ...     async for ticket in portal.tickets.list_all():
        ...         print(ticket.ticket_number, ticket.title)
    """

    _is_async = True
    _transport: AsyncDispatchTransport
    _http: httpx.AsyncClient
    _refresh_http: httpx.AsyncClient

    tickets: resource[AsyncPortalTickets] = resource(lazy("portal_tickets", "AsyncPortalTickets"))

    def __init__(
        self,
        token: str | PortalToken,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryConfig | None = None,
        debug: bool = False,
        hooks: Hooks | None = None,
        http_client: httpx.AsyncClient | httpx2.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | httpx2.AsyncBaseTransport | None = None,
        engine: EngineName | None = None,
        auto_refresh: bool = False,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._engine = choose_engine(engine, http_client=http_client, transport=transport)
        value, expires_at = _split_token(token)
        credentials = PortalCredentials(value, expires_at=expires_at, auto_refresh=auto_refresh, clock=clock)
        self._configure(
            credentials=credentials,
            base_url=resolve_base_url(base_url),
            timeout=timeout,
            retry=resolve_retry(retry, max_retries, DEFAULT_PORTAL_MAX_RETRIES),
            hooks=hooks,
            debug=debug,
        )
        self._transport = AsyncDispatchTransport(
            async_inner_transport(transport, http_client, self._engine),
            credentials=credentials,
            retry=self.retry,
            hooks=hooks,
            debug=debug,
            owns_inner=http_client is None,
        )
        self._http = self._make_http()
        self._raw: AuthenticatedClient | None = None
        self._refresh_http = self._engine.AsyncClient(
            base_url=self.base_url,
            timeout=self.timeout,
            transport=self._transport.with_config(credentials=None),
            trust_env=False,
            headers=DEFAULT_HEADERS,
        )
        self._owns_refresh_http = True
        refresh_raw = new_raw_client(self.base_url).set_async_httpx_client(self._refresh_http)

        async def fetch(current: str) -> PortalToken:
            response = await refresh_portal_token.asyncio_detailed(
                client=refresh_raw, extra_headers=_bearer(current)
            )
            return expect(response, PortalToken, read=("expires_at",))

        credentials.bind(fetch_async=fetch)

    @property
    def raw(self) -> AuthenticatedClient:
        """The generated low-level client (use its ``asyncio``/``asyncio_detailed`` functions).

        Example:
            >>> from dispatch_tickets_api.api.portal import get_portal_ticket  # doctest: +SKIP
            >>> raw = portal.raw  # doctest: +SKIP
            >>> response = await get_portal_ticket.asyncio_detailed("tkt_1", client=raw)  # doctest: +SKIP
        """
        if self._raw is None:
            self._raw = new_raw_client(self.base_url).set_async_httpx_client(self._http)
        return self._raw

    async def refresh(self) -> PortalToken:
        """Exchange the current token for a fresh one (``POST /portal/refresh``) and use it from now on.

        Every later request of this client, of its ``with_options`` copies and of ``raw`` sends the new
        token; :attr:`token` and :attr:`expires_at` show it.

        Returns:
            The new :class:`PortalToken` (``token``, ``expires_at``, ``customer_id``, ``email``, ``name``).

        Raises:
            AuthenticationError: the current token is no longer valid.

        Example:
            >>> new = await portal.refresh()  # doctest: +SKIP
        """
        return await self._credentials.refresh_async()

    @classmethod
    async def verify(
        cls,
        magic_link_token: str,
        base_url: str | None = None,
        *,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,  # noqa: ASYNC109 - the HTTP timeout, as in the sync twin
        max_retries: int | None = None,
        retry: RetryConfig | None = None,
        hooks: Hooks | None = None,
        debug: bool = False,
        http_client: httpx.AsyncClient | httpx2.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | httpx2.AsyncBaseTransport | None = None,
        engine: EngineName | None = None,
    ) -> PortalToken:
        """Exchange a magic-link token for a portal token (``POST /portal/verify``, no Authorization).

        No portal client is needed: call it on the class. Pass the result to :class:`AsyncDispatchPortal`.

        Args:
            magic_link_token: the token from the magic link's URL.
            base_url: default: env ``DISPATCH_BASE_URL``, else the production URL.
            timeout: seconds for the request (or an ``httpx.Timeout``).
            max_retries: retries of a failed attempt; default 2.
            retry: fine-grained :class:`~dispatch.RetryConfig`.
            hooks: :class:`~dispatch.Hooks` called on request, response, retry and error.
            debug: log the request to the ``dispatch`` logger.
            http_client: a caller-made ``httpx.AsyncClient`` (or ``httpx2.AsyncClient``) to send through.
            transport: an httpx async transport, e.g. ``httpx.MockTransport`` in tests (or httpx2's).
            engine: ``"httpx"`` or ``"httpx2"`` (default: that of ``http_client``/``transport``, else httpx).

        Raises:
            ValueError: an empty ``magic_link_token`` (no request made).
            AuthenticationError: the link is invalid, used or expired.
            NotFoundError: the same, when the API answers 404 rather than 401.

        Example:
            >>> token = await AsyncDispatchPortal.verify(magic_link_token)  # doctest: +SKIP
        """
        body = PortalVerifyInput(token=_check_magic_link_token(magic_link_token))
        url = resolve_base_url(base_url)
        chosen = choose_engine(engine, http_client=http_client, transport=transport)
        dispatch_transport = AsyncDispatchTransport(
            async_inner_transport(transport, http_client, chosen),
            credentials=None,
            retry=resolve_retry(retry, max_retries, DEFAULT_PORTAL_MAX_RETRIES),
            hooks=hooks,
            debug=debug,
            owns_inner=transport is None and http_client is None,
        )
        async with chosen.AsyncClient(
            base_url=url,
            timeout=timeout,
            transport=dispatch_transport,
            trust_env=False,
            headers=DEFAULT_HEADERS,
        ) as http:
            raw = Client(base_url=url).set_async_httpx_client(http)
            return expect(
                await verify_portal_token.asyncio_detailed(client=raw, body=body),
                PortalToken,
                read=("expires_at",),
            )

    async def aclose(self) -> None:
        """Close the connection pool (a no-op on a ``with_options`` copy).

        Leaving an ``async with AsyncDispatchPortal(...) as portal:`` block calls it.

        Example:
            >>> portal = AsyncDispatchPortal(token)  # doctest: +SKIP
            >>> try:  # doctest: +SKIP
            ...     await portal.tickets.list()
            ... finally:
            ...     await portal.aclose()
        """
        await self._http.aclose()
        if self._owns_refresh_http:
            await self._refresh_http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
