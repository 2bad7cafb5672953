"""Environment proxies (``HTTPS_PROXY``, ``ALL_PROXY``, ``NO_PROXY``, ...), chosen per request URL.

The clients' outer httpx client runs with ``trust_env=False``, so that no proxy "mount" of httpx can
route a request around our transport (its auth, retries and hooks). The proxy is chosen below it
instead, in the connection pool. One pool for the whole client is not enough: an upload goes to a
presigned storage URL on another host than the API's, and ``NO_PROXY`` may well name one and not the
other. So when the environment names any proxy, the pool is a :class:`ProxyRouter` that keeps one pool
per proxy (and one for direct connections) and picks one per request host, the way httpx's own mounts
would. When it names none, the client gets a plain pool and pays nothing for this.
"""

from __future__ import annotations

import threading
import urllib.request
from collections.abc import Callable, Mapping

import httpx

__all__ = ["AsyncProxyRouter", "ProxyRouter", "async_pool_from_environment", "pool_from_environment"]


def environment_proxies() -> dict[str, str]:
    """The proxies the environment names, by scheme ("https", "http", "all"), as urllib reads them."""
    return {
        scheme: url
        for scheme, url in urllib.request.getproxies().items()
        if scheme in {"http", "https", "all"}
    }


def proxy_for(url: httpx.URL, proxies: Mapping[str, str]) -> str | None:
    """The proxy to reach ``url`` through, or None to connect directly (``NO_PROXY`` names its host)."""
    if not proxies or urllib.request.proxy_bypass(url.host):
        return None
    return proxies.get(url.scheme) or proxies.get("all")


class _Routes:
    """The choice of a pool per (scheme, host, port), remembered: urllib re-reads NO_PROXY on every call."""

    def __init__(self, proxies: Mapping[str, str]) -> None:
        self.proxies = dict(proxies)
        self._by_origin: dict[tuple[str, str, int | None], str | None] = {}

    def proxy(self, url: httpx.URL) -> str | None:
        origin = (url.scheme, url.host, url.port)
        try:
            return self._by_origin[origin]
        except KeyError:
            proxy = self._by_origin[origin] = proxy_for(url, self.proxies)
            return proxy


class ProxyRouter(httpx.BaseTransport):
    """A connection pool per proxy the environment names, picked for each request's URL."""

    def __init__(
        self,
        proxies: Mapping[str, str],
        make_pool: Callable[[str | None], httpx.BaseTransport] = lambda proxy: httpx.HTTPTransport(
            proxy=proxy
        ),
    ) -> None:
        self._routes = _Routes(proxies)
        self._make_pool = make_pool
        self._pools: dict[str | None, httpx.BaseTransport] = {}
        self._lock = threading.Lock()  # two threads must not each open a pool for the same proxy

    def _pool(self, url: httpx.URL) -> httpx.BaseTransport:
        proxy = self._routes.proxy(url)
        pool = self._pools.get(proxy)
        if pool is None:
            with self._lock:
                pool = self._pools.get(proxy)
                if pool is None:
                    pool = self._pools[proxy] = self._make_pool(proxy)
        return pool

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._pool(request.url).handle_request(request)

    def close(self) -> None:
        for pool in list(self._pools.values()):
            pool.close()


class AsyncProxyRouter(httpx.AsyncBaseTransport):
    """The async twin of :class:`ProxyRouter`."""

    def __init__(
        self,
        proxies: Mapping[str, str],
        make_pool: Callable[[str | None], httpx.AsyncBaseTransport] = lambda proxy: httpx.AsyncHTTPTransport(
            proxy=proxy
        ),
    ) -> None:
        self._routes = _Routes(proxies)
        self._make_pool = make_pool
        self._pools: dict[str | None, httpx.AsyncBaseTransport] = {}
        self._lock = threading.Lock()  # one client may serve event loops in several threads

    def _pool(self, url: httpx.URL) -> httpx.AsyncBaseTransport:
        proxy = self._routes.proxy(url)
        pool = self._pools.get(proxy)
        if pool is None:
            with self._lock:  # never held across an await
                pool = self._pools.get(proxy)
                if pool is None:
                    pool = self._pools[proxy] = self._make_pool(proxy)
        return pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._pool(request.url).handle_async_request(request)

    async def aclose(self) -> None:
        for pool in list(self._pools.values()):
            await pool.aclose()


def pool_from_environment() -> httpx.BaseTransport:
    """A plain pool when the environment names no proxy, else a :class:`ProxyRouter`."""
    proxies = environment_proxies()
    return ProxyRouter(proxies) if proxies else httpx.HTTPTransport()


def async_pool_from_environment() -> httpx.AsyncBaseTransport:
    """The async twin of :func:`pool_from_environment`."""
    proxies = environment_proxies()
    return AsyncProxyRouter(proxies) if proxies else httpx.AsyncHTTPTransport()
