"""``client.raw``: the generated ``AuthenticatedClient``, bound to a facade client's httpx client.

The generated class's copies (``with_headers``, ``with_timeout``, ``with_cookies``) change the httpx client
they share, in place, and come back without one (attrs ``evolve`` leaves the non-init ``_client`` unset),
so the copy built a plain ``httpx.Client``: no retries, no real credentials (the placeholder token), and the
facade's headers changed under it. Its context manager closes the shared httpx client, i.e. the facade's
connection pool. Loaded on first use of ``raw`` (the generated client costs ~2 ms at import).
"""

from __future__ import annotations

from typing import Any, Self, cast

import httpx
from attrs import evolve

from dispatch._engine import engine_of
from dispatch._transport import AsyncDispatchTransport, DispatchTransport
from dispatch_tickets_api.client import AuthenticatedClient

__all__ = ["RawClient"]


class RawClient(AuthenticatedClient):
    """The generated client as ``client.raw`` gives it: copies keep the SDK's transport; ``with`` is a no-op.

    - ``with_headers``, ``with_timeout`` and ``with_cookies`` return a copy whose httpx client has the
      changed settings and sends through the SAME retrying, authenticating transport (and pool); the
      original and the facade client are left as they were.
    - ``with client.raw:`` / ``async with client.raw:`` neither opens nor closes anything: the facade
      client owns the pool and closes it (``client.close()``, or its own ``with`` block).
    """

    _dispatch_transport: DispatchTransport | AsyncDispatchTransport | None = None

    def bind(self, http: httpx.Client | httpx.AsyncClient, transport: Any) -> Self:
        """Send through ``http`` (the facade's httpx client), whose transport is ``transport``."""
        if isinstance(http, engine_of(http).AsyncClient):  # httpx's or httpx2's
            self.set_async_httpx_client(cast(httpx.AsyncClient, http))
        else:
            self.set_httpx_client(cast(httpx.Client, http))
        self._dispatch_transport = transport
        return self

    def _copy(self, **changes: Any) -> Self:
        clone = evolve(self, **changes)
        transport = self._dispatch_transport
        if transport is None:  # not bound (made by hand): the generated behaviour, less the mutation
            return clone
        borrowed = transport.with_config()  # same pool and settings; closing it leaves the pool open
        for source in (self._client, self._async_client):
            if source is not None:
                clone.bind(_derived(source, borrowed, clone), transport)
        return clone

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A copy that also sends ``headers`` (through the same transport); this client is unchanged."""
        return self._copy(headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A copy that also sends ``cookies`` (through the same transport); this client is unchanged."""
        return self._copy(cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A copy with another per-attempt timeout (through the same transport); this client is unchanged."""
        return self._copy(timeout=timeout)

    def __enter__(self) -> Self:
        return self  # the facade client owns the pool: nothing to open

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Nothing: closing here would close the pool the facade client still uses."""

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Nothing: closing here would close the pool the facade client still uses."""


def _derived(
    source: httpx.Client | httpx.AsyncClient, transport: Any, settings: RawClient
) -> httpx.Client | httpx.AsyncClient:
    """A new httpx client like ``source`` with ``settings``' headers, cookies and timeout, over ``transport``."""
    engine = engine_of(source)  # httpx or httpx2: the copy is of the source's engine
    headers = engine.Headers(source.headers)
    headers.update(settings._headers)
    cookies = engine.Cookies(source.cookies)
    cookies.update(settings._cookies)
    timeout = settings._timeout if settings._timeout is not None else source.timeout
    cls: type[httpx.Client] | type[httpx.AsyncClient] = (
        engine.AsyncClient if isinstance(source, engine.AsyncClient) else engine.Client
    )
    return cls(
        base_url=source.base_url,
        headers=headers,
        cookies=cookies,
        timeout=timeout,
        transport=transport,
        follow_redirects=source.follow_redirects,
        trust_env=False,  # no proxy mount may bypass the transport
    )
