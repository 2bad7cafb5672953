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
import contextlib
import contextvars
import importlib
import logging
import threading
import time
import weakref
from collections.abc import Awaitable, Callable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

from dispatch._client import (
    BaseClient,
)
from dispatch._constants import (
    LOGGER_NAME,
    PORTAL_REFRESH_MARGIN,
)
from dispatch._errors import AuthenticationError, DispatchTicketsError, PermissionDeniedError
from dispatch._transport import Credentials, renewal_ran_out, renewal_time_left
from dispatch_tickets_api.models import PortalToken

if TYPE_CHECKING:
    from dispatch._async.portal import AsyncDispatchPortal
    from dispatch._sync.portal import DispatchPortal

__all__ = ["AsyncDispatchPortal", "DispatchPortal", "PortalCredentials"]

logger = logging.getLogger(LOGGER_NAME)

FetchToken = Callable[[str], PortalToken]
AsyncFetchToken = Callable[[str], Awaitable[PortalToken]]

# The credentials (by id) whose refresh is running in this thread or task, i.e. further up this very call
# stack: the refresh request's hooks run inside it. A hook that calls the client back must not wait for
# that refresh (it would wait for itself); only other callers ever wait for a refresh to land.
_refreshing_here: contextvars.ContextVar[frozenset[int]] = contextvars.ContextVar(
    "dispatch_portal_refreshing", default=frozenset()
)


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

    One refresh serves every concurrent caller (one for threads, one per event loop for tasks), and no
    lock is held while it runs: a caller that needs it renewed waits for it to land and finds the token
    changed; a caller that only wanted it refreshed early sends the current, still valid, token.

    The refresh request runs the client's hooks, and a hook may call the client back. Such a call runs
    inside the refresh (same thread or task) and never waits for it: a request sends the current token
    (a 401 for it is final), and :meth:`refresh` raises ``DispatchTicketsError`` with
    ``code="refresh_in_progress"`` rather than repeat, from the refresh's own ``on_error``, the refresh
    that is failing.

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
        self._flight_lock = threading.Lock()  # held for bookkeeping only, never across a request
        self._flight: threading.Event | None = None  # set when the running (sync) refresh lands
        self._async_flights: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Event] = (
            weakref.WeakKeyDictionary()
        )
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

    def _expired(self, expires_at: datetime | None) -> bool:
        return expires_at is not None and expires_at.timestamp() <= self._clock()

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

    def _inside_refresh(self) -> bool:
        """Whether this call runs inside this credentials' refresh (from a hook of the refresh request)."""
        return id(self) in _refreshing_here.get()

    @contextlib.contextmanager
    def _refreshing(self) -> Iterator[None]:
        """Mark this thread or task as running the refresh while the fetch (and its hooks) run."""
        marker = _refreshing_here.set(_refreshing_here.get() | {id(self)})
        try:
            yield
        finally:
            _refreshing_here.reset(marker)

    def _refuse_reentrant_refresh(self) -> None:
        if self._inside_refresh():
            raise DispatchTicketsError(
                "portal.refresh() was called from a hook of the token refresh in progress (e.g. on_error "
                "for POST /portal/refresh): it would repeat that refresh. Check ctx.url in the hook.",
                code="refresh_in_progress",
            )

    # -- one refresh at a time, no lock held while it runs -------------------------------------------
    #
    # A refresh is a "flight": the first caller that needs one leads it; callers that need the same
    # refresh (after a 401, an explicit refresh(), a token already expired) wait for it to land; a caller
    # that only wanted an early refresh does not wait: it sends the current token, still valid. A waiting
    # caller waits no longer than its own call's deadline (total_timeout). The lock guards only the
    # flight's bookkeeping, never the request: the refresh's hooks (user code) run with no lock held.

    def _lead_or_follow(self) -> tuple[threading.Event, bool]:
        """The running flight's landing event and False, or a new flight's and True (this caller leads)."""
        with self._flight_lock:
            if self._flight is not None:
                return self._flight, False
            self._flight = threading.Event()
            return self._flight, True

    def _land(self, flight: threading.Event) -> None:
        with self._flight_lock:
            self._flight = None
        flight.set()

    def _async_lead_or_follow(self) -> tuple[asyncio.Event, bool]:
        """:meth:`_lead_or_follow` for the running event loop (an asyncio.Event belongs to one loop)."""
        loop = asyncio.get_running_loop()
        with self._flight_lock:
            flight = self._async_flights.get(loop)
            if flight is not None:
                return flight, False
            flight = self._async_flights[loop] = asyncio.Event()
            return flight, True

    def _async_land(self, flight: asyncio.Event) -> None:
        with self._flight_lock:
            self._async_flights.pop(asyncio.get_running_loop(), None)
        flight.set()

    def _renewed(self, rejected_token: str, error: DispatchTicketsError | None) -> bool:
        """After a renewal's fetch: whether it renewed (an error is recorded and logged, never raised)."""
        if isinstance(error, AuthenticationError | PermissionDeniedError):
            self._refused = rejected_token  # this token can never be refreshed: do not try again
            return False
        if error is not None:
            # The refresh itself failed (5xx, network): the caller gets the original 401, not this.
            logger.warning("portal token refresh failed: %s (status %s)", error.code, error.status_code)
            return False
        return True

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
        self._refuse_reentrant_refresh()
        flight, leading = self._lead_or_follow()
        while not leading:  # a refresh is running: this one starts when it has landed
            flight.wait()
            flight, leading = self._lead_or_follow()
        try:
            with self._refreshing():
                portal_token = fetch(self.token)
            self.install(portal_token)
            return portal_token
        finally:
            self._land(flight)

    def get_token(self) -> str:
        fetch = self._fetch
        token, expires_at = self._snapshot()
        if fetch is None or not self._due(token, expires_at) or self._inside_refresh():
            return token
        flight, leading = self._lead_or_follow()
        if not leading:  # another caller is refreshing: wait only if this token can no longer be used
            if self._expired(expires_at):
                flight.wait(renewal_time_left())  # at most until this call's deadline
                return self.token
            return token
        try:
            token, expires_at = self._snapshot()  # another caller may have refreshed it meanwhile
            if self._due(token, expires_at):
                try:
                    with self._refreshing():
                        fetched = fetch(token)
                    self._install_early(fetched)
                except DispatchTicketsError as error:
                    self._early_refresh_failed(token, error)
        finally:
            self._land(flight)
        return self.token

    def renew_after_unauthorized(self, rejected_token: str) -> bool:
        fetch = self._fetch
        if fetch is None or not self._can_renew(rejected_token) or self._inside_refresh():
            return False
        while True:
            flight, leading = self._lead_or_follow()
            if leading:
                break
            landed = flight.wait(renewal_time_left())  # another caller's refresh, until this call's deadline
            if self.token != rejected_token:
                return True
            if not landed:  # this call's time ran out first: the transport raises its TimeoutError
                renewal_ran_out("another caller's refresh of the token had not landed by the deadline")
                return False
        try:
            if self.token != rejected_token:
                return True  # renewed by another caller while this one waited
            if not self._can_renew(rejected_token):
                return False
            try:
                with self._refreshing():
                    fetched = fetch(rejected_token)
                self.install(fetched)
            except DispatchTicketsError as error:
                return self._renewed(rejected_token, error)
            return True
        finally:
            self._land(flight)

    # -- async -------------------------------------------------------------------------------------

    def _async_fetcher(self) -> AsyncFetchToken:
        if self._fetch_async is None:
            raise DispatchTicketsError(
                "These credentials are not bound to an async portal client", code="configuration_error"
            )
        return self._fetch_async

    async def refresh_async(self) -> PortalToken:
        """Fetch a fresh token now and use it from then on (async portal client)."""
        fetch = self._async_fetcher()
        self._refuse_reentrant_refresh()
        flight, leading = self._async_lead_or_follow()
        while not leading:  # a refresh is running: this one starts when it has landed
            await flight.wait()
            flight, leading = self._async_lead_or_follow()
        try:
            with self._refreshing():
                portal_token = await fetch(self.token)
            self.install(portal_token)
            return portal_token
        finally:
            self._async_land(flight)

    async def get_token_async(self) -> str:
        fetch = self._fetch_async
        token, expires_at = self._snapshot()
        if fetch is None or not self._due(token, expires_at) or self._inside_refresh():
            return token
        flight, leading = self._async_lead_or_follow()
        if not leading:  # another task is refreshing: wait only if this token can no longer be used
            if self._expired(expires_at):
                await _wait_for(flight, renewal_time_left())  # at most until this call's deadline
                return self.token
            return token
        try:
            token, expires_at = self._snapshot()  # another task may have refreshed it meanwhile
            if self._due(token, expires_at):
                try:
                    with self._refreshing():
                        fetched = await fetch(token)
                    self._install_early(fetched)
                except DispatchTicketsError as error:
                    self._early_refresh_failed(token, error)
        finally:
            self._async_land(flight)
        return self.token

    async def renew_after_unauthorized_async(self, rejected_token: str) -> bool:
        fetch = self._fetch_async
        if fetch is None or not self._can_renew(rejected_token) or self._inside_refresh():
            return False
        while True:
            flight, leading = self._async_lead_or_follow()
            if leading:
                break
            landed = await _wait_for(
                flight, renewal_time_left()
            )  # another task's, until this call's deadline
            if self.token != rejected_token:
                return True
            if not landed:  # this call's time ran out first: the transport raises its TimeoutError
                renewal_ran_out("another caller's refresh of the token had not landed by the deadline")
                return False
        try:
            if self.token != rejected_token:
                return True  # renewed by another task while this one waited
            if not self._can_renew(rejected_token):
                return False
            try:
                with self._refreshing():
                    fetched = await fetch(rejected_token)
                self.install(fetched)
            except DispatchTicketsError as error:
                return self._renewed(rejected_token, error)
            return True
        finally:
            self._async_land(flight)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token='***', auto_refresh={self.auto_refresh})"

    __str__ = __repr__


# --------------------------------------------------------------------------------------------------
# Helpers shared by both clients
# --------------------------------------------------------------------------------------------------


async def _wait_for(flight: asyncio.Event, seconds: float | None) -> bool:
    """Whether ``flight`` landed within ``seconds`` (None: however long it takes)."""
    try:
        async with asyncio.timeout(seconds):
            await flight.wait()
    except TimeoutError:
        return False
    return True


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
# The clients: dispatch/_async/portal.py (hand-written) and dispatch/_sync/portal.py (derived from it)
# --------------------------------------------------------------------------------------------------


def __getattr__(name: str) -> Any:
    """``DispatchPortal`` and ``AsyncDispatchPortal``, loaded on first use (they import this module's helpers)."""
    if name in ("DispatchPortal", "AsyncDispatchPortal"):
        side = "_async" if name.startswith("Async") else "_sync"
        return getattr(importlib.import_module(f"dispatch.{side}.portal"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
