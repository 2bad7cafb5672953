# Generated from dispatch/_async/portal.py by scripts/unasync.py (run by scripts/generate).
# Do not edit by hand: change the async source, then run scripts/generate.
"""The customer-portal client, written once: the sync module is derived from the async one by
scripts/unasync.py."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Self, cast

import httpx

from dispatch._client import (
    DEFAULT_HEADERS,
    NOT_GIVEN,
    TimeoutTypes,
    bound_raw_client,
    inner_transport,
    lazy,
    new_raw_client,
    raw_responses,
    resolve_base_url,
    resolve_retry,
    resolve_timeout,
    resource,
)
from dispatch._constants import (
    DEFAULT_PORTAL_MAX_RETRIES,
    DEFAULT_TOTAL_TIMEOUT,
)
from dispatch._engine import EngineName, choose_engine
from dispatch._proxies import Verify
from dispatch._transport import DispatchTransport, Hooks, RetryConfig
from dispatch.resources._base import expect
from dispatch_tickets_api.api.portal import refresh_portal_token, verify_portal_token
from dispatch_tickets_api.client import AuthenticatedClient, Client
from dispatch_tickets_api.models import PortalToken, PortalVerifyInput

if TYPE_CHECKING:
    import httpx2

    from dispatch.resources._raw_clients import PortalRaw
    from dispatch.resources.portal_tickets import PortalTickets

from dispatch._portal import (
    PortalCredentials,
    _bearer,
    _check_magic_link_token,
    _PortalBase,
    _split_token,
)

__all__ = ["DispatchPortal"]


class DispatchPortal(_PortalBase):
    """The Dispatch Tickets customer portal API, synchronous: one customer's own tickets.

    Your backend issues the portal token (``admin.brands.generate_portal_token(...)``, or the customer
    follows a magic link and :meth:`verify` exchanges it); the end user's side uses it here.

    Args:
        token: the portal token: a str, or the :class:`PortalToken` itself (then its expiry is known,
            which ``auto_refresh`` uses to renew it in time).
        base_url: default: env ``DISPATCH_BASE_URL``, else the production URL.
        timeout: seconds per request (or an ``httpx.Timeout``); default 30, or ``http_client``'s own.
        max_retries: shorthand for ``retry=RetryConfig(max_retries=...)``; default 2 (an end user is
            waiting, so the portal fails faster than the admin client). A ``retry`` given without
            ``max_retries`` keeps its own ``max_retries``.
        retry: fine-grained :class:`RetryConfig`.
        total_timeout: seconds a whole call may take, retries and waits included (default None).
        verify: TLS verification: True (one context shared by the process), False, or an ``ssl.SSLContext``.
        debug: log each request to the ``dispatch`` logger (never the token).
        hooks: :class:`Hooks` called on request, response, retry and error.
        http_client: a caller-made ``httpx.Client`` (or ``httpx2.Client``) to send through (not
            closed by us).
        transport: an httpx transport, e.g. ``httpx.MockTransport(handler)`` in tests (or httpx2's).
        engine: ``"httpx"`` or ``"httpx2"`` (default: that of ``http_client``/``transport``, else httpx).
        auto_refresh: renew the token by itself: ``PORTAL_REFRESH_MARGIN`` (300) seconds before it
            expires, when the expiry is known, and once after a 401 (then the request is resent).
        clock: the wall clock (epoch seconds) compared with the expiry; injectable for tests.

    Raises:
        DispatchTicketsError: ``code="configuration_error"`` for an empty token.
        ValueError: ``max_retries`` is negative.
        TypeError: ``max_retries`` is not an int; or ``http_client``/``transport`` (or a transport or mount
            inside ``http_client``) is of the other engine than the rest, or synchronous where this client
            is asynchronous or the reverse (the message names what was given and what is expected).

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

    @property
    def with_raw_response(self) -> PortalRaw:
        """The same resources, each call returning an :class:`~dispatch.APIResponse` (``.parse()``: the result).

        Example:
            >>> response = portal.with_raw_response.tickets.get("tkt_1")  # doctest: +SKIP
            >>> response.rate_limit, response.parse()  # doctest: +SKIP
        """
        return cast("PortalRaw", raw_responses(self))

    def __init__(
        self,
        token: str | PortalToken,
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
        auto_refresh: bool = False,
        clock: Callable[[], float] = time.time,
        total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
        verify: Verify = True,
    ) -> None:
        self._choose_engine(engine, http_client, transport)
        value, expires_at = _split_token(token)
        credentials = PortalCredentials(value, expires_at=expires_at, auto_refresh=auto_refresh, clock=clock)
        self._configure(
            credentials=credentials,
            base_url=resolve_base_url(base_url),
            timeout=resolve_timeout(timeout, http_client),
            retry=resolve_retry(retry, max_retries, DEFAULT_PORTAL_MAX_RETRIES),
            hooks=hooks,
            debug=debug,
            total_timeout=total_timeout,
        )
        self._transport = DispatchTransport(
            inner_transport(transport, http_client, self._engine, verify),
            credentials=credentials,
            retry=self.retry,
            hooks=hooks,
            debug=debug,
            owns_inner=http_client is None,
            total_timeout=self.total_timeout,
        )
        self._http = self._make_http()
        self._raw: AuthenticatedClient | None = None
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
            >>> raw = portal.raw  # doctest: +SKIP
            >>> response = get_portal_ticket.sync_detailed("tkt_1", client=raw)  # doctest: +SKIP
        """
        if self._raw is None:
            self._raw = bound_raw_client(self.base_url, self._http, self._transport)
        return self._raw

    def refresh(self) -> PortalToken:
        """Exchange the current token for a fresh one (``POST /portal/refresh``) and use it from now on.

        Every later request of this client, of its ``with_options`` copies and of ``raw`` sends the new
        token; :attr:`token` and :attr:`expires_at` show it.

        Returns:
            The new :class:`PortalToken` (``token``, ``expires_at``, ``customer_id``, ``email``, ``name``).

        Raises:
            AuthenticationError: the current token is no longer valid.

        Example:
            >>> new = portal.refresh()  # doctest: +SKIP
        """
        return self._credentials.refresh()

    @classmethod
    def verify(
        cls,
        magic_link_token: str,
        base_url: str | None = None,
        *,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        retry: RetryConfig | None = None,
        hooks: Hooks | None = None,
        debug: bool = False,
        http_client: httpx.Client | httpx2.Client | None = None,
        transport: httpx.BaseTransport | httpx2.BaseTransport | None = None,
        engine: EngineName | None = None,
        total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
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
            total_timeout: seconds the exchange may take, retries and waits included (default None).

        Raises:
            ValueError: an empty ``magic_link_token`` (no request made).
            AuthenticationError: the link is invalid, used or expired.
            NotFoundError: the same, when the API answers 404 rather than 401.

        Example:
            >>> token = DispatchPortal.verify(magic_link_token)  # doctest: +SKIP
        """
        body = PortalVerifyInput(token=_check_magic_link_token(magic_link_token))
        url = resolve_base_url(base_url)
        chosen = choose_engine(
            engine,
            http_client=http_client,
            transport=transport,
            asynchronous=cls._is_async,
            owner=f"{cls.__name__}.verify",
        )
        dispatch_transport = DispatchTransport(
            inner_transport(transport, http_client, chosen),
            credentials=None,
            retry=resolve_retry(retry, max_retries, DEFAULT_PORTAL_MAX_RETRIES),
            hooks=hooks,
            debug=debug,
            owns_inner=transport is None and http_client is None,
            total_timeout=total_timeout,
        )
        with chosen.Client(
            base_url=url,
            timeout=resolve_timeout(timeout, http_client),
            transport=dispatch_transport,
            trust_env=False,
            headers=DEFAULT_HEADERS,
        ) as http:
            raw = Client(base_url=url).set_httpx_client(http)
            return expect(
                verify_portal_token.sync_detailed(client=raw, body=body),
                PortalToken,
                read=("expires_at",),
            )

    def close(self) -> None:
        """Close the connection pool (a no-op on a ``with_options`` copy).

        Leaving the ``with DispatchPortal(...) as portal:`` block calls it.

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
