"""The admin client, written once: the sync module is derived from the async one by scripts/unasync.py.
What the two share without any I/O is in dispatch/_client.py (BaseClient)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Self, cast

import httpx

from dispatch._client import (
    NOT_GIVEN,
    BaseClient,
    TimeoutTypes,
    async_inner_transport,
    bound_raw_client,
    lazy,
    raw_responses,
    resolve_api_key,
    resolve_base_url,
    resolve_retry,
    resolve_timeout,
    resource,
)
from dispatch._constants import DEFAULT_MAX_RETRIES, DEFAULT_TOTAL_TIMEOUT
from dispatch._engine import EngineName
from dispatch._proxies import Verify
from dispatch._transport import AsyncDispatchTransport, Credentials, Hooks, RetryConfig

if TYPE_CHECKING:
    import httpx2

    from dispatch.resources._raw_clients import AsyncDispatchTicketsRaw
    from dispatch.resources.accounts import AsyncAccounts
    from dispatch.resources.attachments import AsyncAttachments
    from dispatch.resources.brands import AsyncBrands
    from dispatch.resources.categories import AsyncCategories
    from dispatch.resources.comments import AsyncComments
    from dispatch.resources.customers import AsyncCustomers
    from dispatch.resources.fields import AsyncFields
    from dispatch.resources.tags import AsyncTags
    from dispatch.resources.tickets import AsyncTickets
    from dispatch.resources.webhooks import AsyncWebhooks
    from dispatch_tickets_api.client import AuthenticatedClient

__all__ = ["AsyncDispatchTickets"]


class AsyncDispatchTickets(BaseClient):
    """The Dispatch Tickets admin API, asynchronous: coroutine methods and ``async for`` list iterators.

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
        hooks: :class:`Hooks` called on request, response, retry and error (on an async client they may
            be coroutine functions).
        http_client: a caller-made ``httpx.AsyncClient`` (or ``httpx2.AsyncClient``) to send through (not
            closed by us); its timeout (unless ``timeout`` is given), headers, cookies, limits, proxies and
            TLS settings are kept (the clients guide lists what the SDK adds).
        transport: the transport under the SDK's own, e.g. ``httpx.MockTransport(handler)`` in tests (or
            httpx2's).
        engine: ``"httpx"`` (default) or ``"httpx2"``; by default the engine of ``http_client`` or
            ``transport`` when one is given. Mixing engines is a ``TypeError``.
        verify: TLS verification of the client's own pool: True (default; one TLS context shared by
            every client of the process, so constructing a client is cheap), False (testing only), or
            your own ``ssl.SSLContext`` (e.g. a private CA), used as is. Not with ``http_client`` or
            ``transport``, which do their own TLS.

    Raises:
        DispatchTicketsError: no API key was given or found in the environment.
        ValueError: ``max_retries`` is negative, ``total_timeout`` is not positive, ``base_url`` is not an
            http(s) URL, or ``verify=`` was given with ``http_client=`` or ``transport=``.
        TypeError: ``max_retries`` is not an int; or ``http_client``/``transport`` (or a transport or mount
            inside ``http_client``) is of the other engine than the rest, or synchronous where this client
            is asynchronous or the reverse (the message names what was given and what is expected).

    Example:
        >>> async with AsyncDispatchTickets(api_key="sk_test_...") as client:  # doctest: +SKIP
        ...     async for ticket in client.tickets.list("br_123", status="open"):
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
        self._choose_engine(engine, http_client, transport)
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
        """The generated low-level client, sharing this client's pool, auth, retries and hooks.

        Its ``with_headers``/``with_timeout``/``with_cookies`` copies send through the same transport
        and leave this client unchanged; ``async with client.raw:`` closes nothing (this client owns the
        pool). Call the generated ``asyncio_detailed`` functions with it.

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

        Leaving the ``async with AsyncDispatchTickets(...) as client:`` block calls it.

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
