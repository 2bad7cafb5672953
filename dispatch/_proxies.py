"""Environment proxies (``HTTPS_PROXY``, ``ALL_PROXY``, ``NO_PROXY``, ...), chosen per request URL by httpx.

The clients' outer httpx client runs with ``trust_env=False``, so that no proxy "mount" of httpx can
route a request around our transport (its auth, retries and hooks). The proxy is chosen below it
instead. One proxy for the whole client is not enough: an upload goes to a presigned storage URL on
another host than the API's, and ``NO_PROXY`` may name one and not the other.

So when the environment names a proxy, the pool under our transport is an httpx client of its own with
``trust_env=True``: httpx reads the environment once, at construction (a malformed proxy fails there),
and picks the proxy for each request URL by its own rules (``NO_PROXY`` wildcards, ports, IP addresses,
``all://``), exactly as a plain httpx client would. When the environment names none, the pool is a
plain ``httpx.HTTPTransport`` and this costs nothing.
"""

from __future__ import annotations

import urllib.request
from typing import Any

import httpx

from dispatch._engine import Engine, engine_named

__all__ = [
    "AsyncEnvironmentProxies",
    "EnvironmentProxies",
    "async_pool_from_environment",
    "pool_from_environment",
]


def environment_names_a_proxy() -> bool:
    """Whether HTTP_PROXY, HTTPS_PROXY or ALL_PROXY (any case; the system settings on macOS and Windows) is set."""
    proxies = urllib.request.getproxies()
    return any(proxies.get(scheme) for scheme in ("http", "https", "all"))


class EnvironmentProxies(httpx.BaseTransport):
    """Sends through an httpx client of ours that routes each URL to its environment proxy, or direct."""

    def __init__(self, engine: Engine | None = None) -> None:
        self.client: Any = (engine or engine_named("httpx")).Client(trust_env=True)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        # auth=None: our transport has set Authorization already; stream=True: the caller reads the body
        response: httpx.Response = self.client.send(request, auth=None, stream=True)
        return response

    def close(self) -> None:
        self.client.close()


class AsyncEnvironmentProxies(httpx.AsyncBaseTransport):
    """The async twin of :class:`EnvironmentProxies`."""

    def __init__(self, engine: Engine | None = None) -> None:
        self.client: Any = (engine or engine_named("httpx")).AsyncClient(trust_env=True)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response: httpx.Response = await self.client.send(request, auth=None, stream=True)
        return response

    async def aclose(self) -> None:
        await self.client.aclose()


def pool_from_environment(engine: Engine | None = None) -> httpx.BaseTransport:
    """A plain pool of ``engine`` (httpx by default) when the environment names no proxy, else
    :class:`EnvironmentProxies`."""
    engine = engine or engine_named("httpx")
    if environment_names_a_proxy():
        return EnvironmentProxies(engine)
    pool: httpx.BaseTransport = engine.HTTPTransport()
    return pool


def async_pool_from_environment(engine: Engine | None = None) -> httpx.AsyncBaseTransport:
    """The async twin of :func:`pool_from_environment`."""
    engine = engine or engine_named("httpx")
    if environment_names_a_proxy():
        return AsyncEnvironmentProxies(engine)
    pool: httpx.AsyncBaseTransport = engine.AsyncHTTPTransport()
    return pool
